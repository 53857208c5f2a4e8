"""Score the extractor against the gold set: exact-span P/R/F1 and speaker accuracy."""

from __future__ import annotations

from dataclasses import dataclass, field

from quotecheck.articles import parse_article
from quotecheck.extract import extract_claims
from quotecheck.lines import LineIndex
from tests.extract.gold_set import GoldArticle


@dataclass
class Score:
    """Counts over the gold set, and the misses for reading."""

    true_positives: int = 0
    predicted: int = 0
    gold: int = 0
    speakers_right: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Share of extracted spans that are gold spans."""
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Share of gold spans extracted exactly."""
        return self.true_positives / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        """Share of exactly extracted gold claims whose speaker is right."""
        return self.speakers_right / self.true_positives if self.true_positives else 0.0


def _same_speaker(a: str | None, b: str | None) -> bool:
    return (a or "").casefold() == (b or "").casefold()


def score(articles: list[GoldArticle]) -> Score:
    """Extract every gold article and compare spans and speakers."""
    result = Score()
    for gold in articles:
        lines = LineIndex(gold.text)
        expected = {(lines.position(c.start), lines.position(c.end)): c for c in gold.claims}
        claims = extract_claims(parse_article(gold.name, gold.text))
        result.gold += len(expected)
        result.predicted += len(claims)
        for claim in claims:
            key = ((claim.line, claim.column), (claim.end_line, claim.end_column))
            if key not in expected:
                result.misses.append(f"{gold.name}: extra {claim.quote!r}")
                continue
            result.true_positives += 1
            if _same_speaker(claim.speaker, expected[key].speaker):
                result.speakers_right += 1
            else:
                result.misses.append(f"{gold.name}: speaker {claim.speaker!r} for "
                                     f"{claim.quote!r}, not {expected[key].speaker!r}")
        found = {((c.line, c.column), (c.end_line, c.end_column)) for c in claims}
        for key, wanted in expected.items():
            if key not in found:
                result.misses.append(f"{gold.name}: missed {gold.text[wanted.start:wanted.end]!r}")
    return result
