"""How much of an article's quoting is reported speech, on real news and on a real blog:
the signal behind "in an article that quotes people, a term about someone is a quotation"
(src/quotecheck/extract/spoken_terms.py).

For the tune part of the PolNeAR news sample and the tune half and dev part of the
DigitalGov posts (never the held-out parts), per article: how many inline quotes a speech
verb ties to a speaker, of how many inline quotes, and the distribution of that share; how
often the writer says I, we, our, us or my per 1,000 of their own words (among articles
whose share passes); how many articles the rule takes for ones that quote people; and how
many terms it turns into quotations there.

Run: .venv/bin/python bench/quoting_share.py
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.digitalgov.spans import CORPUS, part
from tests.extract.polnear import available, load

from quotecheck.articles import parse_article, read_article
from quotecheck.extract import extract_claims, quoted_spans, spoken_terms
from quotecheck.extract.kinds import is_speech
from quotecheck.models import Article, Claim, ClaimKind

_QUANTILES = (0.1, 0.25, 0.5, 0.75, 0.9)


def news() -> Iterator[Article]:
    """The PolNeAR articles of the tune part."""
    for article in load("tune"):
        yield parse_article(article.name, article.text)


def blog() -> Iterator[Article]:
    """The DigitalGov posts the rules are tuned on (the tune half and the dev part)."""
    for path in sorted(CORPUS.rglob("*.md")):
        if part(str(path.relative_to(CORPUS))) in ("tune", "dev"):
            yield read_article(path)


def cued_share(claims: tuple[Claim, ...]) -> tuple[int, int]:
    """Inline quotes a speech verb ties to a speaker, and all inline quotes."""
    inline = [c for c in claims if c.kind is ClaimKind.INLINE]
    cued = sum(1 for c in inline if c.quotation and c.speaker and c.cue and is_speech(c.cue))
    return cued, len(inline)


def turned(article: Article, claims: tuple[Claim, ...]) -> int:
    """How many claims the article rule makes quotations (measured by switching it off)."""
    saved = spoken_terms.MIN_CUED
    spoken_terms.MIN_CUED = 10**9
    try:
        without = extract_claims(article)
    finally:
        spoken_terms.MIN_CUED = saved
    return sum(1 for a, b in zip(without, claims, strict=True) if b.quotation and not a.quotation)


def report(name: str, articles: Iterator[Article]) -> None:
    """Print one corpus's figures."""
    shares, rates, people, flipped, count = [], [], 0, 0, 0
    for article in articles:
        count += 1
        claims = extract_claims(article)
        cued, inline = cued_share(claims)
        if inline:
            shares.append(cued / inline)
        if cued >= spoken_terms.MIN_CUED and cued >= spoken_terms.CUED_SHARE * inline:
            rates.append(spoken_terms.first_person_rate(article.plain, quoted_spans(article)))
            people += rates[-1] <= spoken_terms.FIRST_PERSON_RATE
        flipped += turned(article, claims)
    print(f"{name}: {count} articles, {len(shares)} with inline quotes; share of quotes tied "
          f"by a speech verb, quantiles: {_quantiles(shares)}")
    print(f"  of the {len(rates)} whose share passes (>= {spoken_terms.MIN_CUED} cued, >= "
          f"{spoken_terms.CUED_SHARE:.0%}), the writer's I/we/our/us/my per 1,000 words, "
          f"quantiles: {_quantiles(rates)}")
    print(f"  quoting people by the rule (and at most {spoken_terms.FIRST_PERSON_RATE:g} per "
          f"1,000 words): {people}; terms made quotations: {flipped}")


def _quantiles(values: list[float]) -> str:
    """The quantiles of ``values``, as text."""
    ranked = sorted(values)
    if not ranked:
        return "none"
    return ", ".join(f"{q:.0%} {ranked[int(q * (len(ranked) - 1))]:.2f}" for q in _QUANTILES)


def main() -> None:
    """Print both corpora's figures."""
    if not available() or not CORPUS.is_dir():
        sys.exit("the shared corpus is not there")
    report("PolNeAR news (tune part)", news())
    report("DigitalGov posts (tune half and dev part)", blog())


if __name__ == "__main__":
    main()
