"""The extraction gate: exact spans and speakers on the gold set, floors in a baseline file.

The contract below is the least the floors may be, so lowering a floor below it fails
here too, never silently.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.extract.evaluate import Score, score
from tests.extract.gold_set import GoldArticle, load_gold

BASELINE = Path(__file__).parent / "extraction_baseline.json"
CONTRACT = {"exact_span_f1": 0.95, "speaker_accuracy": 0.90, "min_articles": 40}


@pytest.fixture(scope="module")
def baseline() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(BASELINE.read_text())
    return loaded


@pytest.fixture(scope="module")
def gold() -> list[GoldArticle]:
    return load_gold()


@pytest.fixture(scope="module")
def result(gold: list[GoldArticle]) -> Score:
    return score(gold)


def test_baseline_never_weaker_than_the_contract(baseline: dict[str, Any]) -> None:
    for key, least in CONTRACT.items():
        assert baseline[key] >= least, key


def test_gold_set_size(gold: list[GoldArticle], baseline: dict[str, Any]) -> None:
    assert len(gold) >= baseline["min_articles"]
    assert len({a.name for a in gold}) == len(gold)


def test_exact_span_f1(result: Score, baseline: dict[str, Any]) -> None:
    assert result.f1 >= baseline["exact_span_f1"], result.misses


def test_speaker_accuracy(result: Score, baseline: dict[str, Any]) -> None:
    assert result.speaker_accuracy >= baseline["speaker_accuracy"], result.misses
