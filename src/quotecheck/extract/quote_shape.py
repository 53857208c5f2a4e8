"""The shape of a quote in its sentence: a sentence by itself, the rest of its sentence,
words right after the verb that says them. Read by :mod:`quotecheck.extract.kinds`."""

from __future__ import annotations

import re

from quotecheck.extract.kind_words import PRODUCT, SAID_RIGHT_BEFORE, SENTENCE_BREAK, WORD

#: a sentence that tells the reader to ask: "Ask the customer what …", "…, ask them to …"
_ASK_READER = re.compile(
    r"(?:^|[.!?:]\s+|,\s+)(?:(?:first|then|so|now|just|always)\s+)?(?:ask|try asking)\s+"
    r"(?:them|him|her|the|your|yourself|people|users|customers|stakeholders|what|why|how|"
    r"whether|if)\b", re.IGNORECASE)
#: how far back the sentence before a quote is read
_ASK_REACH = 300


def said_right_before(before: str, quote: str) -> bool:
    """Words right after the verb that says them ("the shirts said “We won”", "voters
    said “most people in politics” lie"); not one word, which may be a name or a term
    ("said “GitHub”", "said “phablets”"), nor a product's name."""
    several = len(WORD.findall(quote)) > 1 and PRODUCT.search(quote) is None
    return several and SAID_RIGHT_BEFORE.search(before) is not None


def rest_of_sentence(text: str, start: int, end: int, after: str) -> str:
    """The words after the quote ``text[start:end]`` up to the end of its sentence: none
    when the quote ends with its own full stop ("… “review every route.” An old …")."""
    if text[start:end].rstrip(" ”’\"'")[-1:] in ".!?":
        return ""
    found = SENTENCE_BREAK.search(after)
    return after[: found.start() + 1] if found else after


def whole_sentence(text: str, start: int, end: int, before: str) -> bool:
    """Whether the quote is a sentence by itself after another in its paragraph: it opens
    its sentence with a capital and closes with its own full stop, "!" or "?" ("… voters.
    “He was very kind.”"); a paragraph of a lone quote is an epigraph or a slogan."""
    inside = text[start:end].rstrip(" ”’\"'")
    paragraph = text[text.rfind("\n\n", 0, start) + 1 : start]
    return (not before.strip() and any(ch.isalpha() for ch in paragraph)
            and inside[:1].isupper() and inside[-1:] in ".!?")


def asked_for(text: str, start: int, end: int) -> bool:
    """Whether the quote ``text[start:end]`` is a question by itself right after a sentence
    of its paragraph that tells the reader to ask (``Ask the customer what they plan.
    “What changes are we testing?”``): wording to use, not someone's words."""
    inside = text[start:end].rstrip(" ”’\"'")
    paragraph = text.rfind("\n\n", 0, start) + 1
    before = text[max(paragraph, start - _ASK_REACH) : start].rstrip(" “\"'‘")
    if not inside.endswith("?") or not before.endswith((".", "!", ":")):
        return False
    last = max(before.rfind(". ", 0, len(before) - 1), before.rfind("? ", 0, len(before) - 1),
               before.rfind("! ", 0, len(before) - 1))
    return _ASK_READER.search(before[last + 1 :].strip()) is not None
