"""Hostile text in article quotes, file names and source text never escapes into the output:
no escape code reaches a terminal, nothing is read as Rich markup, no line can start a GitHub
workflow command, Markdown tables keep their shape, JUnit stays valid XML — in every format."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from quotecheck.cli.inputs import collect_inputs
from quotecheck.cli.progress import article_progress
from quotecheck.findings import ArticleResult, Report
from quotecheck.pipeline import run_verify
from quotecheck.report import RenderOptions, render
from quotecheck.report.registry import FORMAT_NAMES
from quotecheck.report.sanitize import (
    github_data,
    markdown_cell,
    markdown_code,
    markdown_url,
    no_workflow_commands,
    visible,
    xml_text,
)
from quotecheck.settings import CheckSettings
from tests.conftest import Run

ARTICLE_NAME = "notes [draft] |`x`\n::add-mask::hunter2 \x1b[31m.md"
SOURCE_NAME = "odd [bold] <i>\x1b]0;t\x07 ::error::x.txt"
SOURCE = (
    "Preface \x1b]0;pwned\x07 text \x1b[2J here.\n"
    "She said [bold red]alarm[/] and [link=https://evil.example]click[/link] [sic] today.\n"
    "Then: ::add-mask::hunter2 and ##[set-output name=x]y was typed.\n"
    "We will not\n::stop-commands::tok go there.\n"
    "A pipe | and ` tick <b>bold</b> & more.\n"
    "Clear\x1b[2J screen\x1b]0;t\x07 now.\n"
    "abc\u202edef ghi jkl.\n"
)
OTHER = "Only here: the \x9b31m council\x1b[0m voted [/] yes.\n"
QUOTES = [
    "[bold red]alarm[/] and [link=https://evil.example]click[/link] [sic] today",
    "::add-mask::hunter2 and ##[set-output name=x]y was typed",
    "We will ::stop-commands::tok go there",
    "A pipe | and ` tick <b>bold</b> & more",
    "Clear\x1b[2J screen\x1b]0;t\x07 now",
    "abc\u202edef ghi jkl",
    "[/] nowhere in the source at all",
]
#: what must never reach a terminal raw: C0 controls but line breaks, DEL, C1, bidi overrides
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
SGR = re.compile("\x1b\\[[0-9;]*m")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "source.txt").write_text(SOURCE)
    (folder / SOURCE_NAME).write_text(OTHER)
    body = "".join(f"She said “{q}” ([s](source.txt)).\n\n" for q in QUOTES)
    body += "Then “the \x9b31m council\x1b[0m voted [/] yes” came.\n"
    (folder / ARTICLE_NAME).write_text(body)
    settings = CheckSettings(sources=(str(folder / SOURCE_NAME),))
    return run_verify(collect_inputs([str(folder / ARTICLE_NAME)]), settings)


def _workflow_command_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.lstrip().startswith("::")]


def test_the_hostile_article_is_read_and_checked(report: Report) -> None:
    verdicts = [f.verdict.value for f in report.findings() if f.verdict]
    assert len(verdicts) == len(QUOTES) + 1
    assert "altered" in verdicts and "not_found" in verdicts and "exact" in verdicts


@pytest.mark.parametrize("name", FORMAT_NAMES)
@pytest.mark.parametrize("mode", ["verify", "verify -v", "verify -v --show-all", "extract"])
def test_no_escape_and_no_workflow_command_in_any_format(report: Report, name: str,
                                                         mode: str) -> None:
    if mode == "extract":
        report = replace(report, verified=False)
    out = render(name, report, RenderOptions(verbose="-v" in mode, show_all="--show-all" in mode,
                                             width=100))
    assert not RAW.search(out), RAW.findall(out)
    assert "##[" not in out
    commands = _workflow_command_lines(out)
    if name == "github":
        assert commands == out.splitlines() != []  # every line is the tool's own command
        assert all(re.match(r"::(error|warning|notice) file=[^:]*::", c) for c in commands)
    else:
        assert commands == []


def test_the_coloured_table_sends_only_colour_codes(report: Report) -> None:
    out = render("table", report, RenderOptions(color=True, verbose=True, width=100))
    assert "\x1b[" in out
    assert not RAW.search(SGR.sub("", out))


def test_table_shows_markup_and_names_as_written(report: Report) -> None:
    out = render("table", report, RenderOptions(width=500, verbose=True, show_all=True))
    assert "[bold red]alarm[/] and" in out
    assert "notes [draft] |`x`\\n::add-mask::hunter2 \\x1b[31m.md" in out  # one line
    assert "[/] nowhere in the source" in out
    assert "odd [bold] <i>\\x1b]0;t\\x07" in out
    assert "\\x1b[2J" in out  # the source's escape code in the evidence, shown not sent


def test_markdown_table_keeps_its_shape(report: Report) -> None:
    out = render("markdown", report, RenderOptions(show_all=True))
    rows = [line for line in out.splitlines() if line.startswith("| ")]
    assert len(rows) > len(QUOTES)
    for row in rows:
        assert len(re.findall(r"(?<!\\)\|", row)) == 6, row
    assert "<i>" not in out and "&lt;i&gt;" in out


def test_junit_is_valid_xml_with_visible_escapes(report: Report) -> None:
    root = ET.fromstring(render("junit", report).encode())
    names = {str(case.get("classname")) for case in root.iter("testcase")}
    assert len(names) == 1
    assert names.pop().endswith("notes [draft] |`x`\n::add-mask::hunter2 \\x1b[31m.md")


@pytest.mark.parametrize("name", ["json", "sarif"])
def test_json_formats_keep_the_data(report: Report, name: str) -> None:
    strings = _strings(json.loads(render(name, report)))  # the same values, only escaped
    assert any(s.endswith(ARTICLE_NAME) for s in strings)
    assert any("::stop-commands::tok" in s for s in strings)
    if name == "json":
        assert set(QUOTES[1:3]) <= set(strings) and any("\x9b31m" in s for s in strings)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    return [s for item in value for s in _strings(item)] if isinstance(value, list) else []


def test_html_escapes_everything(report: Report) -> None:
    page = render("html", report)
    assert "<b>bold" not in page and "[link=https://evil.example]" in page
    assert "href='https://evil" not in page and 'href="https://evil' not in page


def test_error_line_cannot_start_a_workflow_command(cli: Callable[..., Run],
                                                    tmp_path: Path) -> None:
    run = cli("verify", str(tmp_path / "gone\n::add-mask::x\x1b[2J.md"))
    assert run.code == 2
    assert _workflow_command_lines(run.stderr) == [] and "\x1b" not in run.stderr
    assert "gone\\n::add-mask::x\\x1b[2J.md" in run.stderr


def test_the_sanitiser_pieces() -> None:
    assert visible("a\x1b[2Jb\u202ec\nd\te") == "a\\x1b[2Jb\\u202ec\\nd\\te"
    assert visible("keep\nthis", keep="\n") == "keep\nthis"
    assert no_workflow_commands("::add-mask::x y ::error::z a::b") == (
        "\\x3a:add-mask::x y \\x3a:error::z a::b")
    assert github_data("50%\n::x") == "50%25%0A\\x3a:x"
    assert markdown_cell("a | b `c` <i>*d*</i>") == (
        "a \\| b \\`c\\` &lt;i&gt;\\*d\\*&lt;/i&gt;")
    assert markdown_code("a``b") == "```a``b```"
    assert markdown_cell("ask @octo-team about #12, a# b@") == (
        "ask @&#8203;octo-team about #&#8203;12, a# b@")
    assert xml_text("a\x00b\x1bc\ufffed\n") == "a\\x00b\\x1bc\\ufffed\n"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_shows_names_as_written() -> None:
    stream = _Terminal()
    with article_progress(2, stream, {"NO_COLOR": "1"}) as advance:
        assert advance is not None
        advance(ArticleResult("b.md", ()))
        advance(ArticleResult("notes [/] [bold]x\x1b]0;t\x07.md", ()))  # no MarkupError
    assert "\x07" not in stream.getvalue()
    assert "notes [/] [bold]x\\x1b]0;t\\x07.md" in stream.getvalue()  # the last frame


def test_config_values_from_a_repository_are_shown_safely(cli: Callable[..., Run],
                                                           tmp_path: Path) -> None:
    (tmp_path / "quotecheck.toml").write_text(
        '[network]\nuser-agent = "x\\u001b]0;pwned\\u0007\\n::add-mask::y"\n')
    run = cli("config", str(tmp_path))
    assert run.code == 0 and "\x1b" not in run.stdout and "\x07" not in run.stdout
    assert _workflow_command_lines(run.stdout) == []


def test_right_to_left_marks_stay() -> None:
    assert visible("שלום\u200f עולם") == "שלום\u200f עולם"
    assert visible("a\u2066b\u2069c\u2028") == "a\\u2066b\\u2069c\\u2028"


def test_markdown_link_targets_stay_one_link() -> None:
    assert markdown_url("http://x.test/a b)(|`.html#:~:text=a%20b") == (
        "http://x.test/a%20b%29%28%7C%60.html#:~:text=a%20b")


def test_markdown_report_pings_no_one(cli: Callable[..., Run], tmp_path: Path) -> None:
    """A quote naming ``@someone`` or ``#12`` posted as a pull-request comment notifies no
    user and cross-references no issue."""
    (tmp_path / "src.txt").write_text("Thanks to @octocat for fixing #12 last week.\n")
    (tmp_path / "a.md").write_text(
        'The maintainer [wrote](src.txt): "Thanks to @octocat for fixing #13 last week."\n')
    run = cli("verify", str(tmp_path / "a.md"), "-f", "markdown", "--root", str(tmp_path))
    assert "#&#8203;13" in run.stdout and "@&#8203;octocat" in run.stdout
    assert not re.search(r"(?<![\w`])[@#][A-Za-z0-9]", run.stdout.replace("&#8203;", "\0"))


def test_the_xml_class_is_the_complement_of_what_xml_allows() -> None:
    """The forbidden characters, written positively (fast to compile), are exactly those
    outside XML 1.0's Char production."""
    from quotecheck.report.sanitize import _NOT_XML

    allowed = re.compile("[\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
    every = "".join(map(chr, range(0x110000)))
    assert _NOT_XML.sub("", every) == "".join(allowed.findall(every))


def test_json_safe_escapes_every_unsafe_character_but_line_breaks() -> None:
    """Indented JSON keeps its line breaks; every other control, C1 or reordering
    character becomes a ``\\uXXXX`` escape."""
    from quotecheck.report.sanitize import json_safe

    every = "".join(map(chr, range(0x110000)))
    unsafe = set(RAW.findall(every))  # all but the line break
    safe = json_safe(every)
    assert "\n" in safe and "\x7f" in unsafe and not set(safe) & unsafe
    assert json_safe("a\x1bb\nc\u202e") == "a\\u001bb\nc\\u202e"
