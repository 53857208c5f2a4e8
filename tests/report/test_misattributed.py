"""A quote found only in a source other than the cited one: ``misattributed`` fails the run
by default and every format says so."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pytest

from tests.conftest import SCHEMA, Run

STORY = (Path(__file__).resolve().parents[2] / "fixtures" / "attribution" / "two-sources"
         / "story.md")
WHERE = "source: cited minutes.txt, found in press-release.txt"


def test_json_says_where_the_words_were_and_what_was_cited(cli: Callable[..., Run]) -> None:
    run = cli("verify", str(STORY), "--format", "json")
    assert run.code == 1
    jsonschema.validate(run.json(), json.loads(SCHEMA.read_text()))
    claim = run.json()["articles"][0]["claims"][0]
    assert claim["verdict"] == "misattributed"
    assert claim["source"]["ref"] == "press-release.txt"
    assert claim["cited_source"]["ref"] == "minutes.txt"
    assert claim["cited_source"]["error"] is None
    assert (claim["tie"], claim["source_cited"]) == ("strong", False)
    assert claim["differences"][0] == {"kind": "source", "quote": "minutes.txt",
                                       "source": "press-release.txt", "detail": None}


def test_fail_on_without_it_passes(cli: Callable[..., Run]) -> None:
    assert cli("verify", str(STORY), "--fail-on", "altered").code == 0


@pytest.mark.parametrize("fmt", ["concise", "markdown", "github", "html"])
def test_every_text_format_shows_verdict_and_where(cli: Callable[..., Run], fmt: str) -> None:
    run = cli("verify", str(STORY), "--format", fmt)
    assert run.code == 1
    assert "misattributed" in run.stdout
    assert WHERE in run.stdout


def test_table_shows_verdict_and_where(cli: Callable[..., Run]) -> None:
    run = cli("verify", str(STORY), "--format", "table", "--verbose")
    assert run.code == 1
    assert "misattributed" in run.stdout
    assert WHERE in run.stdout  # the evidence lines are not wrapped into cells


def test_jsonl_line(cli: Callable[..., Run]) -> None:
    line = json.loads(cli("verify", str(STORY), "--format", "jsonl").stdout)
    assert (line["verdict"], line["cited_source"]["ref"]) == ("misattributed", "minutes.txt")


def test_github_is_an_error(cli: Callable[..., Run]) -> None:
    run = cli("verify", str(STORY), "--format", "github")
    assert run.stdout.startswith("::error ") and "misattributed" in run.stdout


def test_sarif_has_a_rule_and_an_error(cli: Callable[..., Run]) -> None:
    log = cli("verify", str(STORY), "--format", "sarif").json()
    run = log["runs"][0]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    result = run["results"][0]
    assert result["ruleId"] == "quotecheck/misattributed"
    assert rules[result["ruleIndex"]] == "quotecheck/misattributed"
    assert result["level"] == "error" and WHERE in result["message"]["text"]


def test_junit_is_a_failure(cli: Callable[..., Run]) -> None:
    root = ET.fromstring(cli("verify", str(STORY), "--format", "junit").stdout)
    failure = root.find(".//failure")
    assert failure is not None and failure.get("type") == "misattributed"
    assert root.get("failures") == "1"


def test_transcript_speakers_end_to_end(cli: Callable[..., Run]) -> None:
    """The fixture transcript (four speakers) read by the real pipeline: lines credited to
    the wrong speaker are misattributed, the rightly credited ones pass, and a changed number
    with a wrong speaker is altered (word changes win)."""
    article = STORY.parents[1] / "ferry-levy.md"
    run = cli("verify", str(article), "--format", "json")
    assert run.code == 1
    claims = run.json()["articles"][0]["claims"]
    assert [c["verdict"] for c in claims] == [
        "exact", "misattributed", "exact", "misattributed", "altered"]
    assert claims[1]["differences"][0]["kind"] == "speaker"
    assert claims[1]["match"]["speaker"].casefold() == "councillor peter okafor"
