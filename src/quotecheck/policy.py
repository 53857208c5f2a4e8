"""Which verdicts fail a run, and the exit code a report earns."""

from __future__ import annotations

from quotecheck.errors import ConfigError, ExitCode
from quotecheck.models import Report, Verdict

DEFAULT_FAIL_ON = "altered,not_found"


def parse_fail_on(value: str) -> frozenset[Verdict]:
    """Parse a comma-separated list of verdicts such as ``altered,not_found``."""
    names = [v.strip().lower() for v in value.split(",") if v.strip()]
    known = {v.value: v for v in Verdict}
    unknown = [n for n in names if n not in known]
    if unknown:
        choices = ", ".join(known)
        raise ConfigError(f"--fail-on: unknown verdict {unknown[0]!r} (choose from {choices})")
    return frozenset(known[n] for n in names)


def exit_code(report: Report) -> ExitCode:
    """0 nothing fails, 1 a claim fails, 3 no failures but some sources unavailable."""
    verdicts = {f.verdict for f in report.findings()}
    if verdicts & report.fail_on:
        return ExitCode.CLAIMS_FAILED
    if Verdict.UNAVAILABLE in verdicts:
        return ExitCode.INCOMPLETE
    return ExitCode.OK
