"""The cache of fetched web responses, and of texts derived from sources by slow
extractors (the main text of an HTML page, by the page's SHA-256): one SQLite file, plain
columns (no pickled objects: a cache file is data, never code), written by quotecheck itself.

A response is stored once its body has been read within the size cap and the deadline,
and only when it is worth keeping (a 200 page that is not a wall, or a redirect); reading
an entry never changes it. A damaged file is moved aside with a warning and a new one
started; a lock held by another process for more than :data:`LOCK_WAIT` seconds turns the
cache off for the rest of the run, with a warning.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from quotecheck.errors import ConfigError

LOCK_WAIT = 3.0
TABLE = "quotecheck_responses_v1"
log = logging.getLogger("quotecheck")
_SCHEMA = (f"CREATE TABLE IF NOT EXISTS {TABLE} (key TEXT PRIMARY KEY, url TEXT NOT NULL, "
           "status INTEGER NOT NULL, content_type TEXT NOT NULL, location TEXT NOT NULL, "
           "body BLOB NOT NULL, stored REAL NOT NULL, expires REAL NOT NULL)")
TEXTS = "quotecheck_texts_v1"
_TEXTS_SCHEMA = (f"CREATE TABLE IF NOT EXISTS {TEXTS} (digest TEXT NOT NULL, kind TEXT NOT NULL, "
                 "text TEXT NOT NULL, stored REAL NOT NULL, expires REAL NOT NULL, "
                 "PRIMARY KEY (digest, kind))")


@dataclass(frozen=True)
class CachedResponse:
    """A stored answer: a page (status 200) or a redirect (``location``)."""

    status: int
    content_type: str
    location: str
    body: bytes


def cache_key(url: str) -> str:
    """The key of a GET of ``url``."""
    return hashlib.sha256(f"GET {url}".encode()).hexdigest()


class SourceCache:
    """Cached responses by address; never raises: a cache that fails is turned off."""

    def __init__(self, path: str, expire_days: float) -> None:
        self._path = Path(path)
        self._expire = expire_days * 86400
        self._db: sqlite3.Connection | None = None
        self._off = False
        self._lock = threading.RLock()

    def get(self, url: str) -> CachedResponse | None:
        """The stored, unexpired response for ``url``, if any."""
        row = self._use(lambda db: db.execute(
            f"SELECT status, content_type, location, body FROM {TABLE} "
            "WHERE key = ? AND expires > ?", (cache_key(url), time.time())).fetchone())
        if not isinstance(row, tuple):
            return None
        status, kind, location, body = row
        return CachedResponse(int(status), str(kind), str(location), bytes(body))

    def save(self, url: str, status: int, content_type: str, location: str,
             body: bytes) -> None:
        """Keep the answer to a GET of ``url``."""
        now = time.time()
        self._use(lambda db: db.execute(
            f"INSERT OR REPLACE INTO {TABLE} VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (cache_key(url), url, status, content_type, location, body, now,
             now + self._expire)), commit=True)

    def forget(self, url: str) -> None:
        """Drop the stored response for ``url`` (a wall that answered 200)."""
        self._use(lambda db: db.execute(f"DELETE FROM {TABLE} WHERE key = ?",
                                        (cache_key(url),)), commit=True)

    def get_text(self, digest: str, kind: str) -> str | None:
        """The stored, unexpired text of ``kind`` derived from the data with SHA-256
        ``digest``, if any."""
        row = self._use(lambda db: db.execute(
            f"SELECT text FROM {TEXTS} WHERE digest = ? AND kind = ? AND expires > ?",
            (digest, kind, time.time())).fetchone())
        return str(row[0]) if isinstance(row, tuple) else None

    def save_text(self, digest: str, kind: str, text: str) -> None:
        """Keep a text of ``kind`` derived from the data with SHA-256 ``digest``."""
        now = time.time()
        self._use(lambda db: db.execute(
            f"INSERT OR REPLACE INTO {TEXTS} VALUES (?, ?, ?, ?, ?)",
            (digest, kind, text, now, now + self._expire)), commit=True)

    def _use(self, work: Callable[[sqlite3.Connection], object], *, commit: bool = False
             ) -> object:
        with self._lock:
            if self._db is None and not self._off:
                try:
                    self._db = open_store(self._path)
                except (ConfigError, sqlite3.Error) as exc:
                    self._turn_off(exc)
            if self._db is None:
                return None
            try:
                result = work(self._db)
                if commit:
                    self._db.commit()
                return result
            except sqlite3.Error as exc:
                self._turn_off(exc)
                return None

    def _turn_off(self, exc: Exception) -> None:
        if isinstance(exc, ConfigError):
            why = exc.message
        elif "locked" in str(exc) or "busy" in str(exc):
            why = f"the cache {self._path} is locked by another process"
        else:
            why = f"the cache {self._path} is unusable ({exc})"
        if not self._off:
            log.warning("quotecheck: warning: %s; running without the cache", why)
        if self._db is not None:
            self._db.close()
        self._off, self._db = True, None


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=LOCK_WAIT, check_same_thread=False)
    try:
        for schema, table in ((_SCHEMA, TABLE), (_TEXTS_SCHEMA, TEXTS)):
            db.execute(schema)
            db.execute(f"SELECT count(*) FROM {table}").fetchone()
        db.commit()
    except sqlite3.Error:
        db.close()
        raise
    return db


def open_store(path: Path) -> sqlite3.Connection:
    """The cache at ``path``; a damaged file is moved aside (with a warning) and replaced.

    Raises ConfigError when the path cannot hold a cache, sqlite3.Error when it is locked.
    """
    if path.is_dir():
        raise ConfigError(f"the cache path {path} is a folder, not a file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"cannot create the cache folder {path.parent} "
                          f"({exc.strerror or exc})") from None
    try:
        return _connect(path)
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
        return _connect(path)


def stored(path: Path) -> tuple[int, int]:
    """How many responses the cache at ``path`` holds, and its size on disk."""
    if not path.exists():
        return 0, 0
    db = _open_for_command(path)
    try:
        count = int(db.execute(f"SELECT count(*) FROM {TABLE}").fetchone()[0])
    finally:
        db.close()
    return count, path.stat().st_size


def clear(path: Path) -> int:
    """Empty the cache at ``path`` (responses and derived texts); how many responses it
    held."""
    if not path.exists():
        return 0
    db = _open_for_command(path)
    try:
        count = int(db.execute(f"SELECT count(*) FROM {TABLE}").fetchone()[0])
        db.execute(f"DELETE FROM {TABLE}")
        db.execute(f"DELETE FROM {TEXTS}")
        db.commit()
        db.execute("VACUUM")
    finally:
        db.close()
    return count


def _open_for_command(path: Path) -> sqlite3.Connection:
    try:
        return open_store(path)
    except sqlite3.Error as exc:
        raise ConfigError(f"the cache {path} is busy or unusable ({exc}); try again") from None
