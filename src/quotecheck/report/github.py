"""``--format github``: GitHub Actions workflow commands (annotations on the diff).

The summary table for ``$GITHUB_STEP_SUMMARY`` is the ``markdown`` format; the command
line writes it there when that variable is set.
"""

from __future__ import annotations

from quotecheck.findings import Finding, Report
from quotecheck.models import Verdict
from quotecheck.report.common import github_data, github_property, located_message, shorten
from quotecheck.report.registry import RenderOptions, register

#: a workflow command's message and property value, made safe (see ``report.sanitize``)
escape_data, escape_property = github_data, github_property


@register("github")
def render_github(report: Report, options: RenderOptions) -> str:
    """``::error`` for every failing claim, ``::warning`` for at most ``max_warnings`` of
    those worth a look, then one line saying how many more were not annotated; for
    ``extract``, a ``::notice`` per quotation found."""
    lines = []
    warned = more = 0
    for article in report.articles:
        for f in article.findings:
            if not report.verified:
                text = f"{f.claim.kind.value} quotation: {shorten(f.claim.quote, 80)}"
                lines.append(_command("notice", article.path, f, "quotecheck: quotation", text))
                continue
            level = options.policy.severity(f)
            if level == "note" or f.verdict in (None, Verdict.SKIPPED):
                continue
            if level == "warning" and warned >= options.max_warnings:
                more += 1
                continue
            warned += level == "warning"
            title = "quotecheck: " + (f.verdict.value if f.verdict else "claim")
            lines.append(_command(level, article.path, f, title, located_message(f)))
    if more:
        lines.append(_more_line(more, options))
    return "\n".join(lines) + ("\n" if lines else "")


def _command(level: str, path: str, finding: Finding, title: str, text: str) -> str:
    """One workflow command annotating the claim's span in the article."""
    c = finding.claim
    place = [] if c.paragraph is not None else [  # no lines in Word or web articles
        f"line={c.line}", f"col={c.column}", f"endLine={c.end_line}",
        f"endColumn={c.end_column}"]
    props = ",".join([f"file={escape_property(path)}", *place,
                      f"title={escape_property(title)}"])
    return f"::{level} {props}::{escape_data(text)}"


def _more_line(more: int, options: RenderOptions) -> str:
    """One notice saying how many claims worth a look were not annotated, and where to see
    them."""
    where = f" (the full report: {options.full_report})" if options.full_report else (
        " (see the step summary, or run with --format json for every claim)")
    return (f"::notice title=quotecheck::{more} more claim{'s' if more != 1 else ''} "
            f"deserve{'s' if more == 1 else ''} a look; at most {options.max_warnings} "
            f"warnings are annotated{escape_data(where)}")
