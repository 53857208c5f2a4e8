"""``--format jsonl``: one JSON object per claim (the contract's claim, with its path)."""

from __future__ import annotations

import json

from quotecheck.findings import Report
from quotecheck.report.registry import RenderOptions, register
from quotecheck.report.serialize import claim_dict


@register("jsonl")
def render_jsonl(report: Report, options: RenderOptions) -> str:
    """A line per claim: ``{"path": …, "id": …, "verdict": …, …}``."""
    claim = options.prepared.claim if options.prepared is not None else claim_dict
    lines = [
        json.dumps({"path": a.path, **claim(f, report.verified)}, ensure_ascii=False)
        for a in report.articles
        for f in a.findings
    ]
    return "\n".join(lines) + ("\n" if lines else "")
