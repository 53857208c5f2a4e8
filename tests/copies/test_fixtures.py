"""The bundled copy fixtures through the command line: an aggregated article, the same
words properly quoted, and an article citing a statute by name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.conftest import ROOT, Run

COPIES = ROOT / "fixtures" / "copies"


def _unmarked(run: Run) -> list[dict[str, Any]]:
    return [c for a in run.json()["articles"] for c in a["claims"] if c["kind"] == "unmarked"]


def test_aggregated_article_copies_two_paragraphs_one_with_an_edited_figure(
        cli: Callable[..., Run], schema: dict[str, Any]) -> None:
    run = cli("verify", str(COPIES / "aggregated.md"), "--copies", "-f", "json")
    jsonschema.validate(run.json(), schema)
    first, second = _unmarked(run)
    assert (first["id"], first["verdict"], first["line"], first["column"]) == (
        "u1", "copied", 12, 1)
    assert first["quote"].startswith("The audit found that the authority lost 31 percent")
    assert first["quote"].endswith("four repair teams on duty at night")
    assert first["differences"] == []
    assert first["copy"] == {"words": 65, "paragraph_words": 65, "share": 1.0,
                             "attributed": False, "cue": None, "linked": False}
    assert first["match"]["line"] == 7 and first["source"]["ref"] == "water-audit.md"
    assert second["verdict"] == "altered"
    assert second["differences"] == [
        {"kind": "number_changed", "quote": "$84", "source": "$48", "detail": None,
         "text": 'changed "$48 million" → "$84 million"'}]
    assert second["match"]["text"].startswith("Replacing the oldest mains")
    assert run.code == 1  # altered fails by default, copy or quote


def test_the_search_is_off_by_default(cli: Callable[..., Run]) -> None:
    run = cli("verify", str(COPIES / "aggregated.md"), "-f", "json")
    assert _unmarked(run) == [] and run.code == 0
    assert _unmarked(cli("verify", str(COPIES / "aggregated.md"), "--copies", "--no-copies",
                         "-f", "json")) == []


def test_the_properly_quoted_article_has_no_unmarked_copy(cli: Callable[..., Run]) -> None:
    run = cli("verify", str(COPIES / "quoted.md"), "--copies", "-f", "json")
    claims = run.json()["articles"][0]["claims"]
    assert [c["kind"] for c in claims] == ["block", "inline"]
    assert [c["verdict"] for c in claims] == ["exact", "verified"]
    assert run.code == 0


def test_a_statute_cited_by_name_is_not_a_finding(cli: Callable[..., Run]) -> None:
    run = cli("verify", str(COPIES / "statute.md"), "--copies", "-f", "json")
    assert _unmarked(run) == [] and run.code == 0


@pytest.fixture
def copy_only(tmp_path: Path) -> Path:
    """An article that copies one paragraph faithfully and attributes it."""
    source = (COPIES / "water-audit.md").read_text()
    (tmp_path / "audit.md").write_text(source)
    paragraph = source.split("\n\n")[3]
    article = tmp_path / "story.md"
    article.write_text("---\nsources:\n  - audit.md\n---\n\nThe county auditor's report says "
                       f"the problem is old pipes.\n\n{paragraph}\n")
    return article


def test_copied_warns_unless_fail_on_names_it(cli: Callable[..., Run], copy_only: Path,
                                              schema: dict[str, Any]) -> None:
    run = cli("verify", str(copy_only), "--copies", "-f", "json")
    [claim] = _unmarked(run)
    assert claim["verdict"] == "copied" and run.code == 0
    assert claim["copy"]["attributed"] and claim["copy"]["cue"] == "county auditor's report says"
    jsonschema.validate(run.json(), schema)
    assert cli("verify", str(copy_only), "--copies", "--fail-on", "copied").code == 1


def test_config_turns_the_search_on(cli: Callable[..., Run], copy_only: Path) -> None:
    (copy_only.parent / "quotecheck.toml").write_text("[copies]\nenabled = true\n")
    assert len(_unmarked(cli("verify", str(copy_only), "-f", "json"))) == 1
    assert _unmarked(cli("verify", str(copy_only), "--no-copies", "-f", "json")) == []
    (copy_only.parent / "quotecheck.toml").write_text(
        "[copies]\nenabled = true\nmin-words = 80\n")
    assert _unmarked(cli("verify", str(copy_only), "-f", "json")) == []


@pytest.mark.parametrize(("value", "message"), [
    ("enabled = 1", "copies.enabled must be true or false, not 1"),
    ("min-words = 2", "copies.min-words must be a whole number at least 4 and at most 1000 words"),
    ("max-gap = 5000", "copies.max-gap must be a whole number at least 0 and at most 1000 words"),
    ("max-words = 3", "unknown key 'copies.max-words' (did you mean 'copies.min-words'?)"),
])
def test_bad_copies_config_is_one_line(cli: Callable[..., Run], copy_only: Path, value: str,
                                       message: str) -> None:
    (copy_only.parent / "quotecheck.toml").write_text(f"[copies]\n{value}\n")
    run = cli("verify", str(copy_only))
    assert run.code == 2 and message in run.stderr and "Traceback" not in run.stderr


def test_config_command_shows_the_copies_keys(cli: Callable[..., Run], copy_only: Path) -> None:
    (copy_only.parent / "quotecheck.toml").write_text("[copies]\nenabled = true\n")
    shown = cli("config", str(copy_only.parent)).stdout.splitlines()
    assert any(line.startswith("copies.enabled = true  # ") for line in shown)
    assert any(line.startswith("copies.min-words = 12  # ") for line in shown)
