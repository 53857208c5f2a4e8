"""Reading outside the repository: symlinked articles in a folder scan, what a repository's
own config may name, FIFOs, and git refs that look like options."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run

QUOTED = "She said “the library stays open on Sundays” ([m](minutes.txt)).\n"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository (a folder with .git) beside a private folder outside it."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    (root / "minutes.txt").write_text("The library stays open on Sundays.\n")
    (tmp_path / "private").mkdir()
    (tmp_path / "private" / "secret.md").write_text("The key is “hunter2 is the password”.\n")
    return root


def _one_line_exit_2(run: Run, fragment: str) -> None:
    assert run.code == 2, run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
    assert fragment in run.stderr


def test_a_symlinked_article_outside_the_root_is_refused(cli: Callable[..., Run],
                                                         repo: Path) -> None:
    (repo / "story.md").write_text(QUOTED)
    (repo / "leak.md").symlink_to(repo.parent / "private" / "secret.md")
    run = cli("extract", str(repo), "--format", "json")
    _one_line_exit_2(run, "refused: a symlink to a file outside the repository root")
    assert "hunter2" not in run.stdout + run.stderr


def test_a_symlink_inside_the_root_is_read(cli: Callable[..., Run], repo: Path) -> None:
    (repo / "drafts").mkdir()
    (repo / "drafts" / "story.md").write_text(QUOTED.replace("minutes.txt", "../minutes.txt"))
    (repo / "alias.md").symlink_to(repo / "drafts" / "story.md")
    assert cli("extract", str(repo), "--format", "json").code == 0


@pytest.mark.parametrize(("config", "fragment"), [
    ('sources = ["../private/secret.md"]\n', "sources points outside the repository root"),
    ('[[sources.map]]\nurl = "https://a.example/x"\npath = "../private/secret.md"\n',
     "sources.map points outside the repository root"),
    ('[cache]\npath = "../private/cache.sqlite"\n', "cache.path points outside"),
    ("[network]\nallow-private = true\n", "network.allow-private cannot be set by a "
                                          "repository's config file"),
])
def test_what_a_repository_config_may_not_do(cli: Callable[..., Run], repo: Path,
                                             config: str, fragment: str) -> None:
    (repo / "story.md").write_text(QUOTED)
    (repo / "quotecheck.toml").write_text(config)
    _one_line_exit_2(cli("verify", str(repo / "story.md")), fragment)
    # the same file named by the user is the user's own config: trusted
    assert cli("verify", str(repo / "story.md"), "--config",
               str(repo / "quotecheck.toml")).code in (0, 1)


def test_fifo_as_article_and_as_source(cli: Callable[..., Run], repo: Path) -> None:
    os.mkfifo(repo / "pipe.md")
    _one_line_exit_2(cli("verify", str(repo / "pipe.md")), "refused: a FIFO")
    (repo / "story.md").write_text(QUOTED.replace("minutes.txt", "pipe.md"))
    run = cli("verify", str(repo / "story.md"), "--format", "json")
    claim = run.json()["articles"][0]["claims"][0]
    assert (claim["verdict"], claim["source"]["error"]) == (
        "unavailable", "refused: a FIFO, not a regular file")


def test_a_ref_that_looks_like_an_option(cli: Callable[..., Run], tmp_path: Path) -> None:
    repo = tmp_path / "git"
    repo.mkdir()
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    (repo / "story.md").write_text(QUOTED)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "s"], check=True)
    written = tmp_path / "written.txt"
    run = cli("verify", str(repo / "story.md"), f"--changed-since=--output={written}")
    assert not written.exists()
    assert run.code == 2


def test_a_folder_scan_resolves_as_each_file_would(tmp_path: Path) -> None:
    """``confined`` resolves a folder once for its files: the same verdict as resolving
    each file, for plain files, a symlinked file and a symlinked folder, in or out."""
    from quotecheck.confine import confined, inside
    from quotecheck.errors import ArticleError

    root = tmp_path / "repo"
    (root / "a" / "b").mkdir(parents=True)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "secret.md").write_text("x")
    for name in ("one.md", "a/two.md", "a/b/three.md"):
        (root / name).write_text("x")
    (root / "a" / "in.md").symlink_to(root / "one.md")
    (root / "a" / "here").symlink_to(root / "a" / "b")
    (root / "a" / "away").symlink_to(tmp_path / "out")
    (root / "a" / "b" / "leak.md").symlink_to(tmp_path / "out" / "secret.md")
    good = [root / "one.md", root / "a" / "two.md", root / "a" / "in.md",
            root / "a" / "here" / "three.md", root / "a" / "b" / "three.md"]
    assert list(confined(good, root)) == good and all(inside(p, root) for p in good)
    for bad in (root / "a" / "b" / "leak.md", root / "a" / "away" / "secret.md"):
        assert not inside(bad, root)
        with pytest.raises(ArticleError, match="refused"):
            list(confined([*good, bad], root))
