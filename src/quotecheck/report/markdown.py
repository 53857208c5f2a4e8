"""``--format markdown``: a summary fit for a pull-request comment."""

from __future__ import annotations

from quotecheck.findings import Finding, Report
from quotecheck.models import Claim, Verdict
from quotecheck.report.common import (
    differences_text,
    markdown_cell,
    markdown_code,
    markdown_url,
    shorten,
    text_fragment_link,
)
from quotecheck.report.overview import (
    failures_line,
    headline,
    hidden_line,
    verdict_counts,
    worth_showing,
)
from quotecheck.report.registry import RenderOptions, register

ICONS = {
    Verdict.EXACT: "✅", Verdict.VERIFIED: "✅", Verdict.MINOR: "⚠️", Verdict.ALTERED: "❌",
    Verdict.MISATTRIBUTED: "❌", Verdict.NOT_FOUND: "❌", Verdict.UNAVAILABLE: "⚠️",
    Verdict.NO_SOURCE: "⚠️",
    Verdict.SKIPPED: "⏭️", Verdict.COPIED: "📋",
}


_cell = markdown_cell


def _where(path: str, claim: Claim) -> str:
    """``path:line``; a Word article's paragraph; a web article's paragraph, linked to the
    quote on the page."""
    if claim.paragraph is None:
        return markdown_code(f"{path}:{claim.line}")
    link = text_fragment_link(path, claim)
    place = f"{markdown_code(path)} ¶{claim.paragraph}"
    return f"[{_cell(path)} ¶{claim.paragraph}]({markdown_url(link)})" if link else place


def _row(path: str, finding: Finding) -> str:
    verdict = finding.verdict or Verdict.SKIPPED
    what = "<br>".join(_cell(d) for d in differences_text(finding))
    source = finding.source.ref if finding.source else ""
    return (f"| {ICONS[verdict]} `{verdict.value}` | {_where(path, finding.claim)} | "
            f"{_cell(shorten(finding.claim.quote, 80))} | {_cell(source)} | {what} |")


#: a pull-request comment holds 65,536 characters; keep room for the closing lines
LIMIT = 65_536
_ROOM = 600


def _where_full(options: RenderOptions) -> str:
    if options.full_report:
        return f"the full report is in {markdown_code(options.full_report)}"
    return ("run `quotecheck verify --format json` (or add `--report json:quotecheck.json`) "
            "for the full report")


def _section(title: str, rows: list[str], budget: int) -> tuple[list[str], int]:
    """The section's lines as far as ``budget`` characters allow, and how many rows were
    cut."""
    head = [title, "", "| verdict | where | quote | source | what differs |",
            "|---|---|---|---|---|"]
    used = sum(len(line) + 1 for line in head)
    kept: list[str] = []
    for row in rows:
        if used + len(row) + 1 > budget:
            break
        kept.append(row)
        used += len(row) + 1
    return (head + kept if kept else []), len(rows) - len(kept)


@register("markdown")
def render_markdown(report: Report, options: RenderOptions) -> str:
    """A headline that agrees with the exit code, counts, the failing claims, those worth a
    look (folded), every claim only with ``show_all``; never longer than a pull-request
    comment holds (what was cut is said, and where the full report is)."""
    policy = options.policy
    findings = [(a.path, f) for a in report.articles for f in a.findings]
    lines = ["## quotecheck", "", f"**{headline(report, policy)}**", "",
             f"{len(findings)} claims in {len(report.articles)} article(s): "
             + (verdict_counts(report) or "none")]
    lines += [markdown_cell(line) for line in (failures_line(report, policy),
                                               hidden_line(report, policy, options.show_all))
              if line]
    failing = [_row(p, f) for p, f in findings if policy.fails(f)]
    look = [_row(p, f) for p, f in findings
            if not policy.fails(f) and worth_showing(f, policy)]
    rest = [_row(p, f) for p, f in findings if options.show_all and not worth_showing(f, policy)]
    budget = LIMIT - _ROOM - sum(len(line) + 1 for line in lines)
    cut = 0
    for title, rows, folded in ((f"### {len(failing)} failing", failing, False),
                                (f"### {len(look)} worth a look", look, True),
                                ("### Every other claim", rest, True)):
        if not rows:
            continue
        part, missing = _section(title, rows, budget)
        cut += missing
        if part and folded:
            part = [f"<details><summary>{title[4:]}</summary>", "", *part[2:], "",
                    "</details>"]
        lines += ["", *part] if part else []
        budget -= sum(len(line) + 1 for line in part)
    if not failing:
        lines += ["", "No claim fails."]
    if cut:
        lines += ["", f"_{cut} more row{'s' if cut != 1 else ''} cut to keep this summary "
                      f"under {LIMIT:,} characters; {_where_full(options)}._"]
    return "\n".join(lines) + "\n"
