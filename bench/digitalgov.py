"""The whole DigitalGov sample (400 real posts, ../shared/corpus/digitalgov/news) checked as a
CI job would: ``quotecheck verify --offline`` with an empty cache in a temporary folder, with
``--jobs 1`` and ``--jobs 2``: wall time (target: 30 s or less on 2 cores) and the speed-up
of two jobs over one (target: 1.6x).

Run: .venv/bin/python bench/digitalgov.py [--repeats 2]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "digitalgov" / "news"
TARGET_SECONDS = 30.0
TARGET_RATIO = 1.6


def run_once(jobs: int) -> tuple[float, float, int]:
    """Wall time, CPU time (with the workers) and exit code of one run, empty cache."""
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "quotecheck.toml"
        config.write_text(f'[cache]\npath = "{Path(folder) / "cache.sqlite"}"\n')
        args = ["verify", str(CORPUS), "--offline", "--config", str(config), "--format",
                "json", "--jobs", str(jobs)]
        command = [str(Path(sys.executable).parent / "quotecheck"), *args]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, check=False)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.returncode


def main() -> None:
    """Print each configuration's best wall time, its CPU time, and the speed-up."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    if not CORPUS.is_dir():
        raise SystemExit(f"the DigitalGov sample is not at {CORPUS}")
    print(f"{sum(1 for _ in CORPUS.rglob('*.md'))} posts, --offline, empty cache, "
          f"best of {args.repeats}; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    walls = {}
    for jobs in (1, 2):
        wall, cpu, code = min(run_once(jobs) for _ in range(args.repeats))
        walls[jobs] = wall
        print(f"--jobs {jobs}: {wall:.1f} s wall, {cpu:.1f} s CPU (exit {code})")
    ratio = walls[1] / walls[2]
    print(f"--jobs 2: {walls[2]:.1f} s against a target of {TARGET_SECONDS:.0f} s "
          f"({'met' if walls[2] <= TARGET_SECONDS else 'missed'}); speed-up of --jobs 2 over "
          f"--jobs 1: {ratio:.2f}x against {TARGET_RATIO}x "
          f"({'met' if ratio >= TARGET_RATIO else 'missed'})")


if __name__ == "__main__":
    main()
