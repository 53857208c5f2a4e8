"""Time to check a folder of 200 generated articles against local sources, with --jobs 1
and --jobs 2, through the installed command (as CI would run it).

Run: .venv/bin/python bench/many_articles.py [--articles 200] [--repeats 3]
     [--baseline /path/to/other/quotecheck]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import english_like

SOURCES = 5
QUOTES = 10


def make_folder(root: Path, articles: int, seed: int = 4) -> None:
    """Sources of about 100 kB each and articles quoting them (some quotes altered)."""
    rnd = random.Random(seed)
    texts = []
    for k in range(SOURCES):
        text = english_like(100_000, seed=k + 10)
        (root / f"source{k}.txt").write_text(text, encoding="utf-8")
        texts.append(text)
    for n in range(articles):
        lines = []
        for q in range(QUOTES):
            k = rnd.randrange(SOURCES)
            at = rnd.randrange(len(texts[k]) - 300)
            words = texts[k][at : at + 300].split()[1 : rnd.randint(9, 20)]
            if q % 4 == 3:
                words[len(words) // 2] = "never"
            lines.append(f"Paragraph {q}: she said “{' '.join(words)}” "
                         f"([source](source{k}.txt)).\n")
        (root / f"article{n:03}.md").write_text("\n".join(lines), encoding="utf-8")


def timed(command: list[str]) -> tuple[float, float, int]:
    """Wall time, CPU time (user + system, the command and its workers) and exit code of
    ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False,
                          env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.returncode


def best_of(command: list[str], repeats: int) -> tuple[float, float, int]:
    """The fastest of ``repeats`` runs (the machine is shared: the minimum is the least
    disturbed), with its CPU time and exit code."""
    return min(timed(command) for _ in range(repeats))


def compare(script: str, root: Path, repeats: int, label: str) -> float:
    """Time ``--jobs 1`` and ``--jobs 2`` with ``script``; the speed-up of two jobs."""
    results = {}
    for jobs in (1, 2):
        wall, cpu, code = best_of([script, "verify", str(root), "--format", "json",
                                   "--jobs", str(jobs)], repeats)
        results[jobs] = wall
        print(f"{label} --jobs {jobs}: {wall:.2f} s wall, {cpu:.2f} s CPU (exit {code})")
    ratio = results[1] / results[2]
    print(f"{label} speed-up of --jobs 2 over --jobs 1: {ratio:.2f}x")
    return ratio


def main() -> None:
    """Print the time of each run and the speed-up of two jobs over one, for this checkout
    and, with ``--baseline``, for another installed quotecheck (e.g. main's)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--baseline", metavar="QUOTECHECK",
                        help="another quotecheck command to measure the same way (before)")
    args = parser.parse_args()
    script = shutil.which("quotecheck", path=str(Path(sys.executable).parent))
    if script is None:
        raise SystemExit("install quotecheck first (pip install -e .)")
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        make_folder(root, args.articles)
        print(f"{args.articles} articles x {QUOTES} quotes, {SOURCES} sources of 100 kB each, "
              f"best of {args.repeats}")
        if args.baseline:
            compare(args.baseline, root, args.repeats, "before")
        compare(script, root, args.repeats, "after" if args.baseline else "this checkout")


if __name__ == "__main__":
    main()
