"""quotecheck: check the quotations in an article against their sources."""

from __future__ import annotations

from functools import cache


@cache
def _version() -> str:
    from quotecheck.installed import installed_version

    # run from a source tree without installing: no metadata
    return installed_version("quotecheck") or "0.0.0+unknown"


def __getattr__(name: str) -> str:
    """``__version__`` from the package metadata, read on first use (fast start)."""
    if name == "__version__":
        return _version()
    raise AttributeError(f"module 'quotecheck' has no attribute {name!r}")
