"""A real HTTP server on 127.0.0.1 for the tests: pages, redirects, failures, slowness."""

from __future__ import annotations

import gzip
import json
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PAGE = ("<html><head><title>Council</title></head><body><nav>Home</nav><article>"
        "<p>The council voted on Tuesday. “We will not raise fares this year,” the mayor "
        "said, adding that the levy covers the shortfall for every route in the city.</p>"
        "<p>The budget passed seven to two after a long debate about the depot.</p>"
        "</article></body></html>").encode()
LATIN1 = ("<html><head><meta charset='iso-8859-1'></head><body><p>Le caf\u00e9 reste "
          "ouvert le dimanche, a d\u00e9clar\u00e9 la maire devant le conseil municipal "
          "r\u00e9uni en s\u00e9ance extraordinaire mardi soir.</p></body></html>"
          ).encode("latin-1")
BOMB = gzip.compress(b"\0" * 50_000_000)  # 50 MB of zeros in about 50 kB
CONSENT = b"<html><body><p>We value your privacy. Accept all cookies to continue.</p></body></html>"


class _Handler(BaseHTTPRequestHandler):
    hits: Counter[str]

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None
              ) -> None:
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        if path.startswith("/web/") and path.endswith("/gone"):
            path = "/page.html"  # the archived capture of the gone page
        self.hits[path] += 1
        count = self.hits[path]
        routes = {
            "/page.html": lambda: self._send(200, PAGE, {"Content-Type": "text/html"}),
            "/latin1.html": lambda: self._send(200, LATIN1, {"Content-Type": "text/html"}),
            "/redirect": lambda: self._send(302, headers={"Location": "/page.html"}),
            "/s/abc": lambda: self._send(301, headers={"Location": "/landing"}),
            "/landing": lambda: self._send(200, b"<html><head><meta http-equiv='refresh' "
                                                b"content='0; url=/page.html'></head></html>",
                                           {"Content-Type": "text/html"}),
            "/consent": lambda: self._send(200, CONSENT, {"Content-Type": "text/html"}),
            "/busy": lambda: self._send(429, headers={"Retry-After": "0"}) if count == 1
            else self._send(200, PAGE),
            "/flaky": lambda: self._send(503) if count == 1 else self._send(200, PAGE),
            "/stall": self._stall,
            "/wayback/available": lambda: self._send(200, json.dumps({"archived_snapshots": {
                "closest": {"available": True, "status": "200", "url": "unused",
                            "timestamp": "20240502000000" if "timestamp=20240502" in self.path
                            else "20240102030405"}}}).encode()),
            "/empty": lambda: self._send(200, b"<html><body><p>Hi.</p></body></html>"),
            "/syndication": self._syndication,
            "/oembed": lambda: self._send(200, json.dumps({"html": (
                "<blockquote class='twitter-tweet'><p>The bridge is open again.</p>"
                "</blockquote>"), "author_name": "Luis Fontaine"}).encode()),
            "/bomb": lambda: self._send(200, BOMB, {"Content-Type": "text/plain",
                                                   "Content-Encoding": "gzip"}),
            "/huge": self._huge,
        }
        routes.get(path, lambda: self._send(404, b"not here"))()

    def _syndication(self) -> None:
        post = self.path.split("id=")[1].split("&")[0]
        if post == "111":
            self._send(200, json.dumps({"text": "Polls close at 8 tonight. Lines are short.",
                                        "__typename": "Tweet", "user": {
                                            "name": "Ana Ruiz", "screen_name": "anaruiz"}}
                                       ).encode())
        elif post == "222":
            self._send(200, json.dumps({"__typename": "TweetTombstone"}).encode())
        else:
            self._send(404)

    def _stall(self) -> None:
        time.sleep(3)
        self._send(200, PAGE)

    def _huge(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        try:
            for _ in range(300):
                self.wfile.write(b"x" * 10_000)
        except (BrokenPipeError, ConnectionResetError):
            pass


@contextmanager
def serve() -> Iterator[tuple[str, Counter[str]]]:
    """Run the server on a free port of 127.0.0.1; yield its base URL and the hit counts."""
    hits: Counter[str] = Counter()
    with running(type("Handler", (_Handler,), {"hits": hits})) as base:
        yield base, hits


@contextmanager
def running(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """Serve ``handler`` on a free port of 127.0.0.1 in a thread; yield the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
