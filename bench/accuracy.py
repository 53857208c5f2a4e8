"""Confusion table of the matcher on the accuracy gate's labelled sets, beside the naive
fuzzy rule, and the gate's figures per part (core, tune, held_out).

The naive rule is "rapidfuzz partial_ratio >= 90 => verified", on the same normalised
text. Run: .venv/bin/python bench/accuracy.py [--parts core tune held_out]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rapidfuzz import fuzz
from tests.match.evaluate import PASSING, Outcome, _pdf_text, evaluate
from tests.match.labelled import FAITHFUL, LabelledSet, build_core
from tests.match.real_texts import available, build_real

from quotecheck.match.normalize import normalize_plain
from quotecheck.models import Verdict

NAIVE_THRESHOLD = 90
COLUMNS = (Verdict.EXACT, Verdict.VERIFIED, Verdict.MINOR, Verdict.ALTERED, Verdict.NOT_FOUND)


def naive_passes(labelled: LabelledSet) -> list[bool]:
    """The naive rule's decision for every case: True means "verified"."""
    texts = {**labelled.texts, **{n: _pdf_text(p) for n, p in labelled.pdfs.items()}}
    sources = {name: normalize_plain(text) for name, text in texts.items()}
    return [
        fuzz.partial_ratio(normalize_plain(c.quote), sources[c.source]) >= NAIVE_THRESHOLD
        for c in labelled.cases
    ]


def print_table(outcome: Outcome, naive: list[bool]) -> None:
    """One row per (label, kind): our verdicts, then how many the naive rule passed."""
    rows: dict[tuple[str, str], Counter[str]] = {}
    for (case, verdict), passed in zip(outcome.verdicts, naive, strict=True):
        row = rows.setdefault((case.label, case.kind), Counter())
        row[verdict.value] += 1
        row["n"] += 1
        row["naive"] += passed
    head = f"{'label':<9} {'kind':<17} {'n':>5} " + " ".join(f"{v.value:>9}" for v in COLUMNS)
    print(head + f" {'naive ok':>9}")
    for (label, kind), row in sorted(rows.items()):
        cells = " ".join(f"{row[v.value]:>9}" for v in COLUMNS)
        print(f"{label:<9} {kind:<17} {row['n']:>5} {cells} {row['naive']:>9}")


def main() -> None:
    """Print the confusion table and the headline figures of each part."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--parts", nargs="+", default=["core", "tune", "held_out"])
    for part in parser.parse_args().parts:
        if part != "core" and (reason := available()):
            print(f"{part}: skipped ({reason})")
            continue
        labelled = build_core() if part == "core" else build_real(part)
        outcome = evaluate(labelled)
        naive = naive_passes(labelled)
        print(f"\n== {part} ==")
        print_table(outcome, naive)
        faithful = [(v, p) for (c, v), p in zip(outcome.verdicts, naive, strict=True)
                    if c.label == FAITHFUL]
        wrong = [(v, p) for (c, v), p in zip(outcome.verdicts, naive, strict=True)
                 if c.label in ("changed", "invented")]
        print(f"figures: {outcome.figures()}")
        print(f"naive rule: faithful passed {sum(p for _, p in faithful) / len(faithful):.2%}, "
              f"changed or invented passed {sum(p for _, p in wrong)} of {len(wrong)} "
              f"(quotecheck: {sum(v in PASSING for v, _ in wrong)})")


if __name__ == "__main__":
    main()
