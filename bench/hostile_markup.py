"""Article readers on hostile input (issue 15 item 3): seconds to read 5 MB of each
pattern (unclosed ``<a href>``, unclosed ``<!--``, unclosed code spans, templates…), and the
ratio to 5 MB of ordinary Markdown read in the same run. Target: every one ≤ 5 s.

Run: .venv/bin/python bench/hostile_markup.py [--megabytes 5]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.articles.adversarial import cases, prose

from quotecheck.articles import parse_article


def seconds(name: str, text: str) -> tuple[float, float]:
    """How long reading ``text`` as the article ``name`` takes: wall-clock and CPU seconds
    (on a shared machine the CPU time is the steadier figure)."""
    wall, cpu = time.perf_counter(), time.process_time()
    parse_article(name, text)
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    """Print one line per hostile input."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=5.0)
    size = int(parser.parse_args().megabytes * 1_000_000)
    wall, baseline = seconds("prose.md", prose(size))
    print(f"ordinary Markdown, {size / 1e6:.1f} MB: {wall:.2f} s, CPU {baseline:.2f} s "
          "(baseline)")
    worst = 0.0
    for name, (suffix, build) in cases().items():
        wall, cpu = seconds("hostile" + suffix, build(size))
        worst = max(worst, wall)
        print(f"{name}, {size / 1e6:.1f} MB: {wall:.2f} s, CPU {cpu:.2f} s "
              f"({cpu / baseline:.2f}x baseline)")
    print(f"slowest: {worst:.2f} s wall-clock (target ≤ 5 s)")


if __name__ == "__main__":
    main()
