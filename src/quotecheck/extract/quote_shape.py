"""The shape of a quote in its sentence: a sentence by itself, the rest of its sentence,
words right after the verb that says them. Read by :mod:`quotecheck.extract.kinds`."""

from __future__ import annotations

from quotecheck.extract.kind_words import PRODUCT, SAID_RIGHT_BEFORE, SENTENCE_BREAK, WORD


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
