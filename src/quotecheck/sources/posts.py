"""Social posts as sources: a status link is read from the public syndication JSON, then
from oEmbed; a deleted post is unavailable, with that reason."""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any
from urllib.parse import quote

from quotecheck.models import SourceText
from quotecheck.settings import PostEndpoints
from quotecheck.sources.http import Fetcher

STATUS = re.compile(r"^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/\w+/status(?:es)?/"
                    r"(?P<id>\d+)")




def status_id(url: str) -> str | None:
    """The post id in a status link, or None when ``url`` is not one."""
    m = STATUS.match(url)
    return m.group("id") if m else None


def _json(body: bytes) -> Any:
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        return None


def read_post(ref: str, url: str, fetcher: Fetcher, endpoints: PostEndpoints) -> SourceText:
    """The text of the post at the status link ``url``."""
    post_id = status_id(url) or ""
    syndication = fetcher.fetch(f"{endpoints.syndication}?id={post_id}&token=0")
    data = _json(syndication.body) if syndication.error is None else None
    if isinstance(data, dict) and data.get("__typename") == "TweetTombstone":
        return SourceText(ref, url=url, error="post deleted")
    if isinstance(data, dict) and isinstance(data.get("text"), str):
        user = data["user"] if isinstance(data.get("user"), dict) else {}
        return _post(ref, url, data["text"], "syndication",
                     _author(user.get("name"), user.get("screen_name")))
    oembed = fetcher.fetch(f"{endpoints.oembed}?url={quote(url, safe='')}&omit_script=1")
    if oembed.error == "HTTP 404" and syndication.error == "HTTP 404":
        return SourceText(ref, url=url, error="post deleted")
    data = _json(oembed.body) if oembed.error is None else None
    if isinstance(data, dict) and isinstance(data.get("html"), str):
        from quotecheck.sources.html import html_to_text  # lxml: only for a post read

        return _post(ref, url, html_to_text(data["html"]), "oembed",
                     _author(data.get("author_name"), None))
    return SourceText(ref, url=url, error=f"post unavailable ({oembed.error or 'no text'})")


def _author(name: object, handle: object) -> tuple[tuple[int, str], ...]:
    """The post's author as its one speaker turn: "Name (@handle)", or whichever is known."""
    parts = [str(name).strip()] if isinstance(name, str) and name.strip() else []
    if isinstance(handle, str) and handle.strip():
        parts.append(f"(@{handle.strip().lstrip('@')})")
    return ((0, " ".join(parts)),) if parts else ()


def _post(ref: str, url: str, text: str, layer: str,
          speakers: tuple[tuple[int, str], ...] = ()) -> SourceText:
    return SourceText(ref, url=url, text=text, layer=layer, speakers=speakers,
                      sha256=hashlib.sha256(text.encode()).hexdigest())
