"""How the words around a quote frame it, where a speaker or a full stop would mislead:

- naming a thing, not describing it: someone who calls a thing by a name gives it that
  name (``Ruiz and Vale called the new portal “Harbor 2.0”``): a term, named and not
  said; someone who calls a thing a description says what they think of it (``Ruiz
  called the plan “a reckless gamble”``): their words;
- what a group habitually says, "as we say", is a saying (``As we say in the harbour
  office, “Check the tide twice.”``), not a report of words said;
- wording given as a format, template or pattern to follow is a template, wording to
  use (``Each story is written in the format: “As a clerk, I need …”``), whoever writes
  it;
- the "?" of a question around a fragment, set inside the closing mark as American style
  does (``What is a “tiny house?”``), ends no sentence of the quote.

Read by :mod:`quotecheck.extract.kinds`."""

from __future__ import annotations

import re

from quotecheck.extract.kind_words import PRODUCT, SENTENCE_END

#: a naming verb and a thing as its object, right before the quote: "called the current
#: website “…”", "renamed their app “…”" (not a person: "called him “…”", "called Ruiz “…”")
_THING_NAMED = re.compile(
    r"\b(?:call(?:s|ed)?|dubbed|labell?ed|branded|termed|named|renamed|christened)\s+"
    r"(?:the|its|their|our|his|her|this|that|a|an)\s+(?:[\w’'-]+\s+){1,4}$", re.IGNORECASE)
#: a sentence that asks, by its first word: "What is a …", "How do you …", "Is it …"
_ASKING = re.compile(r"\s*[*_#\s]*(?:what|who|whom|whose|which|where|when|why|how|is|are|was|"
                     r"were|do|does|did|can|could|should|would|will|have|has|had)\b",
                     re.IGNORECASE)
#: a format or template the quote gives: "written in the format: “…”", "follow this
#: template:", "the usual pattern is"
_TEMPLATE = re.compile(
    r"\b(?:format|formats|template|templates|pattern|formula)\b(?:\s+(?:is|was|reads|goes|"
    r"of|like|such\s+as))?[ \t,:]*$", re.IGNORECASE)
#: "as we say (at the agency), “…”", "as they like to say", "as I always say"
_AS_WE_SAY = re.compile(
    r"\bas\s+(?:we|they|you|people|folks|I)\s+(?:(?:often|always|like\s+to|love\s+to|"
    r"used\s+to|tend\s+to)\s+)?say\b[^.!?“”\"]{0,40}[ \t,:]*$", re.IGNORECASE)


def names_a_thing(before: str, quote: str) -> bool:
    """Whether the words ``before`` the quote call a thing by the quoted name, the name
    of a product, site or version: a capitalised name with a number ("“Explore 2.5”"),
    or a dot or a capital inside a word ("“Login.gov”", "“GitHub”"); a name without one
    may be what someone calls a person (``called the princess “Jenny”``), and stays
    their words."""
    versioned = quote[:1].isupper() and any(ch.isdigit() for ch in quote)
    return _THING_NAMED.search(before) is not None and (
        versioned or PRODUCT.search(quote) is not None)


def ends_a_sentence(before: str, quote: str) -> bool:
    """Whether a sentence ends inside the quote; not the "?" of a question around a
    fragment that opens in lower case, set inside the closing mark as American style
    does (``What is a “tiny house?”``): the sentence before the quote asks ("what", "how",
    "is", "do" … opens it)."""
    inner = quote
    if quote[:1].islower() and _ASKING.match(before) is not None:
        inner = quote.rstrip("?")
    return SENTENCE_END.search(inner) is not None


def given_wording(before: str, quote: str) -> str | None:
    """What the words before the quote give it as, whoever is named: ``term`` for a
    thing's name (see :func:`names_a_thing`), ``saying`` for what a group habitually
    says ("As we say at the agency, “…”", "as they like to say"), ``suggested`` for a
    format, template or pattern to follow ("in the format: “…”", "using this template:
    “…”"); None for none of them."""
    if names_a_thing(before, quote):
        return "term"
    if _AS_WE_SAY.search(before) is not None:
        return "saying"
    if _TEMPLATE.search(before) is not None:
        return "suggested"
    return None
