"""The shell: the command line, its options, config, inputs, outputs, progress and the
pass/fail policy. The core (articles, extract, match, verdict, sources, pipeline) never
imports from here."""

from __future__ import annotations

import atexit
import gc

_exit_prepared: list[bool] = []


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point (the Typer app is imported only when a command runs)."""
    _no_collection_at_exit()
    from quotecheck.cli.app import main as run

    run(argv)


def _no_collection_at_exit() -> None:
    """At interpreter exit, after every other exit handler (files written, caches committed,
    temporary folders removed), leave the run's objects to the operating system: Python's
    last garbage collection over a big report's objects took 0.05-0.1 s of every run, after
    its output was written."""
    if not _exit_prepared:
        atexit.register(gc.freeze)  # registered first: run last
        _exit_prepared.append(True)
