"""Baselines: the failing claims a repository has accepted for now, by fingerprint, so
that edits elsewhere in an article (which move lines) do not bring them back."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from quotecheck.errors import ConfigError
from quotecheck.limits import baseline_bytes, baseline_fingerprints
from quotecheck.models import ArticleResult, Report
from quotecheck.report.common import fingerprint

SCHEMA = "quotecheck-baseline/v1"
NOTE = "accepted in the baseline"


def baseline_dict(report: Report) -> dict[str, Any]:
    """The failing claims of ``report``, as a baseline file's content."""
    entries = [
        {"fingerprint": fingerprint(a.path, f), "path": a.path, "quote": f.claim.quote,
         "verdict": f.verdict.value if f.verdict else None}
        for a in report.articles for f in a.findings if f.verdict in report.fail_on
    ]
    return {"schema": SCHEMA, "claims": entries}


def write_baseline(report: Report, path: Path) -> int:
    """Write the baseline of ``report`` to ``path``; how many claims it holds."""
    data = baseline_dict(report)
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


def apply_baseline(report: Report, known: frozenset[str]) -> Report:
    """``report`` with its failing claims that the baseline knows marked as accepted."""
    articles = []
    for article in report.articles:
        findings = tuple(
            replace(f, baselined=True, note=f.note or NOTE)
            if f.verdict in report.fail_on and fingerprint(article.path, f) in known else f
            for f in article.findings
        )
        articles.append(ArticleResult(article.path, findings))
    return replace(report, articles=tuple(articles))
