"""The run's sources: each read once and indexed once, however many claims use it."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from quotecheck.lines import LineIndex
from quotecheck.models import SourceText
from quotecheck.sources.resolve import SourceRef

if TYPE_CHECKING:
    from quotecheck.match import SourceIndex

SourceReading = Callable[[SourceRef], SourceText]


class SourceStore:
    """Reads each source once per run and indexes it once, however many claims use it."""

    def __init__(self, reader: SourceReading, concurrency: int = 1) -> None:
        self._reader = reader
        self._concurrency = max(1, concurrency)
        self._texts: dict[str, SourceText] = {}
        self._indexes: dict[str, SourceIndex] = {}
        self._lines: dict[str, LineIndex] = {}
        self._lock = threading.Lock()

    def text(self, ref: SourceRef) -> SourceText:
        """The source's text (read on first use)."""
        with self._lock:
            if ref.location not in self._texts:
                self._texts[ref.location] = self._reader(ref)
            return self._texts[ref.location]

    def prefetch(self, refs: Iterable[SourceRef]) -> None:
        """Read every web source not read yet, concurrently (the fetcher keeps to its
        per-host limits)."""
        with self._lock:
            wanted = list({r.location: r for r in refs if r.location not in self._texts}.values())
        web = [r for r in wanted if r.is_url and not r.error]
        if len(web) > 1 and self._concurrency > 1:
            with ThreadPoolExecutor(max_workers=min(self._concurrency, len(web))) as pool:
                for ref, text in zip(web, pool.map(self._reader, web), strict=True):
                    with self._lock:
                        self._texts.setdefault(ref.location, text)

    def adopt(self, other: SourceStore) -> SourceStore:
        """This store with what ``other`` has read and indexed (a forked worker keeps the
        parent's sources but opens its own connections)."""
        with other._lock:
            self._texts.update(other._texts)
            self._indexes.update(other._indexes)
            self._lines.update(other._lines)
        return self

    def warm(self, ref: SourceRef) -> None:
        """Read the source and index each of its layers now (a large one's word index too),
        e.g. before worker processes that share this store start."""
        source = self.text(ref)
        if not source.available:
            return
        for text in (source, *source.alternatives):
            index = self.index(ref, text)
            if not index.small:
                index.build()

    def index(self, ref: SourceRef, text: SourceText) -> SourceIndex:
        """The search index of one layer of the source (built on first use)."""
        from quotecheck.match import SourceIndex

        key = f"{ref.location}\0{text.layer}"
        with self._lock:
            if key not in self._indexes:
                self._indexes[key] = SourceIndex(text.text)
            return self._indexes[key]

    def lines(self, ref: SourceRef, text: SourceText) -> LineIndex | None:
        """Line numbers of the source's original file, where it has one."""
        if text.text_map is None or not text.raw:
            return None
        with self._lock:
            if ref.location not in self._lines:
                self._lines[ref.location] = LineIndex(text.raw)
            return self._lines[ref.location]
