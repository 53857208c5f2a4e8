"""Sources: resolve where a claim's source is and read its text."""

from __future__ import annotations

from pathlib import Path

from quotecheck.models import SourceText
from quotecheck.sources.local import read_local
from quotecheck.sources.resolve import ArticleSources, SourceRef, article_sources, find_root

__all__ = ["ArticleSources", "SourceRef", "article_sources", "find_root", "read_source"]


def read_source(ref: SourceRef) -> SourceText:
    """Read one source; every failure is recorded in the result, never raised."""
    if ref.error:
        return SourceText(ref.ref, path=None if ref.is_url else ref.location, error=ref.error)
    if ref.is_url:
        return SourceText(ref.ref, url=ref.location,
                          error="web sources are not supported yet (save a local copy)")
    return read_local(ref.ref, Path(ref.location))
