"""The exception boundary of source reading: whatever one source raises is that source's
error; its claims are unavailable and the run (other articles too) goes on."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from quotecheck.settings import CacheSettings, NetworkSettings
from quotecheck.sources import SourceReader, SourceRef
from quotecheck.sources.local import read_local
from tests.conftest import Run


def test_a_bug_in_one_source_is_that_claims_reason(cli: Callable[..., Run], tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def fragile(ref: str, path: Path) -> object:
        if path.name == "broken.txt":
            raise RecursionError("maximum recursion depth exceeded")
        return read_local(ref, path)

    monkeypatch.setattr("quotecheck.sources.local.read_local", fragile)
    for name in ("broken.txt", "fine.txt"):
        (tmp_path / name).write_text("We know the library stays open on Sundays.\n")
        (tmp_path / f"{name}.md").write_text(
            f"She said “the library stays open on Sundays” ([m]({name})).\n")
    run = cli("verify", str(tmp_path / "broken.txt.md"), str(tmp_path / "fine.txt.md"),
              "--format", "json")
    broken, fine = (a["claims"][0] for a in run.json()["articles"])
    assert (broken["verdict"], broken["source"]["error"]) == (
        "unavailable", "could not be read (RecursionError: maximum recursion depth exceeded)")
    assert fine["verdict"] == "exact"
    assert run.code == 3


def test_debug_lets_the_bug_through(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(ref: str, path: Path) -> object:
        raise TypeError("a bug")

    monkeypatch.setattr("quotecheck.sources.local.read_local", broken)
    monkeypatch.setenv("QUOTECHECK_DEBUG", "1")
    reader = SourceReader(NetworkSettings(), CacheSettings(str(tmp_path / "c.sqlite")))
    with pytest.raises(TypeError):
        reader(SourceRef("x.txt", str(tmp_path / "x.txt"), is_url=False))
