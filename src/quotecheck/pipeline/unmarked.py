"""Unmarked copies as claims: article prose that repeats a source without quotation marks.

:mod:`quotecheck.match.copies` finds the shared passages; this module drops common phrases
and boilerplate, aligns each passage with its source as a quote would be (so the word
differences and the ``altered`` rule are the matcher's and :func:`judge`'s own), and says
whether the article attributes the words nearby.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from quotecheck.extract import quoted_spans
from quotecheck.findings import CopyInfo, Finding
from quotecheck.lexicon import REPORTING_VERBS
from quotecheck.lines import LineIndex
from quotecheck.match import SourceIndex
from quotecheck.match.boilerplate import boilerplate_reason
from quotecheck.match.copies import (
    Passage,
    ProseWords,
    best_per_stretch,
    find_passages,
)
from quotecheck.match.copy_align import align_passage
from quotecheck.models import Article, Claim, ClaimKind, SourceText, Verdict
from quotecheck.pipeline.evidence import match_info, source_info
from quotecheck.pipeline.store import SourceStore
from quotecheck.settings import CopySettings
from quotecheck.sources.resolve import SourceRef
from quotecheck.verdict import judge

QUOTED_RUN = 8  # words in a row that count as "the article quotes this elsewhere"
QUOTED_SHARE = 0.5
#: reporting verbs that attribute a copied passage (narrower than the quotation cues: a
#: passage is prose, where "put", "hold" or "point" rarely attribute anything)
ATTRIBUTING_VERBS = REPORTING_VERBS + "|called|calls|described|describes"
_CUE = re.compile(rf"\b(?:according to|as (?:[\w.'’-]+ ){{1,3}}(?:reported|reports)"
                  rf"|{ATTRIBUTING_VERBS})\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")
_NEAR = 300  # characters looked at around a passage for an attribution


@dataclass(frozen=True)
class _Candidate:
    """A passage found in one layer of one source."""

    ref: SourceRef
    text: SourceText
    index: SourceIndex
    passage: Passage


def copy_findings(article: Article, refs: Sequence[SourceRef], store: SourceStore,
                  settings: CopySettings, lines: frozenset[int] | None = None
                  ) -> tuple[Finding, ...]:
    """A finding of kind ``unmarked`` for every passage of the article's prose copied from
    one of ``refs`` (empty when the search is off or the article disabled); with ``lines``
    (``--changed-since``), only passages that touch one of those lines."""
    if not settings.enabled or not article.enabled:
        return ()
    prose = ProseWords(article.plain, quoted_spans(article) + _disabled_spans(article),
                       article.paragraphs)
    candidates: list[_Candidate] = []
    for ref in dict.fromkeys(refs):
        source = store.text(ref)
        for layer in (source, *source.alternatives) if source.available else ():
            index = store.index(ref, layer)
            candidates += [_Candidate(ref, layer, index, p)
                           for p in find_passages(prose, index, settings)]
    kept = best_per_stretch([(n, c.passage) for n, c in enumerate(candidates)])
    builder = _Builder(article, prose, settings, store)
    spans = [prose.plain_span(p.first, p.last) for _, p in kept]
    findings = [builder.finding(candidates[n], (spans[k - 1][1] if k else 0,
                                                spans[k + 1][0] if k + 1 < len(spans) else None))
                for k, (n, _) in enumerate(kept)]
    return tuple(_numbered([f for f in findings if f is not None and _touches(f, lines)]))


def _disabled_spans(article: Article) -> list[tuple[int, int]]:
    """Plain-text stretches between ``quotecheck-disable`` and ``quotecheck-enable``: never
    searched, as if quoted."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for directive in sorted(article.directives, key=lambda d: d.at):
        if directive.kind == "disable" and start is None:
            start = directive.at
        elif directive.kind == "enable" and start is not None:
            spans.append((start, directive.at))
            start = None
    return spans + ([(start, len(article.plain))] if start is not None else [])


def _touches(finding: Finding, lines: frozenset[int] | None) -> bool:
    claim = finding.claim
    return lines is None or any(n in lines for n in range(claim.line, claim.end_line + 1))


def _numbered(findings: list[Finding]) -> list[Finding]:
    return [replace(f, claim=replace(f.claim, id=f"u{n}"))
            for n, f in enumerate(findings, start=1)]


class _Builder:
    """Turns passages of one article into findings."""

    def __init__(self, article: Article, prose: ProseWords, settings: CopySettings,
                 store: SourceStore) -> None:
        self.article, self.prose, self.settings, self.store = article, prose, settings, store
        self.lines = LineIndex(article.raw)

    def finding(self, found: _Candidate, bounds: tuple[int, int | None]) -> Finding | None:
        """The finding for one passage, or None when it is boilerplate or quoted elsewhere;
        an attribution is looked for within ``bounds`` (the ends of the copies around it)."""
        passage = found.passage
        start, end = self.prose.plain_span(passage.first, passage.last)
        text = self.article.plain[start:end]
        if boilerplate_reason(text, passage.repeats, self.settings.min_words) or (
                self.prose.quoted_share(passage, QUOTED_RUN) >= QUOTED_SHARE):
            return None
        alignment = align_passage(self.prose, passage, found.index,
                                  max(2, self.settings.min_words))
        verdict, differences = judge(alignment, text)
        info = self._copy_info(passage, (start, end), bounds, found.ref)
        evidence = replace(match_info(found.text, self.store.lines(found.ref, found.text),
                                      alignment.start, alignment.end),
                           occurrences=alignment.occurrences)
        return Finding(self._claim(text, start, end, info), _verdict(verdict),
                       alignment.score, source_info(found.text), evidence, differences,
                       _note(info), copy=info)

    def _claim(self, text: str, start: int, end: int, info: CopyInfo) -> Claim:
        raw_start, raw_end = self.article.plain_map.span(start, end)
        line, column = self.lines.position(raw_start)
        end_line, end_column = self.lines.position(raw_end)
        return Claim(id="u0", kind=ClaimKind.UNMARKED, quote=" ".join(text.split()),
                     line=line, column=column, end_line=end_line, end_column=end_column,
                     cue=info.cue)

    def _copy_info(self, passage: Passage, span: tuple[int, int], bounds: tuple[int, int | None],
                   ref: SourceRef) -> CopyInfo:
        paragraph = self.prose.paragraph[passage.first]
        in_paragraph = int((self.prose.paragraph == paragraph).sum())
        text = self.article.plain[bounds[0] : bounds[1]]
        cue = attribution_cue(text, span[0] - bounds[0], span[1] - bounds[0])
        linked = self._linked(span[0], ref)
        return CopyInfo(words=passage.words, paragraph_words=in_paragraph,
                        share=round(passage.words / max(in_paragraph, 1), 3),
                        attributed=cue is not None or linked, cue=cue, linked=linked)

    def _linked(self, start: int, ref: SourceRef) -> bool:
        """True when the passage's paragraph links to the source."""
        around = [p for p in self.article.paragraphs if p.start <= start < p.end]
        return any(link.url in (ref.ref, ref.location) for p in around
                   for link in self.article.links if p.start <= link.start < p.end)


def _verdict(judged: Verdict) -> Verdict:
    """``altered`` when the words differ in meaning, else ``copied``."""
    return Verdict.ALTERED if judged is Verdict.ALTERED else Verdict.COPIED


def _note(info: CopyInfo) -> str:
    where = f"{info.words} words copied without quotation marks ({info.share:.0%} of the " \
            "paragraph)"
    if info.cue:
        return f"{where}; attributed nearby: “{info.cue}”"
    return f"{where}; the paragraph links to the source" if info.linked else (
        f"{where}; not attributed nearby")


def attribution_cue(plain: str, start: int, end: int) -> str | None:
    """The attribution next to ``plain[start:end]`` ("the report says", "according to"),
    looked for in the rest of its sentence and in the sentence before it."""
    head = plain[max(0, start - _NEAR) : start]
    cuts = [m.end() for m in _SENTENCE_END.finditer(head)]
    before = head[cuts[-2] if len(cuts) > 1 else 0 :]  # this and the previous sentence
    tail = plain[end : end + _NEAR]
    stop = _SENTENCE_END.search(tail)
    after = tail[: stop.start() + 1 if stop else len(tail)]
    for part in (after, before):
        found = list(_CUE.finditer(part))
        if found:
            cue = found[0] if part is after else found[-1]
            return _phrase(part, cue)
    return None


def _phrase(part: str, cue: re.Match[str]) -> str:
    """The cue with the words before it in its clause, three at most ("the suit states");
    "according to" and "as … reported" stand alone."""
    if cue.group(0).lower().startswith(("as ", "according")):
        return cue.group(0)
    clause = re.split(r"[,;:.!?—–\"“”()]", part[: cue.start()])[-1]
    return " ".join([*clause.split()[-3:], cue.group(0)])
