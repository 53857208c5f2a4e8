"""Word-level infix alignment: the quote's words against a window of source words.

Words are compared as given: callers pass them lower-cased and without hyphens, so that
hyphenation variants align. Every quote word must be accounted for; source words before and
after the match are free.
A faithful quote aligns at zero cost and every difference shows up as an explicit edit.
A substitution costs a little more than an insertion or a deletion and a matched word
earns a little, so that "will cut" against "will not cut" reads as a dropped "not"
rather than "will" changed into "not" or added.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class WordEdit:
    """Quote words ``[qa, qb)`` stand where source words ``[sa, sb)`` are (window indices)."""

    qa: int
    qb: int
    sa: int
    sb: int


@dataclass(frozen=True)
class WordAlignment:
    """The best infix alignment: matched source words ``[start, end)`` and the edits."""

    start: int
    end: int
    cost: int
    matched: int
    edits: tuple[WordEdit, ...]


SUBSTITUTE = 3
INDEL = 2
MATCH = -1  # a small reward, so that ties go to the alignment that matches more words


def _fill(quote: list[str], window: list[str]) -> list[list[int]]:
    m, n = len(quote), len(window)
    rows = [[0] * (n + 1)]
    for i in range(1, m + 1):
        prev = rows[-1]
        row = [i * INDEL] + [0] * n
        word = quote[i - 1]
        left = row[0]
        for j in range(1, n + 1):
            best = prev[j - 1] + (MATCH if word == window[j - 1] else SUBSTITUTE)
            up = prev[j] + INDEL
            # plain comparisons: min() costs a call per cell in this innermost loop
            if up < best:  # noqa: PLR1730
                best = up
            if left + INDEL < best:  # noqa: PLR1730
                best = left + INDEL
            row[j] = left = best
        rows.append(row)
    return rows


def _units(words: list[str], partner: set[str]) -> list[tuple[str, int]]:
    """Words, with a pair joined where the other side has the pair as one word
    ("full time" against "full-time"); each unit keeps the index of its first word."""
    units: list[tuple[str, int]] = []
    i = 0
    while i < len(words):
        if i + 1 < len(words) and words[i] + words[i + 1] in partner:
            units.append((words[i] + words[i + 1], i))
            i += 2
        else:
            units.append((words[i], i))
            i += 1
    return units


def align_words(quote: list[str], window: list[str]) -> WordAlignment:
    """Align all of ``quote`` with the best-matching stretch of ``window``."""
    if not quote:
        return WordAlignment(0, 0, 0, 0, ())
    q_units = _units(quote, set(window))
    w_units = _units(window, set(quote))
    q_texts, w_texts = [u for u, _ in q_units], [u for u, _ in w_units]
    rows = _fill(q_texts, w_texts)
    last = rows[len(q_texts)]
    end = min(range(len(w_texts) + 1), key=lambda j: (last[j], -j if j else 0))
    units = _traceback(q_texts, w_texts, rows, end)
    q_at = [i for _, i in q_units] + [len(quote)]
    w_at = [i for _, i in w_units] + [len(window)]
    edits = tuple(WordEdit(q_at[e.qa], q_at[e.qb], w_at[e.sa], w_at[e.sb]) for e in units.edits)
    changed = sum(e.qb - e.qa for e in edits)
    return WordAlignment(w_at[units.start], w_at[units.end], units.cost, len(quote) - changed,
                         edits)


def _traceback(
    quote: list[str], window: list[str], rows: list[list[int]], end: int
) -> WordAlignment:
    """Walk back from ``end`` to recover the steps: (qa, qb, sa, sb) one word at a time."""
    i, j = len(quote), end
    steps: list[tuple[int, int, int, int]] = []
    while i > 0:
        here = rows[i][j]
        same = j > 0 and quote[i - 1] == window[j - 1]
        if j > 0 and here == rows[i - 1][j - 1] + (MATCH if same else SUBSTITUTE):
            steps.append((i - 1, i, j - 1, j))
            i, j = i - 1, j - 1
        elif here == rows[i - 1][j] + INDEL:
            steps.append((i - 1, i, j, j))
            i -= 1
        else:
            steps.append((i, i, j - 1, j))
            j -= 1
    steps.reverse()
    edits = _merge_edits(quote, window, steps)
    changed = sum(e.qb - e.qa for e in edits)
    return WordAlignment(j, end, rows[len(quote)][end], len(quote) - changed, edits)


def _merge_edits(
    quote: list[str], window: list[str], steps: list[tuple[int, int, int, int]]
) -> tuple[WordEdit, ...]:
    """Join consecutive non-matching steps into edits."""
    edits: list[WordEdit] = []
    current: list[int] | None = None
    for qa, qb, sa, sb in steps:
        matched = qb - qa == 1 and sb - sa == 1 and quote[qa] == window[sa]
        if matched:
            if current:
                edits.append(WordEdit(*current))
            current = None
        elif current is None:
            current = [qa, qb, sa, sb]
        else:
            current[1], current[3] = qb, sb
    if current:
        edits.append(WordEdit(*current))
    return tuple(edits)
