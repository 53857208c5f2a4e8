"""How strongly each link near a quotation ties it to a source (design, "Sources").

Strong: a link on (most of) the quoted words, a citation in parentheses right after them
(``“…” ([source](url))``), or a link on the cue words of the same sentence (``[Mayor Okafor
said](url) “…”``, ``“…,” [the report states](url)``, ``said in [an interview](url)``,
``according to [the minutes](url)``). Weak: any other link of the same paragraph, including
one on the speaker's name alone (on real posts a profile page) or on a few words inside the
quote.
Directives, ``cite=`` and a post's own URL are strong too; the block and directive code add
them, not this module.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from quotecheck.lexicon import REPORTING_VERBS
from quotecheck.models import Link, Paragraph

#: speech and document cues, with their inflections (a link on one is a citation)
CUE_VERBS = REPORTING_VERBS + "|ruled|rules|reported|reports"
#: where a sentence ends: a stop (and any closing mark) followed by space
_SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*\s+")
#: between a quote and a citation in parentheses right after it: ``“…” ([report](url))``
_ADJACENT = re.compile(r"[\s,;:.!?\"”’]*[(\[]\s*")
#: how much of the quote a link must cover to be a link on the quoted words (a link on a
#: few words inside a long quote names something the speaker mentions, it cites nothing)
_COVERS = 0.5
_CUE_WORDS = re.compile(rf"\b(?:{CUE_VERBS}|according\s+to|statement|remarks|testimony|"
                        r"interview|transcript|speech|press\s+release|report)\b",
                        re.IGNORECASE)
#: a cue right before a link: ``according to [the minutes](url)``, ``said in [a statement](url)``
_CUE_BEFORE = re.compile(rf"(?:according\s+to|(?:{CUE_VERBS})\s+(?:in|on|to))"
                         r"(?:\s+(?:a|an|the|her|his|its|their))?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class LinkTies:
    """The links near a quotation, split by how strongly they tie it to a source."""

    strong: tuple[str, ...]
    weak: tuple[str, ...]


@dataclass(frozen=True)
class Stops:
    """Where an article's sentences end, found once: each stop's start and end offsets."""

    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, plain: str) -> Stops:
        """The sentence ends of ``plain``."""
        found = list(_SENTENCE_END.finditer(plain))
        return cls([m.start() for m in found], [m.end() for m in found])

    def sentence(self, paragraph: Paragraph, start: int, end: int) -> tuple[int, int]:
        """The sentence around the quote ``start``–``end``, kept inside its paragraph."""
        k = bisect_right(self.ends, start) - 1
        head = max(paragraph.start, self.ends[k]) if k >= 0 else paragraph.start
        j = bisect_left(self.starts, end)
        tail = self.starts[j] + 1 if j < len(self.starts) else paragraph.end
        return head, min(tail, paragraph.end)


def _on_cue(words: str, cue: str | None) -> bool:
    """True when a link's words hold the quote's cue or a cue word (said, according to, a
    statement, an interview…). A link on the speaker's name alone is a weak tie: on real
    posts it leads to a profile page, not to the words."""
    folded = " ".join(words.casefold().split())
    if cue and len(cue) > 1 and " ".join(cue.casefold().split()) in folded:
        return True
    return _CUE_WORDS.search(words) is not None


def _on_quote(plain: str, link: Link, start: int, end: int) -> bool:
    """True when the link covers most of the quoted words, or is a citation in
    parentheses right after them."""
    covered = min(link.end, end + 1) - max(link.start, start - 1)
    if covered >= _COVERS * (end - start):
        return True
    return link.start >= end and _ADJACENT.fullmatch(plain, end, link.start) is not None


def link_ties(plain: str, paragraph: Paragraph | None, links: list[Link], span: tuple[int, int],
              *, cue: str | None = None, stops: Stops | None = None) -> LinkTies:
    """Split the paragraph's ``links`` (nearest first) into strong and weak ties of the
    quote at ``span`` of ``plain`` (``stops``: the article's sentence ends, found once)."""
    start, end = span
    if paragraph is None:
        return LinkTies((), ())
    head, tail = (stops or Stops.of(plain)).sentence(paragraph, start, end)
    strong: list[str] = []
    weak: list[str] = []
    for link in sorted(links, key=lambda k: abs(k.start - start)):
        on_quote = _on_quote(plain, link, start, end)
        in_sentence = link.start >= head and link.end <= tail
        words = plain[link.start : link.end]
        cue_before = _CUE_BEFORE.search(plain, max(head, link.start - 40), link.start)
        if on_quote or (in_sentence and (_on_cue(words, cue)
                                         or cue_before is not None)):
            strong.append(link.url)
        else:
            weak.append(link.url)
    strong = list(dict.fromkeys(strong))
    return LinkTies(tuple(strong), tuple(u for u in dict.fromkeys(weak) if u not in strong))
