"""The main text of an HTML page (trafilatura), kept in the source cache by the page's
SHA-256, so that a repeat run over the same page neither imports nor runs the extractor
(a quarter of a second to import, more to run on a long page).

An entry names the extractor and its version: a new trafilatura computes the text again.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quotecheck.sources.cache import SourceCache

_OPTIONS = "favor_recall, no comments"


def extract_main_text(markup: bytes) -> str:
    """The main article text; a page the extractor cannot handle has none (the visible text
    and JSON-LD layers are still searched)."""
    import trafilatura

    try:
        text = trafilatura.extract(markup, favor_recall=True, include_comments=False)
    except (RecursionError, ValueError, TypeError, AttributeError):
        return ""
    return text if isinstance(text, str) else ""


@cache
def extractor() -> str:
    """The extractor, its version and options, as cache entries name it."""
    from quotecheck.installed import installed_version

    installed = installed_version("trafilatura") or "unknown"
    return f"main text: trafilatura {installed} ({_OPTIONS})"


class MainTexts:
    """Main texts of HTML pages, read from the cache or extracted (and then kept); the
    cache is asked for (``store``) only when a page is read, so a run without HTML sources
    never opens it. With ``refresh``, every text is extracted again."""

    def __init__(self, store: Callable[[], SourceCache], *, refresh: bool = False) -> None:
        self._store = store
        self._refresh = refresh

    def main_text(self, digest: str, markup: bytes) -> str:
        """The main text of ``markup`` (whose SHA-256 is ``digest``)."""
        if not self._refresh:
            kept = self._store().get_text(digest, extractor())
            if kept is not None:
                return kept
        text = extract_main_text(markup)
        self._store().save_text(digest, extractor(), text)
        return text
