"""The quotation marks quotecheck knows, and how to tell a quote mark from an apostrophe."""

from __future__ import annotations

import re

#: opener -> the marks that may close it
PAIRS: dict[str, frozenset[str]] = {
    "“": frozenset("”“"),
    "„": frozenset("“”"),
    "«": frozenset("»"),
    "‹": frozenset("›"),
    "「": frozenset("」"),
    "‘": frozenset("’"),
    "‚": frozenset("‘’"),
    '"': frozenset('"'),
    "'": frozenset("'"),
}
CLOSERS = frozenset("”»›」’")
ALL_MARKS = frozenset(PAIRS) | CLOSERS
MARK_PATTERN = re.compile("[" + re.escape("".join(sorted(ALL_MARKS))) + "]")
SINGLE_MARKS = frozenset("‘’'‚")
#: marks whose direction is never in doubt: they open or close whatever surrounds them
PURE_OPENERS = frozenset("«‹「")
PURE_CLOSERS = frozenset("»›」")
_OPEN_CONTEXT = frozenset("([{—–-/")


def is_space(ch: str) -> bool:
    """True for the start or end of text and for whitespace."""
    return ch == "" or ch.isspace()


def can_open(mark: str, prev: str, nxt: str) -> bool:
    """A mark can open a quote after a space or opening punctuation, before a non-space."""
    if mark in PURE_OPENERS:
        return True
    return (is_space(prev) or prev in _OPEN_CONTEXT or prev in PAIRS) and not is_space(nxt)


def can_close(mark: str, prev: str) -> bool:
    """A mark can close a quote when something other than space comes before it."""
    return mark in PURE_CLOSERS or not is_space(prev)


def is_apostrophe(text: str, i: int) -> bool:
    """True when the single mark at ``text[i]`` is an apostrophe (don’t, ’90s, ’n’)."""
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if prev.isalnum() and nxt.isalpha():
        return True  # don’t, O’Brien, rock’n’roll
    if text.startswith("n", i + 1) and text[i + 2 : i + 3] in ("’", "'"):
        return True  # ’n’
    if nxt.isdigit() and re.match(r"\d\ds?\b", text[i + 1 : i + 4]):
        return True  # ’90s, '24
    return text[i] in "’'" and prev == "n" and text[i - 2 : i - 1] in ("’", "'")
