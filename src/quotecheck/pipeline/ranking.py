"""Which of a claim's candidate sources gives its finding, by how strongly the article ties
the claim to each (design, "Sources"):

- the sources strongly tied to the claim are searched first and give every verdict;
- when none of them has the words, the article's other sources are searched: a faithful
  match there is ``misattributed`` if a cited source was read and lacks the words, keeps its
  verdict (with the cited source's failure as a difference) if the cited source could not be
  read, and a changed match never stands in for a cited source that could not be read;
- a claim with no strong tie is never ``not_found``: found elsewhere it keeps its verdict
  (``source_cited`` false), else it is ``no_source``;
- faithful words credited to another speaker than the source's are ``misattributed``.
"""

from __future__ import annotations

from dataclasses import replace

from quotecheck.findings import Finding
from quotecheck.models import Alignment, Claim, Difference, SourceText, Verdict
from quotecheck.ocrnoise import OcrReading, ocr_note, ocr_reading, with_misreadings
from quotecheck.pipeline.evidence import match_info, source_info
from quotecheck.pipeline.speakers import speaker_matches
from quotecheck.pipeline.store import SourceStore
from quotecheck.settings import MatchSettings
from quotecheck.sources.ocr import ocr_confidence
from quotecheck.sources.resolve import ClaimSources, SourceRef
from quotecheck.verdict import judge

RANK = {Verdict.EXACT: 0, Verdict.VERIFIED: 1, Verdict.MINOR: 2, Verdict.ALTERED: 3}
FAITHFUL = frozenset({Verdict.EXACT, Verdict.VERIFIED})
NOTHING_TIED = "nothing ties this quote to a source"


def check_claim(claim: Claim, sources: ClaimSources, store: SourceStore,
                settings: MatchSettings) -> Finding:
    """The finding for ``claim``: looked for in its strongly tied sources first, then in
    the article's other sources."""
    if claim.skipped:
        return Finding(claim, Verdict.SKIPPED, note=claim.skipped)
    if not sources.all():
        return Finding(claim, Verdict.NO_SOURCE, note=NOTHING_TIED, tie="none")
    found = best_finding(claim, sources.strong, store, settings)
    if found is not None:
        return speaker_checked(replace(found, tie=sources.tie, source_cited=True))
    elsewhere = best_finding(claim, sources.untied, store, settings)
    if elsewhere is not None:
        elsewhere = speaker_checked(replace(elsewhere, tie=sources.tie, source_cited=False))
    if not sources.strong:
        return elsewhere or no_source(claim, sources, store)
    return found_elsewhere(claim, sources, elsewhere, store)


def best_finding(claim: Claim, refs: tuple[SourceRef, ...], store: SourceStore,
                 settings: MatchSettings) -> Finding | None:
    """The best finding among ``refs`` (earlier ones win ties); None when none has it."""
    best: tuple[int, Finding] | None = None
    for ref in refs:
        finding = finding_in(claim, ref, store, settings)
        if finding is None or finding.verdict not in RANK:
            continue
        rank = RANK[finding.verdict]
        if best is None or rank < best[0]:
            best = (rank, finding)
        if finding.verdict in FAITHFUL:
            break
    return best[1] if best else None


def finding_in(claim: Claim, ref: SourceRef, store: SourceStore,
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
    evidence = replace(match_info(text, store.lines(ref, text), alignment.start, alignment.end),
                       occurrences=alignment.occurrences, confidence=confidence)
    return Finding(claim, verdict, alignment.score, source_info(text), evidence, differences,
                   ocr_note(differences, confidence))


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


def speaker_checked(finding: Finding) -> Finding:
    """``misattributed`` when faithful words are credited to someone other than the
    source's speaker at the matched passage; word changes still win (``altered``)."""
    spoken = finding.match.speaker if finding.match else None
    if finding.verdict not in FAITHFUL or finding.claim.speaker_inferred:
        return finding  # a speaker guessed from "she" or "he" is no evidence either way
    # a description ("the chief justice") is held to the person the article introduced
    credited = finding.claim.speaker_refers_to or finding.claim.speaker
    if speaker_matches(credited, spoken) is not False:
        return finding
    said = Difference("speaker", credited or "", spoken or "")  # the person compared
    return replace(finding, verdict=Verdict.MISATTRIBUTED,
                   differences=(said, *finding.differences))


def found_elsewhere(claim: Claim, sources: ClaimSources, elsewhere: Finding | None,
                    store: SourceStore) -> Finding:
    """A strongly tied claim whose tied sources lack the words (or could not be read)."""
    read_cited = [t for r in sources.cited if (t := store.text(r)).available]
    failed = [t for r in sources.strong if not (t := store.text(r)).available]
    faithful = elsewhere is not None and elsewhere.verdict in (*FAITHFUL, Verdict.MISATTRIBUTED)
    if elsewhere is not None and faithful and read_cited:
        return _wrong_source(elsewhere, read_cited[0])
    if elsewhere is not None and faithful and failed:
        return _cited_failed(elsewhere, failed[0])
    if failed:
        return Finding(claim, Verdict.UNAVAILABLE, source=source_info(failed[0]),
                       note=failed[0].error, tie=sources.tie)
    if elsewhere is not None and not read_cited:  # only listed sources, read and lacking
        return elsewhere
    return not_found(claim, sources, store)


def not_found(claim: Claim, sources: ClaimSources, store: SourceStore) -> Finding:
    """The strongly tied sources were read and lack the words: ``not_found``, with the
    nearest passage among them."""
    from quotecheck.match.nearest import nearest_in

    read = [(r, store.text(r)) for r in sources.strong]
    nearest = nearest_in(claim.quote, ((store.index(r, t), t, store.lines(r, t))
                                       for r, t in read if t.available))
    return Finding(claim, Verdict.NOT_FOUND, source=source_info(read[0][1]), tie=sources.tie,
                   nearest=nearest)


def _wrong_source(found: Finding, cited: SourceText) -> Finding:
    """Faithful words found in another source than the cited one, which lacks them."""
    where = Difference("source", cited.ref, found.source.ref if found.source else "")
    return replace(found, verdict=Verdict.MISATTRIBUTED, cited_source=source_info(cited),
                   differences=(where, *found.differences))


def _cited_failed(found: Finding, cited: SourceText) -> Finding:
    """Words found elsewhere while the cited source could not be read: the found verdict,
    with the cited source's failure as a difference (the run is incomplete)."""
    where = Difference("source", cited.ref, found.source.ref if found.source else "",
                       detail=f"the cited source could not be read: {cited.error}")
    return replace(found, cited_source=source_info(cited),
                   differences=(where, *found.differences))


def no_source(claim: Claim, sources: ClaimSources, store: SourceStore) -> Finding:
    """A claim with no strong tie that none of the article's sources has."""
    texts = [store.text(r) for r in sources.all()]
    readable = sum(t.available for t in texts)
    plural = "s" if readable != 1 else ""
    note = f"not in any of the article's {readable} readable source{plural}; none is cited for it"
    if len(texts) > readable:
        note += f" ({len(texts) - readable} could not be read)"
    return Finding(claim, Verdict.NO_SOURCE, note=note, tie=sources.tie)
