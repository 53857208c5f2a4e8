"""The extraction under test, run on a PolNeAR article: the only part of the real-news
gate that calls quotecheck (the labels and the scorer in polnear.py never do)."""

from __future__ import annotations

from quotecheck.articles import parse_article
from quotecheck.extract import extract_claims
from tests.extract.polnear import LabelledArticle, Predicted, offsets


def predictions(article: LabelledArticle) -> list[Predicted]:
    """Every claim quotecheck extracts from ``article``, as plain spans and speakers; a
    claim counts as a quotation only when ``verify`` would check it (a quotation, not
    skipped): a term, title, scare quote or UI string is never checked, so never counted."""
    claims = extract_claims(parse_article(article.name, article.text))
    return [Predicted(offsets(article.text, c.line, c.column),
                      offsets(article.text, c.end_line, c.end_column), c.speaker,
                      quotation=not c.skipped and c.quotation)
            for c in claims]


def flags_and_quotation(article: LabelledArticle) -> list[tuple[frozenset[str], bool]]:
    """Every claim's flags and whether quotecheck takes it for a quotation."""
    claims = extract_claims(parse_article(article.name, article.text))
    return [(frozenset(c.flags), c.quotation) for c in claims]
