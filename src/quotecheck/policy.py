"""Which verdicts fail a run, and the exit code a report earns."""

from __future__ import annotations

from quotecheck.errors import ExitCode
from quotecheck.models import Report, Verdict


def exit_code(report: Report) -> ExitCode:
    """0 nothing fails, 1 a claim fails, 3 no failures but some sources unavailable."""
    verdicts = {f.verdict for f in report.findings()}
    if any(f.verdict in report.fail_on and not f.baselined for f in report.findings()):
        return ExitCode.CLAIMS_FAILED
    if Verdict.UNAVAILABLE in verdicts:
        return ExitCode.INCOMPLETE
    return ExitCode.OK
