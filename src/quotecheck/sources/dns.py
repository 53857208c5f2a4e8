"""Name resolution for one run: each host is looked up once (failures too), with a short
timeout, and the addresses found are the ones connected to (no second lookup to rebind)."""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass


@dataclass(frozen=True)
class Resolved:
    """The addresses a host name resolved to, or why it did not resolve."""

    addresses: tuple[str, ...] = ()
    error: str | None = None


class Resolver:
    """Looks each host up once per run, within ``timeout`` seconds."""

    def __init__(self, timeout: float) -> None:
        self._timeout = timeout
        self._known: dict[str, Resolved] = {}
        self._lock = threading.Lock()
        self._pending: dict[str, threading.Event] = {}

    def known(self, host: str) -> Resolved | None:
        """What an earlier lookup of ``host`` found, without looking it up."""
        with self._lock:
            return self._known.get(_name(host))

    def resolve(self, host: str) -> Resolved:
        """The addresses of ``host`` (looked up on first use, remembered for the run)."""
        host = _name(host)
        with self._lock:
            if host in self._known:
                return self._known[host]
            waiting = self._pending.get(host)
            if waiting is None:
                self._pending[host] = threading.Event()
        if waiting is not None:  # another thread is looking this host up
            waiting.wait(self._timeout + 1)
            with self._lock:
                return self._known.get(host, Resolved(error="DNS lookup timed out"))
        found = _lookup(host, self._timeout)
        with self._lock:
            self._known[host] = found
            self._pending.pop(host).set()
        return found


def _name(host: str) -> str:
    """One spelling per host, as the connection will name it: no brackets around an IPv6
    address, no trailing dot, lower case, IDNA-encoded."""
    name = host.strip("[]").rstrip(".").lower()
    try:
        return name.encode("idna").decode("ascii") if not name.isascii() else name
    except UnicodeError:
        return name


def _lookup(host: str, timeout: float) -> Resolved:
    """``getaddrinfo`` in a daemon thread, so that a stuck resolver cannot hold the run."""
    result: list[Resolved] = []

    def work() -> None:
        try:
            infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
            addresses = tuple(dict.fromkeys(str(info[4][0]) for info in infos))
            result.append(Resolved(addresses) if addresses else
                          Resolved(error="DNS lookup failed"))
        except (OSError, UnicodeError, ValueError):
            result.append(Resolved(error="DNS lookup failed"))

    thread = threading.Thread(target=work, name=f"resolve {host}", daemon=True)
    thread.start()
    thread.join(timeout)
    return result[0] if result else Resolved(error="DNS lookup timed out")
