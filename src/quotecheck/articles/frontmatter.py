"""YAML (``---``) or TOML (``+++``) front matter at the top of an article: only the keys
quotecheck reads."""

from __future__ import annotations

import re
from dataclasses import dataclass

_FENCE = re.compile(r"\A(?P<fence>---|\+\+\+)[ \t]*\r?\n(?P<body>[\s\S]*?)"
                    r"^(?:(?P=fence)|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
_KEY = r"[ \t]*[:=]"  # YAML ``key:`` or TOML ``key =``
_INLINE_LIST = re.compile(rf"^sources{_KEY}[ \t]*\[(?P<items>[^\]]*)\][ \t]*$", re.MULTILINE)
_BLOCK_LIST = re.compile(rf"^sources{_KEY}[ \t]*\r?\n(?P<items>(?:[ \t]+-[^\n]*\n?)+)",
                         re.MULTILINE)
_SINGLE = re.compile(rf"^sources{_KEY}[ \t]*(?P<item>[^\s\[][^\n]*)$", re.MULTILINE)
_DATE = re.compile(rf"^date{_KEY}[ \t]*[\"']?(?P<date>\d{{4}}-\d{{2}}-\d{{2}})", re.MULTILINE)
_DISABLED = re.compile(rf"^quotecheck{_KEY}[ \t]*(?:false|no|off)[ \t]*$",
                       re.MULTILINE | re.IGNORECASE)


@dataclass(frozen=True)
class FrontMatter:
    """Where the article body starts and the sources its front matter lists."""

    body_start: int
    sources: tuple[str, ...]
    enabled: bool = True
    date: str | None = None


def _unquote(item: str) -> str:
    item = item.strip()
    if len(item) >= 2 and item[0] == item[-1] and item[0] in "\"'":
        return item[1:-1]
    return item


def split_front_matter(raw: str) -> FrontMatter:
    """Find front matter at the start of ``raw`` and read its ``sources:`` list."""
    m = _FENCE.match(raw)
    if not m:
        return FrontMatter(0, ())
    body = m.group("body")
    items: list[str] = []
    if inline := _INLINE_LIST.search(body):
        items = [_unquote(x) for x in inline.group("items").split(",")]
    elif block := _BLOCK_LIST.search(body):
        items = [_unquote(line.strip()[1:]) for line in block.group("items").splitlines()]
    elif single := _SINGLE.search(body):
        items = [_unquote(single.group("item"))]
    enabled = _DISABLED.search(body) is None
    date = _DATE.search(body)
    return FrontMatter(m.end(), tuple(i for i in items if i), enabled,
                       date.group("date") if date else None)
