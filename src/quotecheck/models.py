"""Frozen data shared by every stage of the pipeline: articles, claims, source texts and
alignments (what a run found is in findings.py); imports nothing from the package."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from quotecheck.textmap import TextMap


class Verdict(str, Enum):
    """What the verifier concluded about one claim."""

    EXACT = "exact"
    VERIFIED = "verified"
    MINOR = "minor"
    ALTERED = "altered"
    MISATTRIBUTED = "misattributed"
    NOT_FOUND = "not_found"
    UNAVAILABLE = "unavailable"
    NO_SOURCE = "no_source"
    SKIPPED = "skipped"
    COPIED = "copied"


class ClaimKind(str, Enum):
    """The form a quotation takes in the article."""

    INLINE = "inline"
    BLOCK = "block"
    POST = "post"
    UNMARKED = "unmarked"


@dataclass(frozen=True)
class Link:
    """A link in an article: its target and where it sits in the article's plain text."""

    url: str
    start: int
    end: int


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of an article's plain text, as a half-open span."""

    start: int
    end: int


@dataclass(frozen=True)
class Directive:
    """An instruction in an article comment: ``source``, ``disable``, ``enable`` or
    ``disable-next``, at an offset of the plain text."""

    kind: str
    at: int
    value: str = ""


@dataclass(frozen=True)
class BlockSpan:
    """A block quotation (Markdown ``>``, HTML ``<blockquote>``, an indented block), as a
    half-open span of the plain text, with any ``cite=`` it names and the speaker its
    markup names (``<cite>``, ``<footer>``, ``<figcaption>``, a quote shortcode's ``cite``)."""

    start: int
    end: int
    cite: str | None = None
    post: bool = False
    speaker: str | None = None


@dataclass(frozen=True, eq=False)
class Article:
    """An article as read from disk: raw text, plain text with markup removed, and structure."""

    path: str
    raw: str
    plain: str
    plain_map: TextMap
    paragraphs: tuple[Paragraph, ...]
    links: tuple[Link, ...]
    sources: tuple[str, ...] = ()
    directives: tuple[Directive, ...] = ()
    blocks: tuple[BlockSpan, ...] = ()
    enabled: bool = True
    date: str | None = None
    paragraph_lines: bool = False  # raw is the flattened view: one paragraph per line
    revisions: tuple[Paragraph, ...] = ()  # plain spans that tracked changes touch
    problems: tuple[str, ...] = ()  # what could not be read (broken front matter)


@dataclass(frozen=True)
class ArticleInput:
    """An article to check, the folder its relative links are resolved against, and (with
    ``--changed-since``) the only lines whose claims are checked."""

    article: Article
    base: Path
    lines: frozenset[int] | None = None


@dataclass(frozen=True)
class ArticleFile:
    """An article file not read yet (``--jobs``: its worker reads it), as in ArticleInput."""

    path: Path
    base: Path
    lines: frozenset[int] | None = None


@dataclass(frozen=True)
class PostInfo:
    """The author and date of an embedded social post."""

    handle: str | None
    name: str | None
    date: str | None
    url: str | None


@dataclass(frozen=True)
class SpeakerMention:
    """Where the article names a claim's speaker: the words there, any title, the place."""

    text: str
    title: str | None
    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True)
class Claim:
    """One thing the article says a source said, with its exact place in the article file."""

    id: str
    kind: ClaimKind
    quote: str
    line: int
    column: int
    end_line: int
    end_column: int
    speaker: str | None = None
    cue: str | None = None
    post: PostInfo | None = None
    cited: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    skipped: str | None = None
    quotation: bool = True
    why: str | None = None
    speaker_at: SpeakerMention | None = None
    weak: tuple[str, ...] = ()  # which of ``cited`` are only weak ties (other paragraph links)
    speaker_inferred: bool = False  # the speaker was resolved from "she", "he"…: a guess
    speaker_refers_to: str | None = None  # the person a description names, as introduced
    paragraph: int | None = None  # articles read from paragraphs (Word, web): 1-based
    offset: int | None = None  # and the quote's character offset in that paragraph


@dataclass(frozen=True, eq=False)
class SourceText:
    """The text of one source as read, or the reason it could not be read.

    ``raw`` and ``text_map`` (text -> raw) let evidence cite lines of the original file.
    """

    ref: str
    text: str = ""
    url: str | None = None
    path: str | None = None
    layer: str | None = None
    sha256: str | None = None
    error: str | None = None
    raw: str = ""
    text_map: TextMap | None = None
    pages: tuple[int, ...] = ()
    cue_times: tuple[tuple[int, str], ...] = ()
    redirects: tuple[str, ...] = ()
    archived: str | None = None
    alternatives: tuple[SourceText, ...] = ()
    speakers: tuple[tuple[int, str], ...] = ()  # (offset in text, name) where each turn begins
    ocr_spans: tuple[tuple[int, int, float], ...] = ()  # OCR lines: start, end, confidence

    @property
    def available(self) -> bool:
        """True when the source was read."""
        return self.error is None


@dataclass(frozen=True)
class Edit:
    """One place where the quote's words and the source's words differ (raw, unclassified)."""

    quote: str
    source: str
    quote_case: str = ""
    source_case: str = ""


@dataclass(frozen=True)
class Elision:
    """Source text that an ellipsis in the quote stands for."""

    omitted: str
    gap_chars: int
    after_clause_break: bool = False


@dataclass(frozen=True)
class Substitution:
    """A bracketed editorial insertion in the quote and the source words it stands for."""

    bracket: str
    replaced: str
    position: str = "inside"  # "start" or "end" when the bracket opens or closes the quote


@dataclass(frozen=True)
class Alignment:
    """Where a quote was found in one source and how its words line up with the source's."""

    start: int
    end: int
    score: float
    matched_ratio: float
    edits: tuple[Edit, ...] = ()
    elisions: tuple[Elision, ...] = ()
    substitutions: tuple[Substitution, ...] = ()
    case_or_punctuation: bool = False
    out_of_order: bool = False
    occurrences: int = 1
    lead_in: str = ""
    opens_sentence: bool = False
    forms: tuple[tuple[str, str], ...] = ()
    source_text: str = ""
    capitalised: bool = False  # the quote opens with a capital where the source has none
    closes_sentence: bool = False  # the quote ends with a full stop (or ! or ?)
    tail: str = ""  # the rest of the source sentence after the match


@dataclass(frozen=True)
class Difference:
    """A classified difference between quote and source, e.g. a negation dropped."""

    kind: str
    quote: str
    source: str
    detail: str | None = None
