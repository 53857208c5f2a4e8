"""OCR for PDF pages without a text layer: the optional extra ``quotecheck[ocr]``.

Each such page is rendered with pypdfium2 and read by RapidOCR (PaddleOCR's models on ONNX
Runtime; the models ship inside the package, no system binary). The recognised lines are
put in reading order — top to bottom, a two-column page column by column — and a line that
ends in a hyphen before a line starting in lower case is joined to it. Each line keeps the
engine's confidence, so that evidence can say how sure the OCR was of the matched words.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

INSTALL_HINT = "scanned PDF, needs OCR: install it with pip install 'quotecheck[ocr]'"
RENDER_SCALE = 2.0  # 144 dpi: small print stays legible, and a page takes seconds
_ENGINE: list[Callable[..., Any]] = []
_ENGINE_LOCK = threading.Lock()
_HYPHENATED = re.compile(r"[^\W\d_]-$")
_GUTTER_SHARE = 0.2  # at most this share of lines may cross the middle of a 2-column page


@dataclass(frozen=True)
class OcrLine:
    """One recognised line: its text, the engine's confidence and its box on the page."""

    text: str
    confidence: float
    left: float
    top: float
    right: float
    bottom: float


def ocr_available() -> bool:
    """True when the OCR extra is installed."""
    try:
        import rapidocr_onnxruntime  # noqa: F401 - only probing
    except ImportError:
        return False
    return True


def _engine() -> Callable[..., Any]:
    """The OCR engine, loaded once per process."""
    with _ENGINE_LOCK:
        if not _ENGINE:
            from rapidocr_onnxruntime import RapidOCR

            _ENGINE.append(RapidOCR())
        return _ENGINE[0]


def recognise(image: Any) -> list[OcrLine]:
    """The lines the engine reads in an RGB image (a numpy array)."""
    result, _ = _engine()(image, use_cls=False)  # scans are upright: no line flipped
    lines = []
    for box, text, confidence in result or []:
        xs, ys = [p[0] for p in box], [p[1] for p in box]
        lines.append(OcrLine(str(text), float(confidence), min(xs), min(ys), max(xs), max(ys)))
    return lines


def _rows(lines: list[OcrLine]) -> list[list[OcrLine]]:
    """Lines grouped into rows (boxes that overlap vertically by half), top to bottom."""
    rows: list[list[OcrLine]] = []
    for line in sorted(lines, key=lambda k: (k.top, k.left)):
        row = rows[-1] if rows else None
        if row is not None:
            top, bottom = min(k.top for k in row), max(k.bottom for k in row)
            overlap = min(bottom, line.bottom) - max(top, line.top)
            if overlap > 0.5 * min(bottom - top, line.bottom - line.top):
                row.append(line)
                continue
        rows.append([line])
    return [sorted(row, key=lambda k: k.left) for row in rows]


def _columns(lines: list[OcrLine], width: float) -> list[list[OcrLine]]:
    """A two-column page as its left then its right column (lines crossing the middle,
    like a title, stay where they are read); any other page as one column."""
    middle = width / 2
    crossing = [k for k in lines if k.left < middle < k.right]
    left = [k for k in lines if k.right <= middle]
    right = [k for k in lines if k.left >= middle]
    if len(left) < 3 or len(right) < 3 or len(crossing) > _GUTTER_SHARE * len(lines):
        return [lines]
    first = min(k.top for k in left + right)
    above = [k for k in crossing if k.bottom <= first]
    below = [k for k in crossing if k.bottom > first]
    return [above, left, right, below]


def reading_order(lines: list[OcrLine], width: float) -> list[tuple[str, float]]:
    """The page's text lines in reading order, each with its lowest confidence."""
    ordered = []
    for column in _columns(lines, width):
        for row in _rows(column):
            ordered.append((" ".join(k.text for k in row),
                            min(k.confidence for k in row)))
    return ordered


def join_lines(lines: Sequence[tuple[str, float]], at: int = 0
               ) -> tuple[str, list[tuple[int, int, float]]]:
    """The lines as one text (a line-end hyphen before a lower-case start joined), and the
    span and confidence of each line in it, counted from ``at``."""
    parts: list[str] = []
    spans: list[tuple[int, int, float]] = []
    length = 0
    for k, (line, confidence) in enumerate(lines):
        following = lines[k + 1][0] if k + 1 < len(lines) else ""
        joined = bool(_HYPHENATED.search(line)) and following[:1].islower()
        text = line[:-1] if joined else line + "\n"
        spans.append((at + length, at + length + len(text.rstrip("\n")), confidence))
        parts.append(text)
        length += len(text)
    return "".join(parts), spans


def ocr_pages(data: bytes, indexes: Sequence[int]) -> dict[int, list[tuple[str, float]]]:
    """The text lines (with confidences) of the pages ``indexes`` of the PDF ``data``."""
    import numpy as np
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        read = {}
        for index in indexes:
            gray = np.asarray(pdf[index].render(scale=RENDER_SCALE, grayscale=True).to_pil())
            black_and_white = binarized(gray)
            read[index] = reading_order(recognise(np.dstack([black_and_white] * 3)),
                                        gray.shape[1])
        return read
    finally:
        pdf.close()


def binarized(gray: Any) -> Any:
    """The page in black and white. The engine runs words together on anti-aliased or
    JPEG-compressed scans and keeps them apart on clean black and white: the threshold is
    halfway between Otsu's and the paper's brightness, so thin strokes stay black."""
    import numpy as np

    counts = np.bincount(gray.ravel(), minlength=256).astype(float)
    share = counts / max(counts.sum(), 1.0)
    below = np.cumsum(share)
    mean_below = np.cumsum(share * np.arange(256))
    between = (mean_below[-1] * below - mean_below) ** 2 / (below * (1 - below) + 1e-12)
    paper = float(np.percentile(gray, 90))
    threshold = (int(np.argmax(between)) + paper) / 2
    return np.where(gray > threshold, 255, 0).astype(np.uint8)


def ocr_confidence(spans: Sequence[tuple[int, int, float]], start: int, end: int
                   ) -> float | None:
    """The lowest confidence of the OCR lines that ``[start, end)`` of the text touches
    (None when no OCR line does)."""
    touched = [c for s, e, c in spans if s < end and start < e]
    return round(min(touched), 3) if touched else None


def _drawn(data: bytes, pages: list[list[str]], min_chars: int) -> list[int]:
    """The pages with (almost) no text but something drawn on them: scans (or text drawn
    as shapes)."""
    blank = [index for index, lines in enumerate(pages)
             if len("".join(lines).strip()) < min_chars]
    if not blank:
        return []
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return [index for index in blank if next(iter(pdf[index].get_objects()), None)]
    finally:
        pdf.close()


def scanned_pages(data: bytes, pages: list[list[str]], min_chars: int
                  ) -> dict[int, list[tuple[str, float]]] | str:
    """The scanned pages of a PDF read by OCR, by page index; or why they cannot be read
    (the extra is not installed, or the engine failed)."""
    wanted = _drawn(data, pages, min_chars)
    if not wanted:
        return {} if any("".join(lines).strip() for lines in pages) else \
            "the PDF has no text"
    if not ocr_available():
        return INSTALL_HINT
    try:
        read = ocr_pages(data, wanted)
    except Exception as exc:  # one bad scan must not end the run
        return f"scanned PDF, OCR failed ({type(exc).__name__})"
    if not any(read.values()):
        return "scanned PDF, OCR found no text"
    return read
