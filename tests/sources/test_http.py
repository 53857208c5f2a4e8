"""Web sources against a real server on 127.0.0.1: verdicts, reasons, cache, safety."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Run
from tests.sources.server import serve

QUOTE = "We will not raise fares this year"


@pytest.fixture
def site() -> Iterator[tuple[str, Counter[str]]]:
    with serve() as running:
        yield running


def _article(tmp_path: Path, base: str, links: list[str], extra: str = "") -> Path:
    (tmp_path / "quotecheck.toml").write_text(
        "[network]\nread-timeout = 1\nretries = 2\nmax-bytes = 100000\n"
        '[cache]\npath = "cache.sqlite"\n'
        + (extra or "[archive]\nenabled = false\n"))
    paragraphs = [f"The mayor said “{QUOTE}” ([link]({base}{link}))." for link in links]
    article = tmp_path / "story.md"
    article.write_text("\n\n".join(paragraphs) + "\n")
    return article


def _claims(run: Run) -> list[dict[str, Any]]:
    claims: list[dict[str, Any]] = run.json()["articles"][0]["claims"]
    return claims


@pytest.mark.parametrize(("link", "verdict", "error"), [
    ("/page.html", "exact", None),
    ("/redirect", "exact", None),
    ("/missing", "unavailable", "HTTP 404"),
    ("/consent", "unavailable", "blocked (a consent or bot-check page)"),
    ("/stall", "unavailable", "timed out"),
    ("/huge", "unavailable", "too large (over 100000 bytes)"),
    ("/bomb", "unavailable", "too large (over 100000 bytes)"),
    ("/empty", "unavailable", "blocked (a near-empty page)"),
    ("/busy", "exact", None),
    ("/flaky", "exact", None),
])
def test_verdicts_and_reasons(cli: Callable[..., Run], tmp_path: Path,
                              site: tuple[str, Counter[str]], link: str, verdict: str,
                              error: str | None) -> None:
    base, hits = site
    run = cli("verify", str(_article(tmp_path, base, [link])), "--allow-private",
              "--format", "json")
    claim = _claims(run)[0]
    assert (claim["verdict"], claim["source"]["error"]) == (verdict, error)
    assert run.code == (0 if verdict == "exact" else 3)
    if link == "/redirect":
        assert claim["source"]["url"] == f"{base}/page.html"
    if link in ("/busy", "/flaky"):
        assert hits[link] == 2  # retried once after 429 / 503


def test_short_link_with_meta_refresh(cli: Callable[..., Run], tmp_path: Path,
                                      site: tuple[str, Counter[str]]) -> None:
    base, _ = site
    run = cli("verify", str(_article(tmp_path, base, ["/s/abc"])), "--allow-private",
              "--format", "json")
    source = _claims(run)[0]["source"]
    assert _claims(run)[0]["verdict"] == "exact"
    assert source["url"] == f"{base}/page.html"
    assert source["redirects"] == [f"{base}/s/abc", f"{base}/landing"]


def test_found_in_another_source_than_cited(cli: Callable[..., Run], tmp_path: Path,
                                            site: tuple[str, Counter[str]]) -> None:
    base, _ = site
    run = cli("verify", str(_article(tmp_path, base, ["/missing", "/page.html"])),
              "--allow-private", "--format", "json")
    first = _claims(run)[0]  # the cited link is a 404, another linked page has the words
    assert first["verdict"] == "exact"
    assert first["source"]["ref"] == f"{base}/page.html"
    assert first["cited_source"]["ref"] == f"{base}/missing"
    assert "404" in first["cited_source"]["error"]
    assert first["differences"][0]["kind"] == "source"
    assert run.code == 3  # incomplete: the cited source could not be read


def test_offline_rerun_uses_the_cache(cli: Callable[..., Run], tmp_path: Path,
                                      site: tuple[str, Counter[str]]) -> None:
    base, hits = site
    article = _article(tmp_path, base, ["/page.html", "/latin1.html"])
    first = cli("verify", str(article), "--allow-private", "--format", "json")
    served = hits.copy()
    again = cli("verify", str(article), "--allow-private", "--offline", "--format", "json")
    assert hits == served  # nothing fetched
    assert [c["verdict"] for c in _claims(again)] == [c["verdict"] for c in _claims(first)]
    article.write_text(f"She said “{QUOTE}” ([new]({base}/flaky)).\n")
    miss = cli("verify", str(article), "--allow-private", "--offline", "--format", "json")
    assert _claims(miss)[0]["source"]["error"] == "not in cache (offline)"


def test_loopback_is_refused_without_allow_private(cli: Callable[..., Run], tmp_path: Path,
                                                   site: tuple[str, Counter[str]]) -> None:
    base, hits = site
    run = cli("verify", str(_article(tmp_path, base, ["/page.html"])), "--format", "json")
    error = _claims(run)[0]["source"]["error"]
    assert error.startswith("refused: 127.0.0.1 is a private or local address")
    assert "--allow-private" in error
    assert sum(hits.values()) == 0


def test_page_in_another_encoding(cli: Callable[..., Run], tmp_path: Path,
                                  site: tuple[str, Counter[str]]) -> None:
    base, _ = site
    article = tmp_path / "a.md"
    article.write_text("Elle a dit « Le café reste ouvert le dimanche » "
                       f"([l]({base}/latin1.html)).\n")
    run = cli("verify", str(article), "--allow-private", "--format", "json")
    assert _claims(run)[0]["verdict"] == "exact"


def test_cache_info_and_clear(cli: Callable[..., Run], tmp_path: Path,
                              site: tuple[str, Counter[str]]) -> None:
    base, _ = site
    article = _article(tmp_path, base, ["/page.html"])
    config = str(tmp_path / "quotecheck.toml")
    empty = cli("cache", "info", "--config", config)
    assert "responses: 0" in empty.stdout
    cli("verify", str(article), "--allow-private")
    info = cli("cache", "info", "--config", config)
    assert info.code == 0
    assert f"path: {tmp_path / 'cache.sqlite'}" in info.stdout
    assert "responses: 1" in info.stdout
    assert cli("cache", "clear", "--config", config).stdout.strip() == "cleared 1 cached response"
    assert "responses: 0" in cli("cache", "info", "--config", config).stdout


def test_gone_page_is_read_from_the_archive(cli: Callable[..., Run], tmp_path: Path,
                                            site: tuple[str, Counter[str]]) -> None:
    base, _ = site
    archive = (f'[archive]\nlookup-url = "{base}/wayback/available"\n'
               f'snapshot-url = "{base}/web/"\n')
    run = cli("verify", str(_article(tmp_path, base, ["/gone"], archive)), "--allow-private",
              "--format", "json")
    claim = _claims(run)[0]
    assert claim["verdict"] == "exact"
    assert claim["source"]["archived"] == (
        f"{base}/web/20240102030405id_/{base}/gone (20240102030405)")
    article = tmp_path / "story.md"
    article.write_text("---\ndate: 2024-05-02\n---\n" + article.read_text())
    dated = cli("verify", str(article), "--allow-private", "--refresh", "--format", "json")
    assert _claims(dated)[0]["source"]["archived"].endswith("(20240502000000)")
    off = cli("verify", str(tmp_path / "story.md"), "--allow-private", "--no-archive",
              "--refresh", "--format", "json")
    assert _claims(off)[0]["source"]["error"] == "HTTP 404"


def test_posts_from_syndication_and_deleted(cli: Callable[..., Run], tmp_path: Path,
                                            site: tuple[str, Counter[str]]) -> None:
    base, _ = site
    posts = (f'[archive]\nenabled = false\n[posts]\nsyndication-url = "{base}/syndication"\n'
             f'oembed-url = "{base}/oembed"\n')
    _article(tmp_path, base, [], posts)
    article = tmp_path / "post.md"
    article.write_text(
        "> Polls close at 8 tonight. Lines are short.\n>\n"
        "> — Ana Ruiz (@anaruiz) May 2, 2024\n\n[post](https://twitter.com/anaruiz/status/111)\n\n"
        "She wrote “we are closing early” ([post](https://x.com/anaruiz/status/222)).\n\n"
        "He wrote “the bridge is open” ([post](https://x.com/lf/status/333)).\n")
    claims = _claims(cli("verify", str(article), "--allow-private", "--format", "json"))
    assert [(c["kind"], c["verdict"], c["source"]["layer"] if c["source"] else None)
            for c in claims] == [("post", "exact", "syndication"),
                                 ("inline", "unavailable", None),
                                 ("inline", "verified", "oembed")]
    assert claims[1]["source"]["error"] == "post deleted"
    assert [c["match"]["speaker"] if c["match"] else None for c in claims] == [
        "Ana Ruiz (@anaruiz)", None, "Luis Fontaine"]


def test_source_option_takes_a_url(cli: Callable[..., Run], tmp_path: Path,
                                   site: tuple[str, Counter[str]]) -> None:
    base, _ = site
    _article(tmp_path, base, [])
    article = tmp_path / "plain.md"
    article.write_text(f"The mayor said “{QUOTE}”.\n")
    run = cli("verify", str(article), "--source", f"{base}/page.html", "--allow-private",
              "--format", "json")
    claim = _claims(run)[0]
    assert (claim["verdict"], claim["source"]["url"]) == ("exact", f"{base}/page.html")
