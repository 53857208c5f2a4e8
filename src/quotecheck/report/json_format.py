"""``--format json``: the design's JSON contract, one object."""

from __future__ import annotations

import json

from quotecheck.models import Report
from quotecheck.report.registry import RenderOptions, register
from quotecheck.report.serialize import report_dict


@register("json")
def render_json(report: Report, options: RenderOptions) -> str:
    """The report as one JSON object (see ``quotecheck-v1.schema.json``)."""
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n"
