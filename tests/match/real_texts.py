"""Cases drawn from real texts in ``../shared/corpus`` (books, court PDFs, news articles),
split into the part the rules were tuned on and a held-out part reported separately.

Nothing here imports ``quotecheck``: PDF text comes straight from pypdfium2, cleaned of
line numbers and repeated headers by this module's own simple rules.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

from tests.match.labelled import LabelledSet, add_invented, add_sentence_cases, sentences

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
PARTS = ("tune", "held_out")
#: which documents each part draws from (news articles alternate by sorted name)
BOOKS = {"tune": ("heart_of_darkness.txt", "babbitt.txt"), "held_out": ("war_and_peace.txt",)}
PDFS = {"tune": ("missouri.pdf",), "held_out": ("gov.uscourts.cacd.652774.40.0.pdf",)}
PER_BOOK = 70
PER_ARTICLE = 2
_NUMBER_LINE = re.compile(r"^\s*(?:-\s*)?\d{1,4}(?:\s*-)?\s*$")


def available() -> str | None:
    """Why the real texts cannot be used, or None when they can."""
    missing = [p for p in ("books", "pdf", "polnear/articles") if not (CORPUS / p).is_dir()]
    return f"no {', '.join(missing)} under {CORPUS}" if missing else None


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def pdf_prose(path: Path) -> str:
    """The prose of a PDF: page texts without number-only lines and repeated headers."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        pages = [pdf[i].get_textpage().get_text_range().replace("\r\n", "\n").split("\n")
                 for i in range(len(pdf))]
    finally:
        pdf.close()
    shape = Counter(re.sub(r"\d+", "#", line.strip()) for lines in pages for line in set(lines))
    keep = [line for lines in pages for line in lines if not _NUMBER_LINE.match(line)
            and (shape[re.sub(r"\d+", "#", line.strip())] < 2 or len(line.split()) > 12)]
    return "\n".join(keep)


def _sample(found: list[str], count: int, rnd: random.Random) -> list[str]:
    return found if len(found) <= count else rnd.sample(found, count)


def build_real(part: str, seed: int = 11) -> LabelledSet:
    """Cases from one part of the real texts (call :func:`available` first)."""
    rnd = random.Random(f"{seed}-{part}")
    labelled = LabelledSet()
    pool: list[tuple[str, str]] = []
    drawn: list[tuple[str, str, list[str]]] = []
    for name in BOOKS[part]:
        text = _decode((CORPUS / "books" / name).read_bytes())
        labelled.texts[name] = text
        drawn.append((name, text, _sample(sentences(text, min_words=8, max_words=40),
                                          PER_BOOK, rnd)))
    for name in PDFS[part]:
        labelled.pdfs[name] = CORPUS / "pdf" / name
        prose = pdf_prose(CORPUS / "pdf" / name)
        drawn.append((name, prose, sentences(prose, min_words=8)))
    articles = sorted((CORPUS / "polnear" / "articles").glob("*.txt"))
    for path in articles[PARTS.index(part) :: 2]:
        text = _decode(path.read_bytes())
        labelled.texts[path.name] = text
        drawn.append((path.name, text, _sample(sentences(text, min_words=8), PER_ARTICLE, rnd)))
    for name, text, chosen in drawn:
        for sentence in chosen:
            pool.append((name, sentence))
            add_sentence_cases(labelled, name, sentence, rnd, text)
    add_invented(labelled, pool, rnd, 60)
    return labelled
