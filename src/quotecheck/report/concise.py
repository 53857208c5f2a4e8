"""``--format concise``: one ``path:line:col: verdict: quote`` line per claim."""

from __future__ import annotations

from quotecheck.findings import Report
from quotecheck.models import Verdict
from quotecheck.report.common import differences_text, shorten, terminal
from quotecheck.report.overview import failures_line, hidden_line, shown
from quotecheck.report.registry import RenderOptions, register
from quotecheck.report.table import summary_line


@register("concise")
def render_concise(report: Report, options: RenderOptions) -> str:
    """Compiler-style lines for the claims that fail or deserve a look (every claim with
    ``show_all``), easy to grep and to jump to from an editor; then a summary."""
    lines = []
    for article, findings in shown(report, options.policy, options.show_all):
        for f in findings:
            verdict = (f.verdict.value if f.verdict else "claim") if report.verified else (
                f.claim.kind.value)
            detail = "; ".join(differences_text(f)) if f.verdict not in (
                Verdict.EXACT, Verdict.VERIFIED) or f.cited_source else ""
            lines.append(terminal(article.path) + f":{f.claim.line}:{f.claim.column}: {verdict}: "
                         + terminal(shorten(f.claim.quote, 100))
                         + (f" [{terminal(detail)}]" if detail else ""))
    if report.verified:
        lines += [terminal(line) for line in (
            failures_line(report, options.policy),
            hidden_line(report, options.policy, options.show_all), summary_line(report)) if line]
    return "\n".join(lines) + ("\n" if lines else "")
