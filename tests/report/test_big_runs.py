"""Output for big runs: only what fails or warns by default, a summary naming the articles
with failures, a capped github format, a markdown summary that fits a comment and agrees with
the exit code, SARIF without zero-width regions or shared fingerprints, no empty quote."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from quotecheck.cli.policy import Policy
from quotecheck.findings import ArticleResult, Finding, Report, SourceInfo
from quotecheck.models import Claim, ClaimKind, Difference, Verdict
from quotecheck.report import RenderOptions, render
from quotecheck.report.markdown import LIMIT
from tests.conftest import Run

SARIF_SCHEMA = Path(__file__).resolve().parents[3] / "shared" / "schemas" / (
    "sarif-schema-2.1.0.json")
CYCLE = (Verdict.EXACT, Verdict.VERIFIED, Verdict.ALTERED, Verdict.MINOR, Verdict.NO_SOURCE,
         Verdict.EXACT, Verdict.UNAVAILABLE, Verdict.EXACT)


def _finding(n: int, verdict: Verdict, quote: str | None = None) -> Finding:
    claim = Claim(f"c{n}", ClaimKind.INLINE, quote or f"quote number {n} " + "word " * 30,
                  n, 3, n, 60)
    source = SourceInfo("https://example.org/source", None, None, None, None, None,
                        "HTTP 404" if verdict is Verdict.UNAVAILABLE else None)
    diffs = (Difference("number_changed", "3", "4"),) if verdict is Verdict.ALTERED else ()
    return Finding(claim, verdict, 90.0, source, differences=diffs)


def _big(articles: int = 300, per: int = 12, cycle: tuple[Verdict, ...] = CYCLE) -> Report:
    return Report(tuple(
        ArticleResult(f"content/post-{a:03}.md",
                      tuple(_finding(n + 1, cycle[(a + n) % len(cycle)]) for n in range(per)))
        for a in range(articles)))


def test_human_formats_show_only_what_fails_or_warns() -> None:
    report = _big(3, 8)
    lines = render("concise", report).splitlines()
    shown = [line for line in lines if line.startswith("content/")]
    assert len(shown) == 3 * 4  # altered, minor, no_source, unavailable of each article
    assert not any(": exact: " in line or ": verified: " in line for line in shown)
    assert "Articles with failures (3): content/post-000.md (1)" in lines[-3]
    assert lines[-2] == "12 claims that pass are not shown (--show-all shows every claim)."
    every = render("concise", report, RenderOptions(show_all=True)).splitlines()
    assert len([line for line in every if line.startswith("content/")]) == 24
    table = render("table", report, RenderOptions(width=200))
    assert "altered" in table and " exact " not in table
    assert "exact" in render("table", report, RenderOptions(width=200, show_all=True)).split(
        "Articles with failures")[0]


def test_articles_without_problems_are_left_out() -> None:
    report = Report((ArticleResult("fine.md", (_finding(1, Verdict.EXACT),)),
                     ArticleResult("bad.md", (_finding(1, Verdict.ALTERED),))))
    out = render("table", report, RenderOptions(width=200))
    assert "bad.md" in out and "fine.md" not in out


@pytest.mark.parametrize(("verdicts", "line"), [
    ((Verdict.EXACT, Verdict.EXACT), "2 claims that pass are not shown"),
    ((Verdict.SKIPPED,), "1 claim that is not a quotation is not shown"),
    ((Verdict.SKIPPED, Verdict.SKIPPED), "2 claims that are not quotations are not shown"),
    ((Verdict.EXACT, Verdict.SKIPPED, Verdict.SKIPPED),
     "3 claims (1 that passes, 2 not quotations) are not shown"),
])
def test_hidden_line_tells_skipped_claims_from_passing_ones(
        verdicts: tuple[Verdict, ...], line: str) -> None:
    findings = (*(_finding(n, v) for n, v in enumerate(verdicts, 1)),
                _finding(9, Verdict.ALTERED))
    lines = render("concise", Report((ArticleResult("a.md", findings),))).splitlines()
    assert lines[-2] == f"{line} (--show-all shows every claim)."


def test_markdown_fits_a_comment_and_says_what_was_cut() -> None:
    report = _big()
    text = render("markdown", report, RenderOptions(full_report="out/quotecheck.json"))
    altered = sum(f.verdict is Verdict.ALTERED for f in report.findings())
    assert len(text) < LIMIT
    assert "cut to keep this summary under 65,536 characters" in text
    assert "the full report is in `out/quotecheck.json`" in text
    assert text.count("| ❌ `altered`") > 100
    assert f"**❌ {altered} claims fail (exit 1)**" in text


def test_markdown_of_a_small_run_is_not_cut() -> None:
    text = render("markdown", _big(2, 8))
    assert "cut to keep" not in text and text.count("| ❌ `altered`") == 2


@pytest.mark.parametrize(("cycle", "words", "code"), [
    ((Verdict.EXACT, Verdict.UNAVAILABLE), "the check is incomplete", 3),
    ((Verdict.EXACT, Verdict.ALTERED), "claims fail", 1),
    ((Verdict.EXACT, Verdict.NO_SOURCE), "No claim fails", 0),
])
def test_markdown_headline_agrees_with_the_exit_code(cycle: tuple[Verdict, ...], words: str,
                                                     code: int) -> None:
    report = _big(2, 2, cycle)
    assert int(Policy().exit_code(report)) == code
    headline = render("markdown", report).splitlines()[2]
    assert words in headline
    if code == 3:
        assert "✅" not in headline and "No claim fails, but" in headline


def test_github_caps_the_warnings() -> None:
    report = _big(10, 8)
    lines = render("github", report, RenderOptions(max_warnings=10)).splitlines()
    errors = [line for line in lines if line.startswith("::error ")]
    warnings = [line for line in lines if line.startswith("::warning ")]
    assert len(errors) == 10 and len(warnings) == 10
    assert lines[-1].startswith("::notice title=quotecheck::20 more claims deserve a look")
    assert len(lines) == 21
    small = render("github", _big(1, 8), RenderOptions(max_warnings=10)).splitlines()
    assert not any(line.startswith("::notice") for line in small)


def test_sarif_regions_and_fingerprints() -> None:
    twice = [_finding(1, Verdict.ALTERED, "the same words"),
             _finding(2, Verdict.ALTERED, "the same words")]
    empty = Finding(Claim("c3", ClaimKind.INLINE, "x y", 5, 7, 5, 7), Verdict.ALTERED)
    log: dict[str, Any] = json.loads(render("sarif", Report((ArticleResult("a.md", (
        *twice, empty)),))))
    results = log["runs"][0]["results"]
    prints = [r["partialFingerprints"]["quotecheck/v1"] for r in results]
    assert len(set(prints)) == 3 and all(len(p) == 64 for p in prints)
    for r in results:
        reg = r["locations"][0]["physicalLocation"]["region"]
        assert (reg["endLine"], reg["endColumn"]) > (reg["startLine"], reg["startColumn"])
    if SARIF_SCHEMA.exists():
        jsonschema.validate(log, json.loads(SARIF_SCHEMA.read_text()))


def test_no_empty_quote(cli: Callable[..., Run], tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("Intro.\n\n>\n>\n\nShe said “”.\n\n> “”\n\nHe said “we won”.\n")
    for command in ("extract", "verify"):
        claims = cli(command, str(article), "--format", "json").json()["articles"][0]["claims"]
        assert [c["quote"] for c in claims] == ["we won"]


def test_show_all_and_the_warning_cap_from_the_config(cli: Callable[..., Run],
                                                      tmp_path: Path) -> None:
    lines = [f"Line {n}: she said “we will open route {n}” ([m](m{n}.txt))." for n in range(4)]
    (tmp_path / "a.md").write_text("\n\n".join(lines) + "\n\nHe said “we close early”.\n")
    for n in range(4):
        (tmp_path / f"m{n}.txt").write_text(f"We will open route {n}.\n" if n < 2 else "Other.\n")
    (tmp_path / "quotecheck.toml").write_text("[output]\ngithub-max-warnings = 0\n")
    github = cli("verify", str(tmp_path / "a.md"), "--format", "github").stdout.splitlines()
    assert [line[:9] for line in github] == ["::error f", "::error f", "::notice "]
    assert "1 more claim deserves a look" in github[-1]
    concise = cli("verify", str(tmp_path / "a.md"), "--format", "concise").stdout
    assert "verified" not in concise.split("claims in")[0]
    (tmp_path / "quotecheck.toml").write_text("[output]\nshow-all = true\n")
    concise = cli("verify", str(tmp_path / "a.md"), "--format", "concise").stdout
    assert concise.count(": verified: ") == 2
    flagged = cli("verify", str(tmp_path / "a.md"), "--format", "concise", "--show-all",
                  "--config", str(tmp_path / "none.toml"))
    assert flagged.code == 2  # a missing config file is an error, not a silent default
