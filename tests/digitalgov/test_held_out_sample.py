"""The seed-2030 held-out sample in labels.json is exactly what spans.held_out_sample draws,
so it can be re-drawn and checked. Skipped with a reason where the shared corpus is absent."""

from __future__ import annotations

import json

import pytest

from tests.digitalgov.spans import (
    CORPUS,
    LABELS,
    half,
    held_out_sample,
    labelled_keys,
    unlabelled_spans,
)

pytestmark = pytest.mark.skipif(not CORPUS.exists(),
                                reason=f"the shared corpus is not at {CORPUS}")

LABELS_BEFORE_SAMPLE = 521
SAMPLE_SIZE = 252


def _sample_labels() -> list[dict[str, str]]:
    labels: list[dict[str, str]] = json.loads(LABELS.read_text(encoding="utf-8"))["labels"]
    return labels[LABELS_BEFORE_SAMPLE : LABELS_BEFORE_SAMPLE + SAMPLE_SIZE]


def test_the_held_out_sample_redraws_as_labelled() -> None:
    drawn = held_out_sample(labelled_keys(LABELS_BEFORE_SAMPLE))
    assert [(s.file, s.quote[:80]) for s in drawn] == [
        (x["file"], x["quote"]) for x in _sample_labels()]


def test_the_held_out_sample_is_whole_held_out_posts_and_new_keys() -> None:
    sample = _sample_labels()
    assert len(sample) == SAMPLE_SIZE >= 250
    assert {half(x["file"]) for x in sample} == {"held-out"}
    keys = [(x["file"], x["quote"]) for x in sample]
    assert len(set(keys)) == len(keys)
    assert not set(keys) & labelled_keys(LABELS_BEFORE_SAMPLE)
    assert all(("source" in x) == (x["kind"] == "quotation") for x in sample)
    after = labelled_keys(LABELS_BEFORE_SAMPLE + SAMPLE_SIZE)
    assert not [s for file in {x["file"] for x in sample} for s in unlabelled_spans(file, after)]
