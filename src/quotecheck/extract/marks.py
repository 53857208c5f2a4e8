"""The quotation marks quotecheck knows, and how to tell a quote mark from an apostrophe.

Marks as people type them: ``''`` (two apostrophes, the newspaper style) stands for a
double mark at either end, a straight double mark may pair with a curly one, and a double
mark may stand apart from its words (``" Let the word go forth "``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: opener -> the marks that may close it
PAIRS: dict[str, frozenset[str]] = {
    "“": frozenset(("”", "“", '"', "''")),
    "„": frozenset("“”"),
    "«": frozenset("»"),
    "‹": frozenset("›"),
    "「": frozenset("」"),
    "‘": frozenset("’"),
    "‚": frozenset("‘’"),
    '"': frozenset(('"', "”", "''")),
    "''": frozenset(("''", '"', "”")),
    "'": frozenset("'"),
}
CLOSERS = frozenset("”»›」’")
ALL_MARKS = frozenset(PAIRS) | CLOSERS
_ONE_CHAR = "".join(sorted(m for m in ALL_MARKS if len(m) == 1))
MARK_PATTERN = re.compile("'''|''|[" + re.escape(_ONE_CHAR) + "]")
#: a run of marks this long holds no quotation: only its first marks are read
LONG_RUN = 32
_RUN = re.compile("[" + re.escape(_ONE_CHAR) + f"]{{{LONG_RUN},}}")
SINGLE_MARKS = frozenset("‘’'‚")
#: marks of the double family: one of them opening inside another is not nesting
DOUBLES = frozenset(('"', "“", "”", "„", "''"))
#: marks whose direction is never in doubt: they open or close whatever surrounds them
PURE_OPENERS = frozenset("«‹「")
PURE_CLOSERS = frozenset("»›」")
#: double marks that may close with a space before them (``… forth " .``)
SPACED_CLOSERS = frozenset(('"', "”", "''"))
#: double marks that may open with one space after them (``" Let …``)
SPACED_OPENERS = frozenset(('"', "“"))
_OPEN_CONTEXT = frozenset("([{—–-/")


def is_space(ch: str) -> bool:
    """True for the start or end of text and for whitespace."""
    return ch == "" or ch.isspace()


def tokens(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """Every mark in ``text[start:end]`` with its offset; ``''`` is one double mark, and
    ``'''`` a single and a double mark (closing ``'…'''``) or a double and a single
    (opening ``'''…``). Of a run of ``LONG_RUN`` marks or more only the first
    ``LONG_RUN`` are read: no words stand between the others."""
    at = start
    for run in _RUN.finditer(text, start, end):
        yield from _marks(text, at, run.start() + LONG_RUN)
        at = run.end()
    yield from _marks(text, at, end)


def _marks(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    for m in MARK_PATTERN.finditer(text, start, end):
        i, mark = m.start(), m.group()
        if mark != "'''":
            yield i, mark
        elif i > 0 and not text[i - 1].isspace():
            yield i, "'"
            yield i + 1, "''"
        else:
            yield i, "''"
            yield i + 2, "'"


def can_open(mark: str, prev: str, nxt: str) -> bool:
    """A mark can open a quote after a space or opening punctuation, before a non-space."""
    if mark in PURE_OPENERS:
        return True
    return (is_space(prev) or prev in _OPEN_CONTEXT or prev in PAIRS) and not is_space(nxt)


def can_open_spaced(mark: str, text: str, i: int, end: int) -> bool:
    """A double mark at ``text[i]`` standing apart from the words it opens: after a space,
    then one space, then a letter or digit, with a closing mark before ``end``."""
    prev = text[i - 1] if i > 0 else ""
    after = i + len(mark)
    if not (mark in SPACED_OPENERS and is_space(prev) and text[after : after + 1] == " "
            and text[after + 1 : after + 2].isalnum()):
        return False
    return text.find('"' if mark == '"' else "”", after, end) >= 0


def opens_glued(mark: str, prev: str, nxt: str) -> bool:
    """A double mark glued to the sentence before it, with no quote open
    (``… the authorities."We were …``): it opens the next sentence's quote."""
    return mark in DOUBLES and prev in ".!?" and prev != "" and nxt.isupper()


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
