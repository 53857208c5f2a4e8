"""Source text as people type it, cleaned for matching with a map back to the text.

Emphasis markers (``_x_``, ``*x*``, ``**x**``), inline HTML tags and entities, speaker
headings and stage directions (replaced by `` | ``, a break that is never a lead-in word),
stray spaces before apostrophes and punctuation, and line-number gutters are removed.
Each pattern runs only when a cheap test says the text may hold it, so a large clean text
costs a few substring searches.
"""

from __future__ import annotations

import heapq
import html
import re
from collections.abc import Iterator

from quotecheck.match.headings import find_headings
from quotecheck.textmap import TextMap, TextMapBuilder

TURN = " | "  # what a speaker heading or stage direction becomes
_EMPHASIS = re.compile(r"(?P<mark>\*\*|\*|__|_)(?=[^\s*_])(?P<body>"
                       r"(?:[^\n*_]|\n(?![ \t]*\n)){1,300}?)(?<=[^\s*_])(?P=mark)(?![\w*])")
_INLINE_TAGS = ("a|abbr|b|i|em|strong|span|sup|sub|small|u|s|mark|code|font|cite|q|big|ins|del"
                "|time|var|kbd|dfn|bdi|bdo|wbr")
_TAG = re.compile(rf"<(?P<close>/?)(?P<tag>{_INLINE_TAGS}|br|p|div|li|ul|ol|h[1-6]|blockquote"
                  r"|tr|td|th|table|hr|section|article|header|footer)\b[^<>]{0,300}>",
                  re.IGNORECASE)
_INLINE = frozenset(_INLINE_TAGS.split("|"))
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
_SPACE_BEFORE = re.compile(r"[ \t]+(?:[,;:!?]|\.(?!\.)|'(?:s|t|ll|re|ve|d|m)\b)(?=\s|$|\w)")
_SPACED_MARK = re.compile(r"[,;:!?.'](?<=[ \t].)")  # a cheap test: marks are rarer than spaces
_INLINE_DIRECTION = re.compile(
    r"[\[(](?:applause|laughter|laughs|crosstalk|inaudible|unintelligible|cheers|booing|pause"
    r"|silence|begin video clip|end video clip|commercial break|music)[^\])\n]{0,40}[\])]",
    re.IGNORECASE)
_LINE_DIRECTION = re.compile(
    r"\n[ \t]*\[?_?(?:Enter|Exit|Exeunt|Re-enter)(?:[ \t]+(?:[A-Z][\w'’-]*|and|the|with|all"
    r"|others|attendants),?){0,6}[ \t]*\.?_?\]?[ \t]*(?=\r?\n|\Z)")
_GUTTER = re.compile(r"^[ \t]*(?P<n>\d{1,4})(?:[ \t]+|$)", re.MULTILINE)
_GUTTER_RUN = 3


def _emphasis(text: str) -> Iterator[tuple[int, int, str]]:
    at = 0
    while (m := _EMPHASIS.search(text, at)) is not None:
        before = text[m.start() - 1 : m.start()]
        if before.isalnum() or before in ("_", "*"):  # inside a word: snake_case, 2*3
            at = m.start() + 1
            continue
        mark = len(m.group("mark"))
        yield m.start(), m.start() + mark, ""
        yield m.end() - mark, m.end(), ""
        at = m.end()


def _spaces(text: str) -> Iterator[tuple[int, int, str]]:
    """A stray space before punctuation or an apostrophe ("the play 's", "done .")."""
    for m in _SPACE_BEFORE.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum()):
            blank = len(m.group(0)) - len(m.group(0).lstrip(" \t"))
            yield m.start(), m.start() + blank, ""


def _tags(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _TAG.finditer(text):
        yield m.start(), m.end(), "" if m.group("tag").lower() in _INLINE else " "


def _entities(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _ENTITY.finditer(text):
        plain = html.unescape(m.group(0))
        if plain != m.group(0):
            yield m.start(), m.end(), plain.replace("\xa0", " ")


def _gutters(text: str) -> Iterator[tuple[int, int, str]]:
    """Line numbers opening lines, where at least three lines in a row count up by one."""
    run: list[re.Match[str]] = []
    for m in _GUTTER.finditer(text):
        if run and (int(m.group("n")) != int(run[-1].group("n")) + 1
                    or text.count("\n", run[-1].end(), m.start()) > 2):
            yield from _gutter_run(run)
            run = []
        run.append(m)
    yield from _gutter_run(run)


def _gutter_run(run: list[re.Match[str]]) -> Iterator[tuple[int, int, str]]:
    if len(run) >= _GUTTER_RUN:
        yield from ((m.start(), m.end(), "") for m in run)


def _changes(text: str) -> Iterator[tuple[int, int, str]]:
    """Every (start, end, replacement) the cleaning makes, in order, without overlaps."""
    headings = find_headings(text)
    streams: list[Iterator[tuple[int, int, str]]] = [((h.start, h.end, TURN) for h in headings)]
    if "(" in text or "[" in text:
        streams.append((m.start(), m.end(), TURN) for m in _INLINE_DIRECTION.finditer(text))
    if _SPACED_MARK.search(text):
        streams.append(_spaces(text))
    if headings:  # a play: "Enter Hamlet." lines are stage directions
        streams.append((m.start(), m.end() - 1, TURN)
                       for m in _LINE_DIRECTION.finditer("\n" + text))
    if "_" in text or "*" in text:
        streams.append(_emphasis(text))
    if "<" in text:
        streams.append(_tags(text))
    if "&" in text:
        streams.append(_entities(text))
    if "\n1 " in text or "\n 1 " in text or "\n1\t" in text or text[:2] == "1 ":
        streams.append(_gutters(text))
    last = 0
    for start, end, replacement in heapq.merge(*streams):
        if start >= last:
            yield start, end, replacement
            last = end


def clean_source(text: str) -> tuple[str, TextMap | None]:
    """The text with markup removed and its map back, or (text, None) when nothing changed."""
    builder = TextMapBuilder()
    pos = 0
    for start, end, replacement in _changes(text):
        builder.copy(pos, text[pos:start])
        builder.replace(start, end, replacement)
        pos = end
    if pos == 0:
        return text, None
    builder.copy(pos, text[pos:])
    return builder.build(len(text))
