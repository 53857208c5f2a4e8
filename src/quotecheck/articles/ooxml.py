"""The parts of a Word file, read safely: each zip member decompressed up to a size cap
(a zip bomb stops there), XML parsed without DTDs, entities or network access."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from quotecheck.errors import ArticleError

if TYPE_CHECKING:
    from lxml import etree  # type: ignore[import-untyped]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
MAX_MEMBER_BYTES = 32 * 1024 * 1024
MAX_MEMBERS = 10_000
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class WordPackage:
    """A Word file's zip, read one member at a time within the cap."""

    name: str
    archive: zipfile.ZipFile
    cap: int = MAX_MEMBER_BYTES

    def member(self, part: str) -> bytes | None:
        """The bytes of ``part`` (None when the file has no such part)."""
        try:
            info = self.archive.getinfo(part)
        except KeyError:
            return None
        if info.file_size > self.cap:
            raise ArticleError(f"{self.name}: {part} is too large "
                               f"({info.file_size} bytes uncompressed, limit {self.cap})")
        chunks, size = [], 0
        try:
            with self.archive.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    size += len(chunk)
                    if size > self.cap:  # the header lied about the size
                        raise ArticleError(f"{self.name}: {part} is too large "
                                           f"(over {self.cap} bytes uncompressed)")
                    chunks.append(chunk)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise ArticleError(f"{self.name}: not a readable Word file ({exc})") from None
        return b"".join(chunks)

    def xml(self, part: str) -> etree._Element | None:
        """``part`` parsed as XML (None when absent)."""
        data = self.member(part)
        return None if data is None else parse_xml(self.name, part, data)

    def relationships(self, part: str) -> dict[str, str]:
        """The external targets (hyperlinks) of ``part``, by relationship id."""
        folder, _, file = part.rpartition("/")
        rels = self.xml(f"{folder}/_rels/{file}.rels")
        if rels is None:
            return {}
        return {rel.get("Id", ""): rel.get("Target", "") for rel in rels.iter(_RELS)
                if rel.get("TargetMode") == "External"}


def open_package(name: str, data: bytes) -> WordPackage:
    """The Word file ``data`` as a package, or an :class:`ArticleError` saying why not
    (the source reader's checks first: total unpacked size, XML size, DTDs)."""
    from quotecheck.sources.docx import package_refusal

    refusal = package_refusal(data)
    if refusal is not None:
        raise ArticleError(f"{name}: {refusal}")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ArticleError(f"{name}: not a readable Word file ({exc})") from None
    if len(archive.infolist()) > MAX_MEMBERS:
        raise ArticleError(f"{name}: not a readable Word file (too many parts)")
    return WordPackage(name, archive)


def parse_xml(name: str, part: str, data: bytes) -> etree._Element:
    """Parse one part; Word never declares a DTD, so one is refused outright."""
    from lxml import etree

    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise ArticleError(f"{name}: {part} declares a DTD or entities (refused)")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        root: Any = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ArticleError(f"{name}: {part} is not valid XML ({exc})") from None
    return root


def style_names(package: WordPackage) -> dict[str, str]:
    """Paragraph style ids and their names (``IntenseQuote`` -> ``intense quote``), with
    the name of the style each one is based on as ``id>``."""
    styles = package.xml("word/styles.xml")
    names: dict[str, str] = {}
    if styles is None:
        return names
    for style in styles.iter(f"{W}style"):
        style_id = style.get(f"{W}styleId", "")
        name = style.find(f"{W}name")
        names[style_id] = (name.get(f"{W}val", "") if name is not None else style_id).lower()
        based = style.find(f"{W}basedOn")
        if based is not None:
            names[style_id + ">"] = based.get(f"{W}val", "")
    return names
