"""Quoted words that are not quotations: skipped by verify with the reason, checked with
--check-all-quoted or the config key, recorded in the JSON; never an empty quote."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema

from tests.conftest import Run

ARTICLE = ("The mayor said “we will not raise fares” ([minutes](minutes.txt)).\n\n"
           "We shipped the “beta” and you can click “Save draft” ([minutes](minutes.txt)).\n\n"
           ">\n\n> “”\n")
MINUTES = "At the meeting the mayor said we will not raise fares. The beta. Save draft.\n"


def _write(tmp_path: Path) -> Path:
    (tmp_path / "minutes.txt").write_text(MINUTES)
    article = tmp_path / "story.md"
    article.write_text(ARTICLE)
    return article


def _claims(run: Run) -> list[dict[str, Any]]:
    claims: list[dict[str, Any]] = run.json()["articles"][0]["claims"]
    return claims


def test_non_quotations_are_skipped_with_the_reason(
        cli: Callable[..., Run], tmp_path: Path, schema: dict[str, Any]) -> None:
    run = cli("verify", str(_write(tmp_path)), "--format", "json")
    jsonschema.validate(run.json(), schema)
    assert [(c["quote"], c["quotation"], c["why"], c["verdict"], c["note"])
            for c in _claims(run)] == [
        ("we will not raise fares", True, None, "exact", None),
        ("beta", False, "term", "skipped", "not a quotation: term"),
        ("Save draft", False, "ui", "skipped", "not a quotation: ui"),
    ]
    assert run.code == 0


def test_check_all_quoted_checks_them(cli: Callable[..., Run], tmp_path: Path) -> None:
    run = cli("verify", str(_write(tmp_path)), "--format", "json", "--check-all-quoted")
    assert [(c["quotation"], c["verdict"]) for c in _claims(run)] == [
        (True, "exact"), (False, "exact"), (False, "exact")]


def test_config_key_checks_them(cli: Callable[..., Run], tmp_path: Path) -> None:
    article = _write(tmp_path)
    (tmp_path / "quotecheck.toml").write_text("check-all-quoted = true\n")
    run = cli("verify", str(article), "--format", "json")
    assert [c["verdict"] for c in _claims(run)] == ["exact", "exact", "exact"]
    shown = cli("config", str(tmp_path)).stdout
    assert "check-all-quoted = true" in shown


def test_config_key_must_be_a_boolean(cli: Callable[..., Run], tmp_path: Path) -> None:
    article = _write(tmp_path)
    (tmp_path / "quotecheck.toml").write_text('check-all-quoted = "yes"\n')
    run = cli("verify", str(article))
    assert run.code == 2
    assert "check-all-quoted must be true or false" in run.stderr


def test_extract_reports_the_kind_and_never_an_empty_quote(
        cli: Callable[..., Run], tmp_path: Path, schema: dict[str, Any]) -> None:
    run = cli("extract", str(_write(tmp_path)), "--format", "json")
    jsonschema.validate(run.json(), schema)
    claims = _claims(run)
    assert [(c["quote"], c["quotation"], c["why"]) for c in claims] == [
        ("we will not raise fares", True, None), ("beta", False, "term"),
        ("Save draft", False, "ui")]
