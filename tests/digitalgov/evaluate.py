"""Quotation-or-not figures of quotecheck against the hand labels of DigitalGov spans.

A label matches a claim of its post when their texts agree on their first 40 letters and
digits (case and punctuation aside). A claim is *checked* when it is a quotation
(``quotation=True``) and not suppressed. Borderline labels are left out.

Parts (``spans.part``): ``tune`` (the tune half), ``dev`` (the held-out-half posts that had no
label among the first 1065, labelled blind later; tuning material now) and ``held-out`` (only
the held-out posts that had labels). Misclassified spans are listed for the tuning parts only.

Run: .venv/bin/python -m tests.digitalgov.evaluate — prints the figures for each part.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from quotecheck.articles import read_article
from quotecheck.extract import extract_claims
from quotecheck.models import Claim
from tests.digitalgov.spans import CORPUS, part

LABELS = Path(__file__).with_name("labels.json")
BASELINE = Path(__file__).with_name("quotation_baseline.json")
_KEY = 40
_NOT_WORD = re.compile(r"[\W_]+")
_LINK_TARGET = re.compile(r"\]\([^)\s]*\)?")
_LABEL_CHARS = 80
_MIN_PREFIX = 20
#: the parts whose misclassified spans may be read (the held-out part's stay unread)
TUNING_PARTS = ("tune", "dev")


def key(text: str) -> str:
    """What a label and a claim are compared on (a Markdown link's target left out, as a
    reader shows only its text)."""
    text = _LINK_TARGET.sub(" ", text.replace("’", "'"))
    return _NOT_WORD.sub(" ", text).strip().casefold()[:_KEY]


def same_span(label: dict[str, str], claim_quote: str) -> bool:
    """True when the claim is the labelled span (a label cut at 80 characters matches a
    claim that starts with it)."""
    wanted, found = key(label["quote"]), key(claim_quote)
    cut = len(label["quote"]) >= _LABEL_CHARS
    return found == wanted or (cut and len(wanted) >= _MIN_PREFIX and found.startswith(wanted))


@dataclass
class Figures:
    """Counts for one set of labels."""

    checked: int = 0
    checked_quotations: int = 0
    quotations: int = 0
    quotations_checked: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Among checked labelled spans, the share that are quotations."""
        return self.checked_quotations / self.checked if self.checked else 1.0

    @property
    def recall(self) -> float:
        """Among labelled quotations, the share that are checked."""
        return self.quotations_checked / self.quotations if self.quotations else 1.0


def load_labels() -> list[dict[str, str]]:
    """The labels, borderline ones left out."""
    labels: list[dict[str, str]] = json.loads(LABELS.read_text(encoding="utf-8"))["labels"]
    return [label for label in labels if label["kind"] != "borderline"]


def _claims(file: str, cache: dict[str, tuple[Claim, ...]]) -> tuple[Claim, ...]:
    if file not in cache:
        cache[file] = extract_claims(read_article(CORPUS / file))
    return cache[file]


def _checked(label: dict[str, str], claims: tuple[Claim, ...]) -> bool:
    return any(same_span(label, c.quote) and c.quotation and not c.skipped for c in claims)


def evaluate() -> dict[str, Figures]:
    """Figures for the ``tune``, ``dev`` and ``held-out`` parts and ``all`` labels."""
    figures = {name: Figures() for name in (*TUNING_PARTS, "held-out", "all")}
    cache: dict[str, tuple[Claim, ...]] = {}
    for label in load_labels():
        checked = _checked(label, _claims(label["file"], cache))
        real = label["kind"] == "quotation"
        for name in (part(label["file"]), "all"):
            f = figures[name]
            f.checked += checked
            f.checked_quotations += checked and real
            f.quotations += real
            f.quotations_checked += checked and real
            if checked != real and name in TUNING_PARTS:
                f.wrong.append(f"{label['kind']:>10} {'checked' if checked else 'skipped':>7}"
                               f"  {label['file']}: {label['quote'][:60]}")
    return figures


def whole_sample() -> Counter[str]:
    """Claims of all 400 posts: how many, how many checked, and the reasons of the rest."""
    counts: Counter[str] = Counter()
    for path in sorted(CORPUS.rglob("*.md")):
        for claim in extract_claims(read_article(path)):
            counts["claims"] += 1
            counts["checked" if claim.quotation else f"not a quotation: {claim.why}"] += 1
    return counts


def main() -> None:
    """Print the figures."""
    figures = evaluate()
    for name, f in figures.items():
        print(f"{name:>8}: checked {f.checked}, of which quotations {f.checked_quotations} "
              f"(precision {f.precision:.3f}); quotations {f.quotations}, checked "
              f"{f.quotations_checked} (recall {f.recall:.3f})")
    for name in TUNING_PARTS:  # held-out errors stay unread while tuning
        print(f"\n{name} misclassified:\n" + "\n".join(figures[name].wrong))
    print(dict(whole_sample()))


if __name__ == "__main__":
    main()
