"""OCR of scanned PDF pages: reading order and hyphens (no engine needed), then generated
scans and the real scanned syllabus in ../shared/corpus read by the engine of the ``ocr``
extra (skipped, with the reason, where the extra or the corpus is absent)."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from quotecheck.findings import Finding
from quotecheck.models import Claim, ClaimKind, SourceText, Verdict
from quotecheck.pipeline import SourceStore
from quotecheck.pipeline.ranking import check_claim
from quotecheck.settings import MatchSettings
from quotecheck.sources import SourceRef, ocr
from quotecheck.sources.local import read_local
from quotecheck.sources.ocr import OcrLine, join_lines, reading_order
from quotecheck.sources.resolve import ClaimSources
from tests.conftest import ROOT, Run
from tests.sources import scangen

CORPUS = ROOT.parent / "shared" / "corpus" / "pdf"
LABELS = Path(__file__).with_name("ocr_syllabus_labels.json")
needs_engine = pytest.mark.skipif(
    not ocr.ocr_available(), reason="the OCR extra is not installed (pip install -e '.[ocr]')")
HYPHENATED = ("The ordinance requires a recon-\nsidered decision for every permit that the\n"
              "town denies, and a hearing before any well-\nknown route is cut.")


def _line(text: str, left: float, top: float, right: float, confidence: float = 0.9
          ) -> OcrLine:
    return OcrLine(text, confidence, left, top, right, top + 20)


def test_line_end_hyphens_are_joined_before_lower_case() -> None:
    text, spans = join_lines([("a recon-", 0.9), ("sidered plan for", 0.8),
                              ("North-", 0.7), ("East routes", 0.6)])
    assert text == "a reconsidered plan for\nNorth-\nEast routes\n"
    assert [(text[s:e], c) for s, e, c in spans] == [
        ("a recon", 0.9), ("sidered plan for", 0.8), ("North-", 0.7), ("East routes", 0.6)]


def test_reading_order_rows_then_columns() -> None:
    one_column = [_line("second half", 300, 100, 500), _line("first half", 50, 102, 280),
                  _line("next row", 50, 140, 280)]
    assert [t for t, _ in reading_order(one_column, 1000)] == [
        "first half second half", "next row"]
    title = [_line("A TITLE ACROSS THE PAGE", 100, 10, 900)]
    left = [_line(f"left {k}", 50, 100 + 40 * k, 450) for k in range(3)]
    right = [_line(f"right {k}", 550, 100 + 40 * k, 950, 0.5) for k in range(3)]
    ordered = reading_order(right + left + title, 1000)
    assert [t for t, _ in ordered] == ["A TITLE ACROSS THE PAGE", "left 0", "left 1",
                                       "left 2", "right 0", "right 1", "right 2"]
    assert ordered[-1][1] == 0.5


def test_without_the_extra_the_reason_says_how_to_install(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "ocr_available", lambda: False)
    (tmp_path / "scan.pdf").write_bytes(scangen.scanned_pdf([scangen.PARAGRAPHS[:1]]))
    assert read_local("scan.pdf", tmp_path / "scan.pdf").error == (
        "scanned PDF, needs OCR: install it with pip install 'quotecheck[ocr]'")


def _check(source: SourceText, quote: str) -> Finding:
    store = SourceStore(lambda ref: source)
    ref = SourceRef("scan.pdf", "scan.pdf", is_url=False)
    return check_claim(Claim("c1", ClaimKind.INLINE, quote, 1, 1, 1, 1),
                       ClaimSources(listed=(ref,)), store, MatchSettings())


@pytest.fixture(scope="module")
def scan(tmp_path_factory: pytest.TempPathFactory) -> SourceText:
    if not ocr.ocr_available():
        pytest.skip("the OCR extra is not installed (pip install -e '.[ocr]')")
    path = tmp_path_factory.mktemp("scan") / "scan.pdf"
    pages = [[*scangen.PARAGRAPHS[:2], HYPHENATED], scangen.PARAGRAPHS[2:]]
    path.write_bytes(scangen.scanned_pdf(pages))
    return read_local("scan.pdf", path)


@needs_engine
def test_a_generated_scan_is_read_in_order(scan: SourceText) -> None:
    assert (scan.error, scan.layer, len(scan.pages)) == (None, "ocr", 2)
    flat = " ".join(scan.text.split())
    assert "requires a reconsidered decision for every permit" in flat  # hyphen joined
    assert "well-known route" in flat or "well- known route" not in flat
    assert flat.index("The council voted") < flat.index("The committee recommended")
    assert scan.text.index("The committee") >= scan.pages[1]  # page 2 starts after page 1
    assert all(0.0 < c <= 1.0 for _, _, c in scan.ocr_spans)


@needs_engine
@pytest.mark.parametrize(("quote", "verdicts", "page"), [
    ("the city will not raise fares before the depot is rebuilt", ("exact", "verified"), 1),
    ("publish its ridership figures every month", ("exact", "verified"), 2),
    ("a reconsidered decision for every permit", ("exact", "verified"), 1),
    ("the city will raise fares before the depot is rebuilt", ("altered",), 1),
    ("expected to raise $3.9 million in fiscal year 2025", ("altered",), 1),
    ("Councillor José Ferrand voted for the plan", ("altered",), 2),
])
def test_quotes_against_a_generated_scan(scan: SourceText, quote: str,
                                         verdicts: tuple[str, ...], page: int) -> None:
    finding = _check(scan, quote)
    assert finding.verdict is not None and finding.verdict.value in verdicts
    assert finding.match is not None and finding.match.page == page
    assert finding.match.confidence is not None and 0.5 < finding.match.confidence <= 1.0


@needs_engine
def test_a_page_without_text_in_a_text_pdf_is_read_by_ocr(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="letter")
    pdf.set_font("Helvetica", size=12)
    pdf.add_page()
    pdf.multi_cell(0, 8, "A typed cover page: the council minutes of Tuesday, as approved.")
    pdf.add_page()
    image = scangen.page_image([scangen.PARAGRAPHS[3]], dpi=150)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")  # type: ignore[attr-defined]
    pdf.image(buffer, x=0, y=0, w=pdf.w)
    (tmp_path / "mixed.pdf").write_bytes(bytes(pdf.output()))
    source = read_local("mixed.pdf", tmp_path / "mixed.pdf")
    assert (source.error, source.layer) == (None, "pdf+ocr")
    typed = _check(source, "the council minutes of Tuesday")
    scanned = _check(source, "consult riders before changing any schedule")
    assert typed.match is not None and (typed.match.page, typed.match.confidence) == (1, None)
    assert scanned.match is not None and scanned.match.page == 2
    assert scanned.verdict in (Verdict.EXACT, Verdict.VERIFIED)
    assert scanned.match.confidence is not None


@needs_engine
def test_verify_an_article_against_a_scan(cli: Callable[..., Run], tmp_path: Path,
                                          schema: dict[str, Any]) -> None:
    (tmp_path / "scan.pdf").write_bytes(scangen.scanned_pdf([scangen.PARAGRAPHS[1:3]]))
    article = tmp_path / "story.md"
    article.write_text("The office said the levy “is expected to raise $3.8 million in fiscal "
                       "year 2025” ([budget](scan.pdf)). Ferrand said the fund “was always "
                       "meant to cover operating costs” ([budget](scan.pdf)).\n")
    run = cli("verify", str(article), "--format", "json")
    jsonschema.validate(run.json(), schema)
    claims = run.json()["articles"][0]["claims"]
    assert [(c["verdict"], c["source"]["layer"], c["match"]["page"]) for c in claims] == [
        ("exact", "ocr", 1), ("altered", "ocr", 1)]
    assert all(0.5 < c["match"]["confidence"] <= 1 for c in claims)
    page = cli("verify", str(article), "--format", "html").stdout
    assert "page 1, ocr text, OCR confidence 0." in page


@pytest.fixture(scope="module")
def syllabus() -> Iterator[SourceText]:
    path = CORPUS / "image-pdf.pdf"
    if not path.exists():
        pytest.skip(f"the shared corpus is not here ({path})")
    if not ocr.ocr_available():
        pytest.skip("the OCR extra is not installed (pip install -e '.[ocr]')")
    yield read_local("image-pdf.pdf", path)


def _labels() -> list[dict[str, Any]]:
    quotes: list[dict[str, Any]] = json.loads(LABELS.read_text())["quotes"]
    return quotes


@needs_engine
@pytest.mark.parametrize("label", _labels(), ids=lambda k: f"p{k['page']}-{k['expect']}")
def test_the_scanned_syllabus(syllabus: SourceText, label: dict[str, Any]) -> None:
    assert (syllabus.error, syllabus.layer, len(syllabus.pages)) == (None, "ocr", 2)
    finding = _check(syllabus, label["quote"])
    if label["expect"] == "faithful":
        assert finding.verdict in (Verdict.EXACT, Verdict.VERIFIED), finding.differences
        assert finding.match is not None and finding.match.page == label["page"]
        assert finding.match.confidence is not None
    else:  # never passed as faithful, OCR or not
        assert finding.verdict in (Verdict.ALTERED, Verdict.NOT_FOUND, Verdict.MINOR)


def test_the_confidence_is_the_lowest_of_the_lines_a_match_spans() -> None:
    spans = [(0, 10, 0.9), (10, 20, 0.6), (20, 30, 0.8)]
    assert ocr.ocr_confidence(spans, 5, 15) == 0.6
    assert ocr.ocr_confidence(spans, 21, 25) == 0.8
    assert ocr.ocr_confidence(spans, 40, 50) is None
