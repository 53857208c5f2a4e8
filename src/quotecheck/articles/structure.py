"""Paragraphs and bare links of plain text, shared by every article reader."""

from __future__ import annotations

import re

from quotecheck.models import Link, Paragraph

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")
BARE_URL = re.compile(r"https?://[^\s<>\"'“”‘’()\[\]]+[^\s<>\"'“”‘’()\[\].,;:!?]")


def split_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Half-open spans of the paragraphs of ``text`` (separated by blank lines)."""
    paragraphs: list[Paragraph] = []
    start = 0
    for gap in _BLANK_LINE.finditer(text):
        if text[start : gap.start()].strip():
            paragraphs.append(Paragraph(start, gap.start()))
        start = gap.end()
    if text[start:].strip():
        paragraphs.append(Paragraph(start, len(text.rstrip())))
    return tuple(paragraphs)


def bare_links(text: str) -> list[Link]:
    """Links written as bare ``http(s)://`` URLs in ``text``."""
    return [Link(m.group(0), m.start(), m.end()) for m in BARE_URL.finditer(text)]
