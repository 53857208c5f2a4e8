"""Word sources (``.docx``): paragraphs and tables in document order, tracked insertions
kept and tracked deletions left out (the document as it now reads).

A .docx is a zip of XML: before python-docx opens it, the package is checked without
inflating anything — the sizes it declares (which bound what the zip reader will produce)
must stay under :data:`MAX_UNPACKED` in all and :data:`MAX_XML` for the XML parts, and no
XML part may declare a DTD (entity expansion, "billion laughs")."""

from __future__ import annotations

import hashlib
import io
import re
import zipfile

from quotecheck.models import SourceText

MAX_UNPACKED = 256 * 1024 * 1024
MAX_XML = 48 * 1024 * 1024
_DTD = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
_PROLOGUE = 4096  # a DTD comes before the root element, within the first bytes


def package_refusal(data: bytes) -> str | None:
    """Why the .docx package ``data`` may not be opened, or None."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = package.infolist()
            if sum(m.file_size for m in members) > MAX_UNPACKED:
                return f"refused: the Word file unpacks to over {MAX_UNPACKED} bytes"
            xml = [m for m in members if m.filename.endswith((".xml", ".rels"))]
            if sum(m.file_size for m in xml) > MAX_XML:
                return f"refused: the Word file holds over {MAX_XML} bytes of XML"
            for member in xml:
                with package.open(member) as part:
                    if _DTD.search(part.read(_PROLOGUE)):
                        return "refused: the Word file declares XML entities"
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError,
            NotImplementedError) as exc:
        return f"unreadable Word file ({exc})"
    return None


def _paragraph_text(element: object) -> str:
    from docx.oxml.ns import qn

    return "".join(node.text or "" for node in element.iter(qn("w:t")))  # type: ignore[attr-defined]


def _blocks(data: bytes) -> list[str] | str:
    """The document's paragraphs and table cells, or why they cannot be had."""
    from docx import Document
    from docx.oxml.ns import qn
    from lxml.etree import LxmlError  # type: ignore[import-untyped]

    try:
        body = Document(io.BytesIO(data)).element.body
    except (zipfile.BadZipFile, KeyError, ValueError, LxmlError) as exc:
        return f"unreadable Word file ({exc})"
    if body is None:
        return "unreadable Word file (no document body)"
    blocks: list[str] = []
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            blocks.append(_paragraph_text(child))
        elif child.tag == qn("w:tbl"):
            blocks.extend(_paragraph_text(p) for p in child.iter(qn("w:p")))
    return blocks


def read_docx(ref: str, data: bytes, path: str | None = None) -> SourceText:
    """The text of a .docx file, or why it cannot be read."""
    why = package_refusal(data)
    blocks = _blocks(data) if why is None else why
    if isinstance(blocks, str):
        return SourceText(ref, path=path, error=blocks)
    text = "\n\n".join(block for block in blocks if block.strip())
    if not text:
        return SourceText(ref, path=path, error="the Word file has no text")
    return SourceText(ref, text=text + "\n", path=path, layer="docx",
                      sha256=hashlib.sha256(data).hexdigest())
