"""The table report: verdicts, differences, summary, colour only when asked."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from quotecheck.findings import ArticleResult, Finding, Report, SourceInfo
from quotecheck.models import Claim, ClaimKind, Difference, Verdict
from quotecheck.report import REPORTERS, RenderOptions, render
from tests.conftest import Run


def _report() -> Report:
    claim = Claim("c1", ClaimKind.INLINE, "We will raise fares", 3, 5, 3, 24)
    source = SourceInfo("minutes.txt", None, "minutes.txt", "full", None, None, None)
    findings = (
        Finding(claim, Verdict.ALTERED, 93.5, source,
                differences=(Difference("negation", "", "not"),)),
        Finding(Claim("c2", ClaimKind.INLINE, "hello", 4, 1, 4, 6), Verdict.NO_SOURCE),
    )
    return Report((ArticleResult("story.md", findings),), verified=True)


def test_registry_has_the_formats() -> None:
    assert {"table", "json"} <= set(REPORTERS)


def test_table_shows_verdicts_and_differences() -> None:
    out = render("table", _report(), RenderOptions(width=160))
    assert "story.md" in out
    assert "altered" in out and "no_source" in out
    assert 'dropped "not"' in out
    assert "3:5" in out
    assert out.rstrip().endswith("2 claims in 1 article: 1 altered, 1 no source")
    assert "\x1b[" not in out


def test_colour_when_asked() -> None:
    out = render("table", _report(), RenderOptions(color=True, width=160))
    assert "\x1b[" in out


def test_empty_article_says_so() -> None:
    report = Report((ArticleResult("empty.md", ()),))
    assert "No quotations found in empty.md." in render("table", report)


def test_verbose_shows_evidence_for_failing_claims(cli: Callable[..., Run], demo: Path) -> None:
    out = cli("verify", str(demo / "article.md"), "-v").stdout
    assert "c5 altered at 22:60" in out
    assert "source: " in out and "council-meeting.txt, line 5, full text" in out
    assert "quote vs source: will {+not+} cut a single route" in out  # readable without colour
    assert "c1 exact at" not in out  # only claims that fail or deserve a look
