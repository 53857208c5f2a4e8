"""``--format github``: GitHub Actions workflow commands (annotations on the diff).

The summary table for ``$GITHUB_STEP_SUMMARY`` is the ``markdown`` format; the command
line writes it there when that variable is set.
"""

from __future__ import annotations

from quotecheck.models import Finding, Report, Verdict
from quotecheck.report.common import located_message, shorten
from quotecheck.report.registry import RenderOptions, register


def escape_data(text: str) -> str:
    """Escape a workflow command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command's property value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


@register("github")
def render_github(report: Report, options: RenderOptions) -> str:
    """``::error`` for failing claims, ``::warning`` for those worth a look; for
    ``extract``, a ``::notice`` per quotation found."""
    lines = []
    for article in report.articles:
        for f in article.findings:
            if not report.verified:
                text = f"{f.claim.kind.value} quotation: {shorten(f.claim.quote, 80)}"
                lines.append(_command("notice", article.path, f, "quotecheck: quotation", text))
                continue
            level = options.policy.severity(f)
            if level == "note" or f.verdict in (None, Verdict.SKIPPED):
                continue
            title = "quotecheck: " + (f.verdict.value if f.verdict else "claim")
            lines.append(_command(level, article.path, f, title, located_message(f)))
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
