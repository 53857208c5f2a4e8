"""Located or not: a stretch of the source counts as a quote's source only when it holds
most of the quote's content words, in order.

Measured on the accuracy gate's hand-written core (tests/match/labelled.py): every quote
changed in one content word keeps at least two thirds of its content words, in the middle
or at an edge; invented quotes that only overlap a passage ("Elementary, my dear
Lestrade" against "my dear Lestrade") keep two thirds or less, and what they lack sits at
an edge (before the first word the passage has, or after the last). Hence: at least two
thirds of the content words, and three quarters when some missing ones lie at an edge.
"""

from __future__ import annotations

from quotecheck.lexicon import (
    AUXILIARIES,
    CONJUNCTIONS,
    FUNCTION_WORDS,
    MINOR_WORDS,
    PREPOSITIONS,
    PRONOUNS,
)

SMALL_WORDS = FUNCTION_WORDS | frozenset(PRONOUNS) | CONJUNCTIONS | PREPOSITIONS | (
    AUXILIARIES | MINOR_WORDS)
MIN_COVERED = 2 / 3
MIN_COVERED_AT_EDGE = 3 / 4


def is_content(word: str) -> bool:
    """A word that says what a quote is about (lower-case, as the matcher compares)."""
    return word not in SMALL_WORDS


def covers(words: list[tuple[bool, bool]]) -> bool:
    """Whether a region holds enough of the quote. ``words`` says, for each word of the
    quote in order, whether it is a content word and whether the region has it; content
    words missing before the first word found or after the last are "at an edge"."""
    content = [found for is_word, found in words if is_word]
    if not content:
        return True
    found_at = [k for k, (_, found) in enumerate(words) if found]
    first, last = (found_at[0], found_at[-1]) if found_at else (len(words), -1)
    at_edge = any(is_word and not found and not first <= k <= last
                  for k, (is_word, found) in enumerate(words))
    share = sum(content) / len(content)
    return share >= (MIN_COVERED_AT_EDGE if at_edge else MIN_COVERED)
