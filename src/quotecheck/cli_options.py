"""The command line's options and arguments, declared once and shared by its commands."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from quotecheck.report import REPORTERS

Paths = Annotated[list[str], typer.Argument(
    help="Articles to check: Markdown or text files, folders (searched recursively), "
         "or - for standard input.", metavar="PATH", show_default=False)]
Format = Annotated[str, typer.Option(
    "--format", "-f", metavar="FORMAT", help=f"Output format: {', '.join(sorted(REPORTERS))}.")]
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
         "[default: altered,not_found, or the config's fail-on].")]
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
    "--refresh", help="Fetch web sources again even when the cache has them.")]
NoArchive = Annotated[bool, typer.Option(
    "--no-archive", help="Do not fall back to the web archive for gone or walled pages.")]
AllowPrivate = Annotated[bool, typer.Option(
    "--allow-private", help="Let links reach private, loopback and link-local addresses.")]
ChangedSince = Annotated[str | None, typer.Option(
    "--changed-since", metavar="REF",
    help="Check only claims on lines changed since the git REF (e.g. origin/main).")]
Copies = Annotated[bool | None, typer.Option(
    "--copies/--no-copies",
    help="Also look for article prose copied from its sources without quotation marks "
         "(verdict 'copied') [default: off, or the config's copies.enabled].",
    show_default=False)]
