"""Markdown articles: markup removed, links and front matter read, positions kept."""

from __future__ import annotations

from quotecheck.articles import parse_article
from quotecheck.articles.frontmatter import split_front_matter


def test_links_of_every_form() -> None:
    text = (
        "See [the minutes](minutes.txt \"title\"), [ref link][r], <https://a.example/x>,\n"
        "<a href=\"page.html\">an anchor</a> and https://b.example/y.\n\n"
        "[r]: https://c.example/z\n"
    )
    article = parse_article("a.md", text)
    assert [link.url for link in article.links] == [
        "minutes.txt", "https://c.example/z", "https://a.example/x", "page.html",
        "https://b.example/y"]
    first = article.links[0]
    assert article.plain[first.start : first.end] == "the minutes"
    assert "[r]:" not in article.plain


def test_markup_is_removed_and_mapped() -> None:
    text = "## Heading\n\n> A *block* with **bold** and \\*escaped\\* &amp; more\n- item\n"
    article = parse_article("a.md", text)
    assert "Heading" in article.plain
    assert "A block with bold and *escaped* & more" in article.plain
    at = article.plain.index("bold")
    raw_at = article.plain_map.start(at)
    assert text[raw_at : raw_at + 4] == "bold"


def test_front_matter_sources() -> None:
    block = "---\ntitle: x\nsources:\n  - a.txt\n  - \"b.html\"\n---\nBody\n"
    assert split_front_matter(block).sources == ("a.txt", "b.html")
    inline = "---\nsources: [a.txt, 'c.md']\n---\nBody\n"
    assert split_front_matter(inline).sources == ("a.txt", "c.md")
    assert split_front_matter("No front matter\n").sources == ()
    article = parse_article("a.md", block)
    assert article.plain.strip() == "Body"
    assert article.sources == ("a.txt", "b.html")


def test_paragraphs() -> None:
    article = parse_article("a.txt", "One\nstill one\n\n\nTwo\n")
    assert [article.plain[p.start : p.end] for p in article.paragraphs] == [
        "One\nstill one", "Two"]


def test_html_inside_a_block_quotation_loses_the_quote_markers() -> None:
    raw = ("Intro.\n\n> <p>\n>   A/B testing is a method.\n> </p>\n\n"
           "> > <div>\n> > Nested words here.\n> > </div>\n\nAfter > that.\n")
    article = parse_article("a.md", raw)
    assert ">" not in article.plain.replace("After > that", "")
    for words in ("A/B testing is a method.", "Nested words here."):
        at = article.plain.index(words)
        assert raw[article.plain_map.start(at):].startswith(words)
    assert "After > that." in article.plain
