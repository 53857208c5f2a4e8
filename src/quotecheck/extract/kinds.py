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
from quotecheck.models import Claim

_BEFORE = 80
_AFTER = 60

_SCARE = re.compile(r"\b(?:so-called|so called|quote-unquote|self-styled|supposed|"
                    r"air quotes)[ \t]*$", re.IGNORECASE)
_TITLE = re.compile(
    r"\b(?:film|movie|book|novel|song|album|play|musical|show|series|podcast|documentary|"
    r"episode|poem|essay|exhibition|opera|titled|entitled|headlined|headline|webinar|"
    r"report|article|column|newsletter|course|campaign|hashtag|recipe|chapter|section|"
    r"act|law|bill|program|programme|initiative|conference|summit)[ \t,:]*$",
    re.IGNORECASE)
_TERM = re.compile(
    r"(?:\b(?:called|so-called|term(?:ed)?|terms|word|words|phrase|phrases|acronym|"
    r"known as|referred to as|refers to|nicknamed|dubbed|named|labell?ed|(?:the|a) concept "
    r"of|(?:the|a) notion of|(?:the|a) idea of|means|meaning|stands for|spells|spell|"
    r"definition of|defines|define|coined|jargon|buzzword|label|tag|keyword|prefix|"
    r"suffix|substring|string|value|like|as in|versus|vs\.?)\b|[(/])[ \t]*$",
    re.IGNORECASE)
_UI_BEFORE = re.compile(
    r"\b(?:click(?:ed|ing|s)?(?: on)?|select(?:ed|ing|s)?|choose|chose|chosen|press(?:ed)?|"
    r"tap(?:ped)?|hit|toggle|check(?:ed)?|uncheck|go(?:es)? to|went to|navigate(?:d)? to|"
    r"open(?:ed)?|type(?:d)?|enter(?:ed)?|search(?:ed)? (?:for|on)|menu|button|tab|"
    r"field|option|dialog|screen|message|error|prints?|printed|outputs?|returns?|"
    r"displays?|pops? up|reads|labell?ed|under|from the|in the|on the)[ \t,:]*$",
    re.IGNORECASE)
_UI_AFTER = re.compile(
    r"^[ \t,.]*(?:button|tab|menu|link|field|option|drop-?down|checkbox|box|icon|page|"
    r"screen|column|section|category|filter|setting|feature|function|dialog|message|"
    r"error|prompt|command|label|slider|toggle|list)\b", re.IGNORECASE)
_SUGGESTED = re.compile(
    r"\b(?:ask(?:ing)?|say(?:ing)?|write|writing|type|text|send|reply|respond with|"
    r"if you (?:see|read|find|write|use|say|hear)|"
    r"try|avoid|use|using|should say|should read|must say|instead of|rather than|"
    r"questions? (?:like|such as)|such as|for example|examples?|e\.g\.|ask yourself|ask:)"
    r"[ \t,:]*$",
    re.IGNORECASE)
_NOTE = re.compile(r"^\W*(?:summary|note|editor[’']?s note|update|disclaimer|tl;dr)\s*:|"
                   r"\b(?:originally|first) (?:published|posted|appeared)\b", re.IGNORECASE)
_SAYING = re.compile(r"\b(?:mantra|motto|slogan|saying|adage|cliché|cliche|proverb|idiom|"
                     r"catchphrase|tagline|maxim)\b", re.IGNORECASE)
#: wording the reader is told to use: "the body should say “…”", "always ask “…”"
_IMPERATIVE = re.compile(
    r"\b(?:should|must|can|could|might|may|to|please|always|never|don[’']t|then)\s+"
    r"(?:say|ask|write|type|use|text|send|reply|read|enter)\b[^.!?“”\"]{0,20}[ \t,:]*$",
    re.IGNORECASE)
#: someone describes a thing with the quoted words: "called the campaign the “…”"
_DESCRIBES = re.compile(
    r"\b(?:describe[sd]?|call(?:s|ed)|dubbed|labell?ed|branded|termed|deemed)\s+"
    r"(?:it|this|that|them|these|those|him|her|us|me|the|his|their|our|its|my|your|"
    r"[A-Z][\w’'-]*)\b(?:\s+[\w’'-]+){0,5}\s+(?:as\s+)?$")
_MERELY = re.compile(r"\b(?:not just|not merely|not simply|just|merely|simply)[ \t]*$",
                     re.IGNORECASE)
#: the text of a form or survey: "our surveys ask customers: “…”"
_FORM = re.compile(r"\b(?:survey|questionnaire|form|poll|quiz)s?\s+(?:ask|asks|asked|reads|"
                   r"says|prompts?)\b[^.!?“”\"]{0,30}$", re.IGNORECASE)
#: the quoted words are what the sentence talks about: "“If it’s not broke…” doesn’t work"
_MENTIONED = re.compile(r"[ \t,]*(?:is|was|isn[’']t|wasn[’']t|doesn[’']t|does not|didn[’']t|"
                        r"has|had|became|becomes|remains|seems|sounds|means|meant|works|"
                        r"applies|no longer|won[’']t|will not|can[’']t)\b")
#: a speech verb right after the quote and a comma: "It’s “funny,” commented one webmaster"
_SPEECH_AFTER = re.compile(
    r"[\s,”’\"']*(?:[\w.’'-]+\s+){0,4}?(?:said|says|told|wrote|writes|commented|comments|"
    r"remarked|added|adds|explained|explains|noted|notes|recalled|recalls|replied|asked|"
    r"insisted|warned|argued|stated|states|continued|responded|shared|shares)\b",
    re.IGNORECASE)
#: a speech verb earlier in the sentence: "The columnist wrote that the plan was “…”"
_SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|wrote|writes|stated|states|declared|declares|argued|"
    r"argues|insisted|insists|explained|explains|warned|warns|replied|replies|recalled|"
    r"recalls|alleged|alleges|claimed|claims|posted|tweeted|announced|announces|testified|"
    r"added|adds|asked|asks|noted|notes|remarked|commented|chanted|chants|shouted|shouts|"
    r"yelled|sang|answered|responded|responds|acknowledged|admitted|promised|vowed|"
    r"according to)\b", re.IGNORECASE)
_SENTENCE_WINDOW = 160
_SAID_REACH = 80
_SAID_BEFORE = 40
_CUES = frozenset(CUE_WORDS)
_WEAK_CUE = re.compile(
    r"(?:call|describ|show|find|found|read|hold|held|put|begin|began|continu|offer|question|"
    r"reason|rul|charg|object|echo|hint|counter|maintain|inform|label|term|brand|dub|post|"
    r"point|answer|agree|worr|wonder|fret|sigh|boom|thunder|snap|mus|hold)\w*")
_SENTENCE_BREAK = re.compile(r"[.!?][\s”’\"')]*\s[A-Z“\"]|\n\s*\n")
_SENTENCE_END = re.compile(r"[.!?…](?:[\s”’\"')]|$)")
_SHORT = 4
_SHORT_REPORTED = 2  # in a sentence with a speech verb, only a word or two is a term
_SMALL_WORDS = frozenset("a an the and or of to in on for at by with from as vs".split())
_UI_WORDS = 10
_SUGGESTED_WORDS = 15
_TITLE_WORDS = 12
_TERM_WORDS = 8
#: a "speaker" that is a thing on a screen: the button reads "Save draft"
_UI_SPEAKER = re.compile(r"\b(?:button|screen|page|message|error|sign|label|banner|link|"
                         r"menu|tab|field|box|prompt|dialog|window|app|site|website|form|"
                         r"terminal|command|output|log)s?$", re.IGNORECASE)


@dataclass(frozen=True)
class QuoteKind:
    """Whether a quoted span is a quotation; if not, why (``term``, ``scare``, ``title``,
    ``ui``, ``suggested``, ``saying``, ``note``); and the flags it adds."""

    quotation: bool
    why: str | None = None
    flags: tuple[str, ...] = ()


QUOTATION = QuoteKind(True)


def _not(why: str, *flags: str) -> QuoteKind:
    return QuoteKind(False, why, flags)


def inline_kind(text: str, start: int, end: int, quote: str, *, speaker: str | None,
                cue: str | None) -> QuoteKind:
    """The kind of the inline quote ``text[start:end]`` (between its marks) given the
    speaker and cue found next to it."""
    before = _sentence_before(text, start - 1)
    after = text[end + 1 : end + 1 + _AFTER]
    if _SCARE.search(before):
        return _not("scare", "scare")
    if _IMPERATIVE.search(before):
        return _not("suggested")
    if _FORM.search(before):
        return _not("ui")
    if speaker is None and _DESCRIBES.search(before):
        return QUOTATION  # "one engineer describes this as “…”"
    if speaker is not None and _quoted(speaker, before):
        speaker = None  # a "speaker" that is itself in quotation marks is another quote
    said_after = "," in text[end - 1 : end + 2] and _SPEECH_AFTER.match(after) is not None
    if speaker is not None or said_after:
        return _not("ui") if speaker and _UI_SPEAKER.search(speaker) else QUOTATION
    reported = _SPEECH.search(_sentence_before(text, start - 1, _SENTENCE_WINDOW))
    return _uncued(before, after, quote, cued=cue is not None or reported is not None)


def _quoted(words: str, before: str) -> bool:
    """Whether ``words`` stand between quotation marks in ``before``."""
    return any(f"{left}{words}{right}" in before
               for left, right in (("“", "”"), ('"', '"'), ("‘", "’")))


def _uncued(before: str, after: str, quote: str, *, cued: bool) -> QuoteKind:
    """A quote no one is named for: what the words before and after make it; a short
    phrase is a term (up to four words, or two in a sentence with a speech verb)."""
    words = len(quote.split())
    rules = (
        ("scare", bool(_MERELY.search(before))),
        ("ui", words <= _UI_WORDS and bool(_UI_BEFORE.search(before) or _UI_AFTER.search(after))),
        ("suggested", words <= _SUGGESTED_WORDS and bool(_SUGGESTED.search(before))),
        ("title", words <= _TITLE_WORDS and quote[:1].isupper() and bool(_TITLE.search(before))),
        ("saying", bool(_SAYING.search(before) or _SAYING.search(after))),
        ("title", 2 <= words <= _TITLE_WORDS and _title_case(quote)),
        ("term", words <= _SHORT + 2 and quote.isupper()),
        ("term", words <= _TERM_WORDS and bool(_TERM.search(before))),
        ("term", words <= _TITLE_WORDS and bool(_MENTIONED.match(after))),
        ("term", words <= (_SHORT_REPORTED if cued else _SHORT)
         and not _SENTENCE_END.search(quote)),
    )
    why = next((name for name, applies in rules if applies), None)
    if why is None:
        return QUOTATION
    return _not(why, "title") if why == "title" else _not(why)


def _title_case(quote: str) -> bool:
    """Most words capitalised and no sentence end: the name of a work, event or thing."""
    if _SENTENCE_END.search(quote):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", quote) if w.lower() not in _SMALL_WORDS]
    capitalised = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 2 and capitalised >= 0.8 * len(words)


def is_speech(cue: str) -> bool:
    """Whether the cue verb says that words were spoken or written (not "called",
    "showed", "found", "read" and the like, which also name, show or find things)."""
    word = " ".join(cue.lower().split())
    return (word in _CUES or _SPEECH.fullmatch(word) is not None) and (
        _WEAK_CUE.fullmatch(word) is None)


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
        reach = _SAID_BEFORE
    else:  # "“…,” Ruiz said": a comma at the close
        between = text[quote_end - 1 : start]
        reach = _SAID_REACH if "," in text[quote_end - 1 : quote_end + 2] else -1
    if len(between) > reach or _SENTENCE_BREAK.search(between):
        return False
    if len(text[quote_start:quote_end].split()) > _SHORT_REPORTED:
        return True
    return end > quote_start  # a word or two only as "“Yes,” she said"


def block_kind(quote: str, speaker: str | None) -> QuoteKind:
    """A block quotation is one, unless it is an editor's note ("Summary: …", "This post
    was originally published …") that no one is named for."""
    if speaker is None and _NOTE.search(quote[:200]):
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
