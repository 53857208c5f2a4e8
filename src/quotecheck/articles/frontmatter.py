"""Front matter at the top of an article — YAML between ``---`` fences or TOML between
``+++`` fences — read with real parsers (PyYAML's safe loader, tomllib); only the keys
quotecheck uses: ``sources``, ``quotecheck`` and ``date``."""

from __future__ import annotations

import datetime as dt
import re
import sys
from dataclasses import dataclass
from typing import Any

#: blank lines before the opening fence are allowed (Hugo skips them too)
_LEADING_BLANKS = r"\A(?:[ \t]*\r?\n){0,8}"
_YAML_FENCE = re.compile(_LEADING_BLANKS + r"---[ \t]*\r?\n(?P<body>[\s\S]*?)"
                         r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
_TOML_FENCE = re.compile(_LEADING_BLANKS + r"\+\+\+[ \t]*\r?\n(?P<body>[\s\S]*?)"
                         r"^\+\+\+[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
#: front matter is a few lines; a longer block is not read (untrusted input, bounded work)
MAX_FRONT_MATTER = 64 * 1024
_OFF = {"false", "no", "off", "0"}
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y", "%B %d %Y",
                 "%Y/%m/%d", "%d.%m.%Y", "%a, %d %b %Y")


@dataclass(frozen=True)
class FrontMatter:
    """Where the article body starts and the sources its front matter lists."""

    body_start: int
    sources: tuple[str, ...]
    enabled: bool = True
    date: str | None = None
    problem: str | None = None  # why the front matter could not be read


class _UnreadableError(Exception):
    """Front matter that does not parse, or is too long to read."""


def _load(body: str, toml: bool) -> dict[str, Any]:
    """The front matter's mapping; empty when it is not a mapping. Raises
    :class:`_UnreadableError` when it does not parse or is too long."""
    if len(body) > MAX_FRONT_MATTER:
        raise _UnreadableError(f"longer than {MAX_FRONT_MATTER // 1024} KB")
    try:
        if toml:
            if sys.version_info >= (3, 11):
                import tomllib
            else:  # pragma: no cover - Python 3.10
                import tomli as tomllib
            data: Any = tomllib.loads(body)
        else:
            import yaml

            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            data = yaml.load(body, Loader=loader)  # a safe loader: no objects built
    except Exception as exc:  # any parser error, or nesting too deep
        raise _UnreadableError(_first_line(exc)) from None  # the body still starts after the fence
    return data if isinstance(data, dict) else {}


def _first_line(exc: Exception) -> str:
    """A parser's message, on one line and short (it may quote the untrusted text)."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 120 else text[:119] + "…"


def _sources(value: Any) -> tuple[str, ...]:
    """``sources:`` as a list of paths: a list or a single value; only scalars count."""
    items = value if isinstance(value, list) else [value]
    return tuple(str(item).strip() for item in items
                 if isinstance(item, (str, int, float)) and not isinstance(item, bool)
                 and str(item).strip())


def _enabled(value: Any) -> bool:
    if value is False or value == 0:
        return False
    return not (isinstance(value, str) and value.strip().casefold() in _OFF)


def iso_date(value: Any) -> str | None:
    """Any usual form of ``date:`` (a YAML or TOML date or datetime, ``2024-05-02``,
    ``2024-05-02T10:00:00Z``, ``May 2, 2024``, ``2 May 2024``…) as ``2024-05-02``."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if not isinstance(value, str):
        return None
    if m := _ISO.match(value):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    text = " ".join(value.replace(",", ", ").split()).replace(" ,", ",")
    words = text.split(" ")
    candidates = [" ".join(words[: len(words) - n]) for n in range(min(3, len(words) - 1) + 1)]
    for fmt in _DATE_FORMATS:
        for candidate in candidates:  # without a trailing time and zone
            try:
                return dt.datetime.strptime(candidate, fmt).date().isoformat()
            except ValueError:
                continue
    return None


def split_front_matter(raw: str) -> FrontMatter:
    """Find front matter at the start of ``raw`` and read the keys quotecheck uses."""
    m = _YAML_FENCE.match(raw)
    toml = m is None
    if m is None:
        m = _TOML_FENCE.match(raw)
    if m is None:
        return FrontMatter(0, ())
    try:
        data = _load(m.group("body"), toml)
    except _UnreadableError as why:
        kind = "TOML" if toml else "YAML"
        return FrontMatter(m.end(), (), problem=f"front matter is not valid {kind} ({why}): "
                           "its sources, quotecheck and date keys were not read")
    return FrontMatter(m.end(), _sources(data.get("sources")),
                       _enabled(data.get("quotecheck", True)), iso_date(data.get("date")))
