"""The command line's options and arguments, declared once and shared by its commands."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperArgument, TyperCommand

from quotecheck.report.registry import FORMAT_NAMES

#: ``-h`` as well as ``--help``, on every command
CONTEXT = {"help_option_names": ["-h", "--help"]}


class _Argument(TyperArgument):
    """An argument shown as ``PATH...`` in help, without Typer's ``{PATH}`` and
    ``<list[str]>`` decorations."""

    def display_type_rich(self, ctx: Any) -> str | None:
        """No Python type in the help."""
        return None

    def make_metavar(self, ctx: Any = None, *, usage: bool = False) -> str:
        """``PATH...``: the name as given, ``...`` when it takes several values."""
        name = self.metavar or (self.name or "").upper()
        return name + ("..." if self.nargs != 1 else "")


class Command(TyperCommand):
    """A command whose arguments read plainly in its help."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if type(param) is TyperArgument:
                param.__class__ = _Argument


Paths = Annotated[list[str], typer.Argument(
    help="Articles to check: Markdown (.md .markdown .mdx), HTML (.html .htm) or text (.txt) "
         "files, folders (searched recursively), glob patterns ('content/**/*.md'), or - for "
         "standard input.", metavar="PATH", show_default=False)]
Format = Annotated[str, typer.Option(
    "--format", "-f", metavar="FORMAT", help=f"Output format: {', '.join(FORMAT_NAMES)}.")]
Include = Annotated[list[str] | None, typer.Option(
    "--include", metavar="GLOB",
    help="Files of a folder to read as articles (repeatable) [default: *.md *.markdown *.mdx, "
         "or the config's include].")]
Exclude = Annotated[list[str] | None, typer.Option(
    "--exclude", metavar="GLOB", help="Files of a folder to leave out (repeatable).")]
StdinName = Annotated[str, typer.Option(
    "--stdin-filename", metavar="NAME",
    help="Name (and so type) of the article read from standard input.")]
Source = Annotated[list[str] | None, typer.Option(
    "--source", "-s", metavar="PATH",
    help="A source every quote may come from (file path; repeatable). "
         "Paths given here are trusted even outside the repository.")]
FailOn = Annotated[str | None, typer.Option(
    "--fail-on", metavar="VERDICTS",
    help="Comma-separated verdicts that make the run exit 1 "
         "[default: altered,misattributed,not_found, or the config's fail-on].")]
ConfigFile = Annotated[Path | None, typer.Option(
    "--config", metavar="FILE",
    help="Read settings from FILE instead of $QUOTECHECK_CONFIG or the nearest "
         "quotecheck.toml, .quotecheck.toml or pyproject.toml [tool.quotecheck].")]
Strict = Annotated[bool, typer.Option(
    "--strict", help="Also fail on unavailable sources and quotes with no source.")]
Jobs = Annotated[int, typer.Option(
    "--jobs", "-j", min=0, metavar="N",
    help="Check N articles at a time in separate processes (0: one per CPU).")]
Offline = Annotated[bool, typer.Option(
    "--offline", help="Read web sources only from the cache; a miss is 'unavailable'.")]
Refresh = Annotated[bool, typer.Option(
    "--refresh", help="Fetch web sources again, and extract the main text of HTML sources "
             "again, even when the cache has them.")]
NoArchive = Annotated[bool, typer.Option(
    "--no-archive", help="Do not fall back to the web archive for gone or walled pages.")]
Copies = Annotated[bool | None, typer.Option(
    "--copies/--no-copies",
    help="Also look for article prose copied from its sources without quotation marks "
         "(verdict 'copied') [default: off, or the config's copies.enabled].",
    show_default=False)]
CheckAllQuoted = Annotated[bool, typer.Option(
    "--check-all-quoted", help="Also check quoted words that are not quotations (terms, scare "
    "quotes, titles, UI labels, suggested wording); by default they are 'skipped'.")]
AllowPrivate = Annotated[bool, typer.Option(
    "--allow-private", help="Let links reach private, loopback and link-local addresses.")]
Verbose = Annotated[bool, typer.Option(
    "--verbose", "-v", help="With the table: the source evidence for every claim that fails "
    "or deserves a look.")]
ExitZero = Annotated[bool, typer.Option(
    "--exit-zero", help="Exit 0 whatever the verdicts (errors still exit 2).")]
Reports = Annotated[list[str] | None, typer.Option(
    "--report", metavar="FORMAT:PATH",
    help="Also write the report in FORMAT to PATH (repeatable), e.g. sarif:quotes.sarif.")]
BaselineFile = Annotated[Path | None, typer.Option(
    "--baseline", metavar="FILE",
    help="Failing claims recorded in FILE (by 'quotecheck baseline write') do not fail the "
         "run.")]
Root = Annotated[Path | None, typer.Option(
    "--root", metavar="DIR",
    help="Links in articles may reach files below DIR only [default: the git top level, "
         "else the config file's folder, else the current folder].")]
ChangedSince = Annotated[str | None, typer.Option(
    "--changed-since", metavar="REF",
    help="Check only claims on lines changed since the git REF (e.g. origin/main).")]
ShowAll = Annotated[bool, typer.Option(
    "--show-all", help="Table, concise and markdown: show every claim, not only those that "
                       "fail or deserve a look [default: the config's output.show-all].")]


@dataclass(frozen=True)
class RunOptions:
    """What a run was asked to do on the command line (shared by ``verify`` and
    ``baseline write``)."""

    paths: tuple[str, ...]
    sources: tuple[str, ...] = ()
    fail_on: str | None = None
    config: Path | None = None
    strict: bool = False
    changed_since: str | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    stdin_filename: str = "stdin.md"
    root: Path | None = None
    jobs: int = 1
    offline: bool = False
    refresh: bool = False
    allow_private: bool = False
    no_archive: bool = False
    copies: bool | None = None
    exit_zero: bool = False
    baseline: frozenset[str] = frozenset()
    show_all: bool = False
    check_all_quoted: bool = False
