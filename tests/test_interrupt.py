"""Ctrl-C: the run stops at once, even while a server is slow to answer, prints what was
checked so far in a report marked incomplete, and exits 130."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.conftest import script_path

STALL_SECONDS = 30.0


class _Slow(BaseHTTPRequestHandler):
    """Answers nothing for a long time (bounded), like a server that hangs."""

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.server.requests += 1  # type: ignore[attr-defined]
        deadline = time.monotonic() + STALL_SECONDS
        while time.monotonic() < deadline and not getattr(self.server, "stopping", False):
            time.sleep(0.05)


@pytest.fixture
def slow_server() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Slow)
    server.daemon_threads = True
    server.requests = 0  # type: ignore[attr-defined]
    server.block_on_close = False
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.stopping = True  # type: ignore[attr-defined]
    server.shutdown()
    server.server_close()


def test_ctrl_c_reports_what_was_checked_and_exits_130(
        tmp_path: Path, slow_server: ThreadingHTTPServer) -> None:
    base = f"http://127.0.0.1:{slow_server.server_address[1]}"
    (tmp_path / "notes.txt").write_text("We will not cut a single route this year.\n")
    (tmp_path / "a.md").write_text("She said: “We will not cut a single route” "
                                   "([notes](notes.txt)).\n")
    (tmp_path / "b.md").write_text(f"He said “the line is closed” ([x]({base}/one)) "
                                   f"and “the bridge is open” ([y]({base}/two)).\n")
    (tmp_path / "quotecheck.toml").write_text(
        f'[cache]\npath = "{tmp_path / "cache.sqlite"}"\n[network]\nread-timeout = 60.0\n')
    env = {**os.environ, "CI": "1"}
    process = subprocess.Popen(
        [script_path(), "verify", "a.md", "b.md", "--allow-private", "--format", "json"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    waiting = time.monotonic() + 60  # start-up may be slow on a loaded machine
    while slow_server.requests < 2 and time.monotonic() < waiting:  # type: ignore[attr-defined]
        time.sleep(0.05)
    time.sleep(3.0)  # b.md's sources are being fetched; a.md (local) is checked meanwhile
    assert process.poll() is None, "the run should still be waiting on the slow server"
    process.send_signal(signal.SIGINT)
    interrupted = time.monotonic()
    out, err = process.communicate(timeout=STALL_SECONDS)
    waited = time.monotonic() - interrupted
    assert process.returncode == 130, err.decode()
    assert waited < 5.0, f"took {waited:.1f} s to stop after Ctrl-C"
    report = json.loads(out)
    assert report["summary"]["complete"] is False
    checked = [c for a in report["articles"] for c in a["claims"]]
    assert [c["verdict"] for c in checked] == ["exact"]
    assert "interrupted" in err.decode()


def _children(pid: int) -> set[int]:
    """The processes ``pid`` started (Linux: /proc)."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        found.update(int(n) for n in (task / "children").read_text().split())
    return found


def _gone(pid: int) -> bool:
    status = Path(f"/proc/{pid}/status")
    try:
        return "State:\tZ" in status.read_text()
    except OSError:
        return True


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
def test_ctrl_c_with_jobs_ends_the_workers_and_exits_130(
        tmp_path: Path, slow_server: ThreadingHTTPServer) -> None:
    base = f"http://127.0.0.1:{slow_server.server_address[1]}"
    for i in range(4):
        (tmp_path / f"s{i}.md").write_text(f"He said “the line is closed” ([x]({base}/{i})).\n")
    (tmp_path / "quotecheck.toml").write_text(
        f'[cache]\npath = "{tmp_path / "cache.sqlite"}"\n[network]\nread-timeout = 60.0\n')
    process = subprocess.Popen(
        [script_path(), "verify", ".", "--allow-private", "--format", "json", "--jobs", "2"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={**os.environ, "CI": "1"}, start_new_session=True)
    waiting = time.monotonic() + 60
    while slow_server.requests < 1 and time.monotonic() < waiting:  # type: ignore[attr-defined]
        time.sleep(0.05)
    workers = _children(process.pid)
    assert len(workers) == 1, "one worker (the main process is the other job), started once"
    os.killpg(process.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the whole group
    interrupted = time.monotonic()
    out, err = process.communicate(timeout=STALL_SECONDS)
    assert process.returncode == 130, err.decode()
    assert time.monotonic() - interrupted < 5.0
    assert json.loads(out)["summary"]["complete"] is False
    assert "interrupted" in err.decode() and "Traceback" not in err.decode()
    assert all(_gone(pid) for pid in workers)
