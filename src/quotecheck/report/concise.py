"""``--format concise``: one ``path:line:col: verdict: quote`` line per claim."""

from __future__ import annotations

from quotecheck.models import Report, Verdict
from quotecheck.report.common import differences_text, shorten
from quotecheck.report.registry import RenderOptions, register


@register("concise")
def render_concise(report: Report, options: RenderOptions) -> str:
    """Compiler-style lines, easy to grep and to jump to from an editor."""
    lines = []
    for article in report.articles:
        for f in article.findings:
            verdict = (f.verdict.value if f.verdict else "claim") if report.verified else (
                f.claim.kind.value)
            detail = "; ".join(differences_text(f)) if f.verdict not in (
                Verdict.EXACT, Verdict.VERIFIED) or f.cited_source else ""
            lines.append(f"{article.path}:{f.claim.line}:{f.claim.column}: {verdict}: "
                         f"{shorten(f.claim.quote, 100)}" + (f" [{detail}]" if detail else ""))
    return "\n".join(lines) + ("\n" if lines else "")
