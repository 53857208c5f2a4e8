"""Turn an article file's bytes into text, or explain in one line why that is impossible."""

from __future__ import annotations

from pathlib import Path

from quotecheck.confine import NotRegularFileError, read_regular
from quotecheck.decode import decode_text
from quotecheck.errors import ArticleError

MAX_ARTICLE_BYTES = 50 * 1024 * 1024


def read_text_file(path: Path) -> str:
    """Read ``path`` as UTF-8 text (BOM allowed), refusing binary or undecodable files."""
    return decode_text(read_article_bytes(path), str(path), strict=True)


def read_article_bytes(path: Path) -> bytes:
    """The bytes of the article file at ``path`` (a regular file, within the size limit)."""
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(
                f"{path}: file is too large ({size} bytes, limit {MAX_ARTICLE_BYTES})"
            )
        return read_regular(path, MAX_ARTICLE_BYTES)  # a FIFO must not block the run
    except NotRegularFileError as exc:
        raise ArticleError(f"{path}: refused: {exc}") from None
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ArticleError(f"{path}: is a directory") from None
    except PermissionError:
        raise ArticleError(f"{path}: permission denied") from None
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read ({exc.strerror or exc})") from None
