"""Settings and where they come from: defaults, a config file, then command-line options.

The config file is the first of ``quotecheck.toml``, ``.quotecheck.toml`` or a
``pyproject.toml`` with a ``[tool.quotecheck]`` table, looking from the article's folder up
to the git root; ``--config`` names one explicitly.
"""

from __future__ import annotations

import difflib
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from quotecheck.cli.limits import check_range, check_repository_path, settings_bytes
from quotecheck.cli.policy import DEFAULT_FAIL_ON
from quotecheck.errors import ConfigError
from quotecheck.models import Verdict
from quotecheck.settings import (
    ArchiveEndpoints,
    CacheSettings,
    CheckSettings,
    CopySettings,
    MatchSettings,
    NetworkSettings,
    PostEndpoints,
)
from quotecheck.sources.resolve import find_root

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

CONFIG_FILES = ("quotecheck.toml", ".quotecheck.toml", "pyproject.toml")
CONFIG_ENV = "QUOTECHECK_CONFIG"
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


@dataclass(frozen=True)
class OutputSettings:
    """How reports show a run: every claim or only those that fail or deserve a look, and
    how many warnings the github format annotates."""

    show_all: bool = False
    github_max_warnings: int = 10


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know beyond the articles themselves."""

    sources: tuple[str, ...] = ()
    match: MatchSettings = field(default_factory=MatchSettings)
    fail_on: frozenset[Verdict] = DEFAULT_FAIL_ON
    include: tuple[str, ...] = ("*.md", "*.markdown", "*.mdx")
    exclude: tuple[str, ...] = ()
    source_map: tuple[tuple[str, str], ...] = ()
    network: NetworkSettings = field(default_factory=NetworkSettings)
    cache: CacheSettings = field(default_factory=CacheSettings)
    posts: PostEndpoints = field(default_factory=PostEndpoints)
    archive: ArchiveEndpoints = field(default_factory=ArchiveEndpoints)
    output: OutputSettings = field(default_factory=OutputSettings)
    origin: str | None = None
    from_file: frozenset[str] = frozenset()
    root: str | None = None
    copies: CopySettings = field(default_factory=CopySettings)
    check_all_quoted: bool = False

    @property
    def check(self) -> CheckSettings:
        """The part of the settings the core needs to check claims."""
        fallback = Path(self.origin).parent if self.origin else Path.cwd()
        return CheckSettings(sources=self.sources, source_map=self.source_map,
                             root=self.root, fallback_root=str(fallback.resolve()),
                             match=self.match, network=self.network, cache=self.cache,
                             posts=self.posts, archive=self.archive, copies=self.copies,
                             check_all_quoted=self.check_all_quoted)


def parse_verdicts(value: str | list[str], key: str) -> frozenset[Verdict]:
    """Verdict names from ``"altered,not_found"`` or a list; an unknown one names ``key``."""
    names = value.split(",") if isinstance(value, str) else value
    known = {v.value: v for v in Verdict}
    chosen = set()
    for raw in names:
        name = str(raw).strip().lower()
        if not name:
            continue
        if name not in known:
            raise ConfigError(f"{key}: unknown verdict {name!r} (choose from {', '.join(known)})")
        chosen.add(known[name])
    return frozenset(chosen)


def _table_of(path: Path) -> dict[str, Any] | None:
    try:
        data = tomllib.loads(settings_bytes(path).decode("utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such config file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc})") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        table = tool.get("quotecheck") if isinstance(tool, dict) else None
        return dict(table) if isinstance(table, dict) else None
    return dict(data)


def find_config(start: Path) -> Path | None:
    """The nearest config file from ``start`` up to the git root."""
    folder = start.resolve()
    for candidate in (folder, *folder.parents):
        for name in CONFIG_FILES:
            path = candidate / name
            if path.is_file() and (name != "pyproject.toml" or _table_of(path) is not None):
                return path
        if (candidate / ".git").exists():
            return None
    return None


def _globs(table: dict[str, Any], key: str, where: str, default: tuple[str, ...]
           ) -> tuple[str, ...]:
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


def _match_settings(table: Any, where: str) -> MatchSettings:
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


def _sources(value: Any, path: Path, root: Path | None
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


def _section(table: Any, name: str, keys: dict[str, str], default: Any, where: str) -> Any:
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


def settings_from_file(path: Path, repository: Path | None = None) -> Settings:
    """Settings read from the config file at ``path``; ``repository`` is the root of the
    repository the file was found in (not named by the user), whose limits it must keep."""
    table = _table_of(path) or {}
    where = str(path)
    unknown = set(table) - set(KEYS)
    if unknown:
        raise ConfigError(unknown_key(where, sorted(unknown)[0], KEYS))
    if repository is not None:
        _repository_limits(table, where)
    sources, source_map = _sources(table.get("sources", []), path, repository)
    fail_on = table.get("fail-on", sorted(v.value for v in DEFAULT_FAIL_ON))
    if not isinstance(fail_on, (str, list)):
        raise ConfigError(f"{where}: fail-on must be a list of verdicts")
    return Settings(
        sources=sources,
        source_map=source_map,
        include=_globs(table, "include", where, Settings.include),
        exclude=_globs(table, "exclude", where, ()),
        match=_match_settings(table.get("match", {}), where),
        fail_on=parse_verdicts(fail_on, f"{where}: fail-on"),
        network=_section(table.get("network", {}), "network", NETWORK_KEYS, NetworkSettings(),
                         where),
        cache=_cache(table.get("cache", {}), path, where, repository),
        posts=_section(table.get("posts", {}), "posts", POSTS_KEYS, PostEndpoints(), where),
        archive=_section(table.get("archive", {}), "archive", ARCHIVE_KEYS, ArchiveEndpoints(),
                         where),
        output=_section(table.get("output", {}), "output", OUTPUT_KEYS, OutputSettings(), where),
        origin=where,
        from_file=_keys_set(table),
        check_all_quoted=_flag(table, "check-all-quoted", where),
        copies=_copies(table.get("copies", {}), where),
    )


def _copies(table: Any, where: str) -> CopySettings:
    """The ``[copies]`` table: the search for prose copied without quotation marks (its
    ranges are in :data:`quotecheck.cli.limits.RANGES`)."""
    copies: CopySettings = _section(table, "copies", COPIES_KEYS, CopySettings(), where)
    return copies


def _flag(table: dict[str, Any], key: str, where: str) -> bool:
    value = table.get(key, False)
    if not isinstance(value, bool):
        raise ConfigError(f"{where}: {key} must be true or false, not {value!r}")
    return value


def _cache(table: Any, path: Path, where: str, root: Path | None) -> CacheSettings:
    cache: CacheSettings = _section(table, "cache", CACHE_KEYS, CacheSettings(), where)
    if isinstance(table, dict) and "path" in table:  # relative to the config file
        cache = replace(cache, path=str((path.parent / cache.path).resolve()))
        if root is not None:
            check_repository_path(where, "cache.path", Path(cache.path), root)
    return cache


def _repository_limits(table: dict[str, Any], where: str) -> None:
    """What a config file inside the checked repository may not do."""
    network = table.get("network")
    if isinstance(network, dict) and "allow-private" in network:
        raise ConfigError(f"{where}: network.allow-private cannot be set by a repository's "
                          "config file; use --allow-private or your own config "
                          f"(--config FILE or ${CONFIG_ENV})")


def config_path(explicit: Path | None, env: Mapping[str, str], start: Path) -> Path | None:
    """The config file to read: ``--config``, else ``$QUOTECHECK_CONFIG``, else the nearest
    ``quotecheck.toml``, ``.quotecheck.toml`` or ``pyproject.toml`` with a tool table."""
    if explicit is not None:
        return explicit
    if env.get(CONFIG_ENV):
        return Path(env[CONFIG_ENV])
    return find_config(start)


def load_settings(config: Path | None, start: Path, env: Mapping[str, str] | None = None
                  ) -> Settings:
    """Settings from the config file :func:`config_path` picks, else the defaults."""
    path = config_path(config, env or {}, start)
    if path is None:
        return Settings()
    named = config is not None or bool((env or {}).get(CONFIG_ENV))
    return settings_from_file(path, None if named else find_root(path.parent))


def describe(settings: Settings) -> list[tuple[str, str, str]]:
    """(key, value as TOML, where it came from) for every setting."""
    origin = settings.origin or "default"

    def source(key: str) -> str:
        return origin if key in settings.from_file else "default"

    def toml_list(values: Any) -> str:
        return "[" + ", ".join(f'"{v}"' for v in values) + "]"

    rows = [
        ("fail-on", toml_list(sorted(v.value for v in settings.fail_on)), source("fail-on")),
        ("sources.paths", toml_list(settings.sources), source("sources.paths")),
        ("include", toml_list(settings.include), source("include")),
        ("exclude", toml_list(settings.exclude), source("exclude")),
        ("match.elision-window", str(settings.match.elision_window),
         source("match.elision-window")),
        ("match.bracket-window", str(settings.match.bracket_window),
         source("match.bracket-window")),
        ("check-all-quoted", _toml(settings.check_all_quoted), source("check-all-quoted")),
    ]
    rows += [(f"sources.map[{url}]", f'"{path}"', source("sources.map"))
             for url, path in settings.source_map]
    sections = (("network", settings.network, NETWORK_KEYS), ("cache", settings.cache,
                CACHE_KEYS), ("posts", settings.posts, POSTS_KEYS),
                ("archive", settings.archive, ARCHIVE_KEYS),
                ("output", settings.output, OUTPUT_KEYS),
                ("copies", settings.copies, COPIES_KEYS))
    rows += [(f"{name}.{key}", _toml(getattr(values, attr)), source(f"{name}.{key}"))
             for name, values, keys in sections for key, attr in keys.items()]
    return rows


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return f'"{value}"' if isinstance(value, str) else str(value)


_KINDS = {int: "a whole number", float: "a number", str: "a string", bool: "true or false"}


def unknown_key(where: str, key: str, known: Iterable[str]) -> str:
    """The message for a misspelt key, with the closest known key when there is one."""
    close = difflib.get_close_matches(key, list(known), n=1)
    return f"{where}: unknown key {key!r}" + (f" (did you mean {close[0]!r}?)" if close else "")


def _keys_set(table: dict[str, Any]) -> frozenset[str]:
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
