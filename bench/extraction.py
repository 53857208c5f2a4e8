"""Extraction figures: exact-span precision/recall/F1 and speaker accuracy on the gold set,
and the time to extract every claim from a 5 MB Markdown article.

Run: .venv/bin/python bench/extraction.py [--megabytes 5]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.extract.evaluate import score
from tests.extract.gold_set import load_gold

from quotecheck.articles import parse_article
from quotecheck.extract import extract_claims


def big_article(size: int) -> str:
    """Gold articles (Markdown ones) repeated into one article of about ``size`` chars."""
    pieces = [a.text for a in load_gold() if a.name.endswith(".md")]
    block = "\n".join(pieces) + "\n"
    return (block * (size // len(block) + 1))[:size]


def main() -> None:
    """Print the gold-set scores and the 5 MB timing."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=5.0)
    megabytes = parser.parse_args().megabytes
    gold = load_gold()
    result = score(gold)
    print(f"gold set: {len(gold)} articles, {result.gold} claims")
    print(f"exact spans: precision {result.precision:.3f}, recall {result.recall:.3f}, "
          f"F1 {result.f1:.3f}; speaker accuracy {result.speaker_accuracy:.3f}")
    for miss in result.misses:
        print(f"  {miss}")
    text = big_article(int(megabytes * 1_000_000))
    started = time.perf_counter()
    claims = extract_claims(parse_article("big.md", text))
    elapsed = time.perf_counter() - started
    print(f"{len(text) / 1e6:.1f} MB Markdown article: {len(claims)} claims in {elapsed:.2f} s "
          f"({len(text) / 1e6 / elapsed:.1f} MB/s)")


if __name__ == "__main__":
    main()
