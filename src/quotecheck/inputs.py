"""Collect the articles named on the command line: files, folders and standard input."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from quotecheck.articles import parse_article, read_article
from quotecheck.articles.decode import decode_text
from quotecheck.errors import ArticleError
from quotecheck.pipeline import ArticleInput

STDIN = "-"
#: what a folder is searched for; text files there are more often sources than articles
FOLDER_SUFFIXES = frozenset({".md", ".markdown", ".mdx"})


def _expand(path: Path) -> Iterator[Path]:
    if path.is_dir():
        found = sorted(
            p for p in path.rglob("*")
            if p.is_file() and p.suffix.lower() in FOLDER_SUFFIXES
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        if not found:
            raise ArticleError(f"{path}: no articles (.md, .markdown, .mdx) in this folder")
        yield from found
    elif path.exists() or path.is_symlink():
        yield path
    else:
        raise ArticleError(f"{path}: no such file")


def collect_inputs(names: Sequence[str], stdin: bytes | None = None,
                   stdin_filename: str = "stdin.md") -> list[ArticleInput]:
    """Read every article named in ``names`` (``-`` reads ``stdin``)."""
    inputs: list[ArticleInput] = []
    for name in names:
        if name == STDIN:
            text = decode_text(stdin or b"", stdin_filename)
            inputs.append(ArticleInput(parse_article(stdin_filename, text), Path.cwd()))
            continue
        for path in _expand(Path(name)):
            inputs.append(ArticleInput(read_article(path), path.parent))
    return inputs
