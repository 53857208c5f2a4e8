"""The JSON contract (``quotecheck/v1``): reports as plain dictionaries."""

from __future__ import annotations

from collections import Counter
from dataclasses import fields, is_dataclass
from typing import Any

from quotecheck.findings import ArticleResult, Finding, Report
from quotecheck.report.wording import describe

SCHEMA_ID = "quotecheck/v1"


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
#: types of values that are never a dataclass nor hold one
_PLAIN = frozenset({str, int, float, bool, type(None)})


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


def asdict(obj: Any) -> dict[str, Any]:
    """A frozen dataclass as a dictionary, as ``dataclasses.asdict`` gives it (nested
    dataclasses and tuples of them converted) without its deep copy of
    every value: the values are immutable, and the copy was a third of a big report's
    rendering time."""
    out = {}
    for name in _field_names(type(obj)):
        value = getattr(obj, name)
        if type(value) in _PLAIN:  # most values: nothing to convert, no check needed
            pass
        elif is_dataclass(value):
            value = asdict(value)
        elif isinstance(value, (tuple, list)) and any(map(is_dataclass, value)):
            value = type(value)(asdict(item) if is_dataclass(item) else item for item in value)
        out[name] = value
    return out


def claim_dict(finding: Finding, verified: bool) -> dict[str, Any]:
    """One claim of the contract; verification fields only when ``verified``."""
    c = finding.claim
    data: dict[str, Any] = {
        "id": c.id, "kind": c.kind.value, "quote": c.quote,
        "line": c.line, "column": c.column, "end_line": c.end_line, "end_column": c.end_column,
        "speaker": c.speaker, "cue": c.cue,
        "speaker_at": asdict(c.speaker_at) if c.speaker_at else None,
        "speaker_inferred": c.speaker_inferred,
        "speaker_refers_to": c.speaker_refers_to,
        "post": asdict(c.post) if c.post else None,
        "cited": list(c.cited),
        "flags": [*c.flags, "skipped"] if c.skipped else list(c.flags),
        "quotation": c.quotation, "why": c.why,
    }
    if c.paragraph is not None:  # Word and web articles: where the quote is in the text
        data.update({"paragraph": c.paragraph, "offset": c.offset})
    if verified:
        data.update({
            "verdict": finding.verdict.value if finding.verdict else None,
            "score": finding.score,
            "source": asdict(finding.source) if finding.source else None,
            "tie": finding.tie,
            "source_cited": finding.source_cited,
            "cited_source": asdict(finding.cited_source) if finding.cited_source else None,
            "match": asdict(finding.match) if finding.match else None,
            "differences": [{**asdict(d), "text": describe(d, finding)}
                            for d in finding.differences],
            "note": finding.note,
            "baselined": finding.baselined,
            "nearest": asdict(finding.nearest) if finding.nearest else None,
        })
        if finding.copy is not None:
            data["copy"] = asdict(finding.copy)
    return data


class PreparedClaims:
    """Claims of the contract made while the run goes on, as each article's result comes
    in (with ``--jobs``, the main process makes them while its workers still check), so
    that the report is written sooner at the end; by finding (a finding changed since,
    e.g. by a baseline, is made again)."""

    def __init__(self) -> None:
        self._made: dict[int, tuple[Finding, dict[str, Any]]] = {}

    def add(self, result: ArticleResult) -> None:
        """Make the claims of one article's result (a verification's)."""
        for finding in result.findings:
            self._made[id(finding)] = (finding, claim_dict(finding, True))

    def claim(self, finding: Finding, verified: bool) -> dict[str, Any]:
        """``claim_dict(finding, verified)``, made already if it was."""
        made = self._made.get(id(finding))
        if made is not None and made[0] is finding and verified:
            return made[1]
        return claim_dict(finding, verified)


def report_dict(report: Report, prepared: PreparedClaims | None = None) -> dict[str, Any]:
    """The whole report as the contract's top-level object (its claims taken from
    ``prepared`` where they were made already)."""
    claim = prepared.claim if prepared is not None else claim_dict
    findings = report.findings()
    summary: dict[str, Any] = {"claims": len(findings), "complete": report.complete}
    left_out = sum(a.left_out for a in report.articles)
    if left_out:
        summary["left_out"] = left_out
    if report.verified:
        counts = Counter(f.verdict.value for f in findings if f.verdict)
        summary["by_verdict"] = dict(sorted(counts.items()))
    return {
        "schema": SCHEMA_ID,
        "tool": {"name": "quotecheck", "version": report.tool_version},
        "articles": [
            {"path": a.path, "claims": [claim(f, report.verified) for f in a.findings],
             **({"problems": list(a.problems)} if a.problems else {})}
            for a in report.articles
        ],
        "summary": summary,
    }
