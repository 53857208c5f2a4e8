"""Word articles: structure, positions, links, notes, tracked changes, comments, safety."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from quotecheck.articles import read_article
from quotecheck.articles.docx import parse_docx
from quotecheck.articles.ooxml import open_package
from quotecheck.errors import ArticleError
from quotecheck.extract import extract_claims
from quotecheck.models import Claim, ClaimKind
from tests.articles import wordgen
from tests.conftest import Run

SOURCE = ("The council met on Tuesday. We will not raise fares this year, the mayor said. "
          "Every route stays open until the depot is rebuilt.\n")


def _claims(path: Path) -> tuple[Claim, ...]:
    return extract_claims(read_article(path))


def _structured(tmp_path: Path) -> Path:
    from docx.shared import Inches

    doc = wordgen.new_document()
    doc.add_heading("Council keeps “every route” open", 1)
    doc.add_paragraph("The mayor said “We will not raise fares this year,” after the vote.")
    doc.add_paragraph("“Every route stays open,” she wrote.", style="Quote")
    doc.add_paragraph("A second block paragraph that quotes nobody in particular.",
                      style="Intense Quote")
    doc.add_paragraph("Between the blocks.")
    indented = doc.add_paragraph("The depot will be rebuilt by spring.")
    indented.paragraph_format.left_indent = Inches(0.5)
    doc.add_paragraph("Riders called it “a relief” on Tuesday.", style="List Bullet")
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Ruiz"
    table.cell(0, 1).text = "“Fares stay flat,” Ruiz said."
    doc.add_paragraph("")  # empty paragraphs are not counted
    doc.add_paragraph("Last line, “after the table.”")
    return wordgen.save(doc, tmp_path / "draft.docx")


def test_paragraphs_headings_lists_tables_and_blocks(tmp_path: Path) -> None:
    article = read_article(_structured(tmp_path))
    assert article.raw.split("\n") == [
        "Council keeps “every route” open",
        "The mayor said “We will not raise fares this year,” after the vote.",
        "“Every route stays open,” she wrote.",
        "A second block paragraph that quotes nobody in particular.",
        "Between the blocks.",
        "The depot will be rebuilt by spring.",
        "Riders called it “a relief” on Tuesday.",
        "Ruiz", "“Fares stay flat,” Ruiz said.",
        "Last line, “after the table.”",
    ]
    claims = extract_claims(article)
    found = [(c.quote, c.kind, c.paragraph, c.offset, c.line) for c in claims]
    assert found == [
        ("every route", ClaimKind.INLINE, 1, 15, 1),
        ("We will not raise fares this year", ClaimKind.INLINE, 2, 16, 2),
        ("Every route stays open", ClaimKind.BLOCK, 3, 1, 3),
        ("The depot will be rebuilt by spring.", ClaimKind.BLOCK, 6, 0, 6),
        ("a relief", ClaimKind.INLINE, 7, 18, 7),
        ("Fares stay flat", ClaimKind.INLINE, 9, 1, 9),
        ("after the table", ClaimKind.INLINE, 10, 12, 10),
    ]
    assert all(c.column == c.offset + 1 for c in claims if c.offset is not None)
    assert claims[1].speaker == "The mayor"


def test_quote_and_intense_quote_paragraphs_join_into_one_block(tmp_path: Path) -> None:
    doc = wordgen.new_document()
    doc.add_paragraph("Ruiz wrote:")
    doc.add_paragraph("Fares will stay where they are.", style="Quote")
    doc.add_paragraph("Every route stays open.", style="Intense Quote")
    doc.add_paragraph("Afterwards the council adjourned.")
    claims = _claims(wordgen.save(doc, tmp_path / "b.docx"))
    assert [(c.kind, c.quote, c.paragraph, c.end_line) for c in claims] == [
        (ClaimKind.BLOCK, "Fares will stay where they are. Every route stays open.", 2, 3)]
    assert claims[0].speaker == "Ruiz"


def test_hyperlinks_are_cited_sources(tmp_path: Path) -> None:
    doc = wordgen.new_document()
    p = doc.add_paragraph("“We will not raise fares,” the mayor said (")
    wordgen.add_hyperlink(p, "https://news.example/minutes", "the minutes")
    p.add_run(").")
    q = doc.add_paragraph("“Every route stays open,” Ruiz said, ")
    wordgen.add_field_link(q, "https://news.example/ruiz", "in a statement")
    article = read_article(wordgen.save(doc, tmp_path / "links.docx"))
    texts = [(article.plain[link.start:link.end], link.url) for link in article.links]
    assert texts == [("the minutes", "https://news.example/minutes"),
                     ("in a statement", "https://news.example/ruiz")]
    claims = extract_claims(article)
    assert [c.cited for c in claims] == [("https://news.example/minutes",),
                                         ("https://news.example/ruiz",)]


def test_footnotes_and_endnotes_are_read_and_cite_where_referenced(tmp_path: Path) -> None:
    doc = wordgen.new_document()
    p = doc.add_paragraph("“We will not raise fares this year,” the mayor said.")
    wordgen.add_note_reference(p, 1)
    doc.add_paragraph("No note here: “a plain quote” stands alone.")
    e = doc.add_paragraph("Closing words.")
    wordgen.add_note_reference(e, 1, "endnote")
    notes: dict[str, dict[int, tuple[str, str | None]]] = {
        "footnote": {1: ("Council minutes, ", "https://news.example/minutes")},
        "endnote": {1: ("“The depot is next,” Ruiz said later.", None)}}
    article = read_article(wordgen.save(doc, tmp_path / "notes.docx", notes))
    assert article.raw.split("\n")[3:] == ["Council minutes, https://news.example/minutes",
                                           "“The depot is next,” Ruiz said later."]
    claims = extract_claims(article)
    assert [(c.quote, c.paragraph, c.cited) for c in claims] == [
        ("We will not raise fares this year", 1, ("https://news.example/minutes",)),
        ("a plain quote", 2, ()),
        ("The depot is next", 5, ()),
    ]
    assert claims[2].speaker == "Ruiz"


def test_tracked_changes_read_as_the_current_text(tmp_path: Path) -> None:
    doc = wordgen.new_document()
    p = doc.add_paragraph("The mayor said “We will ")
    wordgen.add_deletion(p, "not ")
    p.add_run("raise fares ")
    wordgen.add_insertion(p, "next ")
    p.add_run("year.”")
    doc.add_paragraph("Untouched: “every route stays open” was said too.")
    only_deleted = doc.add_paragraph("Ruiz said “the depot ")
    wordgen.add_deletion(only_deleted, "will never ")
    only_deleted.add_run("reopens.”")
    article = read_article(wordgen.save(doc, tmp_path / "tracked.docx"))
    assert article.raw.split("\n") == ["The mayor said “We will raise fares next year.”",
                                       "Untouched: “every route stays open” was said too.",
                                       "Ruiz said “the depot reopens.”"]
    claims = extract_claims(article)
    assert [(c.quote, c.flags) for c in claims] == [
        ("We will raise fares next year", ("tracked-change",)),
        ("every route stays open", ()),
        ("the depot reopens", ("tracked-change",)),
    ]


def test_comments_are_ignored_but_their_directives_honoured(tmp_path: Path) -> None:
    doc = wordgen.new_document()
    p = doc.add_paragraph("First, ")
    run = p.add_run("“We will not raise fares,”")
    doc.add_comment(run, text='quotecheck source="minutes.txt"', author="Ed")
    p.add_run(" the mayor said.")
    q = doc.add_paragraph("Then ")
    skipped = q.add_run("“a quote nobody checks”")
    doc.add_comment(skipped, text="quotecheck-disable-next", author="Ed")
    r = doc.add_paragraph("And ")
    plain = r.add_run("“a quote with a remark”")
    doc.add_comment(plain, text="Check this with the desk", author="Ed")
    wordgen.add_hidden(r, " “hidden words”")
    article = read_article(wordgen.save(doc, tmp_path / "comments.docx"))
    assert "desk" not in article.plain and "hidden" not in article.plain
    claims = extract_claims(article)
    assert [(c.quote, c.cited, c.skipped is not None) for c in claims] == [
        ("We will not raise fares", ("minutes.txt",), False),
        ("a quote nobody checks", (), True),
        ("a quote with a remark", (), False),
    ]


def _verify_draft(tmp_path: Path, cli: Callable[..., Run], *args: str) -> Run:
    (tmp_path / "minutes.txt").write_text(SOURCE)
    doc = wordgen.new_document()
    doc.add_paragraph("Headline")
    p = doc.add_paragraph("The mayor said “We will not raise fares this year” (")
    wordgen.add_hyperlink(p, "minutes.txt", "minutes")
    p.add_run("). She added “Every route stays open until the depot is repaired.”")
    wordgen.save(doc, tmp_path / "draft.docx")
    return cli("verify", str(tmp_path / "draft.docx"), *args)


def test_verify_a_word_draft_end_to_end(tmp_path: Path, cli: Callable[..., Run],
                                        schema: dict[str, Any]) -> None:
    run = _verify_draft(tmp_path, cli, "--format", "json")
    jsonschema.validate(run.json(), schema)
    claims = run.json()["articles"][0]["claims"]
    assert [(c["verdict"], c["paragraph"], c["offset"], c["line"]) for c in claims] == [
        ("exact", 2, 16, 2), ("altered", 2, 73, 2)]
    assert run.code == 1


def test_sarif_and_github_name_the_file_and_the_paragraph(tmp_path: Path,
                                                          cli: Callable[..., Run]) -> None:
    sarif = _verify_draft(tmp_path, cli, "--format", "sarif").json()
    result = sarif["runs"][0]["results"][0]
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"].endswith("draft.docx")
    assert "region" not in location
    assert result["message"]["text"].startswith("paragraph 2, character 74: altered")
    github = _verify_draft(tmp_path, cli, "--format", "github").stdout
    assert "line=" not in github and "::paragraph 2, character 74: altered" in github
    markdown = _verify_draft(tmp_path, cli, "--format", "markdown").stdout
    assert "draft.docx` ¶2 |" in markdown


def test_word_article_from_standard_input(tmp_path: Path, cli: Callable[..., Run]) -> None:
    doc = wordgen.new_document()
    doc.add_paragraph("She said “piped in” today.")
    data = wordgen.save(doc, tmp_path / "in.docx").read_bytes()
    from typer.testing import CliRunner

    from quotecheck.cli.app import app

    result = CliRunner().invoke(app, ["extract", "-", "--stdin-filename", "in.docx",
                                      "--format", "json"], input=data)
    claims = json.loads(result.stdout)["articles"][0]["claims"]
    assert [(c["quote"], c["paragraph"]) for c in claims] == [("piped in", 1)]


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in members.items():
            out.writestr(name, data)
    return buffer.getvalue()


DOCUMENT = ('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
            'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Hi “there”</w:t></w:r>'
            "</w:p></w:body></w:document>").encode()


@pytest.mark.parametrize(("data", "reason"), [
    (b"not a zip at all", "unreadable Word file"),
    (_zip({"word/other.xml": b"<x/>"}), "not a Word document"),
    (_zip({"word/document.xml": b"<w:document"}), "word/document.xml is not valid XML"),
    (_zip({"word/document.xml": b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]>'
           + DOCUMENT[21:]}), r"refused: the Word file declares XML entities"),
    (_zip({"word/document.xml": DOCUMENT.replace(b"Hi", b" " * (33 * 1024 * 1024))}),
     "word/document.xml is too large"),
])
def test_hostile_or_broken_files_fail_in_one_line(data: bytes, reason: str) -> None:
    with pytest.raises(ArticleError, match=reason):
        parse_docx("bad.docx", data)


def test_member_size_is_capped_while_reading() -> None:
    package = replace(open_package("a.docx", _zip({"word/document.xml": DOCUMENT})), cap=64)
    with pytest.raises(ArticleError, match="too large"):
        package.member("word/document.xml")
    assert parse_docx("ok.docx", _zip({"word/document.xml": DOCUMENT})).raw == "Hi “there”"


def test_a_broken_word_file_is_an_input_error(tmp_path: Path, cli: Callable[..., Run]) -> None:
    (tmp_path / "bad.docx").write_bytes(b"PK\x03\x04 truncated")
    run = cli("verify", str(tmp_path / "bad.docx"))
    assert run.code == 2
    assert run.stderr.startswith("quotecheck: error: ") and "unreadable Word file" in \
        run.stderr and run.stderr.count("\n") == 1


def test_changed_since_checks_a_changed_word_file_whole(tmp_path: Path,
                                                        cli: Callable[..., Run]) -> None:
    import subprocess

    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(tmp_path), "-c", "user.name=t", "-c",
                        "user.email=t@t", *args], check=True, capture_output=True)

    doc = wordgen.new_document()
    doc.add_paragraph("She said “we will keep every route open” today.")
    wordgen.save(doc, tmp_path / "draft.docx")
    git("init", "-q")
    git("add", ".")
    git("commit", "-q", "-m", "first")
    args = (str(tmp_path / "draft.docx"), "--format", "json", "--changed-since", "HEAD")
    unchanged = cli("verify", *args)
    assert unchanged.json()["articles"][0]["claims"] == []
    doc.add_paragraph("He said “the library stays open” too.")
    wordgen.save(doc, tmp_path / "draft.docx")
    changed = cli("verify", *args)
    assert [c["quote"] for c in changed.json()["articles"][0]["claims"]] == [
        "we will keep every route open", "the library stays open"]
