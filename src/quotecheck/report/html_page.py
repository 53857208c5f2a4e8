"""``--format html``: one self-contained page (no network, no scripts) with every claim, its
verdict, and the source evidence with the differing words highlighted — and a legend, links
to the article's lines, the cited source beside the one the quote was found in."""

from __future__ import annotations

import os.path
from collections import Counter
from html import escape
from urllib.parse import quote as url_quote

from quotecheck.findings import Finding, Report
from quotecheck.models import Claim, Verdict
from quotecheck.report.common import (
    differences_text,
    next_step,
    text_fragment_link,
    visible,
    word_diff,
)
from quotecheck.report.registry import RenderOptions, register

STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:70rem;color:#222}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}
table{border-collapse:collapse;width:100%}td,th{border-top:1px solid #ddd;padding:.5rem;
vertical-align:top;text-align:left}
.verdict,.swatch{font-weight:600;padding:.1rem .4rem;border-radius:.3rem;white-space:nowrap}
.v-exact,.v-verified{background:#d9f2dd;color:#14532d}.v-minor,.v-unavailable,.v-no_source,
.v-elsewhere,.v-copied{background:#fdf0c8;color:#713f12}.v-altered,.v-misattributed,
.v-not_found{background:#fbd5d5;
color:#7f1d1d}.v-skipped{background:#eee;color:#555}
.evidence{color:#555;font-size:.9rem}.evidence mark,.legend mark{background:#fff3a8;color:#222}
.context{white-space:pre-wrap}.speaker{color:#555}.cited{color:#555;font-size:.9rem}
del{background:#fbd5d5;text-decoration:line-through}ins{background:#d9f2dd;
text-decoration:none}.where{white-space:nowrap;font-family:monospace}
.next{font-size:.85rem;color:#1e3a8a;margin-top:.3rem}
.legend{background:#f6f6f6;padding:.5rem .8rem;border-radius:.3rem;font-size:.9rem}
"""
LEGEND = (
    "<p class='legend'><b>How to read this page.</b> "
    "<mark>highlighted</mark>: the source text the quote was matched with, in its context; "
    "<del>struck through</del>: words only in the quote; "
    "<ins>green</ins>: words only in the source. "
    "<span class='swatch v-verified'>green</span> the quote is in the source it cites; "
    "<span class='swatch v-elsewhere'>amber</span> worth a look (a small change, or a source "
    "that could not be read); "
    "<span class='swatch v-altered'>red</span> fails: fix the quote, or the source when the "
    "words are in another source than the one cited (misattributed). "
    "The line numbers link to the article.</p>"
)
OTHER_SOURCE = "other than the one cited"


def h(text: str) -> str:
    """Untrusted text for the page: escape codes made visible, HTML escaped, lines kept."""
    return escape(visible(text, keep="\n"))


def _word_diff(quote: str, source: str) -> str:
    """The quote's words against the source's: removed words struck, added words marked."""
    tags = {"quote": "<del title='in the quote'>{}</del>",
            "source": "<ins title='in the source'>{}</ins>", "same": "{}"}
    return " ".join(tags[kind].format(h(word)) for word, kind in word_diff(quote, source))


def _source_place(finding: Finding) -> list[str]:
    match, source = finding.match, finding.source
    where = []
    if source is not None:
        where.append(h(source.path or source.url or source.ref))
    if match is not None and match.page is not None:
        where.append(f"page {match.page}")
    if match is not None and match.line is not None:
        where.append(f"line {match.line}")
    if source is not None and source.layer:
        where.append(f"{h(source.layer)} text")
    if match is not None and match.confidence is not None:
        where.append(f"OCR confidence {match.confidence:.2f}")
    return where


def _evidence(finding: Finding) -> str:
    match = finding.match
    if match is None:
        return ""
    context = (f"<span class='context'>…{h(match.context_before)}<mark>{h(match.text)}</mark>"
               f"{h(match.context_after)}…</span>")
    diff = ""
    if finding.verdict not in (Verdict.EXACT, Verdict.VERIFIED):
        diff = f"<div>{_word_diff(finding.claim.quote, match.text)}</div>"
    return f"<div class='evidence'>{', '.join(_source_place(finding))}<br>{context}</div>{diff}"


def elsewhere(finding: Finding) -> bool:
    """The quote was found, but in another source than the one it cites."""
    return finding.cited_source is not None or bool(finding.note and OTHER_SOURCE in finding.note)


def _pill(finding: Finding) -> str:
    verdict = (finding.verdict or Verdict.SKIPPED).value
    label = verdict.replace("_", " ")
    if elsewhere(finding) and finding.verdict in (Verdict.EXACT, Verdict.VERIFIED,
                                                  Verdict.MINOR):
        return f"<span class='verdict v-elsewhere'>{label} · other source</span>"
    return f"<span class='verdict v-{verdict}'>{label}</span>"


def _line_link(path: str, line: int, column: int, folder: str | None) -> str:
    """``line:column``, linked to the article's line when the article is a relative file:
    relative to the report's folder when it is written to a file (else the current one)."""
    text = f"{line}:{column}"
    if os.path.isabs(path) or path in ("-", "") or path.startswith("<"):
        return text
    if folder is not None:
        path = os.path.relpath(os.path.abspath(path), os.path.abspath(folder))
    return f"<a href='{escape(url_quote(path.replace(os.sep, '/')))}#L{line}'>{text}</a>"


def _place(path: str, claim: Claim, folder: str | None) -> str:
    """Where the claim is: ``line:column`` linked to the article's line; for a Word or web
    article ``¶paragraph:character``, linked to the quote on the page for a web article."""
    if claim.paragraph is None:
        return _line_link(path, claim.line, claim.column, folder)
    place = f"¶{claim.paragraph}:{(claim.offset or 0) + 1}"
    link = text_fragment_link(path, claim)
    return f"<a href='{escape(link)}'>{place}</a>" if link else place


def _source_cell(finding: Finding) -> str:
    found = h(finding.source.ref) if finding.source else "—"
    cited = [finding.cited_source.ref] if finding.cited_source else [
        ref for ref in finding.claim.cited if not finding.source or ref != finding.source.ref]
    if not cited or not elsewhere(finding):
        return found
    return (f"found in: {found}<div class='cited'>cited: "
            f"{', '.join(h(ref) for ref in cited)}</div>")


def _row(path: str, finding: Finding, folder: str | None) -> str:
    c = finding.claim
    details = "<br>".join(h(d) for d in differences_text(finding, 80))
    speaker = f"<div class='speaker'>— {h(c.speaker)}</div>" if c.speaker else ""
    where = _place(path, c, folder)
    hint = next_step(finding)
    todo = f"<div class='next'>What to do: {h(hint)}</div>" if hint else ""
    return (
        f"<tr id='{h(path)}-{c.id}'><td class='where'>{where}</td>"
        f"<td>{_pill(finding)}</td><td>“{h(c.quote)}”{speaker}</td>"
        f"<td>{_source_cell(finding)}</td><td>{details}{_evidence(finding)}{todo}</td></tr>"
    )


@register("html")
def render_html(report: Report, options: RenderOptions) -> str:
    """The whole report as one HTML page."""
    findings = report.findings()
    counts = Counter((f.verdict or Verdict.SKIPPED).value for f in findings)
    summary = ", ".join(f"{n} {v.replace('_', ' ')}" for v, n in sorted(counts.items()))
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width'>",
        f"<title>quotecheck report</title><style>{STYLE}</style></head><body>",
        f"<h1>quotecheck report</h1><p>{len(findings)} claims in {len(report.articles)} "
        f"article(s): {escape(summary) or 'none'}</p>", LEGEND,
    ]
    for article in report.articles:
        parts.append(f"<h2>{h(article.path)}</h2>")
        if not article.findings:
            parts.append("<p>No quotations found.</p>")
            continue
        parts.append("<table><tr><th>line</th><th>verdict</th><th>quote and speaker</th>"
                     "<th>source</th><th>what differs and evidence</th></tr>")
        parts += [_row(article.path, f, options.folder) for f in article.findings]
        parts.append("</table>")
    parts.append(f"<p><small>quotecheck {escape(report.tool_version)}</small></p></body></html>")
    return "\n".join(parts) + "\n"
