"""Differences in plain words that survive without colour: ``dropped "not" (source: "will
not cut")``, ``changed "$3.1 million" → "$3.8 million"``."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from quotecheck.findings import Finding
from quotecheck.models import Difference

#: kinds that are about form only: shown as ``kind: "quote" (source: "source")``
FORM_KINDS = ("case", "punctuation", "hyphenation", "typography", "ocr")
#: kinds about what an ellipsis, a bracket or the quote's edges leave out or put in
GAP_KINDS = ("elision", "insertion", "bracket", "order", "truncation")


@dataclass(frozen=True)
class Edit:
    """Where an edit stands among the quote's words (``a``) and the source's (``b``)."""

    a: list[str]
    b: list[str]
    i1: int
    i2: int
    j1: int
    j2: int


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _key(word: str) -> str:
    return "".join(ch for ch in word.casefold() if ch.isalnum() or ch in "$%€£.,'’")\
        .strip(".,")


def _locate(diff: Difference, quote: str, source: str) -> Edit | None:
    """The edit in the word alignment of quote and matched source that ``diff`` describes."""
    a, b = quote.split(), source.split()
    want_a = [_key(w) for w in diff.quote.split()]
    want_b = [_key(w) for w in diff.source.split()]
    matcher = difflib.SequenceMatcher(a=[_key(w) for w in a], b=[_key(w) for w in b],
                                      autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        if [_key(w) for w in a[i1:i2]] == want_a and [_key(w) for w in b[j1:j2]] == want_b:
            return Edit(a, b, i1, i2, j1, j2)
    return None


def _quoted(words: list[str], limit: int) -> str:
    return '"' + _shorten(" ".join(words), limit) + '"' if words else '""'


def _context(edit: Edit, limit: int) -> str:
    """The source's words around the edit, one on each side."""
    return _quoted(edit.b[max(edit.j1 - 1, 0): edit.j2 + 1], limit)


def _changed(diff: Difference, edit: Edit | None, limit: int) -> str:
    """``changed "source words" → "quote words"``, with one shared word of context."""
    if edit is None:
        src, got = diff.source.split(), diff.quote.split()
        return f"changed {_quoted(src, limit)} → {_quoted(got, limit)}"
    a, b = edit.a, edit.b
    src, got = b[edit.j1: edit.j2], a[edit.i1: edit.i2]
    if edit.j2 < len(b) and edit.i2 < len(a) and _key(b[edit.j2]) == _key(a[edit.i2]):
        src, got = [*src, b[edit.j2]], [*got, a[edit.i2]]
    elif edit.j1 > 0 and edit.i1 > 0 and _key(b[edit.j1 - 1]) == _key(a[edit.i1 - 1]):
        src, got = [b[edit.j1 - 1], *src], [a[edit.i1 - 1], *got]
    return f"changed {_quoted(src, limit)} → {_quoted(got, limit)}"


def _trim(quote: list[str], source: list[str]) -> tuple[list[str], list[str]]:
    """The words that differ, with one shared word on each side: ``the levy—that is`` /
    ``the levy -- that is`` rather than the whole quote."""
    head = 0
    while head < min(len(quote), len(source)) and quote[head] == source[head]:
        head += 1
    tail = 0
    while (tail < min(len(quote), len(source)) - head
           and quote[-1 - tail] == source[-1 - tail]):
        tail += 1
    if head == len(quote) == len(source):
        return quote, source
    start, keep = max(head - 1, 0), max(tail - 1, 0)
    return quote[start: len(quote) - keep], source[start: len(source) - keep]


def _gap(diff: Difference, limit: int) -> str:
    """An ellipsis, a leading word left out, a bracket, the quote's edges, or the order."""
    if diff.kind in ("insertion", "bracket"):
        text = f"{_quoted([diff.quote], limit)} stands for {_quoted(diff.source.split(), limit)}"
        return text + (f" ({_shorten(diff.detail, 2 * limit)})" if diff.detail else "")
    if diff.kind == "truncation":
        return ("cut short: " + _shorten(diff.detail, 3 * limit) if diff.detail
                else f"leaves out {_quoted(diff.source.split(), limit)}")
    if diff.kind == "order":
        return "pieces out of order or far apart"
    return _ellipsis(diff, limit)


def _ellipsis(diff: Difference, limit: int) -> str:
    """What an ellipsis stands for, or the leading word the quote leaves out."""
    if diff.quote == "":
        return f"leaves out the opening {_quoted(diff.source.split(), limit)}"
    left_out = diff.source.strip()
    amount = _shorten((diff.detail or "").replace(" omitted", ""), limit)
    if left_out:
        return f'"…" leaves out {_quoted(left_out.split(), limit)}' + (
            f" ({amount})" if amount else "")
    return '"…" leaves out ' + (amount or "nothing")


def describe(diff: Difference, finding: Finding, limit: int = 40) -> str:
    """One difference in plain words, with the source's words around it where they help."""
    if diff.kind == "speaker":
        return (f"speaker: the article says {_quoted(diff.quote.split(), limit)}, the source "
                f"says {_quoted(diff.source.split(), limit)}")
    if diff.kind == "source":
        return f"source: cited {diff.quote}, found in {diff.source}" + (
            f" ({diff.detail})" if diff.detail else "")
    if diff.kind in GAP_KINDS:
        return _gap(diff, limit)
    if diff.kind in FORM_KINDS:
        quote, source = _trim(diff.quote.split(), diff.source.split())
        text = f"{diff.kind}: {_quoted(quote, limit)} (source: {_quoted(source, limit)})"
        return text + (f", {_shorten(diff.detail, limit)}" if diff.detail else "")
    return _words(diff, finding, limit) + (
        f" ({_shorten(diff.detail, limit)})" if diff.detail else "")


def _words(diff: Difference, finding: Finding, limit: int) -> str:
    """A word dropped, added or changed, with the source's words around it."""
    match = finding.match
    edit = _locate(diff, finding.claim.quote, match.text) if match is not None else None
    if diff.quote.strip() and diff.source.strip():
        return _changed(diff, edit, limit)
    verb, words = ("dropped", diff.source) if diff.source.strip() else ("added", diff.quote)
    text = f"{verb} {_quoted(words.split(), limit)}"
    return text + (f" (source: {_context(edit, limit)})" if edit is not None else "")
