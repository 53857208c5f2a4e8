"""Quotes and speakers on real news: exact-span F1 and speaker accuracy on the PolNeAR
sample in ../shared/corpus/polnear, for the tune part and the report-only part.

Run: .venv/bin/python bench/attribution.py [--part tune|report|all] [--misses] [--pronouns]

--pronouns also prints how many of the hand-resolved he/she quotes of the tune part
(tests/extract/pronoun_labels.json) get the person the pronoun stands for, and how many of
its it/they quotes (tests/extract/group_pronoun_labels.json) the organisation or group.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.extract.polnear import Tally, available, load, score
from tests.extract.polnear_run import predictions
from tests.extract.pronouns import GROUP_LABELS, LABELS, resolve


def measure(part: str) -> tuple[Tally, int, float]:
    """The tally of one part, its article count and the extraction time."""
    tally = Tally()
    articles = load(part)
    started = time.perf_counter()
    for article in articles:
        score(article, predictions(article), tally)
    return tally, len(articles), time.perf_counter() - started


def pronouns(path: Path = LABELS) -> tuple[int, int]:
    """How many hand-resolved pronoun quotes (he/she, or it/they with GROUP_LABELS) get
    the right person, of how many."""
    tally = resolve(path, predictions)
    return tally.right, len(tally.labels)


def main() -> None:
    """Print the figures of each part (and the misses when asked)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--part", choices=("tune", "report", "all", "both"), default="both")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--pronouns", action="store_true")
    args = parser.parse_args()
    if not available():
        sys.exit("the shared corpus is not there")
    for part in ("tune", "report") if args.part == "both" else (args.part,):
        tally, count, seconds = measure(part)
        print(f"{part}: {count} articles, {tally.gold} labels, {tally.predicted} predicted; "
              f"exact-span F1 {tally.f1:.3f}; speakers right {tally.speakers_right} of "
              f"{tally.speakers} ({tally.speaker_accuracy:.3f}); {seconds:.2f} s")
        if args.misses:
            for miss in tally.misses:
                print(f"  {miss}")
    if args.pronouns:
        good, count = pronouns()
        print(f"he/she (tune, hand-resolved): {good} of {count} ({good / count:.3f})")
        good, count = pronouns(GROUP_LABELS)
        print(f"it/they (tune, hand-resolved): {good} of {count} ({good / count:.3f})")


if __name__ == "__main__":
    main()
