"""Quotation or not: whether a quoted span gives someone's words (spoken or written, or a
document's), or is something else in quotation marks — a term or word being named, a scare
quote, a title, a UI label or program output, a suggested wording, a saying — and the flags
(``scare``, ``title``) the report shows.

Only quotations are verified by default; the others are reported ``skipped`` with the
reason (``not a quotation: term``). The decision reads the words around the quote: a
speaker or cue verb makes it a quotation; "called", "the term", "click", "the … button",
"ask" and the like name what else it is; a short phrase with no cue is a term.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotecheck.extract.cues import CUE_WORDS
from quotecheck.extract.framing import ends_a_sentence, given_wording
from quotecheck.extract.kind_words import (
    AS_SAYS,
    DESCRIBES,
    DESCRIBES_AS,
    FORM,
    IMPERATIVE,
    JOIN_REACH,
    JOINED,
    MENTIONED,
    MERELY,
    NAMED_SPEECH_AFTER,
    NARRATED,
    NOTE,
    PLEDGED_TO,
    SAID_BEFORE,
    SAID_REACH,
    SAYING,
    SCARE,
    SENTENCE_BREAK,
    SENTENCE_END,
    SENTENCE_WINDOW,
    SENTENCES,
    SHORT,
    SHORT_REPORTED,
    SHOUTED,
    SMALL_WORDS,
    SPEECH,
    SPEECH_AFTER,
    SPLIT_AFTER,
    SUGGESTED,
    SUGGESTED_WORDS,
    TERM,
    TERM_AFTER,
    TERM_WORDS,
    THOUGHT,
    TITLE,
    TITLE_AFTER,
    TITLE_PLACE,
    TITLE_WORDS,
    TOPIC,
    UI_AFTER,
    UI_BEFORE,
    UI_SPEAKER,
    UI_WORDS,
    WEAK_CUE,
    WORD,
)
from quotecheck.extract.quote_shape import (
    rest_of_sentence,
    said_right_before,
    whole_sentence,
)
from quotecheck.models import Claim

_BEFORE = 80
_AFTER = 60

_CUES = frozenset(CUE_WORDS)


@dataclass(frozen=True)
class QuoteKind:
    """Whether a quoted span is a quotation; if not, why (``term``, ``scare``, ``title``,
    ``ui``, ``suggested``, ``saying``, ``thought``, ``note``); and the flags it adds."""

    quotation: bool
    why: str | None = None
    flags: tuple[str, ...] = ()


QUOTATION = QuoteKind(True)


def _not(why: str, *flags: str) -> QuoteKind:
    return QuoteKind(False, why, flags)


def inline_kind(text: str, start: int, end: int, quote: str, *, speaker: str | None,
                cue: str | None, reported_by: str | None = None) -> QuoteKind:
    """The kind of the inline quote ``text[start:end]`` (between its marks) given the
    speaker and cue found next to it; ``reported_by`` is the cue by which someone named
    in the quote's sentence says, writes or calls something with the quoted words (see
    :func:`quotecheck.extract.fragments.reporting_cue`): a fragment they are reported to
    have said is no term."""
    opening = start - 2 if text[max(0, start - 2) : start] == "''" else start - 1
    before = _sentence_before(text, opening)
    closing = end + 2 if text.startswith("''", end) else end + 1
    after = text[closing : closing + _AFTER]  # not text[closing:][:…]: a copy of the rest
    if SHOUTED.search(before):
        return QUOTATION  # "chanting “…”": words shouted, whatever they look like
    framed = _framed(before, after, quote)
    if framed is not None:
        return framed
    if speaker is None and (DESCRIBES.search(before) or DESCRIBES_AS.search(before)
                            or PLEDGED_TO.search(before)):
        return QUOTATION  # "one engineer describes this as “…”", "she vowed to “…”"
    if speaker is not None and _quoted(speaker, before):
        speaker = None  # a "speaker" that is itself in quotation marks is another quote
    said_after = _said_after(text, end, after)
    if speaker is not None or said_after:
        return _not("ui") if speaker and UI_SPEAKER.search(speaker) else QUOTATION
    reported = SPEECH.search(_sentence_before(text, opening, SENTENCE_WINDOW))
    kind = _uncued(before, after, quote, cued=cue is not None or reported is not None,
                   reported_by=reported_by, whole=whole_sentence(text, start, end, before),
                   rest=rest_of_sentence(text, start, end, after))
    joined = _joined_kind(text, start, reported_by) if kind.quotation else None
    return joined if joined is not None and not joined.quotation else kind


def _joined_kind(text: str, start: int, reported_by: str | None) -> QuoteKind | None:
    """The kind of the quote this one is joined to by "or"/"and" (``wondering “…?” or
    “…?”``, ``avoid “yes” or “no”``), None when it is not joined to one."""
    joined = JOINED.search(text, max(0, start - 1 - JOIN_REACH), start - 1)
    if joined is None:
        return None
    close = joined.start()
    opening = max(text.rfind(m, max(0, close - SENTENCE_WINDOW), close) for m in "“\"")
    if opening < 0:
        return None
    words = text[opening + 1 : close].strip().rstrip(",.;:")
    if not words:
        return None
    return inline_kind(text, opening + 1, close, words, speaker=None, cue=None,
                       reported_by=reported_by)


def _said_after(text: str, end: int, after: str) -> bool:
    """A speech verb after the quote: "“…,” commented one webmaster", "“…,” Kim recalls,
    “…”", "“…,” Candi Ruiz, a former web manager, shared", "“…” as Ruiz says"."""
    if AS_SAYS.match(after):
        return True
    if "," not in text[end - 1 : end + 2]:
        return False
    if SPEECH_AFTER.match(after) or SPLIT_AFTER.match(after):
        return True
    return NAMED_SPEECH_AFTER.match(text, end + 1, end + 1 + SENTENCE_WINDOW) is not None


def _framed(before: str, after: str, quote: str) -> QuoteKind | None:
    """What the words around the quote make it whoever is named next to it: a scare
    quote, a name, saying or template (:mod:`.framing`), wording to use, form text, a title."""
    if SCARE.search(before):
        return _not("scare", "scare")
    if (given := given_wording(before, quote)) is not None:
        return _not(given)
    if IMPERATIVE.search(before) and not NARRATED.search(before):
        return _not("suggested")
    if FORM.search(before):
        return _not("ui")
    if _named_work(before, after, quote):
        return _not("title", "title")
    return None


def _quoted(words: str, before: str) -> bool:
    """Whether ``words`` stand between quotation marks in ``before``."""
    return any(f"{left}{words}{right}" in before
               for left, right in (("“", "”"), ('"', '"'), ("‘", "’")))


def _uncued(before: str, after: str, quote: str, *, cued: bool,
            reported_by: str | None, whole: bool = False, rest: str | None = None
            ) -> QuoteKind:
    """A quote no one is named for: what the words before and after make it; a short
    phrase is a term (up to four words, or two in a sentence with a speech verb) unless
    someone in its sentence is reported to have said it, or it is a ``whole`` sentence;
    ``rest`` is the rest of its sentence after it (``after`` when not given)."""
    words = len(WORD.findall(quote))  # "data + technology + innovation" is three words
    named = TERM.search(before) is not None and not (  # "he called “…”": said, not named
        reported_by is not None and before.rstrip().lower().endswith(reported_by.lower()))
    ui = bool(UI_BEFORE.search(before) or UI_AFTER.search(after)) and reported_by is None
    rules = (
        ("scare", bool(MERELY.search(before))),
        ("thought", words <= SUGGESTED_WORDS and bool(THOUGHT.search(before))),
        ("ui", words <= UI_WORDS and ui),
        ("suggested", words <= SUGGESTED_WORDS and bool(SUGGESTED.search(before))
         and not NARRATED.search(before)),
        ("title", words <= TITLE_WORDS and quote[:1].isupper() and bool(TITLE.search(before))
         and not SENTENCES.search(quote)),
        ("saying", bool(SAYING.search(before) or SAYING.search(after if rest is None else rest))),
        ("title", 2 <= words <= TITLE_WORDS and _title_case(quote)),
        ("term", words <= SHORT + 2 and quote.isupper()),
        ("term", words <= TERM_WORDS and named),
        ("term", words <= TERM_WORDS and reported_by is None and bool(TERM_AFTER.match(after))),
        ("term", words <= TITLE_WORDS and reported_by is None and bool(MENTIONED.match(after))
         and not said_right_before(before, quote)),
        ("term", words <= (SHORT_REPORTED if cued else SHORT) and reported_by is None
         and not whole and not ends_a_sentence(before, quote) and not _introduced(before, quote)
         and not said_right_before(before, quote)),
    )
    why = next((name for name, applies in rules if applies), None)
    if why is None:
        return QUOTATION
    return _not(why, "title") if why == "title" else _not(why)


def _introduced(before: str, quote: str) -> bool:
    """A colon introduces the words, which open like a sentence: "Her advice: “Start
    small.”" — words given, not a term named."""
    return before.rstrip().endswith(":") and quote[:1].isupper()


def _named_work(before: str, after: str, quote: str) -> bool:
    """Words in Title Case where a name stands (after "on", "in", "of", a possessive or
    "the book"; before ", a biography"), or one capitalised word after a possessive
    ("NBC’s “Today”")."""
    if len(quote.split()) > TITLE_WORDS:
        return False
    placed = TITLE_PLACE.search(before) is not None
    if _title_case(quote):
        return placed or bool(TITLE.search(before) or TITLE_AFTER.match(after))
    one = re.fullmatch(r"[A-Z][\w’'-]*", quote) is not None
    return one and re.search(r"\w[’']s\s*$", before) is not None


def _title_case(quote: str) -> bool:
    """Most words capitalised and no sentence end: the name of a work, event or thing."""
    if SENTENCE_END.search(quote):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", quote) if w.lower() not in SMALL_WORDS]
    capitalised = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 2 and capitalised >= 0.8 * len(words)


def is_speech(cue: str) -> bool:
    """Whether the cue verb says that words were spoken or written (not "called",
    "showed", "found", "read" and the like, which also name, show or find things)."""
    word = " ".join(cue.lower().split())
    return (word in _CUES or SPEECH.fullmatch(word) is not None) and (
        WEAK_CUE.fullmatch(word) is None)


def said_next_to(text: str, quote_start: int, quote_end: int, *, speaker: str | None,
                 cue: str | None, named: tuple[int, int]) -> bool:
    """Whether a speaker named at ``named`` with the cue ``cue`` is tied to the quote
    ``text[quote_start:quote_end]``: a speech verb, the name in the quote's own sentence
    and near it; for a word or two, only "“Yes,” she said"."""
    if speaker is None or cue is None or not is_speech(cue):
        return False
    start, end = named
    if start < 0:
        return True
    if end <= quote_start:  # "Ruiz said: “…”", "Ruiz noted that “…”"
        between = text[end:quote_start]
        reach = SAID_BEFORE
        if TOPIC.search(between[:-1]):
            reach = -1  # a topic, not words: "to report on “works in progress”"
    else:  # "“…,” Ruiz said": a comma at the close
        between = text[quote_end - 1 : start]
        reach = SAID_REACH if "," in text[quote_end - 1 : quote_end + 2] else -1
    if len(between) > reach or SENTENCE_BREAK.search(between):
        return False
    # a word or two only as "“Yes,” she said" or after a colon: "Park told the room: “No.”"
    return (len(text[quote_start:quote_end].split()) > SHORT_REPORTED or end > quote_start
            or between.rstrip(" “\"").endswith(":"))


def block_kind(quote: str, speaker: str | None) -> QuoteKind:
    """A block quotation is one, unless it is an editor's note ("Summary: …", "This post
    was originally published …") that no one is named for."""
    if speaker is None and NOTE.search(quote[:200]):
        return _not("note")
    return QUOTATION


def _sentence_before(text: str, before_end: int, size: int = _BEFORE) -> str:
    """The text of the quote's sentence before its opening mark (at most ``size``
    characters)."""
    window = text[max(0, before_end - size) : before_end]
    cut = max(window.rfind("\n\n"), *(window.rfind(p) for p in (". ", "! ", "? ")))
    return window[cut + 1 :] if cut >= 0 else window


def skip_reason(why: str | None) -> str:
    """The note of a claim skipped because it is not a quotation."""
    return f"not a quotation: {why or 'other'}"


def is_checked(claim: Claim, check_all_quoted: bool) -> bool:
    """Whether ``claim`` is verified: a quotation not suppressed, or with
    ``--check-all-quoted`` any quoted span not suppressed."""
    return not claim.skipped and (claim.quotation or check_all_quoted)
