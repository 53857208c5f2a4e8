"""Run the matcher over the labelled set and count outcomes (shared by the gate and bench)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from quotecheck.match import SourceIndex, match_quote
from quotecheck.models import Verdict
from quotecheck.verdict import judge
from tests.match.labelled import CHANGED, FAITHFUL, INVENTED, Case, LabelledSet

PASSING = frozenset({Verdict.EXACT, Verdict.VERIFIED})


@dataclass
class Outcome:
    """Verdicts per case and the counts the gate reads."""

    verdicts: list[tuple[Case, Verdict]] = field(default_factory=list)

    def confusion(self) -> Counter[tuple[str, str, Verdict]]:
        """(label, kind, verdict) -> how many."""
        return Counter((c.label, c.kind, v) for c, v in self.verdicts)

    def faithful_pass_rate(self) -> float:
        """Share of faithful quotes judged exact or verified."""
        faithful = [v for c, v in self.verdicts if c.label == FAITHFUL]
        return sum(v in PASSING for v in faithful) / len(faithful)

    def changed_passed(self) -> list[Case]:
        """Changed or invented quotes judged exact or verified (must be none)."""
        return [c for c, v in self.verdicts if c.label in (CHANGED, INVENTED) and v in PASSING]

    def faithful_failed(self) -> list[tuple[Case, Verdict]]:
        """Faithful quotes not judged exact or verified."""
        return [(c, v) for c, v in self.verdicts if c.label == FAITHFUL and v not in PASSING]


def verdict_for(quote: str, index: SourceIndex) -> Verdict:
    """What quotecheck says about ``quote`` against one source."""
    alignment = match_quote(quote, index)
    if alignment is None:
        return Verdict.NOT_FOUND
    return judge(alignment, quote)[0]


def evaluate(labelled: LabelledSet) -> Outcome:
    """Judge every case against its own source."""
    indexes = {name: SourceIndex(text) for name, text in labelled.texts.items()}
    outcome = Outcome()
    for case in labelled.cases:
        outcome.verdicts.append((case, verdict_for(case.quote, indexes[case.source])))
    return outcome
