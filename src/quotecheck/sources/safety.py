"""Which web addresses an article may make quotecheck fetch (design, "Safety").

An address is checked in two steps: its form (scheme, host, port) without any network, then
the addresses its host resolves to. Only globally routable addresses pass, unless private
ones are allowed; the connection then goes to the addresses that were checked
(:mod:`quotecheck.sources.pinning`), so a name cannot resolve elsewhere in between.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

from quotecheck.sources.dns import Resolver

#: not globally routable, though some Python versions' ``is_global`` lets them through
_NOT_GLOBAL = tuple(ipaddress.ip_network(n) for n in (
    "0.0.0.0/8", "100.64.0.0/10", "192.0.0.0/24", "198.18.0.0/15", "240.0.0.0/4",
    "64:ff9b:1::/48", "2001::/23", "fc00::/7", "fe80::/10"))


@dataclass(frozen=True)
class Target:
    """The host and port an address names, once its form has been checked."""

    host: str
    port: int


def target(url: str) -> Target | str:
    """The host and port of ``url``, or why the address is not one quotecheck fetches."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return "malformed address (bad host or port)"
    if parts.scheme.lower() not in ("http", "https"):
        return "only http and https links can be sources"
    if not parts.hostname:
        return "no host in the address"
    if port == 0:
        return "malformed address (bad host or port)"
    return Target(parts.hostname, port or (443 if parts.scheme.lower() == "https" else 80))


def unmapped(address: ipaddress.IPv4Address | ipaddress.IPv6Address
             ) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    """The IPv4 address inside an IPv4-mapped, 6to4 or Teredo IPv6 address, else itself."""
    if isinstance(address, ipaddress.IPv6Address):
        inner = address.ipv4_mapped or address.sixtofour or (
            address.teredo[1] if address.teredo else None)
        if inner is not None:
            return inner
    return address


def is_public(text: str) -> bool:
    """True when ``text`` is a globally routable unicast address."""
    try:
        address = unmapped(ipaddress.ip_address(text.split("%", maxsplit=1)[0]))
    except ValueError:
        return False
    return (address.is_global and not address.is_multicast and not address.is_reserved
            and not any(address in net for net in _NOT_GLOBAL if net.version == address.version))


def refusal(url: str, *, allow_private: bool, resolver: Resolver) -> str | None:
    """Why ``url`` may not be fetched, or None when it may.

    Only http and https with a well-formed host and port; and unless ``allow_private``, no
    host that resolves to an address that is not globally routable (private, loopback,
    link-local, shared CGNAT space, IETF protocol assignments, multicast, reserved…),
    checked after unmapping IPv4-mapped IPv6 addresses.
    """
    where = target(url)
    if isinstance(where, str):
        return where
    found = resolver.resolve(where.host)
    if found.error is not None:
        return found.error
    if allow_private:
        return None
    for address in found.addresses:
        if not is_public(address):
            return (f"refused: {where.host} is a private or local address ({address}); "
                    "use --allow-private to allow it")
    return None
