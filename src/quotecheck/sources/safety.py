"""Which web addresses an article may make quotecheck fetch (design, "Safety")."""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit


def refusal(url: str, *, allow_private: bool) -> str | None:
    """Why ``url`` may not be fetched, or None when it may.

    Only http and https; and unless ``allow_private``, no host that resolves to a private,
    loopback, link-local, multicast, reserved or unspecified address (checked after DNS
    resolution, so a public name pointing inside is refused too).
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return "only http and https links can be sources"
    if not parts.hostname:
        return "no host in the address"
    if allow_private:
        return None
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, type=socket.SOCK_STREAM)
    except socket.gaierror:
        return "DNS lookup failed"
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if (address.is_private or address.is_loopback or address.is_link_local
                or address.is_multicast or address.is_reserved or address.is_unspecified):
            return f"refused: {parts.hostname} is a private or local address ({address}); " \
                   "use --allow-private to allow it"
    return None
