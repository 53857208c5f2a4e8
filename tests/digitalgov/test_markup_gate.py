"""Gate: on the 400 real DigitalGov posts, no claim starts inside markup — template tags
and shortcodes, HTML tags (attributes) or comments, fenced code, front matter — found here
by simple patterns independent of quotecheck's readers. Skipped where the corpus is absent."""

from __future__ import annotations

import re
from bisect import bisect_right

import pytest

from quotecheck.articles import read_article
from quotecheck.extract import extract_claims
from tests.digitalgov.spans import CORPUS

pytestmark = pytest.mark.skipif(not CORPUS.exists(),
                                reason=f"the shared corpus is not at {CORPUS}")

_MARKUP = re.compile(
    r"\A---\n[\s\S]*?\n---\n"  # front matter
    r"|\{\{[<%][\s\S]{0,2000}?[>%]\}\}|\{\{[\s\S]{0,500}?\}\}|\{%[\s\S]{0,500}?%\}"
    r"|<!--[\s\S]*?-->|<[A-Za-z/][^<>]{0,2000}>"
    r"|^```[^\n]*\n[\s\S]*?^```|`[^`\n]+`",
    re.MULTILINE,
)


#: a quote shortcode's text is a quotation by design (README: quote shortcodes)
_QUOTE_TEXT = re.compile(r"\{\{<\s*[\w-]*quote[\w-]*\s+text=\"(?:[^\"\\]|\\.)*\"")


def _offsets(raw: str) -> list[int]:
    return [0, *(m.end() for m in re.finditer("\n", raw))]


def test_no_claim_starts_inside_markup() -> None:
    inside = []
    posts = sorted(CORPUS.rglob("*.md"))
    assert len(posts) == 400
    for path in posts:
        raw = path.read_text(encoding="utf-8")
        spans = [(m.start(), m.end()) for m in _MARKUP.finditer(raw)]
        starts = [s for s, _ in spans]
        lines = _offsets(raw)
        for claim in extract_claims(read_article(path)):
            at = lines[claim.line - 1] + claim.column - 1
            k = bisect_right(starts, at) - 1
            if k >= 0 and at < spans[k][1] and not _QUOTE_TEXT.match(raw, spans[k][0]):
                inside.append(f"{path.name}:{claim.line}: {claim.quote[:50]!r}")
    assert not inside, "\n".join(inside[:20])
