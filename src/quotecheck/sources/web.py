"""Turn a fetched web source into text: sniffed from its first bytes, never trusted from
headers; pages that are only a consent wall or a bot check are unavailable, not empty.

The readers (trafilatura and lxml for pages, pdfium, python-docx) are imported when a body of
their kind is read: a failed fetch, such as an offline cache miss, loads none of them (about
half a second, paid by every ``--jobs`` worker otherwise)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from quotecheck.decode import decode_text
from quotecheck.models import SourceText
from quotecheck.sources.http import Fetched

if TYPE_CHECKING:
    from quotecheck.sources.maintext import MainTexts

_BLOCKED = re.compile(
    r"(?:enable (?:javascript|cookies)|verify you are (?:a )?human|are you a robot|"
    r"access denied|cookie (?:consent|settings)|we value your privacy|accept all cookies|"
    r"captcha)", re.IGNORECASE)
MIN_TEXT = 200
NEAR_EMPTY = 40


def sniff(body: bytes) -> str:
    """``pdf``, ``zip`` (docx), ``vtt``, ``html`` or ``text``, from the first bytes."""
    head = body[:512].lstrip(b"\xef\xbb\xbf\xff\xfe\xfe\xff \t\r\n")
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(b"WEBVTT"):
        return "vtt"
    if re.match(rb"(?i)<(?:!doctype html|html|head|body|!--|meta|title|div|p\b)", head):
        return "html"
    return "text"


def _html_source(ref: str, fetched: Fetched, main_texts: MainTexts | None) -> SourceText:
    from quotecheck.sources.layers import html_layers

    source = html_layers(ref, fetched.body, url=fetched.url, main_texts=main_texts)
    visible = source.alternatives[0].text if source.layer == "main" else source.text
    if len(visible) < MIN_TEXT and _BLOCKED.search(visible):
        return SourceText(ref, url=fetched.url, error="blocked (a consent or bot-check page)")
    if len(visible.strip()) < NEAR_EMPTY:
        return SourceText(ref, url=fetched.url, error="blocked (a near-empty page)")
    return source


def _pdf(ref: str, body: bytes) -> SourceText:
    from quotecheck.sources.pdf import read_pdf

    return read_pdf(ref, body)


def _docx(ref: str, body: bytes) -> SourceText:
    from quotecheck.sources.docx import read_docx

    return read_docx(ref, body)


def _subtitles(ref: str, body: bytes) -> SourceText:
    from quotecheck.sources.subtitles import read_subtitles

    return read_subtitles(ref, body)


def _plain(ref: str, body: bytes) -> SourceText:
    text = decode_text(body, ref, strict=False)
    if not text.strip():
        return SourceText(ref, error="the page has no text")
    return SourceText(ref, text=text, layer="full", sha256=hashlib.sha256(body).hexdigest())


#: how each sniffed kind of body is read (HTML has its own path: layers and block checks)
_BY_KIND: dict[str, Callable[[str, bytes], SourceText]] = {
    "pdf": _pdf, "zip": _docx, "vtt": _subtitles, "text": _plain,
}


def web_text(ref: str, fetched: Fetched, main_texts: MainTexts | None = None) -> SourceText:
    """The text of a fetched source, or why it cannot be read; with the redirect chain (an
    HTML page's main text read from, and kept in, ``main_texts`` when given)."""
    if fetched.error is not None:
        return SourceText(ref, url=fetched.url, error=fetched.error,
                          redirects=fetched.redirects)
    kind = sniff(fetched.body)
    source = (_html_source(ref, fetched, main_texts) if kind == "html"
              else _BY_KIND[kind](ref, fetched.body))
    return replace(source, url=fetched.url, redirects=fetched.redirects)
