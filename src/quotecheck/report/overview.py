"""What the human and CI formats show of a big run: only the claims that fail or deserve a
look (all of them with ``--show-all``), grouped by article, then a summary that names the
articles with failures; and a headline that agrees with the exit code."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from quotecheck.cli.policy import Policy, incomplete
from quotecheck.errors import ExitCode
from quotecheck.findings import ArticleResult, Finding, Report
from quotecheck.models import Verdict

#: at most this many articles are named in the summary line of articles with failures
NAMED_ARTICLES = 20


def worth_showing(finding: Finding, policy: Policy) -> bool:
    """True for a claim that fails or deserves a look (``error`` or ``warning``)."""
    return policy.severity(finding) != "note"


def shown(report: Report, policy: Policy, show_all: bool
          ) -> list[tuple[ArticleResult, tuple[Finding, ...]]]:
    """Each article with the claims to show: every claim with ``show_all`` (or when the
    report is not verified), else those that fail or deserve a look; articles left empty
    are left out."""
    if show_all or not report.verified:
        return [(a, a.findings) for a in report.articles]
    picked = [(a, tuple(f for f in a.findings if worth_showing(f, policy)))
              for a in report.articles]
    return [(a, found) for a, found in picked if found]


def hidden_counts(report: Report, policy: Policy, show_all: bool) -> tuple[int, int]:
    """How many claims the default view leaves out: (that pass, skipped as not quotations)."""
    if show_all or not report.verified:
        return 0, 0
    hidden = [f for f in report.findings() if not worth_showing(f, policy)]
    skipped = sum(f.verdict is Verdict.SKIPPED for f in hidden)
    return len(hidden) - skipped, skipped


def verdict_counts(report: Report) -> str:
    """``3 exact, 1 altered`` in the order of the verdicts."""
    counts = Counter(f.verdict for f in report.findings() if f.verdict)
    return ", ".join(f"{counts[v]} {v.value.replace('_', ' ')}" for v in Verdict if counts[v])


def articles_with_failures(report: Report, policy: Policy) -> list[tuple[str, int]]:
    """(path, failing claims) for every article with at least one failing claim."""
    rows = [(a.path, sum(map(policy.fails, a.findings))) for a in report.articles]
    return [(path, n) for path, n in rows if n]


def failures_line(report: Report, policy: Policy) -> str | None:
    """``Articles with failures (2): a.md (3), b.md (1)``, or None when nothing fails."""
    failing = articles_with_failures(report, policy)
    if not failing:
        return None
    named = ", ".join(f"{path} ({n})" for path, n in failing[:NAMED_ARTICLES])
    more = len(failing) - NAMED_ARTICLES
    return f"Articles with failures ({len(failing)}): {named}" + (
        f" and {more} more" if more > 0 else "")


def hidden_line(report: Report, policy: Policy, show_all: bool) -> str | None:
    """``9 claims that pass are not shown (--show-all shows every claim).``, naming the
    claims skipped as not quotations apart from those that pass."""
    passing, skipped = hidden_counts(report, policy, show_all)
    if not passing + skipped:
        return None
    if not skipped:
        which = "1 claim that passes is" if passing == 1 else f"{passing} claims that pass are"
    elif not passing:
        which = ("1 claim that is not a quotation is" if skipped == 1
                 else f"{skipped} claims that are not quotations are")
    else:
        which = (f"{passing + skipped} claims ({passing} that pass"
                 f"{'es' if passing == 1 else ''}, {skipped} not quotations) are")
    return f"{which} not shown (--show-all shows every claim)."


def exit_code(report: Report, policy: Policy) -> ExitCode:
    """The exit code the run earns, ``--exit-zero`` aside (a headline must not hide it)."""
    return replace(policy, exit_zero=False).exit_code(report)


def headline(report: Report, policy: Policy) -> str:
    """One line that agrees with the exit code: what fails, or why the check is
    incomplete, or that nothing fails."""
    code = exit_code(report, policy)
    if code is ExitCode.CLAIMS_FAILED:
        n = sum(map(policy.fails, report.findings()))
        return f"❌ {n} claim{'s' if n != 1 else ''} fail{'s' if n == 1 else ''} (exit 1)"
    if code is ExitCode.INCOMPLETE:
        n = sum(map(incomplete, report.findings()))
        why = (f"the sources of {n} claim{'s' if n != 1 else ''} could not be read" if n
               else "the run was interrupted")
        return f"⚠️ No claim fails, but the check is incomplete: {why} (exit 3)"
    return "✅ No claim fails"
