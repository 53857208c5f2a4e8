"""Installed versions of distributions, read straight from their ``*.dist-info/METADATA``.

``importlib.metadata`` answers the same question but costs about 40 ms on first use (it
imports the ``email`` package to parse the file); quotecheck asks on every run (its own
version in reports, trafilatura's in the main-text cache key), so it reads the one line it
needs and falls back to ``importlib.metadata`` for any layout it does not know (eggs, zips).
"""

from __future__ import annotations

import os
import re
import sys
from functools import cache

_SEPARATORS = re.compile(r"[-_.]+")


def _normal(name: str) -> str:
    """A distribution name as the packaging spec compares them (PEP 503)."""
    return _SEPARATORS.sub("-", name).lower()


def _from_dist_info(folder: str) -> str | None:
    """The ``Version:`` header of ``folder/METADATA``, or None."""
    try:
        with open(os.path.join(folder, "METADATA"), encoding="utf-8") as metadata:
            for line in metadata:
                if line.startswith("Version:"):
                    return line.partition(":")[2].strip() or None
                if not line.strip():  # the headers end at the first blank line
                    return None
    except OSError:
        return None
    return None


def _scan(distribution: str) -> str | None:
    wanted = _normal(distribution)
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith(".dist-info") and _normal(name[:-10].rpartition("-")[0]) == wanted:
                return _from_dist_info(os.path.join(entry or ".", name))
    return None


@cache
def installed_version(distribution: str) -> str | None:
    """The installed version of ``distribution`` (the first found on ``sys.path``, as the
    import system finds it), or None when it is not installed."""
    found = _scan(distribution)
    if found is not None:
        return found
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return None
