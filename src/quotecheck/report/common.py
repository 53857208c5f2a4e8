"""Small helpers that several output formats share."""

from __future__ import annotations

import difflib
import hashlib

from quotecheck.models import Finding, Report, Verdict
from quotecheck.report.sanitize import (
    github_data,
    github_property,
    markdown_cell,
    markdown_code,
    terminal,
    visible,
    xml_text,
)
from quotecheck.report.wording import describe

__all__ = [
    "differences_text",
    "fingerprint",
    "github_data",
    "github_property",
    "markdown_cell",
    "markdown_code",
    "marked_diff",
    "message",
    "nearest_text",
    "next_step",
    "not_found_text",
    "run_notes",
    "shorten",
    "terminal",
    "visible",
    "word_diff",
    "xml_text",
]


def shorten(text: str, limit: int = 60) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def differences_text(finding: Finding, limit: int = 40) -> list[str]:
    """What differs, in plain words, one line per difference (``dropped "not" (source:
    "will not cut")``), then the note and repeated occurrences. The one wording every format
    uses; the text is untrusted, each format escapes it for where it goes."""
    lines = [describe(d, finding, limit) for d in finding.differences]
    if finding.match is not None and finding.match.occurrences > 1:
        lines.append(f"found {finding.match.occurrences} times in the source")
    if finding.note:
        lines.append(finding.note)
    if finding.verdict is Verdict.NOT_FOUND and not finding.differences:
        lines.insert(0, not_found_text(finding, limit))
    return lines


def nearest_text(finding: Finding) -> str | None:
    """The source passage nearest to a quote that was not found, when the finding has one."""
    nearest = getattr(finding, "nearest", None)
    if nearest is None:
        return None
    text = getattr(nearest, "text", nearest)
    return " ".join(str(text).split()) or None


def not_found_text(finding: Finding, limit: int = 40) -> str:
    """``not in the source``, and the nearest passage when there is one."""
    nearest = nearest_text(finding)
    return "not in the source" + (f'; nearest: "{shorten(nearest, limit)}"' if nearest else "")


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


def marked_diff(quote: str, source: str) -> list[tuple[str, str]]:
    """The word diff in runs, each marked so that it reads without colour: ``[-words only
    in the quote-]``, ``{+words only in the source+}``, shared words as they are."""
    runs: list[tuple[str, str]] = []
    for word, kind in word_diff(quote, source):
        if runs and runs[-1][1] == kind:
            runs[-1] = (runs[-1][0] + " " + word, kind)
        else:
            runs.append((word, kind))
    marks = {"quote": "[-{}-]", "source": "{{+{}+}}", "same": "{}"}
    return [(marks[kind].format(text), kind) for text, kind in runs]


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


#: what the reader can do about a claim, by verdict (the README's "When a claim fails")
NEXT_STEPS = {
    Verdict.ALTERED: "fix the quote to match the source (mark cuts with … and additions "
                     "with [brackets]), or record it in the baseline",
    Verdict.NOT_FOUND: "correct the link to the source, or name it with "
                       "<!-- quotecheck source=\"…\" -->; not a quotation? "
                       "<!-- quotecheck-disable-next -->",
    Verdict.UNAVAILABLE: "give a local copy with [[sources.map]] in quotecheck.toml, or "
                         "--source FILE",
    Verdict.NO_SOURCE: "link the source next to the quote, or list it in the front "
                       "matter's sources:",
}


def next_step(finding: Finding) -> str | None:
    """What to do about this claim, when it fails or deserves a look."""
    if finding.note and "other than the one cited" in finding.note:
        return "correct the link: the quote is in another source than the one cited"
    return NEXT_STEPS.get(finding.verdict) if finding.verdict else None
