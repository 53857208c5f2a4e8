"""The command line as a new user meets it: roots, standard input, missing sources, help,
config origins and messages (issue 12's stumbles, each reproduced)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run

QUOTE = "She said “we will not cut a single route” ([notes](../sources/notes.txt)).\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A folder outside any git repository: content/story.md links to ../sources/."""
    (tmp_path / "content").mkdir()
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "notes.txt").write_text("We will not cut a single route.\n")
    (tmp_path / "content" / "story.md").write_text(QUOTE)
    return tmp_path


def _verdicts(run: Run) -> list[str]:
    return [c["verdict"] for a in run.json()["articles"] for c in a["claims"]]


def test_outside_git_the_current_folder_is_the_root(script: Callable[..., Run],
                                                   project: Path) -> None:
    run = script("verify", "content/story.md", "-f", "json", cwd=project)
    assert run.code == 0, run.stderr
    assert _verdicts(run) == ["verified"]


def test_a_refusal_names_the_root_and_the_way_out(script: Callable[..., Run],
                                                   project: Path) -> None:
    run = script("verify", "story.md", "-f", "json", cwd=project / "content")
    assert run.code == 3
    note = run.json()["articles"][0]["claims"][0]["note"]
    assert str(project / "content") in note
    assert "--root" in note and "--source" in note and "[[sources.map]]" in note


def test_root_option_widens_the_root(script: Callable[..., Run], project: Path) -> None:
    run = script("verify", "story.md", "-f", "json", "--root", "..", cwd=project / "content")
    assert run.code == 0, run.stderr
    assert _verdicts(run) == ["verified"]


def test_stdin_filename_sets_the_folder_of_relative_links(script: Callable[..., Run],
                                                          project: Path) -> None:
    run = script("verify", "-", "--stdin-filename", "content/story.md", "-f", "json",
                 stdin=QUOTE.encode(), cwd=project)
    assert run.code == 0, run.stderr
    assert _verdicts(run) == ["verified"]


def test_a_missing_source_option_is_an_error(script: Callable[..., Run], project: Path
                                             ) -> None:
    run = script("verify", "content/story.md", "-s", "nothere.txt", cwd=project)
    assert run.code == 2
    assert run.stderr.strip() == "quotecheck: error: --source nothere.txt: no such file"


def test_config_names_the_file_only_for_keys_it_sets(script: Callable[..., Run],
                                                     tmp_path: Path) -> None:
    (tmp_path / "quotecheck.toml").write_text("[network]\nretries = 1\n[match]\n"
                                              "elision-window = 10\n")
    run = script("config", cwd=tmp_path)
    rows = {line.split(" = ")[0]: line for line in run.stdout.splitlines() if " = " in line}
    assert rows["network.retries"].endswith("quotecheck.toml")
    assert rows["match.elision-window"].endswith("quotecheck.toml")
    assert rows["network.connect-timeout"].endswith("# default")
    assert rows["match.bracket-window"].endswith("# default")


def test_a_misspelt_key_gets_a_suggestion(script: Callable[..., Run], tmp_path: Path) -> None:
    (tmp_path / "quotecheck.toml").write_text("[network]\nread-timout = 5.0\n")
    run = script("config", cwd=tmp_path)
    assert run.code == 2
    assert "did you mean 'network.read-timeout'?" in run.stderr


@pytest.mark.parametrize("args", [("-h",), ("verify", "-h"), ("baseline", "write", "-h")])
def test_help_is_plain(script: Callable[..., Run], args: tuple[str, ...]) -> None:
    run = script(*args)
    assert run.code == 0
    assert "Usage: quotecheck" in run.stdout
    assert "<list[str]>" not in run.stdout and "{PATH}" not in run.stdout


def test_verify_help_names_every_kind_of_article(script: Callable[..., Run]) -> None:
    text = " ".join(script("verify", "--help").stdout.split())
    for kind in (".md", ".html", ".txt", "glob", "standard input"):
        assert kind in text


def test_extract_github_prints_a_notice_per_quotation(script: Callable[..., Run],
                                                      project: Path) -> None:
    run = script("extract", "content/story.md", "-f", "github", cwd=project)
    lines = run.stdout.splitlines()
    assert len(lines) == 1 and lines[0].startswith("::notice file=content/story.md,line=1,")


def test_piped_tables_follow_columns(script: Callable[..., Run], project: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    wide = script("verify", "content/story.md", "--show-all", cwd=project).stdout
    monkeypatch.setenv("COLUMNS", "70")
    narrow = script("verify", "content/story.md", "--show-all", cwd=project).stdout
    assert max(map(len, wide.splitlines())) > 120
    assert max(map(len, narrow.splitlines())) <= 70


def test_changed_since_says_how_many_claims_it_left_out(script: Callable[..., Run],
                                                        project: Path) -> None:
    import subprocess

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=project, check=True, capture_output=True)

    git("init", "-q")
    git("-c", "user.email=a@b", "-c", "user.name=a", "commit", "-q", "--allow-empty", "-m", "0")
    git("add", ".")
    git("-c", "user.email=a@b", "-c", "user.name=a", "commit", "-q", "-m", "1")
    story = project / "content" / "story.md"
    story.write_text(QUOTE + "\nHe said “the bridge is open” ([notes](../sources/notes.txt)).\n")
    run = script("verify", "content/story.md", "--changed-since", "HEAD", "-f", "json",
                 cwd=project)
    assert run.json()["summary"]["left_out"] == 1
    assert "1 claim on unchanged lines left out (--changed-since)" in run.stderr
    assert json.loads(run.stdout)["summary"]["claims"] == 1


@pytest.mark.parametrize("target", ["../sources/hearing%20(final).txt",
                                    "<../sources/hearing (final).txt>",
                                    "../sources/hearing%20%28final%29.txt",
                                    '<../sources/hearing (final).txt> "the hearing"'])
def test_markdown_links_as_commonmark_writes_them(script: Callable[..., Run], project: Path,
                                                  target: str) -> None:
    (project / "sources" / "hearing (final).txt").write_text("We will not cut a route.\n")
    article = project / "content" / "h.md"
    article.write_text(f"She said “we will not cut a route” ([t]({target})).\n")
    run = script("verify", "content/h.md", "-f", "json", cwd=project)
    claim = run.json()["articles"][0]["claims"][0]
    assert claim["verdict"] == "verified", claim
    assert claim["note"] is None  # found in the cited source, not another
