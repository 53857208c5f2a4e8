"""A hostile web server on 127.0.0.1 for the tests: it answers with raw bytes (lies about
lengths, breaks chunking, drips, fakes gzip, redirects to bad ports, serves bombs).

Every answer is bounded in time (:data:`MAX_STALL`), and the server stops by itself after
:data:`LIFETIME` seconds even if a test forgets to stop it.
"""

from __future__ import annotations

import socket
import socketserver
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from email.utils import formatdate

QUOTE = "We will not raise fares this year"
TEXT = (f"<p>The council voted on Tuesday. “{QUOTE},” the mayor said, adding that the levy "
        "covers the shortfall for every route in the city and the depot.</p>")
PAGE = f"<html><body><article>{TEXT}</article></body></html>".encode()
MAX_STALL = 8.0
LIFETIME = 120.0
DEEP = 100_000


def _head(status: str, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status}", *(f"{k}: {v}" for k, v in headers.items()), "", ""]
    return "\r\n".join(lines).encode()


class Hostile:
    """The routes; each writes raw bytes to the client socket."""

    def __init__(self, files: dict[str, bytes]) -> None:
        self.hits: Counter[str] = Counter()
        self.hosts: list[str] = []
        self.files = files

    def routes(self) -> dict[str, Callable[[socket.socket], None]]:
        """Path → answer."""
        return {
            "/page": lambda s: self._ok(s, PAGE), "/drip": self._drip,
            "/lying-open": lambda s: self._lying(s, close=False),
            "/lying-closed": lambda s: self._lying(s, close=True),
            "/bad-chunk": self._bad_chunk, "/fake-gzip": self._fake_gzip,
            "/bad-port": lambda s: self._redirect(s, "http://example.com:99999/"),
            "/bad-ipv6": lambda s: self._redirect(s, "http://[::1/"),
            "/deep-json-ld": lambda s: self._ok(s, _json_ld("[" * DEEP + "]" * DEEP)),
            "/graph-5": lambda s: self._ok(s, _json_ld('{"@graph": 5}')),
            "/deep-div": lambda s: self._ok(
                s, (f"<html><body>{'<div>' * DEEP}{TEXT}{'</div>' * DEEP}</body></html>"
                    ).encode()),
            "/always-busy": lambda s: s.sendall(_head("503 Busy", {
                "Retry-After": "1", "Content-Length": "0"})),
            "/busy-until": self._busy_until, "/consent": lambda s: self._ok(s, (
                b"<html><body><p>Verify you are a human. Enable JavaScript and cookies."
                b"</p></body></html>")),
            "/docx": lambda s: self._ok(s, self.files["docx"], "application/octet-stream"),
        }

    def answer(self, sock: socket.socket, path: str) -> None:
        """Answer one request for ``path``."""
        self.hits[path] += 1
        route = self.routes().get(path)
        if route is None:
            sock.sendall(_head("404 Not Found", {"Content-Length": "0"}))
        else:
            route(sock)

    @staticmethod
    def _ok(sock: socket.socket, body: bytes, kind: str = "text/html") -> None:
        sock.sendall(_head("200 OK", {"Content-Type": kind,
                                      "Content-Length": str(len(body))}) + body)

    @staticmethod
    def _redirect(sock: socket.socket, location: str) -> None:
        sock.sendall(_head("302 Found", {"Location": location, "Content-Length": "0"}))

    @staticmethod
    def _drip(sock: socket.socket) -> None:
        """A byte every 0.2 s: each read succeeds, the whole never ends in time."""
        sock.sendall(_head("200 OK", {"Content-Type": "text/html",
                                      "Content-Length": str(len(PAGE))}))
        end = time.monotonic() + MAX_STALL
        for byte in PAGE:
            if time.monotonic() > end:
                return
            sock.sendall(bytes([byte]))
            time.sleep(0.2)

    @staticmethod
    def _lying(sock: socket.socket, *, close: bool) -> None:
        sock.sendall(_head("200 OK", {"Content-Type": "text/html",
                                      "Content-Length": "100000"}) + PAGE)
        if not close:
            time.sleep(MAX_STALL)

    @staticmethod
    def _bad_chunk(sock: socket.socket) -> None:
        sock.sendall(_head("200 OK", {"Content-Type": "text/html",
                                      "Transfer-Encoding": "chunked"})
                     + b"10\r\n<html><body><p>T\r\nzz-not-hex\r\nmore\r\n0\r\n\r\n")

    @staticmethod
    def _fake_gzip(sock: socket.socket) -> None:
        sock.sendall(_head("200 OK", {"Content-Type": "text/html", "Content-Encoding": "gzip",
                                      "Content-Length": str(len(PAGE))}) + PAGE)

    def _busy_until(self, sock: socket.socket) -> None:
        """503 with Retry-After as an HTTP date (one second ahead) the first time."""
        if self.hits["/busy-until"] == 1:
            sock.sendall(_head("503 Busy", {"Retry-After": formatdate(time.time() + 1,
                                                                      usegmt=True),
                                            "Content-Length": "0"}))
        else:
            self._ok(sock, PAGE)


def _json_ld(block: str) -> bytes:
    return (f'<html><head><script type="application/ld+json">{block}</script></head>'
            f"<body><article>{TEXT}</article></body></html>").encode()


def _handler(routes: Hostile) -> type[socketserver.BaseRequestHandler]:
    class Handler(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            sock: socket.socket = self.request
            sock.settimeout(MAX_STALL)
            try:
                head = b""
                while b"\r\n\r\n" not in head and len(head) < 65536:
                    data = sock.recv(4096)
                    if not data:
                        return
                    head += data
                lines = head.decode("latin-1").split("\r\n")
                routes.hosts += [line.split(":", 1)[1].strip() for line in lines
                                 if line.lower().startswith("host:")]
                routes.answer(sock, lines[0].split(" ")[1].split("?")[0])
            except OSError:
                pass

    return Handler


@contextmanager
def hostile(files: dict[str, bytes] | None = None) -> Iterator[tuple[str, Hostile]]:
    """Run the hostile server; yield its base URL and its routes (with hit counts)."""
    routes = Hostile(files or {})
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _handler(routes))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    stopper = threading.Timer(LIFETIME, server.shutdown)
    stopper.daemon = True
    stopper.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", routes
    finally:
        stopper.cancel()
        server.shutdown()
        server.server_close()
