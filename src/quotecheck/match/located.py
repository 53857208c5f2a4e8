"""Located or not: a stretch of the source counts as a quote's source only when it holds
most of the quote's content words, in order.

Measured on the accuracy gate's hand-written core (tests/match/labelled.py): every quote
changed in one content word keeps at least two thirds of its content words, in the middle
or at an edge; invented quotes that only overlap a passage ("Elementary, my dear
Lestrade" against "my dear Lestrade") keep two thirds or less, and what they lack sits at
an edge. Hence: at least two thirds of the content words, and more than two thirds (at
least three quarters) when the ones missing open or close the quote.
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


def covers(flags: list[bool]) -> bool:
    """Whether a region holds enough of the quote: ``flags`` says, for each content word
    of the quote in order, whether the region has it."""
    if not flags:
        return True
    share = sum(flags) / len(flags)
    at_edge = not flags[0] or not flags[-1]
    return share >= (MIN_COVERED_AT_EDGE if at_edge else MIN_COVERED)
