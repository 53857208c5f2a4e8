"""A linear-time tokenizer for the HTML in articles: tags, comments and the text between.

Every search for a closing string (``-->``, ``>``, ``</script``) remembers where it found it,
so a file full of unclosed ``<!--`` or ``<a href`` is read in one pass, never one pass per
opener (Python's ``html.parser`` rescans them).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass

_TAG = re.compile(
    r"<(?P<close>/)?(?P<name>[A-Za-z][A-Za-z0-9:-]*)"
    r"(?P<attrs>(?:\s+[^\s\"'<>/=]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?)*)"
    r"\s*(?P<self>/)?>"
)
_ATTR = re.compile(r"([^\s\"'<>/=]+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'=<>`]+)))?")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
                     r"|[\ue000\ue001]+")  # or a masked template (see templates.py)
#: elements whose content is raw text up to their closing tag
RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp"})


@dataclass(frozen=True)
class Tag:
    """An HTML start or end tag at ``[start, end)`` of the text."""

    name: str
    start: int
    end: int
    closing: bool
    self_closing: bool
    attrs: tuple[tuple[str, str], ...]

    def attr(self, key: str) -> str | None:
        """The (unescaped) value of attribute ``key``, if the tag has it."""
        return next((v for k, v in self.attrs if k == key), None)


@dataclass(frozen=True)
class Comment:
    """An HTML comment at ``[start, end)``; ``body`` is what lies between its markers."""

    start: int
    end: int
    body: str


class NextFinder:
    """``str.find`` that remembers its last answer per needle, so that searches from
    increasing positions cost one pass over the text in all."""

    def __init__(self, text: str, end: int) -> None:
        self.text = text
        self.end = end
        self._last: dict[str, tuple[int, int]] = {}
        self._patterns: dict[str, re.Pattern[str]] = {}

    def _known(self, key: str, pos: int) -> int | None:
        """The remembered answer for ``key`` when it holds for ``pos`` too."""
        last = self._last.get(key)
        if last is None or pos < last[0] or (last[1] != -1 and last[1] < pos):
            return None
        return last[1]

    def find(self, needle: str, pos: int) -> int:
        """The first occurrence of ``needle`` at or after ``pos``, or -1."""
        known = self._known(needle, pos)
        if known is not None:
            return known
        found = self.text.find(needle, pos, self.end)
        self._last[needle] = (pos, found)
        return found

    def search(self, pattern: str, pos: int) -> int:
        """Like :meth:`find` for a case-insensitive regular expression."""
        known = self._known("\0" + pattern, pos)
        if known is not None:
            return known
        compiled = self._patterns.setdefault(pattern, re.compile(pattern, re.IGNORECASE))
        m = compiled.search(self.text, pos, self.end)
        found = m.start() if m else -1
        self._last["\0" + pattern] = (pos, found)
        return found


def parse_tag(text: str, at: int, end: int) -> Tag | None:
    """The tag that starts at ``text[at]`` (a ``<``), if one does."""
    m = _TAG.match(text, at, end)
    if m is None:
        return None
    text = m.group("attrs")
    attrs = tuple(
        (a.group(1).lower(), html.unescape(a.group(2) or a.group(3) or a.group(4) or ""))
        for a in _ATTR.finditer(text)
    ) if text else ()
    return Tag(m.group("name").lower(), at, m.end(), bool(m.group("close")),
               bool(m.group("self")), attrs)


def comment_at(text: str, at: int, finder: NextFinder, *, unclosed_to_end: bool
               ) -> Comment | None:
    """The comment opening at ``at`` (``<!--``); an unclosed one runs to the end when
    ``unclosed_to_end`` (as browsers read it), else is no comment."""
    close = finder.find("-->", at + 4)
    if close == -1:
        if not unclosed_to_end:
            return None
        return Comment(at, finder.end, text[at + 4 : finder.end])
    return Comment(at, close + 3, text[at + 4 : close])


def markup(text: str, start: int, end: int) -> Iterator[Tag | Comment]:
    """The tags and comments of ``text[start:end]``, in order, for a whole HTML file:
    declarations and processing instructions are skipped, raw-text elements (scripts,
    styles) are one start tag whose content is never text."""
    finder = NextFinder(text, end)
    pos = start
    while True:
        at = finder.find("<", pos)
        if at == -1:
            return
        item = _item_at(text, at, finder)
        if item is None:
            pos = at + 1
            continue
        yield item
        pos = item.end
        if isinstance(item, Tag) and item.name in RAW_TEXT and not item.closing:
            close = finder.search(rf"</{item.name}\b", pos)
            pos = end if close == -1 else close


def _item_at(text: str, at: int, finder: NextFinder) -> Tag | Comment | None:
    if text.startswith("<!--", at):
        return comment_at(text, at, finder, unclosed_to_end=True)
    if text.startswith(("<!", "<?"), at):
        close = finder.find(">", at)
        return Comment(at, finder.end if close == -1 else close + 1, "")
    return parse_tag(text, at, finder.end)


def entities(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The character references (and masked templates) in ``text[start:end]``."""
    return _ENTITY.finditer(text, start, end)
