"""Baseline files: the failing claims a repository has accepted for now, by fingerprint, so
that edits elsewhere in an article (which move lines) do not bring them back. Which claims
a baseline accepts is the policy's business (:meth:`Policy.apply_baseline`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from quotecheck.cli.limits import baseline_bytes, baseline_fingerprints
from quotecheck.cli.policy import Policy, failing_findings
from quotecheck.errors import ConfigError
from quotecheck.findings import Report
from quotecheck.report.common import fingerprint

SCHEMA = "quotecheck-baseline/v1"


def baseline_dict(report: Report, policy: Policy) -> dict[str, Any]:
    """The failing claims of ``report``, as a baseline file's content."""
    entries = [
        {"fingerprint": fingerprint(a.path, f), "path": a.path, "quote": f.claim.quote,
         "verdict": f.verdict.value if f.verdict else None}
        for a, f in failing_findings(report, policy)
    ]
    return {"schema": SCHEMA, "claims": entries}


def write_baseline(report: Report, policy: Policy, path: Path) -> int:
    """Write the baseline of ``report`` to ``path``; how many claims it holds."""
    data = baseline_dict(report, policy)
    try:
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot write the baseline ({exc.strerror or exc})") from None
    return len(data["claims"])


def read_baseline(path: Path) -> frozenset[str]:
    """The fingerprints in the baseline file at ``path``."""
    try:
        data = json.loads(baseline_bytes(path).decode("utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such baseline file "
                          "(create one with 'quotecheck baseline write')") from None
    except (OSError, ValueError, RecursionError) as exc:
        raise ConfigError(f"{path}: not a quotecheck baseline ({str(exc)[:200]})") from None
    return baseline_fingerprints(data, path)
