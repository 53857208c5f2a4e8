"""Policy options: baselines by fingerprint, and checking only changed lines."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run

SOURCE = "We will keep every route open. The library stays open on Sundays.\n"


def _article(tmp_path: Path, body: str) -> Path:
    (tmp_path / "m.txt").write_text(SOURCE)
    article = tmp_path / "a.md"
    article.write_text(body)
    return article


def test_baseline_accepts_known_failures_only(cli: Callable[..., Run], tmp_path: Path) -> None:
    article = _article(tmp_path, "She said “we will close every route” ([m](m.txt)).\n")
    baseline = tmp_path / "baseline.json"
    written = cli("baseline", "write", str(article), "--output", str(baseline))
    assert written.code == 0 and "wrote 1 failing claim" in written.stdout
    assert cli("verify", str(article)).code == 1
    accepted = cli("verify", str(article), "--baseline", str(baseline), "--format", "json")
    assert accepted.code == 0
    claim = accepted.json()["articles"][0]["claims"][0]
    assert claim["verdict"] == "altered" and claim["baselined"] is True
    # an edit elsewhere moves the line: still accepted; a new failure is not
    article.write_text("A new lead.\n\nShe said “we will close every route” ([m](m.txt)).\n\n"
                       "He said “the library stays shut on Sundays” ([m](m.txt)).\n")
    again = cli("verify", str(article), "--baseline", str(baseline), "--format", "json")
    assert again.code == 1
    assert [c["baselined"] for c in again.json()["articles"][0]["claims"]] == [True, False]


def test_bad_baseline_file(script: Callable[..., Run], tmp_path: Path) -> None:
    article = _article(tmp_path, "Nothing quoted.\n")
    missing = script("verify", str(article), "--baseline", str(tmp_path / "none.json"))
    assert missing.code == 2 and "no such baseline file" in missing.stderr
    (tmp_path / "wrong.json").write_text('{"schema": "other"}')
    wrong = script("verify", str(article), "--baseline", str(tmp_path / "wrong.json"))
    assert wrong.code == 2 and "not a quotecheck baseline" in wrong.stderr


def _git(folder: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(folder), "-c", "user.name=t", "-c", "user.email=t@t",
                    *args], check=True, capture_output=True)


def test_changed_since_checks_only_changed_lines(cli: Callable[..., Run],
                                                 tmp_path: Path) -> None:
    article = _article(tmp_path, "She said “we will close every route” ([m](m.txt)).\n")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-q", "-m", "first")
    with article.open("a") as out:
        out.write("\nHe said “the library stays open on Sundays” ([m](m.txt)).\n")
    run = cli("verify", str(article), "--changed-since", "HEAD", "--format", "json")
    assert run.code == 0, run.stdout
    assert [c["quote"] for c in run.json()["articles"][0]["claims"]] == [
        "the library stays open on Sundays"]
    assert cli("verify", str(article)).code == 1


def test_changed_since_bad_ref(script: Callable[..., Run], tmp_path: Path) -> None:
    article = _article(tmp_path, "She said “we will keep every route open” ([m](m.txt)).\n")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-q", "-m", "first")
    run = script("verify", str(article), "--changed-since", "no-such-ref")
    assert run.code == 2 and "--changed-since no-such-ref" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("flag", ["--strict", "--exit-zero"])
def test_flags_documented(script: Callable[..., Run], flag: str) -> None:
    assert flag in script("verify", "--help").stdout
