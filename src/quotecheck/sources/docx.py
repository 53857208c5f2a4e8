"""Word sources (``.docx``): paragraphs and tables in document order, tracked insertions
kept and tracked deletions left out (the document as it now reads)."""

from __future__ import annotations

import hashlib
import io
import zipfile

from docx import Document
from docx.oxml.ns import qn

from quotecheck.models import SourceText

_TEXT = qn("w:t")
_PARAGRAPH = qn("w:p")
_TABLE = qn("w:tbl")


def _paragraph_text(element: object) -> str:
    return "".join(node.text or "" for node in element.iter(_TEXT))  # type: ignore[attr-defined]


def read_docx(ref: str, data: bytes, path: str | None = None) -> SourceText:
    """The text of a .docx file, or why it cannot be read."""
    try:
        document = Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        return SourceText(ref, path=path, error=f"unreadable Word file ({exc})")
    blocks: list[str] = []
    for child in document.element.body.iterchildren():
        if child.tag == _PARAGRAPH:
            blocks.append(_paragraph_text(child))
        elif child.tag == _TABLE:
            blocks.extend(_paragraph_text(p) for p in child.iter(_PARAGRAPH))
    text = "\n\n".join(block for block in blocks if block.strip())
    if not text:
        return SourceText(ref, path=path, error="the Word file has no text")
    return SourceText(ref, text=text + "\n", path=path, layer="docx",
                      sha256=hashlib.sha256(data).hexdigest())
