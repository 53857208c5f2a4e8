"""The report's shallow dataclass conversion gives what ``dataclasses.asdict`` gives."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from quotecheck.cli.inputs import collect_inputs
from quotecheck.pipeline import run_verify
from quotecheck.report.serialize import asdict
from quotecheck.settings import CheckSettings

DEMO = Path(__file__).resolve().parents[2] / "fixtures" / "demo" / "article.md"


def test_same_as_dataclasses_asdict_on_every_part_of_the_demo_report() -> None:
    report = run_verify(collect_inputs([str(DEMO)]), CheckSettings())
    parts = [part for finding in report.findings()
             for part in (finding.claim, finding.source, finding.match, finding.nearest,
                          finding.cited_source, *finding.differences) if part is not None]
    assert len(parts) > 30
    for part in parts:
        assert asdict(part) == dataclasses.asdict(part), type(part).__name__
