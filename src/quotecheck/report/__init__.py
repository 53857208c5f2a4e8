"""Output formats, one module each, registered by name."""

from quotecheck.report import (
    concise,
    github,
    json_format,
    jsonl,
    junit,
    markdown,
    sarif,
    table,
)
from quotecheck.report.registry import REPORTERS, RenderOptions, render

__all__ = ["REPORTERS", "RenderOptions", "concise", "github", "json_format", "jsonl", "junit",
           "markdown", "render", "sarif", "table"]
