"""The pass/fail policy, in one place: which verdicts fail a run, which deserve a look, what
a baseline accepts, and the exit code a report earns. Reports stay pure outcomes; the
shell applies this policy to them."""

from __future__ import annotations

from dataclasses import dataclass, replace

from quotecheck.errors import ExitCode
from quotecheck.findings import ArticleResult, Finding, Report
from quotecheck.models import Verdict

DEFAULT_FAIL_ON = frozenset({Verdict.ALTERED, Verdict.MISATTRIBUTED, Verdict.NOT_FOUND})
#: what ``--strict`` adds to the failing verdicts
STRICT_FAIL_ON = frozenset({Verdict.UNAVAILABLE, Verdict.NO_SOURCE})
#: verdicts that do not fail a run but deserve a look
WARNINGS = frozenset({Verdict.MINOR, Verdict.NO_SOURCE, Verdict.UNAVAILABLE, Verdict.COPIED})
#: the note on a failing claim that the baseline accepts
BASELINE_NOTE = "accepted in the baseline"


@dataclass(frozen=True)
class Policy:
    """Which verdicts fail the run (``--fail-on``, ``--strict``), which claims a baseline
    accepts, and whether the exit code is forced to 0 (``--exit-zero``)."""

    fail_on: frozenset[Verdict] = DEFAULT_FAIL_ON
    strict: bool = False
    exit_zero: bool = False
    baseline: frozenset[str] = frozenset()

    @property
    def failing(self) -> frozenset[Verdict]:
        """The verdicts that fail a run under this policy."""
        return self.fail_on | STRICT_FAIL_ON if self.strict else self.fail_on

    def fails(self, finding: Finding) -> bool:
        """True when the finding's verdict fails the run and no baseline accepts it."""
        return finding.verdict in self.failing and not finding.baselined

    def severity(self, finding: Finding) -> str:
        """``error`` for a failing claim, ``warning`` for one worth a look, else ``note``."""
        if self.fails(finding):
            return "error"
        return "warning" if finding.verdict in WARNINGS or incomplete(finding) else "note"

    def exit_code(self, report: Report) -> ExitCode:
        """0 nothing fails, 1 a claim fails, 3 no failures but some sources unavailable
        (a claim's, or the cited one of a claim found elsewhere; or the run was
        interrupted); always 0 with ``exit_zero``."""
        if self.exit_zero:
            return ExitCode.OK
        findings = report.findings()
        if any(map(self.fails, findings)):
            return ExitCode.CLAIMS_FAILED
        if not report.complete or any(map(incomplete, findings)):
            return ExitCode.INCOMPLETE
        return ExitCode.OK

    def apply_baseline(self, report: Report) -> Report:
        """``report`` with the failing claims the baseline knows marked as accepted."""
        if not self.baseline:
            return report
        from quotecheck.report.common import fingerprint

        def accepted(path: str, finding: Finding) -> bool:
            return (finding.verdict in self.failing
                    and fingerprint(path, finding) in self.baseline)

        articles = tuple(
            replace(article, findings=tuple(
                replace(f, baselined=True, note=f.note or BASELINE_NOTE)
                if accepted(article.path, f) else f for f in article.findings))
            for article in report.articles)
        return replace(report, articles=articles)


def incomplete(finding: Finding) -> bool:
    """True when a source the claim needs could not be read: ``unavailable``, or words
    found elsewhere than the cited source, which could not be read."""
    cited = finding.cited_source
    return finding.verdict is Verdict.UNAVAILABLE or (cited is not None and cited.error is not None)


def failing_findings(report: Report, policy: Policy) -> list[tuple[ArticleResult, Finding]]:
    """Every (article, finding) of ``report`` that fails under ``policy``."""
    return [(a, f) for a in report.articles for f in a.findings if policy.fails(f)]
