"""Article readers: each turns a file's text into an :class:`~quotecheck.models.Article`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from quotecheck.articles.decode import read_text_file
from quotecheck.articles.html import parse_html
from quotecheck.articles.markdown import parse_markdown
from quotecheck.articles.text import parse_text
from quotecheck.decode import decode_text
from quotecheck.errors import ArticleError
from quotecheck.models import Article, ArticleFile, ArticleInput

Parser = Callable[[str, str], Article]

PARSERS: dict[str, Parser] = {
    ".txt": parse_text,
    ".text": parse_text,
    ".md": parse_markdown,
    ".markdown": parse_markdown,
    ".mdx": parse_markdown,
    ".html": parse_html,
    ".htm": parse_html,
}
ARTICLE_SUFFIXES = frozenset(PARSERS)


def parser_for(name: str) -> Parser:
    """The reader for a file called ``name``, chosen by its extension (text by default)."""
    suffix = Path(name).suffix.lower()
    if suffix in PARSERS:
        return PARSERS[suffix]
    if suffix in (".doc", ".pdf", ".odt", ".rtf"):
        raise ArticleError(f"{name}: {suffix} articles are not supported yet "
                           "(use .docx, .md or .txt)")
    return parse_text


def read_article(path: Path) -> Article:
    """Read and parse the article at ``path``."""
    if path.suffix.lower() == ".docx":
        from quotecheck.articles.docx import read_docx_article  # lxml: only for Word files

        return read_docx_article(path)
    parse = parser_for(path.name)
    return parse(str(path), read_text_file(path))


def read_input(item: ArticleInput | ArticleFile) -> ArticleInput:
    """The article to check: ``item`` itself, or the file it names read and parsed now."""
    if isinstance(item, ArticleInput):
        return item
    return ArticleInput(read_article(item.path), item.base, item.lines)


def parse_article(name: str, text: str) -> Article:
    """Parse article ``text`` as if it were read from a file called ``name``."""
    return parser_for(name)(name, text)


def parse_stdin(name: str, data: bytes) -> Article:
    """Parse an article read from standard input as if from a file called ``name``."""
    if Path(name).suffix.lower() == ".docx":
        from quotecheck.articles.docx import parse_docx  # lxml: only for Word files

        return parse_docx(name, data)
    return parse_article(name, decode_text(data, name, strict=True))
