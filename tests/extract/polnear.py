"""The PolNeAR sample as a gate: labels read, split and scored without quotecheck.

This module reads `../shared/corpus/polnear/labels.json`, splits the articles into a tune
part and a report-only part by a hash of the file name, and scores predicted quotes given
as plain data (character spans and speaker strings). It never imports quotecheck: the
extraction under test is called by the gate and the bench script, and its output is
turned into `Predicted` records there.

Scoring rules (the corpus's own conventions, see its README):
- a span is compared as character offsets into the article, with surrounding whitespace
  and trailing sentence punctuation (`,;:.`) trimmed from both the label and the
  prediction, because the labels keep the quote's own trailing punctuation and quotecheck
  drops it;
- a predicted quote that runs over several paragraphs is cut at its paragraph breaks into
  one piece per paragraph (a leading reopening mark dropped), because the labels give one
  label per paragraph of a multi-paragraph quotation;
- only predictions opened by a double quotation mark count, and only those quotecheck
  would check (``quotation`` true and not skipped: a term, title, scare quote or UI
  string is never checked by ``verify``, so it is not counted as extracted): the labels
  leave out single-quoted text, titles and scare quotes;
- speakers are scored over exactly found labels whose annotated speaker is a name or a
  description (not a pronoun, not empty); see `same_speaker` for what counts as right.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POLNEAR = ROOT.parent / "shared" / "corpus" / "polnear"
REPORT_SHARE = 3  # one article in three (by hash) is report-only
_TRAIL = ",;:."
DOUBLE_OPENERS = ("\"", "“", "”", "„", "''")
_MARKS = "\"'“”‘’«»„"
_PARAGRAPH = re.compile(r"\n[^\S\n]*\n")
_WORD = re.compile(r"\w[\w.&'-]*")
_PAREN = re.compile(r"\([^)]*\)")
_PARTY = re.compile(r"\b[rdi]-[a-z.]+")
_IGNORED = frozenset(
    "a an the mr mrs ms miss dr sen senator rep gov governor president former mayor "
    "gen general judge justice rev prof professor lt col capt sgt u.s chairman chairwoman "
    "secretary attorney candidate nominee jr sr".split())


@dataclass(frozen=True)
class Label:
    """One labelled direct quotation: its span in the article and who said it."""

    start: int
    end: int
    speaker: str
    pronoun: bool


@dataclass(frozen=True)
class LabelledArticle:
    """One article of the sample with its labels."""

    name: str
    text: str
    labels: tuple[Label, ...]


@dataclass(frozen=True)
class Predicted:
    """A quote as the extractor under test found it: its span and speaker."""

    start: int
    end: int
    speaker: str | None
    quotation: bool = True


@dataclass
class Tally:
    """Counts over a set of articles, and the misses for reading."""

    predicted: int = 0
    gold: int = 0
    found: int = 0
    speakers: int = 0
    speakers_right: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def f1(self) -> float:
        """Exact-span F1."""
        p = self.found / self.predicted if self.predicted else 1.0
        r = self.found / self.gold if self.gold else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        """Share of found labels with a name or description whose speaker is right."""
        return self.speakers_right / self.speakers if self.speakers else 0.0


def available() -> bool:
    """True when the shared corpus is there."""
    return (POLNEAR / "labels.json").is_file()


def is_report_only(name: str) -> bool:
    """The deterministic split: a hash of the file name picks the report-only third."""
    return int(hashlib.sha256(name.encode()).hexdigest(), 16) % REPORT_SHARE == 0


def load(part: str) -> list[LabelledArticle]:
    """The articles of ``part`` ("tune", "report" or "all"), sorted by name."""
    data = json.loads((POLNEAR / "labels.json").read_text(encoding="utf-8"))
    articles = []
    for name in sorted(data["articles"]):
        if part != "all" and is_report_only(name) != (part == "report"):
            continue
        text = (POLNEAR / "articles" / name).read_text(encoding="utf-8")
        labels = tuple(Label(x["start"], x["end"], x["speaker"], x["speaker_is_pronoun"])
                       for x in data["articles"][name])
        articles.append(LabelledArticle(name, text, labels))
    return articles


def offsets(text: str, line: int, column: int) -> int:
    """The 0-based offset of a 1-based line and column."""
    start = 0
    for _ in range(line - 1):
        start = text.index("\n", start) + 1
    return start + column - 1


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in _MARKS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAIL):
        end -= 1
    return start, end


def pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut at paragraph breaks, each piece trimmed."""
    found, at = [], start
    for brk in _PARAGRAPH.finditer(text, start, end):
        found.append(_trimmed(text, at, brk.start()))
        at = brk.end()
    found.append(_trimmed(text, at, end))
    return [p for p in found if p[1] > p[0]]


def _double_marked(text: str, start: int) -> bool:
    """True when a double quotation mark opens the span (the labels' definition of a
    direct quotation: single-quoted text is never labelled)."""
    before = text[max(0, start - 3) : start].rstrip(" ")
    return before.endswith(DOUBLE_OPENERS)


def words(speaker: str) -> list[str]:
    """A speaker's distinctive words in order: casefolded, without titles, articles, a
    possessor ("Brazile's"), a parenthesis or a party tag ("R-Texas")."""
    folded = _PARTY.sub(" ", _PAREN.sub(" ", speaker.casefold().replace("’", "'")))
    kept = []
    for found in _WORD.findall(folded):
        word = found.strip(".")
        if word and word not in _IGNORED and not word.endswith("'s"):
            kept.append(word)
    return kept


def same_speaker(predicted: str | None, labelled: str) -> bool:
    """Right when, for the label or one of its comma-separated parts, the distinctive words
    of one contain the other's and the shorter keeps the label's last word: "Trump" for
    "Donald Trump", "Jake Tapper" for "Brazile's CNN colleague, Jake Tapper,". Wrong for
    "Bill Clinton" against "Hillary Clinton", "Brazile" or "Coca-Cola" against "a Coca-Cola
    spokesman", or no speaker."""
    if not predicted:
        return False
    mine = words(predicted)
    if not mine:  # only titles and articles ("the candidate"): the same words or nothing
        return _bare(predicted) == _bare(labelled) != ""
    return any(_covers(mine, words(part)) for part in (labelled, *labelled.split(",")))


def _bare(speaker: str) -> str:
    kept = [w for w in speaker.casefold().split() if w not in ("the", "a", "an")]
    return " ".join(kept).strip(" ,.")


def _covers(mine: list[str], theirs: list[str]) -> bool:
    if not theirs:
        return False
    if set(theirs) <= set(mine):
        return True
    return set(mine) <= set(theirs) and theirs[-1] in mine


def score(article: LabelledArticle, predicted: list[Predicted], tally: Tally) -> None:
    """Add one article's counts to ``tally``."""
    text = article.text
    mine: dict[tuple[int, int], str | None] = {}
    for p in predicted:
        if not p.quotation or not _double_marked(text, p.start):
            continue
        for span in pieces(text, p.start, p.end):
            mine[span] = p.speaker
    gold = {_trimmed(text, x.start, x.end): x for x in article.labels}
    tally.predicted += len(mine)
    tally.gold += len(gold)
    for span, label in gold.items():
        if span not in mine:
            tally.misses.append(f"{article.name}: missed {text[span[0]:span[1]]!r}")
            continue
        tally.found += 1
        if label.pronoun or not label.speaker.strip():
            continue
        tally.speakers += 1
        if same_speaker(mine[span], label.speaker):
            tally.speakers_right += 1
        else:
            tally.misses.append(f"{article.name}: speaker {mine[span]!r} not "
                                f"{label.speaker!r} for {text[span[0]:span[1]][:60]!r}")
    for span in mine.keys() - gold.keys():
        tally.misses.append(f"{article.name}: extra {text[span[0]:span[1]][:60]!r}")
