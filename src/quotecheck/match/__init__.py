"""Matching: find a quote in a source and say, word by word, how the two differ.

The index and the matcher (numpy, rapidfuzz) load on first use, so that light modules of
this package (``headings``, ``tokens``) can be imported without them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from quotecheck.settings import MatchSettings

if TYPE_CHECKING:
    from quotecheck.match.index import SourceIndex
    from quotecheck.match.matcher import match_quote

__all__ = ["MatchSettings", "SourceIndex", "match_quote"]


def __getattr__(name: str) -> Any:
    if name == "SourceIndex":
        from quotecheck.match.index import SourceIndex

        return SourceIndex
    if name == "match_quote":
        from quotecheck.match.matcher import match_quote

        return match_quote
    raise AttributeError(name)
