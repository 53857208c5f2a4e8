"""Bounds on what settings and settings files may hold, checked when they are loaded.

Every numeric key has a range (finite; positive where zero makes no sense; a sane maximum),
files read as settings or baselines are size-capped regular files, and a config file found
inside the checked repository (not named with ``--config`` or ``$QUOTECHECK_CONFIG``) may
not widen what the repository's own articles can reach.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path

from quotecheck.confine import NotRegularFileError, inside, read_regular
from quotecheck.errors import ConfigError

MAX_SETTINGS_FILE = 1024 * 1024
MAX_BASELINE_FILE = 64 * 1024 * 1024
MAX_JOBS = 32


@dataclass(frozen=True)
class Range:
    """The values a numeric key accepts: above (or from) ``low``, up to ``high``."""

    low: float
    high: float
    low_allowed: bool = False
    unit: str = ""

    def describe(self) -> str:
        """The range in words, e.g. ``greater than 0 and at most 300 seconds``."""
        low = f"at least {self.low:g}" if self.low_allowed else f"greater than {self.low:g}"
        return f"{low} and at most {self.high:g}{' ' + self.unit if self.unit else ''}"


RANGES: dict[str, Range] = {
    "network.connect-timeout": Range(0, 300, unit="seconds"),
    "network.read-timeout": Range(0, 300, unit="seconds"),
    "network.resolve-timeout": Range(0, 60, unit="seconds"),
    "network.deadline": Range(0, 3600, unit="seconds"),
    "network.max-bytes": Range(1, 1024**3, low_allowed=True, unit="bytes"),
    "network.retries": Range(0, 10, low_allowed=True),
    "network.concurrency": Range(1, 64, low_allowed=True),
    "network.per-host": Range(1, 32, low_allowed=True),
    "network.host-interval": Range(0, 60, low_allowed=True, unit="seconds"),
    "cache.expire-days": Range(0, 3650, unit="days"),
    "match.elision-window": Range(0, 10_000, low_allowed=True, unit="characters"),
    "match.bracket-window": Range(0, 10_000, low_allowed=True, unit="characters"),
    "output.github-max-warnings": Range(0, 10_000, low_allowed=True, unit="warnings"),
    "copies.min-words": Range(4, 1000, low_allowed=True, unit="words"),
    "copies.max-gap": Range(0, 1000, low_allowed=True, unit="words"),
}


def check_range(where: str, key: str, value: float, kind: str) -> None:
    """Raise ConfigError when ``value`` of ``key`` is not finite or outside its range."""
    bounds = RANGES.get(key)
    if bounds is None:
        return
    low_ok = value >= bounds.low if bounds.low_allowed else value > bounds.low
    if not math.isfinite(value) or not low_ok or value > bounds.high:
        raise ConfigError(f"{where}: {key} must be {kind} {bounds.describe()}, "
                          f"not {value!r}")


def settings_bytes(path: Path) -> bytes:
    """The content of the settings file ``path``: a regular file of at most 1 MiB."""
    return _capped(path, MAX_SETTINGS_FILE, "config file")


def baseline_bytes(path: Path) -> bytes:
    """The content of the baseline file ``path``: a regular file of at most 64 MiB."""
    return _capped(path, MAX_BASELINE_FILE, "baseline file")


def _capped(path: Path, limit: int, what: str) -> bytes:
    try:
        data = read_regular(path, limit)
    except FileNotFoundError:
        raise
    except NotRegularFileError as exc:
        raise ConfigError(f"{path}: not a usable {what} ({exc})") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the {what} ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise ConfigError(f"{path}: the {what} is larger than {limit} bytes")
    return data


def baseline_fingerprints(data: object, path: Path) -> frozenset[str]:
    """The fingerprints of a parsed baseline file, or ConfigError for a malformed one."""
    schema = "quotecheck-baseline/v1"
    if not isinstance(data, dict) or data.get("schema") != schema:
        raise ConfigError(f"{path}: not a quotecheck baseline (schema {schema} expected)")
    claims = data.get("claims", [])
    if not isinstance(claims, list) or not all(
            isinstance(c, dict) and isinstance(c.get("fingerprint"), str) for c in claims):
        raise ConfigError(f"{path}: malformed baseline (claims must be a list of objects "
                          "with a fingerprint)")
    return frozenset(c["fingerprint"] for c in claims)


def check_repository_path(where: str, key: str, path: Path, root: Path) -> None:
    """A path set by a repository's config must stay inside the repository."""
    if not inside(path, root):
        raise ConfigError(f"{where}: {key} points outside the repository root {root} "
                          f"({path}); a repository's config may only name files inside it")


def job_count(requested: int) -> int:
    """Worker processes for ``--jobs``: 0 means one per CPU; never more than the CPUs (or
    :data:`MAX_JOBS`)."""
    cpus = os.cpu_count() or 1
    return max(1, min(requested or cpus, cpus, MAX_JOBS))
