"""Small helpers that several output formats share."""

from __future__ import annotations

import difflib
import hashlib

from quotecheck.models import Finding, Report, Verdict


def shorten(text: str, limit: int = 60) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def differences_text(finding: Finding, limit: int = 40) -> list[str]:
    """What differs, one line per difference, then the note and repeated occurrences."""
    lines = [
        f"{d.kind}: “{shorten(d.quote, limit)}” → “{shorten(d.source, limit)}”"
        + (f" ({d.detail})" if d.detail else "")
        for d in finding.differences
    ]
    if finding.match is not None and finding.match.occurrences > 1:
        lines.append(f"found {finding.match.occurrences} times in the source")
    if finding.note:
        lines.append(finding.note)
    return lines


def message(finding: Finding) -> str:
    """One sentence for annotations: the verdict, the quote, the source, what differs."""
    verdict = (finding.verdict or Verdict.SKIPPED).value.replace("_", " ")
    text = f"{verdict}: “{shorten(finding.claim.quote, 80)}”"
    if finding.source is not None:
        text += f" (source: {finding.source.ref})"
    details = differences_text(finding)
    return text + ("; " + "; ".join(details) if details else "")


def fingerprint(path: str, finding: Finding) -> str:
    """A stable identity for a claim: its article, normalised quote and source, not its line."""
    quote = " ".join(finding.claim.quote.casefold().split())
    source = finding.source.ref if finding.source else ""
    return hashlib.sha256(f"{path}\0{quote}\0{source}".encode()).hexdigest()


def word_diff(quote: str, source: str) -> list[tuple[str, str]]:
    """The quote's words against the source's, each tagged ``same``, ``quote`` (only in the
    quote) or ``source`` (only in the source)."""
    a, b = quote.split(), source.split()
    out: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out += [(w, "same") for w in a[i1:i2]]
            continue
        out += [(w, "quote") for w in a[i1:i2]]
        out += [(w, "source") for w in b[j1:j2]]
    return out


def run_notes(report: Report) -> list[str]:
    """What a reader must know about the run as a whole: interrupted, claims left out."""
    notes = []
    if not report.complete:
        notes.append("interrupted: only the claims checked before Ctrl-C are reported")
    left_out = sum(a.left_out for a in report.articles)
    if left_out:
        notes.append(f"{left_out} claim{'s' if left_out != 1 else ''} on unchanged lines "
                     "left out (--changed-since)")
    return notes
