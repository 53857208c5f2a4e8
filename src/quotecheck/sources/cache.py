"""The cache of fetched web responses: one SQLite file (requests-cache's storage).

Responses are stored by quotecheck itself once their body has been read within the size cap
and the deadline, and only when they are worth keeping (200 pages that are not walls, and
redirects); reading an entry never changes it. A damaged file is moved aside with a
warning and a new one started; a lock held by another process for more than
:data:`LOCK_WAIT` seconds turns the cache off for the rest of the run, with a warning.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from quotecheck.errors import ConfigError

if TYPE_CHECKING:
    from requests_cache.backends.sqlite import SQLiteCache
    from requests_cache.models.response import CachedResponse

LOCK_WAIT = 3.0
log = logging.getLogger("quotecheck")


def cache_key(url: str) -> str:
    """The key of a GET of ``url``."""
    return hashlib.sha256(f"GET {url}".encode()).hexdigest()[:32]


class SourceCache:
    """Cached responses by address; never raises: a cache that fails is turned off."""

    def __init__(self, path: str, expire_days: float) -> None:
        self._path = Path(path)
        self._expire = timedelta(days=expire_days)
        self._store: SQLiteCache | None = None
        self._off = False
        self._lock = threading.RLock()

    def _open(self) -> SQLiteCache | None:
        if self._store is None and not self._off:
            try:
                self._store = open_store(self._path)
            except ConfigError as exc:
                self._turn_off(exc.message)
            except sqlite3.Error as exc:
                self._failed(exc)
        return self._store

    def _turn_off(self, why: str) -> None:
        if not self._off:
            log.warning("quotecheck: warning: %s; running without the cache", why)
        self._off, self._store = True, None

    def _failed(self, exc: sqlite3.Error) -> None:
        busy = "locked" in str(exc) or "busy" in str(exc)
        state = "locked by another process" if busy else "unusable"
        self._turn_off(f"the cache {self._path} is {state} ({exc})")

    def get(self, url: str) -> CachedResponse | None:
        """The stored, unexpired response for ``url``, if any."""
        with self._lock:
            store = self._open()
            if store is None:
                return None
            try:
                found = store.responses.get(cache_key(url))
            except sqlite3.Error as exc:
                self._failed(exc)
                return None
            except Exception:  # an entry that does not load is a miss
                return None
        return None if found is None or found.is_expired else found

    def save(self, url: str, status: int, headers: dict[str, str], body: bytes) -> None:
        """Keep the response to a GET of ``url``."""
        from requests.structures import CaseInsensitiveDict  # noqa: PLC0415 - heavy, only when used
        from requests_cache.models.request import CachedRequest  # noqa: PLC0415 - heavy, only when used
        from requests_cache.models.response import CachedResponse  # noqa: PLC0415 - heavy, only when used

        kept = {k: v for k, v in headers.items()
                if k.lower() not in ("content-encoding", "transfer-encoding", "content-length")}
        response = CachedResponse(
            url=url, status_code=status, headers=CaseInsensitiveDict(kept), content=body,
            expires=datetime.now(timezone.utc) + self._expire,
            request=CachedRequest(method="GET", url=url))
        self._write(lambda store: store.responses.__setitem__(cache_key(url), response))  # type: ignore[no-untyped-call]

    def forget(self, url: str) -> None:
        """Drop the stored response for ``url`` (a wall that answered 200)."""
        self._write(lambda store: store.responses.pop(cache_key(url), None))

    def _write(self, change: Callable[[SQLiteCache], object]) -> None:
        with self._lock:
            store = self._open()
            if store is None:
                return
            try:
                change(store)
            except sqlite3.Error as exc:
                self._failed(exc)


def open_store(path: Path) -> SQLiteCache:
    """The cache at ``path``; a damaged file is moved aside (with a warning) and replaced.

    Raises ConfigError when the path cannot hold a cache, sqlite3.Error when it is locked.
    """
    from requests_cache.backends.sqlite import SQLiteCache  # noqa: PLC0415 - heavy, only when used

    if path.is_dir():
        raise ConfigError(f"the cache path {path} is a folder, not a file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"cannot create the cache folder {path.parent} "
                          f"({exc.strerror or exc})") from None
    try:
        store = SQLiteCache(str(path), timeout=LOCK_WAIT)
        len(store.responses)  # reads the file: a damaged one fails here
        return store
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise
        raise ConfigError(f"cannot open the cache {path} ({exc})") from None
    except sqlite3.DatabaseError as exc:
        aside = path.with_name(f"{path.name}.damaged-{int(time.time())}")
        try:
            path.rename(aside)
        except OSError:
            raise ConfigError(f"the cache {path} is damaged ({exc}) and cannot be moved "
                              "aside") from None
        log.warning("quotecheck: warning: the cache %s was damaged (%s); moved it to %s "
                    "and started a new one", path, exc, aside)
        store = SQLiteCache(str(path), timeout=LOCK_WAIT)
        len(store.responses)
        return store


def stored(path: Path) -> tuple[int, int]:
    """How many responses the cache at ``path`` holds, and its size on disk."""
    if not path.exists() and not path.is_symlink():
        return 0, 0
    store = _open_for_command(path)
    try:
        count = len(store.responses)
    finally:
        store.close()  # type: ignore[no-untyped-call]
    return count, path.stat().st_size if path.exists() else 0


def clear(path: Path) -> int:
    """Empty the cache at ``path``; how many responses it held."""
    if not path.exists() and not path.is_symlink():
        return 0
    store = _open_for_command(path)
    try:
        count = len(store.responses)
        store.clear()  # type: ignore[no-untyped-call]
    finally:
        store.close()  # type: ignore[no-untyped-call]
    return count


def _open_for_command(path: Path) -> SQLiteCache:
    try:
        return open_store(path)
    except sqlite3.Error as exc:
        raise ConfigError(f"the cache {path} is busy or unusable ({exc}); try again") from None
