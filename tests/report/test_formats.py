"""Every output format, parsed or validated: concise, jsonl, markdown, github, junit, sarif."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import jsonschema
import pytest

from quotecheck.cli.inputs import collect_inputs
from quotecheck.findings import Report
from quotecheck.pipeline import run_verify
from quotecheck.report import REPORTERS, RenderOptions, render
from quotecheck.report.github import escape_data, escape_property
from quotecheck.settings import CheckSettings
from tests.conftest import DEMO

SARIF_SCHEMA = Path(__file__).resolve().parents[3] / "shared" / "schemas" / (
    "sarif-schema-2.1.0.json")


@pytest.fixture(scope="module")
def report() -> Report:
    return run_verify(collect_inputs([str(DEMO / "article.md")]), CheckSettings())


def test_registry_lists_every_format() -> None:
    assert set(REPORTERS) >= {"table", "concise", "json", "jsonl", "markdown", "sarif",
                              "junit", "github"}


def test_concise(report: Report) -> None:
    lines = render("concise", report, RenderOptions(show_all=True)).splitlines()
    assert len(lines) == 12 + 2  # every claim, the articles with failures, the counts
    assert lines[4].startswith(f"{report.articles[0].path}:22:60: altered: will cut a single "
                               'route [dropped "not" (source: "will not cut")]')
    assert lines[-1].startswith("12 claims in 1 article: 4 exact")


def test_concise_shows_only_what_fails_or_warns(report: Report) -> None:
    lines = render("concise", report).splitlines()
    verdicts = [line.split(": ")[1] for line in lines[:5]]
    assert verdicts == ["altered", "altered", "minor", "not_found", "unavailable"]
    assert lines[5] == f"Articles with failures (1): {report.articles[0].path} (3)"
    assert lines[6] == "7 claims that pass are not shown (--show-all shows every claim)."
    assert len(lines) == 8


def test_jsonl(report: Report) -> None:
    rows = [json.loads(line) for line in render("jsonl", report).splitlines()]
    assert len(rows) == 12
    assert {r["path"] for r in rows} == {report.articles[0].path}
    assert [r["verdict"] for r in rows].count("altered") == 2


def test_markdown(report: Report) -> None:
    text = render("markdown", report)
    assert text.startswith("## quotecheck")
    assert "### 3 failing" in text
    assert "| ❌ `altered` |" in text and "<details>" in text


def test_github_annotations(report: Report) -> None:
    lines = render("github", report).splitlines()
    errors = [line for line in lines if line.startswith("::error ")]
    warnings = [line for line in lines if line.startswith("::warning ")]
    assert len(errors) == 3 and len(warnings) == 2
    assert errors[0].startswith(f"::error file={report.articles[0].path},line=22,col=60,")


def test_github_escaping() -> None:
    assert escape_data("50%\nnext") == "50%25%0Anext"
    assert escape_property("a:b,c") == "a%3Ab%2Cc"


def test_junit_parses_back(report: Report) -> None:
    root = ET.fromstring(render("junit", report))
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("12", "3", "1")
    cases = root.findall("./testsuite/testcase")
    assert len(cases) == 12
    failures = [c for c in cases if c.find("failure") is not None]
    assert [f.find("failure").get("type") for f in failures] == [  # type: ignore[union-attr]
        "altered", "altered", "not_found"]


def test_sarif_is_valid(report: Report) -> None:
    log: dict[str, Any] = json.loads(render("sarif", report))
    if not SARIF_SCHEMA.exists():
        pytest.skip(f"the SARIF schema is not at {SARIF_SCHEMA}")
    jsonschema.validate(log, json.loads(SARIF_SCHEMA.read_text()))
    results = log["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == [
        "quotecheck/altered", "quotecheck/altered", "quotecheck/minor", "quotecheck/not_found",
        "quotecheck/unavailable"]
    first = results[0]
    assert first["level"] == "error"
    assert first["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 22, "startColumn": 60, "endLine": 22, "endColumn": 83}
    assert len(first["partialFingerprints"]["quotecheck/v1"]) == 64


def test_sarif_fingerprint_ignores_line_moves(tmp_path: Path) -> None:
    (tmp_path / "m.txt").write_text("We will keep every route.\n")
    article = tmp_path / "a.md"
    article.write_text("She said “we will cut every route” ([m](m.txt)).\n")
    settings = CheckSettings()
    before = json.loads(render("sarif", run_verify(collect_inputs([str(article)]), settings)))
    article.write_text("New lead paragraph.\n\nShe said “we will cut every route” ([m](m.txt)).\n")
    after = json.loads(render("sarif", run_verify(collect_inputs([str(article)]), settings)))
    one, two = before["runs"][0]["results"][0], after["runs"][0]["results"][0]
    assert one["locations"] != two["locations"]
    assert one["partialFingerprints"] == two["partialFingerprints"]


def test_each_format_loads_alone_from_its_own_module() -> None:
    """``render`` imports only the module of the format asked for: each name maps to the
    module that registers it, and at most the one format it builds on comes with it
    (``concise`` shares the table's layout)."""
    import subprocess
    import sys

    from quotecheck.report.registry import FORMAT_NAMES

    probe = ("import sys; from quotecheck.report.registry import REPORTERS, load_format; "
             "load_format(sys.argv[1]); print(' '.join(sorted(REPORTERS)))")
    for name in FORMAT_NAMES:
        run = subprocess.run([sys.executable, "-c", probe, name], capture_output=True,
                             text=True, check=True)
        loaded = set(run.stdout.split())
        assert name in loaded and len(loaded) <= 2, (name, loaded)
        assert "junit" not in loaded or name == "junit"
