"""The seed-2031 tune sample in labels.json is exactly what spans.tune_sample draws, so it
can be re-drawn and checked; with it every quoted span of the tune half has a label.
Skipped with a reason where the shared corpus is absent."""

from __future__ import annotations

import json

import pytest

from tests.digitalgov.spans import (
    CORPUS,
    LABELS,
    half,
    labelled_keys,
    tune_sample,
)

pytestmark = pytest.mark.skipif(not CORPUS.exists(),
                                reason=f"the shared corpus is not at {CORPUS}")

LABELS_BEFORE_SAMPLE = 773
SAMPLE_SIZE = 292
KINDS = {"quotation", "term", "scare", "title", "ui", "suggested", "saying", "markup",
         "note", "thought", "borderline"}


def _sample_labels() -> list[dict[str, str]]:
    labels: list[dict[str, str]] = json.loads(LABELS.read_text(encoding="utf-8"))["labels"]
    return labels[LABELS_BEFORE_SAMPLE : LABELS_BEFORE_SAMPLE + SAMPLE_SIZE]


def test_the_tune_sample_redraws_as_labelled() -> None:
    drawn = tune_sample(labelled_keys(LABELS_BEFORE_SAMPLE))
    assert [(s.file, s.quote[:80]) for s in drawn] == [
        (x["file"], x["quote"]) for x in _sample_labels()]


def test_the_tune_sample_is_tune_posts_new_keys_and_known_kinds() -> None:
    sample = _sample_labels()
    assert len(sample) == SAMPLE_SIZE
    assert {half(x["file"]) for x in sample} == {"tune"}
    keys = [(x["file"], x["quote"]) for x in sample]
    assert len(set(keys)) == len(keys)
    assert not set(keys) & labelled_keys(LABELS_BEFORE_SAMPLE)
    assert {x["kind"] for x in sample} <= KINDS
    assert all(("source" in x) == (x["kind"] == "quotation") for x in sample)


def test_every_quoted_span_of_the_tune_half_is_labelled() -> None:
    assert tune_sample(labelled_keys(LABELS_BEFORE_SAMPLE + SAMPLE_SIZE)) == []
