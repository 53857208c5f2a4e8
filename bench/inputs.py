"""The new inputs, each against a baseline measured in the same run:

* OCR: seconds per scanned page (generated scans, and the real syllabus in
  ../shared/corpus when it is there), against reading the same text from a text layer;
* a 50-paragraph Word article: read and extract, against the same text as Markdown;
* a web article with 30 claims served on 127.0.0.1: read, extract and verify, against the
  same page read from a local HTML file.

Run: .venv/bin/python bench/inputs.py
"""

from __future__ import annotations

import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.articles import wordgen
from tests.sources import scangen

from bench.corpus import english_like
from quotecheck.articles import read_article
from quotecheck.cli.inputs import collect_inputs
from quotecheck.extract import extract_claims
from quotecheck.pipeline import run_verify
from quotecheck.settings import CheckSettings
from quotecheck.sources import CacheSettings, ocr
from quotecheck.sources.local import read_local

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "pdf"


def _time(work: Callable[[], object], repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def _text_pdf(paragraphs: list[list[str]], path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="letter")
    pdf.set_font("Helvetica", size=11)
    for page in paragraphs:
        pdf.add_page()
        pdf.multi_cell(0, 6, "\n\n".join(page))
    pdf.output(str(path))


def bench_ocr(folder: Path) -> None:
    """OCR seconds per page against a text-layer read of the same pages."""
    if not ocr.ocr_available():
        print("ocr: the extra is not installed (pip install -e '.[ocr]'): skipped")
        return
    pages = [scangen.PARAGRAPHS[:3], scangen.PARAGRAPHS[2:]]
    (folder / "scan.pdf").write_bytes(scangen.scanned_pdf(pages))
    _text_pdf(pages, folder / "text.pdf")
    first = _time(lambda: read_local("scan.pdf", folder / "scan.pdf"))  # loads the engine
    scanned = _time(lambda: read_local("scan.pdf", folder / "scan.pdf"))
    load = max(0.0, first - scanned)
    typed = _time(lambda: read_local("text.pdf", folder / "text.pdf"), repeat=5)
    print(f"ocr: engine load {load:.2f} s; generated scan {scanned / 2:.2f} s/page; "
          f"text layer {typed / 2 * 1000:.1f} ms/page; ratio {scanned / typed:.0f}x")
    real = CORPUS / "image-pdf.pdf"
    if real.exists():
        seconds = _time(lambda: read_local("image-pdf.pdf", real))
        print(f"ocr: scanned syllabus (2 pages, 612x792 pt) {seconds / 2:.2f} s/page")
    else:
        print(f"ocr: {real} is not here: the real scan is skipped")


def bench_docx(folder: Path) -> None:
    """A 50-paragraph Word article against the same text as Markdown."""
    doc = wordgen.new_document()
    lines = []
    for k in range(50):
        text = (f"{english_like(400, seed=k)} “{english_like(60, seed=100 + k)}” the "
                f"official said.")
        (doc.add_paragraph(text, style="Quote") if k % 10 == 9 else doc.add_paragraph(text))
        lines.append(("> " if k % 10 == 9 else "") + text)
    wordgen.save(doc, folder / "article.docx")
    (folder / "article.md").write_text("\n\n".join(lines) + "\n")
    word = _time(lambda: extract_claims(read_article(folder / "article.docx")), repeat=5)
    markdown = _time(lambda: extract_claims(read_article(folder / "article.md")), repeat=5)
    claims = len(extract_claims(read_article(folder / "article.docx")))
    print(f"docx: 50 paragraphs, {claims} claims: {word * 1000:.1f} ms read+extract; "
          f"Markdown {markdown * 1000:.1f} ms; ratio {word / markdown:.1f}x")


def _page(source: str) -> bytes:
    words = source.split()
    paragraphs = [f"<p>Ahead of the vote, “{' '.join(words[k * 40 : k * 40 + 12])}” the "
                  f"official said, citing <a href='/source.txt'>the record</a>.</p>"
                  for k in range(30)]
    return ("<html><head><title>Story</title></head><body><article><h1>Story</h1>"
            + "".join(paragraphs) + "</article></body></html>").encode()


def bench_web(folder: Path) -> None:
    """Verify a 30-claim web article against the same page as a local file."""
    source = english_like(20_000, seed=7)
    page = _page(source)
    routes = {"/story.html": page, "/source.txt": source.encode()}

    class Site(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            body = routes.get(self.path, b"")
            self.send_response(200 if body else 404)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    (folder / "story.html").write_text(page.decode().replace("/source.txt", f"{base}/source.txt"))
    settings = replace(CheckSettings(), cache=CacheSettings(path=str(folder / "cache.sqlite")))
    settings = replace(settings, network=replace(settings.network, allow_private=True))
    from quotecheck.articles.web import web_reader

    def verify(name: str) -> int:
        reader = web_reader(settings.network, settings.cache)
        inputs = collect_inputs([name], selection=None, web=reader)
        report = run_verify(inputs, settings)
        return sum(f.verdict is not None and f.verdict.value == "exact"
                   for f in report.findings())

    try:
        cold = _time(lambda: verify(f"{base}/story.html"))
        warm = _time(lambda: verify(f"{base}/story.html"), repeat=3)
        local = _time(lambda: verify(str(folder / "story.html")), repeat=3)
        exact = verify(f"{base}/story.html")
    finally:
        server.shutdown()
    print(f"web: 30-claim article ({exact} exact): cold {cold * 1000:.0f} ms, warm cache "
          f"{warm * 1000:.0f} ms; same page from a file {local * 1000:.0f} ms; "
          f"ratio warm/file {warm / local:.1f}x")


def main() -> None:
    """Run every bench in a scratch folder."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        bench_docx(folder)
        bench_web(folder)
        bench_ocr(folder)


if __name__ == "__main__":
    main()
