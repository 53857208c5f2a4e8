"""Read a local source file into text, whatever its kind, or say why it cannot be read."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from quotecheck.articles import parse_article
from quotecheck.confine import NotRegularFileError, read_regular
from quotecheck.decode import decode_text
from quotecheck.models import SourceText
from quotecheck.sources.subtitles import read_subtitles
from quotecheck.textmap import TextMap, identity_map

if TYPE_CHECKING:
    from quotecheck.sources.maintext import MainTexts

MAX_SOURCE_BYTES = 200 * 1024 * 1024
Reader = Callable[[str, bytes], tuple[str, str, TextMap | None, str]]


def _plain(name: str, data: bytes) -> tuple[str, str, TextMap | None, str]:
    text = decode_text(data, name, strict=False)
    return text, text, identity_map(len(text)), "full"


def _markdown(name: str, data: bytes) -> tuple[str, str, TextMap | None, str]:
    raw = decode_text(data, name, strict=False)
    article = parse_article(name, raw)
    return article.plain, raw, article.plain_map, "full"


READERS: dict[str, Reader] = {
    ".txt": _plain, ".text": _plain, ".md": _markdown, ".markdown": _markdown,
    ".mdx": _markdown,
}


# The readers of binary kinds import their libraries (pypdfium2, trafilatura, python-docx)
# only when a source of that kind is read.
def _pdf(ref: str, data: bytes, path: str) -> SourceText:
    from quotecheck.sources.pdf import read_pdf

    return read_pdf(ref, data, path=path)


def _html(ref: str, data: bytes, path: str, main_texts: MainTexts | None = None
          ) -> SourceText:
    from quotecheck.sources.layers import html_layers

    return html_layers(ref, data, path=path, main_texts=main_texts)


def _docx(ref: str, data: bytes, path: str) -> SourceText:
    from quotecheck.sources.docx import read_docx

    return read_docx(ref, data, path)


BINARY_READERS: dict[str, Callable[[str, bytes, str], SourceText]] = {
    ".pdf": _pdf, ".html": _html, ".htm": _html, ".xhtml": _html,
    ".docx": _docx, ".srt": read_subtitles, ".vtt": read_subtitles,
}


def is_html(path: Path) -> bool:
    """Whether ``path`` is read as an HTML page (whose main text the cache may keep)."""
    return BINARY_READERS.get(path.suffix.lower()) is _html


def _read_bytes(path: Path, *, binary: bool = False) -> bytes | str:
    """The file's bytes, or why they cannot be had (a text file must hold no NUL; a FIFO or
    device is refused without blocking)."""
    try:
        data = read_regular(path, MAX_SOURCE_BYTES)
    except FileNotFoundError:
        return "file not found"
    except IsADirectoryError:
        return "is a directory"
    except NotRegularFileError as exc:
        return f"refused: {exc}"
    except OSError as exc:
        return f"cannot read: {exc.strerror or exc}"
    if len(data) > MAX_SOURCE_BYTES:
        return "file too large"
    return "binary file" if not binary and b"\x00" in data[:8192] else data


def read_local(ref: str, path: Path, main_texts: MainTexts | None = None) -> SourceText:
    """The text of the local file ``path`` (named ``ref`` in the article); an HTML page's
    main text is read from, and kept in, ``main_texts`` when given."""
    binary = BINARY_READERS.get(path.suffix.lower())
    if binary is not None:
        data = _read_bytes(path, binary=True)
        if isinstance(data, str):
            return SourceText(ref, path=str(path), error=data)
        if binary is _html:
            return _html(ref, data, str(path), main_texts)
        return binary(ref, data, str(path))
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        kinds = " ".join(sorted({*READERS, *BINARY_READERS}))
        what = f"{path.suffix} files are" if path.suffix else "a file without an extension is"
        return SourceText(ref, path=str(path), error=f"{what} not supported as a source "
                          f"(supported: {kinds})")
    data = _read_bytes(path)
    if isinstance(data, str):
        return SourceText(ref, path=str(path), error=data)
    text, raw, text_map, layer = reader(path.name, data)
    return SourceText(ref, text=text, path=str(path), layer=layer, raw=raw, text_map=text_map,
                      sha256=hashlib.sha256(data).hexdigest())
