"""Which of a claim's candidate sources gives its finding: the cited source first, the
closest match next, and a source that failed never mistaken for a failed quote."""

from __future__ import annotations

from dataclasses import replace

from quotecheck.models import Alignment, Claim, Finding, SourceText, Verdict
from quotecheck.ocrnoise import OcrReading, ocr_note, ocr_reading, with_misreadings
from quotecheck.pipeline.evidence import match_info, source_info
from quotecheck.pipeline.store import SourceStore
from quotecheck.settings import MatchSettings
from quotecheck.sources.ocr import ocr_confidence
from quotecheck.sources.resolve import SourceRef
from quotecheck.verdict import judge

RANK = {Verdict.EXACT: 0, Verdict.VERIFIED: 1, Verdict.MINOR: 2, Verdict.ALTERED: 3}
OTHER_SOURCE = "found in a source other than the one cited"


def check_claim(claim: Claim, refs: tuple[SourceRef, ...], cited: frozenset[str],
                store: SourceStore, settings: MatchSettings) -> Finding:
    """Look for ``claim`` in each candidate source and keep the best finding."""
    if claim.skipped:
        return Finding(claim, Verdict.SKIPPED, note=claim.skipped)
    if not refs:
        return Finding(claim, Verdict.NO_SOURCE, note="nothing ties this quote to a source")
    best: tuple[int, Finding] | None = None
    for ref in refs:
        finding = _finding_in(claim, ref, cited, store, settings)
        if finding is None:
            continue
        rank = _rank(finding, ref, cited)
        if best is None or rank < best[0]:
            best = (rank, finding)
        if rank <= 1:
            break
    if best is not None:
        return best[1]
    return not_located(claim, refs, cited, store)


def _rank(finding: Finding, ref: SourceRef, cited: frozenset[str]) -> int:
    """Lower is better: the verdict first, then whether the source is the cited one."""
    assert finding.verdict in RANK
    return RANK[finding.verdict] * 2 + (0 if ref.location in cited or not cited else 1)


def _finding_in(claim: Claim, ref: SourceRef, cited: frozenset[str], store: SourceStore,
                settings: MatchSettings) -> Finding | None:
    """The finding for ``claim`` in one source, or None when the source lacks it."""
    source = store.text(ref)
    if not source.available:
        return None
    found = first_layer_match(claim, ref, source, store, settings)
    if found is None:
        return None
    text, alignment, reading = found
    confidence = ocr_confidence(text.ocr_spans, alignment.start, alignment.end)
    verdict, differences = with_misreadings(
        *judge(alignment, reading.quote, ocr=confidence is not None), reading)
    note = OTHER_SOURCE if cited and ref.location not in cited else ocr_note(differences,
                                                                           confidence)
    evidence = replace(match_info(text, store.lines(ref, text), alignment.start, alignment.end),
                       occurrences=alignment.occurrences, confidence=confidence)
    return Finding(claim, verdict, alignment.score, source_info(text), evidence, differences,
                   note)


def first_layer_match(claim: Claim, ref: SourceRef, source: SourceText, store: SourceStore,
                      settings: MatchSettings
                      ) -> tuple[SourceText, Alignment, OcrReading] | None:
    """The quote in the first layer of the source that has it (main, full, JSON-LD…), and
    the quote as looked for (in OCR text, with the scan's misreadings)."""
    from quotecheck.match import match_quote

    for text in (source, *source.alternatives):
        reading = ocr_reading(claim.quote, text.text) if text.ocr_spans else OcrReading(
            claim.quote)
        alignment = match_quote(reading.quote, store.index(ref, text), settings)
        if alignment is not None:
            return text, alignment, reading
    return None


def not_located(claim: Claim, refs: tuple[SourceRef, ...], cited: frozenset[str],
                store: SourceStore) -> Finding:
    """``unavailable`` when a cited source (or every source) could not be read, else
    ``not_found``: a source that failed must never look like a failed quote."""
    texts = [(ref, store.text(ref)) for ref in refs]
    failed = [t for ref, t in texts if not t.available and (ref.location in cited or not cited)]
    read = [t for _, t in texts if t.available]
    if failed and (cited or not read):
        return Finding(claim, Verdict.UNAVAILABLE, source=source_info(failed[0]),
                       note=failed[0].error)
    from quotecheck.match.nearest import nearest_in

    nearest = nearest_in(claim.quote, ((store.index(r, t), t, store.lines(r, t)) for r, t in texts
                                       if t.available))
    return Finding(claim, Verdict.NOT_FOUND, source=source_info(read[0]), nearest=nearest)
