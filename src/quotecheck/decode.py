"""Bytes to text, in one place: strict for articles (the author can fix the file), lenient
for sources (we read what the publisher wrote, whatever its encoding)."""

from __future__ import annotations

from quotecheck.errors import ArticleError

_SNIFF = 8192


def decode_text(data: bytes, name: str, *, strict: bool) -> str:
    """``data`` as UTF-8 (a byte-order mark dropped).

    Strict: binary data or bytes that are not UTF-8 raise :class:`ArticleError` naming the
    byte and its line. Lenient: Windows-1252, then Latin-1 (which always decodes).
    """
    if strict and b"\x00" in data[:_SNIFF]:
        raise ArticleError(f"{name}: looks like a binary file, not a text article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if strict:
            line = data[: exc.start].count(b"\n") + 1
            raise ArticleError(
                f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} on line {line}); "
                "save the article as UTF-8") from None
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")
