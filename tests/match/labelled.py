"""The labelled set of the matcher's accuracy gate, generated from source texts.

Independent of the code it judges: nothing here imports ``quotecheck``. A hand-written core
(``gold/``, including a play and a transcript with emphasis markup and speaker headings)
always runs; real texts from ``../shared/corpus`` (books, court PDFs, news articles) add
cases where they are present, split into a part the rules were tuned on and a held-out
part. Only distinct (source, quote) pairs are counted.
"""

from __future__ import annotations

import html
import random
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from tests.match import variants

GOLD = Path(__file__).parent / "gold"
FAITHFUL, CHANGED, INVENTED, MINOR = "faithful", "changed", "invented", "minor"

_SPEAKER = re.compile(r"^(?:[A-Z][A-Z .'-]+[:.]|Q:|A:)[ \t]*", re.MULTILINE)
_DIRECTION = re.compile(r"\[(?:Aside|To [A-Z]+|Exit|Enter)[^\]\n]*\]"
                        r"|\((?:APPLAUSE|LAUGHTER|CROSSTALK)\)")
_MARKUP = re.compile(r"(?<![\w*])(\*\*|\*|_)(\S(?:.*?\S)?)\1(?![\w*])|<[^<>\n]{1,40}>")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
INVENTED_QUOTES = (
    "We will close two branch libraries before the end of the year",
    "The parks department received every dollar it asked for",
    "The court finds that the town acted within its authority",
    "The plaintiff waited far too long to bring this claim",
    "Water rates will rise by ten percent in January",
    "Our reserves have never been stronger",
    "I left because the district cut my salary in half",
    "I will coach the varsity team again next season",
    "Rent control is the only answer to rising prices",
    "Construction of new units doubled after 2022",
)
_OPENERS = ("Frankly, nobody here wanted to", "Tomorrow the committee must",
            "Elementary, said the inspector,", "We promise to repair", "Voters demanded that")
_CLOSERS = ("before the spring elections", "and then everyone applauded loudly",
            "first thing next Monday", "whatever the governor decides")


@dataclass(frozen=True)
class Case:
    """One quote, the source it is checked against, and what it is."""

    source: str
    quote: str
    label: str
    kind: str


@dataclass
class LabelledSet:
    """Distinct cases and the sources they are checked against (by name)."""

    cases: list[Case] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)
    pdfs: dict[str, Path] = field(default_factory=dict)

    def add(self, case: Case) -> None:
        """Add a case unless the same quote is already there for the same source."""
        key = (case.source, case.quote)
        if key not in self._seen and case.quote.strip():
            self._seen.add(key)
            self.cases.append(case)

    def __post_init__(self) -> None:
        self._seen: set[tuple[str, str]] = {(c.source, c.quote) for c in self.cases}


def spoken(text: str) -> str:
    """The text without speaker headings, stage directions and emphasis markup."""
    text = _DIRECTION.sub(" ", _SPEAKER.sub("", text))
    text = html.unescape(_MARKUP.sub(lambda m: m.group(2) or "", text))
    return re.sub(r"(?<=\w)[ \t]+(?=[,.;:!?](?:\s|$)|'s\b)", "", text)


def sentences(text: str, *, min_words: int = 6, max_words: int = 45) -> list[str]:
    """Whole sentences of a text (one line each) with no quotation marks inside."""
    found: list[str] = []
    for paragraph in re.split(r"\n\s*\n", spoken(text)):
        flat = " ".join(paragraph.split())
        found.extend(s.strip() for s in _SENTENCE_END.split(flat))
    return [s for s in found if min_words <= len(s.split()) <= max_words
            and not re.search("[\"“”‘_*<>|\\[\\]…]|\\.\\s?\\.|(?:^|\\s)'|'(?:\\s|$)| \\) ", s)
            and s[0].isupper() and s[-1] in ".!?" and _mostly_lower(s)]


def _mostly_lower(sentence: str) -> bool:
    """Prose, not a caption or a headline: most letters are lower-case."""
    letters = [c for c in sentence if c.isalpha()]
    capitals = sum(w[:1].isupper() for w in sentence.split())
    return sum(c.islower() for c in letters) > 0.7 * len(letters) and (
        capitals <= len(sentence.split()) / 2)


def _long_words(words: list[str]) -> str:
    return " ".join(w for w in (re.sub(r"\W", "", x) for x in words) if len(w) > 3)


@lru_cache(maxsize=4)
def _flat(text: str) -> str:
    return _long_words(text.lower().split())


def _recurs(text: str, sentence: str) -> bool:
    """Part of the sentence occurs more than once in the text: swapping its halves may
    quote another passage faithfully."""
    words = sentence.lower().split()
    flat = _flat(text)
    return any(flat.count(_long_words(half)) > 1 for half in (words[: len(words) // 2],
                                                           words[len(words) // 2 :]))


def add_sentence_cases(labelled: LabelledSet, name: str, sentence: str,
                       rnd: random.Random, text: str = "") -> None:
    """Every faithful, changed and minor variant of one sentence of ``text``."""
    for kind, quote in variants.faithful(sentence, rnd):
        labelled.add(Case(name, quote, FAITHFUL, kind))
    for kind, quote in variants.changed(sentence, rnd):
        if quote != sentence and not (kind == "order" and _recurs(text, sentence)):
            labelled.add(Case(name, quote, CHANGED, kind))
    for kind, quote in variants.minor(sentence):
        labelled.add(Case(name, quote, MINOR, kind))


def add_invented(labelled: LabelledSet, pool: list[tuple[str, str]], rnd: random.Random,
                 count: int) -> None:
    """Quotes the sources never say: spliced halves and partial overlaps."""
    for _ in range(count):
        (name, a), (_, b) = rnd.sample(pool, 2)
        a_words, b_words = a.split(), b.split()
        spliced = a_words[: len(a_words) // 2] + b_words[len(b_words) // 2 :]
        labelled.add(Case(name, " ".join(spliced), INVENTED, "spliced"))
        at = rnd.randrange(0, max(1, len(a_words) - 4))
        overlap = " ".join(variants.bare(w) for w in a_words[at : at + 3])
        labelled.add(Case(name, f"{rnd.choice(_OPENERS)} {overlap}", INVENTED, "partial_overlap"))
        labelled.add(Case(name, f"{overlap} {rnd.choice(_CLOSERS)}", INVENTED, "partial_overlap"))


def build_core(seed: int = 7) -> LabelledSet:
    """The hand-written core: every sentence of every ``gold/`` text."""
    rnd = random.Random(seed)
    labelled = LabelledSet(texts={p.name: p.read_text(encoding="utf-8")
                                  for p in sorted(GOLD.glob("*.txt"))})
    pool: list[tuple[str, str]] = []
    for name, text in labelled.texts.items():
        for sentence in sentences(text):
            pool.append((name, sentence))
            add_sentence_cases(labelled, name, sentence, rnd, spoken(text))
    names = sorted(labelled.texts)
    for i, quote in enumerate(INVENTED_QUOTES):
        labelled.add(Case(names[i % len(names)], quote, INVENTED, "fabricated"))
    add_invented(labelled, pool, rnd, 30)
    return labelled
