"""Gate: on real content (400 DigitalGov posts, every quoted span labelled by hand, 1,456), what
quotecheck checks are quotations and the quotations are checked. Parts as in
``spans.part``: the tune and dev parts (tuning material) are gated at their floors, the
held-out part by a no-regression guard. Skipped with a reason where the shared corpus is absent."""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

import pytest

from tests.digitalgov.evaluate import BASELINE, evaluate, load_labels
from tests.digitalgov.spans import CORPUS, all_spans, part

pytestmark = pytest.mark.skipif(not CORPUS.exists(),
                                reason=f"the shared corpus is not at {CORPUS}")


def _baseline() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(BASELINE.read_text())
    return data


#: what the rules reached when a floor was set below the contract (none now: the tune half,
#: fully labelled on 2026-11-26, fell to 0.933 and is back above the contract); raise as they
#: improve, never lower
SHORTFALL: dict[str, dict[str, float]] = {}


def test_floors_meet_the_contract_or_the_shortfall() -> None:
    baseline = _baseline()
    contract = baseline["contract"]
    assert contract["precision"] >= 0.95 and contract["recall"] >= 0.95
    assert {"tune", "dev"} <= set(baseline["floors"])
    for name, floors in baseline["floors"].items():
        for key in ("precision", "recall"):
            least = SHORTFALL.get(name, {}).get(key, contract[key])
            assert least <= contract[key] and floors[key] >= least, (name, key)


def test_labels_are_enough_and_keyed_by_real_spans() -> None:
    labels = load_labels()
    assert len(labels) >= 150
    quotations = [x for x in labels if x["kind"] == "quotation"]
    assert sum(1 for x in quotations if "source" in x) >= 40
    found = {(s.file, s.quote[:80]) for s in all_spans()}
    assert all((x["file"], x["quote"]) in found for x in labels)
    assert {part(x["file"]) for x in labels} == {"tune", "dev", "held-out"}


def test_the_span_finder_does_not_import_quotecheck() -> None:
    tree = ast.parse(Path(__file__).with_name("spans.py").read_text(encoding="utf-8"))
    modules = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    modules += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert modules and not any(m.split(".")[0] == "quotecheck" for m in modules)


def test_checked_claims_are_quotations_and_quotations_are_checked() -> None:
    figures = evaluate()
    for name, f in figures.items():
        print(f"{name}: precision {f.precision:.3f} ({f.checked_quotations}/{f.checked}), "
              f"recall {f.recall:.3f} ({f.quotations_checked}/{f.quotations})")
    baseline = _baseline()
    for name, floors in baseline["floors"].items():
        got = figures[name]
        assert sum(part(x["file"]) == name for x in load_labels()) >= floors["min_labels"]
        assert got.precision >= floors["precision"], (name, got.wrong)
        assert got.recall >= floors["recall"], (name, got.wrong)
    held = figures["held-out"]
    guard = baseline["held_out_no_regression"]
    assert sum(part(x["file"]) == "held-out" for x in load_labels()) >= guard["min_labels"]
    assert held.precision >= guard["precision"] and held.recall >= guard["recall"]
