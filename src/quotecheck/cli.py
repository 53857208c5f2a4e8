"""The ``quotecheck`` command: parse options, wire the pipeline, pick a reporter, exit."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Annotated

import typer

from quotecheck import __version__
from quotecheck.baseline import apply_baseline, read_baseline, write_baseline
from quotecheck.cli_options import (
    AllowPrivate,
    ChangedSince,
    ConfigFile,
    Copies,
    Exclude,
    FailOn,
    Format,
    Include,
    Jobs,
    NoArchive,
    Offline,
    Paths,
    Refresh,
    Source,
    StdinName,
    Strict,
)
from quotecheck.config import (
    STRICT_FAIL_ON,
    Settings,
    config_path,
    describe,
    load_settings,
    parse_verdicts,
)
from quotecheck.errors import ExitCode, QuotecheckError
from quotecheck.inputs import STDIN, Selection, collect_inputs
from quotecheck.models import Report
from quotecheck.outputs import check_format, parse_target, write_step_summary, write_targets
from quotecheck.pipeline import ArticleInput, run_extract, run_verify
from quotecheck.policy import exit_code
from quotecheck.progress import article_progress
from quotecheck.report import RenderOptions, render
from quotecheck.sources.http import CacheSettings, cache_clear, cache_info

app = typer.Typer(
    name="quotecheck",
    help="Check the quotations in an article against their sources.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"quotecheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, help="Show the version and exit.")] = False,
) -> None:
    """Check the quotations in an article against their sources."""


@contextmanager
def _user_errors() -> Iterator[None]:
    """Turn a domain error into one line on stderr and its exit code."""
    try:
        yield
    except QuotecheckError as exc:
        typer.echo(f"quotecheck: error: {exc.message}", err=True)
        raise typer.Exit(int(exc.exit_code)) from None


def _inputs(paths: list[str], stdin_filename: str, selection: Selection
            ) -> list[ArticleInput]:
    stdin = typer.get_binary_stream("stdin").read() if STDIN in paths else None
    return collect_inputs(paths, stdin, stdin_filename, selection)


def _selection(settings: Settings, include: list[str] | None, exclude: list[str] | None
               ) -> Selection:
    return Selection(tuple(include or settings.include), tuple(exclude or ()) + settings.exclude)


def _start_folder(paths: list[str]) -> Path:
    """Where config discovery starts: the first article's folder."""
    first = next((Path(p) for p in paths if p != STDIN), None)
    if first is None:
        return Path.cwd()
    return first if first.is_dir() else first.parent


def _settings(settings: Settings, sources: tuple[str, ...], fail_on: str | None, *,
              strict: bool) -> Settings:
    """The config file's settings, overridden by command-line options."""
    failing = parse_verdicts(fail_on, "--fail-on") if fail_on is not None else settings.fail_on
    if strict:
        failing |= STRICT_FAIL_ON
    return replace(settings, sources=settings.sources + sources, fail_on=failing)


def _emit(report: Report, output_format: str, *, verbose: bool = False) -> None:
    tty = sys.stdout.isatty()
    color = tty and "NO_COLOR" not in os.environ
    width = shutil.get_terminal_size((120, 24)).columns if tty else 120
    options = RenderOptions(color=color, width=width, verbose=verbose)
    typer.echo(render(output_format, report, options), nl=False)


@dataclass(frozen=True)
class _Run:
    """What a verification run was asked to do, as parsed from the command line."""

    paths: list[str]
    sources: tuple[str, ...]
    fail_on: str | None
    config: Path | None
    strict: bool
    changed_since: str | None
    include: list[str] | None
    exclude: list[str] | None
    stdin_filename: str
    jobs: int = 1
    offline: bool = False
    refresh: bool = False
    allow_private: bool = False
    no_archive: bool = False
    copies: bool | None = None

    def report(self) -> Report:
        """Read the settings and articles, and verify them."""
        base = load_settings(self.config, _start_folder(self.paths), os.environ)
        selection = _selection(base, self.include, self.exclude)
        inputs = _inputs(self.paths, self.stdin_filename, selection)
        settings = replace(_settings(base, self.sources, self.fail_on, strict=self.strict),
                           changed_since=self.changed_since)
        network = replace(settings.network, offline=self.offline, refresh=self.refresh,
                          allow_private=self.allow_private or settings.network.allow_private)
        settings = replace(settings, network=network)
        if self.no_archive:
            settings = replace(settings, archive=replace(settings.archive, enabled=False))
        if self.copies is not None:
            settings = replace(settings, copies=replace(settings.copies, enabled=self.copies))
        jobs = self.jobs or os.cpu_count() or 1
        with article_progress(len(inputs), sys.stderr, os.environ) as progress:
            return run_verify(inputs, settings, jobs=jobs, progress=progress)


@app.command()
def verify(
    paths: Paths,
    source: Source = None,
    output_format: Format = "table",
    fail_on: FailOn = None,
    config: ConfigFile = None,
    strict: Strict = False,
    verbose: Annotated[bool, typer.Option(
        "--verbose", "-v", help="With the table: the source evidence for every claim that "
        "fails or deserves a look.")] = False,
    exit_zero: Annotated[bool, typer.Option(
        "--exit-zero", help="Exit 0 whatever the verdicts (errors still exit 2).")] = False,
    reports: Annotated[list[str] | None, typer.Option(
        "--report", metavar="FORMAT:PATH",
        help="Also write the report in FORMAT to PATH (repeatable), e.g. sarif:quotes.sarif."
    )] = None,
    baseline: Annotated[Path | None, typer.Option(
        "--baseline", metavar="FILE",
        help="Failing claims recorded in FILE (by 'quotecheck baseline write') do not fail "
             "the run.")] = None,
    changed_since: ChangedSince = None,
    jobs: Jobs = 1,
    offline: Offline = False,
    refresh: Refresh = False,
    allow_private: AllowPrivate = False,
    no_archive: NoArchive = False,
    copies: Copies = None,
    include: Include = None,
    exclude: Exclude = None,
    stdin_filename: StdinName = "stdin.md",
) -> None:
    """Check every quotation in the articles against its sources."""
    with _user_errors():
        check_format(output_format)
        targets = [parse_target(spec) for spec in reports or ()]
        known = read_baseline(baseline) if baseline is not None else frozenset()
        run = _Run(paths, tuple(source or ()), fail_on, config, strict, changed_since,
                   include, exclude, stdin_filename, jobs, offline=offline, refresh=refresh,
                   allow_private=allow_private, no_archive=no_archive, copies=copies)
        report = apply_baseline(run.report(), known)
        write_targets(report, targets)
        write_step_summary(report, {output_format, *(t.format for t in targets)}, os.environ)
    _emit(report, output_format, verbose=verbose)
    raise typer.Exit(0 if exit_zero else int(exit_code(report)))


baseline_app = typer.Typer(help="Record the failing claims a repository accepts for now.",
                           no_args_is_help=True)
app.add_typer(baseline_app, name="baseline")


@baseline_app.command("write")
def baseline_write(
    paths: Paths,
    output: Annotated[Path, typer.Option(
        "--output", "-o", metavar="FILE", help="Where to write the baseline.")
    ] = Path(".quotecheck-baseline.json"),
    source: Source = None,
    fail_on: FailOn = None,
    config: ConfigFile = None,
    strict: Strict = False,
    include: Include = None,
    exclude: Exclude = None,
    stdin_filename: StdinName = "stdin.md",
) -> None:
    """Verify the articles and record every failing claim (by fingerprint) in FILE."""
    with _user_errors():
        report = _Run(paths, tuple(source or ()), fail_on, config, strict, None, include,
                      exclude, stdin_filename).report()
        count = write_baseline(report, output)
    typer.echo(f"wrote {count} failing claim{'s' if count != 1 else ''} to {output}")


@app.command()
def extract(
    paths: Paths,
    output_format: Format = "table",
    include: Include = None,
    exclude: Exclude = None,
    stdin_filename: StdinName = "stdin.md",
) -> None:
    """List the quotations found in the articles, without checking them."""
    with _user_errors():
        check_format(output_format)
        base = load_settings(None, _start_folder(paths), os.environ)
        report = run_extract(_inputs(paths, stdin_filename, _selection(base, include, exclude)))
    _emit(report, output_format)


@app.command("config")
def show_config(
    path: Annotated[Path | None, typer.Argument(
        help="Where to look for the config file from [default: the current folder].",
        show_default=False)] = None,
    config: Annotated[Path | None, typer.Option(
        "--config", metavar="FILE", help="Read settings from FILE.")] = None,
) -> None:
    """Print the resolved settings and where each came from."""
    with _user_errors():
        start = path or Path.cwd()
        chosen = config_path(config, os.environ, start if start.is_dir() else start.parent)
        settings = load_settings(chosen, start)
    typer.echo(f"# config file: {chosen or 'none (defaults)'}")
    for key, value, origin in describe(settings):
        typer.echo(f"{key} = {value}  # {origin}")


cache_app = typer.Typer(help="Look at or empty the cache of fetched web sources.",
                        no_args_is_help=True)
app.add_typer(cache_app, name="cache")


def _cache_settings(config: Path | None) -> CacheSettings:
    return load_settings(config, Path.cwd(), os.environ).cache


@cache_app.command("info")
def cache_show(config: ConfigFile = None) -> None:
    """Where the cache is, how many responses it holds, and its size."""
    with _user_errors():
        info = cache_info(_cache_settings(config))
    typer.echo(f"path: {info.path}\nresponses: {info.responses}\n"
               f"size: {info.bytes_on_disk} bytes\nexpires after: {info.expire_days:g} days")


@cache_app.command("clear")
def cache_empty(config: ConfigFile = None) -> None:
    """Remove every cached response."""
    with _user_errors():
        count = cache_clear(_cache_settings(config))
    typer.echo(f"cleared {count} cached response{'s' if count != 1 else ''}")


# Typer ships its own copy of Click; reach its UsageError through a public class.
_UsageError: type[Exception] = typer.BadParameter.__mro__[1]


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point: run the app and exit with its code; never a traceback."""
    try:
        code = app(args=argv, prog_name="quotecheck", standalone_mode=False)
    except _UsageError as exc:
        code = _usage_error(exc)
    except (typer.Abort, KeyboardInterrupt):
        typer.echo("quotecheck: interrupted", err=True)
        code = 130
    except BrokenPipeError:
        code = 0
    except Exception as exc:  # a bug: one line, the traceback only on request
        if os.environ.get("QUOTECHECK_DEBUG"):
            raise
        typer.echo(f"quotecheck: internal error: {type(exc).__name__}: {exc} "
                   "(set QUOTECHECK_DEBUG=1 for details)", err=True)
        code = 70
    sys.exit(int(code) if isinstance(code, int) else 0)


def _usage_error(exc: Exception) -> int:
    ctx = getattr(exc, "ctx", None)
    if type(exc).__name__ == "NoArgsIsHelpError" and ctx is not None:
        typer.echo(ctx.get_help(), err=True)
    else:
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
        typer.echo(f"quotecheck: error: {message}{hint}", err=True)
    return int(ExitCode.USAGE)
