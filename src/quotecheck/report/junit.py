"""``--format junit``: JUnit XML, one test case per claim, for CI test dashboards."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from quotecheck.cli.policy import Policy
from quotecheck.findings import Finding, Report
from quotecheck.models import Verdict
from quotecheck.report.common import message, shorten, xml_text
from quotecheck.report.registry import RenderOptions, register


def _case(suite: ET.Element, path: str, finding: Finding, policy: Policy) -> str:
    c = finding.claim
    case = ET.SubElement(suite, "testcase", classname=xml_text(path),
                         name=xml_text(f"{c.id} {c.line}:{c.column} {shorten(c.quote, 60)}"))
    text = xml_text(message(finding))
    verdict = finding.verdict
    if policy.fails(finding):
        failure = ET.SubElement(case, "failure", message=text,
                                type=verdict.value if verdict else "claim")
        failure.text = text
        return "failure"
    if verdict is Verdict.UNAVAILABLE:
        ET.SubElement(case, "error", message=text, type="unavailable")
        return "error"
    if verdict in (Verdict.SKIPPED, Verdict.NO_SOURCE) or verdict is None:
        ET.SubElement(case, "skipped", message=text)
        return "skipped"
    return "passed"


@register("junit")
def render_junit(report: Report, options: RenderOptions) -> str:
    """A ``<testsuite>`` per article and a ``<testcase>`` per claim."""
    root = ET.Element("testsuites", name="quotecheck")
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for article in report.articles:
        suite = ET.SubElement(root, "testsuite", name=xml_text(article.path))
        outcomes = [_case(suite, article.path, f, options.policy) for f in article.findings]
        counts = {"tests": len(outcomes), "failures": outcomes.count("failure"),
                  "errors": outcomes.count("error"), "skipped": outcomes.count("skipped")}
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
    for key, value in totals.items():
        root.set(key, str(value))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"
