"""Where a quote whose closing mark is missing or mistyped really ends: before the cue
that attributes it (``“A bully pulpit,' said Gomez``), else before the next opening mark."""

from __future__ import annotations

import re

from quotecheck.extract.cues import CUE_WORDS

_CUE_FORMS = frozenset(w for w in CUE_WORDS if " " not in w) | {"according", "pointed"}
#: punctuation that can end a quote, a stray mark, then a space
_BREAK = re.compile(r"[,.!?…—](?P<mark>['’\"”]{0,2})[^\S\n]+")
_WORDS_AHEAD = re.compile(r"[\w’'.-]+")
_LOOK = 5
_MODALS = frozenset("will would can could should may might must shall to".split())
_SENTENCE_END = re.compile(r"[.!?…]['’\"”]{0,2}\s")


def _cue_ahead(text: str, at: int, end: int) -> bool:
    """True when a cue word is among the next few words after ``at`` (not after a modal or
    "to": "“In 2020, the site will continue to …” goes on, it names no speaker)."""
    before = ""
    for count, word in enumerate(_WORDS_AHEAD.finditer(text, at, min(end, at + 80))):
        if count >= _LOOK:
            return False
        if word.group().lower() in _CUE_FORMS and before not in _MODALS:
            return True
        before = word.group().lower()
    return False


def cue_cut(text: str, start: int, end: int) -> int | None:
    """The offset where the quote opened at ``start`` ends because a cue clause follows
    (its stray closing mark, or just after the punctuation); None without one."""
    for m in _BREAK.finditer(text, start, end):
        if _cue_ahead(text, m.end(), end):
            return m.start("mark")
    return None


def looks_abandoned(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` holds a cue clause or a sentence end: a quote still
    open there was never closed, and a new opening mark starts a new quote."""
    return _SENTENCE_END.search(text, start, end) is not None or cue_cut(
        text, start, end) is not None
