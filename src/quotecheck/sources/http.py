"""Fetching web sources: one requests-cache session (SQLite), honest headers, timeouts,
retries, a size cap, redirects checked hop by hop, and failures as data, never raised."""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import requests
import requests_cache

from quotecheck.settings import CacheSettings, NetworkSettings
from quotecheck.sources.safety import refusal

REDIRECTS = {301, 302, 303, 307, 308}
RETRIABLE = {429, 500, 502, 503, 504}
MAX_HOPS = 10
MAX_RETRY_AFTER = 30.0




@dataclass(frozen=True)
class Fetched:
    """A fetched body with the address it finally came from, or why there is none."""

    url: str
    body: bytes = b""
    content_type: str = ""
    redirects: tuple[str, ...] = ()
    from_cache: bool = False
    error: str | None = None


class Fetcher:
    """Fetches web sources through one cached session."""

    def __init__(self, network: NetworkSettings, cache: CacheSettings) -> None:
        self.network = network
        Path(cache.path).parent.mkdir(parents=True, exist_ok=True)
        self.session = requests_cache.CachedSession(
            cache.path, backend="sqlite", expire_after=timedelta(days=cache.expire_days),
            allowable_codes=(200, *REDIRECTS), filter_fn=self._cacheable,
        )
        self.session.headers["User-Agent"] = network.user_agent
        self._hosts: dict[str, _HostGate] = {}
        self._hosts_lock = threading.Lock()

    def _gate(self, url: str) -> _HostGate:
        host = urlsplit(url).netloc
        with self._hosts_lock:
            if host not in self._hosts:
                self._hosts[host] = _HostGate(self.network.per_host, self.network.host_interval)
            return self._hosts[host]

    @staticmethod
    def _cacheable(response: requests.Response) -> bool:
        """Never on the way in: a response is cached by :meth:`_keep`, once read within
        the size cap (a gzip bomb must not be inflated by the cache)."""
        return False

    def _keep(self, response: requests.Response, body: bytes) -> None:
        if getattr(response, "from_cache", False) or self.network.offline:
            return
        # hand requests-cache the body we read, as if requests had read it
        response.__dict__.update(_content=body, _content_consumed=True)
        self.session.cache.save_response(response)

    def fetch(self, url: str) -> Fetched:
        """Fetch ``url``, following redirects that pass the safety check."""
        hops: list[str] = []
        current = url
        for _ in range(MAX_HOPS):
            if (why := refusal(current, allow_private=self.network.allow_private)) is not None:
                return Fetched(current, redirects=tuple(hops), error=why)
            response = self._get(current)
            if isinstance(response, str):
                return Fetched(current, redirects=tuple(hops), error=response)
            if response.status_code in REDIRECTS and "Location" in response.headers:
                self._keep(response, b"")
                hops.append(current)
                current = requests.compat.urljoin(current, response.headers["Location"])
                response.close()
                continue
            fetched = self._read(current, response, tuple(hops))
            target = meta_refresh(fetched.body)
            if fetched.error is None and target is not None:  # a short link's landing page
                hops.append(current)
                current = requests.compat.urljoin(current, target)
                continue
            return fetched
        return Fetched(current, redirects=tuple(hops), error="too many redirects")

    def _get(self, url: str) -> requests.Response | str:
        """One request, retried on 429 and 5xx (honouring Retry-After); or the failure."""
        for attempt in range(self.network.retries + 1):
            try:
                with self._gate(url):
                    response = self.session.get(
                        url, stream=True, allow_redirects=False,
                        timeout=(self.network.connect_timeout, self.network.read_timeout),
                        only_if_cached=self.network.offline, force_refresh=self.network.refresh,
                    )
            except requests.Timeout:
                return "timed out"
            except requests.RequestException as exc:
                return f"cannot connect ({type(exc).__name__})"
            if self.network.offline and response.status_code == 504:
                return "not in cache (offline)"
            if response.status_code not in RETRIABLE or attempt == self.network.retries:
                return response
            time.sleep(_retry_after(response, attempt))
            response.close()
        return "unreachable"

    def _read(self, url: str, response: requests.Response, hops: tuple[str, ...]) -> Fetched:
        if response.status_code != 200:
            return Fetched(url, redirects=hops, error=f"HTTP {response.status_code}")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_content(64 * 1024):
            size += len(chunk)
            if size > self.network.max_bytes:
                response.close()
                return Fetched(url, redirects=hops,
                               error=f"too large (over {self.network.max_bytes} bytes)")
            chunks.append(chunk)
        body = b"".join(chunks)
        self._keep(response, body)
        return Fetched(url, body, response.headers.get("Content-Type", ""), hops,
                       bool(getattr(response, "from_cache", False)))


_META_REFRESH = re.compile(
    rb"""<meta[^>]+http-equiv\s*=\s*["']?refresh["']?[^>]*content\s*=\s*["']?\s*\d*\s*;?"""
    rb"""\s*url\s*=\s*["']?(?P<url>[^"'>\s]+)""", re.IGNORECASE)
META_REFRESH_MAX_BYTES = 8192


def meta_refresh(body: bytes) -> str | None:
    """Where a small page's ``<meta http-equiv="refresh">`` sends the reader, if anywhere."""
    if not body or len(body) > META_REFRESH_MAX_BYTES:
        return None
    m = _META_REFRESH.search(body)
    return m.group("url").decode("utf-8", "replace") if m else None


class _HostGate:
    """At most ``limit`` requests to one host at a time, ``interval`` seconds apart."""

    def __init__(self, limit: int, interval: float) -> None:
        self._slots = threading.BoundedSemaphore(max(1, limit))
        self._interval = interval
        self._lock = threading.Lock()
        self._last = 0.0

    def __enter__(self) -> None:
        self._slots.acquire()
        if self._interval > 0:
            with self._lock:
                wait = self._last + self._interval - time.monotonic()
                if wait > 0:
                    time.sleep(wait)
                self._last = time.monotonic()

    def __exit__(self, *exc: object) -> None:
        self._slots.release()


def _retry_after(response: requests.Response, attempt: int) -> float:
    value = str(response.headers.get("Retry-After", ""))
    if value.replace(".", "", 1).isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    return min(0.5 * float(2**attempt), MAX_RETRY_AFTER)


@dataclass(frozen=True)
class CacheInfo:
    """What the cache holds."""

    path: str
    responses: int
    bytes_on_disk: int
    expire_days: float


def _open_cache(cache: CacheSettings) -> requests_cache.CachedSession:
    Path(cache.path).parent.mkdir(parents=True, exist_ok=True)
    return requests_cache.CachedSession(cache.path, backend="sqlite")


def cache_info(cache: CacheSettings) -> CacheInfo:
    """How many responses the cache holds and how much disk it takes."""
    if not Path(cache.path).exists():
        return CacheInfo(cache.path, 0, 0, cache.expire_days)
    session = _open_cache(cache)
    try:
        count = len(session.cache.responses)
    finally:
        session.close()
    return CacheInfo(cache.path, count, Path(cache.path).stat().st_size, cache.expire_days)


def cache_clear(cache: CacheSettings) -> int:
    """Empty the cache; how many responses it held."""
    if not Path(cache.path).exists():
        return 0
    session = _open_cache(cache)
    try:
        count = len(session.cache.responses)
        session.cache.clear()
    finally:
        session.close()
    return count
