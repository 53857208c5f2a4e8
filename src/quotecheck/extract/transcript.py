"""Transcript and interview lines: ``WALLACE: …``, ``Ana Ruiz: …``, ``**Ruiz:** …``,
``Q: …`` / ``A: …`` — the name before the colon speaks the paragraph."""

from __future__ import annotations

from quotecheck.extract.cues import CUE_WORDS
from quotecheck.extract.frames import Token
from quotecheck.extract.phrases import Phrase

_MAX_WORDS = 4
_MARKUP = frozenset("*_>-#")
#: words that label a paragraph without naming anyone who speaks it
_LABELS = frozenset(
    "example examples note notes tip tips pro tip update updates summary warning step source "
    "sources result results goal goals problem solution bonus caution important disclaimer "
    "correction background definition takeaway takeaways lesson challenge outcome usage "
    "syntax recipe trigger action format location date time cost price editor's note "
    "related see also read more".split()) | {"editor's note", "pro tip", "see also",
                                            "read more", "editor’s note"}


def transcript_speaker(tokens: list[Token]) -> Phrase | None:
    """The speaker a paragraph opens with, as ``NAME:``; None for other paragraphs."""
    k = 0
    while k < len(tokens) and tokens[k].text in _MARKUP:
        k += 1
    first = k
    while k < len(tokens) and tokens[k].is_word and k - first < _MAX_WORDS and (
            tokens[k].capitalised):
        k += 1
    if k == first or k >= len(tokens) or tokens[k].text != ":":
        return None
    if k + 1 < len(tokens) and tokens[k + 1].start == tokens[k].end and tokens[k + 1].is_word:
        return None  # 10:30, not a speaker
    words = tokens[first:k]
    if len(words) > 1 and not all(w.text.isupper() or w.text[:1].isupper() for w in words):
        return None
    if len(words) > 1 and words[0].text.lower() in CUE_WORDS:
        return None  # "Added Lee: …" is an inverted cue, not a speaker named "Added Lee"
    name = " ".join(w.text for w in words)
    if name.lower() in _LABELS:
        return None  # "Example: “…”", "Note: …": a label, not someone speaking
    return Phrase(first, k, name, None, "name")
