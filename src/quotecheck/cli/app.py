"""The ``quotecheck`` command: parse options, wire the pipeline, pick a reporter, exit."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from quotecheck.cli.options import (
    CONTEXT,
    AllowPrivate,
    BaselineFile,
    ChangedSince,
    CheckAllQuoted,
    Command,
    ConfigFile,
    Copies,
    Exclude,
    ExitZero,
    FailOn,
    Format,
    Include,
    Jobs,
    NoArchive,
    Offline,
    Paths,
    Refresh,
    Reports,
    Root,
    RunOptions,
    ShowAll,
    Source,
    StdinName,
    Strict,
    Verbose,
)
from quotecheck.errors import ExitCode, QuotecheckError

if TYPE_CHECKING:
    from quotecheck.settings import CacheSettings

app = typer.Typer(
    name="quotecheck",
    help="Check the quotations in an article against their sources.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings=CONTEXT,
)


def _version(value: bool) -> None:
    if value:
        from quotecheck import __version__

        typer.echo(f"quotecheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, help="Show the version and exit.")] = False,
) -> None:
    """Check the quotations in an article against their sources."""


def _safe(line: str) -> str:
    """An error line with untrusted names in it, made safe for a terminal or a CI log."""
    from quotecheck.report.sanitize import terminal

    return terminal(line)


@contextmanager
def _user_errors() -> Iterator[None]:
    """Turn a domain error into one line on stderr and its exit code."""
    try:
        yield
    except QuotecheckError as exc:
        typer.echo(_safe(f"quotecheck: error: {exc.message}"), err=True)
        raise typer.Exit(int(exc.exit_code)) from None


def _stdin(paths: list[str]) -> bytes | None:
    """Standard input's bytes when ``-`` is among the paths."""
    from quotecheck.cli.inputs import STDIN

    return typer.get_binary_stream("stdin").read() if STDIN in paths else None


@app.command(cls=Command)
def verify(
    paths: Paths,
    source: Source = None,
    output_format: Format = "table",
    fail_on: FailOn = None,
    config: ConfigFile = None,
    strict: Strict = False,
    verbose: Verbose = False,
    exit_zero: ExitZero = False,
    reports: Reports = None,
    baseline: BaselineFile = None,
    changed_since: ChangedSince = None,
    jobs: Jobs = 1,
    offline: Offline = False,
    refresh: Refresh = False,
    allow_private: AllowPrivate = False,
    no_archive: NoArchive = False,
    copies: Copies = None,
    check_all_quoted: CheckAllQuoted = False,
    include: Include = None,
    exclude: Exclude = None,
    stdin_filename: StdinName = "stdin.md",
    root: Root = None,
    show_all: ShowAll = False,
) -> None:
    """Check every quotation in the articles against its sources."""
    from quotecheck.cli import runner
    from quotecheck.cli.baseline import read_baseline
    from quotecheck.cli.outputs import (
        check_format,
        full_report_in,
        parse_target,
        print_notes,
        print_report,
        write_step_summary,
        write_targets,
    )

    with _user_errors():
        check_format(output_format)
        targets = [parse_target(spec) for spec in reports or ()]
        options = RunOptions(
            paths=tuple(paths), sources=tuple(source or ()), fail_on=fail_on, config=config,
            strict=strict, changed_since=changed_since, include=tuple(include or ()),
            exclude=tuple(exclude or ()), stdin_filename=stdin_filename, root=root, jobs=jobs,
            offline=offline, refresh=refresh, allow_private=allow_private,
            no_archive=no_archive, copies=copies, exit_zero=exit_zero, show_all=show_all,
            check_all_quoted=check_all_quoted,
            baseline=read_baseline(baseline) if baseline is not None else frozenset())
        report, view = runner.verify_view(options, _stdin(paths), os.environ,
                                          {output_format, *(t.format for t in targets)})
        view = full_report_in(view, targets)
        write_targets(report, targets, view)
        write_step_summary(report, {output_format, *(t.format for t in targets)}, view,
                           os.environ)
    print_report(report, output_format, os.environ, view, verbose=verbose)
    print_notes(report)
    raise typer.Exit(int(ExitCode.INTERRUPTED if not report.complete
                         else view.policy.exit_code(report)))


baseline_app = typer.Typer(help="Record the failing claims a repository accepts for now.",
                           no_args_is_help=True, context_settings=CONTEXT)
app.add_typer(baseline_app, name="baseline")


@baseline_app.command("write", cls=Command)
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
    root: Root = None,
) -> None:
    """Verify the articles and record every failing claim (by fingerprint) in FILE."""
    from quotecheck.cli import runner
    from quotecheck.cli.baseline import write_baseline

    with _user_errors():
        options = RunOptions(paths=tuple(paths), sources=tuple(source or ()), fail_on=fail_on,
                             config=config, strict=strict, include=tuple(include or ()),
                             exclude=tuple(exclude or ()), stdin_filename=stdin_filename,
                             root=root)
        report, policy = runner.verify(options, _stdin(paths), os.environ)
        count = write_baseline(report, policy, output)
    typer.echo(f"wrote {count} failing claim{'s' if count != 1 else ''} to {output}")


@app.command(cls=Command)
def extract(
    paths: Paths,
    output_format: Format = "table",
    include: Include = None,
    exclude: Exclude = None,
    stdin_filename: StdinName = "stdin.md",
) -> None:
    """List the quotations found in the articles, without checking them."""
    from quotecheck.cli import runner
    from quotecheck.cli.outputs import check_format, print_notes, print_report
    from quotecheck.pipeline import run_extract

    with _user_errors():
        check_format(output_format)
        options = RunOptions(tuple(paths), include=tuple(include or ()),
                             exclude=tuple(exclude or ()), stdin_filename=stdin_filename)
        settings = runner.file_settings(options, os.environ)
        report = run_extract(runner.read_inputs(options, settings, _stdin(paths)))
    print_report(report, output_format, os.environ)
    print_notes(report)


@app.command("config", cls=Command)
def show_config(
    path: Annotated[Path | None, typer.Argument(
        help="Where to look for the config file from [default: the current folder].",
        show_default=False)] = None,
    config: Annotated[Path | None, typer.Option(
        "--config", metavar="FILE", help="Read settings from FILE.")] = None,
) -> None:
    """Print the resolved settings and where each came from."""
    from quotecheck.cli.config import config_path, describe, load_settings

    with _user_errors():
        start = path or Path.cwd()
        chosen = config_path(config, os.environ, start if start.is_dir() else start.parent)
        settings = load_settings(config, start if start.is_dir() else start.parent, os.environ)
    typer.echo(_safe(f"# config file: {chosen or 'none (defaults)'}"))
    for key, value, origin in describe(settings):
        typer.echo(_safe(f"{key} = {value}  # {origin}"))


cache_app = typer.Typer(help="Look at or empty the cache of fetched web sources.",
                        no_args_is_help=True, context_settings=CONTEXT)
app.add_typer(cache_app, name="cache")


def _cache_settings(config: Path | None) -> CacheSettings:
    from quotecheck.cli.config import load_settings

    return load_settings(config, Path.cwd(), os.environ).cache


@cache_app.command("info", cls=Command)
def cache_show(config: ConfigFile = None) -> None:
    """Where the cache is, how many responses it holds, and its size."""
    from quotecheck.sources.http import cache_info

    with _user_errors():
        info = cache_info(_cache_settings(config))
    typer.echo(f"path: {info.path}\nresponses: {info.responses}\n"
               f"size: {info.bytes_on_disk} bytes\nexpires after: {info.expire_days:g} days")


@cache_app.command("clear", cls=Command)
def cache_empty(config: ConfigFile = None) -> None:
    """Remove every cached response."""
    from quotecheck.sources.http import cache_clear

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
        code = int(ExitCode.INTERRUPTED)
    except BrokenPipeError:
        code = 0
    except Exception as exc:  # a bug: one line, the traceback only on request
        if os.environ.get("QUOTECHECK_DEBUG"):
            raise
        typer.echo(_safe(f"quotecheck: internal error: {type(exc).__name__}: {exc} "
                         "(set QUOTECHECK_DEBUG=1 for details)"), err=True)
        code = int(ExitCode.INTERNAL)
    sys.exit(int(code) if isinstance(code, int) else 0)


def _usage_error(exc: Exception) -> int:
    ctx = getattr(exc, "ctx", None)
    if type(exc).__name__ == "NoArgsIsHelpError" and ctx is not None:
        typer.echo(ctx.get_help(), err=True)
    else:
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
        typer.echo(_safe(f"quotecheck: error: {message}{hint}"), err=True)
    return int(ExitCode.USAGE)
