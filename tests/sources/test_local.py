"""Local sources: text, Markdown and HTML read; failures recorded, never raised."""

from __future__ import annotations

from pathlib import Path

from quotecheck.sources.html import html_to_text
from quotecheck.sources.local import read_local


def test_text_and_hash(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text("Hello “world”.\n")
    source = read_local("t.txt", path)
    assert source.available and source.text == "Hello “world”.\n"
    assert source.sha256 is not None and len(source.sha256) == 64


def test_cp1252_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_bytes("We don\u2019t \u2014 caf\u00e9".encode("cp1252"))
    assert read_local("t.txt", path).text == "We don’t — café"


def test_markdown_is_stripped_with_line_map(tmp_path: Path) -> None:
    path = tmp_path / "doc.md"
    path.write_text("# Title\n\nThe levy raises **$3.1 million** a year.\n")
    source = read_local("doc.md", path)
    assert "The levy raises $3.1 million a year." in source.text
    assert source.text_map is not None
    at = source.text.index("$3.1")
    assert source.raw[source.text_map.start(at) :].startswith("$3.1")


def test_html_visible_text_only() -> None:
    html = (
        "<html><head><title>T</title><style>p{}</style><script>var s='hidden';</script></head>"
        "<body><p>First&nbsp;para with <em>em</em>phasis.</p><div hidden>secret</div>"
        "<!-- comment --><p>Second<br>line</p><noscript>ns</noscript></body></html>"
    )
    text = html_to_text(html)
    assert text == "First para with emphasis.\n\nSecond\nline"


def test_failures_are_data(tmp_path: Path) -> None:
    assert read_local("m.txt", tmp_path / "m.txt").error == "file not found"
    (tmp_path / "d.txt").mkdir()
    assert read_local("d.txt", tmp_path / "d.txt").error == "is a directory"
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01\x02")
    assert read_local("b.txt", binary).error == "binary file"
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(b"%PDF-1.4 and nothing else")
    error = read_local("r.pdf", pdf).error
    assert error is not None and error.startswith("unreadable PDF")
    odt = tmp_path / "r.odt"
    odt.write_bytes(b"PK\x03\x04")
    error = read_local("r.odt", odt).error
    assert error is not None and error.startswith(".odt files are not supported as a source")
    assert ".docx" in error and ".pdf" in error
    bare = tmp_path / "LICENSE"
    bare.write_text("no extension")
    error = read_local("LICENSE", bare).error
    assert error is not None and error.startswith("a file without an extension is not")
