"""The seeded samples appended to labels.json are exactly what spans.py draws, so they can
be re-drawn and checked: the seed-2030 held-out sample (whole held-out posts), the
seed-2031 tune sample (with which every quoted span of the tune half has a label), the
dev part (every span of the held-out-half posts that had no label before it) and the rest
of the held-out part (with which every quoted span of its posts has a label). Skipped
with a reason where the shared corpus is absent."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from tests.digitalgov.spans import (
    CORPUS,
    DEV_BEFORE,
    HELD_OUT_REST_BEFORE,
    LABELS,
    Span,
    all_spans,
    dev_posts,
    dev_spans,
    half,
    held_out_rest,
    held_out_sample,
    labelled_keys,
    part,
    tune_sample,
    unlabelled_spans,
)

pytestmark = pytest.mark.skipif(not CORPUS.exists(),
                                reason=f"the shared corpus is not at {CORPUS}")

KINDS = {"quotation", "term", "scare", "title", "ui", "suggested", "saying", "markup",
         "note", "thought", "borderline"}


@dataclass(frozen=True)
class Sample:
    """One seeded draw: where its labels start in labels.json, how many, which half."""

    draw: Callable[[set[tuple[str, str]]], list[Span]]
    before: int
    size: int
    half: str

    def labels(self) -> list[dict[str, str]]:
        """The labels of this sample, in file order."""
        labels: list[dict[str, str]] = json.loads(LABELS.read_text(encoding="utf-8"))["labels"]
        return labels[self.before : self.before + self.size]


HELD_OUT = Sample(held_out_sample, 521, 252, "held-out")
TUNE = Sample(tune_sample, 773, 292, "tune")
DEV = Sample(lambda _labelled: dev_spans(), DEV_BEFORE, 156, "held-out")
REST = Sample(lambda _labelled: held_out_rest(), HELD_OUT_REST_BEFORE, 235, "held-out")
SAMPLES = pytest.mark.parametrize("sample", [HELD_OUT, TUNE, DEV, REST],
                                  ids=["held-out", "tune", "dev", "held-out-rest"])


@SAMPLES
def test_the_sample_redraws_as_labelled(sample: Sample) -> None:
    drawn = sample.draw(labelled_keys(sample.before))
    assert [(s.file, s.quote[:80]) for s in drawn] == [
        (x["file"], x["quote"]) for x in sample.labels()]


@SAMPLES
def test_the_sample_is_its_half_new_keys_and_known_kinds(sample: Sample) -> None:
    labels = sample.labels()
    assert len(labels) == sample.size
    assert {half(x["file"]) for x in labels} == {sample.half}
    keys = [(x["file"], x["quote"]) for x in labels]
    assert len(set(keys)) == len(keys)
    assert not set(keys) & labelled_keys(sample.before)
    assert {x["kind"] for x in labels} <= KINDS
    assert all(("source" in x) == (x["kind"] == "quotation") for x in labels)


def test_the_held_out_sample_is_whole_posts_of_at_least_250_spans() -> None:
    labels = HELD_OUT.labels()
    assert len(labels) >= 250
    after = labelled_keys(HELD_OUT.before + HELD_OUT.size)
    assert not [s for file in {x["file"] for x in labels} for s in unlabelled_spans(file, after)]


def test_every_quoted_span_of_the_tune_half_is_labelled() -> None:
    assert tune_sample(labelled_keys(TUNE.before + TUNE.size)) == []


def test_the_dev_labels_are_every_span_of_exactly_the_unlabelled_held_out_posts() -> None:
    labels: list[dict[str, str]] = json.loads(LABELS.read_text(encoding="utf-8"))["labels"]
    assert labels[DEV_BEFORE:HELD_OUT_REST_BEFORE] == DEV.labels()
    earlier = {x["file"] for x in labels[:DEV_BEFORE]}
    quoted = {s.file for s in all_spans() if half(s.file) == "held-out"}
    assert set(dev_posts()) == quoted - earlier and len(dev_posts()) == 53
    assert not earlier & set(dev_posts())
    assert {x["file"] for x in DEV.labels()} == set(dev_posts())
    after = labelled_keys()
    assert not [s for file in dev_posts() for s in unlabelled_spans(file, after)]


def test_parts_split_the_held_out_half_by_earlier_labels() -> None:
    labels: list[dict[str, str]] = json.loads(LABELS.read_text(encoding="utf-8"))["labels"]
    assert {part(x["file"]) for x in labels[:DEV_BEFORE]} == {"tune", "held-out"}
    assert {part(x["file"]) for x in labels[DEV_BEFORE:HELD_OUT_REST_BEFORE]} == {"dev"}
    assert {part(x["file"]) for x in labels[HELD_OUT_REST_BEFORE:]} == {"held-out"}
    assert all(part(x["file"]) == half(x["file"]) for x in labels[:DEV_BEFORE])


def test_the_rest_is_the_last_sample_and_every_held_out_span_is_now_labelled() -> None:
    labels: list[dict[str, str]] = json.loads(LABELS.read_text(encoding="utf-8"))["labels"]
    assert labels[HELD_OUT_REST_BEFORE:] == REST.labels()
    held_out = sorted({s.file for s in all_spans() if part(s.file) == "held-out"})
    earlier = {x["file"] for x in labels[:HELD_OUT_REST_BEFORE] if part(x["file"]) == "held-out"}
    assert {x["file"] for x in REST.labels()} <= set(held_out) == earlier
    after = labelled_keys()
    assert not [s for file in held_out for s in unlabelled_spans(file, after)]
