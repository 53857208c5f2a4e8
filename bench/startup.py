"""Start-up time: ``quotecheck --help``, ``--version`` and the demo ``verify`` (cold: an
empty cache, so the HTML source's main text is extracted, importing trafilatura; warm: the
cache a previous run left, as a hook or a CI job with a restored cache sees it), against
``python -c "import typer"`` measured in the same run.

Each round runs every command once, in turn, so that a busy machine slows all of them
alike; the figure is the median over the rounds. Targets (issue 12), at the issue's 0.14 s
for ``import typer``: --help and --version <= 0.25 s (1.8x), the demo verify <= 0.7 s (5x).
Run: .venv/bin/python bench/startup.py [ROUNDS]
"""

from __future__ import annotations

import gc
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "fixtures" / "demo" / "article.md"
QUOTECHECK = [sys.executable, "-m", "quotecheck"]
TARGETS = {"quotecheck --help": 0.25 / 0.14, "quotecheck --version": 0.25 / 0.14,
           "verify demo, warm cache": 0.7 / 0.14, "verify demo, cold cache": 0.7 / 0.14}


def _seconds(command: list[str], cache: Path) -> float:
    """Wall time of one run of ``command`` with its cache in the folder ``cache``."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    started = time.perf_counter()
    subprocess.run(command, capture_output=True, check=False, cwd=ROOT, env=env)
    return time.perf_counter() - started


def _round(work: Path, number: int) -> dict[str, float]:
    """One run of each command; the cold run gets a cache folder no run has used."""
    warm, cold = work / "warm", work / f"cold-{number}"
    verify = [*QUOTECHECK, "verify", str(DEMO)]
    times = {
        'python -c "import typer"': _seconds([sys.executable, "-c", "import typer"], warm),
        "quotecheck --help": _seconds([*QUOTECHECK, "--help"], warm),
        "quotecheck --version": _seconds([*QUOTECHECK, "--version"], warm),
        "verify demo, warm cache": _seconds(verify, warm),
        "verify demo, cold cache": _seconds(verify, cold),
    }
    shutil.rmtree(cold, ignore_errors=True)
    return times


def main() -> None:
    """Print each command's median wall time, its ratio to importing typer and the target."""
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    with tempfile.TemporaryDirectory(prefix="quotecheck-startup-") as folder:
        work = Path(folder)
        _seconds([*QUOTECHECK, "verify", str(DEMO)], work / "warm")  # fills the warm cache
        gc.disable()
        try:
            runs = [_round(work, number) for number in range(rounds)]
        finally:
            gc.enable()
    medians = {label: statistics.median(run[label] for run in runs) for label in runs[0]}
    baseline = medians['python -c "import typer"']
    print(f"median of {rounds} rounds; load average {os.getloadavg()[0]:.2f}")
    for label, seconds in medians.items():
        ratio = seconds / baseline
        target = TARGETS.get(label)
        verdict = "" if target is None else (
            f"  target <= {target:.1f}x: {'met' if ratio <= target else 'NOT MET'}")
        print(f"{label:28} {seconds:6.3f} s  ({ratio:4.1f}x import typer){verdict}")


if __name__ == "__main__":
    main()
