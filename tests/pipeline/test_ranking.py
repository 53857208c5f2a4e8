"""The ranking module: which candidate source gives a claim's finding, by tie strength."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from quotecheck.articles import parse_article
from quotecheck.cli.policy import Policy
from quotecheck.errors import ExitCode
from quotecheck.extract import extract_claims
from quotecheck.findings import ArticleResult, Finding, Report
from quotecheck.models import Claim, ClaimKind, SourceText, Verdict
from quotecheck.pipeline.ranking import check_claim
from quotecheck.pipeline.store import SourceStore
from quotecheck.report.common import differences_text
from quotecheck.settings import MatchSettings
from quotecheck.sources.resolve import ClaimSources, SourceRef

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "attribution"
QUOTE = "Every route we run tonight will still run next winter"
PAGES = {
    "minutes": "The board approved the winter timetable and asked for a report on costs.",
    "release": f"The chair said: “{QUOTE}.” The timetable follows next week.",
    "lookalike": "The chair said: “Every route we run tonight will still run next summer.”",
    "other": "A page about something else entirely, the harbour and its ferries.",
}


def _store(pages: dict[str, str]) -> SourceStore:
    def read(ref: SourceRef) -> SourceText:
        if ref.location not in pages:
            return SourceText(ref.ref, error="HTTP 404 Not Found")
        return SourceText(ref.ref, text=pages[ref.location], layer="text")

    return SourceStore(read)


def _ref(name: str) -> SourceRef:
    return SourceRef(f"{name}.html", name, is_url=False)


def _claim(quote: str = QUOTE, speaker: str | None = None) -> Claim:
    return Claim("c1", ClaimKind.INLINE, quote, 1, 1, 1, 2, speaker=speaker)


def _check(sources: ClaimSources, claim: Claim | None = None,
           pages: dict[str, str] | None = None) -> Finding:
    return check_claim(claim or _claim(), sources, _store(PAGES if pages is None else pages),
                       MatchSettings())


def test_a_strong_tie_that_has_the_words_gives_the_verdict() -> None:
    found = _check(ClaimSources(cited=(_ref("release"),), others=(_ref("minutes"),)))
    assert (found.verdict, found.tie, found.source_cited) == (Verdict.EXACT, "strong", True)
    assert found.source is not None and found.source.ref == "release.html"


def test_cited_source_read_without_the_words_is_misattributed() -> None:
    found = _check(ClaimSources(cited=(_ref("minutes"),), others=(_ref("release"),)))
    assert found.verdict is Verdict.MISATTRIBUTED
    assert found.source is not None and found.source.ref == "release.html"
    assert found.cited_source is not None and found.cited_source.ref == "minutes.html"
    assert differences_text(found)[0] == "source: cited minutes.html, found in release.html"


def test_cited_source_unreadable_keeps_the_found_verdict_and_is_incomplete() -> None:
    found = _check(ClaimSources(cited=(_ref("gone"),), others=(_ref("release"),)))
    assert found.verdict is Verdict.EXACT
    assert found.cited_source is not None and found.cited_source.error == "HTTP 404 Not Found"
    assert found.differences[0].kind == "source"
    report = Report((ArticleResult("a.md", (found,)),))
    assert Policy().exit_code(report) is ExitCode.INCOMPLETE
    assert Policy().severity(found) == "warning"


def test_a_changed_lookalike_never_stands_in_for_an_unreadable_cited_source() -> None:
    found = _check(ClaimSources(cited=(_ref("gone"),), others=(_ref("lookalike"),)))
    assert found.verdict is Verdict.UNAVAILABLE
    assert found.source is not None and found.source.error == "HTTP 404 Not Found"


def test_strong_tie_read_and_lacking_with_nothing_elsewhere_is_not_found() -> None:
    found = _check(ClaimSources(cited=(_ref("minutes"),), others=(_ref("other"),)))
    assert found.verdict is Verdict.NOT_FOUND
    assert found.source is not None and found.source.ref == "minutes.html"


def test_listed_sources_lacking_the_words_let_another_link_give_the_verdict() -> None:
    found = _check(ClaimSources(listed=(_ref("minutes"),), others=(_ref("release"),)))
    assert (found.verdict, found.source_cited) == (Verdict.EXACT, False)
    assert found.cited_source is None


@pytest.mark.parametrize("tie", ["weak", "none"])
def test_an_uncited_quote_found_elsewhere_keeps_its_verdict(tie: str) -> None:
    refs = (_ref("other"), _ref("lookalike"))
    sources = (ClaimSources(nearby=refs[:1], others=refs[1:]) if tie == "weak"
               else ClaimSources(others=refs))
    found = _check(sources)
    assert (found.verdict, found.tie, found.source_cited) == (Verdict.ALTERED, tie, False)


@pytest.mark.parametrize("tie", ["weak", "none"])
def test_an_uncited_quote_nowhere_is_no_source_never_not_found(tie: str) -> None:
    refs = (_ref("other"), _ref("minutes"), _ref("gone"))
    sources = (ClaimSources(nearby=refs[:1], others=refs[1:]) if tie == "weak"
               else ClaimSources(others=refs))
    found = _check(sources)
    assert found.verdict is Verdict.NO_SOURCE
    assert found.note == ("not in any of the article's 2 readable sources; none is cited for it"
                          " (1 could not be read)")


def test_nothing_at_all_ties_the_claim() -> None:
    assert _check(ClaimSources()).verdict is Verdict.NO_SOURCE


def test_skipped_claims_are_not_looked_for() -> None:
    claim = Claim("c1", ClaimKind.INLINE, QUOTE, 1, 1, 1, 2, skipped="inside quotecheck-disable")
    assert _check(ClaimSources(cited=(_ref("release"),)), claim).verdict is Verdict.SKIPPED


# A transcript with four speakers, and an article crediting some lines rightly, some wrongly.
_TURN = re.compile(r"^(?P<name>[A-Z][A-Z .'-]+):", re.MULTILINE)


def _transcript() -> SourceText:
    """The fixture transcript with its speakers marked, as a source that knows them."""
    text = (FIXTURES / "hearing-transcript.txt").read_text(encoding="utf-8")
    turns = tuple((m.start(), m.group("name").title()) for m in _TURN.finditer(text))
    return SourceText("hearing-transcript.txt", text=text, layer="text", speakers=turns)


def _transcript_findings() -> list[Finding]:
    article = parse_article(str(FIXTURES / "ferry-levy.md"),
                            (FIXTURES / "ferry-levy.md").read_text(encoding="utf-8"))
    source = _transcript()
    store = SourceStore(lambda ref: source)
    sources = ClaimSources(cited=(SourceRef("hearing-transcript.txt", "t", is_url=False),))
    return [check_claim(c, sources, store, MatchSettings()) for c in extract_claims(article)]


def test_transcript_lines_credited_to_the_wrong_speaker_are_misattributed() -> None:
    findings = _transcript_findings()
    assert len(_TURN.findall(_transcript().text)) >= 4
    assert [f.verdict for f in findings] == [
        Verdict.EXACT, Verdict.MISATTRIBUTED, Verdict.EXACT, Verdict.MISATTRIBUTED,
        Verdict.ALTERED]
    wrong = findings[1]
    assert wrong.match is not None and wrong.match.speaker == "Councillor Peter Okafor"
    assert wrong.claim.speaker is not None and wrong.claim.speaker.endswith("Vance")
    assert differences_text(wrong)[0] == (f'speaker: the article says "{wrong.claim.speaker}", '
                                          'the source says "Councillor Peter Okafor"')
    assert findings[3].differences[0].source == "Chair Margot Delacroix"
    assert "speaker" not in {d.kind for d in findings[4].differences}  # words win


def test_an_unknown_speaker_on_either_side_is_no_verdict() -> None:
    text = PAGES["release"]
    store = SourceStore(lambda ref: SourceText("r", text=text, speakers=((0, "Rosa Lind"),)))
    sources = ClaimSources(cited=(_ref("release"),))
    for speaker in (None, "she", "the board"):
        found = check_claim(_claim(speaker=speaker), sources, store, MatchSettings())
        assert found.verdict is Verdict.EXACT


def test_a_speaker_guessed_from_a_pronoun_is_no_evidence() -> None:
    text = PAGES["release"]
    store = SourceStore(lambda ref: SourceText("r", text=text, speakers=((0, "Rosa Lind"),)))
    sources = ClaimSources(cited=(_ref("release"),))
    named = check_claim(_claim(speaker="Ben Okafor"), sources, store, MatchSettings())
    guessed = check_claim(replace(_claim(speaker="Ben Okafor"), speaker_inferred=True), sources,
                          store, MatchSettings())
    assert (named.verdict, guessed.verdict) == (Verdict.MISATTRIBUTED, Verdict.EXACT)
