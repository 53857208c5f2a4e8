"""``--jobs``: sources shared by articles are read and indexed once for the whole run, not
once per worker, and the workers give the same findings as one process."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest

from quotecheck.cli.inputs import collect_inputs, name_inputs
from quotecheck.models import SourceText
from quotecheck.pipeline.parallel import check_in_parallel
from quotecheck.pipeline.run import run_verify
from quotecheck.pipeline.store import SourceStore
from quotecheck.settings import CheckSettings
from quotecheck.sources import SourceReader
from quotecheck.sources.resolve import SourceRef

LOG = "QUOTECHECK_TEST_READ_LOG"


def _logged_store(settings: CheckSettings) -> SourceStore:
    """A real store whose reader notes every read (from any process) in a file."""
    reader = SourceReader(settings.network, settings.cache)

    def read(ref: SourceRef) -> SourceText:
        with open(os.environ[LOG], "a", encoding="utf-8") as log:
            log.write(f"{os.getpid()} {Path(ref.location).name}\n")
        return reader(ref)

    return SourceStore(read)


def _folder(root: Path, count: int) -> list[Path]:
    (root / "shared.txt").write_text("We will keep every route open. Fares stay at two dollars.\n")
    (root / "common.txt").write_text("The depot closes at nine on weekdays and at noon on "
                                     "Sundays.\n")
    for i in range(count):
        (root / f"own{i}.txt").write_text(f"Article {i} has its own line.\n")
        (root / f"story{i}.md").write_text(
            f"She said “we will keep every route open” ([m](shared.txt)).\n\n"
            f"He said “the depot closes at ten on weekdays and at noon on Sundays” "
            f"([c](common.txt)).\n\n"
            f"They said “article {i} has its own line” ([o](own{i}.txt)).\n")
    return sorted(root.glob("story*.md"))


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                    reason="workers inherit the parent's sources only where processes fork")
def test_shared_sources_are_read_once_for_all_workers(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "reads.log"
    monkeypatch.setenv(LOG, str(log))
    folder = tmp_path / "site"
    folder.mkdir()
    inputs = collect_inputs([str(p) for p in _folder(folder, 12)])
    settings = CheckSettings()
    results = list(check_in_parallel(inputs, settings, 2, _logged_store))
    reads = [line.split() for line in log.read_text().splitlines()]
    names = [name for _, name in reads]
    assert names.count("shared.txt") == 1 and names.count("common.txt") == 1
    assert sorted(n for n in names if n.startswith("own")) == sorted(
        f"own{i}.txt" for i in range(12))
    assert len({pid for pid, _ in reads}) <= 2  # two jobs: this process and one worker
    alone = run_verify(inputs, settings, jobs=1)
    assert tuple(results) == alone.articles


def test_parallel_and_serial_reports_agree(tmp_path: Path) -> None:
    inputs = collect_inputs([str(p) for p in _folder(tmp_path, 9)])
    one = run_verify(inputs, CheckSettings(), jobs=1)
    three = run_verify(inputs, CheckSettings(), jobs=3)
    assert one.articles == three.articles
    assert [f.verdict.value for f in one.articles[0].findings if f.verdict] == [
        "verified", "altered", "verified"]


def test_web_sources_and_workers(tmp_path: Path) -> None:
    """Web sources fetched in background threads before the workers fork: the workers
    must not inherit a lock a reader thread still holds (the run once hung here)."""
    import json
    import subprocess
    import sys

    from tests.sources.server import serve

    with serve() as (base, hits):
        (tmp_path / "quotecheck.toml").write_text(
            f'[cache]\npath = "{tmp_path / "c.sqlite"}"\n[archive]\nenabled = false\n')
        for i in range(6):
            (tmp_path / f"s{i}.md").write_text(
                f"The mayor said “We will not raise fares this year” ([p]({base}/page.html)).\n\n"
                f"Also “the budget passed seven to two” ([l]({base}/latin1.html)).\n\n"
                f"Ruiz said “the depot will reopen in the spring after the repairs” "
                f"([m]({base}/missing{i})).\n")
        command = [sys.executable, "-m", "quotecheck", "verify", str(tmp_path),
                   "--allow-private", "--format", "json", "--jobs"]
        done = subprocess.run([*command, "2"], capture_output=True, text=True, timeout=120,
                              check=False)
        one = subprocess.run([*command, "1"], capture_output=True, text=True, timeout=120,
                             check=False)
    assert done.returncode == one.returncode == 1, done.stderr  # misattributed fails
    two_jobs = json.loads(done.stdout)
    assert two_jobs["articles"] == json.loads(one.stdout)["articles"]
    assert two_jobs["summary"]["by_verdict"] == {"exact": 6, "misattributed": 6,
                                                 "unavailable": 6}
    assert hits["/page.html"] == 1  # fetched once (the second run reads the cache)


def test_workers_never_hang_on_background_readers(tmp_path: Path) -> None:
    """Hundreds of web sources, every one a quick miss (offline, empty cache): the parent's
    reader threads are still busy when the warm-up ends, and the workers must not fork while
    one holds a lock (before the fix about one run in three hung here)."""
    import signal
    import subprocess
    import sys

    (tmp_path / "quotecheck.toml").write_text(
        f'[cache]\npath = "{tmp_path / "c.sqlite"}"\n[archive]\nenabled = false\n')
    for i in range(10):
        links = " ".join(f"[l{k}](http://127.0.0.1:9/p{i}-{k}.html)" for k in range(40))
        (tmp_path / f"s{i}.md").write_text(
            f"She said “we will not raise fares” ([p](http://127.0.0.1:9/shared.html)).\n\n"
            f"{links}\n")
    command = [sys.executable, "-m", "quotecheck", "verify", str(tmp_path), "--offline",
               "--format", "json", "--jobs", "2"]
    for _ in range(4):
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            code = process.wait(timeout=90)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)  # the run and its workers
            process.wait()
            pytest.fail("the run hung with --jobs 2")
        assert code == 3  # every source a miss: incomplete


def test_batches_sent_where_processes_do_not_fork(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Without ``fork`` the articles themselves are sent to the workers, which build their
    own stores: the same findings."""
    inputs = collect_inputs([str(p) for p in _folder(tmp_path, 5)])
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    sent = list(check_in_parallel(inputs, CheckSettings(), 2, parallel_store))
    assert tuple(sent) == run_verify(inputs, CheckSettings(), jobs=1).articles


def parallel_store(settings: CheckSettings) -> SourceStore:
    """A plain store (a module-level function, so it can be sent to a spawned worker)."""
    from quotecheck.pipeline.run import new_store

    return new_store(settings)


def test_online_the_parent_fetches_every_web_source_once(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Online, web sources are fetched by the parent's reader threads (one DNS memory,
    one set of per-host limits for the run), each once; workers fetch nothing."""
    from dataclasses import replace

    from tests.sources.server import serve

    log = tmp_path / "reads.log"
    monkeypatch.setenv(LOG, str(log))
    with serve() as (base, hits):
        for i in range(6):
            (tmp_path / f"s{i}.md").write_text(
                f"The mayor said “We will not raise fares this year” ([p]({base}/page.html))."
                f"\n\nRuiz said “the depot will reopen in the spring” ([m]({base}/gone{i})).\n")
        defaults = CheckSettings()
        settings = replace(defaults, network=replace(defaults.network, allow_private=True),
                           cache=replace(defaults.cache, path=str(tmp_path / "c.sqlite")),
                           archive=replace(defaults.archive, enabled=False))
        inputs = list(name_inputs([str(tmp_path)]))
        results = list(check_in_parallel(inputs, settings, 2, _logged_store))
    reads = [line.split() for line in log.read_text().splitlines()]
    assert {pid for pid, _ in reads} == {str(os.getpid())}
    assert sorted(name for _, name in reads) == sorted(["page.html"] + [
        f"gone{i}" for i in range(6)])
    assert hits["/page.html"] == 1 and all(hits[f"/gone{i}"] == 1 for i in range(6))
    verdicts = [[f.verdict.value for f in r.findings if f.verdict] for r in results]
    assert verdicts == [["exact", "unavailable"]] * 6
