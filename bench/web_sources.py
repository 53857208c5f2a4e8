"""Time to verify an article with 50 quotes over 20 web sources served with 200 ms of
latency on 127.0.0.1: cold (empty cache) and warm (everything cached), in-process.

Run: .venv/bin/python bench/web_sources.py
"""

from __future__ import annotations

import random
import sys
import tempfile
import threading
import time
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import english_like
from quotecheck.articles import parse_article
from quotecheck.models import ArticleInput
from quotecheck.pipeline import run_verify
from quotecheck.settings import CheckSettings
from quotecheck.sources import CacheSettings

SOURCES, QUOTES, LATENCY = 20, 50, 0.2


def _pages() -> dict[str, bytes]:
    return {f"/source{k}.html": (f"<html><body><article><p>{english_like(20_000, seed=k)}"
                                 "</p></article></body></html>").encode()
            for k in range(SOURCES)}


def _serve(pages: dict[str, bytes]) -> tuple[ThreadingHTTPServer, str]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            time.sleep(LATENCY)
            body = pages.get(self.path, b"")
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def _article(pages: dict[str, bytes], base: str) -> str:
    rnd = random.Random(2)
    names = sorted(pages)
    lines = []
    for q in range(QUOTES):
        name = names[q % SOURCES]
        text = pages[name].decode()
        at = rnd.randrange(60, len(text) - 400)
        words = text[at : at + 300].split()[1:14]
        lines.append(f"Quote {q}: “{' '.join(words)}” ([source]({base}{name})).")
    return "\n\n".join(lines) + "\n"


def main() -> None:
    """Print cold and warm times and the verdict counts."""
    pages = _pages()
    server, base = _serve(pages)
    with tempfile.TemporaryDirectory() as folder:
        settings = CheckSettings()
        settings = replace(settings, network=replace(settings.network, allow_private=True),
                           cache=CacheSettings(path=str(Path(folder) / "cache.sqlite")))
        article = ArticleInput(parse_article("bench.md", _article(pages, base)), Path(folder))
        for label in ("cold", "warm"):
            started = time.perf_counter()
            report = run_verify([article], settings)
            elapsed = time.perf_counter() - started
            verdicts = sorted(f.verdict.value for f in report.findings() if f.verdict)
            counts = {v: verdicts.count(v) for v in set(verdicts)}
            print(f"{label}: {elapsed:.2f} s for {QUOTES} quotes over {SOURCES} sources "
                  f"({LATENCY * 1000:.0f} ms latency) {counts}")
    server.shutdown()


if __name__ == "__main__":
    main()
