"""Located or not, and the nearest passage a quote that is not found is shown against."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from quotecheck.match import SourceIndex, match_quote
from quotecheck.match.located import covers
from quotecheck.match.nearest import nearest_in, nearest_passage
from quotecheck.models import SourceText
from quotecheck.textmap import identity_map
from tests.conftest import Run

SOURCE = (
    "“You know my methods,” said he, “my dear Lestrade.” The inspector looked at the state "
    "of the old breakwater. The board voted to set aside $12.5 million for the harbour "
    "next spring, and the mayor agreed."
)


@pytest.mark.parametrize("quote", [
    "Elementary, my dear Lestrade",
    "repair the old breakwater first",
    "put aside more than twelve million dollars",
])
def test_partial_overlaps_are_not_located(quote: str) -> None:
    assert match_quote(quote, SourceIndex(SOURCE)) is None


@pytest.mark.parametrize("quote", [
    "The board voted to set aside $12.6 million",  # a changed number is located: altered
    "The board refused to set aside $12.5 million",
])
def test_changed_quotes_are_still_located(quote: str) -> None:
    assert match_quote(quote, SourceIndex(SOURCE)) is not None


C, F, M = (True, True), (False, True), (True, False)  # content found, small word, missing


@pytest.mark.parametrize(("words", "located"), [
    ([C, F, M, C], True),  # one of three content words changed inside: located (altered)
    ([F, F, M, C, C], True),  # the first content word, after words found: still inside
    ([M, F, C, C], False),  # one of three missing before anything found: an overlap
    ([M, C, C, C], True),  # one of four at the edge: enough
    ([C, C, M, M], False),
    ([F, F], True),
])
def test_covers(words: list[tuple[bool, bool]], located: bool) -> None:
    assert covers(words) is located


def test_nearest_passage_shows_what_the_source_says() -> None:
    index = SourceIndex(SOURCE)
    found = nearest_passage("put aside more than twelve million dollars", index)
    assert found is not None
    start, end, score, shared = found
    assert SOURCE[start:end].startswith("The board voted to set aside $12.5 million")
    assert shared == ("aside", "million") and 0 < score <= 100


def test_nothing_in_common_has_no_nearest() -> None:
    assert nearest_passage("unicorns dance nightly", SourceIndex(SOURCE)) is None


class _Lines:
    def position(self, offset: int) -> tuple[int, int]:
        return SOURCE.count("\n", 0, offset) + 1, 1


def test_nearest_in_gives_line_and_page() -> None:
    text = SourceText("s.txt", text=SOURCE, raw=SOURCE, text_map=identity_map(len(SOURCE)),
                      pages=(0, 90))
    nearest = nearest_in("set aside twelve million", [(SourceIndex(SOURCE), text, _Lines())])
    assert nearest is not None
    assert nearest.line == 1 and nearest.page == 2 and "million" in nearest.shared


def test_not_found_carries_nearest_in_every_format(cli: Callable[..., Run], tmp_path: Path,
                                                   schema: dict[str, Any]) -> None:
    (tmp_path / "minutes.txt").write_text("Intro line.\n" + SOURCE + "\n")
    article = tmp_path / "story.md"
    article.write_text("The board agreed to “put aside more than twelve million dollars” "
                       "([minutes](minutes.txt)).\n")
    run = cli("verify", str(article), "--format", "json")
    data = run.json()
    jsonschema.validate(data, schema)
    claim = data["articles"][0]["claims"][0]
    assert claim["verdict"] == "not_found"
    assert claim["nearest"]["line"] == 2
    assert claim["nearest"]["text"].startswith("The board voted to set aside $12.5 million")
    for fmt in ("markdown", "html"):
        assert "set aside $12.5 million" in cli("verify", str(article), "--format", fmt).stdout
    verbose = cli("verify", str(article), "-v").stdout
    assert "nearest passage (line 2" in verbose and "12.5 million" in verbose
    assert json.dumps(claim["nearest"]["shared"]) == '["aside", "million"]'
