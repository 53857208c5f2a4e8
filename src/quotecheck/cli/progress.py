"""A progress bar on standard error, only for a person at a terminal: never in CI, never
mixed into what goes to standard output."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, TextIO

from quotecheck.findings import ArticleResult

if TYPE_CHECKING:
    from rich.progress import Progress


def wanted(stream: TextIO, env: Mapping[str, str]) -> bool:
    """True when ``stream`` is a terminal and the environment is not a CI run."""
    return stream.isatty() and not env.get("CI")


class ArticleBar:
    """Two lines on a Rich progress display: articles read (and their claims planned),
    then articles checked; called with each checked article's result."""

    def __init__(self, bar: Progress, total: int) -> None:
        from quotecheck.report.sanitize import terminal

        self._bar, self._terminal = bar, terminal
        self._reading = bar.add_task("reading articles", total=total, visible=False, path="")
        self._checking = bar.add_task("checking articles", total=total, start=False, path="")

    def planned(self, count: int) -> None:
        """``count`` more articles read and planned (the long first round of a run)."""
        self._bar.update(self._reading, advance=count, visible=True)

    def __call__(self, result: ArticleResult) -> None:
        """One more article checked."""
        self._bar.start_task(self._checking)
        self._bar.update(self._checking, advance=1, path=self._terminal(result.path))


@contextmanager
def article_progress(total: int, stream: TextIO, env: Mapping[str, str]
                     ) -> Iterator[ArticleBar | None]:
    """A callback that advances a bar as each article is done (None when not wanted); its
    ``planned`` advances a bar of articles read first."""
    if total < 2 or not wanted(stream, env):
        yield None
        return
    from rich.console import Console  # only for a person at a terminal
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        TextColumn,
        TimeElapsedColumn,
    )
    from rich.progress import Progress as Bars

    console = Console(file=stream, no_color="NO_COLOR" in env)
    columns = (TextColumn("{task.description}", markup=False), BarColumn(),
               MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.fields[path]}", markup=False))
    with Bars(*columns, console=console, transient=True) as bar:
        yield ArticleBar(bar, total)
