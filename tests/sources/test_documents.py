"""Word and subtitle sources: tracked changes, tables, rolling captions, cue times."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml

from quotecheck.sources.local import read_local
from tests.conftest import Run

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(path: Path) -> Path:
    document = Document()
    document.add_paragraph("The committee met on Monday.")
    tracked = document.add_paragraph("The fund will ")
    tracked._p.append(parse_xml(
        f'<w:ins {W} w:id="1" w:author="Ed" w:date="2025-01-01T00:00:00Z">'
        '<w:r><w:t xml:space="preserve">not </w:t></w:r></w:ins>'))
    tracked._p.append(parse_xml(
        f'<w:del {W} w:id="2" w:author="Ed" w:date="2025-01-01T00:00:00Z">'
        '<w:r><w:delText>never </w:delText></w:r></w:del>'))
    tracked.add_run("cover the new depot.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Route 9"
    table.cell(0, 1).text = "Shelters repaired by June"
    document.save(str(path))
    return path


def test_docx_keeps_insertions_drops_deletions_reads_tables(tmp_path: Path) -> None:
    source = read_local("memo.docx", _docx(tmp_path / "memo.docx"))
    assert source.error is None
    assert "The fund will not cover the new depot." in source.text
    assert "never" not in source.text
    assert "Shelters repaired by June" in source.text


ROLLING = """WEBVTT

00:00:01.000 --> 00:00:03.000
we will not raise

00:00:03.000 --> 00:00:05.000
we will not raise
fares this year and

00:00:05.000 --> 00:00:07.000
fares this year and
<c>the levy covers it</c>
"""

SRT = """1
00:00:10,000 --> 00:00:12,500
Good evening, everyone.

2
00:01:04,250 --> 00:01:07,000
The depot will reopen in spring.
"""


def test_rolling_captions_are_deduplicated(tmp_path: Path) -> None:
    (tmp_path / "talk.vtt").write_text(ROLLING)
    source = read_local("talk.vtt", tmp_path / "talk.vtt")
    assert source.text.split() == ("we will not raise fares this year and the levy covers it"
                                   ).split()


def test_cue_time_is_reported(cli: Callable[..., Run], tmp_path: Path) -> None:
    (tmp_path / "meeting.srt").write_text(SRT)
    (tmp_path / "talk.vtt").write_text(ROLLING)
    article = tmp_path / "a.md"
    article.write_text("She said “the depot will reopen in spring” ([video](meeting.srt)).\n\n"
                       "He said “we will not raise fares this year” ([talk](talk.vtt)).\n")
    claims = cli("verify", str(article), "--format", "json").json()["articles"][0]["claims"]
    assert [(c["verdict"], c["match"]["time"], c["source"]["layer"]) for c in claims] == [
        ("verified", "00:01:04.250", "captions"), ("exact", "00:00:01.000", "captions")]


def test_docx_in_verify(cli: Callable[..., Run], tmp_path: Path) -> None:
    _docx(tmp_path / "memo.docx")
    article = tmp_path / "a.md"
    article.write_text("The memo says “the fund will cover the new depot” ([memo](memo.docx)).\n")
    claim = cli("verify", str(article), "--format", "json").json()["articles"][0]["claims"][0]
    assert claim["verdict"] == "altered"
    assert claim["differences"][0]["kind"] == "negation"
