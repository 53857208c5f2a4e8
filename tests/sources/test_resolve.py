"""Source resolution: order, and the safety of paths written in articles."""

from __future__ import annotations

from pathlib import Path

from quotecheck.articles import parse_article
from quotecheck.extract import extract_claims
from quotecheck.sources.resolve import article_sources, find_root, resolve_ref


def test_urls_paths_and_ignored_links(tmp_path: Path) -> None:
    url = resolve_ref("https://example.org/a", tmp_path, tmp_path)
    assert url is not None and url.is_url and url.error is None
    assert resolve_ref("#section", tmp_path, tmp_path) is None
    assert resolve_ref("mailto:desk@example.org", tmp_path, tmp_path) is None
    ftp = resolve_ref("ftp://example.org/a", tmp_path, tmp_path)
    assert ftp is not None and ftp.error is not None and "http" in ftp.error
    local = resolve_ref("docs/a.txt#part", tmp_path, tmp_path)
    assert local is not None and local.location == str(tmp_path / "docs" / "a.txt")


def test_paths_outside_the_root_are_refused(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    (root / "content").mkdir()
    assert find_root(root / "content") == root
    escape = resolve_ref("../../secret.txt", root / "content", root)
    assert escape is not None and escape.error is not None and "outside" in escape.error
    absolute = resolve_ref("/etc/passwd", root / "content", root)
    assert absolute is not None and absolute.error is not None
    inside = resolve_ref("../data/x.txt", root / "content", root)
    assert inside is not None and inside.error is None


def test_trusted_sources_may_live_anywhere(tmp_path: Path) -> None:
    trusted = resolve_ref("/etc/hostname", tmp_path, None)
    assert trusted is not None and trusted.error is None


def test_claim_order_cited_then_listed_then_links(tmp_path: Path) -> None:
    text = (
        "---\nsources: [listed.txt]\n---\n"
        "Intro links [other](other.txt).\n\n"
        "She said “we won” ([cited](cited.txt)).\n"
    )
    article = parse_article("a.md", text)
    sources = article_sources(article, tmp_path, ("cli.txt",))
    tied = sources.for_claim(extract_claims(article)[0])
    names = [Path(r.location).name for r in tied.all()]
    assert names == ["cited.txt", "listed.txt", "cli.txt", "other.txt"]
    assert [r.location for r in tied.cited] == [str(tmp_path / "cited.txt")]
