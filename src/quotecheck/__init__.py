"""quotecheck: check the quotations in an article against their sources."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("quotecheck")
except PackageNotFoundError:  # pragma: no cover - run from a source tree, not installed
    __version__ = "0.0.0+unknown"
