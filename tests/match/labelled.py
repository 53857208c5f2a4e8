"""A labelled set of quotes generated from the gold sources, for the accuracy gate.

Every sentence of every source yields faithful variants (verbatim, fragment, typography,
case, punctuation, elision, bracket, [sic]) and changed-meaning variants (negation dropped
or added, number, name, quantifier, modal, content word, an elision that drops a negation,
pieces out of order). Invented quotes are written by hand or spliced from two sources.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from quotecheck.lexicon import FUNCTION_WORDS

GOLD = Path(__file__).parent / "gold"
FAITHFUL, CHANGED, INVENTED = "faithful", "changed", "invented"

_SPEAKER = re.compile(r"^(?:[A-Z][A-Z .-]+:|Q:|A:)\s*", re.MULTILINE)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”]?\s+(?=[A-Z\"“])")
_NEGATIONS = ("not", "never", "no", "nobody", "cannot")
_AUXILIARIES = ("is", "was", "will", "can", "are", "were", "has", "have", "does", "did", "would")
_QUANTIFIERS = {"all": "some", "most": "few", "some": "all", "every": "no", "always": "rarely",
                "never": "always", "only": "also", "more": "less", "less": "more", "fewer": "more",
                "any": "every", "half": "all"}
_MODALS = {"will": "may", "may": "will", "must": "might", "would": "might", "should": "could",
           "can": "might", "could": "will"}
_NUMBER_WORDS = {"two": "three", "three": "four", "seven": "nine", "eleven": "twelve",
                 "half": "a quarter", "six-month": "nine-month"}
_SUBSTITUTES = {"close": "open", "increase": "decrease", "rose": "fell", "fell": "rose",
                "denied": "granted", "timely": "late", "savings": "losses", "fair": "unfair",
                "repaired": "inspected", "luxury": "necessity", "evening": "morning",
                "against": "for", "easy": "hard", "slowed": "accelerated", "teach": "study",
                "fastest": "slowest", "expand": "abolish", "risk": "benefit", "energy": "labor"}
_NAMES = ("Alvarez", "Petrov", "Nakamura", "Okonkwo", "Lindgren")
_STOP = frozenset("the a an and or but of to in on at by for with from as is was are were be "
                  "it its this that these those i we you he she they".split())
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
    "Rents fell in every county across the state",
    "Construction of new units doubled after 2022",
    "The lead pipes will stay in the ground until rates go up",
)


@dataclass(frozen=True)
class Case:
    """One quote, the source it is checked against, and what it is."""

    source: str
    quote: str
    label: str
    kind: str


@dataclass(frozen=True)
class LabelledSet:
    """The cases and the source texts they are checked against (by file name)."""

    cases: tuple[Case, ...]
    texts: dict[str, str]


def sentences(text: str) -> list[str]:
    """The sentences of a source, one line each, speaker tags removed."""
    body = _SPEAKER.sub("", text)
    found: list[str] = []
    for paragraph in re.split(r"\n\s*\n", body):
        flat = " ".join(paragraph.split())
        found.extend(s.strip(' "“”') for s in _SENTENCE_END.split(flat))
    return [s for s in found if len(s.split()) >= 6 and not s.isupper()]


def _replace_word(words: list[str], pick: Callable[[str], str | None]) -> list[str] | None:
    for i, word in enumerate(words):
        core = word.strip(".,;:!?\"“”")
        new = pick(core)
        if new is not None and new != core:
            return [*words[:i], word.replace(core, new, 1), *words[i + 1 :]]
    return None


def faithful_variants(sentence: str, rnd: random.Random) -> Iterator[tuple[str, str]]:
    """Ways to quote ``sentence`` without changing what it says."""
    words = sentence.split()
    yield "verbatim", sentence
    start = rnd.randrange(1, max(2, len(words) - 4))
    yield "fragment", " ".join(words[start : start + rnd.randint(4, 10)])
    middle = len(words) // 2
    retyped = " ".join(words[:middle]) + "\n  " + " ".join(words[middle:])
    yield "typography", retyped.replace("'", "’").replace("--", "—").replace('"', "“")
    yield "case", sentence[0].lower() + sentence[1:]
    yield "punctuation", sentence.replace(", ", " ", 1) if ", " in sentence else sentence + ";"
    yield "sic", " ".join([*words[:3], words[3] + " [sic]", *words[4:]])
    if words[0][0].isupper() and words[0].lower() not in _STOP:
        yield "bracket_case", f"[{words[0][0].lower()}]{words[0][1:]} " + " ".join(words[1:])
    if len(words) >= 10:
        cut = rnd.randint(3, len(words) - 7)
        omitted = [w.lower().strip(".,;:") for w in words[cut : cut + 3]]
        if not any(w in _NEGATIONS or w.endswith("n't") for w in omitted):
            yield "elision", " ".join([*words[:cut], "…", *words[cut + 3 :]])
    hyphenated = next((w for w in words if re.fullmatch(r"[A-Za-z]+-[A-Za-z]+[.,]?", w)), None)
    if hyphenated:
        yield "hyphenation", sentence.replace(hyphenated, hyphenated.replace("-", " "), 1)
    if words[0] in ("We", "I", "It", "He", "She", "They"):
        name = rnd.choice(("The group", "Ms. Lee", "the agency"))
        yield "bracket", " ".join([f"[{name}]", *words[1:]])


def _negation_variants(words: list[str], lower: list[str]) -> Iterator[tuple[str, str]]:
    for i, word in enumerate(lower):
        if word in _NEGATIONS and word != "cannot":
            rest = words[i + 1 :]
            if i == 0:  # presented as the whole sentence, as an article would
                rest = [rest[0][:1].upper() + rest[0][1:], *rest[1:]]
            yield "negation_dropped", " ".join(words[:i] + rest)
            if 2 <= i < len(words) - 2:
                yield "elision_negation", " ".join([*words[:i], "…", *words[i + 1 :]])
            break
    for i, word in enumerate(lower[:-1]):
        if word in _AUXILIARIES and lower[i + 1] not in _NEGATIONS:
            yield "negation_added", " ".join([*words[: i + 1], "not", *words[i + 1 :]])
            break


def _changed_number(word: str) -> str | None:
    if re.search(r"\d", word):
        return re.sub(r"\d", lambda d: str((int(d.group()) + 3) % 10), word, count=1)
    return _NUMBER_WORDS.get(word)


def _other_name(word: str) -> str | None:
    if word[:1].isupper() and word.lower() not in _STOP and word.isalpha() and not word.isupper():
        return _NAMES[len(word) % len(_NAMES)]
    return None


def changed_variants(sentence: str) -> Iterator[tuple[str, str]]:
    """Ways to quote ``sentence`` that change what it says."""
    words = sentence.split()
    lower = [w.lower().strip(".,;:!?") for w in words]
    yield from _negation_variants(words, lower)
    if digits := _replace_word(words, _changed_number):
        yield "number", " ".join(digits)
    if names := _replace_word(words[1:], _other_name):
        yield "name", " ".join([words[0], *names])
    for kind, table in (("quantifier", _QUANTIFIERS), ("modal", _MODALS),
                        ("word", _SUBSTITUTES)):
        if swapped := _replace_word(words, lambda w, t=table: t.get(w.lower())):  # type: ignore[misc]
            yield kind, " ".join(swapped)
    if len(words) >= 8:
        half = len(words) // 2
        yield "order", " ".join([*words[half:], "…", *words[:half]])
        yield "word_added", " ".join([*words[:2], "reluctantly", *words[2:]])
    content = [i for i, w in enumerate(lower) if 0 < i < len(words) - 1 and len(w) >= 5
               and w.isalpha() and w not in _STOP and w not in FUNCTION_WORDS]
    if content:
        i = content[len(content) // 2]
        yield "word_dropped", " ".join(words[:i] + words[i + 1 :])


def build_cases(seed: int = 7) -> LabelledSet:
    """The whole labelled set, the same every time for the same seed."""
    rnd = random.Random(seed)
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(GOLD.glob("*.txt"))}
    cases: list[Case] = []
    all_sentences: list[tuple[str, str]] = []
    for name, text in texts.items():
        for sentence in sentences(text):
            all_sentences.append((name, sentence))
            cases += [Case(name, q, FAITHFUL, k) for k, q in faithful_variants(sentence, rnd)]
            cases += [Case(name, q, CHANGED, k) for k, q in changed_variants(sentence)
                      if q != sentence]
    names = sorted(texts)
    cases += [Case(names[i % len(names)], q, INVENTED, "fabricated")
              for i, q in enumerate(INVENTED_QUOTES)]
    for _ in range(20):
        (first_source, a), (_, b) = rnd.sample(all_sentences, 2)
        a_words, b_words = a.split(), b.split()
        spliced = a_words[: len(a_words) // 2] + b_words[len(b_words) // 2 :]
        cases.append(Case(first_source, " ".join(spliced), INVENTED, "spliced"))
    return LabelledSet(tuple(cases), texts)
