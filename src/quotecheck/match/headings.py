"""Speaker headings in plays and transcripts: ``HAMLET.``, ``MS. LEE:``, ``Q``/``A``,
``Chairman Smith.`` opening a line. They say who speaks and are not part of what is said."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TITLES = (r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Chairman|Chairwoman|Chair|Senator|Representative"
           r"|Secretary|Justice|Judge|Governor|Mayor|President|Speaker|Admiral|General)")
#: an upper-case name alone on a line, or opening it before a colon
_UPPER = re.compile(
    r"\n[ \t]*(?P<name>(?:[A-Z][A-Z'’\-]*\.?[ \t]){0,4}[A-Z][A-Z'’\-]+)"
    r"(?:\.[ \t]*(?:\[[^\]\n]{0,60}\][ \t]*)?(?=\r?\n|\Z)|\.[ \t]+(?=[A-Z\[_])|:[ \t]+"
    r"|:[ \t]*(?=\r?\n|\Z))")
#: a title and name opening a paragraph ("Chairman Smith. Thank you")
_TITLED = re.compile(rf"\n[ \t]*(?P<name>{_TITLES}\.?[ \t]+[A-Z][\w'’\-]+)(?:\.|:)[ \t]+")
#: a mixed-case label with a colon ("Jane Doe: ..."), only when it recurs
_LABEL = re.compile(r"\n[ \t]*(?P<name>[A-Z][\w'’.\-]*(?:[ \t][A-Z][\w'’.\-]*){0,3}):[ \t]+")
_QA = re.compile(r"\n[ \t]*(?P<name>Q|A)(?:[.:][ \t]+|[ \t]{2,}|\t)(?=\S)")
_NOT_NAMES = frozenset({
    "CHAPTER", "BOOK", "PART", "VOLUME", "SECTION", "ACT", "SCENE", "CONTENTS", "PREFACE",
    "INTRODUCTION", "EPILOGUE", "PROLOGUE", "THE END", "FOOTNOTES", "NOTE", "NOTES", "INDEX",
    "APPENDIX", "FINIS", "END", "ORDER", "OPINION", "NOTICE", "WARNING", "UPDATE", "EDITOR'S NOTE",
    "SOURCE", "SOURCES", "PHOTO", "VIDEO", "READ MORE", "RELATED", "IT IS SO ORDERED",
    "DATED", "BACKGROUND", "DISCUSSION", "CONCLUSION", "ANALYSIS", "FACTS", "ARGUMENT",
    "CORRECTION", "ADVERTISEMENT", "SUBSCRIBE", "SHARE", "FILE", "CREDIT", "CAPTION", "TAGS",
    "TOPICS", "BY", "CONTACT", "EMAIL", "PHONE", "TEL", "FAX", "WEB", "WEBSITE", "DATE", "TIME",
    "LOCATION", "WHERE", "WHEN", "WHAT", "WHO", "WHY", "HOW", "TIP", "TIPS", "SUMMARY", "ABSTRACT",
})
_ROMAN = re.compile(r"^[IVXLCDM]+$")


@dataclass(frozen=True)
class Heading:
    """A speaker heading: its half-open span in the text and the name it gives."""

    start: int
    end: int
    name: str


def _is_name(name: str) -> bool:
    words = name.replace(".", " ").split()
    if not words or name.upper().strip(" .") in _NOT_NAMES or words[0].upper() in _NOT_NAMES:
        return False
    return not all(_ROMAN.match(w) for w in words) and any(len(w) > 1 for w in words)


def _heading(m: re.Match[str]) -> Heading:
    """A heading from a match in the text with one newline put before it."""
    return Heading(m.start("name") - 1, m.end() - 1, " ".join(m.group("name").split()))


def find_headings(text: str) -> list[Heading]:
    """Every speaker heading of ``text``, in order (none in text that has only one)."""
    if ":" not in text and "." not in text:
        return []
    lined = "\n" + text  # patterns start with a newline: the engine skips to each fast
    found = [_heading(m) for m in _UPPER.finditer(lined) if _is_name(m.group("name"))]
    found += [_heading(m) for m in _TITLED.finditer(lined)]
    labels = [m for m in _LABEL.finditer(lined) if _is_name(m.group("name"))]
    counts: dict[str, int] = {}
    for m in labels:
        counts[m.group("name")] = counts.get(m.group("name"), 0) + 1
    found += [_heading(m) for m in labels
              if counts[m.group("name")] >= 2 and not m.group("name").isupper()]
    qa = list(_QA.finditer(lined))
    if {m.group("name") for m in qa} == {"Q", "A"}:
        found += [_heading(m) for m in qa]
    if len(found) < 2:
        return []
    return _without_overlaps(sorted(found, key=lambda h: (h.start, -h.end)))


def _without_overlaps(headings: list[Heading]) -> list[Heading]:
    kept: list[Heading] = []
    for heading in headings:
        if not kept or heading.start >= kept[-1].end:
            kept.append(heading)
    return kept
