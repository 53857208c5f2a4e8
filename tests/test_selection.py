"""Include and exclude patterns have .gitignore semantics (pathspec), for folders searched
and for files named on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.cli.inputs import Selection, collect_inputs


@pytest.mark.parametrize(("pattern", "path", "excluded"), [
    ("drafts/", "drafts/x.md", True),            # a folder, and everything below it
    ("drafts/", "news/drafts/x.md", True),       # … at any depth
    ("/drafts/", "news/drafts/x.md", False),     # a leading slash anchors it at the top
    ("drafts/*", "drafts/sub/y.md", True),
    ("*.tmp.md", "a/b/c.tmp.md", True),          # no slash: the name, at any depth
    ("a/**/b.md", "a/x/y/b.md", True),
    ("a/**/b.md", "a/b.md", True),
    ("news/*.md", "other/news/x.md", False),     # a slash inside: relative to the top
])
def test_gitignore_semantics(pattern: str, path: str, excluded: bool) -> None:
    assert Selection(exclude=(pattern,)).excludes(Path(path)) is excluded
    assert Selection(include=(pattern,)).wants(Path(path)) is excluded


def test_negation_re_includes() -> None:
    selection = Selection(exclude=("drafts/*", "!drafts/keep.md"))
    assert selection.wants(Path("drafts/keep.md"))
    assert not selection.wants(Path("drafts/other.md"))


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("a.md", "drafts/x.md", "drafts/sub/y.md", "news/b.md", "news/drafts/z.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("Nothing quoted.\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _paths(names: list[str], selection: Selection) -> list[str]:
    inputs = collect_inputs(names, selection=selection)
    return [Path(item.article.path).as_posix() for item in inputs]


def test_folder_search(tree: Path) -> None:
    assert _paths(["."], Selection(exclude=("drafts/",))) == ["a.md", "news/b.md"]
    assert _paths(["."], Selection(exclude=("/drafts/",))) == [
        "a.md", "news/b.md", "news/drafts/z.md"]


def test_files_named_outright_honour_exclude(tree: Path) -> None:
    selection = Selection(exclude=("drafts/",))
    assert _paths(["a.md", "drafts/x.md", str(tree / "drafts/sub/y.md")], selection) == ["a.md"]
    assert _paths(["drafts/*.md"], selection) == []
    assert _paths(["drafts/x.md"], Selection()) == ["drafts/x.md"]


def test_named_files_are_matched_below_the_config_folder(
        tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`/drafts/` in the config at the top excludes top-level drafts even when the command
    runs in a subfolder, as ruff matches patterns below its config file's folder."""
    selection = Selection(exclude=("/drafts/",), base=tree)
    monkeypatch.chdir(tree / "news")
    assert _paths(["../drafts/x.md", "drafts/z.md", "b.md"], selection) == [
        "drafts/z.md", "b.md"]
    assert _paths(["../drafts/x.md"], Selection(exclude=("/drafts/",))) == ["../drafts/x.md"]


def test_config_exclude_applies_from_a_subfolder(tree: Path, monkeypatch: pytest.MonkeyPatch
                                                 ) -> None:
    """Through the command: the config's folder is the base of its patterns."""
    from typer.testing import CliRunner

    from quotecheck.cli.app import app

    (tree / "quotecheck.toml").write_text('exclude = ["/drafts/"]\n')
    (tree / "drafts" / "x.md").write_text('She said: "nothing here at all".\n')
    monkeypatch.chdir(tree / "news")
    result = CliRunner().invoke(app, ["extract", "-f", "json", "../drafts/x.md", "b.md"])
    assert result.exit_code == 0, result.output
    assert "drafts/x.md" not in result.output and "b.md" in result.output
