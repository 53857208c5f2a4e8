"""Output formats, one module each, registered by name."""

from quotecheck.report import (
    concise,
    github,
    html_page,
    json_format,
    jsonl,
    junit,
    markdown,
    sarif,
    table,
)
from quotecheck.report.registry import REPORTERS, RenderOptions, render

__all__ = ["REPORTERS", "RenderOptions", "concise", "github", "html_page", "json_format",
           "jsonl", "junit", "markdown", "render", "sarif", "table"]
