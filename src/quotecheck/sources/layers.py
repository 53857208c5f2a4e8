"""An HTML source read three ways, searched in this order: the main article text
(trafilatura, favouring recall, no comments), the whole visible text, and the JSON-LD
``articleBody``. The finding says which layer matched.

trafilatura is slow to import (a quarter of a second), so a reader given the cache
(:class:`.maintext.MainTexts`) keeps the main text there by the page's SHA-256: a repeat
run over the same page neither imports nor runs it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from quotecheck.models import SourceText
from quotecheck.sources.html import html_to_text, read_html
from quotecheck.sources.maintext import extract_main_text

if TYPE_CHECKING:
    from quotecheck.sources.maintext import MainTexts


def _json_ld_items(data: Any) -> list[Any]:
    """The objects of one JSON-LD block: itself, its list, or its ``@graph`` list."""
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        graph = data.get("@graph")
        return graph if isinstance(graph, list) else [data]
    return []


def _json_ld_bodies(scripts: list[str]) -> list[str]:
    """The ``articleBody`` strings of a page's JSON-LD scripts."""
    bodies: list[str] = []
    for script in scripts:
        try:
            data: Any = json.loads(script)
        except (ValueError, RecursionError):  # malformed, or nested beyond the stack
            continue
        bodies += [item["articleBody"] for item in _json_ld_items(data)
                   if isinstance(item, dict) and isinstance(item.get("articleBody"), str)]
    return bodies


def html_layers(ref: str, markup: bytes, *, path: str | None = None, url: str | None = None,
                main_texts: MainTexts | None = None) -> SourceText:
    """The main layer, with the visible text and JSON-LD body as alternatives (the main
    text read from ``main_texts``, the cache, when there is one)."""
    digest = hashlib.sha256(markup).hexdigest()
    page = read_html(markup)
    json_ld = "\n\n".join(_json_ld_bodies(page.json_ld))
    visible = SourceText(ref, text=html_to_text(page), path=path, url=url, layer="full",
                         sha256=digest)
    main_text = (extract_main_text(markup) if main_texts is None
                 else main_texts.main_text(digest, markup))
    others = [visible]
    if json_ld.strip():
        others.append(replace(visible, text=json_ld, layer="json-ld"))
    if main_text.strip() and main_text.strip() != visible.text.strip():
        return replace(visible, text=main_text, layer="main", alternatives=tuple(others))
    return replace(visible, alternatives=tuple(others[1:]))
