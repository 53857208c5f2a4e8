"""PDF sources: generated filings (numbered lines, headers, footers, page breaks, columns)
and the real court documents in ../shared/corpus/pdf when they are there."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from fpdf import FPDF

from quotecheck.match import SourceIndex, match_quote
from quotecheck.sources import ocr
from quotecheck.sources.local import read_local
from tests.conftest import ROOT, Run

CORPUS = ROOT.parent / "shared" / "corpus" / "pdf"
PAGE_ONE = [
    "The plaintiff alleges that the town denied its permit without a hearing.",
    "The town argues that no hearing was required because the application was",
    "incomplete. The court does not agree. The ordinance requires a recon-",
    "sidered decision to follow a hearing for every application that is denied,",
    "and the court finds that the town must now answer the complaint within",
]
PAGE_TWO = [
    "twenty-one days of this order. The motion to dismiss is denied.",
    "It is so ordered.",
]


def _filing(path: Path) -> Path:
    """A two-page filing: margin line numbers 1-28, a case header, a page footer."""
    pdf = FPDF(format="letter")
    pdf.set_auto_page_break(auto=False)
    pdf.set_font("Helvetica", size=11)
    for number, lines in enumerate((PAGE_ONE, PAGE_TWO), start=1):
        pdf.add_page()
        pdf.set_xy(20, 10)
        pdf.cell(0, 6, "Case 1:24-cv-00017-ABC Document 12 Filed 03/03/24")
        for n in range(1, 29):
            pdf.set_xy(8, 20 + n * 8)
            pdf.cell(8, 6, str(n))
        for i, line in enumerate(lines):
            pdf.set_xy(22, 28 + i * 8)
            pdf.cell(0, 6, line)
        pdf.set_xy(20, 265)
        pdf.cell(0, 6, f"Page {number} of 2")
    pdf.output(str(path))
    return path


def test_filing_is_cleaned_and_pages_reported(tmp_path: Path) -> None:
    source = read_local("filing.pdf", _filing(tmp_path / "filing.pdf"))
    assert source.error is None and len(source.pages) == 2
    assert "Case 1:24-cv" not in source.text and "Page 1 of 2" not in source.text
    assert not any(line.strip().isdigit() for line in source.text.splitlines())
    index = SourceIndex(source.text)
    across = "the town must now answer the complaint within twenty-one days of this order"
    found = match_quote(across, index)
    assert found is not None and found.edits == ()
    assert source.pages[0] <= found.start < source.pages[1]
    hyphen = match_quote("requires a reconsidered decision to follow a hearing", index)
    assert hyphen is not None and hyphen.edits == ()


def test_two_columns(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    pdf.add_page()
    left = ["The left column tells of the budget", "and of the levy that voters passed."]
    right = ["The right column says the depot", "will not be ready before winter."]
    for i, (a, b) in enumerate(zip(left, right, strict=True)):
        pdf.set_xy(10, 20 + i * 6)
        pdf.cell(90, 5, a)
        pdf.set_xy(110, 20 + i * 6)
        pdf.cell(90, 5, b)
    pdf.output(str(tmp_path / "columns.pdf"))
    source = read_local("columns.pdf", tmp_path / "columns.pdf")
    index = SourceIndex(source.text)
    for quote in ("the budget and of the levy that voters passed",
                  "the depot will not be ready before winter"):
        found = match_quote(quote, index)
        assert found is not None, (quote, source.text)


FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def test_ligatures_and_soft_hyphens(tmp_path: Path) -> None:
    if not FONT.exists():
        pytest.skip(f"no Unicode font at {FONT} (.ci/run installs fonts-dejavu-core)")
    pdf = FPDF()
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=11)
    pdf.add_page()
    pdf.set_xy(20, 20)
    pdf.cell(0, 6, "The \ufb01nal \ufb02oor of the of\u00adfice will be \ufb01nished in May.")
    pdf.output(str(tmp_path / "lig.pdf"))
    source = read_local("lig.pdf", tmp_path / "lig.pdf")
    found = match_quote("the final floor of the office will be finished in May",
                        SourceIndex(source.text))
    assert found is not None and found.edits == ()


def test_scanned_pdf_is_unavailable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "ocr_available", lambda: False)  # as without the ocr extra
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    pdf.output(str(tmp_path / "scan.pdf"))
    assert read_local("scan.pdf", tmp_path / "scan.pdf").error == (
        "scanned PDF, needs OCR: install it with pip install 'quotecheck[ocr]'")


def test_verify_reports_the_page(cli: Callable[..., Run], tmp_path: Path) -> None:
    _filing(tmp_path / "filing.pdf")
    article = tmp_path / "a.md"
    article.write_text("The order says “the motion to dismiss is denied” and that the town "
                       "must answer “within twenty-one days” ([order](filing.pdf)).\n")
    claims = cli("verify", str(article), "--format", "json").json()["articles"][0]["claims"]
    assert [(c["verdict"], c["match"]["page"]) for c in claims] == [
        ("verified", 2), ("exact", 1)]
    assert claims[0]["source"]["layer"] == "pdf"


def _corpus(name: str) -> Path:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    return path


def test_real_order_with_line_numbers_and_page_breaks() -> None:
    source = read_local("order.pdf", _corpus("gov.uscourts.cacd.652774.40.0.pdf"))
    assert source.error is None and len(source.pages) == 4
    assert "Page ID" not in source.text
    quote = ("all persons who are in active concert or participation with him are enjoined "
             "from the unauthorized use, duplication, or distribution of Experian’s "
             "JavaScript code")
    found = match_quote(quote, SourceIndex(source.text))
    assert found is not None and found.edits == ()
    assert source.pages[1] <= found.start < source.pages[2]  # starts on page 2, ends on 3


def test_real_opinion_quote_across_page_break() -> None:
    source = read_local("opinion.pdf", _corpus("missouri.pdf"))
    quote = ("Jagels was charged with numerous crimes occurring from May to December 2015 in "
             "which she sexually victimized and abused three underage girls including her own "
             "daughter. In connection with plea negotiations, a number of charges were "
             "dismissed")
    found = match_quote(quote, SourceIndex(source.text))
    assert found is not None and found.edits == ()


def test_real_scan_is_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "ocr_available", lambda: False)  # as without the ocr extra
    source = read_local("scan.pdf", _corpus("image-pdf.pdf"))
    assert source.error == "scanned PDF, needs OCR: install it with pip install 'quotecheck[ocr]'"
