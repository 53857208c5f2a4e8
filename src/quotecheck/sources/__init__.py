"""Sources: resolve where a claim's source is and read its text."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from quotecheck.models import SourceText
from quotecheck.settings import ArchiveEndpoints, CacheSettings, NetworkSettings, PostEndpoints
from quotecheck.sources.resolve import ArticleSources, SourceRef, article_sources, find_root
from quotecheck.speakers import with_speakers

if TYPE_CHECKING:
    from quotecheck.sources.cache import SourceCache
    from quotecheck.sources.http import Fetcher
    from quotecheck.sources.maintext import MainTexts

__all__ = ["ArchiveEndpoints", "ArticleSources", "CacheSettings", "Fetcher", "NetworkSettings",
           "PostEndpoints", "SourceReader", "SourceRef", "article_sources", "find_root"]


class SourceReader:
    """Reads any source: local files directly, web addresses through the fetcher, status
    links as posts, and gone pages from the web archive.

    This is the exception boundary of source reading: whatever one source raises while
    it is fetched or parsed (a bug, a parser's RecursionError, MemoryError…) becomes that
    source's error, so its claims are ``unavailable`` and the run goes on. Only
    KeyboardInterrupt and SystemExit pass (and everything with ``QUOTECHECK_DEBUG`` set).
    """

    def __init__(self, network: NetworkSettings, cache: CacheSettings,
                 posts: PostEndpoints | None = None, archive: ArchiveEndpoints | None = None
                 ) -> None:
        self._network, self._cache_settings = network, cache
        self._posts = posts or PostEndpoints()
        self._archive = archive or ArchiveEndpoints()
        self._fetcher: Fetcher | None = None
        self._store: SourceCache | None = None
        self._main_texts: MainTexts | None = None

    def __call__(self, ref: SourceRef) -> SourceText:
        """Read one source (with its speaker turns); every failure is recorded in the
        result, never raised."""
        if ref.error:
            return SourceText(ref.ref, path=None if ref.is_url else ref.location,
                              error=ref.error)
        try:
            return with_speakers(self._read(ref))
        except Exception as exc:  # the documented boundary: one source never ends the run
            if os.environ.get("QUOTECHECK_DEBUG"):
                raise
            return SourceText(ref.ref, url=ref.location if ref.is_url else None,
                              path=None if ref.is_url else ref.location,
                              error=f"could not be read ({type(exc).__name__}: "
                                    f"{str(exc)[:200]})")

    def _cache(self) -> SourceCache:
        """The cache of fetched pages and main texts, shared by every source (made on
        first use; the file is opened when first read or written)."""
        if self._store is None:
            from quotecheck.sources.cache import SourceCache

            self._store = SourceCache(self._cache_settings.path, self._cache_settings.expire_days)
        return self._store

    def _main_text_cache(self) -> MainTexts:
        if self._main_texts is None:
            from quotecheck.sources.maintext import MainTexts

            self._main_texts = MainTexts(self._cache, refresh=self._network.refresh)
        return self._main_texts

    def _read(self, ref: SourceRef) -> SourceText:
        from quotecheck.sources.local import is_html, read_local

        if ref.is_url:
            return self._web(ref)
        path = Path(ref.location)
        if is_html(path):  # its main text is kept in the cache
            return read_local(ref.ref, path, self._main_text_cache())
        return read_local(ref.ref, path)

    def _web(self, ref: SourceRef) -> SourceText:
        # the web stack (requests, its cache, trafilatura) is imported only for web sources
        from quotecheck.sources.archive import from_archive, wants_archive
        from quotecheck.sources.http import OFFLINE_MISS, Fetcher
        from quotecheck.sources.posts import read_post, status_id
        from quotecheck.sources.web import web_text

        if self._fetcher is None:  # made on first use: a run with no web source opens no cache
            self._fetcher = Fetcher(self._network, self._cache_settings, self._cache())
        if status_id(ref.location):
            return read_post(ref.ref, ref.location, self._fetcher, self._posts)
        fetched = self._fetcher.fetch(ref.location)
        source = web_text(ref.ref, fetched, self._main_text_cache())
        if fetched.error is None and source.error is not None and \
                source.error.startswith("blocked"):
            self._fetcher.forget(fetched.url)  # a wall is not worth keeping
        if not self._archive.enabled:
            return source
        if source.error == OFFLINE_MISS:  # a capture read before may be in the cache
            archived = from_archive(source, ref.location, self._fetcher, self._archive, ref.when,
                                    main_texts=self._main_text_cache())
            return archived if archived.available else source
        if wants_archive(source):
            return from_archive(source, ref.location, self._fetcher, self._archive, ref.when,
                                main_texts=self._main_text_cache())
        return source
