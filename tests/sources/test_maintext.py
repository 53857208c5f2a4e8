"""The main text of an HTML page is kept in the cache's SQLite file by the page's SHA-256
and the extractor's version: read back on the next run, extracted again for a new
extractor or with --refresh, emptied by `cache clear`; a cache that cannot be used costs
only the time to extract."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

from quotecheck.sources.cache import TEXTS, SourceCache, clear
from quotecheck.sources.layers import html_layers
from quotecheck.sources.maintext import MainTexts, extract_main_text, extractor
from tests.conftest import Run
from tests.sources.test_layers import PAGE

MARKUP = PAGE.encode()
DIGEST = hashlib.sha256(MARKUP).hexdigest()


def _stored(path: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(path) as db:
        return list(db.execute(f"SELECT digest, kind, text FROM {TEXTS}").fetchall())


def _replace_stored(path: Path, text: str) -> None:
    with sqlite3.connect(path) as db:
        db.execute(f"UPDATE {TEXTS} SET text = ?", (text,))


def test_the_main_text_is_kept_by_digest_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    store = SourceCache(str(path), 7)
    first = html_layers("p", MARKUP, main_texts=MainTexts(lambda: store))
    assert first.layer == "main" and "61 percent" in first.text
    assert _stored(path) == [(DIGEST, extractor(), first.text)]
    assert f"trafilatura {version('trafilatura')} " in extractor()
    assert "favor_recall" in extractor()
    _replace_stored(path, "The kept text, not extracted again.")
    again = html_layers("p", MARKUP, main_texts=MainTexts(lambda: SourceCache(str(path), 7)))
    assert again.text == "The kept text, not extracted again."
    assert [a.layer for a in again.alternatives] == [a.layer for a in first.alternatives]


def test_refresh_and_another_extractor_extract_again(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    texts = MainTexts(lambda: SourceCache(str(path), 7))
    extracted = texts.main_text(DIGEST, MARKUP)
    _replace_stored(path, "stale")
    refreshed = MainTexts(lambda: SourceCache(str(path), 7), refresh=True)
    assert refreshed.main_text(DIGEST, MARKUP) == extracted
    assert _stored(path)[0][2] == extracted  # and kept for the next run
    with sqlite3.connect(path) as db:
        db.execute(f"UPDATE {TEXTS} SET kind = 'main text: trafilatura 0.1 (old)', text = 'old'")
    assert MainTexts(lambda: SourceCache(str(path), 7)).main_text(DIGEST, MARKUP) == extracted


def test_an_expired_text_is_extracted_again(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    MainTexts(lambda: SourceCache(str(path), 7)).main_text(DIGEST, MARKUP)
    with sqlite3.connect(path) as db:
        db.execute(f"UPDATE {TEXTS} SET text = 'old', expires = 0")
    assert MainTexts(lambda: SourceCache(str(path), 7)).main_text(DIGEST, MARKUP) == (
        extract_main_text(MARKUP))


def test_an_unusable_cache_only_costs_the_extraction(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    texts = MainTexts(lambda: SourceCache(str(folder), 7))
    assert texts.main_text(DIGEST, MARKUP) == extract_main_text(MARKUP) != ""


def test_cache_clear_empties_the_texts(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    MainTexts(lambda: SourceCache(str(path), 7)).main_text(DIGEST, MARKUP)
    assert len(_stored(path)) == 1
    clear(path)
    assert _stored(path) == []


def test_a_run_keeps_a_local_pages_main_text_and_reads_it_back(
        cli: Callable[..., Run], tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE)
    (tmp_path / "quotecheck.toml").write_text('[cache]\npath = "cache.sqlite"\n')
    article = tmp_path / "a.md"
    article.write_text("The county said: “The transit levy passed with 61 percent of the "
                       "vote” ([page](page.html)).\n")
    config = str(tmp_path / "quotecheck.toml")

    def verdicts(*options: str) -> list[tuple[str, str]]:
        run = cli("verify", str(article), "--config", config, "--format", "json", *options)
        claims = run.json()["articles"][0]["claims"]
        return [(c["verdict"], c["source"]["layer"]) for c in claims]

    assert verdicts() == [("exact", "main")]
    assert len(_stored(tmp_path / "cache.sqlite")) == 1
    _replace_stored(tmp_path / "cache.sqlite", "The transit levy failed.")
    # the kept main text was the one searched: the quote is now found in the visible text
    assert verdicts() == [("exact", "full")]
    assert verdicts("--refresh") == [("exact", "main")]  # extracted again, and kept
    assert verdicts() == [("exact", "main")]
