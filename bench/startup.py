"""Start-up time: ``quotecheck --help``, ``--version`` and the demo ``verify``, against
``python -c "import typer"`` measured in the same run (median of several runs each).

Targets (issue 12): --help and --version <= 0.25 s, the demo verify <= 0.7 s.
Run: .venv/bin/python bench/startup.py [RUNS]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "fixtures" / "demo" / "article.md"
COMMANDS = {
    'python -c "import typer"': [sys.executable, "-c", "import typer"],
    "quotecheck --help": [sys.executable, "-m", "quotecheck", "--help"],
    "quotecheck --version": [sys.executable, "-m", "quotecheck", "--version"],
    "quotecheck verify demo": [sys.executable, "-m", "quotecheck", "verify", str(DEMO)],
}


def _median_seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False, cwd=ROOT)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    """Print each command's median wall time and its ratio to importing typer."""
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    baseline = None
    for label, command in COMMANDS.items():
        seconds = _median_seconds(command, runs)
        baseline = baseline or seconds
        print(f"{label:28} {seconds:6.3f} s  ({seconds / baseline:4.1f}x import typer)")


if __name__ == "__main__":
    main()
