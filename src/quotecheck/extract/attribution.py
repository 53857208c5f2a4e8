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
    "continued|continues|acknowledged|acknowledges|admitted|admits|responded|responds"
)
_NAME = (
    r"(?:[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|de|van|von|da|del|la|bin|al))*"
    r"|[Tt]he\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*"
    r"|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)"
)
_AFTER = [
    re.compile(rf"^[\s,]*(?:[—–-]+\s*)?(?P<speaker>{_NAME})\s+(?:also\s+)?(?P<cue>{CUE_VERBS})\b"),
    re.compile(rf"^[\s,]*(?P<cue>{CUE_VERBS})\s+(?P<speaker>{_NAME})"),
    re.compile(rf"^[\s,]*[Aa]ccording\s+to\s+(?P<speaker>{_NAME})"),
    re.compile(rf"^\s*[—–]\s*(?P<speaker>{_NAME})"),
]
_BEFORE = [
    re.compile(rf"(?P<speaker>{_NAME})\s+(?:also\s+)?(?P<cue>{CUE_VERBS})(?:\s+that|\s+it)?[\s:,]*$"),
    re.compile(rf"[Aa]ccording\s+to\s+(?P<speaker>{_NAME}),?\s*$"),
]
_PRONOUNS = frozenset({"he", "she", "they", "it", "we"})
_WINDOW = 120
_NAME_BACK = 400
_FULL_NAME = re.compile(r"\b[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)+")


@dataclass(frozen=True)
class Attribution:
    """The speaker and cue verb found next to a quotation, if any."""

    speaker: str | None
    cue: str | None


def _trim_speaker(speaker: str) -> str:
    return speaker.strip().rstrip(",.")


def nearest_name(text: str) -> str | None:
    """The last name of two or more capitalised words in ``text``."""
    names = _FULL_NAME.findall(text)
    return names[-1] if names else None


def attribute(text: str, start: int, end: int, previous: str | None) -> Attribution:
    """Find the speaker of the quote between the marks at ``start - 1`` and ``end``.

    A pronoun resolves to the nearest full name before the quote, else to ``previous``,
    the last speaker named.
    """
    previous = nearest_name(text[max(0, start - _NAME_BACK) : start]) or previous
    after = text[end + 1 : end + 1 + _WINDOW].split("\n\n", 1)[0]
    before = text[max(0, start - 1 - _WINDOW) : max(0, start - 1)].rsplit("\n\n", 1)[-1]
    for pattern in _AFTER:
        if m := pattern.match(after):
            return _resolved(m, previous)
    for pattern in _BEFORE:
        if m := pattern.search(before):
            return _resolved(m, previous)
    return Attribution(None, None)


def _resolved(m: re.Match[str], previous: str | None) -> Attribution:
    speaker = _trim_speaker(m.group("speaker"))
    cue = m.groupdict().get("cue")
    if cue is None and "according" in m.group(0).lower():
        cue = "according to"
    if speaker.lower() in _PRONOUNS:
        speaker = previous or speaker
    return Attribution(speaker, cue)
