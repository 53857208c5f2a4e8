"""OCR misreadings of a scanned source: excused as ``ocr`` differences, except where a
negation, a number or a name differs."""

from __future__ import annotations

import pytest

from quotecheck.findings import Finding
from quotecheck.match import SourceIndex, match_quote
from quotecheck.models import Claim, ClaimKind, SourceText, Verdict
from quotecheck.ocrnoise import ocr_note
from quotecheck.pipeline import SourceStore
from quotecheck.pipeline.ranking import check_claim
from quotecheck.settings import MatchSettings
from quotecheck.sources import SourceRef
from quotecheck.sources.resolve import ClaimSources
from quotecheck.verdict import judge

SCAN = ("The council said the modem fleet wi1l stay in service. Residents were not "
        "consulted, said Councillor Hemnann. The levy raised $3.8 million in 2O24 for the "
        "depot and the Iine to Rennes; the cafe reopened. We wiIl keep every route. Oklahoma"
        "waterlaws thateffectivelyprevent out-of-state applicants, subjecttoa25 percent cap. "
        "Councillor Camey said the board would n0t wait. The plan willnotraise fares.")


def _check(quote: str, *, ocr: bool) -> Finding:
    """The finding for ``quote`` against SCAN read by OCR (or from a text layer)."""
    spans = ((0, 60, 0.91), (60, len(SCAN), 0.78)) if ocr else ()
    text = SourceText("scan.pdf", text=SCAN, path="scan.pdf", layer="ocr" if ocr else "pdf",
                      ocr_spans=spans)
    store = SourceStore(lambda ref: text)
    ref = SourceRef("scan.pdf", "scan.pdf", is_url=False)
    claim = Claim("c1", ClaimKind.INLINE, quote, 1, 1, 1, 1)
    return check_claim(claim, ClaimSources(listed=(ref,)), store, MatchSettings())


def _judge(quote: str, *, ocr: bool) -> tuple[Verdict | None, list[str]]:
    finding = _check(quote, ocr=ocr)
    return finding.verdict, [d.kind for d in finding.differences]


@pytest.mark.parametrize("quote", [
    "the modern fleet will stay in service",   # rn/m, 1/l inside a word
    "the depot and the line to Rennes",        # I/l
    "the café reopened",                       # a lost diacritic
    "We will keep every route",                # I/l in a modal: the same modal
    "water laws that effectively prevent out-of-state",  # words the scan ran together
])
def test_recognition_confusions_are_ocr_differences(quote: str) -> None:
    finding = _check(quote, ocr=True)
    assert finding.verdict is Verdict.VERIFIED
    assert {d.kind for d in finding.differences} == {"ocr"}
    assert finding.note is not None and finding.note.startswith("verified despite OCR")
    assert finding.match is not None and finding.match.confidence in (0.91, 0.78)
    assert _judge(quote, ocr=False)[0] is not Verdict.VERIFIED  # only in OCR text


@pytest.mark.parametrize(("quote", "kind"), [
    ("Residents were consulted", "negation"),              # a dropped negation
    ("The levy raised $3.9 million", "number_changed"),     # a number
    ("raised $3.8 million in 2024 for", "number_changed"),  # O/0 in a number is a number
    ("said Councillor Herrmann", "name_changed"),           # rn/m in a name is a name
    ("Councillor Carney said the board", "name_changed"),   # only rn/m, but a name
    ("the board would not wait", "negation"),               # 0/o, but a negation
])
def test_negations_numbers_and_names_are_never_excused(quote: str, kind: str) -> None:
    verdict, kinds = _judge(quote, ocr=True)
    assert verdict is Verdict.ALTERED and kind in kinds and "ocr" not in kinds


def test_a_misread_word_the_matcher_aligns_is_an_ocr_difference() -> None:
    alignment = match_quote("Residents were not consulted, said Councillor", SourceIndex(
        SCAN.replace("consulted", "consu1ted")))
    assert alignment is not None
    verdict, differences = judge(alignment, "Residents were not consulted, said Councillor",
                                 ocr=True)
    assert (verdict, [d.kind for d in differences]) == (Verdict.VERIFIED, ["ocr"])


def test_the_warning_names_the_confidence() -> None:
    differences = _check("the modern fleet will stay", ocr=True).differences
    assert ocr_note(differences, 0.8123) == ("verified despite OCR misreadings in the scanned "
                                             "source (OCR confidence 0.81): check the page")
    assert ocr_note((), 0.8) is None


def test_a_changed_number_among_run_together_words_is_never_verified() -> None:
    assert _judge("subject to a 35 percent cap", ocr=True)[0] not in (
        Verdict.EXACT, Verdict.VERIFIED)
    assert _judge("subject to a 25 percent cap", ocr=True)[0] is Verdict.VERIFIED


def test_words_run_into_a_negation_are_never_taken_in() -> None:
    assert _judge("raise fares", ocr=True)[0] not in (Verdict.EXACT, Verdict.VERIFIED)
