"""Hostile article inputs for the readers (issue 15): each builds about ``size`` characters
of one pattern that a naive reader rescans once per opener."""

from __future__ import annotations

from collections.abc import Callable

_UNITS: dict[str, tuple[str, str]] = {
    # name: (file suffix, repeated unit)
    "unclosed <a href> (Markdown)": (".md", 'x <a href="http://e.example/">word '),
    "unclosed <a href> lines (Markdown)": (".md", '<a href="http://e.example/">word\n'),
    "unclosed <!-- (Markdown)": (".md", "x <!-- word "),
    "unclosed <!-- lines (Markdown)": (".md", "<!-- word\n\n"),
    "unclosed code spans (Markdown)": (".md", "x `` word ` "),
    "unclosed links and images (Markdown)": (".md", "[a](b ![c]( [d][ "),
    "emphasis runs (Markdown)": (".md", "*a _b **c __d "),
    "unclosed templates (Markdown)": (".md", "{{ a {% b {{< c {{% d {# e "),
    "unclosed attribute quotes (Markdown)": (".md", '<a b="x <i c=\'y '),
    "unbalanced braces (MDX)": (".mdx", "{ a <B c={ "),
    "unclosed <a href> (HTML)": (".html", 'x <a href="http://e.example/">word '),
    "unclosed <!-- (HTML)": (".html", "x <!-- word "),
    "unclosed tags and quotes (HTML)": (".html", '<p a="x <q b=\'y <blockquote '),
    "nested block quotes (HTML)": (".html", "<blockquote><cite>x "),
    "unclosed elements and stray end tags (HTML)": (".html", "<div><blockquote><i></span>x "),
    "unclosed HTML blocks between paragraphs (Markdown)": (".md", "<div>\n\nx “y” z\n\n"),
}


def cases() -> dict[str, tuple[str, Callable[[int], str]]]:
    """Each hostile input by name: its file suffix and a builder of ``size`` characters."""
    def builder(unit: str) -> Callable[[int], str]:
        return lambda size: (unit * (size // len(unit) + 1))[:size]
    return {name: (suffix, builder(unit)) for name, (suffix, unit) in _UNITS.items()}


def prose(size: int) -> str:
    """Ordinary Markdown of ``size`` characters: the baseline a hostile input is compared to."""
    unit = ("The mayor said “we will not raise fares this year,” adding that [the plan]"
            "(https://city.example/plan) is *final*. `code` and <em>HTML</em> &amp; more.\n\n")
    return (unit * (size // len(unit) + 1))[:size]
