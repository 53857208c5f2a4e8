"""Links to a quote on a web page: text fragments (``#:~:text=``)."""

from __future__ import annotations

from quotecheck.models import Claim, ClaimKind
from quotecheck.report.common import text_fragment_link


def _claim(quote: str) -> Claim:
    return Claim("c1", ClaimKind.INLINE, quote, 3, 5, 3, 9, paragraph=3, offset=4)


def test_a_short_quote_is_the_whole_fragment_with_dashes_and_commas_escaped() -> None:
    assert text_fragment_link("https://news.example/a#top", _claim("pre-empt, now & then")) == (
        "https://news.example/a#:~:text=pre%2Dempt%2C%20now%20%26%20then")


def test_a_long_quote_is_its_first_and_last_words() -> None:
    quote = "one two three four five six seven eight nine ten"
    assert text_fragment_link("http://h/p", _claim(quote)) == (
        "http://h/p#:~:text=one%20two%20three%20four,seven%20eight%20nine%20ten")


def test_an_article_on_disk_has_no_link() -> None:
    assert text_fragment_link("story.md", _claim("a quote")) is None
