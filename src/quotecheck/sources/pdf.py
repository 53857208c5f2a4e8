"""PDF sources with pypdfium2, cleaned of what is not the document's prose: court-filing
margin line numbers, page-number lines, and headers and footers repeated on most pages.

The text keeps the offset where each page starts, so a match can cite its page. A PDF with
almost no text per page is a scan: read by OCR when the ``ocr`` extra is installed (so is
a page with an image and no text in any PDF), else unavailable, not an empty source.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter

import pypdfium2 as pdfium

from quotecheck.models import SourceText
from quotecheck.sources.ocr import join_lines, scanned_pages

_LINE_NUMBER = re.compile(r"^\s*\d{1,2}\s*$")
_PAGE_NUMBER = re.compile(r"^\s*(?:-\s*\d{1,4}\s*-|\d{1,4}|page \d{1,4}(?: of \d{1,4})?)\s*$",
                          re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
MIN_CHARS_PER_PAGE = 25
_EDGE = 4  # lines at the top and bottom of a page where headers and footers live


def _page_texts(data: bytes) -> list[str]:
    pdf = pdfium.PdfDocument(data)
    try:
        return [pdf[i].get_textpage().get_text_range().replace("\r\n", "\n").replace("\r", "\n")
                for i in range(len(pdf))]
    finally:
        pdf.close()


def _shape(line: str) -> str:
    return _DIGITS.sub("#", " ".join(line.split()).casefold())


def _numbering(line: str) -> bool:
    """A margin line number (1–28) or a page-number line."""
    if _LINE_NUMBER.match(line) and int(line) <= 28:
        return True
    return bool(_PAGE_NUMBER.match(line))


def _repeated(pages: list[list[str]]) -> set[str]:
    """Shapes of lines found at the top or bottom of at least half the pages (two or more)."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        text = [line for line in lines if line.strip() and not _numbering(line)]
        counts.update({_shape(line) for line in text[:_EDGE] + text[-_EDGE:]})
    return {shape for shape, n in counts.items() if n >= max(2, len(pages) / 2)}


def _clean(lines: list[str], repeated: set[str]) -> list[str]:
    return [line.rstrip() for line in lines
            if not _numbering(line) and _shape(line) not in repeated]


def _assemble(pages: list[list[str]], read: dict[int, list[tuple[str, float]]]
              ) -> tuple[str, list[int], list[tuple[int, int, float]]]:
    """The cleaned text of the pages, where each page starts, and the OCR lines' spans."""
    repeated = _repeated(pages)
    parts: list[str] = []
    starts: list[int] = []
    spans: list[tuple[int, int, float]] = []
    length = 0
    for index, lines in enumerate(pages):
        starts.append(length)
        if index in read:
            kept = [(t, c) for t, c in read[index]
                    if not _numbering(t) and _shape(t) not in repeated]
            page, page_spans = join_lines(kept, length)
            spans += page_spans
        else:
            page = "\n".join(_clean(lines, repeated)).strip()
        page = page.rstrip("\n") + "\n"
        parts.append(page)
        length += len(page)
    return "".join(parts), starts, spans


def read_pdf(ref: str, data: bytes, *, path: str | None = None, url: str | None = None
             ) -> SourceText:
    """The cleaned text of a PDF, with page starts, or why it cannot be read."""
    try:
        pages = [text.split("\n") for text in _page_texts(data)]
    except pdfium.PdfiumError as exc:
        return SourceText(ref, path=path, url=url, error=f"unreadable PDF ({exc})")
    if not pages:
        return SourceText(ref, path=path, url=url, error="the PDF has no pages")
    chars = sum(len("".join(lines).strip()) for lines in pages)
    read = scanned_pages(data, pages, MIN_CHARS_PER_PAGE)
    if isinstance(read, str):
        if chars / len(pages) < MIN_CHARS_PER_PAGE:
            return SourceText(ref, path=path, url=url, error=read)
        read = {}
    for index, lines in read.items():
        pages[index] = [line for line, _ in lines]
    text, starts, spans = _assemble(pages, read)
    layer = "pdf" if not read else "ocr" if len(read) == len(pages) else "pdf+ocr"
    return SourceText(ref, text=text, path=path, url=url, layer=layer,
                      sha256=hashlib.sha256(data).hexdigest(), pages=tuple(starts),
                      ocr_spans=tuple(spans))
