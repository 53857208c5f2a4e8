"""The accuracy gate: no changed or invented quote passes, faithful quotes do, partial
overlaps are not found, and what the README calls minor is minor.

The labelled set comes from a generator that imports nothing from ``quotecheck``
(``labelled.py``, ``variants.py``, ``real_texts.py``): a hand-written core that always runs,
and real texts from ``../shared/corpus`` in a part the rules were tuned on and a held-out
part. Floors live in ``accuracy_baseline.json``; the contract below is the least they may
be, so lowering a floor below it fails here too, never silently.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

import pytest

from quotecheck.models import Verdict
from tests.match.evaluate import Outcome, evaluate
from tests.match.labelled import CHANGED, FAITHFUL, INVENTED, MINOR, build_core
from tests.match.real_texts import available, build_real

BASELINE = Path(__file__).parent / "accuracy_baseline.json"
CONTRACT = {"faithful_pass_rate": 0.99, "changed_or_invented_passed": 0,
            "min_cases": {"core": 1300, "tune": 6000, "held_out": 4000}}
PARTS = ("core", "tune", "held_out")
GENERATOR = ("labelled.py", "variants.py", "real_texts.py")
_OUTCOMES: dict[str, Outcome] = {}


@pytest.fixture(scope="module")
def baseline() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(BASELINE.read_text())
    return loaded


def outcome(part: str) -> Outcome:
    """The verdicts on one part (computed once per run)."""
    if part not in _OUTCOMES:
        if part != "core" and (reason := available()) is not None:
            pytest.skip(f"real texts absent: {reason}")
        _OUTCOMES[part] = evaluate(build_core() if part == "core" else build_real(part))
    return _OUTCOMES[part]


def test_generator_imports_nothing_from_quotecheck() -> None:
    for name in GENERATOR:
        tree = ast.parse((Path(__file__).parent / name).read_text())
        imported = [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
        imported += [a.name for n in ast.walk(tree) if isinstance(n, ast.Import)
                     for a in n.names]
        assert not [m for m in imported if m.split(".")[0] == "quotecheck"], name


@pytest.mark.parametrize("part", PARTS)
def test_baseline_never_weaker_than_the_contract(baseline: dict[str, Any], part: str) -> None:
    floors = baseline[part]
    assert floors["faithful_pass_rate"] >= CONTRACT["faithful_pass_rate"]
    assert floors["changed_or_invented_passed"] <= CONTRACT["changed_or_invented_passed"]
    assert floors["min_cases"] >= CONTRACT["min_cases"][part]  # type: ignore[index]


def test_every_kind_is_covered() -> None:
    kinds = {(c.label, c.kind) for c, _ in outcome("core").verdicts}
    for kind in ("verbatim", "fragment", "typography", "case", "punctuation", "sic",
                 "bracket_case", "elision", "bracket_reference"):
        assert (FAITHFUL, kind) in kinds
    for kind in ("negation_dropped", "negation_added", "elision_negation", "number", "name",
                 "quantifier", "modal", "pronoun", "conjunction", "preposition", "tense",
                 "word_added", "word_dropped", "order", "bracket_negation", "bracket_number",
                 "bracket_name", "bracket_word", "truncation_start", "truncation_end"):
        assert (CHANGED, kind) in kinds
    for kind in ("fabricated", "spliced", "partial_overlap"):
        assert (INVENTED, kind) in kinds
    for kind in ("minor_article", "minor_that", "minor_contraction", "minor_hesitation",
                 "minor_spelling"):
        assert (MINOR, kind) in kinds


def test_cases_are_distinct() -> None:
    cases = [(c.source, c.quote) for c, _ in outcome("core").verdicts]
    assert len(cases) == len(set(cases))


@pytest.mark.parametrize("part", PARTS)
def test_gate(part: str, baseline: dict[str, Any]) -> None:
    result, floors = outcome(part), baseline[part]
    figures = result.figures()
    assert figures["cases"] >= floors["min_cases"]
    passed = result.changed_passed()
    assert len(passed) <= floors["changed_or_invented_passed"], [
        (c.kind, c.quote, v.value) for c, v in passed[:5]]
    failed = [(c.kind, c.quote, v.value) for c, v in result.faithful_failed()]
    assert figures["faithful_pass_rate"] >= floors["faithful_pass_rate"], failed[:5]
    for name in ("changed_altered_rate", "invented_not_found_rate", "minor_rate",
                 "changes_named_rate"):
        assert figures[name] >= floors[name], (name, figures)
    overlaps = [v for c, v in result.verdicts if c.kind == "partial_overlap"]
    rate = sum(v is Verdict.NOT_FOUND for v in overlaps) / max(1, len(overlaps))
    assert rate >= floors["partial_overlap_not_found_rate"]
