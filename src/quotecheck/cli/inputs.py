"""Collect the articles named on the command line: files, folders and standard input."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from glob import glob
from pathlib import Path
from typing import TYPE_CHECKING

from quotecheck.articles import parse_stdin, read_input
from quotecheck.articles.web import WebReader, is_web_address, web_reader
from quotecheck.cli.changes import changed_lines
from quotecheck.confine import confined
from quotecheck.errors import ArticleError
from quotecheck.models import ArticleFile, ArticleInput
from quotecheck.sources.resolve import find_root

if TYPE_CHECKING:
    from pathspec import GitIgnoreSpec

STDIN = "-"
#: what a folder is searched for by default: text and HTML files there are more often
#: sources than articles (add them with --include)
DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.mdx")


@lru_cache(maxsize=64)
def _spec(patterns: tuple[str, ...]) -> GitIgnoreSpec:
    """Patterns with .gitignore semantics (pathspec): ``*.md`` matches at any depth,
    ``drafts/`` a folder, ``/top.md`` only at the top, ``**`` any folders, ``!`` re-includes."""
    from pathspec import GitIgnoreSpec

    return GitIgnoreSpec.from_lines(patterns)


@dataclass(frozen=True)
class Selection:
    """Which files are articles: include and exclude patterns with .gitignore semantics, on
    the path below the folder searched (or, for a file named outright, below ``base``: the
    config file's folder, else the current folder)."""

    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    base: Path | None = None

    def wants(self, relative: Path) -> bool:
        """True when ``relative`` matches the include patterns and not the exclude ones."""
        posix = relative.as_posix()
        return _spec(self.include).match_file(posix) and not (
            self.exclude and _spec(self.exclude).match_file(posix))

    def excludes(self, path: Path) -> bool:  # a file named outright
        """True when an exclude pattern matches ``path`` below ``base`` (else below the
        current folder; a file outside both is matched by its name)."""
        if not self.exclude:
            return False
        return _spec(self.exclude).match_file(self._below_base(path))

    def _below_base(self, path: Path) -> str:
        """``path`` as the patterns see it: below ``base``, else the current folder."""
        absolute = Path(os.path.abspath(path))
        for folder in (self.base, Path.cwd()):
            if folder is None:
                continue
            try:
                return absolute.relative_to(folder).as_posix()
            except ValueError:
                continue
        return path.name


def _expand(path: Path, selection: Selection) -> Iterator[Path]:
    if path.is_dir():
        found = sorted(
            p for p in path.rglob("*")
            if p.is_file() and selection.wants(p.relative_to(path))
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        if not found:
            patterns = ", ".join(selection.include)
            raise ArticleError(f"{path}: no articles ({patterns}) in this folder")
        yield from confined(found, find_root(path))
    elif path.exists() or path.is_symlink():
        if not selection.excludes(path):  # excluded files stay out even when named
            yield path
    elif any(ch in str(path) for ch in "*?["):  # a glob the shell did not expand
        found = sorted(Path(p) for p in glob(str(path), recursive=True) if Path(p).is_file())
        if not found:
            raise ArticleError(f"{path}: no file matches this pattern")
        yield from (p for p in found if not selection.excludes(p))
    else:
        raise ArticleError(f"{path}: no such file")


def collect_inputs(names: Sequence[str], stdin: bytes | None = None,
                   stdin_filename: str = "stdin.md", selection: Selection | None = None,
                   *, changed_since: str | None = None, web: WebReader | None = None
                   ) -> list[ArticleInput]:
    """Read every article named in ``names`` (``-`` reads ``stdin``, a web address is
    fetched by ``web``); folders are searched for the files ``selection`` wants; files
    named outright are always read. With ``changed_since``, each article keeps only the
    lines git says changed since that ref."""
    return [read_input(item) for item in name_inputs(
        names, stdin, stdin_filename, selection, changed_since=changed_since, web=web)]


def name_inputs(names: Sequence[str], stdin: bytes | None = None,
                stdin_filename: str = "stdin.md", selection: Selection | None = None,
                *, changed_since: str | None = None, web: WebReader | None = None
                ) -> Iterator[ArticleInput | ArticleFile]:
    """The articles named in ``names``, as :func:`collect_inputs` finds them, but each
    article file left unread (``--jobs`` workers read and parse them)."""
    selection = selection or Selection()
    for name in names:
        if is_web_address(name):
            yield ArticleInput((web or web_reader())(name), Path.cwd())
            continue
        if name == STDIN:
            base = (Path.cwd() / stdin_filename).parent  # relative links: from its folder
            yield ArticleInput(parse_stdin(stdin_filename, stdin or b""), base)
            continue
        for path in _expand(Path(name), selection):
            lines = changed_lines(path, changed_since) if changed_since else None
            yield ArticleFile(path, path.parent, lines)
