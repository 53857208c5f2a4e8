"""Differences that are only OCR misreadings of a scanned source: the scan, not the quote,
is wrong. ``rn``/``m``, ``vv``/``w``, ``cl``/``d``, ``l``/``1``/``I``/``|`` and ``O``/``0``
inside words, and lost diacritics are typical recognition confusions; a quote word that
differs from the source's only by them is an ``ocr`` difference, which does not make a quote
altered. A negation, a number or a name that differs is never excused as OCR.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from quotecheck.lexicon import FUNCTION_WORDS, NEGATIONS, is_negation, is_number
from quotecheck.models import Difference, Edit, Verdict

_NEVER_EXCUSED = frozenset({"negation", "name_changed"})
_LOOK_ALIKE = str.maketrans({"1": "l", "I": "l", "|": "l", "0": "o", "O": "o"})
_SEQUENCES = (("rn", "m"), ("vv", "w"), ("cl", "d"))


def _fold(word: str) -> str:
    """``word`` with what OCR confuses made the same."""
    bare = "".join(c for c in unicodedata.normalize("NFD", word)
                   if not unicodedata.combining(c))
    folded = bare.translate(_LOOK_ALIKE).casefold()
    for seen, meant in _SEQUENCES:
        folded = folded.replace(seen, meant)
    return folded


def _numeric(word: str) -> bool:
    return is_number(word.casefold()) and not any(c.isalpha() for c in word.translate(
        str.maketrans("", "", "1lIO0|")))


def ocr_difference(edit: Edit, classified: tuple[Difference, bool]
                   ) -> tuple[Difference, bool]:
    """The ``ocr`` difference when ``edit`` is only a misreading of the scan, else the
    difference ``classified`` (from :func:`quotecheck.verdict.classify`) unchanged."""
    quoted = (edit.quote_case or edit.quote).split()
    read = (edit.source_case or edit.source).split()
    if classified[0].kind in _NEVER_EXCUSED or not quoted or len(quoted) != len(read):
        return classified
    pairs = list(zip(quoted, read, strict=True))
    if all(w.casefold() == s.casefold() or _excusable(w, s) for w, s in pairs):
        return Difference("ocr", edit.quote_case, edit.source_case,
                          "the scan may be misread"), False
    return classified


def ocr_note(differences: tuple[Difference, ...], confidence: float | None) -> str | None:
    """The warning for a claim verified only through OCR differences, if it has any."""
    if not any(d.kind == "ocr" for d in differences):
        return None
    sure = f" (OCR confidence {confidence:.2f})" if confidence is not None else ""
    return f"verified despite OCR misreadings in the scanned source{sure}: check the page"


def _excusable(word: str, seen: str) -> bool:
    """True when ``seen`` is only a misreading of ``word``: not a negation, number or name."""
    if _fold(word) != _fold(seen):
        return False
    if is_negation(word.casefold()) or is_negation(seen.casefold()):
        return False
    if is_number(word.casefold()) or _numeric(seen):
        return False
    return not (word[:1].isupper() and word.casefold() not in FUNCTION_WORDS)


@dataclass(frozen=True)
class OcrReading:
    """A quote as an OCR text has it (its misreadings and run-together words), and those
    misreadings as ``ocr`` differences; for other texts, the quote itself."""

    quote: str
    misread: tuple[Difference, ...] = ()


@lru_cache(maxsize=8)
def _folded(text: str) -> tuple[str, tuple[int, ...]]:
    """``text`` without spaces and punctuation, with what OCR confuses made the same, and
    the offset in ``text`` of each character kept."""
    chars: list[str] = []
    where: list[int] = []
    for at, char in enumerate(text):
        if char.isalnum():
            for c in _fold(char):
                chars.append(c)
                where.append(at)
    folded, offsets, k = [], [], 0
    while k < len(chars):
        pair = "".join(chars[k : k + 2])
        single = next((meant for seen, meant in _SEQUENCES if pair == seen), None)
        folded.append(single or chars[k])
        offsets.append(where[k])
        k += 2 if single else 1
    return "".join(folded), tuple(offsets)


def _alnum(text: str) -> str:
    return "".join(c for c in text if c.isalnum()).casefold()


def ocr_reading(quote: str, source: str) -> OcrReading:
    """Where ``quote`` stands in the OCR text ``source`` but for misreadings that may be
    excused and words the scan ran together: the source's words there, and each misreading;
    else the quote itself (the matcher will judge it)."""
    folded, offsets = _folded(source)
    wanted, _ = _folded(quote)
    at = folded.find(wanted) if wanted else -1
    if at < 0:
        return OcrReading(quote)
    misread = []
    consumed = 0
    for token in quote.split():
        size = len(_folded(token)[0])
        if not size:
            continue
        first, last = offsets[at + consumed], offsets[at + consumed + size - 1]
        seen = "".join(source[first : last + 1].split())
        consumed += size
        if _alnum(seen) == _alnum(token):
            continue
        if not _excusable(_alnum_core(token), _alnum_core(seen)):
            return OcrReading(quote)
        misread.append(Difference("ocr", token, seen, "the scan may be misread"))
    start, end = _whole_words(source, offsets[at], offsets[at + len(wanted) - 1] + 1)
    if start is None:
        return OcrReading(quote)
    read_as = source[start:end]
    if not misread and read_as.split() == quote.split():
        return OcrReading(quote)
    if [_alnum(w) for w in read_as.split()] != [_alnum(w) for w in quote.split()]:
        misread.append(Difference("ocr", quote, read_as, "spacing differs in the scan"))
    return OcrReading(read_as, tuple(misread))


def _whole_words(source: str, start: int, end: int) -> tuple[int | None, int]:
    """``[start, end)`` widened to whole words of the scan (a quote may start inside words
    the scan ran together); None when what it takes in is a negation or a number."""
    wide_start, wide_end = start, end
    while wide_start > 0 and not source[wide_start - 1].isspace():
        wide_start -= 1
    while wide_end < len(source) and not source[wide_end].isspace():
        wide_end += 1
    before, after = _alnum(source[wide_start:start]), _alnum(source[end:wide_end])
    if any(c.isdigit() for c in before + after) or any(
            before.endswith(n) or after.startswith(n) for n in NEGATIONS):
        return None, end
    return wide_start, wide_end


def _alnum_core(token: str) -> str:
    """The token without the punctuation around it."""
    start, end = 0, len(token)
    while start < end and not token[start].isalnum():
        start += 1
    while end > start and not token[end - 1].isalnum():
        end -= 1
    return token[start:end]


def with_misreadings(verdict: Verdict, differences: tuple[Difference, ...],
                     reading: OcrReading) -> tuple[Verdict, tuple[Difference, ...]]:
    """The verdict on the quote as the scan reads it, with its misreadings as ``ocr``
    differences: exact becomes verified."""
    if not reading.misread:
        return verdict, differences
    return ((Verdict.VERIFIED if verdict is Verdict.EXACT else verdict),
            reading.misread + differences)
