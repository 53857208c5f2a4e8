"""quotecheck's comment directives, wherever an article format keeps its comments.

``<!-- quotecheck source="URL-or-path" -->`` names the next claim's source;
``<!-- quotecheck-disable -->`` … ``<!-- quotecheck-enable -->`` and
``<!-- quotecheck-disable-next -->`` suppress claims (they are reported ``skipped``).
"""

from __future__ import annotations

import re

from quotecheck.models import Directive

_DIRECTIVE = re.compile(
    r"^\s*quotecheck(?:\s+source\s*=\s*(?P<q>[\"'])(?P<source>.*?)(?P=q)"
    r"|-(?P<switch>disable-next|disable|enable))\s*$",
    re.DOTALL,
)


def parse_directive(comment: str, at: int) -> Directive | None:
    """The directive in the body of an HTML comment (without ``<!--``/``-->``), if any."""
    m = _DIRECTIVE.match(comment)
    if m is None:
        return None
    if m.group("switch"):
        return Directive(m.group("switch"), at)
    return Directive("source", at, m.group("source").strip())
