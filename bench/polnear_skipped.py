"""Why labelled PolNeAR quotes are missed, in counts only: for each part, the labels not
found grouped by what quotecheck made of their span (skipped as a title, a term …, or no
claim with that span), and every skipped double-quoted claim by its reason and whether the
annotators labelled it. No single held-out case is printed (only totals), so the held-out
part stays unread.

Run: .venv/bin/python bench/polnear_skipped.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.extract.polnear import (
    LabelledArticle,
    _double_marked,
    _trimmed,
    available,
    load,
    offsets,
    pieces,
)

from quotecheck.articles import parse_article
from quotecheck.extract import extract_claims
from quotecheck.models import Claim


def _spans(article: LabelledArticle) -> dict[tuple[int, int], Claim]:
    """Each claim by the pieces of its span the scorer compares."""
    text, found = article.text, {}
    for claim in extract_claims(parse_article(article.name, text)):
        start = offsets(text, claim.line, claim.column)
        for span in pieces(text, start, offsets(text, claim.end_line, claim.end_column)):
            found[span] = claim
    return found


def tally(part: str) -> tuple[Counter[str], Counter[tuple[str, bool]]]:
    """(labels missed by why, skipped double-quoted claims by why and labelled or not)."""
    missed: Counter[str] = Counter()
    skipped: Counter[tuple[str, bool]] = Counter()
    for article in load(part):
        text, spans = article.text, _spans(article)
        gold = {_trimmed(text, x.start, x.end) for x in article.labels}
        for span in gold:
            claim = spans.get(span)
            if claim is None:
                missed["no claim with that span"] += 1
            elif claim.skipped or not claim.quotation:
                missed[f"skipped: {claim.why or claim.skipped}"] += 1
        for span, claim in spans.items():
            if (claim.skipped or not claim.quotation) and _double_marked(text, span[0]):
                skipped[(str(claim.why or claim.skipped), span in gold)] += 1
    return missed, skipped


def main() -> None:
    """Print both parts' counts."""
    if not available():
        sys.exit("the shared corpus is not there")
    for part in ("tune", "report"):
        missed, skipped = tally(part)
        print(f"{part}: {sum(missed.values())} labels missed: "
              + ", ".join(f"{why} {n}" for why, n in missed.most_common()))
        whys = sorted({why for why, _ in skipped})
        print("  skipped claims, labelled / not: " + ", ".join(
            f"{why} {skipped[(why, True)]}/{skipped[(why, False)]}" for why in whys))


if __name__ == "__main__":
    main()
