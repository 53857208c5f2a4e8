"""HTML articles: visible text mapped to the file, links, <q>, block quotes, embeds."""

from __future__ import annotations

from quotecheck.articles import parse_article
from quotecheck.extract import extract_claims
from quotecheck.models import ClaimKind, PostInfo

PAGE = """<html><head><title>Not “this”</title><script>var s = "“nor this”";</script></head>
<body><h1>Fares &amp; routes</h1>
<p>The mayor called it &ldquo;a reckless gamble,&rdquo; <a href="minutes.txt">the minutes</a>
show.</p>
<p>She said <q cite="speech.txt">we will <em>not</em> raise fares</q> today.</p>
<!-- quotecheck-disable-next -->
<p>&ldquo;skip me&rdquo;</p>
<pre>“code”</pre>
<blockquote cite="ruling.txt"><p>The motion is denied.</p></blockquote>
<blockquote class="twitter-tweet"><p lang="en">Polls close at 8 tonight.</p>&mdash; Ana Ruiz
(@anaruiz) <a href="https://twitter.com/anaruiz/status/123">May 2, 2024</a></blockquote>
</body></html>"""


def test_html_claims() -> None:
    claims = extract_claims(parse_article("story.html", PAGE))
    assert [(c.kind, c.quote) for c in claims] == [
        (ClaimKind.INLINE, "a reckless gamble"),
        (ClaimKind.INLINE, "we will not raise fares"),
        (ClaimKind.INLINE, "skip me"),
        (ClaimKind.BLOCK, "The motion is denied."),
        (ClaimKind.POST, "Polls close at 8 tonight."),
    ]
    gamble, fares, skipped, block, post = claims
    assert (gamble.speaker, gamble.cue, gamble.cited) == ("The mayor", "called", ("minutes.txt",))
    assert fares.cited[0] == "speech.txt"
    assert skipped.skipped is not None
    assert block.cited == ("ruling.txt",)
    assert post.post == PostInfo("anaruiz", "Ana Ruiz", "2024-05-02",
                                 "https://twitter.com/anaruiz/status/123")


def test_html_positions_point_into_the_file() -> None:
    claims = extract_claims(parse_article("story.html", PAGE))
    lines = PAGE.split("\n")
    gamble = claims[0]
    assert lines[gamble.line - 1][gamble.column - 1 :].startswith("a reckless gamble")
    block = claims[3]
    assert lines[block.line - 1][block.column - 1 :].startswith("The motion is denied.")
