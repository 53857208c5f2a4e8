"""Sources: resolve where a claim's source is and read its text."""

from __future__ import annotations

from pathlib import Path

from quotecheck.models import SourceText
from quotecheck.sources.http import CacheSettings, Fetcher, NetworkSettings
from quotecheck.sources.local import read_local
from quotecheck.sources.resolve import ArticleSources, SourceRef, article_sources, find_root
from quotecheck.sources.web import web_text

__all__ = ["ArticleSources", "CacheSettings", "Fetcher", "NetworkSettings", "SourceReader",
           "SourceRef", "article_sources", "find_root"]


class SourceReader:
    """Reads any source: local files directly, web addresses through the fetcher."""

    def __init__(self, network: NetworkSettings, cache: CacheSettings) -> None:
        self._network, self._cache = network, cache
        self._fetcher: Fetcher | None = None

    def __call__(self, ref: SourceRef) -> SourceText:
        """Read one source; every failure is recorded in the result, never raised."""
        if ref.error:
            return SourceText(ref.ref, path=None if ref.is_url else ref.location,
                              error=ref.error)
        if ref.is_url:
            if self._fetcher is None:  # made on first use: a run with no web source opens no cache
                self._fetcher = Fetcher(self._network, self._cache)
            return web_text(ref.ref, self._fetcher.fetch(ref.location))
        return read_local(ref.ref, Path(ref.location))
