"""``--format json``: the design's JSON contract, one object."""

from __future__ import annotations

import json

from quotecheck.findings import Report
from quotecheck.report.registry import RenderOptions, register
from quotecheck.report.serialize import report_dict


@register("json")
def render_json(report: Report, options: RenderOptions) -> str:
    """The report as one JSON object (see ``quotecheck-v1.schema.json``), indented by two
    spaces; orjson writes the same text as the standard library, many times faster."""
    data = report_dict(report, options.prepared)
    try:
        import orjson
    except ImportError:  # pragma: no cover - orjson is a dependency
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return orjson.dumps(data, option=orjson.OPT_INDENT_2).decode() + "\n"
