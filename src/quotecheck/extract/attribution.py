"""Who a quotation is attributed to (speaker) and with which verb (cue)."""

from __future__ import annotations

import re
from dataclasses import dataclass

CUE_VERBS = (
    "said|says|say|told|tells|added|adds|asked|asks|wrote|writes|stated|states|state|"
    "declared|declares|noted|notes|argued|argues|insisted|insists|explained|explains|"
    "warned|warns|replied|replies|recalled|recalls|reads|read|alleges|alleged|claims|"
    "claimed|shows|showed|finds|found|concluded|concludes|posted|posts|tweeted|tweets|"
    "announced|announces|called|calls|described|describes|testified|testifies|"
    "continued|continues|acknowledged|acknowledges|admitted|admits|responded|responds|"
    "show|find|allege|claim|argue|note|write|tell|add|explain|warn|insist|recall|post|tweet"
)
_SEP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"  # a space, or one line break
_WORD = r"[A-Z][\w’'-]*(?:\.(?=[^\S\n]+[A-Z]))?"  # Ana, O’Brien, Ruiz-Diaz, Dr.
_NAME = (
    rf"(?:{_WORD}(?:{_SEP}(?:{_WORD}|de|van|von|da|del|la|bin|al))*"
    rf"(?:{_SEP}and{_SEP}{_WORD}(?:{_SEP}{_WORD})*)?"
    rf"|[Tt]he{_SEP}(?:[a-z][\w-]*{_SEP}){{0,3}}[a-z][\w-]*"
    r"|(?:court|police|city|public|meeting|county|state|federal)"
    rf"{_SEP}(?:records|documents|filings|minutes|data)"
    r"|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)"
)
_AFTER = [
    re.compile(rf"^[\s,]*(?P<speaker>{_NAME}),[^,“”\"]{{1,90}},\s*(?:also\s+)?"
               rf"(?P<cue>{CUE_VERBS})\b"),
    re.compile(rf"^[\s,]*(?:[—–-]+\s*)?(?P<speaker>{_NAME})\s+(?:also\s+)?(?P<cue>{CUE_VERBS})\b"),
    re.compile(rf"^[\s,]*(?P<cue>{CUE_VERBS})\s+(?P<speaker>{_NAME})"),
    re.compile(rf"^[\s,]*[Aa]ccording\s+to\s+(?P<speaker>{_NAME})"),
    re.compile(rf"^\s*[—–]\s*(?P<speaker>{_NAME})"),
]
#: "the mayor called the plan “…”": the describer is the speaker, whatever follows
_DESCRIBED = re.compile(
    rf"(?P<speaker>{_NAME})\s+(?P<cue>called|calls|described|describes|dubbed|labeled|"
    r"labelled|termed)\s+(?:[\w’'-]+\s+){0,5}(?:as\s+)?$")
_BEFORE = [
    re.compile(rf"(?P<speaker>{_NAME})\s+(?:also\s+)?(?P<cue>{CUE_VERBS})(?:\s+that|\s+it)?"
               r"[\s:,.]*$"),
    re.compile(rf"(?P<speaker>{_NAME}),[^,\n“”\"]{{1,90}},\s*(?:also\s+)?(?P<cue>{CUE_VERBS})"
               r"[\s:,.]*$"),
    re.compile(rf"[Aa]ccording\s+to\s+(?P<speaker>{_NAME}),?\s*$"),
    re.compile(rf"(?:^|[.!?]\s+)(?P<speaker>{_NAME})\s+[^.:\n“”\"]{{0,60}}:\s*$"),
]
_PRONOUNS = frozenset({"he", "she", "they", "it", "we"})
_WINDOW = 120
_NAME_BACK = 400
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
_FULL_NAME = re.compile(r"\b[A-Z][\w’'-]+(?:(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)[A-Z][\w’'-]+)+")


@dataclass(frozen=True)
class Attribution:
    """The speaker and cue verb found next to a quotation, if any."""

    speaker: str | None
    cue: str | None
    inferred: bool = False  # the text says "she"/"he"…: the speaker is a guess from nearby


def _trim_speaker(speaker: str) -> str:
    return speaker.strip().rstrip(",.")


def is_pronoun(word: str) -> bool:
    """True for he, she, they, it, we."""
    return word.lower() in _PRONOUNS


def nearest_name(text: str) -> str | None:
    """The last name of two or more capitalised words in ``text``."""
    names = _FULL_NAME.findall(text)
    return names[-1] if names else None


def attribute(text: str, before_end: int, after_start: int, previous: str | None
              ) -> Attribution:
    """Find the speaker of a quotation from the text that ends at ``before_end`` (its
    opening mark) and the text that starts at ``after_start`` (after its closing mark).

    A pronoun resolves to the nearest full name before the quote, else to ``previous``,
    the last speaker named.
    """
    after = _PARAGRAPH_BREAK.split(text[after_start : after_start + _WINDOW], maxsplit=1)[0]
    before = _before(text, before_end)
    found = _DESCRIBED.search(before)
    for pattern in _AFTER:
        found = found or pattern.match(after)
    for pattern in _BEFORE:
        found = found or pattern.search(before)
    if found is None:
        return Attribution(None, None)
    speaker, cue = _resolved(found)
    if is_pronoun(speaker):  # the nearest full name before the quote, else the last speaker
        back = text[max(0, before_end - _NAME_BACK) : before_end]
        return Attribution(nearest_name(back) or previous or speaker, cue, inferred=True)
    return Attribution(speaker, cue)


def _before(text: str, before_end: int) -> str:
    """The text of the quote's paragraph before it; when the quote opens its paragraph
    and the previous one ends with a colon ("Ruiz put it this way:"), that paragraph."""
    parts = _PARAGRAPH_BREAK.split(text[max(0, before_end - _WINDOW) : before_end])
    if len(parts) > 1 and not parts[-1].strip() and parts[-2].rstrip().endswith(":"):
        return parts[-2].rstrip()
    return parts[-1]


def _resolved(m: re.Match[str]) -> tuple[str, str | None]:
    speaker = _trim_speaker(m.group("speaker"))
    cue = m.groupdict().get("cue")
    if cue is None and "according" in m.group(0).lower():
        cue = "according to"
    return speaker, cue
