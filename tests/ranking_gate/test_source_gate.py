"""Gate on real posts: a quotation the article does not cite is never strongly tied to a
source, so it can never end ``not_found`` (issue 9, item 3). Runs ``verify --offline`` with
an empty cache over the DigitalGov posts holding the hand-labelled quotations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from quotecheck.cli.app import app

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1].parent / "shared" / "corpus" / "digitalgov" / "news"
LABELS = json.loads((HERE / "source_labels.json").read_text(encoding="utf-8"))["labels"]
BASELINE = json.loads((HERE / "baseline.json").read_text(encoding="utf-8"))
CONTRACT = {"matched_min": 40, "uncited_strong_max": 0, "uncited_not_found_max": 0}


def test_floors_keep_the_contract() -> None:
    assert BASELINE["matched_min"] >= CONTRACT["matched_min"]
    assert BASELINE["uncited_strong_max"] <= CONTRACT["uncited_strong_max"]
    assert BASELINE["uncited_not_found_max"] <= CONTRACT["uncited_not_found_max"]
    distinct = {(r["path"], r["line"], r["column"]) for r in LABELS}
    assert len(distinct) == len(LABELS) >= CONTRACT["matched_min"]


def _verify(tmp_path: Path) -> dict[str, list[dict[str, Any]]]:
    config = tmp_path / "quotecheck.toml"
    config.write_text(f'[cache]\npath = "{tmp_path / "cache.sqlite"}"\n')
    paths = sorted({str(CORPUS / r["path"]) for r in LABELS})
    result = CliRunner().invoke(app, ["verify", *paths, "--offline", "--no-archive",
                                      "--config", str(config), "--format", "json"])
    assert result.exit_code in (0, 1, 3), result.stderr
    return {str(Path(a["path"]).resolve()): a["claims"]
            for a in json.loads(result.stdout)["articles"]}


def _claim_of(label: dict[str, Any], claims: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The claim that opens right after the label's opening mark."""
    near = [c for c in claims
            if c["line"] == label["line"] and 0 < c["column"] - label["column"] <= 3]
    return near[0] if near else None


def test_uncited_quotations_are_never_not_found(tmp_path: Path) -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    claims = _verify(tmp_path)
    rows = [(k, label, _claim_of(label, claims[str((CORPUS / label["path"]).resolve())]))
            for k, label in enumerate(LABELS)]
    matched = [(k, label, claim) for k, label, claim in rows if claim is not None]
    uncited = [(k, claim) for k, label, claim in matched if not label["cited"]]
    strong = [k for k, claim in uncited if claim["tie"] == "strong"]
    not_found = [k for k, claim in uncited if claim["verdict"] == "not_found"]
    assert len(matched) >= BASELINE["matched_min"], [LABELS[k] for k, _, c in rows if c is None]
    assert len(strong) <= BASELINE["uncited_strong_max"], [LABELS[k] for k in strong]
    assert len(not_found) <= BASELINE["uncited_not_found_max"], [LABELS[k] for k in not_found]
