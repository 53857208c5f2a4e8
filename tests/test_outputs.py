"""The report on standard output: colour and width only at a terminal, NO_COLOR and COLUMNS
obeyed; the run's notes on standard error."""

from __future__ import annotations

import io

import pytest

from quotecheck.cli.outputs import print_notes, print_report
from quotecheck.findings import ArticleResult, Finding, Report
from quotecheck.models import Claim, ClaimKind, Verdict


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _report() -> Report:
    claim = Claim("c1", ClaimKind.INLINE, "We will raise fares on every route " * 4,
                  3, 5, 3, 24)
    return Report((ArticleResult("story.md", (Finding(claim, Verdict.ALTERED),)),))


def _printed(monkeypatch: pytest.MonkeyPatch, stream: io.StringIO, env: dict[str, str]) -> str:
    monkeypatch.setattr("sys.stdout", stream)
    print_report(_report(), "table", env)
    return stream.getvalue()


def test_a_terminal_gets_colour_unless_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "\x1b[" in _printed(monkeypatch, _Terminal(), {})
    assert "\x1b[" not in _printed(monkeypatch, _Terminal(), {"NO_COLOR": "1"})
    assert "\x1b[" not in _printed(monkeypatch, io.StringIO(), {})  # piped: never


def test_columns_sets_the_width(monkeypatch: pytest.MonkeyPatch) -> None:
    narrow = _printed(monkeypatch, io.StringIO(), {"COLUMNS": "60"})
    wide = _printed(monkeypatch, io.StringIO(), {"COLUMNS": "200"})
    assert max(map(len, narrow.splitlines())) <= 60 < max(map(len, wide.splitlines()))
    odd = _printed(monkeypatch, io.StringIO(), {"COLUMNS": "5"})  # out of range: 120
    assert odd == _printed(monkeypatch, io.StringIO(), {"COLUMNS": "120"}) != narrow
    assert odd == _printed(monkeypatch, io.StringIO(), {})  # piped, no COLUMNS: 120


def test_the_run_notes_go_to_standard_error(capsys: pytest.CaptureFixture[str]) -> None:
    print_notes(Report((ArticleResult("story.md", ()),), complete=False))
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("quotecheck: ")
