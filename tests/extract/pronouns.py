"""Hand-resolved pronouns of the PolNeAR tune part, scored without quotecheck: he/she in
pronoun_labels.json, it/they in group_pronoun_labels.json, and how a prediction is matched
and judged (see polnear.py)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.extract.polnear import (
    LabelledArticle,
    Predicted,
    _double_marked,
    _trimmed,
    load,
    pieces,
    same_speaker,
)

LABELS = Path(__file__).parent / "pronoun_labels.json"
GROUP_LABELS = Path(__file__).parent / "group_pronoun_labels.json"


@dataclass(frozen=True)
class PronounLabel:
    """A quote credited to he or she, and the person the pronoun stands for."""

    article: str
    start: int
    pronoun: str
    person: str


def pronoun_labels(path: Path = LABELS) -> list[PronounLabel]:
    """The hand-resolved labels of ``path`` (he/she by default), in file order."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [PronounLabel(x["article"], x["start"], x["pronoun"], x["person"])
            for x in data["labels"]]


def labelled_articles(path: Path = LABELS) -> dict[str, LabelledArticle]:
    """The tune articles the labels of ``path`` point into, by name."""
    wanted = {label.article for label in pronoun_labels(path)}
    return {a.name: a for a in load("tune") if a.name in wanted}


def speaker_at(article: LabelledArticle, predicted: list[Predicted], start: int
               ) -> tuple[bool, str | None]:
    """Whether a quote opening at ``start`` was found, and the speaker given to it."""
    text = article.text
    end = next(e for s, e in ((x.start, x.end) for x in _labels_of(article)) if s == start)
    wanted = _trimmed(text, start, end)
    for p in predicted:
        if _double_marked(text, p.start) and wanted in pieces(text, p.start, p.end):
            return True, p.speaker
    return False, None


def _labels_of(article: LabelledArticle) -> tuple[Predicted, ...]:
    return tuple(Predicted(x.start, x.end, x.speaker) for x in article.labels)


def right(predicted: str | None, label: PronounLabel) -> bool:
    """True when the predicted speaker names the person the pronoun stands for."""
    return same_speaker(predicted, label.person)


@dataclass
class Resolution:
    """How the labels of one file fare: every label seen, how many right, the wrong ones."""

    labels: list[PronounLabel]
    right: int = 0
    unseen: list[PronounLabel] = field(default_factory=list)
    wrong: list[tuple[str, int, str, str | None]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        """The share of labels whose quote gets the right person."""
        return self.right / len(self.labels)


def resolve(path: Path, predict: Callable[[LabelledArticle], list[Predicted]]) -> Resolution:
    """Score the extraction ``predict`` (called once per article) on the labels of ``path``."""
    articles = labelled_articles(path)
    found = {name: predict(article) for name, article in articles.items()}
    tally = Resolution(pronoun_labels(path))
    for label in tally.labels:
        seen, speaker = speaker_at(articles[label.article], found[label.article], label.start)
        if not seen:
            tally.unseen.append(label)
        elif right(speaker, label):
            tally.right += 1
        else:
            tally.wrong.append((label.article, label.start, label.person, speaker))
    return tally
