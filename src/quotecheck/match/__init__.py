"""Matching: find a quote in a source and say, word by word, how the two differ."""

from quotecheck.match.index import SourceIndex
from quotecheck.match.matcher import match_quote
from quotecheck.settings import MatchSettings

__all__ = ["MatchSettings", "SourceIndex", "match_quote"]
