"""Many articles: parallel checking gives the same report; progress only on a terminal."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from quotecheck.cli.progress import article_progress, wanted
from quotecheck.models import ArticleResult
from tests.conftest import Run


def _folder(tmp_path: Path, count: int) -> Path:
    (tmp_path / "m.txt").write_text("We will keep every route open. Fares stay at two dollars.\n")
    for i in range(count):
        quote = "we will keep every route open" if i % 2 else "fares stay at three dollars"
        (tmp_path / f"story{i:02}.md").write_text(f"She said “{quote}” ([m](m.txt)).\n")
    return tmp_path


def test_jobs_give_the_same_report(cli: Callable[..., Run], tmp_path: Path) -> None:
    folder = _folder(tmp_path, 8)
    one = cli("verify", str(folder), "--format", "json")
    two = cli("verify", str(folder), "--format", "json", "--jobs", "2")
    assert one.code == two.code == 1
    assert one.json() == two.json()
    assert [a["claims"][0]["verdict"] for a in two.json()["articles"]] == [
        "altered", "verified"] * 4


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_for_a_terminal_outside_ci() -> None:
    assert wanted(_Terminal(), {}) is True
    assert wanted(_Terminal(), {"CI": "true"}) is False
    assert wanted(io.StringIO(), {}) is False


def test_progress_bar_writes_to_its_stream() -> None:
    stream = _Terminal()
    with article_progress(3, stream, {}) as advance:
        assert advance is not None
        for name in ("a.md", "b.md", "c.md"):
            advance(ArticleResult(name, ()))
    assert "checking articles" in stream.getvalue()
    with article_progress(3, io.StringIO(), {}) as nothing:
        assert nothing is None


def test_machine_output_has_no_progress(script: Callable[..., Run], tmp_path: Path) -> None:
    run = script("verify", str(_folder(tmp_path, 4)), "--format", "json")
    assert run.stdout.lstrip().startswith("{")
    assert run.stderr == ""
