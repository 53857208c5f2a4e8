"""The fixture "site" (fixtures/site/): every template, component and markup syntax an
editorial repository uses, with what must and must not become a claim."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.articles import read_article
from quotecheck.extract import extract_claims
from quotecheck.models import Claim, ClaimKind

SITE = Path(__file__).resolve().parents[2] / "fixtures" / "site"
#: text that sits inside markup in the fixtures and must never reach the plain text
_MARKUP_ONLY = ("not a quote", "Main Street", "Morning rush", "height-card-lg", "assets/",
                "council-minutes", "check this later", "Nor this", "escaped shortcode",
                "Guide title", "Image title", "Alt text", "Minutes title", "Fares",
                "“The plan”", "“Bus”", "“A bus”", "comment, not", "code, not", "inline code",
                "{{", "{%", "{#", "\ue000", "\ue001")


def _claims(name: str) -> tuple[Claim, ...]:
    return extract_claims(read_article(SITE / name))


def _summary(name: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(c.kind.value, c.quote, c.speaker, c.why) for c in _claims(name)]


@pytest.mark.parametrize("name", sorted(p.name for p in SITE.iterdir()))
def test_markup_never_reaches_the_plain_text(name: str) -> None:
    plain = read_article(SITE / name).plain
    leaked = [text for text in _MARKUP_ONLY if text in plain]
    assert not leaked, f"{name}: {leaked}"


@pytest.mark.parametrize("name", sorted(p.name for p in SITE.iterdir()))
def test_claims_point_at_their_words_in_the_file(name: str) -> None:
    raw = (SITE / name).read_text(encoding="utf-8").split("\n")
    for claim in _claims(name):
        assert raw[claim.line - 1][claim.column - 1 :].startswith(claim.quote[:12]), claim


def test_liquid_tags_yield_nothing_and_swallow_nothing() -> None:
    assert _summary("liquid.md") == [
        ("inline", "We will not raise fares this year", "Ana Ruiz", None),
        ("inline", "Buses will run every ten minutes", "Ana Ruiz", None),
    ]
    # a link whose destination is a template has no readable target: no source
    assert read_article(SITE / "liquid.md").links == ()


def test_hugo_shortcodes() -> None:
    assert _summary("hugo.md") == [
        ("inline", "The budget is balanced", "the mayor", None),  # inside {{< note >}}
        ("block", "We need to make every single thing accessible to every single person.",
         "Stevie Wonder", None),  # a quote shortcode's text, signed by its cite
    ]
    article = read_article(SITE / "hugo.md")
    assert article.sources == ("minutes.txt",)  # TOML front matter
    assert "Read the earlier post and\nthe plan." in article.plain


def test_mdx_expressions_and_components() -> None:
    assert _summary("component.mdx") == [
        ("inline", "We balanced the budget without cuts", "Dana Okafor", None)]
    plain = read_article(SITE / "component.mdx").plain
    assert "The total was" in plain and "shows it." in plain


def test_raw_html_block_quotes_are_read_as_html() -> None:
    claims = _claims("raw-html.md")
    assert [(c.kind, c.quote, c.speaker) for c in claims] == [
        (ClaimKind.BLOCK, "The new schedule gave me my evenings back.", "Luis Ferrand"),
        (ClaimKind.BLOCK, "We will keep every route open.", "Mayor Dana Okafor"),
        (ClaimKind.BLOCK, "Markdown inside an HTML block quote: fares stay flat through 2026.",
         "Ana Ruiz"),
        (ClaimKind.INLINE, "a fair deal", "Ana Ruiz"),
    ]
    assert claims[1].cited == ("https://city.example/speech",)
    assert claims[3].cited[0] == "minutes.txt"
    assert [link.url for link in read_article(SITE / "raw-html.md").links] == ["plan.md"]


def test_code_link_titles_and_alt_text_are_not_prose() -> None:
    claims = _claims("code.md")
    assert [(c.quote, c.quotation) for c in claims] == [
        ("guide", False), ("Keep the library open", True)]
    assert all(c.quote.strip() for c in claims)  # bare ">" and "“”" give no claim


def test_what_is_a_quotation() -> None:
    assert [(c.quote, c.quotation, c.why) for c in _claims("kinds.md")] == [
        ("We will not cut a single route", True, None),
        ("a reckless gamble that riders will pay for", True, None),
        ("beta", False, "term"),
        ("waterfall", False, "term"),
        ("pleasant event scheduling", False, "term"),
        ("reform", False, "scare"),
        ("turn the key", False, "scare"),
        ("Save draft", False, "ui"),
        ("Publish", False, "ui"),
        ("Save draft", False, "ui"),
        ("Already up to date", False, "ui"),
        ("is there anything I forgot?", False, "suggested"),
        ("yes", False, "suggested"),
        ("no", False, "term"),
        ("Blue River", False, "title"),
        ("Transit For Every Neighborhood", False, "title"),
    ]
