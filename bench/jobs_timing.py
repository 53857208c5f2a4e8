"""Timing ``quotecheck verify`` with ``--jobs 1`` and ``--jobs 2``, shared by
``bench/many_articles.py`` and ``bench/digitalgov.py``.

Each run is a fresh process (as CI runs it) started through a small wrapper that, at exit,
writes the CPU time of the quotecheck process itself (all its threads) and of its worker
processes. From these comes the **serial share**: the parent's CPU over the whole run's CPU.
It does not depend on how busy the machine is, unlike wall-clock ratios on a shared machine:
by Amdahl's law two jobs can be at most ``1 / (share + (1 - share) / 2)`` times faster
(1.6x needs a share of 25 % or less). Two workers running side by side also each run
slower than one alone (shared caches), so the script prints a second estimate from the CPU
times: ``--jobs 1``'s CPU over the parent's plus half the workers'.

Runs alternate between ``--jobs 1`` and ``--jobs 2`` so that a change of load hits both; the
figures are medians. The garbage collector is not paused: the runs are the real command.

Compiled modules (``.pyc``) are kept in a temporary folder for the whole comparison, as an
installed package has them (pip compiles them on install), so that no run pays for compiling
quotecheck's sources (about 0.1 s of the main process's start, which ``--jobs`` cannot
share out); ``--no-bytecode-cache`` compiles them afresh in every run, as before.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

#: runs quotecheck's entry point, then writes "parent-cpu workers-cpu" to the file named
#: by QUOTECHECK_BENCH_CPU when the process exits
WRAPPER = """
import atexit, os, resource, sys
def _cpu():
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(os.environ["QUOTECHECK_BENCH_CPU"], "w") as out:
        out.write(f"{me.ru_utime + me.ru_stime} {kids.ru_utime + kids.ru_stime}")
atexit.register(_cpu)
sys.argv[0] = "quotecheck"
from quotecheck.cli import main
main()
"""


@dataclass(frozen=True)
class Timing:
    """One run: wall seconds, CPU seconds of the parent and of its workers, exit code."""

    wall: float
    parent: float
    workers: float
    code: int

    @property
    def share(self) -> float:
        """The parent's share of all the CPU the run used."""
        return self.parent / max(1e-9, self.parent + self.workers)


def bytecode(cache: str | None) -> dict[str, str]:
    """The environment for compiled modules: kept in ``cache`` (a folder outside every
    checkout, so that ``--baseline`` writes nothing into another one), as an installed
    package has them; with None, compiled afresh by every run (``--no-bytecode-cache``)."""
    if cache is None:
        return {"PYTHONDONTWRITEBYTECODE": "1"}
    return {"PYTHONPYCACHEPREFIX": cache}


def run_once(args: list[str], env: dict[str, str] | None = None,
             cache: str | None = None) -> Timing:
    """Time ``quotecheck ARGS`` in a fresh process (compiled modules kept in ``cache``)."""
    with tempfile.TemporaryDirectory() as folder:
        figures = Path(folder) / "cpu"
        started = time.perf_counter()
        base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        done = subprocess.run([sys.executable, "-c", WRAPPER, *args], capture_output=True,
                              check=False, env={**base, **(env or {}), **bytecode(cache),
                                                "QUOTECHECK_BENCH_CPU": str(figures)})
        wall = time.perf_counter() - started
        parent, workers = (float(x) for x in figures.read_text().split())
    return Timing(wall, parent, workers, done.returncode)


@contextmanager
def bytecode_cache(wanted: bool) -> Iterator[str | None]:
    """A temporary folder for compiled modules (None when not ``wanted``)."""
    if not wanted:
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="quotecheck-pyc-") as folder:
        yield folder


def load() -> str:
    """The load averages (1, 5, 15 minutes) and the CPU count, as ``uptime`` shows them."""
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f} on {os.cpu_count()} CPUs"


def compare(args_for: Callable[[int], list[str]], repeats: int, label: str = "",
            source: str | None = None, cache: str | None = None) -> float:
    """Run ``--jobs 1`` and ``--jobs 2`` alternately ``repeats`` times each (with the
    quotecheck package found in ``source``, e.g. another checkout's ``src``, if given;
    compiled modules kept in ``cache``, filled by one untimed run first); print the median
    wall and CPU times, the serial share and the speed-up; return the speed-up."""
    env = {"PYTHONPATH": source} if source else None
    runs: dict[int, list[Timing]] = {1: [], 2: []}
    if cache is not None:
        run_once(args_for(2), env, cache)  # compiles every module the run imports
    print(f"{label}at the start: {load()}")
    for _ in range(repeats):
        for jobs in (1, 2):
            runs[jobs].append(run_once(args_for(jobs), env, cache))
    for jobs, timings in runs.items():
        wall = statistics.median(t.wall for t in timings)
        parent = statistics.median(t.parent for t in timings)
        workers = statistics.median(t.workers for t in timings)
        share = statistics.median(t.share for t in timings)
        codes = sorted({t.code for t in timings})
        print(f"{label}--jobs {jobs}: {wall:.2f} s wall (median of {len(timings)}; "
              f"{min(t.wall for t in timings):.2f}-{max(t.wall for t in timings):.2f}), "
              f"CPU {parent:.2f} s parent + {workers:.2f} s workers, serial share "
              f"{share:.0%} (exit {codes})")
    ratio = statistics.median(runs[1][k].wall / runs[2][k].wall for k in range(repeats))
    share = statistics.median(t.share for t in runs[2])
    bound = 1 / (share + (1 - share) / 2)
    alone = statistics.median(t.parent for t in runs[1])
    split = statistics.median(t.parent + t.workers / 2 for t in runs[2])
    print(f"{label}at the end: {load()}")
    print(f"{label}speed-up of --jobs 2 over --jobs 1: {ratio:.2f}x (median of {repeats} "
          f"paired runs); serial share {share:.0%} bounds it at {bound:.2f}x; from the CPU "
          f"times, about {alone / split:.2f}x on 2 otherwise idle cores (--jobs 1 CPU over "
          f"parent + workers / 2)")
    return ratio
