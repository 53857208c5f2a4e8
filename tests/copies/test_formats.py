"""Every output format shows an unmarked copy and the verdict ``copied`` sensibly."""

from __future__ import annotations

import json
from typing import Any
from xml.etree import ElementTree as ET

import jsonschema
import pytest

from quotecheck.cli.inputs import collect_inputs
from quotecheck.findings import Report
from quotecheck.pipeline import run_verify
from quotecheck.report import render
from quotecheck.report.table import summary_line
from quotecheck.settings import CheckSettings, CopySettings
from tests.conftest import ROOT
from tests.report.test_formats import SARIF_SCHEMA

ARTICLE = ROOT / "fixtures" / "copies" / "aggregated.md"


@pytest.fixture(scope="module")
def report() -> Report:
    settings = CheckSettings(copies=CopySettings(enabled=True))
    return run_verify(collect_inputs([str(ARTICLE)]), settings)


def test_json_and_jsonl_carry_the_copy(report: Report, schema: dict[str, Any]) -> None:
    data = json.loads(render("json", report))
    jsonschema.validate(data, schema)
    assert data["summary"]["by_verdict"] == {"altered": 1, "copied": 1}
    rows = [json.loads(line) for line in render("jsonl", report).splitlines()]
    assert [(r["id"], r["kind"], r["verdict"]) for r in rows] == [
        ("u1", "unmarked", "copied"), ("u2", "unmarked", "altered")]
    assert rows[0]["copy"]["words"] == 65


def test_schema_requires_the_copy_on_a_verified_unmarked_claim(
        report: Report, schema: dict[str, Any]) -> None:
    data = json.loads(render("json", report))
    del data["articles"][0]["claims"][0]["copy"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_text_formats_name_the_verdict_and_the_copy(report: Report) -> None:
    path = report.articles[0].path
    concise = render("concise", report).splitlines()
    assert concise[0].startswith(f"{path}:12:1: copied: The audit found")
    assert concise[0].endswith("[65 words copied without quotation marks (100% of the "
                               "paragraph); not attributed nearby]")
    assert "| 📋 `copied` |" in render("markdown", report)
    assert "<span class='verdict v-copied'>copied</span>" in render("html", report)
    assert summary_line(report).endswith("1 altered, 1 copied")
    table = render("table", report)
    assert "copied" in table and "u1" in table


def test_ci_formats_warn_on_copied_and_fail_on_altered(report: Report) -> None:
    lines = render("github", report).splitlines()
    assert lines[0].startswith(f"::warning file={report.articles[0].path},line=12,col=1,")
    assert "title=quotecheck%3A copied::" in lines[0]
    assert lines[1].startswith("::error ")
    root = ET.fromstring(render("junit", report))
    assert (root.get("tests"), root.get("failures")) == ("2", "1")
    log: dict[str, Any] = json.loads(render("sarif", report))
    results = log["runs"][0]["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [
        ("quotecheck/copied", "warning"), ("quotecheck/altered", "error")]
    if SARIF_SCHEMA.exists():
        jsonschema.validate(log, json.loads(SARIF_SCHEMA.read_text()))
