"""Block quotations, social posts and directives."""

from __future__ import annotations

from quotecheck.articles import parse_article
from quotecheck.extract import extract_claims
from quotecheck.models import Claim, ClaimKind, PostInfo


def _claims(text: str, name: str = "a.md") -> tuple[Claim, ...]:
    return extract_claims(parse_article(name, text))


def test_markdown_block_quote_is_one_claim() -> None:
    text = "Ruiz wrote:\n\n> We will not raise fares.\n> Not this year.\n\nAfter.\n"
    (claim,) = _claims(text)
    assert claim.kind is ClaimKind.BLOCK
    assert claim.quote == "We will not raise fares. Not this year."
    assert (claim.speaker, claim.cue) == ("Ruiz", "wrote")
    assert (claim.line, claim.column, claim.end_line) == (3, 3, 4)


def test_block_signed_with_a_dash() -> None:
    (claim,) = _claims("> Keep the library open.\n> — Dana Okafor\n")
    assert (claim.quote, claim.speaker) == ("Keep the library open.", "Dana Okafor")


def test_block_that_opens_with_a_quote_presents_that_quote() -> None:
    claims = _claims("> “We won,” she said. “Again.”\n")
    assert [(c.kind, c.quote) for c in claims] == [
        (ClaimKind.BLOCK, "We won"), (ClaimKind.INLINE, "Again")]


def test_quotes_nested_in_a_block_belong_to_it() -> None:
    claims = _claims("> The mayor called it “a sham” and left.\n")
    assert [(c.kind, c.quote) for c in claims] == [
        (ClaimKind.BLOCK, "The mayor called it “a sham” and left.")]


def test_scraped_post_with_lead_in() -> None:
    text = ("Mayor Ruiz provided this update:\n\nPolls close at 8. Lines are “short” here.\n"
            "— Ana Ruiz (@anaruiz) May 2, 2024\n")
    claims = _claims(text, "a.txt")
    post = claims[0]
    assert post.kind is ClaimKind.POST
    assert post.quote == "Polls close at 8. Lines are “short” here."
    assert post.post == PostInfo("anaruiz", "Ana Ruiz", "2024-05-02", None)
    assert post.speaker == "Ana Ruiz"
    assert [(c.kind, c.quote) for c in claims[1:]] == [(ClaimKind.INLINE, "short")]


def test_post_signature_forms() -> None:
    text = ("First post.\n\n- Luis Ferrand (@lferrand) 3 May 2024\n\n"
            "Second post text.\n– Ana (@ana_r)\n\nA photo caption.\nA post shared by Ana Ruiz "
            "(@anaruiz)\n")
    posts = [c for c in _claims(text, "a.txt") if c.kind is ClaimKind.POST]
    assert [(c.quote, c.post) for c in posts] == [
        ("First post.", PostInfo("lferrand", "Luis Ferrand", "2024-05-03", None)),
        ("Second post text.", PostInfo("ana_r", "Ana", None, None)),
        ("A photo caption.", PostInfo("anaruiz", "Ana Ruiz", None, None)),
    ]


def test_post_in_a_markdown_block() -> None:
    (claim,) = _claims("> Early voting starts Monday.\n>\n> — Ana Ruiz (@anaruiz) May 3, 2024\n")
    assert claim.kind is ClaimKind.POST and claim.quote == "Early voting starts Monday."
    assert claim.post is not None and claim.post.date == "2024-05-03"


def test_directives() -> None:
    text = (
        "<!-- quotecheck source=\"minutes.txt\" -->\nShe said “one” ([n](notes.txt)).\n\n"
        "<!-- quotecheck-disable-next -->\n“two” and “three”\n\n"
        "<!-- quotecheck-disable -->\n“four”\n<!-- quotecheck-enable -->\n\n“five”\n"
    )
    claims = _claims(text)
    assert [(c.quote, c.skipped is not None) for c in claims] == [
        ("one", False), ("two", True), ("three", False), ("four", True), ("five", False)]
    assert claims[0].cited == ("minutes.txt", "notes.txt")


def test_front_matter_can_switch_an_article_off() -> None:
    claims = _claims("---\nquotecheck: false\n---\nShe said “one”.\n")
    assert [c.skipped for c in claims] == ["quotecheck: false in the front matter"]


def test_plain_text_indented_block() -> None:
    text = "The ruling says:\n\n    The motion is denied. The\n    town shall answer.\n\nEnd.\n"
    (claim,) = _claims(text, "a.txt")
    assert claim.kind is ClaimKind.BLOCK
    assert claim.quote == "The motion is denied. The town shall answer."
    assert claim.speaker == "The ruling"
