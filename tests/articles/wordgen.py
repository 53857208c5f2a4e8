"""Word files for the tests, made with python-docx; what it has no API for (hyperlinks,
tracked changes, footnotes, fields) is added as the WordprocessingML Word itself writes."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
HYPERLINK_REL = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                 "hyperlink")


def new_document() -> Any:
    """An empty python-docx document (imported here: python-docx is heavy)."""
    from docx import Document

    return Document()


def _element(tag: str, **attrs: str) -> Any:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(qn(key.replace("_", ":", 1)), value)
    return element


def _run(text: str, tag: str = "w:t") -> Any:
    run = _element("w:r")
    t = _element(tag)
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.append(t)
    return run


def add_hyperlink(paragraph: Any, url: str, text: str) -> None:
    """Append a hyperlink run to ``paragraph``, as Word writes it."""
    rel = paragraph.part.relate_to(url, HYPERLINK_REL, is_external=True)
    link = _element("w:hyperlink", r_id=rel)
    link.append(_run(text))
    paragraph._p.append(link)


def add_field_link(paragraph: Any, url: str, text: str) -> None:
    """Append a ``HYPERLINK`` complex field (as pasted from a browser)."""
    for kind, instr in (("begin", None), (None, f' HYPERLINK "{url}" '), ("separate", None)):
        run = _element("w:r")
        if kind:
            run.append(_element("w:fldChar", w_fldCharType=kind))
        else:
            t = _element("w:instrText")
            t.text = instr
            run.append(t)
        paragraph._p.append(run)
    paragraph._p.append(_run(text))
    end = _element("w:r")
    end.append(_element("w:fldChar", w_fldCharType="end"))
    paragraph._p.append(end)


def add_insertion(paragraph: Any, text: str) -> None:
    """Append a tracked insertion."""
    ins = _element("w:ins", w_id="901", w_author="Ed", w_date="2024-05-02T00:00:00Z")
    ins.append(_run(text))
    paragraph._p.append(ins)


def add_deletion(paragraph: Any, text: str) -> None:
    """Append a tracked deletion (text that no longer reads)."""
    deleted = _element("w:del", w_id="902", w_author="Ed", w_date="2024-05-02T00:00:00Z")
    deleted.append(_run(text, "w:delText"))
    paragraph._p.append(deleted)


def add_hidden(paragraph: Any, text: str) -> None:
    """Append a run of hidden text."""
    run = paragraph.add_run(text)
    run.font.hidden = True


def add_note_reference(paragraph: Any, note_id: int, kind: str = "footnote") -> None:
    """Append a footnote (or endnote) reference mark."""
    run = _element("w:r")
    run.append(_element(f"w:{kind}Reference", w_id=str(note_id)))
    paragraph._p.append(run)


_NOTE_TYPES = {
    "footnote": "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
    "endnote": "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
}


def _notes_xml(kind: str, notes: dict[int, tuple[str, str | None]]) -> tuple[str, str]:
    """The notes part and its relationships part."""
    body, rels = [], []
    separator = (f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r>'
                 f"</w:p></w:{kind}>")
    for note_id, (text, url) in notes.items():
        link = ""
        if url:
            rels.append(f'<Relationship Id="rIdN{note_id}" Type="{HYPERLINK_REL}" '
                        f'Target="{url}" TargetMode="External"/>')
            link = f'<w:hyperlink r:id="rIdN{note_id}"><w:r><w:t>{url}</w:t></w:r></w:hyperlink>'
        body.append(f'<w:{kind} w:id="{note_id}"><w:p><w:r><w:t xml:space="preserve">{text}'
                    f"</w:t></w:r>{link}</w:p></w:{kind}>")
    ns = (f'xmlns:w="{W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
          'relationships"')
    part = f'<?xml version="1.0"?><w:{kind}s {ns}>{separator}{"".join(body)}</w:{kind}s>'
    rels_part = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                 f'package/2006/relationships">{"".join(rels)}</Relationships>')
    return part, rels_part


def save(document: Any, path: Path,
         notes: dict[str, dict[int, tuple[str, str | None]]] | None = None) -> Path:
    """Save ``document`` to ``path``, adding footnotes/endnotes parts: ``{kind: {id: (text,
    url)}}``."""
    buffer = io.BytesIO()
    document.save(buffer)
    if not notes:
        path.write_bytes(buffer.getvalue())
        return path
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "[Content_Types].xml":
                overrides = "".join(f'<Override PartName="/word/{k}s.xml" '
                                    f'ContentType="{_NOTE_TYPES[k]}"/>' for k in notes)
                data = data.replace(b"</Types>", overrides.encode() + b"</Types>")
            elif item.filename == "word/_rels/document.xml.rels":
                rels = "".join(
                    f'<Relationship Id="rIdNotes{k}" Type="http://schemas.openxmlformats.org/'
                    f'officeDocument/2006/relationships/{k}s" Target="{k}s.xml"/>'
                    for k in notes)
                data = data.replace(b"</Relationships>", rels.encode() + b"</Relationships>")
            out.writestr(item, data)
        for kind, items in notes.items():
            part, rels_part = _notes_xml(kind, items)
            out.writestr(f"word/{kind}s.xml", part)
            out.writestr(f"word/_rels/{kind}s.xml.rels", rels_part)
    return path
