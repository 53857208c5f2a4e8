"""Output formats, one module each, registered by name."""

from quotecheck.report import json_format, table
from quotecheck.report.registry import REPORTERS, RenderOptions, render

__all__ = ["REPORTERS", "RenderOptions", "json_format", "render", "table"]
