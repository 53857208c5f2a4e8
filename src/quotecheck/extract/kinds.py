"""Quotes that are not quotations of a source: scare quotes and titles, flagged so that
the verifier can treat them leniently."""

from __future__ import annotations

import re

_SCARE = re.compile(r"(?:so-called|so called|quote-unquote|self-styled|supposed)[ \t]*$",
                    re.IGNORECASE)
_TITLE = re.compile(
    r"(?:film|movie|book|novel|song|album|play|musical|show|series|podcast|documentary|"
    r"episode|poem|essay|exhibition|opera|titled|entitled|headlined|called)[ \t]*$",
    re.IGNORECASE,
)


def quote_flags(text: str, before_end: int, quote: str, has_speaker: bool) -> tuple[str, ...]:
    """``("scare",)`` after "so-called", ``("title",)`` after "the film" and the like."""
    before = text[max(0, before_end - 40) : before_end]
    if _SCARE.search(before):
        return ("scare",)
    if not has_speaker and _TITLE.search(before) and len(quote.split()) <= 8 and (
            quote[:1].isupper()):
        return ("title",)
    return ()
