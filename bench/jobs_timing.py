"""Timing ``quotecheck verify`` with ``--jobs 1`` and ``--jobs 2``, shared by
``bench/many_articles.py`` and ``bench/digitalgov.py``.

Each run is a fresh process (as CI runs it) started through a small wrapper that, at exit,
writes the CPU time of the quotecheck process itself (all its threads), of its worker
processes, and the main process's *serial* CPU: what it used before the first worker was
forked and after it first waited for one to end (start-up, listing the files, rendering the
report; with ``--jobs 1`` all of it). From these comes the **serial share**: the serial CPU
over the whole run's CPU (the main process also takes a share of the work with ``--jobs``, so
its CPU alone says nothing). It does not depend on how busy the machine is, unlike wall-clock
ratios on a shared machine: by Amdahl's law two jobs can be at most
``1 / (share + (1 - share) / 2)`` times faster (1.6x needs a share of 25 % or less). Two
processes running side by side also each run slower than one alone (shared caches), so the
script prints a second estimate from the CPU times: ``--jobs 1``'s CPU over the serial CPU
plus half the rest.

Runs alternate between ``--jobs 1`` and ``--jobs 2`` (and, with ``--baseline``, between the
two quotecheck packages) so that a change of load hits all alike; the figures are medians,
and the speed-ups also of the fastest run of each kind (the runs least disturbed by other
work on a shared machine). The garbage collector is not paused: the runs are the real
command.

Compiled modules (``.pyc``) are kept in a temporary folder for the whole comparison, as an
installed package has them (pip compiles them on install), so that no run pays for compiling
quotecheck's sources (about 0.1 s of the main process's start, which ``--jobs`` cannot
share out); ``--no-bytecode-cache`` compiles them afresh in every run, as before.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

#: runs quotecheck's entry point, then writes "parent-cpu workers-cpu serial-cpu" to the file
#: named by QUOTECHECK_BENCH_CPU when the process exits (serial: the main process's CPU
#: before its first fork and after its first wait for a worker to end)
WRAPPER = """
import atexit, os, resource, sys
import multiprocessing.process
def _used():
    me = resource.getrusage(resource.RUSAGE_SELF)
    return me.ru_utime + me.ru_stime
_marks = {}
_fork, _join = os.fork, multiprocessing.process.BaseProcess.join
def _forking():
    _marks.setdefault("fork", _used())
    return _fork()
def _joining(process, *args, **kwargs):
    _marks.setdefault("join", _used())
    return _join(process, *args, **kwargs)
os.fork, multiprocessing.process.BaseProcess.join = _forking, _joining
def _cpu():
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    used = _used()
    serial = _marks.get("fork", used) + used - _marks.get("join", used)
    with open(os.environ["QUOTECHECK_BENCH_CPU"], "w") as out:
        out.write(f"{used} {kids.ru_utime + kids.ru_stime} {serial}")
atexit.register(_cpu)
sys.argv[0] = "quotecheck"
from quotecheck.cli import main
main()
"""


@dataclass(frozen=True)
class Timing:
    """One run: wall seconds, CPU seconds of the parent, of its workers and the parent's
    serial part (before the first fork, after the first join), exit code."""

    wall: float
    parent: float
    workers: float
    serial: float
    code: int

    @property
    def share(self) -> float:
        """The serial share of all the CPU the run used."""
        return self.serial / max(1e-9, self.parent + self.workers)


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
        parent, workers, serial = (float(x) for x in figures.read_text().split())
    return Timing(wall, parent, workers, serial, done.returncode)


def run_together(arg_lists: list[list[str]], cache: str | None = None) -> float:
    """Wall seconds of several ``quotecheck`` processes started together, until the last
    one ends."""
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        running = [subprocess.Popen(
            [sys.executable, "-c", WRAPPER, *args], stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, env={**base, **bytecode(cache),
                                            "QUOTECHECK_BENCH_CPU": f"{folder}/cpu{k}"})
            for k, args in enumerate(arg_lists)]
        for process in running:
            process.wait()
        return time.perf_counter() - started


def halves_reference(whole: list[str], halves: list[list[str]], repeats: int,
                     cache: str | None = None) -> float:
    """Print and return the speed-up of two independent ``--jobs 1`` runs over half the
    articles each, started together, over one run over all of them (alternating, medians):
    what ``--jobs 2`` could reach if it cost nothing but a second process and its start-up
    (on this machine, at this load)."""
    one: list[float] = []
    two: list[float] = []
    for _ in range(repeats):
        one.append(run_once(whole, cache=cache).wall)
        two.append(run_together(halves, cache))
    ratio = statistics.median(a / b for a, b in zip(one, two, strict=True))
    print(f"reference: one --jobs 1 run {statistics.median(one):.2f} s; two --jobs 1 runs over "
          f"half the articles each, side by side, {statistics.median(two):.2f} s: {ratio:.2f}x "
          f"(median of {repeats} paired runs; fastest runs {min(one):.2f} s and {min(two):.2f} "
          f"s: {min(one) / min(two):.2f}x), the most two processes gain here; {load()}")
    return ratio


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


@dataclass(frozen=True)
class Setup:
    """One quotecheck to measure: a label, its ``src`` folder (None: the installed one) and
    the folder its compiled modules are kept in (None: compiled afresh every run)."""

    label: str
    source: str | None = None
    cache: str | None = None

    def env(self) -> dict[str, str] | None:
        """What the runs' environment adds."""
        return {"PYTHONPATH": self.source} if self.source else None


def add_timing_options(parser: argparse.ArgumentParser) -> None:
    """The options both --jobs benches take: --repeats, --baseline, --no-bytecode-cache."""
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--baseline", metavar="SRC",
                        help="also measure the quotecheck package in SRC (another "
                             "checkout's src folder, e.g. ../main/src), before this one")
    parser.add_argument("--no-bytecode-cache", action="store_true",
                        help="compile quotecheck's modules afresh in every run")


def setups(stack: ExitStack, baseline: str | None, keep_bytecode: bool) -> list[Setup]:
    """The quotecheck packages to measure: the one in ``baseline`` (a ``src`` folder),
    if given, then this one; each with its own folder of compiled modules, if kept (open
    until ``stack`` closes)."""
    named = [("before: ", baseline), ("after: ", None)] if baseline else [("", None)]
    return [Setup(label, source, stack.enter_context(bytecode_cache(keep_bytecode)))
            for label, source in named]


def compare_all(args_for: Callable[[int], list[str]], repeats: int, measured: list[Setup]
                ) -> list[float]:
    """Run ``--jobs 1`` and ``--jobs 2`` of every setup in turn, ``repeats`` times (so that
    a change of load hits them all alike; a setup's compiled modules are made by one
    untimed run first); print each one's median wall and CPU times, serial share and
    speed-up; return the speed-ups."""
    for setup in measured:
        if setup.cache is not None:
            run_once(args_for(2), setup.env(), setup.cache)  # compiles what the run imports
    print(f"at the start: {load()}")
    runs: dict[tuple[int, int], list[Timing]] = {
        (k, jobs): [] for k in range(len(measured)) for jobs in (1, 2)}
    for _ in range(repeats):
        for k, setup in enumerate(measured):
            for jobs in (1, 2):
                runs[k, jobs].append(run_once(args_for(jobs), setup.env(), setup.cache))
    print(f"at the end: {load()}")
    return [_summary(setup.label, runs[k, 1], runs[k, 2]) for k, setup in enumerate(measured)]


def _summary(label: str, one: list[Timing], two: list[Timing]) -> float:
    """Print the figures of one setup's runs; return its speed-up."""
    for jobs, timings in ((1, one), (2, two)):
        wall = statistics.median(t.wall for t in timings)
        parent = statistics.median(t.parent for t in timings)
        workers = statistics.median(t.workers for t in timings)
        share = statistics.median(t.share for t in timings)
        codes = sorted({t.code for t in timings})
        print(f"{label}--jobs {jobs}: {wall:.2f} s wall (median of {len(timings)}; "
              f"{min(t.wall for t in timings):.2f}-{max(t.wall for t in timings):.2f}), "
              f"CPU {parent:.2f} s parent + {workers:.2f} s workers, serial share "
              f"{share:.0%} (exit {codes})")
    ratio = statistics.median(a.wall / b.wall for a, b in zip(one, two, strict=True))
    share = statistics.median(t.share for t in two)
    bound = 1 / (share + (1 - share) / 2)
    alone = statistics.median(t.parent for t in one)
    split = statistics.median(t.serial + (t.parent + t.workers - t.serial) / 2 for t in two)
    fastest = min(t.wall for t in one) / min(t.wall for t in two)
    print(f"{label}speed-up of --jobs 2 over --jobs 1: {ratio:.2f}x (median of {len(one)} "
          f"paired runs; of the fastest runs {fastest:.2f}x); serial share {share:.0%} "
          f"bounds it at {bound:.2f}x; from the CPU times, about {alone / split:.2f}x on 2 "
          f"otherwise idle cores (--jobs 1 CPU over serial + the rest / 2)")
    return ratio
