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
