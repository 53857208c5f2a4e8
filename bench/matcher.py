"""Matcher speed at 1, 10 and 100 MB, against brute-force rapidfuzz in the same run.

For each size, a child process generates an English-like source, builds the index,
matches 1,000 quotes (400 faithful, 300 changed, 300 absent) and reports its peak memory;
brute force (``partial_ratio_alignment`` of each quote against the whole normalised source)
runs on a sample of the same quotes, and the found/not-found outcomes are compared.

Run: .venv/bin/python bench/matcher.py [--sizes 1 10 100] [--quotes 1000]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BRUTE_FOUND = 80.0  # partial_ratio at or above this counts as "found" for brute force
BRUTE_SAMPLE = {1: 30, 10: 9, 100: 6}
KINDS = ("faithful", "changed", "absent")


def make_quotes(text: str, count: int, seed: int = 3) -> list[tuple[str, str]]:
    """(kind, quote) pairs: faithful spans, spans with one word changed, absent word salad."""
    rnd = random.Random(seed)
    salad = text[:50_000].split()
    quotes: list[tuple[str, str]] = []
    for i in range(count):
        at = rnd.randrange(len(text) - 400)
        span = text[at : at + 400].split()[1 : 1 + rnd.randint(8, 25)]
        if i % 10 < 4:
            quotes.append(("faithful", " ".join(span)))
        elif i % 10 < 7:
            span[len(span) // 2] = rnd.choice(("never", "seventeen", "Zanzibar", "purple"))
            quotes.append(("changed", " ".join(span)))
        else:
            quotes.append(("absent", " ".join(rnd.sample(salad, len(span)))))
    return quotes


def child(size_mb: int, count: int) -> dict[str, Any]:
    """Measure one size in this (fresh) process."""
    from rapidfuzz import fuzz

    from bench.corpus import english_like
    from quotecheck.match import SourceIndex, match_quote
    from quotecheck.match.normalize import normalize_plain

    text = english_like(size_mb * 1_000_000)
    quotes = make_quotes(text, count)
    started = time.perf_counter()
    index = SourceIndex(text)
    index.build()
    built = time.perf_counter() - started
    times, found = [], []
    kind_times: dict[str, list[float]] = {}
    for kind, quote in quotes:
        t = time.perf_counter()
        found.append(match_quote(quote, index) is not None)
        times.append(time.perf_counter() - t)
        kind_times.setdefault(kind, []).append(times[-1])
    total = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    sample = list(range(0, count, count // BRUTE_SAMPLE.get(size_mb, 6)))[
        : BRUTE_SAMPLE.get(size_mb, 6)]
    brute_times, agree = [], 0
    for i in sample:
        t = time.perf_counter()
        hit = fuzz.partial_ratio_alignment(normalize_plain(quotes[i][1]), index.text)
        brute_times.append(time.perf_counter() - t)
        agree += (hit is not None and hit.score >= BRUTE_FOUND) == found[i]
    by_kind: dict[str, list[int]] = {}
    for (kind, _), was_found in zip(quotes, found, strict=True):
        by_kind.setdefault(kind, [0, 0])[0] += was_found
        by_kind[kind][1] += 1
    return {
        "size_mb": size_mb, "chars": len(text), "build_s": built, "total_s": total,
        "median_ms": statistics.median(times) * 1000,
        "p95_ms": sorted(times)[int(len(times) * 0.95)] * 1000,
        "peak_mb": peak_mb, "brute_median_ms": statistics.median(brute_times) * 1000,
        "brute_n": len(sample), "agree": agree, "found": by_kind,
        "kind_median_ms": {k: statistics.median(v) * 1000 for k, v in kind_times.items()},
    }


def run_child(size_mb: int, count: int) -> dict[str, Any]:
    """Measure one size in a fresh process, so each peak memory is its own."""
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(size_mb), "--quotes", str(count)],
        capture_output=True, text=True, check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def main() -> None:
    """Print one row per size."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--quotes", type=int, default=1000)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.quotes)))
        return
    print(f"{'size':>6} {'index s':>8} {'total s':>8} {'median ms':>10} {'p95 ms':>8} "
          f"{'peak MB':>8} {'brute ms':>9} {'speedup':>8} {'agree':>6}  "
          "found (faithful/changed/absent)  median ms (faithful/changed/absent)")
    for size in args.sizes:
        r = run_child(size, args.quotes)
        found = " ".join(f"{r['found'][k][0]}/{r['found'][k][1]}" for k in KINDS)
        speedup = r["brute_median_ms"] / r["median_ms"]
        print(f"{size:>4}MB {r['build_s']:>8.2f} {r['total_s']:>8.2f} {r['median_ms']:>10.3f} "
              f"{r['p95_ms']:>8.3f} {r['peak_mb']:>8.0f} {r['brute_median_ms']:>9.1f} "
              f"{speedup:>7.0f}x {r['agree']:>3}/{r['brute_n']:<2}  {found}  "
              + "/".join(f"{r['kind_median_ms'][k]:.2f}" for k in KINDS))
    print("\nspeedup = brute-force median per quote / quotecheck median per quote after "
          "indexing; agree = same found/not-found as brute force "
          f"(partial_ratio >= {BRUTE_FOUND:.0f}) on the sample")


if __name__ == "__main__":
    main()
