"""Small helpers that several output formats share."""

from __future__ import annotations

import difflib
import hashlib
from urllib.parse import quote

from quotecheck.findings import Finding, Nearest, Report
from quotecheck.models import Claim, Verdict
from quotecheck.report.sanitize import (
    github_data,
    github_property,
    markdown_cell,
    markdown_code,
    markdown_url,
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
    "located_message",
    "markdown_cell",
    "markdown_code",
    "markdown_url",
    "marked_diff",
    "message",
    "nearest_text",
    "next_step",
    "paragraph_place",
    "run_notes",
    "shorten",
    "terminal",
    "text_fragment_link",
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
    if finding.nearest is not None:
        lines.append(nearest_text(finding.nearest, limit * 3))
    if finding.verdict is Verdict.NOT_FOUND and not finding.differences:
        lines.insert(0, "not in the source")
    return lines


def nearest_text(nearest: Nearest, limit: int = 120) -> str:
    """For a quote not found, one line on the nearest passage of the source."""
    where = [f"line {nearest.line}"] if nearest.line is not None else []
    where += [f"page {nearest.page}"] if nearest.page is not None else []
    where.append(f"score {nearest.score:.0f}")
    shared = f"; in common: {', '.join(nearest.shared)}" if nearest.shared else ""
    return f"nearest passage ({', '.join(where)}): “{shorten(nearest.text, limit)}”{shared}"


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


def paragraph_place(claim: Claim) -> str | None:
    """``paragraph 3, character 17`` for a claim of a Word or web article, else None."""
    if claim.paragraph is None:
        return None
    return f"paragraph {claim.paragraph}, character {(claim.offset or 0) + 1}"


def located_message(finding: Finding) -> str:
    """:func:`message`, led by the paragraph where the article has no lines of its own."""
    place = paragraph_place(finding.claim)
    return f"{place}: {message(finding)}" if place else message(finding)


_FRAGMENT_WORDS = 4


def text_fragment_link(path: str, claim: Claim) -> str | None:
    """For an article read from the web, a link to the quote on the page (a text fragment,
    ``#:~:text=start,end``); None for an article on disk."""
    if not path.lower().startswith(("http://", "https://")):
        return None
    words = claim.quote.split()
    def encode(part: list[str]) -> str:
        return quote(" ".join(part), safe="").replace("-", "%2D")
    if len(words) <= 2 * _FRAGMENT_WORDS:
        target = encode(words)
    else:
        target = f"{encode(words[:_FRAGMENT_WORDS])},{encode(words[-_FRAGMENT_WORDS:])}"
    return f"{path.split('#', 1)[0]}#:~:text={target}"


def run_notes(report: Report) -> list[str]:
    """What a reader must know about the run as a whole: interrupted, claims left out,
    articles not wholly read."""
    notes = [f"{a.path}: {problem}" for a in report.articles for problem in a.problems]
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
    if finding.cited_source is not None or (
            finding.note and "other than the one cited" in finding.note):
        return "correct the link: the quote is in another source than the one cited"
    return NEXT_STEPS.get(finding.verdict) if finding.verdict else None
