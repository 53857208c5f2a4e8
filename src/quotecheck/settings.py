"""Settings of the core stages, light to import: the shell reads them from a config file
and options, the core only receives them."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


def _user_agent() -> str:
    from quotecheck import __version__

    return f"quotecheck/{__version__}"


@dataclass(frozen=True)
class MatchSettings:
    """How far apart the pieces of a quote may lie in the source."""

    elision_window: int = 2000
    bracket_window: int = 80


def _default_cache_path() -> str:
    from platformdirs import user_cache_dir

    return str(Path(user_cache_dir("quotecheck")) / "http.sqlite")


@dataclass(frozen=True)
class NetworkSettings:
    """How quotecheck talks to web servers."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    user_agent: str = field(default_factory=_user_agent)
    max_bytes: int = 20 * 1024 * 1024
    retries: int = 2
    allow_private: bool = False
    concurrency: int = 16
    per_host: int = 4
    host_interval: float = 0.0
    resolve_timeout: float = 5.0
    deadline: float = 30.0
    offline: bool = False
    refresh: bool = False


@dataclass(frozen=True)
class CacheSettings:
    """Where fetched sources are kept, and for how long."""

    path: str = field(default_factory=_default_cache_path)
    expire_days: float = 7.0


@dataclass(frozen=True)
class PostEndpoints:
    """Where social posts are read (configurable, so tests can serve their own)."""

    syndication: str = "https://cdn.syndication.twimg.com/tweet-result"
    oembed: str = "https://publish.twitter.com/oembed"


@dataclass(frozen=True)
class ArchiveEndpoints:
    """Where captures are looked up and read (configurable, so tests can serve their own)."""

    lookup: str = "https://archive.org/wayback/available"
    snapshots: str = "https://web.archive.org/web/"
    enabled: bool = True


@dataclass(frozen=True)
class CopySettings:
    """Whether to look for prose copied from the sources without quotation marks, how many
    words in a row make a finding, and how many differing words may separate two shared
    runs that still make one passage."""

    enabled: bool = False
    min_words: int = 12
    max_gap: int = 8


@dataclass(frozen=True)
class CheckSettings:
    """What the core needs to check claims: trusted sources, local copies of web pages,
    the root article links must stay in (``root``: always; ``fallback_root``: where no git
    top level is found), matching windows, how to reach the web, and whether quoted words
    that are not quotations are checked too."""

    sources: tuple[str, ...] = ()
    source_map: tuple[tuple[str, str], ...] = ()
    root: str | None = None
    fallback_root: str | None = None
    match: MatchSettings = field(default_factory=MatchSettings)
    network: NetworkSettings = field(default_factory=NetworkSettings)
    cache: CacheSettings = field(default_factory=CacheSettings)
    posts: PostEndpoints = field(default_factory=PostEndpoints)
    archive: ArchiveEndpoints = field(default_factory=ArchiveEndpoints)
    copies: CopySettings = field(default_factory=CopySettings)
    check_all_quoted: bool = False
