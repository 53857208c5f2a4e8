"""The accuracy gate: no changed or invented quote passes, faithful quotes do.

Floors live in ``accuracy_baseline.json``; the contract below is the least they may be,
so lowering a floor below it fails here too, never silently.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from quotecheck.models import Verdict
from tests.match.evaluate import Outcome, evaluate
from tests.match.labelled import CHANGED, FAITHFUL, INVENTED, build_cases

BASELINE = Path(__file__).parent / "accuracy_baseline.json"
CONTRACT = {"faithful_pass_rate": 0.99, "changed_or_invented_passed": 0, "min_cases": 2000}


@pytest.fixture(scope="module")
def baseline() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(BASELINE.read_text())
    return loaded


@pytest.fixture(scope="module")
def outcomes(baseline: dict[str, Any]) -> list[Outcome]:
    return [evaluate(build_cases(seed)) for seed in baseline["seeds"]]


def test_baseline_never_weaker_than_the_contract(baseline: dict[str, Any]) -> None:
    assert baseline["faithful_pass_rate"] >= CONTRACT["faithful_pass_rate"]
    assert baseline["changed_or_invented_passed"] <= CONTRACT["changed_or_invented_passed"]
    assert baseline["min_cases"] >= CONTRACT["min_cases"]


def test_every_kind_is_covered(outcomes: list[Outcome]) -> None:
    kinds = {(c.label, c.kind) for o in outcomes for c, _ in o.verdicts}
    for kind in ("verbatim", "fragment", "typography", "case", "punctuation", "sic",
                 "bracket_case", "elision", "bracket", "hyphenation"):
        assert (FAITHFUL, kind) in kinds
    for kind in ("negation_dropped", "negation_added", "elision_negation", "number", "name",
                 "quantifier", "modal", "word", "word_added", "word_dropped", "order"):
        assert (CHANGED, kind) in kinds
    assert (INVENTED, "fabricated") in kinds and (INVENTED, "spliced") in kinds


def test_enough_cases(outcomes: list[Outcome], baseline: dict[str, Any]) -> None:
    assert sum(len(o.verdicts) for o in outcomes) >= baseline["min_cases"]


def test_no_changed_or_invented_quote_passes(outcomes: list[Outcome],
                                             baseline: dict[str, Any]) -> None:
    passed = [c for o in outcomes for c in o.changed_passed()]
    assert len(passed) <= baseline["changed_or_invented_passed"], passed[:5]


def test_faithful_quotes_pass(outcomes: list[Outcome], baseline: dict[str, Any]) -> None:
    verdicts = [(c, v) for o in outcomes for c, v in o.verdicts if c.label == FAITHFUL]
    rate = sum(v in (Verdict.EXACT, Verdict.VERIFIED) for _, v in verdicts) / len(verdicts)
    failed = [(c.kind, c.quote, v.value) for o in outcomes for c, v in o.faithful_failed()]
    assert rate >= baseline["faithful_pass_rate"], failed[:5]


def test_changed_quotes_are_altered(outcomes: list[Outcome], baseline: dict[str, Any]) -> None:
    verdicts = [v for o in outcomes for c, v in o.verdicts if c.label == CHANGED]
    rate = sum(v is Verdict.ALTERED for v in verdicts) / len(verdicts)
    assert rate >= baseline["changed_altered_rate"]
