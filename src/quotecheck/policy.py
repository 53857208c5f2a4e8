"""Which verdicts fail a run, and the exit code a report earns."""

from __future__ import annotations

from quotecheck.errors import ExitCode
from quotecheck.models import Report, Verdict


def exit_code(report: Report) -> ExitCode:
    """0 nothing fails, 1 a claim fails, 3 no failures but some sources unavailable."""
    findings = report.findings()
    if any(map(report.fails, findings)):
        return ExitCode.CLAIMS_FAILED
    if any(f.verdict is Verdict.UNAVAILABLE for f in findings):
        return ExitCode.INCOMPLETE
    return ExitCode.OK
