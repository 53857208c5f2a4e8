"""Whether the speaker an article names is the one who says the words in the source,
compared tolerantly: titles, first or last name alone, initials, case and punctuation."""

from __future__ import annotations

import re

_TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "rev", "hon",
    "councillor", "councilor", "councilman", "councilwoman", "council", "member", "mayor",
    "senator", "sen", "representative", "rep", "congressman", "congresswoman", "governor",
    "gov", "president", "vice", "secretary", "minister", "chairman", "chairwoman", "chair",
    "judge", "justice", "chief", "commissioner", "director", "deputy", "spokesman",
    "spokeswoman", "spokesperson", "general", "gen", "col", "capt", "lt", "sgt", "officer",
    "attorney", "ambassador", "speaker", "leader", "majority", "minority", "jr", "sr", "the",
    "former", "acting", "assistant", "administrator", "host", "moderator", "ceo",
})
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def name_words(name: str) -> list[str]:
    """The words of a person's name without titles, casefolded (``Councillor Ana Vance``
    → ``["ana", "vance"]``)."""
    return [w for w in (m.group().casefold() for m in _WORD.finditer(name))
            if w not in _TITLES]


def _is_named(name: str) -> bool:
    """True when ``name`` names someone (a capitalised word), not a pronoun or description."""
    return any(w[:1].isupper() for w in _WORD.findall(name) if w.casefold() not in _TITLES)


def _same_word(a: str, b: str) -> bool:
    """Equal words, or an initial that fits (``j`` and ``john``)."""
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def same_speaker(article: str | None, source: str | None) -> bool | None:
    """True when both name the same person, False when they clearly differ, None when
    either is unknown or not a name (``she``, ``the agency``): no verdict on a guess."""
    if not article or not source or not _is_named(article) or not _is_named(source):
        return None
    a, b = name_words(article), name_words(source)
    if not a or not b:
        return None
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if a[-1] == b[-1] and len(shorter) == 1:  # Vance and Councillor Ana Vance
        return True
    # every word of the shorter name fits one of the longer: A. Vance, Lin Holloway
    return all(any(_same_word(w, v) for v in longer) for w in shorter)
