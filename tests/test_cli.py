"""The command line: options, exit codes, and one-line errors without tracebacks."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.conftest import Run, script_path

SOURCE = "The council voted 7 to 2 to keep the library open on Sundays.\n"


@pytest.fixture
def story(tmp_path: Path) -> Path:
    (tmp_path / "minutes.txt").write_text(SOURCE)
    article = tmp_path / "story.md"
    article.write_text(
        "The council voted “7 to 2 to keep the library open” ([minutes](minutes.txt)).\n"
    )
    return article


def test_version(script: Callable[..., Run]) -> None:
    run = script("--version")
    assert run.code == 0
    assert run.stdout.strip() == "quotecheck 0.1.0"


def test_python_dash_m(tmp_path: Path) -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "quotecheck", "--version"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert "quotecheck 0.1.0" in done.stdout


@pytest.mark.parametrize("command", [(), ("verify",), ("extract",)])
def test_help_everywhere(script: Callable[..., Run], command: tuple[str, ...]) -> None:
    run = script(*command, "--help")
    assert run.code == 0
    assert "Usage:" in run.stdout
    if command:
        assert "--format" in run.stdout


def test_verify_exit_zero_when_all_verified(cli: Callable[..., Run], story: Path) -> None:
    run = cli("verify", str(story))
    assert run.code == 0, run.stdout
    assert "exact" in run.stdout


def test_fail_on_controls_exit(cli: Callable[..., Run], tmp_path: Path) -> None:
    (tmp_path / "minutes.txt").write_text(SOURCE)
    article = tmp_path / "a.md"
    article.write_text("They voted “7 to 2 to keep the library closed” ([m](minutes.txt)).\n")
    assert cli("verify", str(article)).code == 1
    assert cli("verify", str(article), "--fail-on", "not_found").code == 0
    assert cli("verify", str(article), "--fail-on", "").code == 0


def test_source_option_supplies_sources(cli: Callable[..., Run], tmp_path: Path) -> None:
    source = tmp_path / "elsewhere" / "minutes.txt"
    source.parent.mkdir()
    source.write_text(SOURCE)
    article = tmp_path / "a.txt"
    article.write_text("The council voted “7 to 2 to keep the library open”.\n")
    assert cli("verify", str(article), "--format", "json").json()["articles"][0]["claims"][0][
        "verdict"] == "no_source"
    run = cli("verify", str(article), "--source", str(source), "--format", "json")
    assert run.json()["articles"][0]["claims"][0]["verdict"] == "exact"


def test_unavailable_only_exits_three(cli: Callable[..., Run], tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("She said “we are ready” ([notes](missing.txt)).\n")
    run = cli("verify", str(article), "--format", "json")
    assert run.code == 3
    claim = run.json()["articles"][0]["claims"][0]
    assert claim["verdict"] == "unavailable"
    assert claim["source"]["error"] == "file not found"


def test_no_quotes_says_so(script: Callable[..., Run], tmp_path: Path) -> None:
    article = tmp_path / "plain.md"
    article.write_text("Nothing quoted here, only don’t and the ’90s.\n")
    run = script("verify", str(article))
    assert run.code == 0
    assert "No quotations found" in run.stdout


def test_stdin(script: Callable[..., Run], tmp_path: Path) -> None:
    (tmp_path / "minutes.txt").write_text(SOURCE)
    text = "They voted “7 to 2” ([m](minutes.txt)).\n".encode()
    run = script("extract", "-", "--stdin-filename", "piped.md", "--format", "json",
                 stdin=text, cwd=tmp_path)
    assert run.code == 0, run.stderr
    article = run.json()["articles"][0]
    assert article["path"] == "piped.md"
    assert article["claims"][0]["quote"] == "7 to 2"
    assert article["claims"][0]["cited"] == ["minutes.txt"]


def test_directory_is_searched(cli: Callable[..., Run], story: Path) -> None:
    run = cli("extract", str(story.parent), "--format", "json")
    assert run.code == 0
    assert [a["path"] for a in run.json()["articles"]] == [str(story)]


def test_extract_json_leaves_out_verification(cli: Callable[..., Run], story: Path,
                                              schema: dict[str, Any]) -> None:
    run = cli("extract", str(story), "--format", "json")
    assert run.code == 0
    data = run.json()
    jsonschema.validate(data, schema)
    claim = data["articles"][0]["claims"][0]
    assert "verdict" not in claim and "differences" not in claim
    assert (claim["line"], claim["column"], claim["end_column"]) == (1, 20, 51)


def _one_line_error(run: Run, code: int, fragment: str) -> None:
    assert run.code == code
    assert "Traceback" not in run.stderr + run.stdout
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr
    assert lines[0].startswith("quotecheck: error:")
    assert fragment in lines[0]


def test_missing_file(script: Callable[..., Run], tmp_path: Path) -> None:
    _one_line_error(script("verify", str(tmp_path / "nope.md")), 2, "no such file")


def test_binary_file(script: Callable[..., Run], tmp_path: Path) -> None:
    binary = tmp_path / "image.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    _one_line_error(script("verify", str(binary)), 2, "binary")


def test_invalid_utf8(script: Callable[..., Run], tmp_path: Path) -> None:
    latin = tmp_path / "latin.md"
    latin.write_bytes("Caf\xe9 \"quote\"\n".encode("latin-1"))
    _one_line_error(script("verify", str(latin)), 2, "not valid UTF-8")


def test_unknown_format(script: Callable[..., Run], story: Path) -> None:
    _one_line_error(script("verify", str(story), "--format", "yaml"), 2, "unknown format")


def test_unknown_fail_on(script: Callable[..., Run], story: Path) -> None:
    _one_line_error(script("verify", str(story), "--fail-on", "wrong"), 2, "unknown verdict")


def test_unknown_option(script: Callable[..., Run], story: Path) -> None:
    _one_line_error(script("verify", str(story), "--frobnicate"), 2, "No such option")


def test_missing_argument(script: Callable[..., Run]) -> None:
    _one_line_error(script("verify"), 2, "Missing argument")


def test_unsupported_article_type(script: Callable[..., Run], tmp_path: Path) -> None:
    doc = tmp_path / "story.pdf"
    doc.write_bytes(b"%PDF-1.4\n")
    _one_line_error(script("verify", str(doc)), 2, "not supported")


def test_empty_folder(script: Callable[..., Run], tmp_path: Path) -> None:
    _one_line_error(script("verify", str(tmp_path)), 2, "no articles")


def test_occurrences_are_reported(cli: Callable[..., Run], tmp_path: Path) -> None:
    (tmp_path / "m.txt").write_text("Yes we can. Again, yes we can. And once more: yes we can.\n")
    article = tmp_path / "a.md"
    article.write_text("The crowd chanted “yes we can” ([m](m.txt)).\n")
    run = cli("verify", str(article), "--format", "json")
    assert run.json()["articles"][0]["claims"][0]["match"]["occurrences"] == 3
    assert "found 3 times in the source" in cli("verify", str(article), "--show-all").stdout


def test_include_and_exclude(cli: Callable[..., Run], tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.md").write_text("She said “one”.\n")
    (tmp_path / "news" / "b.html").write_text("<p>He said “two”.</p>\n")
    (tmp_path / "news" / "draft.md").write_text("They said “three”.\n")
    (tmp_path / "notes.txt").write_text("Not “an article”.\n")

    def paths(*args: str) -> list[str]:
        run = cli("extract", str(tmp_path), "--format", "json", *args)
        assert run.code == 0, run.stderr
        return sorted(Path(a["path"]).name for a in run.json()["articles"])

    assert paths() == ["a.md", "draft.md"]
    assert paths("--include", "*.md", "--include", "*.html") == ["a.md", "b.html", "draft.md"]
    assert paths("--exclude", "draft*") == ["a.md"]
    assert paths("--include", "news/*.html") == ["b.html"]
    (tmp_path / "quotecheck.toml").write_text('include = ["*.txt"]\nexclude = ["*.md"]\n')
    assert paths() == ["notes.txt"]


def test_report_files_and_step_summary(script: Callable[..., Run], demo: Path,
                                       tmp_path: Path) -> None:
    import os
    import subprocess

    summary = tmp_path / "summary.md"
    env = {**os.environ, "GITHUB_STEP_SUMMARY": str(summary)}
    command = [script_path(), "verify", str(demo / "article.md"), "--format", "github",
               "--report", f"sarif:{tmp_path / 'out' / 'q.sarif'}",
               "--report", f"junit:{tmp_path / 'q.xml'}"]
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 1
    assert done.stdout.startswith("::")
    assert json.loads((tmp_path / "out" / "q.sarif").read_text())["version"] == "2.1.0"
    assert (tmp_path / "q.xml").read_text().startswith("<?xml")
    assert summary.read_text().startswith("## quotecheck")


def test_bad_report_spec(script: Callable[..., Run], story: Path) -> None:
    _one_line_error(script("verify", str(story), "--report", "sarif"), 2, "FORMAT:PATH")
    _one_line_error(script("verify", str(story), "--report", "yaml:x.yaml"), 2, "unknown format")


def test_strict_and_exit_zero(cli: Callable[..., Run], tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("She said “we are ready” ([notes](missing.txt)).\n")
    assert cli("verify", str(article)).code == 3
    assert cli("verify", str(article), "--strict").code == 1
    assert cli("verify", str(article), "--strict", "--exit-zero").code == 0


def test_glob_arguments(cli: Callable[..., Run], tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.md").write_text("She said “one”.\n")
    (tmp_path / "news" / "b.md").write_text("He said “two”.\n")
    run = cli("extract", str(tmp_path / "**" / "*.md"), "--format", "json")
    assert run.code == 0
    assert sorted(Path(a["path"]).name for a in run.json()["articles"]) == ["a.md", "b.md"]
    assert cli("extract", str(tmp_path / "*.txt")).code == 2


def test_json_says_which_speakers_are_guesses(cli: Callable[..., Run], tmp_path: Path,
                                              schema: dict[str, Any]) -> None:
    """A speaker named by the sentence is not a guess; one resolved from "she" is."""
    (tmp_path / "a.md").write_text(
        'Mayor Ana Ruiz spoke on Monday. "The pool opens in June," Ruiz said.\n\n'
        'Later she added: "The fees stay the same for children."\n')
    run = cli("extract", str(tmp_path / "a.md"), "-f", "json")
    jsonschema.validate(run.json(), schema)
    claims = {c["quote"]: c for c in run.json()["articles"][0]["claims"]}
    named = claims["The pool opens in June"]
    guessed = claims["The fees stay the same for children"]
    assert named["speaker_inferred"] is False and named["speaker"] == "Ana Ruiz"
    assert guessed["speaker_inferred"] is True and guessed["speaker"] == "Ana Ruiz"
