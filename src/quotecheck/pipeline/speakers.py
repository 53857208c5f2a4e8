"""Whether the speaker an article names is the one who says the words in the source: no
verdict unless both sides name someone (a pronoun or a description such as "the agency" is
never held against a source), then the tolerant comparison of :mod:`quotecheck.speakers`
(titles, given names and initials, the article's own introductions)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from quotecheck.speakers import TITLES, same_speaker

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _is_named(name: str) -> bool:
    """True when ``name`` names someone (a capitalised word of two letters or more besides
    titles), not a pronoun, a description or a transcript's ``Q``/``A`` label."""
    return any(w[:1].isupper() and len(w) > 1 for w in _WORD.findall(name)
               if w.casefold() not in TITLES and w.casefold() not in {"he", "she", "they", "it",
                                                                      "we", "i"})


def speaker_matches(article: str | None, source: str | None,
                    introductions: Mapping[str, str] | Iterable[tuple[str, str]] = ()
                    ) -> bool | None:
    """True when both name the same person, False when they name different people, None
    when either is unknown or not a name: no verdict on a guess."""
    if not article or not source or not _is_named(article) or not _is_named(source):
        return None
    return same_speaker(article, source, introductions) or _contained(article, source)


def _contained(a: str, b: str) -> bool:
    """True when every word of the shorter name, titles aside, is a word of the longer and
    both end alike: "Lin Holloway" in "Harbour Master Lin Holloway" (a role that is no
    title)."""
    words_a, words_b = ([w.casefold() for w in _WORD.findall(n)
                         if w.casefold() not in TITLES] for n in (a, b))
    shorter, longer = sorted((words_a, words_b), key=len)
    return bool(shorter) and shorter[-1] == longer[-1] and set(shorter) <= set(longer)
