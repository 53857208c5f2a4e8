"""From an alignment to a verdict: the only place that decides what counts as "altered".

Every word-level edit is classified. Negations, numbers, names, quantifiers, modal verbs
and content words always carry meaning; a verdict of ``minor`` is only possible when every
change is a spelling variant or a small function word, and few of them.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from quotecheck.lexicon import (
    FUNCTION_WORDS,
    MODALS,
    QUANTIFIERS,
    is_negation,
    is_number,
)
from quotecheck.match import tokens
from quotecheck.match.normalize import normalize_plain
from quotecheck.models import Alignment, Difference, Edit, Elision, Verdict
from quotecheck.ocrnoise import ocr_difference

MINOR_MAX_WORDS = 2
MINOR_MAX_SHARE = 0.2
_SPELLING_SIMILARITY = 0.7
_CLAUSED = re.compile(r"(?P<word>[\w'-]+)|(?P<brk>[.,;:!?()]| - )")


def _word_kind(edit: Edit) -> str:
    if not edit.quote:
        return "word_dropped"
    if not edit.source:
        return "word_added"
    return "word_changed"


def _names(cased: str) -> set[str]:
    return {w for w in cased.split() if w[:1].isupper() and w.lower() not in FUNCTION_WORDS}


def classify(edit: Edit) -> tuple[Difference, bool]:
    """The difference an edit makes, and whether it can change the meaning."""
    q_words, s_words = edit.quote.split(), edit.source.split()
    if edit.quote and edit.source and "".join(q_words) == "".join(s_words):
        return Difference("hyphenation", edit.quote_case, edit.source_case), False
    if sum(map(is_negation, q_words)) != sum(map(is_negation, s_words)) or (
        any(map(is_negation, q_words + s_words)) and q_words != s_words
    ):
        return Difference("negation", edit.quote_case, edit.source_case), True
    if any(map(is_number, q_words + s_words)):
        return Difference("number_changed", edit.quote_case, edit.source_case), True
    if _names(edit.quote_case) != _names(edit.source_case):
        return Difference("name_changed", edit.quote_case, edit.source_case), True
    kind = _word_kind(edit)
    meaningful = set(q_words + s_words) & (QUANTIFIERS | MODALS)
    if meaningful:
        return Difference(kind, edit.quote_case, edit.source_case), True
    return Difference(kind, edit.quote_case, edit.source_case), not _small(q_words, s_words)


def is_spelling_variant(a: str, b: str) -> bool:
    """organise/organize, colour/color, theatre/theater — but not increase/decrease.

    At most two edits, and the same first two letters: a changed prefix (in-, de-, un-,
    il-, dis-) often reverses the meaning.
    """
    if min(len(a), len(b)) < 4 or a[:2] != b[:2]:
        return False
    return (Levenshtein.distance(a, b) <= 2
            and Levenshtein.normalized_similarity(a, b) >= _SPELLING_SIMILARITY)


def _small(q_words: list[str], s_words: list[str]) -> bool:
    """A spelling variant of one word, or only function words on both sides."""
    if len(q_words) == len(s_words) == 1 and is_spelling_variant(q_words[0], s_words[0]):
        return True
    return all(w in FUNCTION_WORDS for w in q_words + s_words)


def _gap_differences(alignment: Alignment) -> list[tuple[Difference, bool]]:
    found: list[tuple[Difference, bool]] = []
    for elision in alignment.elisions:
        omitted = f"{elision.gap_chars} characters omitted"
        if elision.gap_chars and not elision.omitted:
            omitted = "nothing but punctuation omitted"
        found.append((Difference("elision", "...", elision.omitted, omitted),
                      drops_negation(elision)))
    for sub in alignment.substitutions:
        found.append((Difference("insertion", f"[{sub.bracket}]", sub.replaced), False))
    if alignment.out_of_order:
        found.append((Difference("order", "", "segments out of order or far apart"), True))
    lead = alignment.lead_in
    if alignment.opens_sentence and (is_negation(lead) or lead in QUANTIFIERS):
        found.append((Difference("elision", "", lead), True))
    return found


def drops_negation(elision: Elision) -> bool:
    """True when an elision removes a negation whose clause the quote keeps.

    A negation is harmless only inside a clause the elision leaves out whole: a clause
    break before it (or the elision starts after one) and a clause break after it.
    """
    text = normalize_plain(elision.omitted)
    words = list(_CLAUSED.finditer(text))
    for k, m in enumerate(words):
        if m.group("word") and is_negation(m.group("word")):
            before = elision.after_clause_break or any(w.group("brk") for w in words[:k])
            after = any(w.group("brk") for w in words[k + 1 :])
            if not (before and after):
                return True
    return False


def _form_differences(alignment: Alignment, quote: str) -> list[tuple[Difference, bool]]:
    """Case or punctuation that differ; typography when only normalisation made them equal."""
    found = [
        (Difference("case" if q.casefold() == s.casefold() else "punctuation", q, s), False)
        for q, s in alignment.forms
    ]
    written, source = " ".join(quote.split()), " ".join(alignment.source_text.split())
    if not found and not alignment.edits and written != source and not alignment.elisions:
        found.append((Difference("typography", written, source), False))
    return found


def judge(alignment: Alignment, quote: str, *, ocr: bool = False
          ) -> tuple[Verdict, tuple[Difference, ...]]:
    """The verdict on a located ``quote`` and the differences that justify it; with ``ocr``
    (the match is in OCR text) recognition confusions are ``ocr`` differences."""
    quote_words = len(tokens.words(quote))
    words = [classify(edit) for edit in alignment.edits]
    if ocr:
        words = [ocr_difference(e, w) for e, w in zip(alignment.edits, words, strict=True)]
    gaps = _gap_differences(alignment)
    forms = _form_differences(alignment, quote)
    differences = tuple(d for d, _ in words + gaps + forms)
    if any(meaningful for _, meaningful in words + gaps):
        return Verdict.ALTERED, differences
    changed = [d for d, _ in words if d.kind not in ("hyphenation", "ocr")]
    if changed:
        changed_words = sum(max(len(d.quote.split()), len(d.source.split())) for d in changed)
        share = changed_words / max(quote_words, 1)
        if changed_words <= MINOR_MAX_WORDS and share <= MINOR_MAX_SHARE:
            return Verdict.MINOR, differences
        return Verdict.ALTERED, differences
    if words or gaps or alignment.case_or_punctuation:
        return Verdict.VERIFIED, differences
    return Verdict.EXACT, differences  # a typography difference at most
