"""Front matter and output safety on real articles (the DigitalGov posts and the PolNeAR
news in ../shared/corpus): how many front-matter dates and source lists are read by the YAML
parser against the former regex reader (kept below as the baseline), the time of each, and
whether any format lets a control character or a workflow-command line through.

Run: .venv/bin/python bench/reports.py
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.match.evaluate import _pdf_text
from tests.match.labelled import CHANGED, LabelledSet, build_core
from tests.match.real_texts import build_real

from quotecheck.articles import parse_article
from quotecheck.articles.frontmatter import split_front_matter
from quotecheck.extract import extract_claims
from quotecheck.findings import ArticleResult, Finding, MatchInfo, Report
from quotecheck.match import SourceIndex, match_quote
from quotecheck.models import Claim, ClaimKind
from quotecheck.report import RenderOptions, render
from quotecheck.report.registry import FORMAT_NAMES
from quotecheck.report.wording import _locate, describe
from quotecheck.verdict import judge

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

# the former reader (regular expressions), the baseline
_FENCE = re.compile(r"\A---[ \t]*\r?\n(?P<body>[\s\S]*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)",
                    re.MULTILINE)
_DATE = re.compile(r"^date:[ \t]*[\"']?(?P<date>\d{4}-\d{2}-\d{2})", re.MULTILINE)
_LIST = re.compile(r"^sources:", re.MULTILINE)


def regex_date(raw: str) -> str | None:
    """The date the former regex reader found."""
    m = _FENCE.match(raw)
    d = _DATE.search(m.group("body")) if m else None
    return d.group("date") if d else None


def timed(fn: object, items: list[str]) -> tuple[list[object], float]:
    """The results of ``fn`` over ``items`` and the median seconds per item."""
    results, times = [], []
    for item in items:
        start = time.perf_counter()
        results.append(fn(item))  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return results, statistics.median(times)


def front_matter(posts: list[Path]) -> None:
    """Dates read by both readers, and their speed."""
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in posts]
    fenced = sum(1 for t in texts if _FENCE.match(t))
    declared = sum(1 for t in texts if (m := _FENCE.match(t)) and
                   re.search(r"^date:", m.group("body"), re.M))
    new, new_time = timed(lambda t: split_front_matter(t).date, texts)
    old, old_time = timed(regex_date, texts)
    agree = sum(1 for a, b in zip(new, old, strict=True) if a == b and a is not None)
    print(f"posts: {len(texts)}, with front matter: {fenced}, declaring date: {declared}")
    print(f"dates read: yaml {sum(d is not None for d in new)}, regex "
          f"{sum(d is not None for d in old)}, same date where both read one: {agree}")
    print(f"median per post: yaml {new_time * 1e6:.0f} µs, regex {old_time * 1e6:.0f} µs, "
          f"ratio {new_time / old_time:.1f}")


def output_safety(articles: list[Path]) -> None:
    """Extract every article and render every format: count unsafe characters and lines."""
    results = []
    for path in articles:
        article = parse_article(str(path), path.read_text(encoding="utf-8", errors="replace"))
        found = extract_claims(article)
        results.append(ArticleResult(str(path), tuple(Finding(c) for c in found)))
    report = Report(tuple(results), verified=False)
    claims = sum(len(r.findings) for r in results)
    for name in FORMAT_NAMES:
        start = time.perf_counter()
        out = render(name, report, RenderOptions(width=120))
        took = time.perf_counter() - start
        lines = out.splitlines()
        commands = sum(1 for line in lines if line.lstrip().startswith("::"))
        print(f"{name:9s} {claims} claims, {len(lines):6d} lines, {took:5.2f} s, raw control "
              f"characters: {len(RAW.findall(out))}, workflow-command lines: {commands}, "
              f"'##[': {out.count('##[')}")


def wording(part: str) -> None:
    """On the changed quotes of the accuracy gate's labelled set (``core``: generated from
    the gold sources; ``tune`` and ``held_out``: from the real books and court PDFs): how
    often a word-level difference is placed in the source, so that it is printed with the
    source's words around it, and what the descriptions start with."""
    labelled: LabelledSet = build_core() if part == "core" else build_real(part)
    texts = dict(labelled.texts)
    texts.update({name: _pdf_text(path) for name, path in labelled.pdfs.items()})
    indexes = {name: SourceIndex(text) for name, text in texts.items()}
    located = total = 0
    starts: dict[str, int] = {}
    for case in labelled.cases:
        alignment = match_quote(case.quote, indexes[case.source]) if case.label == CHANGED \
            else None
        if alignment is None:
            continue
        claim = Claim("c", ClaimKind.INLINE, case.quote, 1, 1, 1, 1)
        raw = texts[case.source][alignment.start: alignment.end]  # as the report has it
        match = MatchInfo(raw, alignment.start, alignment.end, None, None, "", "")
        verdict, diffs = judge(alignment, case.quote)
        finding = Finding(claim, verdict, None, None, match, tuple(diffs))
        for d in diffs:
            if d.kind in ("negation", "number_changed", "name_changed", "word_changed",
                          "word_added", "word_dropped"):
                total += 1
                located += _locate(d, case.quote, match.text) is not None
            head = describe(d, finding).split(" ", 1)[0]
            head = '"[…]"' if head.startswith('"[') else head
            starts[head] = starts.get(head, 0) + 1
    print(f"{part}: word-level differences {total}, placed in the source {located} "
          f"({located / max(total, 1):.1%}); descriptions start with: "
          + ", ".join(f"{k} {v}" for k, v in sorted(starts.items(), key=lambda kv: -kv[1])))


def main() -> None:
    digitalgov = sorted((CORPUS / "digitalgov" / "news").rglob("*.md"))
    polnear = sorted(p for p in (CORPUS / "polnear").rglob("*") if p.is_file()
                     and p.suffix in (".txt", ".md") and p.name != "README.md")
    if not digitalgov:
        sys.exit(f"no corpus at {CORPUS}")
    print("== front matter, DigitalGov")
    front_matter(digitalgov)
    print("== output safety, extract of DigitalGov and PolNeAR articles in every format")
    output_safety(digitalgov + polnear[:150])
    print("== plain-word differences on the labelled set's changed quotes")
    for part in ("core", "tune", "held_out"):
        wording(part)


if __name__ == "__main__":
    main()
