"""``--format sarif``: SARIF 2.1.0, for code-scanning dashboards.

A rule per verdict worth reporting; results carry 1-based regions in the article and
``partialFingerprints`` from (path, normalised quote, source), so that a claim keeps its
identity when lines move.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import Any

from quotecheck.cli.policy import Policy
from quotecheck.findings import Finding, Report
from quotecheck.models import Verdict
from quotecheck.report.common import fingerprint, located_message
from quotecheck.report.registry import RenderOptions, register

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
RULES: dict[Verdict, str] = {
    Verdict.ALTERED: "The quote is in the source, but its words differ in a way that can "
                     "change the meaning.",
    Verdict.MISATTRIBUTED: "The words are faithful, but the source credits them to someone "
                           "else, or only a source other than the cited one has them.",
    Verdict.NOT_FOUND: "The source was read and the quote is not in it.",
    Verdict.MINOR: "The quote differs from the source in a few small words.",
    Verdict.UNAVAILABLE: "The quote's source could not be read.",
    Verdict.NO_SOURCE: "Nothing ties the quote to a source.",
    Verdict.COPIED: "Article prose repeats a source word for word without quotation marks.",
}


def _rules() -> list[dict[str, Any]]:
    return [
        {"id": f"quotecheck/{verdict.value}", "name": verdict.value,
         "shortDescription": {"text": text},
         "helpUri": "https://quotecheck.invalid/docs#verdicts"}
        for verdict, text in RULES.items()
    ]


def region(finding: Finding) -> dict[str, int]:
    """The claim's 1-based region, never zero-width (an empty span covers one column)."""
    c = finding.claim
    end_line, end_column = c.end_line, c.end_column
    if (end_line, end_column) <= (c.line, c.column):
        end_line, end_column = c.line, c.column + 1
    return {"startLine": c.line, "startColumn": c.column, "endLine": end_line,
            "endColumn": end_column}


def location(path: str, finding: Finding) -> dict[str, Any]:
    """Where the claim is: the article, and its region when the article has lines (a Word
    or web article's message says which paragraph)."""
    place: dict[str, Any] = {"artifactLocation": {"uri": path.replace("\\\\", "/")}}
    if finding.claim.paragraph is None:
        place["region"] = region(finding)
    return place


def unique_fingerprints(pairs: list[tuple[str, Finding]]) -> list[str]:
    """One fingerprint per claim: the same quote twice in an article (same source) gets
    its occurrence number folded in from the second time on."""
    seen: Counter[str] = Counter()
    out = []
    for path, finding in pairs:
        base = fingerprint(path, finding)
        seen[base] += 1
        n = seen[base]
        out.append(base if n == 1 else hashlib.sha256(f"{base}\0{n}".encode()).hexdigest())
    return out


def _result(path: str, finding: Finding, policy: Policy, print_: str) -> dict[str, Any]:
    assert finding.verdict is not None
    return {
        "ruleId": f"quotecheck/{finding.verdict.value}",
        "ruleIndex": list(RULES).index(finding.verdict),
        "level": policy.severity(finding),
        "message": {"text": located_message(finding)},
        "locations": [{"physicalLocation": location(path, finding)}],
        "partialFingerprints": {"quotecheck/v1": print_},
    }


@register("sarif")
def render_sarif(report: Report, options: RenderOptions) -> str:
    """One SARIF log with one run."""
    pairs = [(a.path, f) for a in report.articles for f in a.findings if f.verdict in RULES]
    results = [_result(path, f, options.policy, print_)
               for (path, f), print_ in zip(pairs, unique_fingerprints(pairs), strict=True)]
    log = {
        "$schema": SCHEMA, "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "quotecheck", "version": report.tool_version,
                                "informationUri": "https://quotecheck.invalid/",
                                "rules": _rules()}},
            "results": results,
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
