"""Reported fragments: a short quote that a person or organisation named in its sentence
is said to have said, written, called or described ("Sanders said the trip was
“absolutely” worthwhile", "she called the plan “a disaster”") is a partial quotation, not
a term. The claims ask :func:`reporting_cue` for the cue and hand it to
:func:`quotecheck.extract.kinds.inline_kind`."""

from __future__ import annotations

import re
from itertools import islice

from quotecheck.extract.attribution import Attribution
from quotecheck.extract.kind_words import (
    ABBREVIATION,
    BARE_GROUP,
    DETERMINERS,
    NAME,
    NAMING_CUE,
    NAMING_GAP,
    OWN_SIDE,
    OWN_WORD_REACH,
    PARTICIPLE,
    PERSONAL,
    PRODUCT,
    QUOTED,
    SAID_BEFORE,
    SENTENCE_BREAK,
    SHORT,
    UI_SPEAKER,
    WORD,
)
from quotecheck.extract.kinds import is_speech
from quotecheck.extract.phrases import SPEAKING_NOUNS

#: how many uses of a short quote's words nearby :func:`own_word` looks at
_OWN_WORD_TRIES = 16


def reporting_cue(text: str, who: Attribution, inner: tuple[int, int],
                  outer: tuple[int, int]) -> str | None:
    """The cue by which a person or organisation named in the quote's own sentence says,
    writes, calls or describes something with the quoted words ("Sanders said the trip
    was “absolutely” worthwhile", "she called the plan “a disaster”", "“excesses” are
    sickening, Hollande said"), None when there is none; ``inner`` is the quote's span
    between its marks, ``outer`` with them. The reader or writer ("we call it “agile”",
    "our team said") and a thing on a screen report nothing; a naming cue counts only
    with its speaker right before it, not "a tool called “…”"; words the writer uses
    unquoted nearby are the writer's own term ("were phablets", then "“phablets”"), and
    the name of a product, site or thing ("“Login.gov”", "“Chrome”") is named, not said."""
    speaker, cue = who.speaker, who.cue
    if who.via != "sentence" or speaker is None or cue is None or who.start < 0:
        return None
    words = text[slice(*inner)].strip().rstrip(",.;:!?")
    if not _third_party(text, who) or own_word(text, *inner) or _a_name(words):
        return None
    return _tied(text, who, cue, outer)


def _a_name(words: str) -> bool:
    """The name of a product, site or thing: "“Login.gov”", "“GitHub”", "“Chrome”"."""
    return PRODUCT.search(words) is not None or NAME.fullmatch(words) is not None


def _tied(text: str, who: Attribution, cue: str, outer: tuple[int, int]) -> str | None:
    """``cue`` when it ties the speaker ``who`` to the quote at ``outer`` in one sentence."""
    opening, after = outer
    naming = NAMING_CUE.fullmatch(cue) is not None
    if (not naming and not is_speech(cue)) or PARTICIPLE.fullmatch(cue):
        return None  # "articles written on feedback" is no one writing
    before = who.end <= opening
    between = text[who.end : opening] if before else text[after : who.start]
    if _breaks(between):
        return None
    if cue.lower() == "according to":  # "according to Bennett, the speech is “a test”"
        return cue if before and who.kind == "name" else None
    if before:  # the cue between its speaker and the quote, or a participle after it
        if not _has_word(between, cue) and not _participle_after(text, after, cue):
            return None  # "“slow lane,” which explains": no one's cue
        return cue if not naming or _names_next(between, cue, who.kind) else None
    # after the quote: "“…” are sickening, Hollande said", "…, said Nargis Kassenova"
    return cue


def _participle_after(text: str, after: int, cue: str) -> bool:
    """A participle clause right after the quote and a comma opens with the cue: "hailed
    the vote as “fantastic,” telling reporters" (not "“day jobs” is very demanding")."""
    comma = "," in text[max(0, after - 3) : after + 2]
    return comma and cue.endswith("ing") and re.match(
        rf"[\s,”’\"']*{re.escape(cue)}\b", text[after : after + SAID_BEFORE],
        re.IGNORECASE) is not None


def _third_party(text: str, who: Attribution) -> bool:
    """A name, a pronoun or a description of a person, a group or a document ("the
    senator", "the Clinton campaign", "a federal lawsuit"), not of a thing ("a warning"),
    not the writer or reader ("we", "our team") and not a thing on a screen."""
    speaker = who.speaker or ""
    if PERSONAL.fullmatch(speaker) or UI_SPEAKER.search(speaker) or OWN_SIDE.match(speaker):
        return False
    words = speaker.split()
    group = who.kind == "name" and BARE_GROUP.fullmatch(speaker) is not None and not (
        _proper(text[max(0, who.start - OWN_WORD_REACH) : who.end + OWN_WORD_REACH], speaker))
    if who.kind != "description" and not group:
        return True
    head = words[-1].lower().rstrip("s")
    if group:  # "Participants said": a group no one names, capitalised as a sentence opens
        return head in SPEAKING_NOUNS
    return head in SPEAKING_NOUNS or any(
        w[:1].isupper() for w in words if w.lower() not in DETERMINERS)


def _proper(text: str, word: str) -> bool:
    """Whether ``text`` capitalises ``word`` inside a sentence too ("the Russians"),
    so that it is a name and not a common noun opening a sentence ("Participants")."""
    return re.search(rf"[a-z,;] {re.escape(word)}\b", text) is not None


def _has_word(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` as a word."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE) is not None


def _breaks(between: str) -> bool:
    """Whether a sentence ends in ``between`` (not at an abbreviation: "Sen. Rubio")."""
    return any(not ABBREVIATION.search(between, 0, found.start() + 1)
               for found in SENTENCE_BREAK.finditer(between))


def _names_next(between: str, cue: str, kind: str) -> bool:
    """Whether the naming ``cue`` follows its speaker within a word or two ("Mosman
    called", "X has repeatedly described") or opens a participle clause (", calling"),
    and a description names something with it only through an object ("the campaign
    called the plan “…”", not "a technique called “…”")."""
    at = between.lower().find(cue.lower())
    if at < 0:
        return False
    gap, rest = between[:at], between[at + len(cue) :]
    near = len(WORD.findall(gap)) <= NAMING_GAP or gap.rstrip().endswith(",")
    unquoted = QUOTED.sub(" ", rest)  # "a thing called “the public,” or “…”" names no object
    return near and (kind != "description" or len(WORD.findall(unquoted)) > 1)


def own_word(text: str, start: int, end: int) -> bool:
    """Whether the writer uses the short quote ``text[start:end]`` unquoted
    within ``OWN_WORD_REACH`` characters: a term the article adopts, not words it reports
    someone said."""
    quote = text[start:end].strip().rstrip(",.;:")
    if not quote or len(WORD.findall(quote)) > SHORT:
        return False
    low = max(0, start - OWN_WORD_REACH)
    window = text[low : end + OWN_WORD_REACH]
    found = re.finditer(rf"(?<!\w){re.escape(quote)}(?!\w)", window, re.IGNORECASE)
    for match in islice(found, _OWN_WORD_TRIES):  # bounded: a quote-dense page repeats words
        at = low + match.start()
        if not start - 2 <= at <= start + 2 and not _inside_quotes(text, at):
            return True
    return False


def _inside_quotes(text: str, at: int) -> bool:
    """Whether ``text[at]`` stands inside quotation marks opened in its paragraph."""
    paragraph = text.rfind("\n\n", max(0, at - OWN_WORD_REACH), at)
    before = text[max(paragraph, at - OWN_WORD_REACH, 0) : at]
    return (before.count("“") > before.count("”") or before.count('"') % 2 == 1
            or before.count("''") % 2 == 1)
