"""A byline inside a link card (the author under a linked article's title and summary) is
whose link it is, not who says the card's words: no signature. A name with a dash before
it still signs a quotation, linked or not, and so does a plain name on its last line."""

from __future__ import annotations

from quotecheck.articles import parse_article
from quotecheck.extract import extract_claims

CARD = """# Transit news

<blockquote>
<div class="s-link">
<p>Buses are back. Will riders follow them home?</p>
<div class="s-desc">The city restored twelve routes this week after a long fight.</div>
<div class="s-author"><a href="https://news.example/">DANA KIM</a></div>
</div>
</blockquote>

> We will keep every route open this winter, whatever the budget says.
>
> — [Ana Ruiz](https://example.org/ana)

“We will keep the depot open all winter long, and the riders know it.
Luis Ferrand.”
"""


def test_a_link_cards_byline_signs_nothing() -> None:
    card, signed, plain = extract_claims(parse_article("a.md", CARD))
    assert card.quote.startswith("Buses are back")
    assert card.speaker is None and card.speaker_at is None
    assert signed.speaker == "Ana Ruiz"
    assert plain.speaker == "Luis Ferrand"
