"""Shared stretches that are common phrases or boilerplate rather than copied prose.

Three rules, in order (the README documents them):
1. too few content words: fewer than :data:`MIN_CONTENT` (and under :data:`CONTENT_SHARE`
   of the words) are lower-case words of three letters or more that are not function words.
   Names, titles of laws, reports and programmes, dates, numbers and legal citations
   ("Section 508 of the Rehabilitation Act of 1973, 29 U.S.C. 794d") are capitalised,
   numeric or symbols, so they fail this rule;
2. repeated in the source: one of its runs occurs :data:`MAX_REPEATS` times or more in the
   source (page furniture, a disclaimer under every section);
3. a short formulaic sentence: under twice the minimum length and containing one of
   :data:`FORMULAS` ("all rights reserved", "for more information"…).
"""

from __future__ import annotations

from quotecheck.lexicon import FUNCTION_WORDS
from quotecheck.match.tokens import words

MIN_CONTENT = 4
CONTENT_SHARE = 0.3
MAX_REPEATS = 3
FORMULAS = (
    "all rights reserved", "do not necessarily reflect", "for more information",
    "originally published", "originally appeared", "terms of use", "terms of service",
    "privacy policy", "click here", "sign up for", "subscribe to", "contact us",
    "follow us", "learn more", "this article was", "this post was", "reprinted with",
    "used with permission", "the views expressed",
)


def is_content_word(word: str) -> bool:
    """A lower-case word of three letters or more that is not a function word."""
    return word.isalpha() and word.islower() and len(word) >= 3 and word not in FUNCTION_WORDS


def boilerplate_reason(text: str, repeats: int, min_words: int) -> str | None:
    """Why the shared stretch ``text`` is not a finding, or None when it is one."""
    found = words(text)
    content = sum(map(is_content_word, found))
    if content < MIN_CONTENT or content < CONTENT_SHARE * len(found):
        return "mostly names, titles, figures, dates or citations"
    if repeats >= MAX_REPEATS:
        return f"repeated {repeats} times in the source"
    lowered = " ".join(text.lower().split())
    if len(found) < 2 * min_words and any(f in lowered for f in FORMULAS):
        return "a formulaic sentence"
    return None
