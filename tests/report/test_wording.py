"""Differences in plain words, the same in every format, readable without colour."""

from __future__ import annotations

import html
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.cli.inputs import collect_inputs
from quotecheck.findings import Finding, MatchInfo, Nearest, Report
from quotecheck.models import Claim, ClaimKind, Difference, Verdict
from quotecheck.pipeline import run_verify
from quotecheck.report import RenderOptions, render
from quotecheck.report.common import differences_text, marked_diff
from quotecheck.report.registry import FORMAT_NAMES
from quotecheck.settings import CheckSettings
from tests.conftest import DEMO

DROPPED_NOT = 'dropped "not" (source: "will not cut")'
CHANGED_NUMBER = 'changed "$3.1 million" → "$3.8 million"'


@pytest.fixture(scope="module")
def demo_report() -> Report:
    return run_verify(collect_inputs([str(DEMO / "article.md")]), CheckSettings())


@pytest.mark.parametrize("name", [n for n in FORMAT_NAMES if n not in ("json", "jsonl")])
def test_every_format_says_it_in_plain_words(demo_report: Report, name: str) -> None:
    out = render(name, demo_report, RenderOptions(width=300))
    text = html.unescape(out.replace('\\"', '"')) if name in ("sarif", "junit", "html") else out
    assert DROPPED_NOT in text and CHANGED_NUMBER in text
    assert "negation:" not in text and "number_changed:" not in text


def test_json_keeps_the_classified_form(demo_report: Report) -> None:
    claims = json.loads(render("json", demo_report))["articles"][0]["claims"]
    kinds = {d["kind"] for c in claims for d in c["differences"]}
    assert {"negation", "number_changed"} <= kinds


def test_verbose_diff_reads_without_colour(demo_report: Report) -> None:
    out = render("table", demo_report, RenderOptions(verbose=True, width=200))
    assert "\x1b" not in out
    assert "will {+not+} cut a single route" in out
    assert "raise [-$3.8-] {+$3.1+} million" in out
    assert "[-…-] is only in the quote and {+…+} only in the source" in out  # the legend
    coloured = render("table", demo_report, RenderOptions(verbose=True, color=True, width=200))
    assert "{+not+}" in coloured and "\x1b[" in coloured  # colour on top of the markers


def test_marked_diff_groups_runs() -> None:
    assert marked_diff("we will raise all fares", "we will not raise fares") == [
        ("we will", "same"), ("{+not+}", "source"), ("raise", "same"), ("[-all-]", "quote"),
        ("fares", "same")]


def _finding(quote: str, source: str, *diffs: Difference) -> Finding:
    claim = Claim("c1", ClaimKind.INLINE, quote, 1, 1, 1, 1 + len(quote))
    match = MatchInfo(source, 0, len(source), None, 1, "", "")
    return Finding(claim, Verdict.ALTERED, 90.0, None, match, diffs)


@pytest.mark.parametrize(("quote", "source", "diff", "expected"), [
    ("residents support only the plan", "residents support the plan",
     Difference("word_added", "only", ""), 'added "only" (source: "support the")'),
    ("Senator Diaz said no", "Senator Ruiz said no",
     Difference("name_changed", "Diaz", "Ruiz"), 'changed "Ruiz said" → "Diaz said"'),
    ("fares rose by two", "fares rose by three",
     Difference("number_changed", "two", "three"), 'changed "by three" → "by two"'),
    ("we will … raise fares", "we will not raise fares",
     Difference("elision", "...", "not", "5 characters omitted"),
     '"…" leaves out "not" (5 characters)'),
    ("[He] said", "Senator Ruiz said", Difference("insertion", "[He]", "Senator Ruiz"),
     '"[He]" stands for "Senator Ruiz"'),
    ("Residents support it", "Most residents support it", Difference("elision", "", "Most"),
     'leaves out the opening "Most"'),
    ("the plan", "The Plan", Difference("case", "the plan", "The Plan"),
     'case: "the plan" (source: "The Plan")'),
    ("the rest from the levy—that is what", "the rest from the levy -- that is what",
     Difference("typography", "the rest from the levy—that is what",
                "the rest from the levy -- that is what"),
     'typography: "the levy—that is" (source: "the levy -- that is")'),
    ("[He] said no", "Senator Ruiz said no",
     Difference("bracket", "[He]", "Senator Ruiz", "the bracket names someone else"),
     '"[He]" stands for "Senator Ruiz" (the bracket names someone else)'),
    ("The plan works", "Not because the plan works",
     Difference("truncation", "", "Not because", "the source's sentence begins earlier"),
     "cut short: the source's sentence begins earlier"),
    ("the rnodern plan", "the modern plan",
     Difference("ocr", "rnodern", "modern", "the scan may be misread"),
     'ocr: "rnodern" (source: "modern"), the scan may be misread'),
    ("the bus", "a bus", Difference("word_changed", "the", "a", "article"),
     'changed "a bus" → "the bus" (article)'),
    ("a … b", "b x a", Difference("order", "", "segments out of order or far apart"),
     "pieces out of order or far apart"),
])
def test_each_kind_in_plain_words(quote: str, source: str, diff: Difference,
                                  expected: str) -> None:
    assert differences_text(_finding(quote, source, diff)) == [expected]


def test_not_found_is_never_silent() -> None:
    claim = Claim("c1", ClaimKind.INLINE, "never said", 1, 1, 1, 11)
    assert differences_text(Finding(claim, Verdict.NOT_FOUND)) == ["not in the source"]


def test_without_a_match_the_words_alone() -> None:
    claim = Claim("c1", ClaimKind.INLINE, "fares rose by two", 1, 1, 1, 18)
    finding = Finding(claim, Verdict.ALTERED, None, None, None,
                      (Difference("number_changed", "two", "three"),
                       Difference("negation", "", "not")))
    assert differences_text(finding) == ['changed "three" → "two"', 'dropped "not"']


def test_not_found_shows_the_nearest_passage_when_there_is_one() -> None:
    claim = Claim("c1", ClaimKind.INLINE, "never said", 1, 1, 1, 11)
    nearest = Nearest("we  never\nsaid that", 0, 18, 4, None, 71.0, ("never", "said"))
    finding = Finding(claim, Verdict.NOT_FOUND, nearest=nearest)
    assert differences_text(finding) == [
        "not in the source",
        'nearest passage (line 4, score 71): “we never said that”; in common: never, said']


KINDS = ["negation", "number_changed", "name_changed", "word_changed", "word_added",
         "word_dropped", "elision", "insertion", "order", "case", "punctuation",
         "hyphenation", "typography", "bracket", "truncation", "ocr"]
words = st.text(alphabet="ab not$3.1\n\t,", max_size=30)


@settings(max_examples=300, deadline=None)
@given(kind=st.sampled_from(KINDS), quote=words, source=words, dq=words, ds=words,
       detail=st.one_of(st.none(), words), matched=st.booleans())
def test_any_difference_is_one_short_line(kind: str, quote: str, source: str, dq: str,
                                          ds: str, detail: str | None,
                                          matched: bool) -> None:
    finding = _finding(quote, source, Difference(kind, dq, ds, detail))
    if not matched:
        finding = Finding(finding.claim, Verdict.ALTERED, None, None, None,
                          finding.differences)
    (line,) = differences_text(finding)
    assert "\n" not in line and "\t" not in line and 0 < len(line) < 200
