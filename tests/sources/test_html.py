"""The visible text of HTML sources, read by lxml without a tree: what libxml2 reports after
``</html>`` is kept, hidden parts are dropped with their contents but not the text after
them, pages nested 10^5 deep are read, and bytes are decoded as the page says."""

from __future__ import annotations

import codecs

from quotecheck.sources.html import decode_html, html_to_text, read_html

DEEP = 100_000


def test_hidden_parts_go_with_their_contents_but_not_the_text_after_them() -> None:
    page = ("<body><p>Kept <span hidden>gone <b>gone too</b></span>after the span.</p>"
            "<svg><text>drawn</text></svg>tail of the drawing<template><p>later</p></template>"
            "<table><tr><td>cell one</td><td>cell two</td></tr></table>"
            "<?php echo 'no'; ?><p>Last<br>line</p></body>")
    assert html_to_text(page) == (
        "Kept after the span.\n\ntail of the drawing\n\ncell one\ncell two\n\nLast\nline")


def test_text_after_the_end_of_the_page_is_kept() -> None:
    """libxml2 puts markup after ``</html>`` in a second root, which a tree walk would miss."""
    page = "<html><body><p>Inside.</p></body></html><p>After the end, still shown.</p>"
    assert html_to_text(page) == "Inside.\n\nAfter the end, still shown."


def test_a_page_nested_deeper_than_any_stack_is_read() -> None:
    page = f"<body>{'<div>' * DEEP}We will not cut a route.{'</div>' * DEEP}</body>"
    assert html_to_text(page) == "We will not cut a route."
    hidden = f"<body><div hidden>{'<div>' * DEEP}secret{'</div>' * DEEP}</div>shown</body>"
    assert html_to_text(hidden) == "shown"


def test_json_ld_scripts_are_read_wherever_they_are() -> None:
    page = ('<html><head><script type="application/ld+json">{"articleBody": "one"}</script>'
            '</head><body><div hidden><script type="application/ld+json">[2]</script></div>'
            '<script>var notJsonLd = 1;</script></body></html>')
    assert read_html(page.encode()).json_ld == ['{"articleBody": "one"}', "[2]"]


def test_bytes_are_decoded_as_the_page_says() -> None:
    body = "<p>Caf\u00e9 \u201cquoted\u201d</p>"
    assert html_to_text(('<meta charset="windows-1252">' + body).encode("cp1252")) == (
        "Caf\u00e9 \u201cquoted\u201d")
    greek = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7">'
    assert html_to_text((greek + "<p>Καλημέρα</p>"
                         ).encode("iso-8859-7")) == "Καλημέρα"
    assert html_to_text(codecs.BOM_UTF16_LE + body.encode("utf-16-le")) == (
        "Caf\u00e9 \u201cquoted\u201d")
    # undeclared: UTF-8 when it is valid (a guesser once read this one as Shift-JIS) …
    assert html_to_text(("<!-- c --><option>" + body).encode()) == "Caf\u00e9 \u201cquoted\u201d"
    # … else Windows-1252; a declaration that cannot be right is not trusted
    assert decode_html(body.encode("cp1252")) == body
    assert decode_html(('<meta charset="utf-8">' + body).encode("cp1252")).endswith(body)
    assert decode_html(b'<meta charset="no-such-encoding"><p>x</p>') == (
        '<meta charset="no-such-encoding"><p>x</p>')


def test_nothing_to_read_is_no_text() -> None:
    assert html_to_text(b"") == html_to_text("   \n") == html_to_text("<!-- only -->") == ""
