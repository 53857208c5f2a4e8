"""What a ``--jobs`` run readies of its report while results come in: JSON claims, the ones
the report would make at the end (a finding changed since, by a baseline, is made again),
made only when a JSON format is written; the formats' modules, loaded once."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import orjson
import pytest

from quotecheck.cli.ahead import RenderAhead
from quotecheck.cli.inputs import collect_inputs
from quotecheck.cli.options import RunOptions
from quotecheck.cli.runner import verify_view
from quotecheck.findings import ArticleResult, Report
from quotecheck.pipeline import run_verify
from quotecheck.report import registry
from quotecheck.report.registry import RenderOptions, render
from quotecheck.report.serialize import PreparedClaims, report_dict
from quotecheck.settings import CheckSettings

DEMO = Path(__file__).resolve().parents[2] / "fixtures" / "demo" / "article.md"


def _demo() -> Report:
    return run_verify(collect_inputs([str(DEMO)]), CheckSettings(), jobs=1)


def test_prepared_claims_are_the_report_s_own() -> None:
    report = _demo()
    prepared = PreparedClaims()
    for result in report.articles:
        prepared.add(result)
    assert report_dict(report, prepared) == report_dict(report)
    for name in ("json", "jsonl"):
        assert render(name, report, RenderOptions(prepared=prepared)) == render(name, report)
    first = report.articles[0].findings[0]
    assert prepared.claim(first, True) is prepared.claim(first, True)  # made once, kept


def test_a_finding_changed_since_is_made_again() -> None:
    report = _demo()
    prepared = PreparedClaims()
    prepared.add(report.articles[0])
    changed = tuple(replace(f, baselined=True) for f in report.articles[0].findings)
    later = Report((ArticleResult(report.articles[0].path, changed),), verified=True,
                   tool_version=report.tool_version)
    claims = report_dict(later, prepared)["articles"][0]["claims"]
    assert claims and all(c["baselined"] is True for c in claims)
    assert prepared.claim(report.articles[0].findings[0], False) == report_dict(
        replace(report, verified=False))["articles"][0]["claims"][0]  # extract: not taken


def test_a_run_with_jobs_prepares_json_claims_only_for_json(tmp_path: Path) -> None:
    (tmp_path / "m.txt").write_text("We will keep every route open. Fares stay at two dollars.\n")
    for i in range(4):
        (tmp_path / f"s{i}.md").write_text("She said “we will keep every route open” "
                                           "([m](m.txt)) and “fares stay at three dollars”.\n")
    options = RunOptions(paths=(str(tmp_path),), jobs=2)
    report, view = verify_view(options, None, {}, {"json", "table"})
    assert view.prepared is not None
    findings = [f for a in report.articles for f in a.findings]
    assert len(findings) == 8
    assert all(view.prepared.claim(f, True) is view.prepared.claim(f, True) for f in findings)
    text = render("json", report, view)
    assert orjson.loads(text) == json.loads(render("json", report, RenderOptions()))
    assert verify_view(options, None, {}, {"table"})[1].prepared is None
    assert verify_view(replace(options, jobs=1), None, {}, {"json"})[1].prepared is None


def test_the_formats_modules_are_loaded_at_the_first_result(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A --jobs run's main process imports what its formats need (Rich for a table) while
    results still come in, once, not after the last one."""
    loaded: list[str] = []
    monkeypatch.setattr(registry, "load_format", loaded.append)
    report = _demo()
    ahead = RenderAhead(["table", "sarif", "table"])
    assert loaded == [] and ahead.prepared is None
    for result in (*report.articles, *report.articles):
        ahead(result)
    assert loaded == ["sarif", "table"] and ahead.prepared is None  # no JSON written
    json_too = RenderAhead(["table", "jsonl"])
    json_too(report.articles[0])
    assert json_too.prepared is not None
    first = report.articles[0].findings[0]
    assert json_too.prepared.claim(first, True) is json_too.prepared.claim(first, True)
