"""Settings and where they come from: defaults, a config file, then command-line options.

The config file is the first of ``quotecheck.toml``, ``.quotecheck.toml`` or a
``pyproject.toml`` with a ``[tool.quotecheck]`` table, looking from the article's folder up
to the git root; ``--config`` names one explicitly. config_keys.py checks each key's value.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotecheck.cli.config_keys import (
    ARCHIVE_KEYS,
    CACHE_KEYS,
    COPIES_KEYS,
    KEYS,
    NETWORK_KEYS,
    OUTPUT_KEYS,
    POSTS_KEYS,
    cache_settings,
    copy_settings,
    flag,
    globs,
    keys_set,
    match_settings,
    section,
    source_paths,
    unknown_key,
)
from quotecheck.cli.limits import settings_bytes
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
    sources, source_map = source_paths(table.get("sources", []), path, repository)
    fail_on = table.get("fail-on", sorted(v.value for v in DEFAULT_FAIL_ON))
    if not isinstance(fail_on, (str, list)):
        raise ConfigError(f"{where}: fail-on must be a list of verdicts")
    return Settings(
        sources=sources,
        source_map=source_map,
        include=globs(table, "include", where, Settings.include),
        exclude=globs(table, "exclude", where, ()),
        match=match_settings(table.get("match", {}), where),
        fail_on=parse_verdicts(fail_on, f"{where}: fail-on"),
        network=section(table.get("network", {}), "network", NETWORK_KEYS, NetworkSettings(),
                        where),
        cache=cache_settings(table.get("cache", {}), path, where, repository),
        posts=section(table.get("posts", {}), "posts", POSTS_KEYS, PostEndpoints(), where),
        archive=section(table.get("archive", {}), "archive", ARCHIVE_KEYS, ArchiveEndpoints(),
                        where),
        output=section(table.get("output", {}), "output", OUTPUT_KEYS, OutputSettings(), where),
        origin=where,
        from_file=keys_set(table),
        check_all_quoted=flag(table, "check-all-quoted", where),
        copies=copy_settings(table.get("copies", {}), where),
    )


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
