"""Web articles against a real server on 127.0.0.1: main text, links, positions, fragment
links in the reports, the cache, and the same safety as web sources."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.articles import wordgen
from tests.conftest import Run
from tests.sources.server import running

STORY = """<!DOCTYPE html><html><head><title>Council keeps fares</title></head><body>
<nav><a href="/">Home</a> <a href="/about">About “us”</a></nav>
<article><h1>Council keeps fares flat for another year</h1>
<p>The council voted on Tuesday night after a long debate about the bus depot and the
routes that serve the east side of the city.</p>
<p>“We will not raise fares this year,” the mayor said, according to
<a href="/minutes.txt">the minutes</a> of the meeting.</p>
<p>She also promised that “every route stays open until the depot is repaired,” a pledge
that riders welcomed.</p>
<blockquote><p>The budget passed seven to two.</p></blockquote>
<p>Ruiz called the vote <em>“a relief”</em> for riders who depend on the buses.</p>
</article>
<footer><p>“Subscribe today” for more local news.</p></footer></body></html>"""
MINUTES = ("Minutes. The mayor said: We will not raise fares this year. Every route stays "
           "open until the depot is rebuilt. The budget passed seven to two.\n")


class _Site(BaseHTTPRequestHandler):
    routes: dict[str, tuple[str, bytes]]
    hits: Counter[str]

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.hits[self.path] += 1
        kind, body = self.routes.get(self.path, ("text/plain", b""))
        self.send_response(200 if self.path in self.routes else 404)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[str, Counter[str]]]:
    doc = wordgen.new_document()
    doc.add_paragraph("The mayor said “We will not raise fares this year” in the draft.")
    docx = wordgen.save(doc, tmp_path / "draft.docx").read_bytes()
    routes = {"/story.html": ("text/html", STORY.encode()),
              "/minutes.txt": ("text/plain", MINUTES.encode()),
              "/draft.docx": ("application/octet-stream", docx),
              "/notes.txt": ("text/plain", "First “note” here.\n\nSecond “note” there.\n"
                             .encode())}
    hits: Counter[str] = Counter()
    with running(type("Handler", (_Site,), {"routes": routes, "hits": hits})) as base:
        yield base, hits


def _config(tmp_path: Path) -> str:
    config = tmp_path / "quotecheck.toml"
    config.write_text(f'[cache]\npath = "{tmp_path / "cache.sqlite"}"\n'
                      "[archive]\nenabled = false\n")
    return str(config)


def _claims(run: Run) -> list[dict[str, Any]]:
    claims: list[dict[str, Any]] = run.json()["articles"][0]["claims"]
    return claims


def test_verify_a_published_page(cli: Callable[..., Run], tmp_path: Path,
                                 site: tuple[str, Counter[str]],
                                 schema: dict[str, Any]) -> None:
    base, _ = site
    run = cli("verify", f"{base}/story.html", "--allow-private", "--config", _config(tmp_path),
              "--format", "json")
    jsonschema.validate(run.json(), schema)
    assert run.json()["articles"][0]["path"] == f"{base}/story.html"
    claims = _claims(run)
    found = [(c["quote"], c["kind"], c["paragraph"], c["offset"], c.get("verdict"))
             for c in claims]
    assert found == [
        ("We will not raise fares this year", "inline", 3, 1, "exact"),
        ("every route stays open until the depot is repaired", "inline", 4, 24, "altered"),
        ("The budget passed seven to two.", "block", 5, 0, "exact"),
        ("a relief", "inline", 6, 22, "no_source"),  # no link ties it: never not_found
    ]
    assert claims[0]["cited"] == [f"{base}/minutes.txt"]
    assert run.code == 1


def test_reports_link_to_the_quote_on_the_page(cli: Callable[..., Run], tmp_path: Path,
                                               site: tuple[str, Counter[str]]) -> None:
    base, _ = site
    args = ("verify", f"{base}/story.html", "--allow-private", "--config", _config(tmp_path))
    markdown = cli(*args, "--format", "markdown").stdout
    assert (f"[{base}/story.html ¶4]({base}/story.html#:~:text=every%20route%20stays%20open,"
            "the%20depot%20is%20repaired)") in markdown
    page = cli(*args, "--format", "html").stdout
    assert (f"<a href='{base}/story.html#:~:text=We%20will%20not%20raise%20fares%20this%20year'"
            ">¶3:2</a>") in page


def test_the_page_is_cached_like_a_source(cli: Callable[..., Run], tmp_path: Path,
                                          site: tuple[str, Counter[str]]) -> None:
    base, hits = site
    args = ("verify", f"{base}/story.html", "--allow-private", "--config", _config(tmp_path),
            "--format", "json")
    first = cli(*args)
    again = cli(*args, "--offline")
    assert _claims(first) == _claims(again)
    assert hits["/story.html"] == 1


def test_word_and_text_files_at_an_address(cli: Callable[..., Run], tmp_path: Path,
                                           site: tuple[str, Counter[str]]) -> None:
    base, _ = site
    config = _config(tmp_path)
    (tmp_path / "minutes.txt").write_text(MINUTES)
    docx = cli("verify", f"{base}/draft.docx", "--allow-private", "--config", config,
               "--format", "json", "--source", str(tmp_path / "minutes.txt"))
    assert [(c["quote"], c["paragraph"], c["verdict"]) for c in _claims(docx)] == [
        ("We will not raise fares this year", 1, "exact")]
    text = cli("verify", f"{base}/notes.txt", "--allow-private", "--config", config,
               "--format", "json")
    assert [(c["quote"], c["paragraph"], c["offset"]) for c in _claims(text)] == [
        ("note", 1, 7), ("note", 2, 8)]


@pytest.mark.parametrize(("path", "flags", "message"), [
    ("/story.html", (), "refused: 127.0.0.1 is a private or local address"),
    ("/missing.html", ("--allow-private",), "/missing.html: HTTP 404"),
])
def test_unreadable_pages_are_one_line_errors(cli: Callable[..., Run], tmp_path: Path,
                                              site: tuple[str, Counter[str]], path: str,
                                              flags: tuple[str, ...], message: str) -> None:
    base, hits = site
    run = cli("verify", f"{base}{path}", *flags, "--config", _config(tmp_path))
    assert run.code == 2
    assert run.stderr.startswith("quotecheck: error: ") and message in run.stderr
    assert run.stderr.count("\n") == 1
    assert hits[path] == (0 if not flags else 1)
