"""The bundled demo shows every verdict, and its JSON follows the contract."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema

from tests.conftest import Run


def _verdicts(run: Run) -> dict[str, str]:
    claims = run.json()["articles"][0]["claims"]
    return {c["quote"]: c["verdict"] for c in claims}


def test_demo_verdicts(cli: Callable[..., Run], demo: Path) -> None:
    run = cli("verify", str(demo / "article.md"), "--format", "json")
    assert run.code == 1
    verdicts = _verdicts(run)
    # dropped "not" and changed number: altered, whatever their score
    assert verdicts["will cut a single route"] == "altered"
    assert verdicts["is expected to raise $3.8 million in fiscal year 2025"] == "altered"
    # typography only: straight vs curly quotes, em dash vs --, line breaks in the source
    assert verdicts["We will not raise bus fares this year, and we will not cut a single "
                    "route"] == "exact"
    assert verdicts["the rest from the levy—that is what the voters approved in "
                    "November"] == "exact"
    assert verdicts["$640,000 for the night-service pilot"] == "exact"
    assert verdicts["this is the first expansion of service since 2019, and it won’t be "
                    "the last"] in ("exact", "verified")
    assert verdicts["that the council keep fares at current levels … a decision that "
                    "affects roughly 9,000 daily riders"] == "verified"
    assert verdicts["Students will ride free starting next fall"] == "not_found"
    assert verdicts["I have never seen a budget this tight"] == "unavailable"
    assert verdicts["Night workers have waited long enough for the bus that gets them "
                    "home"] == "minor"


def test_demo_json_validates(cli: Callable[..., Run], demo: Path,
                             schema: dict[str, Any]) -> None:
    run = cli("verify", str(demo / "article.md"), "--format", "json")
    jsonschema.validate(run.json(), schema)
    summary = run.json()["summary"]
    assert summary["claims"] == 12
    assert set(summary["by_verdict"]) == {
        "exact", "verified", "minor", "altered", "not_found", "unavailable"}


def test_demo_no_sources(cli: Callable[..., Run], demo: Path, schema: dict[str, Any]) -> None:
    run = cli("verify", str(demo / "no-sources.md"), "--format", "json")
    assert run.code == 0
    jsonschema.validate(run.json(), schema)
    assert [c["verdict"] for c in run.json()["articles"][0]["claims"]] == ["no_source"]


def test_demo_table_through_script(script: Callable[..., Run], demo: Path) -> None:
    run = script("verify", str(demo / "article.md"))
    assert run.code == 1
    for verdict in ("exact", "verified", "minor", "altered", "not_found", "unavailable"):
        assert verdict in run.stdout
    assert "dropped" in run.stdout  # the full wording is checked in tests/report
    assert "12 claims in 1 article" in run.stdout
