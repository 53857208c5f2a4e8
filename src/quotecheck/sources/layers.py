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


def _json_ld_bodies(soup: BeautifulSoup) -> list[str]:
    bodies = []
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data: Any = json.loads(script.string or "")
        except ValueError:
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(
            data, dict) else []
        bodies += [item["articleBody"] for item in items
                   if isinstance(item, dict) and isinstance(item.get("articleBody"), str)]
    return bodies


def html_layers(ref: str, markup: bytes, *, path: str | None = None, url: str | None = None
                ) -> SourceText:
    """The main layer, with the visible text and JSON-LD body as alternatives."""
    digest = hashlib.sha256(markup).hexdigest()
    soup = parse_html(markup)
    json_ld = "\n\n".join(_json_ld_bodies(soup))  # before the scripts are dropped
    visible = SourceText(ref, text=html_to_text(soup), path=path, url=url, layer="full",
                         sha256=digest)
    main_text = trafilatura.extract(markup, favor_recall=True, include_comments=False) or ""
    others = [visible]
    if json_ld.strip():
        others.append(replace(visible, text=json_ld, layer="json-ld"))
    if main_text.strip() and main_text.strip() != visible.text.strip():
        return replace(visible, text=main_text, layer="main", alternatives=tuple(others))
    return replace(visible, alternatives=tuple(others[1:]))
