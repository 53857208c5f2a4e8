"""The run's sources: each read once and indexed once, however many claims use it."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quotecheck.lines import LineIndex
from quotecheck.models import SourceText
from quotecheck.sources.resolve import SourceRef

if TYPE_CHECKING:
    from quotecheck.match import SourceIndex

SourceReading = Callable[[SourceRef], SourceText]


@dataclass(frozen=True)
class ReadSources:
    """Sources read and indexed in one process, for another process's store."""

    texts: dict[str, SourceText]  # by location
    indexes: dict[str, SourceIndex]  # by location and layer
    lines: dict[str, LineIndex]  # by location


class SourceStore:
    """Reads each source once per run and indexes it once, however many claims use it."""

    def __init__(self, reader: SourceReading, concurrency: int = 1) -> None:
        self._reader = reader
        self._concurrency = max(1, concurrency)
        self._texts: dict[str, SourceText] = {}
        self._pending: dict[str, threading.Event] = {}
        self._indexes: dict[str, SourceIndex] = {}
        self._lines: dict[str, LineIndex] = {}
        self._lock = threading.Lock()

    def text(self, ref: SourceRef) -> SourceText:
        """The source's text: read now, or waited for if a background reader has it."""
        with self._lock:
            pending = self._pending.get(ref.location)
        if pending is not None:
            while not pending.wait(0.2):  # short steps: Ctrl-C is seen at once
                pass
        with self._lock:
            if ref.location not in self._texts:
                self._texts[ref.location] = self._reader(ref)
            return self._texts[ref.location]

    def prefetch(self, refs: Iterable[SourceRef]) -> None:
        """Start reading every web source not read yet in background threads, at most
        ``concurrency`` at a time (the fetcher keeps to its per-host limits); returns at
        once. The readers are daemon threads: Ctrl-C never waits for a slow server."""
        todo: queue.SimpleQueue[SourceRef] = queue.SimpleQueue()
        count = 0
        with self._lock:
            for ref in {r.location: r for r in refs}.values():
                if (ref.is_url and not ref.error and ref.location not in self._texts
                        and ref.location not in self._pending):
                    self._pending[ref.location] = threading.Event()
                    todo.put(ref)
                    count += 1
        for _ in range(min(self._concurrency, count)):
            threading.Thread(target=self._read_queued, args=(todo,), daemon=True).start()

    def _read_queued(self, todo: queue.SimpleQueue[SourceRef]) -> None:
        """A reader thread: read sources from ``todo`` until it is empty."""
        while True:
            try:
                ref = todo.get_nowait()
            except queue.Empty:
                return
            try:  # the reader records every failure as data (its documented boundary)
                text = self._reader(ref)
                with self._lock:
                    self._texts.setdefault(ref.location, text)
            finally:  # never leave a waiter hanging; unread, the source is read again inline
                with self._lock:
                    self._pending.pop(ref.location).set()

    def settle(self) -> None:
        """Wait until every source being read in the background is read, and its reader has
        let go of the store (before a fork: no thread may hold a lock children inherit)."""
        with self._lock:
            pending = list(self._pending.values())
        for event in pending:
            event.wait()
        with self._lock:  # the last reader has released the lock
            return

    def export(self, locations: Iterable[str]) -> ReadSources:
        """What this store has read and indexed of the sources at ``locations``, to hand
        to another process's store."""
        wanted = set(locations)
        with self._lock:
            return ReadSources(
                {loc: text for loc, text in self._texts.items() if loc in wanted},
                {key: index for key, index in self._indexes.items()
                 if key.split("\0", 1)[0] in wanted},
                {loc: lines for loc, lines in self._lines.items() if loc in wanted})

    def adopt(self, read: ReadSources) -> SourceStore:
        """This store with sources read and indexed elsewhere (another process's)."""
        with self._lock:
            self._texts.update(read.texts)
            self._indexes.update(read.indexes)
            self._lines.update(read.lines)
        return self

    def has(self, location: str) -> bool:
        """True when the source at ``location`` has been read."""
        with self._lock:
            return location in self._texts

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
            self.lines(ref, text)

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
