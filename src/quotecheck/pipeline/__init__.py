"""The core pipeline: extract claims, read and rank their sources, match, judge."""

from quotecheck.pipeline.run import run_extract, run_verify, verify_article
from quotecheck.pipeline.store import SourceStore

__all__ = ["SourceStore", "run_extract", "run_verify", "verify_article"]
