"""Quotes and speakers on real news: exact-span F1 and speaker accuracy on the PolNeAR
sample in ../shared/corpus/polnear, for the tune part and the report-only part.

Run: .venv/bin/python bench/attribution.py [--part tune|report|all] [--misses]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.extract.polnear import Tally, available, load, score
from tests.extract.polnear_run import predictions


def measure(part: str) -> tuple[Tally, int, float]:
    """The tally of one part, its article count and the extraction time."""
    tally = Tally()
    articles = load(part)
    started = time.perf_counter()
    for article in articles:
        score(article, predictions(article), tally)
    return tally, len(articles), time.perf_counter() - started


def main() -> None:
    """Print the figures of each part (and the misses when asked)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--part", choices=("tune", "report", "all", "both"), default="both")
    parser.add_argument("--misses", action="store_true")
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


if __name__ == "__main__":
    main()
