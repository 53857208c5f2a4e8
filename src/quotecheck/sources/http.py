"""Fetching web sources: honest headers, one DNS lookup per host and run, connections pinned
to the checked addresses, an overall deadline per fetch (connect, retries, Retry-After waits
and the body together), a size cap, redirects checked hop by hop, a cache that survives
reads, and failures as data, never raised."""

from __future__ import annotations

import ipaddress
import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from quotecheck.settings import CacheSettings, NetworkSettings
from quotecheck.sources.cache import SourceCache, clear, stored
from quotecheck.sources.dns import Resolver
from quotecheck.sources.safety import is_public, refusal, target

if TYPE_CHECKING:
    import requests

    from quotecheck.sources.deadline import Deadline

REDIRECTS = {301, 302, 303, 307, 308}
MAX_HOPS = 10
OFFLINE_MISS = "not in cache (offline)"




@dataclass(frozen=True)
class Fetched:
    """A fetched body with the address it finally came from, or why there is none."""

    url: str
    body: bytes = b""
    content_type: str = ""
    redirects: tuple[str, ...] = ()
    from_cache: bool = False
    error: str | None = None


@dataclass(frozen=True)
class _Hop:
    """One answer on the way to the page: a redirect target, a body, or an error."""

    location: str | None = None
    fetched: Fetched | None = None


class Fetcher:
    """Fetches web sources through one session and one cache; never raises for a page."""

    def __init__(self, network: NetworkSettings, cache: CacheSettings,
                 store: SourceCache | None = None) -> None:
        self.network = network
        self.resolver = Resolver(network.resolve_timeout)
        self.cache = store or SourceCache(cache.path, cache.expire_days)
        self._session: requests.Session | None = None
        self._hosts: dict[str, _HostGate] = {}
        self._hosts_lock = threading.Lock()

    @property
    def session(self) -> requests.Session:
        """The HTTP session, made on first use (an offline run never makes one)."""
        if self._session is None:
            import requests

            from quotecheck.sources.pinning import pinned_adapter

            session = requests.Session()
            session.trust_env = False  # no proxy: the checked address is the one connected to
            adapter = pinned_adapter(self.resolver)
            session.mount("http://", adapter)
            session.mount("https://", adapter)
            session.headers["User-Agent"] = self.network.user_agent
            self._session = session
        return self._session

    def _gate(self, url: str) -> _HostGate:
        host = urlsplit(url).netloc
        with self._hosts_lock:
            if host not in self._hosts:
                self._hosts[host] = _HostGate(self.network.per_host, self.network.host_interval)
            return self._hosts[host]

    def fetch(self, url: str) -> Fetched:
        """Fetch ``url``, following redirects that pass the safety check, within the
        deadline."""
        from quotecheck.sources.deadline import Deadline

        deadline = Deadline(self.network.deadline)
        hops: list[str] = []
        current = url
        for _ in range(MAX_HOPS):
            hop = self._hop(current, tuple(hops), deadline)
            if hop.fetched is not None:
                target_url = meta_refresh(hop.fetched.body) if hop.fetched.error is None else None
                if target_url is None:
                    return hop.fetched
                hop = _Hop(location=target_url)  # a short link's landing page
            hops.append(current)
            try:
                current = urljoin(current, hop.location or "")
            except ValueError:
                return Fetched(current, redirects=tuple(hops),
                               error="malformed address (bad host or port)")
        return Fetched(current, redirects=tuple(hops), error="too many redirects")

    def _hop(self, url: str, hops: tuple[str, ...], deadline: Deadline) -> _Hop:
        where = target(url)
        if isinstance(where, str):
            return _Hop(fetched=Fetched(url, redirects=hops, error=where))
        if not self.network.refresh and (kept := self._cached(url, where.host, hops)):
            return kept
        if self.network.offline:
            return _Hop(fetched=Fetched(url, redirects=hops, error=OFFLINE_MISS))
        why = refusal(url, allow_private=self.network.allow_private, resolver=self.resolver)
        if why is not None:
            return _Hop(fetched=Fetched(url, redirects=hops, error=why))
        return self._live(url, hops, deadline)

    def _cached(self, url: str, host: str, hops: tuple[str, ...]) -> _Hop | None:
        if not self.network.allow_private and _literal_private(host):
            return None  # cached under --allow-private: refused again below
        found = self.cache.get(url)
        if found is None:
            return None
        if found.status in REDIRECTS:
            return _Hop(location=found.location)
        return _Hop(fetched=Fetched(url, found.body, found.content_type, hops, True))

    def _live(self, url: str, hops: tuple[str, ...], deadline: Deadline) -> _Hop:
        from quotecheck.sources.reading import (
            read_body,
            request_once,
        )

        response = request_once(self.session, url, self.network, deadline, self._gate(url))
        if isinstance(response, str):
            return _Hop(fetched=Fetched(url, redirects=hops, error=response))
        try:
            kind = response.headers.get("Content-Type", "")
            if response.status_code in REDIRECTS and "Location" in response.headers:
                location = response.headers["Location"]
                self.cache.save(url, response.status_code, "", location, b"")
                return _Hop(location=location)
            if response.status_code != 200:
                return _Hop(fetched=Fetched(url, redirects=hops,
                                            error=f"HTTP {response.status_code}"))
            body = read_body(response, self.network, deadline)
        finally:
            response.close()
        if isinstance(body, str):
            return _Hop(fetched=Fetched(url, redirects=hops, error=body))
        self.cache.save(url, 200, kind, "", body)
        return _Hop(fetched=Fetched(url, body, kind, hops))

    def forget(self, url: str) -> None:
        """Drop ``url`` from the cache (its page turned out to be a wall)."""
        self.cache.forget(url)


def _literal_private(host: str) -> bool:
    """True when ``host`` is an address (not a name) that is not globally routable."""
    if host.lower() == "localhost":
        return True
    try:
        ipaddress.ip_address(host.strip("[]").split("%")[0])
    except ValueError:
        return False  # a name: checked when it is resolved
    return not is_public(host.strip("[]"))


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


@dataclass(frozen=True)
class CacheInfo:
    """What the cache holds."""

    path: str
    responses: int
    bytes_on_disk: int
    expire_days: float


def cache_info(cache: CacheSettings) -> CacheInfo:
    """How many responses the cache holds and how much disk it takes."""
    count, size = stored(Path(cache.path))
    return CacheInfo(cache.path, count, size, cache.expire_days)


def cache_clear(cache: CacheSettings) -> int:
    """Empty the cache; how many responses it held."""
    return clear(Path(cache.path))
