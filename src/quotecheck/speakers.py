"""Who speaks in a source, and whether two ways of naming a speaker name the same person.

Turns come from speaker headings in transcripts and plays (``MR. SMITH:``, ``HAMLET.``,
``Q``/``A``, ``Chairman Smith.``, a recurring ``Name:`` label), subtitle voice tags, a post's
author, or, for a document with no turns, the court whose order it is or the plaintiffs of
a complaint. The core never compares them with the article (that is the verdict's job);
:func:`same_speaker` is the tolerant comparison it will use.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import replace

from quotecheck.match.headings import find_headings
from quotecheck.models import SourceText

Turns = tuple[tuple[int, str], ...]
_CAP = r"[A-Z][\w.'’]*"
_COURT = re.compile(
    rf"^[ \t]*(?:In the[ \t]+|IN THE[ \t]+)?(?P<court>(?:{_CAP}[ \t]+(?:(?:of|for|OF|FOR)[ \t]+)?)"
    rf"{{1,8}}(?:Court|COURT)(?:[ \t]+(?:of|OF|for|FOR)[ \t]+(?:the[ \t]+|THE[ \t]+)?{_CAP}"
    rf"(?:[ \t]+{_CAP}){{0,5}})?)[ \t,]*\r?$", re.MULTILINE)
_PLAINTIFF = re.compile(r"(?P<who>[A-Z][^\n]{2,120}?),?\s*\n?\s*Plaintiffs?,?\s*(?:\n\s*)?v\.",
                        re.MULTILINE)
_RELEASE = re.compile(r"\b(?:FOR IMMEDIATE RELEASE|PRESS RELEASE|NEWS RELEASE|MEDIA RELEASE)\b",
                      re.IGNORECASE)
_DATELINE_ORG = re.compile(
    r"[—–-]{1,2}\s*(?:The\s+)?(?P<org>[A-Z][\w&.'’-]*(?:\s+(?:of|for|and|the|on|[A-Z][\w&.'’-]*))"
    r"{0,8}?)\s+(?:today\s+|on \w+\s+)?(?:announced|said|released|reported|launched|issued"
    r"|unveiled|welcomed|celebrated)\b")
_HEAD = 3000  # a document's parties and court are named near its top
TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "the",
    "hon", "honorable", "honourable", "justice", "chief", "judge", "senator", "sen", "rep",
    "representative", "congressman", "congresswoman", "gov", "governor", "mayor", "president",
    "vice", "chairman", "chairwoman", "chair", "councilmember", "councilman", "councilwoman",
    "councillor", "councilor", "secretary", "general", "attorney", "spokesman", "spokeswoman",
    "spokesperson", "minister", "prime", "deputy", "commissioner", "director", "ambassador",
    "rev", "reverend", "father", "sister", "captain", "capt", "col", "colonel", "sgt", "officer",
    "detective", "sheriff", "chancellor", "speaker", "leader", "jr", "sr", "ii", "iii", "esq",
})
_HANDLE = re.compile(r"\(?@\w+\)?")
_AFFILIATION = re.compile(
    r"(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3}),?[ \t]+of[ \t]+[A-Z]")


def speaker_turns(text: str) -> Turns:
    """(offset, name) where each speaker's turn begins, from the headings of ``text``."""
    return tuple((h.start, h.name) for h in find_headings(text))


def document_speaker(text: str) -> str | None:
    """The court whose order this is, the plaintiffs of a complaint, or the organisation a
    press release's dateline names, when the top of the document says so plainly."""
    head = text[:_HEAD]
    court = _COURT.search(head)
    if court is not None:
        name = " ".join(court.group("court").split())
        return name.title().replace(" Of ", " of ").replace(" For ", " for ") if name.isupper(
            ) else name
    plaintiff = _PLAINTIFF.search(head)
    if plaintiff is not None:
        return " ".join(plaintiff.group("who").split()).rstrip(",")
    if _RELEASE.search(head) and (org := _DATELINE_ORG.search(head)) is not None:
        return " ".join(org.group("org").split())
    return None


def with_speakers(source: SourceText) -> SourceText:
    """The source with its speaker turns (and its layers'), unless it already has them."""
    if not source.available:
        return source
    speakers = source.speakers or speaker_turns(source.text)
    if not speakers and (who := document_speaker(source.text)):
        speakers = ((0, who),)
    layers = tuple(with_speakers(layer) for layer in source.alternatives)
    return replace(source, speakers=speakers, alternatives=layers)


def speaker_at(speakers: Turns, offset: int) -> str | None:
    """Who speaks at ``offset`` of the text: the last turn begun at or before it."""
    at = bisect_right([start for start, _ in speakers], offset) - 1
    return speakers[at][1] if at >= 0 else None


def _words(name: str) -> list[str]:
    plain = _HANDLE.sub(" ", name).replace(".", ". ").lower()
    return [w.strip(".,'’") for w in re.findall(r"[\w.'’-]+", plain) if w.strip(".,'’")]


def _key(name: str) -> str:
    words = _words(name)
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _resolve(name: str, introductions: Mapping[str, str]) -> str:
    """A description the article introduced ("the chief justice") as the name it gave."""
    keys = {_key(k): v for k, v in introductions.items()}
    return keys.get(_key(name), name)


def _compatible(first_a: list[str], first_b: list[str]) -> bool:
    """Given names agree where both are given: equal, or one an initial of the other."""
    for a, b in zip(first_a, first_b, strict=False):
        if a != b and not (len(a) == 1 and b.startswith(a)) and not (
                len(b) == 1 and a.startswith(b)):
            return False
    return True


def _without_affiliation(name: str) -> str:
    """A person's name without the place or body after it: "Paul D. Ryan of Wisconsin" →
    "Paul D. Ryan" (two to four capitalised words before "of"; "Secretary of State" and
    "University of Ottawa" stay whole)."""
    m = _AFFILIATION.match(name.strip())
    return m.group("name") if m is not None else name


def same_speaker(article_name: str, source_name: str,
                 introductions: Mapping[str, str] | Iterable[tuple[str, str]] = ()) -> bool:
    """True when two names plausibly name the same person: titles aside, the same last name
    and compatible given names or initials ("Justice Kagan" / "JUSTICE KAGAN:",
    "J. Smith" / "John Smith", "the chief justice" via the article's introductions), a
    place or body after the name aside ("Paul D. Ryan of Wisconsin" / "MR. RYAN")."""
    known = dict(introductions)
    a_name, s_name = _resolve(article_name, known), _resolve(source_name, known)
    bare = _without_affiliation(a_name), _without_affiliation(s_name)
    if bare != (a_name, s_name) and _same_name(*bare):
        return True
    return _same_name(a_name, s_name)


def _same_name(a_name: str, s_name: str) -> bool:
    """The tolerant comparison of two names (see :func:`same_speaker`)."""
    a_all, s_all = _words(a_name), _words(s_name)
    if a_all == s_all and a_all:
        return True
    a = [w for w in a_all if w not in TITLES]
    s = [w for w in s_all if w not in TITLES]
    if not a or not s:
        return False
    if a[-1] != s[-1]:
        initials = {"".join(w[0] for w in a), "".join(w[0] for w in s)}  # JFK
        return any(len(i) >= 2 and i in (a[-1], s[-1]) for i in initials)
    return _compatible(a[:-1], s[:-1])
