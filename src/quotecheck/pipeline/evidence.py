"""Evidence for a finding: the source as the reader should see it, and the matched stretch
of source text with its page, line, cue time and context."""

from __future__ import annotations

from bisect import bisect_right
from pathlib import Path

from quotecheck.findings import MatchInfo, SourceInfo
from quotecheck.lines import LineIndex
from quotecheck.models import SourceText
from quotecheck.speakers import speaker_at

CONTEXT_CHARS = 60


def display_path(path: str | None) -> str | None:
    """``path`` relative to the current folder when it is below it."""
    if path is None:
        return None
    try:
        return str(Path(path).relative_to(Path.cwd()))
    except ValueError:
        return path


def source_info(text: SourceText) -> SourceInfo:
    """What a report says about a source: where it is, which layer, any failure."""
    return SourceInfo(ref=text.ref, url=text.url, path=display_path(text.path),
                      layer=text.layer, archived=text.archived, sha256=text.sha256,
                      error=text.error, redirects=text.redirects)


def match_info(text: SourceText, lines: LineIndex | None, start: int, end: int) -> MatchInfo:
    """The source text from ``start`` to ``end`` with its location and some context."""
    body = text.text
    line = None
    if lines is not None and text.text_map is not None:
        line = lines.position(text.text_map.start(start))[0]
    page = bisect_right(text.pages, start) if text.pages else None
    cue = bisect_right([at for at, _ in text.cue_times], start) - 1
    return MatchInfo(
        text=body[start:end], start=start, end=end, page=page, line=line,
        time=text.cue_times[cue][1] if text.cue_times and cue >= 0 else None,
        speaker=speaker_at(text.speakers, start),
        context_before=body[max(0, start - CONTEXT_CHARS) : start],
        context_after=body[end : end + CONTEXT_CHARS],
    )
