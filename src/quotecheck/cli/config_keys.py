"""The keys of a config file and the checks of their values: each table's keys, their types
and ranges, unknown keys (named with the closest known one), glob lists, and source and
cache paths resolved against the file and kept inside the repository."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from quotecheck.cli.limits import check_range, check_repository_path
from quotecheck.errors import ConfigError
from quotecheck.settings import CacheSettings, CopySettings, MatchSettings

KEYS = ("fail-on", "sources", "include", "exclude", "match", "network", "cache", "posts",
        "archive", "output", "check-all-quoted", "copies")
COPIES_KEYS = {"enabled": "enabled", "min-words": "min_words", "max-gap": "max_gap"}
POSTS_KEYS = {"syndication-url": "syndication", "oembed-url": "oembed"}
ARCHIVE_KEYS = {"lookup-url": "lookup", "snapshot-url": "snapshots", "enabled": "enabled"}
NETWORK_KEYS = {"connect-timeout": "connect_timeout", "read-timeout": "read_timeout",
                "user-agent": "user_agent", "max-bytes": "max_bytes", "retries": "retries",
                "allow-private": "allow_private", "concurrency": "concurrency",
                "per-host": "per_host", "host-interval": "host_interval",
                "resolve-timeout": "resolve_timeout", "deadline": "deadline"}
CACHE_KEYS = {"path": "path", "expire-days": "expire_days"}
OUTPUT_KEYS = {"show-all": "show_all", "github-max-warnings": "github_max_warnings"}
_KINDS = {int: "a whole number", float: "a number", str: "a string", bool: "true or false"}


def globs(table: dict[str, Any], key: str, where: str, default: tuple[str, ...]
          ) -> tuple[str, ...]:
    """The list of glob patterns under ``key`` (``include``, ``exclude``), else ``default``."""
    value = table.get(key, list(default))
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {key} must be a list of glob patterns")
    return tuple(value)


def _integer(table: dict[str, Any], key: str, where: str, default: int) -> int:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigError(f"{where}: {key} must be a whole number of characters, not {value!r}")
    check_range(where, f"match.{key}", value, "a whole number")
    return value


def match_settings(table: Any, where: str) -> MatchSettings:
    """The ``[match]`` table: the elision and bracket windows."""
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: [match] must be a table")
    unknown = set(table) - {"elision-window", "bracket-window"}
    if unknown:
        raise ConfigError(unknown_key(where, f"match.{sorted(unknown)[0]}",
                                      [f"match.{k}" for k in ("elision-window", "bracket-window")]))
    defaults = MatchSettings()
    return MatchSettings(
        elision_window=_integer(table, "elision-window", where, defaults.elision_window),
        bracket_window=_integer(table, "bracket-window", where, defaults.bracket_window),
    )


def source_paths(value: Any, path: Path, root: Path | None
             ) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """``sources = [paths]``, or a ``[sources]`` table with ``paths`` and ``[[sources.map]]``
    entries (``url`` and ``path``: a local copy of a web source, e.g. behind a paywall).
    With ``root`` (a repository's own config) every path must lie inside it."""
    where = str(path)
    table = {"paths": value} if isinstance(value, list) else value
    if not isinstance(table, dict) or set(table) - {"paths", "map"}:
        raise ConfigError(f"{where}: sources must be a list of paths or a table with "
                          "paths and [[sources.map]]")
    paths = table.get("paths", [])
    if not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
        raise ConfigError(f"{where}: sources must be a list of paths")
    entries = table.get("map", [])
    if not isinstance(entries, list):
        raise ConfigError(f"{where}: sources.map must be a list of [[sources.map]] tables")
    mapping = []
    for entry in entries:
        if not (isinstance(entry, dict) and set(entry) == {"url", "path"}
                and all(isinstance(v, str) for v in entry.values())):
            raise ConfigError(f"{where}: each [[sources.map]] needs exactly url and path")
        mapping.append((entry["url"], str((path.parent / entry["path"]).resolve())))
    resolved = tuple(str((path.parent / p).resolve()) for p in paths)
    if root is not None:
        for key, local in [*(("sources", p) for p in resolved),
                           *(("sources.map", p) for _, p in mapping)]:
            check_repository_path(where, key, Path(local), root)
    return resolved, tuple(mapping)


def section(table: Any, name: str, keys: dict[str, str], default: Any, where: str) -> Any:
    """A ``[network]`` or ``[cache]`` table as the dataclass ``default`` is, typed alike."""
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: [{name}] must be a table")
    values = {}
    for key, value in table.items():
        if key not in keys:
            raise ConfigError(unknown_key(where, f"{name}.{key}", [f"{name}.{k}" for k in keys]))
        expected = type(getattr(default, keys[key]))
        ok = isinstance(value, expected) or (expected is float and isinstance(value, int))
        if not ok or isinstance(value, bool) != (expected is bool) or (
                isinstance(value, (int, float)) and value < 0):
            raise ConfigError(f"{where}: {name}.{key} must be {_KINDS[expected]}, "
                              f"not {value!r}")
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            check_range(where, f"{name}.{key}", value, _KINDS[expected])
        values[keys[key]] = expected(value)
    return replace(default, **values)


def copy_settings(table: Any, where: str) -> CopySettings:
    """The ``[copies]`` table: the search for prose copied without quotation marks (its
    ranges are in :data:`quotecheck.cli.limits.RANGES`)."""
    copies: CopySettings = section(table, "copies", COPIES_KEYS, CopySettings(), where)
    return copies


def flag(table: dict[str, Any], key: str, where: str) -> bool:
    """The true or false under ``key``, false when it is not set."""
    value = table.get(key, False)
    if not isinstance(value, bool):
        raise ConfigError(f"{where}: {key} must be true or false, not {value!r}")
    return value


def cache_settings(table: Any, path: Path, where: str, root: Path | None) -> CacheSettings:
    """The ``[cache]`` table, its ``path`` relative to the config file (and inside ``root``,
    the repository, when given)."""
    cache: CacheSettings = section(table, "cache", CACHE_KEYS, CacheSettings(), where)
    if isinstance(table, dict) and "path" in table:  # relative to the config file
        cache = replace(cache, path=str((path.parent / cache.path).resolve()))
        if root is not None:
            check_repository_path(where, "cache.path", Path(cache.path), root)
    return cache


def unknown_key(where: str, key: str, known: Iterable[str]) -> str:
    """The message for a misspelt key, with the closest known key when there is one."""
    close = difflib.get_close_matches(key, list(known), n=1)
    return f"{where}: unknown key {key!r}" + (f" (did you mean {close[0]!r}?)" if close else "")


def keys_set(table: dict[str, Any]) -> frozenset[str]:
    """The keys a config file sets, dotted for tables (``network.read-timeout``), so that
    ``quotecheck config`` names the file only for the keys it really sets."""
    keys = set()
    for key, value in table.items():
        keys.add(key)
        if isinstance(value, dict):
            keys.update(f"{key}.{sub}" for sub in value)
        elif key == "sources" and isinstance(value, list):
            keys.add("sources.paths")
    return frozenset(keys)
