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

from bench.corpus import english_like
from quotecheck.articles import parse_article
from quotecheck.extract import extract_claims
from quotecheck.extract.scanner import scan_quotes


def big_article(size: int) -> str:
    """Gold articles (Markdown ones) repeated into one article of about ``size`` chars:
    a quote every 80 characters or so, far denser than any real article."""
    pieces = [a.text for a in load_gold() if a.name.endswith(".md")]
    block = "\n".join(pieces) + "\n"
    return (block * (size // len(block) + 1))[:size]


def prose_article(size: int) -> str:
    """English-like prose with a gold article every 5,000 characters."""
    pieces = [a.text for a in load_gold() if a.name.endswith(".md")]
    prose = english_like(size)
    parts = []
    for k, start in enumerate(range(0, len(prose), 5000)):
        parts += [prose[start : start + 5000], "\n\n", pieces[k % len(pieces)], "\n"]
    return "".join(parts)[:size]


def timed(label: str, text: str) -> None:
    """Print how long reading, scanning and the whole extraction of ``text`` take."""
    started = time.perf_counter()
    article = parse_article("big.md", text)
    read = time.perf_counter() - started
    scan = time.perf_counter()
    spans = scan_quotes(article.plain, article.paragraphs)
    scanned = time.perf_counter() - scan
    claims = extract_claims(article)
    total = time.perf_counter() - started
    print(f"{label}, {len(text) / 1e6:.1f} MB: {len(claims)} claims; Markdown read "
          f"{read:.2f} s, quote-mark scan {scanned:.2f} s ({len(spans)} spans), whole "
          f"extraction {total:.2f} s")


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
    size = int(megabytes * 1_000_000)
    timed("prose with a quoted article every 5 kB", prose_article(size))
    timed("gold articles back to back (a quote every ~80 characters)", big_article(size))


if __name__ == "__main__":
    main()
