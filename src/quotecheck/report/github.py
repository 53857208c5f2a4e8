"""``--format github``: GitHub Actions workflow commands (annotations on the diff).

The summary table for ``$GITHUB_STEP_SUMMARY`` is the ``markdown`` format; the command
line writes it there when that variable is set.
"""

from __future__ import annotations

from quotecheck.models import Report, Verdict
from quotecheck.report.common import github_data, github_property, message
from quotecheck.report.registry import RenderOptions, register

#: a workflow command's message and property value, made safe (see ``report.sanitize``)
escape_data, escape_property = github_data, github_property


@register("github")
def render_github(report: Report, options: RenderOptions) -> str:
    """``::error`` for failing claims, ``::warning`` for those worth a look."""
    lines = []
    for article in report.articles:
        for f in article.findings:
            level = options.policy.severity(f)
            if level == "note" or f.verdict in (None, Verdict.SKIPPED):
                continue
            c = f.claim
            props = ",".join([
                f"file={escape_property(article.path)}", f"line={c.line}", f"col={c.column}",
                f"endLine={c.end_line}", f"endColumn={c.end_column}",
                f"title={escape_property('quotecheck: ' + f.verdict.value)}",
            ])
            lines.append(f"::{level} {props}::{escape_data(message(f))}")
    return "\n".join(lines) + ("\n" if lines else "")
