"""``--format table`` (default): a Rich table per article and a summary line."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from quotecheck.findings import ArticleResult, Finding, Report
from quotecheck.models import Verdict
from quotecheck.report.common import differences_text, marked_diff, run_notes, shorten, terminal
from quotecheck.report.overview import failures_line, hidden_line, shown, verdict_counts
from quotecheck.report.registry import RenderOptions, register

STYLES = {
    Verdict.EXACT: "bold green", Verdict.VERIFIED: "green", Verdict.MINOR: "yellow",
    Verdict.ALTERED: "bold red", Verdict.MISATTRIBUTED: "bold red", Verdict.NOT_FOUND: "red",
    Verdict.UNAVAILABLE: "magenta",
    Verdict.NO_SOURCE: "yellow", Verdict.SKIPPED: "dim", Verdict.COPIED: "yellow",
}


def _plain(text: str) -> Text:
    """Untrusted text as a Rich ``Text``: never read as markup, escape codes made visible."""
    return Text(terminal(text))


def _verify_table(result: ArticleResult, findings: tuple[Finding, ...]) -> Table:
    table = Table(title=_plain(result.path), title_justify="left", expand=False,
                  show_lines=False)
    for name, kwargs in (("#", {"justify": "right"}), ("line", {"justify": "right"}),
                         ("quote", {"ratio": 3}), ("source", {"ratio": 1}), ("verdict", {}),
                         ("score", {"justify": "right"}), ("what differs", {"ratio": 2})):
        table.add_column(name, **kwargs)
    for f in findings:
        verdict = f.verdict or Verdict.SKIPPED
        table.add_row(
            f.claim.id, f"{f.claim.line}:{f.claim.column}", _plain(shorten(f.claim.quote)),
            _plain(f.source.ref) if f.source else "—",
            Text(verdict.value, style=STYLES[verdict]),
            f"{f.score:.1f}" if f.score is not None else "",
            Text("\n".join(terminal(d) for d in differences_text(f))),
        )
    return table


def _extract_table(result: ArticleResult) -> Table:
    table = Table(title=_plain(result.path), title_justify="left")
    for name in ("#", "line", "kind", "quote", "speaker", "cue", "cited"):
        table.add_column(name)
    for f in result.findings:
        c = f.claim
        table.add_row(c.id, f"{c.line}:{c.column}", c.kind.value, _plain(shorten(c.quote)),
                      _plain(c.speaker or ""), _plain(c.cue or ""),
                      Text("\n".join(terminal(ref) for ref in c.cited)))
    return table


def summary_line(report: Report) -> str:
    """One line: how many claims, and how many of each verdict."""
    findings = report.findings()
    n = len(findings)
    head = f"{n} claim{'s' if n != 1 else ''} in {len(report.articles)} article" + (
        "s" if len(report.articles) != 1 else "")
    if not report.verified:
        return head
    counts = verdict_counts(report)
    return "; ".join([head + (": " + counts if counts else ""), *run_notes(report)])


def _evidence(finding: Finding) -> Text:
    """The source context of a failing claim, the matched text marked, then the word diff."""
    out = Text()
    c, match, source = finding.claim, finding.match, finding.source
    verdict = finding.verdict or Verdict.SKIPPED
    out.append(f"{c.id} ", style="bold")
    out.append(verdict.value, style=STYLES[verdict])
    out.append(f" at {c.line}:{c.column}: “{terminal(shorten(c.quote, 100))}”\n")
    if source is not None:
        where = [source.path or source.url or source.ref]
        if match is not None and match.page is not None:
            where.append(f"page {match.page}")
        if match is not None and match.line is not None:
            where.append(f"line {match.line}")
        if source.layer:
            where.append(f"{source.layer} text")
        if match is not None and match.confidence is not None:
            where.append(f"OCR confidence {match.confidence:.2f}")
        out.append("  source: " + terminal(", ".join(where)) + "\n", style="dim")
    if match is not None:
        out.append("  …" + terminal(" ".join(match.context_before.split())) + " ", style="dim")
        out.append(terminal(" ".join(match.text.split())), style="reverse")
        out.append(" " + terminal(" ".join(match.context_after.split())) + "…\n", style="dim")
        out.append("  quote vs source: ")
        out.append_text(diff_markers(c.quote, match.text))
        out.append("\n")
    for line in differences_text(finding, 80):
        out.append(f"  {terminal(line)}\n")
    return out


def diff_markers(quote: str, source: str) -> Text:
    """The quote's words against the source's, readable without colour: ``[-only in the
    quote-]{+only in the source+}``, coloured on top where colour is on."""
    out = Text()
    for text, kind in marked_diff(quote, source):
        out.append(terminal(text) + " ", style={"quote": "bold red strike",
                                                "source": "bold green"}.get(kind, ""))
    out.rstrip()
    return out


#: how to read the word diff of ``-v`` without colour
DIFF_LEGEND = "in the word diffs, [-…-] is only in the quote and {+…+} only in the source"


@register("table")
def render_table(report: Report, options: RenderOptions) -> str:
    """Per-article tables of the claims that fail or deserve a look (every claim with
    ``show_all``), with coloured verdicts; with ``verbose`` the evidence for each; then the
    articles with failures and a summary line."""
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=options.color, no_color=not options.color,
                      width=options.width, highlight=False, soft_wrap=False)
    groups = shown(report, options.policy, options.show_all)
    if not report.findings():
        groups = [(result, ()) for result in report.articles]
    for result, findings in groups:
        if not findings:
            console.print(Text(f"No quotations found in {terminal(result.path)}."))
            continue
        console.print(_verify_table(result, findings) if report.verified
                      else _extract_table(result))
        if options.verbose and report.verified:
            evidence = [_evidence(f) for f in findings if options.policy.severity(f) != "note"]
            for text in evidence:
                console.print(text)
            if evidence:
                console.print(Text(DIFF_LEGEND, style="dim"))
    if report.verified:
        for line in (failures_line(report, options.policy),
                     hidden_line(report, options.policy, options.show_all)):
            if line:
                console.print(_plain(line))
    console.print(summary_line(report))
    return buffer.getvalue()
