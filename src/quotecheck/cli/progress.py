"""A progress bar on standard error, only for a person at a terminal: never in CI, never
mixed into what goes to standard output."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TextIO

from quotecheck.models import ArticleResult


def wanted(stream: TextIO, env: Mapping[str, str]) -> bool:
    """True when ``stream`` is a terminal and the environment is not a CI run."""
    return stream.isatty() and not env.get("CI")


@contextmanager
def article_progress(total: int, stream: TextIO, env: Mapping[str, str]
                     ) -> Iterator[Callable[[ArticleResult], None] | None]:
    """A callback that advances a bar as each article is done (None when not wanted)."""
    if total < 2 or not wanted(stream, env):
        yield None
        return
    from rich.console import Console  # only for a person at a terminal
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    console = Console(file=stream, no_color="NO_COLOR" in env)
    columns = (TextColumn("checking articles"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn(), TextColumn("{task.description}", markup=False))
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("", total=total)

        from quotecheck.report.sanitize import terminal

        def advance(result: ArticleResult) -> None:
            bar.update(task, advance=1, description=terminal(result.path))

        yield advance
