"""Many articles: parallel checking gives the same report; progress only on a terminal."""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from quotecheck.cli.inputs import name_inputs
from quotecheck.cli.progress import article_progress, wanted
from quotecheck.findings import ArticleResult
from quotecheck.models import ArticleFile
from quotecheck.pipeline import run_verify
from quotecheck.settings import CheckSettings
from tests.conftest import Run


def _folder(tmp_path: Path, count: int) -> Path:
    (tmp_path / "m.txt").write_text("We will keep every route open. Fares stay at two dollars.\n")
    for i in range(count):
        quote = "we will keep every route open" if i % 2 else "fares stay at three dollars"
        (tmp_path / f"story{i:02}.md").write_text(f"She said “{quote}” ([m](m.txt)).\n")
    return tmp_path


def _mixed(folder: Path, count: int) -> Path:
    """Articles sharing a source (one claim faithful, one altered), each with a skipped
    non-quotation, an unavailable source, a source of its own and an offline web miss."""
    (folder / "shared.txt").write_text("We will keep every route open. Fares stay at two "
                                       "dollars.\n")
    for i in range(count):
        (folder / f"own{i}.txt").write_text(f"Article {i} has its own line.\n")
        (folder / f"story{i}.md").write_text(
            f"She said “we will keep every route open” ([m](shared.txt)).\n\n"
            f"He said “fares stay at three dollars” ([m](shared.txt)).\n\n"
            f"The so-called “smart depot” plan was dropped.\n\n"
            f"Ruiz said “the bridge opens in May” ([g](gone{i}.txt)).\n\n"
            f"Lee said “the ferry runs all night” ([w](https://news.invalid/{i})).\n\n"
            f"She said “article {i} has its own line” ([o](own{i}.txt)).\n")
    (folder / "quotecheck.toml").write_text(f'[cache]\npath = "{folder / "c.sqlite"}"\n')
    return folder


def test_jobs_give_the_same_copy_findings(cli: Callable[..., Run]) -> None:
    """With --copies each plan carries its whole article to the worker that checks it."""
    copies = Path(__file__).resolve().parent.parent / "fixtures" / "copies"
    one, two = (cli("verify", str(copies), "--copies", "--format", "json", "--jobs", jobs)
                for jobs in ("1", "2"))
    assert one.code == two.code == 1
    assert one.stdout == two.stdout
    assert two.json()["summary"]["by_verdict"]["copied"] >= 1


def test_jobs_give_the_same_report(cli: Callable[..., Run], tmp_path: Path) -> None:
    folder = _folder(tmp_path, 8)
    one = cli("verify", str(folder), "--format", "json")
    two = cli("verify", str(folder), "--format", "json", "--jobs", "2")
    assert one.code == two.code == 1
    assert one.json() == two.json()
    assert [a["claims"][0]["verdict"] for a in two.json()["articles"]] == [
        "altered", "verified"] * 4


def test_jobs_give_byte_identical_json_on_a_mixed_folder(cli: Callable[..., Run],
                                                         tmp_path: Path) -> None:
    folder = _mixed(tmp_path, 7)
    (folder / "story7.md").write_text("---\nsources: [minutes.txt\n---\n"
                                      "The mayor said: “we will open the pool in June”.\n")
    runs = [cli("verify", str(folder), "--offline", "--format", "json", "--jobs", jobs)
            for jobs in ("1", "2")]
    assert runs[0].code == runs[1].code == 1
    assert runs[0].stdout == runs[1].stdout
    assert runs[0].stderr == runs[1].stderr and "story7.md: front matter" in runs[1].stderr
    articles = runs[1].json()["articles"]
    assert [a["path"] for a in articles] == [str(folder / f"story{i}.md") for i in range(8)]
    assert "not valid YAML" in articles[7]["problems"][0]
    verdicts = [(c["verdict"], c["note"]) for c in articles[3]["claims"]]
    assert verdicts == [("verified", None), ("altered", None),
                        ("skipped", "not a quotation: scare"),
                        ("unavailable", "file not found"),
                        ("unavailable", "not in cache (offline)"), ("verified", None)]


def test_an_unreadable_article_stops_both_runs_alike(cli: Callable[..., Run],
                                                     tmp_path: Path) -> None:
    folder = _mixed(tmp_path, 4)
    (folder / "story2.md").write_bytes(b"\x00\xff\x00binary\x00" * 50)
    one = cli("verify", str(folder), "--offline", "--format", "json", "--jobs", "1")
    two = cli("verify", str(folder), "--offline", "--format", "json", "--jobs", "2")
    assert one.code == two.code == 2
    assert "story2.md" in one.stderr
    assert one.stderr == two.stderr and two.stdout == ""


def test_offline_workers_make_no_dns_lookup(cli: Callable[..., Run], tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The resolver, patched before the workers fork, notes any lookup (from any process)
    in a file: with --offline, no process may resolve a name."""
    log = tmp_path / "lookups.log"

    def refuse(host: object, *args: object, **kwargs: object) -> object:
        with open(log, "a", encoding="utf-8") as file:
            file.write(f"{os.getpid()} {host}\n")
        raise OSError(f"--offline resolved {host!r}")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    (tmp_path / "site").mkdir()
    folder = _mixed(tmp_path / "site", 6)
    run = cli("verify", str(folder), "--offline", "--format", "json", "--jobs", "2")
    assert run.code == 1, run.stderr
    assert not log.exists(), log.read_text()
    web = [c for a in run.json()["articles"] for c in a["claims"]
           if "news.invalid" in str(c["cited"])]
    assert len(web) == 6
    assert {c["source"]["error"] for c in web} == {"not in cache (offline)"}


def test_progress_follows_the_articles_in_order(tmp_path: Path) -> None:
    folder = _mixed(tmp_path, 5)
    seen: list[str] = []
    inputs = list(name_inputs([str(folder)]))
    assert all(isinstance(item, ArticleFile) for item in inputs)  # read by the workers
    report = run_verify(inputs, CheckSettings(), jobs=2, progress=lambda r: seen.append(r.path))
    assert seen == [a.path for a in report.articles] == [
        str(folder / f"story{i}.md") for i in range(5)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_planning_is_heard_before_any_check(tmp_path: Path, jobs: int) -> None:
    """The first round (reading and planning every article) advances its own bar: every
    article is counted once, all of them before the first article is checked."""
    folder = _mixed(tmp_path, 5)
    events: list[str | int] = []
    report = run_verify(list(name_inputs([str(folder)])), CheckSettings(), jobs=jobs,
                        progress=lambda r: events.append(r.path), planned=events.append)
    counts = [e for e in events if isinstance(e, int)]
    assert sum(counts) == 5 and all(c > 0 for c in counts)
    assert events[: len(counts)] == counts  # no check before the last planned batch
    assert events[len(counts):] == [a.path for a in report.articles]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_for_a_terminal_outside_ci() -> None:
    assert wanted(_Terminal(), {}) is True
    assert wanted(_Terminal(), {"CI": "true"}) is False
    assert wanted(io.StringIO(), {}) is False


def test_progress_bar_writes_to_its_stream() -> None:
    stream = _Terminal()
    with article_progress(3, stream, {}) as advance:
        assert advance is not None
        for name in ("a.md", "b.md", "c.md"):
            advance(ArticleResult(name, ()))
    assert "checking articles" in stream.getvalue()
    assert "reading articles" not in stream.getvalue()  # shown once planning is heard of
    stream = _Terminal()
    with article_progress(3, stream, {}) as bar:
        assert bar is not None
        bar.planned(2)
        bar.planned(1)
        bar(ArticleResult("a.md", ()))
    assert "reading articles" in stream.getvalue() and "3/3" in stream.getvalue()
    with article_progress(3, io.StringIO(), {}) as nothing:
        assert nothing is None


def test_machine_output_has_no_progress(script: Callable[..., Run], tmp_path: Path) -> None:
    run = script("verify", str(_folder(tmp_path, 4)), "--format", "json")
    assert run.stdout.lstrip().startswith("{")
    assert run.stderr == ""


SPAWNING = """
import multiprocessing, runpy, sys
multiprocessing.get_all_start_methods = lambda: ["spawn"]  # as on macOS and Windows
sys.argv[0] = "quotecheck"
runpy.run_module("quotecheck", run_name="__main__", alter_sys=True)
"""


def test_spawned_workers_give_the_same_report(tmp_path: Path) -> None:
    """Where processes are spawned (macOS, Windows) each worker starts a fresh interpreter
    that imports ``python -m quotecheck``'s main module again: it must not run a second
    quotecheck, and the report must be the same."""
    folder = _mixed(tmp_path, 4)
    runs = [subprocess.run([sys.executable, *how, "verify", str(folder), "--offline",
                            "--format", "json", "--jobs", "2"], capture_output=True, text=True,
                           timeout=120, check=False)
            for how in (["-m", "quotecheck"], ["-c", SPAWNING])]
    assert runs[0].returncode == runs[1].returncode == 1, runs[1].stderr
    assert runs[0].stdout == runs[1].stdout and runs[1].stderr == ""
