"""Who speaks in a source: turns from headings, voice tags, posts and documents, reported
as ``match.speaker``; and the tolerant name comparison the attribution check will use."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from quotecheck.models import SourceText
from quotecheck.sources.subtitles import read_subtitles
from quotecheck.speakers import (
    document_speaker,
    same_speaker,
    speaker_at,
    speaker_turns,
    with_speakers,
)
from tests.conftest import Run

TRANSCRIPT = """HEARING OF THE TRANSIT COMMITTEE

CHAIRWOMAN VANCE: The committee will come to order.
MR. OKAFOR: We are not asking for a fare increase this year.
Q  Will the study look at the evening routes?
A  It will, and it will take six months.
JUSTICE KAGAN: Counsel, what is the limiting principle?
Chairman Smith. Thank you, the gentleman's time has expired.
"""


def test_turns_of_a_transcript() -> None:
    turns = speaker_turns(TRANSCRIPT)
    assert [name for _, name in turns] == [
        "CHAIRWOMAN VANCE", "MR. OKAFOR", "Q", "A", "JUSTICE KAGAN", "Chairman Smith"]
    at = TRANSCRIPT.index("fare increase")
    assert speaker_at(turns, at) == "MR. OKAFOR"
    assert speaker_at(turns, TRANSCRIPT.index("six months")) == "A"
    assert speaker_at(turns, 3) is None  # before any turn


def test_vtt_voice_tags() -> None:
    vtt = ("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Dana Kim>Turnout is up 12 percent.\n\n"
           "00:00:03.000 --> 00:00:05.000\n<v.loud Reyes>They promised and they left.\n")
    source = read_subtitles("talk.vtt", vtt.encode())
    assert "<v" not in source.text
    assert speaker_at(source.speakers, source.text.index("Turnout")) == "Dana Kim"
    assert speaker_at(source.speakers, source.text.index("promised")) == "Reyes"


def test_srt_name_prefixes() -> None:
    srt = ("1\n00:00:01,000 --> 00:00:03,000\nHOST: Welcome back to the show.\n\n"
           "2\n00:00:03,000 --> 00:00:05,000\nGUEST: Glad to be here tonight.\n")
    source = with_speakers(read_subtitles("show.srt", srt.encode()))
    assert speaker_at(source.speakers, source.text.index("Glad")) == "GUEST"


@pytest.mark.parametrize(("top", "speaker"), [
    ("UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\n\nORDER",
     "United States District Court"),
    ("In the Missouri Court of Appeals\nEastern District\n", "Missouri Court of Appeals"),
    ("JANE ROE and JOHN DOE,\n   Plaintiffs,\n v.\nCITY OF HARLAN,\n", "JANE ROE and JOHN DOE"),
    ("FOR IMMEDIATE RELEASE\nContact: Dana Kim\n\nHARLAN, Ohio (May 2, 2024) — The Harlan "
     "Transit Authority today announced a fare study.", "Harlan Transit Authority"),
    ("PRESS RELEASE\nMay 2 -- Acme Corp. said on Tuesday that it will close.", "Acme Corp."),
    ("HARLAN (May 2) — The Harlan Transit Authority announced a study.", None),  # no release
    ("The motion court overruled the motion.\nNothing else here.", None),
])
def test_documents(top: str, speaker: str | None) -> None:
    assert document_speaker(top) == speaker
    source = with_speakers(SourceText("d.txt", text=top))
    assert speaker_at(source.speakers, len(top) - 1) == speaker


def test_a_source_that_names_no_one_has_no_speakers() -> None:
    assert with_speakers(SourceText("s.txt", text="Plain prose. Nobody is named.")).speakers == ()


@pytest.mark.parametrize(("article", "source", "same"), [
    ("Justice Kagan", "JUSTICE KAGAN", True),
    ("Elena Kagan", "JUSTICE KAGAN", True),
    ("J. Smith", "John Smith", True),
    ("Smith", "MR. SMITH", True),
    ("Sen. Bernie Sanders", "Bernie Sanders", True),
    ("Dana Kim", "Dana Kim (@danakim)", True),
    ("JFK", "John F. Kennedy", True),
    ("John Smith", "Jane Smith", False),
    ("Okafor", "Councillor Vance", False),
    ("Governor Ruiz", "Governor Reyes", False),
    ("the chief justice", "CHIEF JUSTICE ROBERTS", False),
    ("Mayor", "Mayor Okafor", False),
    # a place or body after a person's name is no part of it
    ("Paul D. Ryan of Wisconsin", "MR. RYAN", True),
    ("Dana Ruiz, of Tampa", "Dana Ruiz", True),
    ("Phil Bryant of Mississippi", "Governor Reyes", False),
    ("Ana Ruiz of Tampa", "Dana Ruiz", False),
    ("Secretary of State John Kerry", "MR. KERRY", True),
])
def test_same_speaker(article: str, source: str, same: bool) -> None:
    assert same_speaker(article, source) is same
    assert same_speaker(source, article) is same


def test_same_speaker_through_the_articles_introductions() -> None:
    introductions = {"the chief justice": "John G. Roberts"}
    assert same_speaker("the chief justice", "CHIEF JUSTICE ROBERTS", introductions)
    assert not same_speaker("the chief justice", "JUSTICE KAGAN", introductions)


def _verified_claims(cli: Callable[..., Run], folder: Path, schema: dict[str, Any],
                     source: tuple[str, str], article: str) -> list[dict[str, Any]]:
    """The JSON claims (checked against the schema) of ``article`` verified beside the
    source file ``source`` (name, text)."""
    (folder / source[0]).write_text(source[1])
    path = folder / "story.md"
    path.write_text(article)
    data = cli("verify", str(path), "--format", "json").json()
    jsonschema.validate(data, schema)
    claims: list[dict[str, Any]] = data["articles"][0]["claims"]
    return claims


def test_match_speaker_in_json(cli: Callable[..., Run], tmp_path: Path,
                               schema: dict[str, Any]) -> None:
    claims = _verified_claims(
        cli, tmp_path, schema, ("hearing.txt", TRANSCRIPT),
        "Okafor said “we are not asking for a fare increase this year” ([t](hearing.txt)). "
        "The answer was “it will take six months” ([t](hearing.txt)).\n")
    assert [(c["verdict"], c["match"]["speaker"]) for c in claims] == [
        ("verified", "MR. OKAFOR"), ("exact", "A")]


COURT_PDFS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pdf"


@pytest.mark.parametrize(("name", "court"), [
    ("gov.uscourts.cacd.652774.40.0.pdf", "United States District Court"),
    ("missouri.pdf", "Missouri Court of Appeals"),
])
def test_real_court_orders_speak_for_their_court(name: str, court: str) -> None:
    from quotecheck.sources.local import read_local

    path = COURT_PDFS / name
    if not path.exists():
        pytest.skip(f"the shared corpus is not at {COURT_PDFS}")
    source = with_speakers(read_local(name, path))
    assert speaker_at(source.speakers, len(source.text) // 2) == court


ARGUMENT = """CHIEF JUSTICE ROBERTS: We will hear argument first this morning in the fare case.

JUSTICE KAGAN: Counsel, the statute says nothing about night buses at all.

CHIEF JUSTICE ROBERTS: Thank you, counsel. The case is submitted.
"""


def test_a_title_the_article_introduced_is_held_against_the_source(
        cli: Callable[..., Run], tmp_path: Path, schema: dict[str, Any]) -> None:
    """"The chief justice" names the person the article introduced with that title: his
    own line is his, Justice Kagan's line credited to him is misattributed."""
    claims = _verified_claims(
        cli, tmp_path, schema, ("argument.txt", ARGUMENT),
        "Chief Justice John Roberts opened the session.\n\n"
        "The chief justice said “the case is submitted” ([t](argument.txt)).\n\n"
        "Later the chief justice said “the statute says nothing about night buses at all” "
        "([t](argument.txt)).\n")
    assert [c["speaker_refers_to"] for c in claims] == ["John Roberts", "John Roberts"]
    assert [(c["verdict"], c["match"]["speaker"]) for c in claims] == [
        ("verified", "CHIEF JUSTICE ROBERTS"), ("misattributed", "JUSTICE KAGAN")]


def test_the_person_a_cited_report_quotes_is_held_against_the_source(
        cli: Callable[..., Run], tmp_path: Path, schema: dict[str, Any]) -> None:
    """`according to the Gazette` makes the Gazette the speaker, and the one it quotes the
    person compared with the source: Okafor's line credited to him passes, Vance's line
    credited to him is misattributed."""
    claims = _verified_claims(
        cli, tmp_path, schema, ("hearing.txt", TRANSCRIPT),
        "Peter Okafor spoke at the hearing.\n\n"
        "“We are not asking for a fare increase this year,” Okafor said, according to the "
        "Harbour Gazette ([t](hearing.txt)).\n\n"
        "“The committee will come to order,” Okafor said, according to the Harbour Gazette "
        "([t](hearing.txt)).\n")
    assert [(c["speaker"], c["cue"], c["speaker_refers_to"]) for c in claims] == [
        ("the Harbour Gazette", "according to", "Peter Okafor")] * 2
    assert [(c["verdict"], c["match"]["speaker"]) for c in claims] == [
        ("exact", "MR. OKAFOR"), ("misattributed", "CHAIRWOMAN VANCE")]
    said = claims[1]["differences"][0]  # the person compared, not the report that quotes him
    assert (said["kind"], said["quote"], said["source"]) == (
        "speaker", "Peter Okafor", "CHAIRWOMAN VANCE")
