"""The cache: entries survive reads, walls are not kept, a damaged file is moved aside and
rebuilt, a lock held elsewhere is waited for a few seconds only, and the cache commands
never crash."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import Run
from tests.hostile.conftest import CONFIG, article, claims
from tests.sources.server import serve


@pytest.fixture
def site() -> Iterator[tuple[str, Counter[str]]]:
    with serve() as running:
        yield running


def test_online_once_then_offline_three_times(cli: Callable[..., Run], tmp_path: Path,
                                              site: tuple[str, Counter[str]]) -> None:
    base, hits = site
    story = article(tmp_path, [f"{base}/page.html", f"{base}/redirect", f"{base}/s/abc"])
    online = [c["verdict"] for c in claims(cli("verify", str(story), "--allow-private",
                                                "--format", "json"))]
    served = hits.copy()
    for _ in range(3):
        offline = cli("verify", str(story), "--offline", "--allow-private", "--format", "json")
        assert [c["verdict"] for c in claims(offline)] == online == ["exact"] * 3
    assert hits == served


def test_a_bot_check_page_is_not_cached(cli: Callable[..., Run], tmp_path: Path,
                                        site: tuple[str, Counter[str]]) -> None:
    base, hits = site
    story = article(tmp_path, [f"{base}/consent"])
    config = str(tmp_path / "quotecheck.toml")
    first = cli("verify", str(story), "--allow-private", "--format", "json")
    assert claims(first)[0]["source"]["error"] == "blocked (a consent or bot-check page)"
    assert "responses: 0" in cli("cache", "info", "--config", config).stdout
    cli("verify", str(story), "--allow-private", "--format", "json")
    assert hits["/consent"] == 2  # asked again, not served a stale wall


def test_a_damaged_cache_is_moved_aside_and_rebuilt(script: Callable[..., Run], tmp_path: Path,
                                                    site: tuple[str, Counter[str]]) -> None:
    base, _ = site
    story = article(tmp_path, [f"{base}/page.html"])
    (tmp_path / "cache.sqlite").write_bytes(b"SQLite format 3\x00" + b"\xff" * 2000)
    run = script("verify", str(story), "--allow-private", "--format", "json", cwd=tmp_path)
    assert claims(run)[0]["verdict"] == "exact"
    assert "the cache" in run.stderr and "was damaged" in run.stderr
    assert len(list(tmp_path.glob("cache.sqlite.damaged-*"))) == 1
    offline = script("verify", str(story), "--offline", "--allow-private", "--format", "json",
                     cwd=tmp_path)
    assert claims(offline)[0]["verdict"] == "exact"  # the new cache works


def test_a_lock_held_elsewhere_is_not_waited_for_long(script: Callable[..., Run],
                                                      tmp_path: Path,
                                                      site: tuple[str, Counter[str]]) -> None:
    base, _ = site
    story = article(tmp_path, [f"{base}/page.html"])
    assert script("verify", str(story), "--allow-private", cwd=tmp_path).code == 0
    holder = sqlite3.connect(tmp_path / "cache.sqlite")
    try:
        holder.execute("BEGIN EXCLUSIVE")
        run = script("verify", str(story), "--allow-private", "--format", "json", cwd=tmp_path)
    finally:
        holder.rollback()
        holder.close()
    assert claims(run)[0]["verdict"] == "exact"  # read live instead
    assert "locked by another process" in run.stderr
    assert "running without the cache" in run.stderr


@pytest.mark.parametrize("damage", ["folder", "garbage", "parent-is-a-file"])
def test_cache_commands_never_crash(script: Callable[..., Run], tmp_path: Path,
                                    damage: str) -> None:
    cache = tmp_path / "c" / "cache.sqlite"
    if damage == "folder":
        cache.mkdir(parents=True)
    elif damage == "garbage":
        cache.parent.mkdir()
        cache.write_bytes(b"not a database" * 100)
    else:
        (tmp_path / "c").write_text("a file where the cache folder should be")
    config = tmp_path / "q.toml"
    config.write_text(json.dumps({"cache": {"path": str(cache)}}).replace(":", " =")
                      .replace('{"cache" = ', "[cache]\n").replace("}}", "\n")
                      .replace("{", ""))
    for command in ("info", "clear"):
        run = script("cache", command, "--config", str(config), cwd=tmp_path)
        assert run.code in (0, 2), run.stderr
        assert "Traceback" not in run.stderr and "internal error" not in run.stderr
        if run.code == 2:
            assert len(run.stderr.strip().splitlines()) == 1
    if damage == "garbage":
        assert "responses: 0" in script("cache", "info", "--config", str(config)).stdout


def test_a_run_with_an_unusable_cache_path_goes_on(script: Callable[..., Run], tmp_path: Path,
                                                   site: tuple[str, Counter[str]]) -> None:
    base, _ = site
    story = article(tmp_path, [f"{base}/page.html"])
    (tmp_path / "cache.sqlite").mkdir()
    run = script("verify", str(story), "--allow-private", "--format", "json", cwd=tmp_path)
    assert claims(run)[0]["verdict"] == "exact"
    assert "running without the cache" in run.stderr


def test_offline_reads_an_archived_capture_from_the_cache(cli: Callable[..., Run],
                                                          tmp_path: Path,
                                                          site: tuple[str, Counter[str]]
                                                          ) -> None:
    base, hits = site
    config = CONFIG.replace("[archive]\nenabled = false\n",
                            f'[archive]\nlookup-url = "{base}/wayback/available"\n'
                            f'snapshot-url = "{base}/web/"\n')
    story = article(tmp_path, [f"{base}/gone"], config)
    online = claims(cli("verify", str(story), "--allow-private", "--format", "json"))[0]
    served = hits.copy()
    offline = claims(cli("verify", str(story), "--allow-private", "--offline",
                         "--format", "json"))[0]
    assert online["verdict"] == offline["verdict"] == "exact"
    assert offline["source"]["archived"] == online["source"]["archived"]
    assert hits == served
