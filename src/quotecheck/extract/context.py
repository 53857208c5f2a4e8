"""What a quote with no speaker of its own inherits from the sentences around it, when
the answer lies outside its sentence:

- a paragraph that ends inside quoted words nobody is credited with (a quotation that
  runs over several paragraphs, or a nested quote in its last sentence) passes on the
  speaker of the paragraph's earlier quote;
- a paragraph of bare quotes after a paragraph that only talks about someone (``Ortiz is
  upbeat about the count.`` / ``“We will win.”``) takes that someone — a guess, marked so
  (speakers.py keeps it only for someone the article quotes with a cue); a bare quote after
  a sentence without a cue in its own paragraph likewise;
- a quote after a lead-in without a verb is the person the lead-in names (``Ana Ruiz, on
  the radio:``), else continues the speaker before it (``Then, later that week: “…”``);
- a quote whose last line is a signature (``“…\\nAna Ruiz.”``) is signed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quotecheck.extract.attribution import Attribution, found, sentence_attribution
from quotecheck.extract.clauses import sentence_subject, verb_between
from quotecheck.extract.cue_places import cue_positions
from quotecheck.extract.cues import CUE_WORDS
from quotecheck.extract.frames import Token
from quotecheck.extract.mentions import Spans
from quotecheck.extract.phrases import (
    FUNCTION_WORDS,
    ORGANISATION,
    TITLES,
    read_phrase,
)

_DESCRIBING = frozenset(
    "call calls called calling describe describes described describing dub dubs dubbed "
    "dubbing label labels labeled labelled labeling term terms termed brand brands "
    "branded".split())
_OWNING = ("’s", "'s")
_CUE_WORDS = frozenset(w for w in CUE_WORDS if " " not in w)
#: how the inherited speaker of a bare quote after a paragraph about someone is marked
TOPIC = "context"
#: a lead-in fragment before a colon has at most this many tokens
_FRAGMENT = 12
#: the last line of a quote that signs it: two or three capitalised words, an optional dash
_SIGNATURE = re.compile(
    r"\n[^\S\n]*(?:(?P<dash>[-—–])[^\S\n]*)?((?:[A-Z][\w.’'-]*[^\S\n]+){1,2}[A-Z][\w’'-]+)\.?"
    r"[^\S\n]*[\"”'’]*$")


def carried(said: list[Attribution | None], last_quoted: bool) -> Attribution | None:
    """What the next paragraph may inherit from one whose last sentence holds a quote with
    no speaker: the speaker of the paragraph's nearest earlier quote or lead-in."""
    if said[-1] is not None or not last_quoted:
        return said[-1]
    return next((who for who in reversed(said[:-1]) if who is not None), None)


def reporter(last: list[Token], who: Attribution | None) -> Attribution | None:
    """Who reports a paragraph's last sentence when its last quote only names something
    (``Friends mocked him, calling him “a buffoon,” Susan said.``): the speaker of the
    cue after that quote, who also speaks a bare quote in the next paragraph."""
    if who is None or (who.cue or "") not in _DESCRIBING:
        return who
    quotes = [k for k, t in enumerate(last) if t.quote >= 0]
    main = sentence_attribution(last[quotes[-1] + 1 :]) if quotes else None
    return main if main is not None and (main.cue or "") not in _DESCRIBING else who


def within(cut: list[list[Token]], said: list[Attribution | None], n: int
           ) -> Attribution | None:
    """What a bare quote opening sentence ``n`` of a paragraph inherits when the sentence
    before it has no cue: the person that sentence is about (a guess), else the speaker
    of the paragraph's nearest earlier quote or lead-in."""
    about = topic(cut[n - 1])
    if about is not None:
        return about
    return next((continued(who) for who in reversed(said[: n - 1]) if who is not None), None)


def topic(sent: list[Token]) -> Attribution | None:
    """The person a sentence without a cue is about: its subject when that is a person's
    name (``Ortiz is upbeat …``), else the only person it names as the subject of a verb
    (``…, since Ortiz spoke only briefly``). None when it names no one or several."""
    if not sent or cue_positions(sent):
        return None
    subject = sentence_subject(sent, len(sent))
    if subject is not None and subject.kind == "name" and _person(
            sent, subject.first, subject.last) and _acts(sent, subject.last):
        return _guess(found(sent, subject, None))
    names = []
    k = 0
    while k < len(sent):
        phrase = read_phrase(sent, k) if sent[k].capitalised else None
        if phrase is None or phrase.kind != "name":
            k += 1
            continue
        if _person(sent, phrase.first, phrase.last):
            names.append(phrase)
        k = phrase.last
    people = {p.name for p in names}
    acting = [p for p in names if _acts(sent, p.last)]
    if len(people) == 1 and acting:
        return _guess(found(sent, acting[0], None))
    return None


def _person(sent: list[Token], first: int, last: int) -> bool:
    """True for a capitalised name that is no organisation and is not a possessor."""
    words = [t.text.lower().rstrip(".") for t in sent[first:last]]
    if not words or not sent[first].capitalised or any(w in ORGANISATION for w in words):
        return False
    return not words[-1].endswith(("’s", "'s")) and sent[first].quote < 0


def _acts(sent: list[Token], at: int) -> bool:
    """True when a verb follows a name ending at ``at`` (an adverb or two aside)."""
    k = at
    while k < len(sent) and sent[k].is_word and sent[k].text.lower().endswith("ly"):
        k += 1
    return verb_between(sent, k, k + 1) or _past(sent, k)


def _past(sent: list[Token], at: int) -> bool:
    """True when ``sent[at]`` is a lower-case common irregular verb form (``spoke``,
    ``went``, ``sees``) that ``verb_between`` does not recognise."""
    if at >= len(sent) or not sent[at].is_word or sent[at].capitalised:
        return False
    word = sent[at].text.lower()
    return word in _PAST_FORMS


_NOT_NAMES = FUNCTION_WORDS | TITLES | _CUE_WORDS | frozenset(
    "thank thanks vote make get let keep stop go read see".split())
_PAST_FORMS = frozenset(
    "spoke went came gave took made kept left thought felt knew saw met ran sat stood "
    "wrote told said sees thinks knows feels believes wants hopes".split())


def continued(who: Attribution) -> Attribution:
    """The speaker of the paragraph before, as a paragraph of bare quotes inherits it (a
    guess stays a guess)."""
    return who if who.via == TOPIC else replace(who, via="paragraph")


def _guess(who: Attribution) -> Attribution:
    return Attribution(who.speaker, None, who.title, who.start, who.end, who.kind, via=TOPIC)


def verbless_lead(sent: list[Token], k: int) -> bool:
    """True when the quote at ``sent[k]`` follows a short lead-in ending in a colon that has
    no verb and no cue (``Then, later that month on the radio: “…”``)."""
    if k < 2 or sent[k - 1].text != ":" or sent[k].quote < 0:
        return False
    return _verbless(sent[: k - 1])


def _verbless(lead: list[Token]) -> bool:
    """True for a short run of words without a quote, a cue or a verb."""
    if not lead or len(lead) > _FRAGMENT or any(t.quote >= 0 for t in lead):
        return False
    if cue_positions(lead) or verb_between(lead, 0, len(lead)):
        return False
    return not any(_past(lead, j) for j in range(len(lead)))


def lead_named(lead: list[Token]) -> Attribution | None:
    """The one person a lead-in without a verb names, who speaks what follows its colon
    (``Ana Ruiz, on the radio a week later:``, ``From Ana Ruiz’s statement:``): a run of
    capitalised words set apart by a comma or owning what follows; not a label (``Key
    Points:``) nor an organisation."""
    if lead and lead[-1].text == ":":
        lead = lead[:-1]
    if not _verbless(lead):
        return None
    named = {}
    for first, last in _capitalised_runs(lead):
        owner = lead[last - 1].text.endswith(_OWNING)
        after = lead[last].text if last < len(lead) else ""
        apart = owner or after == "," or (first == 0 and after == "on")  # "Ruiz on the plan:"
        words = [t.text.lower().rstrip(".") for t in lead[first:last]]
        if apart and not any(w in ORGANISATION for w in words):
            name = " ".join(t.text for t in lead[first:last])
            cut = 2 if owner else 0  # "Ana Ruiz’s" names Ana Ruiz
            named[name[: len(name) - cut]] = (lead[first].start, lead[last - 1].end - cut)
    if len(named) != 1:
        return None
    ((name, (start, end)),) = named.items()
    return Attribution(name, None, None, start, end, "name", via="subject")


def _capitalised_runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """Runs of capitalised words that start with no function word or title."""
    runs, k = [], 0
    while k < len(tokens):
        word = tokens[k].text.lower().rstrip(".")
        if not tokens[k].capitalised or word in FUNCTION_WORDS or word in TITLES:
            k += 1
            continue
        j = k
        while j < len(tokens) and tokens[j].capitalised:
            j += 1
        runs.append((k, j))
        k = j
    return runs


def signature(text: str, open_at: int, after: int, links: Spans | None = None
              ) -> Attribution | None:
    """The name on the last line of a quote (``“…\\nAna Ruiz.”``), if it ends with one; not
    a byline that is a link's text without a dash before it (a link card's author, the
    last of a list of links): ``links`` are the article's link texts."""
    body = text[open_at:after]
    if "\n" not in body:
        return None
    m = _SIGNATURE.search(body)
    if m is None or any(w.lower().rstrip(".") in _NOT_NAMES for w in m.group(2).split()):
        return None  # "Thank You.", "Vote Early Today": no one's name
    name = m.group(2).strip()
    start = open_at + m.start(2)
    if m.group("dash") is None and links is not None and links.covers(start):
        return None  # "MATT MCFARLAND" under a link card's title: whose link, not words
    return Attribution(name, None, None, start, start + len(name), "name", via="signature")
