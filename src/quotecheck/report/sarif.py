"""``--format sarif``: SARIF 2.1.0, for code-scanning dashboards.

A rule per verdict worth reporting; results carry 1-based regions in the article and
``partialFingerprints`` from (path, normalised quote, source), so that a claim keeps its
identity when lines move.
"""

from __future__ import annotations

import json
from typing import Any

from quotecheck.cli.policy import Policy
from quotecheck.models import Report, Verdict
from quotecheck.report.common import fingerprint, located_message
from quotecheck.report.registry import RenderOptions, register

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
RULES: dict[Verdict, str] = {
    Verdict.ALTERED: "The quote is in the source, but its words differ in a way that can "
                     "change the meaning.",
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


def _result(path: str, finding: Any, policy: Policy) -> dict[str, Any]:
    c = finding.claim
    location: dict[str, Any] = {"artifactLocation": {"uri": path.replace("\\\\", "/")}}
    if c.paragraph is None:  # a Word or web article has no lines: the message says where
        location["region"] = {"startLine": c.line, "startColumn": c.column,
                              "endLine": c.end_line, "endColumn": c.end_column}
    return {
        "ruleId": f"quotecheck/{finding.verdict.value}",
        "ruleIndex": list(RULES).index(finding.verdict),
        "level": policy.severity(finding),
        "message": {"text": located_message(finding)},
        "locations": [{"physicalLocation": location}],
        "partialFingerprints": {"quotecheck/v1": fingerprint(path, finding)},
    }


@register("sarif")
def render_sarif(report: Report, options: RenderOptions) -> str:
    """One SARIF log with one run."""
    results = [
        _result(a.path, f, options.policy)
        for a in report.articles for f in a.findings if f.verdict in RULES
    ]
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
