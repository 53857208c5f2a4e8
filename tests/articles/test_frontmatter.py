"""Front matter read with real YAML and TOML parsers: any date form, any list form."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from quotecheck.articles.frontmatter import iso_date, split_front_matter
from tests.conftest import Run


@pytest.mark.parametrize("block", [
    "---\nsources:\n  - a.txt\n  - \"b.html\"\n---\nBody\n",
    "---\nsources: [a.txt, 'b.html']\n---\nBody\n",
    "---\nsources: [\n  a.txt,\n  b.html\n]\n---\nBody\n",       # a flow list over lines
    "---\ntitle: \"A: colon\"\nsources:\n- a.txt\n- b.html\n...\nBody\n",
    "---\nsources:\n  - a.txt # the minutes\n  - b.html\n---\nBody\n",  # comments
    "+++\ntitle = \"x\"\nsources = [\"a.txt\", \"b.html\"]\n+++\nBody\n",   # Hugo TOML
])
def test_sources_in_every_list_form(block: str) -> None:
    front = split_front_matter(block)
    assert front.sources == ("a.txt", "b.html")
    assert block[front.body_start:] == "Body\n"


def test_blank_lines_before_the_fence_are_allowed() -> None:
    raw = '\n \n---\nsummary: "Three teams showcase chatbots."\nsources: a.txt\n---\nBody.\n'
    front = split_front_matter(raw)
    assert front.sources == ("a.txt",) and raw[front.body_start:] == "Body.\n"
    assert split_front_matter("\n+++\nsources = ['b.txt']\n+++\n").sources == ("b.txt",)
    assert split_front_matter("Intro.\n---\nsources: a.txt\n---\n").body_start == 0


def test_a_single_source_and_odd_values() -> None:
    assert split_front_matter("---\nsources: a.txt\n---\n").sources == ("a.txt",)
    odd = "---\nsources: [a.txt, {x: 1}, [b], true, null, 2024]\n---\n"
    assert split_front_matter(odd).sources == ("a.txt", "2024")


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-05-02", "2024-05-02"),
    ("'2024-05-02'", "2024-05-02"),
    ("2024-05-02T10:30:00Z", "2024-05-02"),
    ("2024-05-02 10:30:00 +02:00", "2024-05-02"),
    ("May 2, 2024", "2024-05-02"),
    ("2 May 2024", "2024-05-02"),
    ("Thu, 02 May 2024 10:00:00 GMT", "2024-05-02"),
    ("2024/05/02", "2024-05-02"),
    ("someday", None),
    ("2024-13-45", None),
])
def test_any_date_form(value: str, expected: str | None) -> None:
    assert split_front_matter(f"---\ndate: {value}\n---\n").date == expected


def test_toml_dates_and_the_switch() -> None:
    front = split_front_matter("+++\ndate = 2024-05-02T10:00:00Z\nquotecheck = false\n+++\n")
    assert front.date == "2024-05-02" and front.enabled is False
    assert iso_date("Thu, 02 May 2024") == "2024-05-02"


@pytest.mark.parametrize("value", ["false", "no", "off", "False", "'off'"])
def test_quotecheck_off(value: str) -> None:
    assert split_front_matter(f"---\nquotecheck: {value}\n---\n").enabled is False
    assert split_front_matter("---\nquotecheck: true\n---\n").enabled is True


@pytest.mark.parametrize("block", [
    "---\nsources: [a.txt\n---\nBody\n",             # does not parse
    "---\n- just\n- a list\n---\nBody\n",            # not a mapping
    "---\n!!python/object/apply:os.system ['true']\n---\nBody\n",  # no objects built
    "---\n" + "[" * 5000 + "\n---\nBody\n",          # nesting too deep
])
def test_broken_front_matter_is_no_keys(block: str) -> None:
    front = split_front_matter(block)
    assert front.sources == () and front.enabled and front.date is None
    assert block[front.body_start:] == "Body\n"


def test_alias_bomb_is_never_expanded() -> None:
    bomb = "---\n" + "\n".join(
        [f"l0: &l0 [{', '.join(['x'] * 10)}]"]
        + [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]" for i in range(1, 9)]
        + ["sources: *l8"]) + "\n---\nBody\n"
    front = split_front_matter(bomb)  # 10**9 leaves if walked: it must not be
    assert front.sources == () and front.body_start == bomb.index("Body")


@pytest.mark.parametrize(("block", "kind"), [
    ("---\nsources: [a.txt\n---\nBody\n", "YAML"),
    ("+++\nsources = [\n+++\nBody\n", "TOML"),
    ("---\n" + "[" * 5000 + "\n---\nBody\n", "YAML"),
])
def test_broken_front_matter_says_so(block: str, kind: str) -> None:
    problem = split_front_matter(block).problem
    assert problem is not None and problem.startswith(f"front matter is not valid {kind} (")
    assert "sources" in problem and "\n" not in problem and len(problem) < 250


def test_a_list_or_good_front_matter_is_no_problem() -> None:
    assert split_front_matter("---\n- just\n- a list\n---\nBody\n").problem is None
    assert split_front_matter("---\nsources: a.txt\n---\nBody\n").problem is None


def test_a_broken_front_matter_is_reported_not_lost(cli: Callable[..., Run], tmp_path: Path,
                                                    schema: dict[str, Any]) -> None:
    """The user hears that the listed sources were not read, on stderr and in the JSON."""
    (tmp_path / "a.md").write_text("---\nsources: [minutes.txt\n---\n"
                                   'The mayor said: "we will open the pool in June".\n')
    for command in ("extract", "verify"):
        run = cli(command, str(tmp_path / "a.md"), "-f", "json", "--root", str(tmp_path)
                  ) if command == "verify" else cli(command, str(tmp_path / "a.md"), "-f", "json")
        jsonschema.validate(run.json(), schema)
        problems = run.json()["articles"][0]["problems"]
        assert len(problems) == 1 and "not valid YAML" in problems[0]
        assert "a.md: front matter is not valid YAML" in run.stderr
