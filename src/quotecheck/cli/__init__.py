"""The shell: the command line, its options, config, inputs, outputs, progress and the
pass/fail policy. The core (articles, extract, match, verdict, sources, pipeline) never
imports from here."""

from __future__ import annotations


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point (the Typer app is imported only when a command runs)."""
    from quotecheck.cli.app import main as run

    run(argv)
