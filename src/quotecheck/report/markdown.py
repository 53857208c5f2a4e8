"""``--format markdown``: a summary fit for a pull-request comment."""

from __future__ import annotations

from collections import Counter

from quotecheck.models import Claim, Finding, Report, Verdict
from quotecheck.report.common import differences_text, shorten, text_fragment_link
from quotecheck.report.registry import RenderOptions, register

ICONS = {
    Verdict.EXACT: "✅", Verdict.VERIFIED: "✅", Verdict.MINOR: "⚠️", Verdict.ALTERED: "❌",
    Verdict.NOT_FOUND: "❌", Verdict.UNAVAILABLE: "⚠️", Verdict.NO_SOURCE: "⚠️",
    Verdict.SKIPPED: "⏭️", Verdict.COPIED: "📋",
}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _where(path: str, claim: Claim) -> str:
    """``path:line``; a Word article's paragraph; a web article's paragraph, linked to the
    quote on the page."""
    if claim.paragraph is None:
        return f"`{path}:{claim.line}`"
    link = text_fragment_link(path, claim)
    place = f"`{path}` ¶{claim.paragraph}"
    return f"[{_cell(path)} ¶{claim.paragraph}]({_cell(link)})" if link else place


def _row(path: str, finding: Finding) -> str:
    verdict = finding.verdict or Verdict.SKIPPED
    what = "<br>".join(_cell(d) for d in differences_text(finding))
    source = finding.source.ref if finding.source else ""
    return (f"| {ICONS[verdict]} `{verdict.value}` | {_where(path, finding.claim)} | "
            f"{_cell(shorten(finding.claim.quote, 80))} | {_cell(source)} | {what} |")


@register("markdown")
def render_markdown(report: Report, options: RenderOptions) -> str:
    """Counts, the claims that fail or deserve a look, then every claim folded away."""
    findings = [(a.path, f) for a in report.articles for f in a.findings]
    counts = Counter((f.verdict or Verdict.SKIPPED).value for _, f in findings)
    failing = [(p, f) for p, f in findings if options.policy.fails(f)]
    lines = ["## quotecheck", ""]
    lines.append(f"**{len(findings)} claims** in {len(report.articles)} article(s): "
                 + (", ".join(f"{n} {v.replace('_', ' ')}" for v, n in sorted(counts.items()))
                    or "none"))
    lines.append("")
    head = ["| verdict | where | quote | source | what differs |", "|---|---|---|---|---|"]
    if failing:
        lines += [f"### {len(failing)} failing", "", *head, *(_row(p, f) for p, f in failing)]
    else:
        lines.append("No claim fails. ✅")
    if findings:
        lines += ["", "<details><summary>All claims</summary>", "", *head,
                  *(_row(p, f) for p, f in findings), "", "</details>"]
    return "\n".join(lines) + "\n"
