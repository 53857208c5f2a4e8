"""Run the matcher over a labelled set and count outcomes (shared by the gate and bench)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from quotecheck.match import SourceIndex, match_quote
from quotecheck.models import Verdict
from quotecheck.verdict import judge
from tests.match.labelled import CHANGED, FAITHFUL, INVENTED, MINOR, Case, LabelledSet

PASSING = frozenset({Verdict.EXACT, Verdict.VERIFIED})
#: the difference kind that must name each kind of change (README, "How a verdict is decided")
NAMED = {"negation_dropped": "negation", "negation_added": "negation",
         "elision_negation": "elision", "number": "number_changed", "name": "name_changed",
         "bracket_negation": "bracket", "bracket_number": "bracket", "bracket_name": "bracket",
         "bracket_word": "bracket", "truncation_start": "truncation",
         "truncation_end": "truncation", "order": "order"}


@dataclass
class Outcome:
    """Verdicts per case and the counts the gate reads."""

    verdicts: list[tuple[Case, Verdict]] = field(default_factory=list)
    kinds: list[frozenset[str]] = field(default_factory=list)  # difference kinds per case

    def confusion(self) -> Counter[tuple[str, str, Verdict]]:
        """(label, kind, verdict) -> how many."""
        return Counter((c.label, c.kind, v) for c, v in self.verdicts)

    def of(self, label: str) -> list[tuple[Case, Verdict]]:
        """The cases with one label and their verdicts."""
        return [(c, v) for c, v in self.verdicts if c.label == label]

    def faithful_pass_rate(self) -> float:
        """Share of faithful quotes judged exact or verified."""
        faithful = self.of(FAITHFUL)
        return sum(v in PASSING for _, v in faithful) / max(1, len(faithful))

    def changed_passed(self) -> list[tuple[Case, Verdict]]:
        """Changed or invented quotes judged exact, verified or minor (must be none)."""
        return [(c, v) for c, v in self.verdicts if c.label in (CHANGED, INVENTED)
                and (v in PASSING or v is Verdict.MINOR)]

    def faithful_failed(self) -> list[tuple[Case, Verdict]]:
        """Faithful quotes not judged exact or verified."""
        return [(c, v) for c, v in self.of(FAITHFUL) if v not in PASSING]

    def rate(self, label: str, wanted: frozenset[Verdict]) -> float:
        """Share of ``label`` cases judged one of ``wanted``."""
        cases = self.of(label)
        return sum(v in wanted for _, v in cases) / max(1, len(cases))

    def named_rate(self) -> float:
        """Share of altered changed quotes whose differences name the change made
        (a changed number reported as ``number_changed``, a bracket as ``bracket``…)."""
        named = [want in kinds for (c, v), kinds in zip(self.verdicts, self.kinds, strict=True)
                 if v is Verdict.ALTERED and (want := NAMED.get(c.kind))]
        return sum(named) / max(1, len(named))

    def figures(self) -> dict[str, float]:
        """The gate's figures, for reports."""
        return {
            "cases": len(self.verdicts),
            "faithful": len(self.of(FAITHFUL)),
            "faithful_pass_rate": round(self.faithful_pass_rate(), 4),
            "changed_or_invented": len(self.of(CHANGED)) + len(self.of(INVENTED)),
            "changed_or_invented_passed": len(self.changed_passed()),
            "changed_altered_rate": round(self.rate(CHANGED, frozenset({Verdict.ALTERED})), 4),
            "invented_not_found_rate": round(
                self.rate(INVENTED, frozenset({Verdict.NOT_FOUND})), 4),
            "minor": len(self.of(MINOR)),
            "minor_rate": round(self.rate(MINOR, frozenset({Verdict.MINOR})), 4),
            "changes_named_rate": round(self.named_rate(), 4),
        }


def verdict_for(quote: str, index: SourceIndex) -> tuple[Verdict, frozenset[str]]:
    """What quotecheck says about ``quote`` against one source, and the kinds of the
    differences it names."""
    alignment = match_quote(quote, index)
    if alignment is None:
        return Verdict.NOT_FOUND, frozenset()
    verdict, differences = judge(alignment, quote)
    return verdict, frozenset(d.kind for d in differences)


def _pdf_text(path: Path) -> str:
    from quotecheck.sources.pdf import read_pdf

    return read_pdf(path.name, path.read_bytes(), path=str(path)).text


def evaluate(labelled: LabelledSet) -> Outcome:
    """Judge every case against its own source (PDFs read the way quotecheck reads them)."""
    texts = dict(labelled.texts)
    texts.update({name: _pdf_text(path) for name, path in labelled.pdfs.items()})
    indexes = {name: SourceIndex(text) for name, text in texts.items()}
    outcome = Outcome()
    for case in labelled.cases:
        verdict, kinds = verdict_for(case.quote, indexes[case.source])
        outcome.verdicts.append((case, verdict))
        outcome.kinds.append(kinds)
    return outcome
