"""Subtitle sources (``.srt``, ``.vtt``): the spoken text, rolling caption repeats removed,
with the time of each cue so that a match can cite when it was said.

Read by hand rather than with ``srt`` or ``webvtt-py``: both reject a whole file for one
malformed cue (webvtt-py also an SRT file without cue numbers and a ``.vtt`` file without
its header) where this reader keeps every cue it can read; see the README's library
choices.
"""

from __future__ import annotations

import hashlib
import html
import re

from quotecheck.models import SourceText

_TIMING = re.compile(r"(?P<start>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*\S+")
_TAG = re.compile(r"<[^>]*>")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?[ \t]+(?P<name>[^>]+)>")
_CUE_NUMBER = re.compile(r"\d+")

Cue = tuple[str, list[tuple[str, str | None]]]


def _voiced(line: str, vtt: bool) -> tuple[str, str | None]:
    """A caption line without its tags (a WebVTT line's character references decoded:
    ``&amp;`` is ``&``), and the name of a ``<v Name>`` voice tag."""
    voice = _VOICE.search(line)
    text = _TAG.sub("", line)
    return (html.unescape(text) if vtt else text).strip(), (
        voice.group("name").strip() if voice else None)


def _time(found: re.Match[str]) -> str:
    """A cue's start as ``HH:MM:SS.mmm`` (WebVTT may leave the hours out)."""
    clock, _, fraction = found.group("start").replace(",", ".").partition(".")
    parts = clock.split(":")
    hours = parts[0] if len(parts) == 3 else "0"
    return f"{int(hours):02d}:{parts[-2]}:{parts[-1]}.{fraction.ljust(3, '0')}"


def _continues(lines: list[str]) -> bool:
    """Whether a block with no timing line is more text of the cue before it (a blank line
    inside an SRT cue), rather than a cue whose timing line is broken (it starts with its
    number)."""
    return not any("-->" in line for line in lines) and not _CUE_NUMBER.fullmatch(lines[0])


def _cues(text: str) -> list[Cue]:
    """(start time, text lines with their voices) of every cue, in order. A WebVTT file's
    header, NOTE, STYLE and REGION blocks have no timing line and are left out."""
    vtt = text.lstrip("\ufeff").startswith("WEBVTT")
    cues: list[Cue] = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [line.strip() for line in block.strip().split("\n")]
        if vtt and lines[0].startswith(("NOTE", "STYLE", "REGION")):
            continue
        at = next((i for i, line in enumerate(lines) if _TIMING.search(line)), None)
        if at is None:
            if cues and not vtt and _continues(lines):
                cues[-1][1].extend(b for b in (_voiced(line, vtt) for line in lines) if b[0])
            continue
        start = _TIMING.search(lines[at])
        assert start is not None
        body = [_voiced(line, vtt) for line in lines[at + 1 :]]
        cues.append((_time(start), [b for b in body if b[0]]))
    return cues


def read_subtitles(ref: str, data: bytes, path: str | None = None) -> SourceText:
    """The text of a subtitle file, one line per new caption line, with cue times and the
    voices (``<v Name>``) that speak."""
    text = data.decode("utf-8-sig", "replace")
    lines: list[str] = []
    times: list[tuple[int, str]] = []
    voices: list[tuple[int, str]] = []
    length = 0
    for start, body in _cues(text):
        fresh = list(body)
        while fresh and lines and fresh[0][0] in lines[-len(body):]:  # rolling repeats
            fresh.pop(0)
        if fresh:
            times.append((length, start))
        for line, voice in fresh:
            if voice and (not voices or voices[-1][1] != voice):
                voices.append((length, voice))
            lines.append(line)
            length += len(line) + 1
    if not lines:
        return SourceText(ref, path=path, error="no captions in the subtitle file")
    return SourceText(ref, text="\n".join(lines) + "\n", path=path, layer="captions",
                      sha256=hashlib.sha256(data).hexdigest(), cue_times=tuple(times),
                      speakers=tuple(voices))
