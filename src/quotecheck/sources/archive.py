"""The web archive as a fallback: when a page is gone (404, 410), its host unknown, or only
a consent wall answers, the capture nearest the article's date is read instead."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import TYPE_CHECKING
from urllib.parse import quote

from quotecheck.models import SourceText
from quotecheck.settings import ArchiveEndpoints
from quotecheck.sources.http import Fetcher
from quotecheck.sources.web import web_text

if TYPE_CHECKING:
    from quotecheck.sources.maintext import MainTexts

GONE = re.compile(r"^(?:HTTP 404|HTTP 410|DNS lookup|cannot connect|blocked)")




def wants_archive(source: SourceText) -> bool:
    """True when the live page is gone or walled off."""
    return source.error is not None and bool(GONE.match(source.error))


def from_archive(source: SourceText, url: str, fetcher: Fetcher, endpoints: ArchiveEndpoints,
                 when: str | None, *, main_texts: MainTexts | None = None) -> SourceText:
    """``source`` read from its nearest capture, or ``source`` as it was, with the reason."""
    stamp = f"&timestamp={when.replace('-', '')}" if when else ""
    found = fetcher.fetch(f"{endpoints.lookup}?url={quote(url, safe='')}{stamp}")
    if found.error is not None:  # an archive host that does not resolve is not asked again
        return replace(source, error=f"{source.error}; archive not reachable ({found.error})")
    try:
        closest = json.loads(found.body)["archived_snapshots"]["closest"]
        timestamp, available = str(closest["timestamp"]), closest.get("available", True)
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return replace(source, error=f"{source.error}; no archived copy")
    if not available:
        return replace(source, error=f"{source.error}; no archived copy")
    snapshot = f"{endpoints.snapshots}{timestamp}id_/{url}"
    archived = web_text(source.ref, fetcher.fetch(snapshot), main_texts)
    if archived.error is not None:
        return replace(source, error=f"{source.error}; archived copy unreadable "
                                     f"({archived.error})")
    return replace(archived, url=url, archived=f"{snapshot} ({timestamp})")
