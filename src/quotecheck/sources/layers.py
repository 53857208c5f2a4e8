"""An HTML source read three ways, searched in this order: the main article text
(trafilatura, favouring recall, no comments), the whole visible text, and the JSON-LD
``articleBody``. The finding says which layer matched."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from typing import Any

import trafilatura
from bs4 import BeautifulSoup

from quotecheck.models import SourceText
from quotecheck.sources.html import html_to_text, parse_html


def _json_ld_items(data: Any) -> list[Any]:
    """The objects of one JSON-LD block: itself, its list, or its ``@graph`` list."""
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        graph = data.get("@graph")
        return graph if isinstance(graph, list) else [data]
    return []


def _json_ld_bodies(soup: BeautifulSoup) -> list[str]:
    bodies = []
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data: Any = json.loads(script.string or "")
        except (ValueError, RecursionError):  # malformed, or nested beyond the stack
            continue
        bodies += [item["articleBody"] for item in _json_ld_items(data)
                   if isinstance(item, dict) and isinstance(item.get("articleBody"), str)]
    return bodies


def _main_text(markup: bytes) -> str:
    """The main article text; a page the extractor cannot handle has none (the visible text
    and JSON-LD layers are still searched)."""
    try:
        return trafilatura.extract(markup, favor_recall=True, include_comments=False) or ""
    except (RecursionError, ValueError, TypeError, AttributeError):
        return ""


def html_layers(ref: str, markup: bytes, *, path: str | None = None, url: str | None = None
                ) -> SourceText:
    """The main layer, with the visible text and JSON-LD body as alternatives."""
    digest = hashlib.sha256(markup).hexdigest()
    soup = parse_html(markup)
    json_ld = "\n\n".join(_json_ld_bodies(soup))  # before the scripts are dropped
    visible = SourceText(ref, text=html_to_text(soup), path=path, url=url, layer="full",
                         sha256=digest)
    main_text = _main_text(markup)
    others = [visible]
    if json_ld.strip():
        others.append(replace(visible, text=json_ld, layer="json-ld"))
    if main_text.strip() and main_text.strip() != visible.text.strip():
        return replace(visible, text=main_text, layer="main", alternatives=tuple(others))
    return replace(visible, alternatives=tuple(others[1:]))
