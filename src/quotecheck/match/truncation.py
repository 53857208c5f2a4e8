"""Truncations that change what a quote says: a quote that presents itself as a sentence
but starts inside a noun phrase or clause of the source, or stops before the sentence's
own negation or qualifier."""

from __future__ import annotations

import re

from quotecheck.lexicon import PREPOSITIONS, QUANTIFIERS, is_negation
from quotecheck.match.brackets import DETERMINERS
from quotecheck.models import Alignment, Difference

#: a sentence cannot begin right after these: the quote starts inside a phrase
INSIDE_PHRASE = DETERMINERS | PREPOSITIONS | QUANTIFIERS | frozenset({"a", "an", "of"})
#: words that qualify what came before them in the same sentence
QUALIFIERS = frozenset({"unless", "except", "if", "but", "only", "until", "provided",
                        "although", "though", "without", "once", "whereas"})
_WORD = re.compile(r"[\w']+")


def presents_as_sentence(alignment: Alignment) -> bool:
    """The quote opens like a sentence: a capital the source does not have there, or a
    capital (a name, say) and a full stop at the end."""
    return alignment.capitalised or (alignment.opens_sentence and alignment.closes_sentence)


def truncation(alignment: Alignment) -> Difference | None:
    """A ``truncation`` difference when the quote's edges cut its source sentence so that
    the meaning changes, else None. Lower-case fragments never do."""
    lead = alignment.lead_in
    if presents_as_sentence(alignment) and (lead in INSIDE_PHRASE or is_negation(lead)):
        return Difference("truncation", "", lead,
                          f"the quote starts as a sentence, but the source's begins earlier "
                          f"(…{lead} ___)")
    if alignment.closes_sentence:
        words = _WORD.findall(alignment.tail.lower())
        cut = next((w for w in words if w in QUALIFIERS or is_negation(w)), None)
        if cut is not None:
            return Difference("truncation", "", alignment.tail.strip(" ,"),
                              f"the quote ends the sentence, but the source's goes on: "
                              f"{cut!r}")
    return None
