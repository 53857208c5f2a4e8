"""MDX syntax that is not prose: ``import``/``export`` statements, ``{expressions}`` (and
``{/* comments */}``) and JSX component tags (``<Note type="tip">``, ``</Note>``,
``<Chart data={x} />``). The text between a component's tags stays prose."""

from __future__ import annotations

import re

from quotecheck.articles.templates import MASK, mask_spans

_STATEMENT = re.compile(r"^(?:import|export)\b[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*", re.MULTILINE)
_PARAGRAPHS = re.compile(r"\n[ \t]*\n")
_COMPONENT = re.compile(
    r"</?(?:[A-Z][\w.]*(?:\s+[^\s\"'<>/=]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?)*"
    r"\s*/?)?>"
)
_MAX_EXPRESSION = 4000


def _expressions(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The outermost balanced ``{…}`` of ``text[start:end]`` (a stack pass: linear)."""
    spans = []
    opened: list[int] = []
    for m in re.finditer(r"[{}]", text[start:end]):
        at = start + m.start()
        if m.group(0) == "{":
            opened.append(at)
        elif opened:
            first = opened.pop()
            if not opened and at + 1 - first <= _MAX_EXPRESSION:
                spans.append((first, at + 1, MASK))
    return spans


def mask_mdx(text: str, start: int) -> str:
    """``text`` with the MDX syntax after ``start`` masked."""
    spans = [(m.start(), m.end(), MASK) for m in _STATEMENT.finditer(text, start)]
    pos = start
    for gap in _PARAGRAPHS.finditer(text, start):
        spans += _expressions(text, pos, gap.start())
        pos = gap.end()
    spans += _expressions(text, pos, len(text))
    text = mask_spans(text, spans)
    components = [(m.start(), m.end(), MASK) for m in _COMPONENT.finditer(text, start)]
    return mask_spans(text, components)
