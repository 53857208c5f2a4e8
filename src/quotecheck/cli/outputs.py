"""Where reports go: standard output (with the run's notes on standard error),
``--report FORMAT:PATH`` files, the GitHub step summary. The environment is passed in, so
tests can give their own."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

import typer

from quotecheck.cli.policy import Policy
from quotecheck.errors import ConfigError
from quotecheck.findings import Report
from quotecheck.report.registry import FORMAT_NAMES, RenderOptions, render


@dataclass(frozen=True)
class ReportTarget:
    """A format and the file it is written to."""

    format: str
    path: Path


def check_format(name: str, option: str = "--format") -> str:
    """``name`` if it is a registered format, else a usage error listing them."""
    if name not in FORMAT_NAMES:
        choices = ", ".join(FORMAT_NAMES)
        raise ConfigError(f"{option}: unknown format {name!r} (choose from {choices})")
    return name


def parse_target(spec: str) -> ReportTarget:
    """``sarif:out/quotes.sarif`` as a target."""
    name, sep, path = spec.partition(":")
    if not sep or not path:
        raise ConfigError(f"--report: expected FORMAT:PATH, got {spec!r}")
    return ReportTarget(check_format(name, "--report"), Path(path))


def write_targets(report: Report, targets: list[ReportTarget],
                  view: Policy | RenderOptions) -> None:
    """Write every ``--report`` file (no colour, a fixed width)."""
    options = view if isinstance(view, RenderOptions) else RenderOptions(policy=view)
    for target in targets:
        try:
            target.path.parent.mkdir(parents=True, exist_ok=True)
            target_options = replace(options, folder=str(target.path.parent))
            target.path.write_text(render(target.format, report, target_options),
                                   encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"--report: cannot write {target.path} "
                              f"({exc.strerror or exc})") from None


def write_step_summary(report: Report, formats: set[str], view: Policy | RenderOptions,
                       env: Mapping[str, str]) -> None:
    """Append the Markdown summary to ``$GITHUB_STEP_SUMMARY`` when the github format is
    used and the variable is set."""
    summary = env.get("GITHUB_STEP_SUMMARY")
    if "github" not in formats or not summary:
        return
    try:
        with Path(summary).open("a", encoding="utf-8") as out:
            out.write(render("markdown", report, view if isinstance(view, RenderOptions)
                             else RenderOptions(policy=view)))
    except OSError as exc:
        raise ConfigError(f"GITHUB_STEP_SUMMARY: cannot write {summary} "
                          f"({exc.strerror or exc})") from None


def full_report_in(view: RenderOptions, targets: list[ReportTarget]) -> RenderOptions:
    """``view`` naming where the full report goes: the first ``--report`` file of a format
    that holds every claim (json, jsonl, html, junit)."""
    from dataclasses import replace

    full = [t for t in targets if t.format in ("json", "jsonl", "html", "junit")]
    return replace(view, full_report=str(full[0].path)) if full else view


def print_report(report: Report, output_format: str, env: Mapping[str, str],
                 view: RenderOptions | None = None, *, verbose: bool = False) -> None:
    """Render ``report`` on standard output (colour and width only at a terminal)."""
    tty = sys.stdout.isatty()
    color = tty and "NO_COLOR" not in env
    width = _width(tty, env)
    options = replace(view or RenderOptions(), color=color, width=width, verbose=verbose)
    typer.echo(render(output_format, report, options), nl=False)


def _width(tty: bool, env: Mapping[str, str]) -> int:
    """``$COLUMNS`` when set, else the terminal's width, else 120 columns."""
    columns = env.get("COLUMNS", "")
    if columns.isdigit() and 20 <= int(columns) <= 1000:
        return int(columns)
    return shutil.get_terminal_size((120, 24)).columns if tty else 120


def print_notes(report: Report) -> None:
    """What the reader must know about the run as a whole, on standard error."""
    from quotecheck.report.common import run_notes
    from quotecheck.report.sanitize import terminal

    for note in run_notes(report):
        typer.echo(f"quotecheck: {terminal(note)}", err=True)
