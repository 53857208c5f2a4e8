"""Subtitle files as people and tools write them: byte-order marks and CRLF, cues without
numbers, blank lines inside a cue, WebVTT headers, comments, styles, regions, cue settings,
hours-less times, inline tags and character references; what cannot be read is that
source's reason, never a crash."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from quotecheck.sources.subtitles import read_subtitles
from tests.conftest import Run


def test_srt_with_a_byte_order_mark_and_crlf() -> None:
    data = ("\ufeff1\r\n00:00:01,000 --> 00:00:03,000\r\nWe will not raise fares\r\n"
            "this year.\r\n\r\n2\r\n00:01:04,250 --> 00:01:06,000\r\nSecond cue.\r\n")
    source = read_subtitles("s.srt", data.encode())
    assert source.text == "We will not raise fares\nthis year.\nSecond cue.\n"
    assert source.cue_times == ((0, "00:00:01.000"), (35, "00:01:04.250"))


def test_srt_cues_without_numbers_and_with_positions() -> None:
    data = ("00:00:01,000 --> 00:00:03,000 X1:100 X2:200 Y1:1 Y2:2\n<i>Placed</i> cue.\n\n"
            "00:00:04,000 --> 00:00:05,000\n<font color=\"red\">Red</font> cue.\n")
    assert read_subtitles("s.srt", data.encode()).text == "Placed cue.\nRed cue.\n"


def test_a_blank_line_inside_an_srt_cue_keeps_the_text_but_not_a_broken_cue() -> None:
    data = ("1\n00:00:01,000 --> 00:00:03,000\nThe depot will reopen\n\nin the spring.\n\n"
            "2\n00:00:04,000 -> 00:00:05,000\nA cue whose arrow is broken.\n\n"
            "3\n00:00:06,000 --> 00:00:07,000\nLast cue.\n")
    source = read_subtitles("s.srt", data.encode())
    assert source.text == "The depot will reopen\nin the spring.\nLast cue.\n"
    assert source.cue_times == ((0, "00:00:01.000"), (37, "00:00:06.000"))


def test_webvtt_blocks_settings_tags_and_references() -> None:
    data = ("WEBVTT - council meeting\nKind: captions\n\nSTYLE\n::cue { color: yellow }\n\n"
            "REGION\nid:left width:40%\n\nNOTE written by hand\nnot spoken\n\n"
            "intro\n01:02.500 --> 01:04.000 align:start position:10% line:0\n"
            "<v.loud Dana Kim>Fares &amp; routes stay <c.yellow>as</c> they are,\n"
            "<00:01:03.000>all of them &lt;promise&gt;.\n\n"
            "NOTE the next cue has no identifier\n\n"
            "1:00:00.000 --> 1:00:02.000\n<i>An hour in.</i>\n")
    source = read_subtitles("s.vtt", data.encode())
    assert source.text == ("Fares & routes stay as they are,\nall of them <promise>.\n"
                           "An hour in.\n")
    assert source.cue_times == ((0, "00:01:02.500"), (56, "01:00:00.000"))
    assert source.speakers == ((0, "Dana Kim"),)


def test_a_webvtt_comment_is_never_a_cue() -> None:
    data = ("WEBVTT\n\nNOTE written over 00:00:01.000 --> 00:00:02.000\nby the editor\n\n"
            "00:00:03.000 --> 00:00:04.000\nSpoken.\n")
    assert read_subtitles("s.vtt", data.encode()).text == "Spoken.\n"


def test_an_srt_file_keeps_its_references_as_written() -> None:
    data = "1\n00:00:01,000 --> 00:00:02,000\nFish &amp; chips\n"
    assert read_subtitles("s.srt", data.encode()).text == "Fish &amp; chips\n"


@pytest.mark.parametrize("data", [b"", b"\x00\x01\xff binary --> not captions\n",
                                  b"WEBVTT\n\n00:00:01.000 --> 00:00:0", b"\n\n\n \n",
                                  b"WEBVTT\n\nNOTE only a comment\n"])
def test_a_file_with_no_captions_is_that_sources_reason(data: bytes) -> None:
    source = read_subtitles("s.vtt", data)
    assert (source.available, source.error) == (False, "no captions in the subtitle file")


def test_a_bad_subtitle_file_is_one_claims_reason(cli: Callable[..., Run],
                                                  tmp_path: Path) -> None:
    (tmp_path / "bad.vtt").write_bytes(b"\xff\xfe\x00garbage --> \x1b[31m\n")
    (tmp_path / "good.srt").write_text("1\n00:00:01,000 --> 00:00:02,000\nWe stay open.\n")
    (tmp_path / "a.md").write_text("She said “we stay open” ([video](bad.vtt)).\n")
    (tmp_path / "b.md").write_text("He said “we stay open” ([video](good.srt)).\n")
    run = cli("verify", str(tmp_path / "a.md"), str(tmp_path / "b.md"), "--format", "json")
    bad, good = (article["claims"][0] for article in run.json()["articles"])
    assert (bad["verdict"], bad["source"]["error"]) == (
        "unavailable", "no captions in the subtitle file")
    assert (good["verdict"], good["match"]["time"]) == ("verified", "00:00:01.000")
