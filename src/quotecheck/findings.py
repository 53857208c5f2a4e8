"""Frozen data of what a run found: a Finding per claim with its evidence (the source, the
matched stretch, the nearest passage, the copy), an ArticleResult per article, and the
Report of a run; imports nothing from the package but models."""

from __future__ import annotations

from dataclasses import dataclass

from quotecheck.models import Claim, Difference, Verdict


@dataclass(frozen=True)
class SourceInfo:
    """The source a finding refers to."""

    ref: str
    url: str | None
    path: str | None
    layer: str | None
    archived: str | None
    sha256: str | None
    error: str | None
    redirects: tuple[str, ...] = ()


@dataclass(frozen=True)
class MatchInfo:
    """The stretch of source text a quote was aligned with, with context for evidence."""

    text: str
    start: int
    end: int
    page: int | None
    line: int | None
    context_before: str
    context_after: str
    occurrences: int = 1
    time: str | None = None
    speaker: str | None = None  # who says the matched words in the source, where it says
    confidence: float | None = None  # OCR: the lowest confidence of the matched lines


@dataclass(frozen=True)
class Nearest:
    """For a quote not found: the source passage closest to it, so the reader sees what the
    source really says (``shared`` are the content words both have)."""

    text: str
    start: int
    end: int
    line: int | None
    page: int | None
    score: float
    shared: tuple[str, ...] = ()


@dataclass(frozen=True)
class CopyInfo:
    """How much of an article's prose an unmarked copy takes from its source, and whether
    the article says where it comes from."""

    words: int
    paragraph_words: int
    share: float
    attributed: bool
    cue: str | None = None
    linked: bool = False


@dataclass(frozen=True)
class Finding:
    """The verdict on one claim, with the evidence for it."""

    claim: Claim
    verdict: Verdict | None = None
    score: float | None = None
    source: SourceInfo | None = None
    match: MatchInfo | None = None
    differences: tuple[Difference, ...] = ()
    note: str | None = None
    baselined: bool = False
    nearest: Nearest | None = None
    tie: str | None = None  # "strong", "weak" or "none": how the article ties claim to source
    source_cited: bool | None = None  # whether ``source`` is one the claim is strongly tied to
    cited_source: SourceInfo | None = None  # the cited source, when the words were elsewhere
    copy: CopyInfo | None = None


@dataclass(frozen=True)
class ArticleResult:
    """Everything found in one article."""

    path: str
    findings: tuple[Finding, ...]
    left_out: int = 0
    problems: tuple[str, ...] = ()  # what could not be read of the article


@dataclass(frozen=True)
class Report:
    """The outcome of one run over one or more articles: what was found, never whether that
    fails the run (that is the shell's policy)."""

    articles: tuple[ArticleResult, ...]
    verified: bool = True
    tool_version: str = ""
    complete: bool = True

    def findings(self) -> tuple[Finding, ...]:
        """All findings of all articles, in order."""
        return tuple(f for a in self.articles for f in a.findings)
