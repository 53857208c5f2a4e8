"""Social posts in scraped text: a signature line closes the post's lines.

``— Ana Ruiz (@anaruiz) May 2, 2024`` (also ``–`` or ``-``, and dates like ``2 May 2024``),
or Instagram's ``A post shared by Ana Ruiz (@anaruiz)``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from quotecheck.models import PostInfo

SIGNATURE = re.compile(
    r"^[ \t>]*(?:[—–-]+[ \t]*|A post shared by[ \t]+)(?P<name>[^()\n]{1,80}?)[ \t]*\n?[ \t]*"
    r"\(@(?P<handle>[A-Za-z0-9_.]{1,30})\)[ \t]*(?P<date>[A-Za-z0-9 ,.]{0,30}?)[ \t]*$",
    re.MULTILINE,
)
_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y", "%B %d %Y")


def iso_date(text: str) -> str | None:
    """``May 2, 2024`` or ``2 May 2024`` as ``2024-05-02``; None if it is not a date."""
    text = " ".join(text.replace(",", ", ").split()).replace(" ,", ",")
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


@dataclass(frozen=True)
class Signature:
    """A post's signature line: where it is and whose post it closes."""

    start: int
    end: int
    post: PostInfo


def find_signatures(text: str, lo: int = 0, hi: int | None = None) -> list[Signature]:
    """Every signature line in ``text[lo:hi]``."""
    found = []
    for m in SIGNATURE.finditer(text, lo, len(text) if hi is None else hi):
        date = m.group("date").strip()
        if date and iso_date(date) is None:
            continue
        name = m.group("name").strip()
        found.append(Signature(m.start(), m.end(), PostInfo(
            handle=m.group("handle"), name=name or None, date=iso_date(date) if date else None,
            url=None)))
    return found
