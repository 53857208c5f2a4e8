"""Subtitle sources (``.srt``, ``.vtt``): the spoken text, rolling caption repeats removed,
with the time of each cue so that a match can cite when it was said."""

from __future__ import annotations

import hashlib
import re

from quotecheck.models import SourceText

_TIMING = re.compile(r"(?P<start>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*\S+")
_TAG = re.compile(r"<[^>]*>")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?[ \t]+(?P<name>[^>]+)>")


def _voiced(line: str) -> tuple[str, str | None]:
    """A caption line without its tags, and the name of a ``<v Name>`` voice tag."""
    voice = _VOICE.search(line)
    return _TAG.sub("", line).strip(), voice.group("name").strip() if voice else None


def _cues(text: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    """(start time, text lines with their voices) of every cue, in order."""
    cues = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [line.strip() for line in block.strip().split("\n")]
        at = next((i for i, line in enumerate(lines) if _TIMING.search(line)), None)
        if at is None:
            continue
        start = _TIMING.search(lines[at])
        assert start is not None
        body = [_voiced(line) for line in lines[at + 1 :]]
        cues.append((start.group("start").replace(",", "."), [b for b in body if b[0]]))
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
