"""Quotes listed together share their kind: in "calls him a “fascist” and a “Stalinist”"
or "citing her “long experience,” “firm grasp of the issues” and …", a short quote taken
for a term is a quotation when the quote it is listed with is one."""

from __future__ import annotations

import re
from collections.abc import Sequence

#: what stands between two quotes of one list: a comma, "and", "or", "but also", an article
LIST_JOIN = re.compile(r"[\s,”\"'’]*(?:(?:and|or|nor|but(?:\s+also)?|as well as)\s+"
                       r"(?:(?:a|an|the)\s+)?)?[“\"'‘]*", re.IGNORECASE)


def listed_quotations(text: str, spans: Sequence[tuple[int, int]],
                      quotation: Sequence[bool], term: Sequence[bool]) -> list[bool]:
    """Which of the quotes at ``spans`` (in order, inner spans) are quotations once a term
    listed right next to a quotation takes its kind; ``term`` marks the quotes taken for a
    term (only they change)."""
    result = list(quotation)
    for i in range(len(spans) - 1):
        (_, end), (start, _) = spans[i], spans[i + 1]
        if not 0 < start - end <= 40 or LIST_JOIN.fullmatch(text, end, start) is None:
            continue
        if quotation[i] and term[i + 1]:
            result[i + 1] = True
        elif quotation[i + 1] and term[i]:
            result[i] = True
    return result
