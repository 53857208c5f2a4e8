"""What is not a finding (boilerplate, common phrases, text quoted elsewhere), and the
attribution cue looked for next to a copy."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from quotecheck.cli.inputs import collect_inputs
from quotecheck.findings import Finding
from quotecheck.match.boilerplate import boilerplate_reason
from quotecheck.models import ClaimKind
from quotecheck.pipeline import run_verify
from quotecheck.pipeline.unmarked import attribution_cue
from quotecheck.settings import CheckSettings, CopySettings

PROSE = ("Crews repaired 412 breaks in twelve months, but the backlog of reported leaks grew "
         "every quarter because the authority kept only four repair teams on duty at night.")


@pytest.mark.parametrize("text", [
    "Section 552(b)(5) of the Freedom of Information Act, 5 U.S.C. § 552(b)(5), as amended by "
    "the FOIA Improvement Act of 2016, Pub. L. No. 114-185, 130 Stat. 538",
    "Executive Order 14058, Transforming Federal Customer Experience and Service Delivery to "
    "Rebuild Trust in Government",
    "Monday, January 4, 2016, at 10 a.m. Eastern Time in Room 2128 of the Rayburn House Office "
    "Building",
])
def test_names_titles_dates_and_citations_are_boilerplate(text: str) -> None:
    assert boilerplate_reason(text, 1, 12) == "mostly names, titles, figures, dates or citations"


def test_prose_is_not_boilerplate_unless_repeated_or_formulaic() -> None:
    assert boilerplate_reason(PROSE, 1, 12) is None
    assert boilerplate_reason(PROSE, 3, 12) == "repeated 3 times in the source"
    formula = "The views expressed in this report are those of the auditors alone, not the board"
    assert boilerplate_reason(formula, 1, 12) == "a formulaic sentence"
    assert boilerplate_reason(formula + " " + PROSE, 1, 12) is None  # long enough to matter


@pytest.mark.parametrize(("text", "cue"), [
    (f"The problem is old pipes, the audit says. {PROSE}", "the audit says"),
    (f"{PROSE[:-1]}, the report states.", "the report states"),
    (f"According to the county auditor, {PROSE}", "According to"),
    (f"Leaks are common, as the Fenwick Gazette reported. {PROSE}",
     "as the Fenwick Gazette reported"),
    (f"The board meets in May. {PROSE}", None),
    (f"Our reporter said so long ago. The board meets in May. {PROSE}", None),
])
def test_attribution_cue_in_the_same_or_previous_sentence(text: str, cue: str | None) -> None:
    start = text.index("Crews")
    assert attribution_cue(text, start, start + len(PROSE) - 1) == cue


def _unmarked(tmp_path: Path, article: str) -> list[Finding]:
    (tmp_path / "audit.txt").write_text(f"Header.\n\n{PROSE}\n\nFooter.\n")
    path = tmp_path / "story.md"
    path.write_text(f"---\nsources:\n  - audit.txt\n---\n\n{article}\n")
    settings = CheckSettings(copies=CopySettings(enabled=True))
    return [f for f in run_verify(collect_inputs([str(path)]), settings).findings()
            if f.claim.kind is ClaimKind.UNMARKED]


def test_text_the_article_quotes_elsewhere_is_not_a_finding(tmp_path: Path) -> None:
    assert len(_unmarked(tmp_path, f"Our words.\n\n{PROSE}")) == 1
    quoted = f"The audit says: “{PROSE}”\n\nIn short: {PROSE}"
    assert _unmarked(tmp_path, quoted) == []


def test_a_disabled_article_is_not_searched(tmp_path: Path) -> None:
    found = _unmarked(tmp_path, f"Our words.\n\n{PROSE}")
    assert found and found[0].copy is not None and found[0].copy.words == 28
    (tmp_path / "audit.txt").unlink()
    path = tmp_path / "story.md"
    (tmp_path / "audit.txt").write_text(f"Header.\n\n{PROSE}\n")
    path.write_text(f"---\nquotecheck: false\nsources:\n  - audit.txt\n---\n\n{PROSE}\n")
    settings = CheckSettings(copies=CopySettings(enabled=True))
    assert not any(f.claim.kind is ClaimKind.UNMARKED
                   for f in run_verify(collect_inputs([str(path)]), settings).findings())


def test_changed_since_keeps_only_copies_on_changed_lines(tmp_path: Path) -> None:
    (tmp_path / "audit.txt").write_text(f"Header.\n\n{PROSE}\n\nFooter.\n")
    path = tmp_path / "story.md"
    path.write_text(f"---\nsources:\n  - audit.txt\n---\n\nOur words.\n\n{PROSE}\n")
    settings = CheckSettings(copies=CopySettings(enabled=True))
    [item] = collect_inputs([str(path)])

    def unmarked(lines: frozenset[int]) -> list[int]:
        report = run_verify([replace(item, lines=lines)], settings)
        return [f.claim.line for f in report.findings() if f.claim.kind is ClaimKind.UNMARKED]

    assert unmarked(frozenset({8})) == [8]
    assert unmarked(frozenset({6})) == []


def test_a_disabled_region_is_not_searched(tmp_path: Path) -> None:
    article = (f"Our words.\n\n<!-- quotecheck-disable -->\n\n{PROSE}\n\n"
               "<!-- quotecheck-enable -->\n\nMore of our words.")
    assert _unmarked(tmp_path, article) == []
    assert len(_unmarked(tmp_path, article.replace("<!-- quotecheck-disable -->", ""))) == 1
