"""Connections pinned to the addresses the safety check saw: the HTTP adapter connects to
the run's remembered resolution of the host, never resolving it again, while the Host
header and the TLS server name stay the host's name."""

from __future__ import annotations

import socket
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError
from urllib3.util import connection

from quotecheck.sources.dns import Resolver


def _pinned_socket(conn: HTTPConnection, resolver: Resolver) -> socket.socket:
    """A socket connected to one of the addresses ``resolver`` holds for ``conn.host``."""
    found = resolver.known(conn.host)  # never a second lookup: only checked hosts
    if found is None or found.error is not None:
        why = "the address was not checked" if found is None else found.error
        raise NewConnectionError(conn, f"refused: {why}")
    last: OSError | None = None
    for address in found.addresses:
        try:
            return connection.create_connection(
                (address, conn.port or 80), conn.timeout,
                source_address=conn.source_address, socket_options=conn.socket_options)
        except TimeoutError as exc:
            raise ConnectTimeoutError(conn, f"connection to {conn.host} timed out") from exc
        except OSError as exc:
            last = exc
    raise NewConnectionError(conn, f"failed to establish a new connection: {last}")


def pinned_adapter(resolver: Resolver) -> HTTPAdapter:
    """An adapter whose connections go to ``resolver``'s addresses."""

    class PinnedHTTP(HTTPConnection):
        def _new_conn(self) -> socket.socket:
            return _pinned_socket(self, resolver)

    class PinnedHTTPS(HTTPSConnection):
        def _new_conn(self) -> socket.socket:
            return _pinned_socket(self, resolver)

    class HTTPPool(HTTPConnectionPool):
        ConnectionCls = PinnedHTTP

    class HTTPSPool(HTTPSConnectionPool):
        ConnectionCls = PinnedHTTPS

    class PinnedAdapter(HTTPAdapter):
        def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
            super().init_poolmanager(*args, **kwargs)
            self.poolmanager.pool_classes_by_scheme = {"http": HTTPPool, "https": HTTPSPool}

    return PinnedAdapter()
