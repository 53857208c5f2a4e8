"""Template and component syntax in Markdown articles: found in one linear pass and masked
(replaced, character for character, by a private-use mark) before Markdown is parsed (MDX
syntax in :mod:`quotecheck.articles.mdx`), so
that it never yields claims, never swallows text, and every offset still points at the file.

Masked: Liquid/Jinja/Nunjucks ``{{ }}``, ``{% %}``, ``{# #}``; Hugo shortcodes ``{{< >}}``,
``{{% %}}`` (the text between a paired shortcode's tags stays prose); in MDX, ``import`` and
``export`` lines, ``{expressions}`` and ``<Component>`` tags. Blocks whose content is code or
a comment (``{% raw %}``, ``{% comment %}``, ``{% highlight %}``, ``{{< highlight >}}``) are
masked whole. A quote shortcode (``{{< quote-block text="…" cite="Name" >}}``) keeps its
text, which becomes a block quotation signed by its ``cite``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quotecheck.articles.htmltags import NextFinder

MASK = "\ue000"
BREAK = "\ue001"  # masked markup that ends a paragraph (around a quote shortcode's text)
MASKS = MASK + BREAK
_OPENERS = re.compile(r"\{\{[<%]|\{\{|\{%|\{#")
_CLOSERS = {"{{<": ">}}", "{{%": "%}}", "{{": "}}", "{%": "%}", "{#": "#}"}
_MAX_TAG = 4000
_BLANK = re.compile(r"\n[ \t]*\n")
_NAME = re.compile(r"[-\s]*(?P<end>end|/)?\s*(?P<name>[\w.-]+)")
_WHOLE = frozenset({"raw", "comment", "highlight", "code", "codeblock", "verbatim"})
_QUOTE_NAMES = re.compile(r"quote|blockquote|pullquote|testimonial", re.IGNORECASE)
_ARG = re.compile(r"(?P<key>[\w-]+)\s*=\s*(?:\"(?P<dq>(?:[^\"\\]|\\.)*)\"|'(?P<sq>[^']*)'"
                  r"|`(?P<bq>[^`]*)`)")
_TEXT_KEYS = ("text", "quote", "content", "body")
_NAME_KEYS = ("cite", "author", "name", "by", "attribution", "source", "speaker")
_URL = re.compile(r"https?://[^\s\"'<>{}]+")
_NOT_NEWLINE = re.compile(r"[^\n]")
_NAME_END = re.compile(r"<|\[|,|\(")


@dataclass(frozen=True)
class QuoteShortcode:
    """A quote shortcode's text (raw offsets) and the speaker or source its attributes name."""

    start: int
    end: int
    speaker: str | None
    cite: str | None


@dataclass
class Masked:
    """The article text with template syntax masked, and what the masking found."""

    text: str
    quotes: list[QuoteShortcode] = field(default_factory=list)


@dataclass(frozen=True)
class _Tag:
    start: int
    end: int
    opener: str
    name: str
    closing: bool


def _tags(raw: str, start: int, finder: NextFinder) -> list[_Tag]:
    """Every template tag from ``start`` on, in order; an opener with no closer near
    enough (or past a blank line) is left as text."""
    tags: list[_Tag] = []
    pos = start
    for m in _OPENERS.finditer(raw, start):
        if m.start() < pos:
            continue
        opener = m.group(0)
        close = finder.find(_CLOSERS[opener], m.end())
        if close == -1 or close - m.start() > _MAX_TAG:
            continue
        blank = finder.search(r"\n[ \t]*\n", m.end())
        if blank != -1 and blank < close and opener in ("{{", "{#"):
            continue
        end = close + len(_CLOSERS[opener])
        inner = _NAME.match(raw, m.end(), close)
        name = inner.group("name").lower() if inner else ""
        closing = bool(inner and inner.group("end"))
        tags.append(_Tag(m.start(), end, opener, name, closing))
        pos = end
    return tags


def mask_templates(raw: str, start: int) -> Masked:
    """Mask the template syntax of ``raw[start:]`` (the body after front matter)."""
    chars = _Ranges()
    masked = Masked("")
    finder = NextFinder(raw, len(raw))
    tags = _tags(raw, start, finder)
    k = 0
    while k < len(tags):
        tag = tags[k]
        k += 1
        if tag.name in _WHOLE and not tag.closing:
            close = _closing_tag(tags, k, tag)
            if close is not None:
                _fill(chars, tag.start, tags[close].end, MASK)
                k = close + 1
                continue
        if _QUOTE_NAMES.search(tag.name) and tag.opener in ("{{<", "{{%") and not tag.closing:
            k = _quote_shortcode(raw, chars, tags, k, masked)
            continue
        _fill(chars, tag.start, tag.end, MASK)
    masked.text = chars.apply(raw)
    return masked


def _closing_tag(tags: list[_Tag], k: int, tag: _Tag) -> int | None:
    for j in range(k, min(len(tags), k + 50)):
        if tags[j].closing and tags[j].name in (tag.name, "end" + tag.name):
            return j
        if tags[j].name == "end" + tag.name:
            return j
    return None


def _quote_shortcode(raw: str, chars: _Ranges, tags: list[_Tag], k: int,
                     masked: Masked) -> int:
    """A quote shortcode: its ``text=`` attribute, or the text up to its closing tag, is a
    block quotation; its ``cite=`` names the speaker (or the source, when a URL)."""
    tag = tags[k - 1]
    args = {m.group("key").lower(): m for m in _ARG.finditer(raw, tag.start, tag.end)}
    named = next((args[key] for key in _NAME_KEYS if key in args), None)
    value = _arg_value(named) if named else None
    cite = value if value and _URL.fullmatch(value) else None
    speaker = value if value and not cite else None
    text = next((args[key] for key in _TEXT_KEYS if key in args), None)
    if text is not None:
        group = next(g for g in ("dq", "sq", "bq") if text.group(g) is not None)
        _fill(chars, tag.start, text.start(group), BREAK)
        _fill(chars, text.end(group), tag.end, BREAK)
        masked.quotes.append(QuoteShortcode(text.start(group), text.end(group), speaker, cite))
        return k
    close = _closing_tag(tags, k, tag)
    _fill(chars, tag.start, tag.end, BREAK)
    if close is None:
        return k
    _fill(chars, tags[close].start, tags[close].end, BREAK)
    for inner in tags[k:close]:
        _fill(chars, inner.start, inner.end, MASK)
    masked.quotes.append(QuoteShortcode(tag.end, tags[close].start, speaker, cite))
    return close + 1


def _arg_value(m: re.Match[str]) -> str:
    """An attribute's value; for a name, what comes before any markup or comma
    (``cite="President Obama, March 2011,<br />[speaking…](…)"`` → ``President Obama``)."""
    value = next(v for v in (m.group("dq"), m.group("sq"), m.group("bq")) if v is not None)
    return value.strip() if _URL.fullmatch(value.strip()) else _NAME_END.split(value)[0].strip()


class _Ranges:
    """Spans of the text to mask, in order."""

    def __init__(self) -> None:
        self.spans: list[tuple[int, int, str]] = []

    def apply(self, raw: str) -> str:
        """``raw`` with every span masked."""
        return mask_spans(raw, self.spans)


def mask_spans(raw: str, spans: list[tuple[int, int, str]]) -> str:
    """``raw`` with each span ``(start, end, mark)`` (in order, not overlapping) masked;
    line breaks stay, so lines keep their numbers."""
    pieces = []
    pos = 0
    for start, end, mark in sorted(spans):
        if start < pos:
            continue
        pieces.append(raw[pos:start])
        pieces.append(_NOT_NEWLINE.sub(mark, raw[start:end]))
        pos = end
    pieces.append(raw[pos:])
    return "".join(pieces)


def _fill(chars: _Ranges, start: int, end: int, mark: str) -> None:
    if end > start:
        chars.spans.append((start, end, mark))


def template_url(text: str) -> str | None:
    """The ``http(s)`` URL written inside masked template text, if any."""
    m = _URL.search(text)
    return m.group(0) if m else None
