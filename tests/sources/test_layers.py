"""HTML sources are searched layer by layer: main text, whole visible text, JSON-LD."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.conftest import Run

PAGE = """<!DOCTYPE html><html><head><title>Levy vote</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "articleBody": "Only the structured data says the recount ends on Friday at noon."}</script>
</head><body><nav><a href="/">Home</a></nav>
<aside><p>Sidebar: the depot will reopen in the spring after the repairs.</p></aside>
<article><h1>Levy passes</h1>
<p>The transit levy passed with 61 percent of the vote on Tuesday, the county said.</p>
<p>Turnout was the highest for an off-year election in two decades, officials said,
and the count will be certified next week by the county board.</p>
<p>Supporters gathered at the union hall to watch the results come in.</p>
</article><footer>© 2025</footer></body></html>"""


def test_each_layer_is_reported(cli: Callable[..., Run], tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE)
    article = tmp_path / "a.md"
    article.write_text(
        "The county said: “The transit levy passed with 61 percent of the vote” "
        "([page](page.html)).\n\n"
        "A note said “the depot will reopen in the spring” ([page](page.html)).\n\n"
        "Its data said “the recount ends on Friday at noon” ([page](page.html)).\n")
    claims = cli("verify", str(article), "--format", "json").json()["articles"][0]["claims"]
    assert [(c["verdict"], c["source"]["layer"]) for c in claims] == [
        ("exact", "main"), ("exact", "full"), ("exact", "json-ld")]
