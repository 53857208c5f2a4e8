"""A paragraph as words, punctuation and quotations, split into sentences.

Each quotation is one token, so the sentences around quotes are found without the quotes'
own full stops getting in the way, and a rule can read ``“…,” said spokeswoman Dana Kim``
as quote, comma, cue, words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W_](?:[\w’'&.-]*[^\W_])?|\S")
ABBREVIATIONS = frozenset(
    "mr mrs ms dr sen rep gov gen lt col capt sgt rev prof st jr sr no vs inc corp co "
    "ltd jan feb mar apr aug sept sep oct nov dec ave pres sec atty supt cmdr adm maj "
    "messrs mt ft gov't".split())
_ENDS = frozenset(".!?…")
_ASIDE = 8
_DOUBLE_TAIL = re.compile(r"[.!?…]['’\"”)]*\s*$")


@dataclass(frozen=True)
class Token:
    """A word, a punctuation mark, or a whole quotation (``quote`` is its index, else -1)."""

    start: int
    end: int
    text: str
    quote: int = -1

    @property
    def is_word(self) -> bool:
        """True for a word (letters or digits)."""
        return self.quote < 0 and self.text[:1].isalnum()

    @property
    def capitalised(self) -> bool:
        """True for a word that starts with a capital letter."""
        return self.is_word and self.text[:1].isupper()


def text_of(tokens: list[Token], first: int, last: int) -> str:
    """The words of ``tokens[first:last]`` with the spaces between them as in the text."""
    parts = []
    for k in range(first, last):
        if k > first and tokens[k].start > tokens[k - 1].end:
            parts.append(" ")
        parts.append(tokens[k].text)
    return "".join(parts).strip(" ,")


def _words(text: str, start: int, end: int, out: list[Token]) -> None:
    for m in _TOKEN.finditer(text, start, end):
        word, at, stop = m.group(), m.start(), m.end()
        if word == "." and out and out[-1].is_word and out[-1].end == at and (
                out[-1].text.lower() in ABBREVIATIONS or (
                len(out[-1].text) == 1 and out[-1].text.isupper())):
            last = out.pop()  # Mr. / E. : the full stop belongs to the word
            out.append(Token(last.start, stop, last.text + "."))
            continue
        out.append(Token(at, stop, word))


def tokenize(text: str, start: int, end: int, quotes: list[tuple[int, int, int]]
             ) -> list[Token]:
    """Tokens of ``text[start:end]``; ``quotes`` are (opening mark, end after the closing
    mark, index) of the quotations inside, in order."""
    out: list[Token] = []
    at = start
    for q_start, q_end, index in quotes:
        _words(text, at, q_start, out)
        out.append(Token(q_start, q_end, text[q_start:q_end], index))
        at = q_end
    _words(text, at, end, out)
    return _without_asides(out)


def _without_asides(tokens: list[Token]) -> list[Token]:
    """Tokens without short parentheses: "Sen. Ted Cruz (R-Texas) said"."""
    kept: list[Token] = []
    opened = -1
    for token in tokens:
        if token.text == "(" and token.quote < 0:
            opened = len(kept)
        elif token.text == ")" and opened >= 0 and len(kept) - opened <= _ASIDE:
            del kept[opened:]
            opened = -1
            continue
        kept.append(token)
    return kept


def _ends_sentence(tokens: list[Token], k: int) -> bool:
    token = tokens[k]
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is None:
        return True
    starts_next = nxt.capitalised or nxt.quote >= 0 or nxt.text[:1].isdigit()
    if token.quote >= 0:
        return starts_next and _DOUBLE_TAIL.search(token.text) is not None and (
            nxt.quote >= 0 or nxt.capitalised)
    return token.text in _ENDS and starts_next


def sentences(tokens: list[Token], items: frozenset[int] = frozenset()) -> list[list[Token]]:
    """The tokens cut into sentences; a list item (``items``: where items start) ends
    the sentence before it."""
    found: list[list[Token]] = []
    current: list[Token] = []
    for k, token in enumerate(tokens):
        current.append(token)
        if _ends_sentence(tokens, k) or (k + 1 < len(tokens) and tokens[k + 1].start in items):
            found.append(current)
            current = []
    if current:
        found.append(current)
    return found
