"""Ways to quote one source sentence: faithful, changed in meaning, or minor by the README's
rule. Plain string edits written for this gate: nothing here comes from ``quotecheck``."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator

Variant = tuple[str, str]  # (kind, quote)

NEGATIONS = ("not", "never", "no", "nobody", "cannot", "nothing")
AUXILIARIES = ("is", "was", "will", "can", "are", "were", "has", "have", "does", "did", "would",
               "could", "should", "had", "must")
STOP = frozenset("the a an and or but of to in on at by for with from as is was are were be "
                 "it its this that these those i we you he she they his her their our my me us "
                 "him them not no so if itself himself herself themselves ourselves myself "
                 "yourself there here where which whom whose".split())
QUANTIFIERS = {"all": "some", "most": "few", "some": "all", "every": "no", "always": "rarely",
               "never": "always", "only": "also", "more": "less", "less": "more", "many": "few",
               "few": "many", "any": "every", "half": "all", "each": "some"}
MODALS = {"will": "may", "may": "will", "must": "might", "should": "could", "can": "might",
          "could": "will", "might": "must"}
PRONOUNS = {"we": "they", "they": "we", "i": "we", "he": "she", "she": "he", "our": "their",
            "their": "our", "us": "them", "them": "us", "his": "her", "her": "his", "my": "our"}
CONJUNCTIONS = {"and": "or", "or": "and", "but": "and", "if": "when", "when": "if",
                "because": "although", "although": "because", "unless": "if", "nor": "and"}
PREPOSITIONS = {"before": "after", "after": "before", "to": "from", "from": "to",
                "with": "without", "without": "with", "for": "against", "against": "for"}
TENSES = {"is": "was", "was": "is", "has": "had", "had": "has", "are": "were", "were": "are",
          "would": "will", "does": "did", "did": "does"}
ORDINALS = {"first": "second", "second": "third", "third": "fourth", "fourth": "fifth",
            "two": "three", "three": "four", "four": "five", "five": "six", "six": "seven",
            "seven": "eight", "eight": "nine", "nine": "ten", "ten": "eleven", "twelve": "twenty",
            "twenty": "thirty", "hundred": "thousand", "thousand": "million",
            "million": "billion", "once": "twice", "twice": "once", "half": "quarter"}
SUBSTITUTES = ("yesterday", "reluctantly", "privately", "elsewhere", "tomorrow")
BRACKET_NAMES = ("Ms. Lee", "the agency", "Governor Ruiz", "the council", "Dr. Okafor")
SPELLINGS = ((r"iz(e|ed|es|ing|ation)\b", r"is\1"),
             (r"\b(col|hon|lab|fav|harb|behavi)or(s|ed|ing)?\b", r"\1our\2"),
             (r"\b(cent|theat)er\b", r"\1re"))
CONTRACTIONS = (("do not", "don't"), ("does not", "doesn't"), ("did not", "didn't"),
                ("is not", "isn't"), ("will not", "won't"), ("it is", "it's"),
                ("we are", "we're"), ("they are", "they're"), ("I am", "I'm"))
QUALIFIERS = ("unless", "except", "if", "but", "only", "until", "provided", "although",
              "without")


def bare(word: str) -> str:
    """A word without the punctuation around it, lower-cased."""
    return word.replace("’", "'").strip(".,;:!?()\"“”‘'").lower()


def _swap(words: list[str], table: dict[str, str], start: int = 0) -> list[str] | None:
    """The words with the first one found in ``table`` swapped (case kept)."""
    for i in range(start, len(words)):
        core = words[i].strip(".,;:!?()")
        new = table.get(core.lower())
        if new is not None:
            new = new[:1].upper() + new[1:] if core[:1].isupper() else new
            return [*words[:i], words[i].replace(core, new, 1), *words[i + 1 :]]
    return None


def _is_name(word: str) -> bool:
    core = word.strip(".,;:!?()'’s")
    return (len(core) >= 4 and core[:1].isupper() and core[1:].islower() and core.isalpha()
            and core.lower() not in STOP)


def faithful(sentence: str, rnd: random.Random) -> Iterator[Variant]:
    """Ways to quote ``sentence`` without changing what it says."""
    words = sentence.split()
    yield "verbatim", sentence
    start = rnd.randrange(1, max(2, len(words) - 5))
    yield "fragment", " ".join(words[start : start + rnd.randint(5, 10)]).strip(".,;:!?")
    middle = len(words) // 2
    retyped = " ".join(words[:middle]) + "\n  " + " ".join(words[middle:])
    yield "typography", retyped.replace("'", "’").replace("--", "—")
    yield "case", sentence[0].lower() + sentence[1:]
    if ", " in sentence:
        yield "punctuation", sentence.replace(", ", " ", 1)
    yield "sic", " ".join([*words[:3], words[3] + " [sic]", *words[4:]])
    if words[0][0].isupper() and bare(words[0]) in ("the", "this", "there", "in", "it"):
        yield "bracket_case", f"[{words[0][0].lower()}]{words[0][1:]} " + " ".join(words[1:])
    if len(words) >= 12:
        cut = rnd.randint(4, len(words) - 7)
        omitted = [bare(w) for w in words[cut - 1 : cut + 4]]
        if not any(w in NEGATIONS or w.endswith("n't") or w in QUALIFIERS for w in omitted):
            yield "elision", " ".join([*words[:cut], "…", *words[cut + 3 :]])
    hyphenated = next((w for w in words if re.fullmatch(r"[a-z]+-[a-z]+[.,]?", w)), None)
    if hyphenated:
        yield "hyphenation", sentence.replace(hyphenated, hyphenated.replace("-", " "), 1)
    for i, word in enumerate(words[:-2]):
        if word.lower() in ("he", "she", "they", "it", "we"):
            name = rnd.choice(BRACKET_NAMES)
            yield "bracket_reference", " ".join([*words[:i], f"[{name}]", *words[i + 1 :]])
            break


def _negations(words: list[str]) -> Iterator[Variant]:
    lower = [bare(w) for w in words]
    for i, word in enumerate(lower):
        if (word in NEGATIONS and word != "cannot" and 0 < i < len(words) - 1
                and not (word == "no" and words[i + 1][:1].isdigit())):
            yield "negation_dropped", " ".join(words[:i] + words[i + 1 :])
            if 2 <= i < len(words) - 2:
                yield "elision_negation", " ".join([*words[:i], "…", *words[i + 1 :]])
            break
    for i, word in enumerate(lower[:-1]):
        if word in AUXILIARIES and lower[i + 1] not in NEGATIONS:
            yield "negation_added", " ".join([*words[: i + 1], "not", *words[i + 1 :]])
            yield "bracket_negation", " ".join([*words[: i + 1], "[not]", *words[i + 1 :]])
            break


def near_miss(word: str) -> str | None:
    """3.8 -> 3.9, 1,200 -> 12,000, 1990 -> 1991, first -> second."""
    core = word.strip(".,;:!?()$%")
    if re.fullmatch(r"\d{1,3}(,\d{3})+", core):
        head, _, rest = core.partition(",")
        return word.replace(core, f"{head}{rest[0]},{rest[1:]}0", 1)
    if re.fullmatch(r"\d+(\.\d+)?", core):
        last = str((int(core[-1]) + 1) % 10)
        return word.replace(core, core[:-1] + last, 1)
    new = ORDINALS.get(core.lower())
    return word.replace(core, new, 1) if new else None


def one_letter(word: str) -> str | None:
    """A name with one letter changed (Okafor -> Okafar)."""
    if not _is_name(word):
        return None
    core = word.strip(".,;:!?()'’s")
    for i in range(len(core) - 1, 0, -1):
        if core[i] in "aeiou":
            swapped = core[:i] + ("e" if core[i] != "e" else "a") + core[i + 1 :]
            return word.replace(core, swapped, 1)
    return None


def _replace_one(words: list[str], pick: Callable[[str], str | None], start: int = 0
                 ) -> list[str] | None:
    for i in range(start, len(words)):
        new = pick(words[i])
        if new is not None and new != words[i]:
            return [*words[:i], new, *words[i + 1 :]]
    return None


def changed(sentence: str, rnd: random.Random) -> Iterator[Variant]:
    """Ways to quote ``sentence`` that change what it says."""
    words = sentence.split()
    yield from _negations(words)
    if number := _replace_one(words, near_miss):
        yield "number", " ".join(number)
        at = next(i for i, (a, b) in enumerate(zip(words, number, strict=True)) if a != b)
        yield "bracket_number", " ".join([*words[:at], f"[{number[at].strip('.,;:')}]",
                                          *words[at + 1 :]])
    if name := _replace_one(words, one_letter, 1):
        yield "name", " ".join(name)
    for kind, table in (("quantifier", QUANTIFIERS), ("modal", MODALS), ("pronoun", PRONOUNS),
                        ("conjunction", CONJUNCTIONS), ("preposition", PREPOSITIONS),
                        ("tense", TENSES)):
        if swapped := _swap(words, table):
            yield kind, " ".join(swapped)
    content = [i for i, w in enumerate(words) if 0 < i < len(words) - 1 and len(bare(w)) >= 5
               and bare(w).isalpha() and bare(w) not in STOP and not _is_name(w)]
    if content:
        i = content[len(content) // 2]
        yield "word_dropped", " ".join(words[:i] + words[i + 1 :])
        yield "bracket_word", " ".join([*words[:i], f"[{rnd.choice(SUBSTITUTES)}]",
                                        *words[i + 1 :]])
    names = [i for i, w in enumerate(words) if i > 0 and _is_name(w)]
    if names:
        i = names[0]
        yield "bracket_name", " ".join([*words[:i], "[Governor Ruiz]", *words[i + 1 :]])
    if len(words) >= 8:
        half = len(words) // 2
        yield "order", " ".join([*words[half:], "…", *words[:half]])
        yield "word_added", " ".join([*words[:2], "reluctantly", *words[2:]])
    yield from truncations(words)


def truncations(words: list[str]) -> Iterator[Variant]:
    """A sentence cut so that its subject or its qualifier is lost, presented as a sentence."""
    if not words[-1].endswith("."):
        return
    for i, word in enumerate(words[1:-4], start=1):
        nxt = words[i + 1]
        if bare(word) == "of" and nxt[:1].islower() and nxt.isalpha():
            yield "truncation_start", " ".join([nxt.capitalize(), *words[i + 2 :]])
            break
    for i, word in enumerate(words[4:-2], start=4):
        if bare(word) in QUALIFIERS and not words[i - 1].endswith((".", ";", ":")):
            yield "truncation_end", " ".join(words[:i]).rstrip(",;:") + "."
            break


def minor(sentence: str) -> Iterator[Variant]:
    """Changes the README's minor rule waves through, on sentences long enough that one or
    two changed words stay within a fifth of the quote."""
    words = sentence.split()
    if len(words) < 12:
        return
    article = re.sub(r"(?<=\S) the (?=[b-df-hj-np-tv-z])", " a ", sentence, count=1)
    if article != sentence:
        yield "minor_article", article
    for verb in ("said", "says", "believe", "believes", "thought", "think", "found", "know"):
        if f" {verb} that " in sentence:
            yield "minor_that", sentence.replace(f" {verb} that ", f" {verb} ", 1)
            break
    for pattern, replacement in SPELLINGS:
        respelled = re.sub(pattern, replacement, sentence, count=1)
        if respelled != sentence:
            yield "minor_spelling", respelled
            break
    for full, short in CONTRACTIONS:
        if f" {full} " in f" {sentence} ":
            yield "minor_contraction", f" {sentence} ".replace(f" {full} ", f" {short} ", 1)[1:-1]
            break
    yield "minor_hesitation", " ".join([*words[:5], "um,", *words[5:]])
