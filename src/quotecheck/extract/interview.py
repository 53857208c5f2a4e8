"""Who ``Q`` and ``A`` are in an interview: the interviewer and the interviewee the text
names (``Questions were moderated by …, Gabrielle Perret, and answered by …, Alex
Cohen.``, ``Ana Ruiz interviewed Omar Hadley``, ``in an interview with Omar Hadley``).
Without such a sentence ``Q`` and ``A`` stay as written."""

from __future__ import annotations

import re
from dataclasses import replace

from quotecheck.extract.attribution import Attribution
from quotecheck.extract.phrases import ORGANISATION, TITLES

#: a person's name: two or three capitalised words (an initial allowed)
_NAME = r"[A-Z][\w’'-]+(?:[ \t]+(?:[A-Z]\.|[A-Z][\w’'-]+)){1,2}"
_ROLE = {
    "Q": re.compile(r"\b(?:moderated|asked|posed|conducted|interviewed)[ \t]+by[ \t]+",
                    re.IGNORECASE),
    "A": re.compile(r"\b(?:answered[ \t]+by|(?:Q[ \t]*&[ \t]*A|Q[ \t]+and[ \t]+A|interview|"
                    r"conversation|chat)[ \t]+with)[ \t]+", re.IGNORECASE),
}
_BOTH = re.compile(rf"\b({_NAME})[ \t]+interviewed[ \t]+({_NAME})\b")
#: a run of capitalised words that ends at a comma, a full stop, a parenthesis or the end
_RUN = re.compile(r"(?:[A-Z][\w’'.-]*[ \t]+)*[A-Z][\w’'-]+(?=[ \t]*(?:[,.;:()]|$))")
#: how far after "moderated by" the name is looked for (an apposition may come first)
_REACH = 240
#: how much of an article is read for who the interviewer and interviewee are
_HEAD = 5000


def _person(run: str) -> str | None:
    """The name at the end of a run, titles before it dropped (``Board Chairwoman
    Gabrielle Perret`` → ``Gabrielle Perret``); None for an organisation."""
    words = run.split()
    titled = [k for k, w in enumerate(words) if w.lower().rstrip(".") in TITLES]
    if titled:
        words = words[titled[-1] + 1 :]
    if not 2 <= len(words) <= 3 or any(w.lower().rstrip(".") in ORGANISATION for w in words):
        return None
    if any(w.endswith(("’s", "'s")) for w in words):
        return None
    return " ".join(words)


def _named_after(text: str, start: int) -> str | None:
    """The first person named after ``start``, before the sentence ends."""
    stretch = text[start : start + _REACH]
    stop = re.search(r"[.;](?:\s|$)", stretch)
    for run in _RUN.finditer(stretch, 0, stop.end() if stop else len(stretch)):
        person = _person(run.group())
        if person is not None:
            return person
    return None


def interview_roles(text: str) -> dict[str, str]:
    """``{"Q": interviewer, "A": interviewee}`` as far as the text's opening names them."""
    head = text[:_HEAD]
    roles: dict[str, str] = {}
    both = _BOTH.search(head)
    if both is not None:
        roles = {"Q": both.group(1), "A": both.group(2)}
    for label, cue in _ROLE.items():
        for m in cue.finditer(head):
            if label not in roles and (person := _named_after(head, m.end())) is not None:
                roles[label] = person
    return roles


def named_role(who: Attribution, roles: dict[str, str]) -> Attribution:
    """A ``Q``/``A`` line's speaker as the person the interview names, its label kept as
    the title; other speakers unchanged."""
    label = (who.speaker or "").upper()
    if label in ("Q", "A") and label in roles:
        return replace(who, speaker=roles[label], title=label)
    return who
