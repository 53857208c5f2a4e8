"""``--format html``: one self-contained page (no network, no scripts) with every claim, its
verdict, and the source evidence with the differing words highlighted."""

from __future__ import annotations

from collections import Counter
from html import escape

from quotecheck.models import Claim, Finding, Report, Verdict
from quotecheck.report.common import differences_text, text_fragment_link, word_diff
from quotecheck.report.registry import RenderOptions, register

STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:70rem;color:#222}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}
table{border-collapse:collapse;width:100%}td,th{border-top:1px solid #ddd;padding:.5rem;
vertical-align:top;text-align:left}
.verdict{font-weight:600;padding:.1rem .4rem;border-radius:.3rem;white-space:nowrap}
.v-exact,.v-verified{background:#d9f2dd;color:#14532d}.v-minor,.v-unavailable,.v-no_source,
.v-copied{background:#fdf0c8;color:#713f12}.v-altered,.v-misattributed,.v-not_found{background:#fbd5d5;color:#7f1d1d}
.v-skipped{background:#eee;color:#555}
.evidence{color:#555;font-size:.9rem}.evidence mark{background:#fff3a8;color:#222}
del{background:#fbd5d5;text-decoration:line-through}ins{background:#d9f2dd;
text-decoration:none}.where{white-space:nowrap;font-family:monospace}
"""


def _word_diff(quote: str, source: str) -> str:
    """The quote's words against the source's: removed words struck, added words marked."""
    tags = {"quote": "<del title='in the quote'>{}</del>",
            "source": "<ins title='in the source'>{}</ins>", "same": "{}"}
    return " ".join(tags[kind].format(escape(word)) for word, kind in word_diff(quote, source))


def _evidence(finding: Finding) -> str:
    match = finding.match
    if match is None:
        return ""
    where = []
    if finding.source is not None:
        where.append(escape(finding.source.path or finding.source.url or finding.source.ref))
    if match.page is not None:
        where.append(f"page {match.page}")
    if match.line is not None:
        where.append(f"line {match.line}")
    if finding.source is not None and finding.source.layer:
        where.append(f"{escape(finding.source.layer)} text")
    if match.confidence is not None:
        where.append(f"OCR confidence {match.confidence:.2f}")
    context = (f"…{escape(match.context_before)}<mark>{escape(match.text)}</mark>"
               f"{escape(match.context_after)}…")
    diff = ""
    if finding.verdict not in (Verdict.EXACT, Verdict.VERIFIED):
        diff = f"<div>{_word_diff(finding.claim.quote, match.text)}</div>"
    return f"<div class='evidence'>{', '.join(where)}<br>{context}</div>{diff}"


def _where(path: str, claim: Claim) -> str:
    """``line:column``; for a Word or web article ``¶paragraph:character``, linked to the
    quote on the page for a web article."""
    if claim.paragraph is None:
        return f"{claim.line}:{claim.column}"
    place = f"¶{claim.paragraph}:{(claim.offset or 0) + 1}"
    link = text_fragment_link(path, claim)
    return f"<a href='{escape(link)}'>{place}</a>" if link else place


def _row(path: str, finding: Finding) -> str:
    verdict = (finding.verdict or Verdict.SKIPPED).value
    c = finding.claim
    details = "<br>".join(escape(d) for d in differences_text(finding, 80))
    source = escape(finding.source.ref) if finding.source else "—"
    return (
        f"<tr id='{escape(path)}-{c.id}'><td class='where'>{_where(path, c)}</td>"
        f"<td><span class='verdict v-{verdict}'>{verdict.replace('_', ' ')}</span></td>"
        f"<td>“{escape(c.quote)}”" + (f"<br><small>{escape(c.speaker)}</small>"
                                       if c.speaker else "")
        + f"</td><td>{source}</td><td>{details}{_evidence(finding)}</td></tr>"
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
        f"article(s): {escape(summary) or 'none'}</p>",
    ]
    for article in report.articles:
        parts.append(f"<h2>{escape(article.path)}</h2>")
        if not article.findings:
            parts.append("<p>No quotations found.</p>")
            continue
        parts.append("<table><tr><th>where</th><th>verdict</th><th>quote</th><th>source</th>"
                     "<th>evidence</th></tr>")
        parts += [_row(article.path, f) for f in article.findings]
        parts.append("</table>")
    parts.append(f"<p><small>quotecheck {escape(report.tool_version)}</small></p></body></html>")
    return "\n".join(parts) + "\n"
