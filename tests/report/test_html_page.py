"""The HTML report: self-contained, and its verdicts visible when Chromium renders it."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotecheck.cli.app import app
from quotecheck.cli.inputs import collect_inputs
from quotecheck.findings import Report
from quotecheck.pipeline import run_verify
from quotecheck.report import render
from quotecheck.settings import CheckSettings
from tests.conftest import DEMO

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def page() -> str:
    report: Report = run_verify(collect_inputs([str(DEMO / "article.md")]), CheckSettings())
    return render("html", report)


def test_page_is_self_contained(page: str) -> None:
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"""(src|href)=["']?https?:""", page)
    assert "<script" not in page
    assert page.count("class='verdict v-altered'") == 2
    assert "<del title='in the quote'>$3.8</del>" in page
    assert "<ins title='in the source'>not</ins>" in page


def test_chromium_shows_the_verdicts(page: str, tmp_path: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    common = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*common, "--dump-dom", path.as_uri()], capture_output=True,
                         text=True, timeout=120, check=True).stdout
    badges = re.findall(r"<span class=\"verdict v-(\w+)\">([^<]+)</span>", dom)
    assert [v for v, _ in badges].count("altered") == 2
    assert {label for _, label in badges} >= {"exact", "verified", "minor", "altered",
                                              "not found", "unavailable"}
    shot = tmp_path / "report.png"
    subprocess.run([*common, "--window-size=1280,1600", f"--screenshot={shot}",
                    path.as_uri()], capture_output=True, timeout=120, check=True)
    assert shot.stat().st_size > 20_000  # a rendered page, not a blank one


TRANSCRIPT = "The council met on Tuesday.\nMAYOR: We will act\nat once.\nCLERK: Noted.\n"
STORY = ("The mayor said “We will act at once” ([minutes](a.txt)).\n\n"
         "Ana Ruiz said “the budget is tight this year” ([minutes](a.txt)).\n\n"
         "See also [notes](b.txt).\n\n"
         "Ana Ruiz said “we never discussed it” ([minutes](a.txt)).\n")


@pytest.fixture
def story_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A page for an article with a transcript, a quote found only in another source than
    the one it cites, and a quote in no source; the article named relative to the page."""
    (tmp_path / "a.txt").write_text(TRANSCRIPT)
    (tmp_path / "b.txt").write_text("Ruiz said the budget is tight this year.\n")
    (tmp_path / "story.md").write_text(STORY)
    monkeypatch.chdir(tmp_path)
    page = render("html", run_verify(collect_inputs(["story.md"]), CheckSettings()))
    (tmp_path / "report.html").write_text(page, encoding="utf-8")
    return page


def _rows(page: str) -> dict[str, str]:
    return dict(re.findall(r"<tr id=['\"]story\.md-(c\d+)['\"]>(.*?)</tr>", page, re.S))


def test_page_tells_the_reader_what_to_do(story_page: str) -> None:
    assert "class='legend'" in story_page and "words only in the quote" in story_page
    rows = _rows(story_page)
    assert "<a href='story.md#L1'>1:17</a>" in rows["c1"]
    assert "MAYOR: We will act\nat once" in re.sub("</?mark>", "", rows["c1"])  # lines kept
    assert ".context{white-space:pre-wrap}" in story_page
    # the wrong-source row: never a green pill, the cited and the found source both shown
    assert "v-exact" not in rows["c2"] and "v-verified" not in rows["c2"]
    assert "v-misattributed" in rows["c2"]  # a red pill: it fails
    assert "found in: b.txt" in rows["c2"] and "cited: a.txt" in rows["c2"]
    assert "— Ana Ruiz" in rows["c2"]
    assert "not in the source" in rows["c3"]  # the not_found evidence cell is never empty
    assert "What to do: correct the link: the quote is in another source" in rows["c2"]
    assert "What to do: correct the link to the source" in rows["c3"]
    assert "What to do" not in rows["c1"]


def test_chromium_shows_the_links_and_the_amber_pill(story_page: str, tmp_path: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    common = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*common, "--dump-dom", (tmp_path / "report.html").as_uri()],
                         capture_output=True, text=True, timeout=120, check=True).stdout
    rows = _rows(dom)
    assert re.search(r'<a href="story\.md#L3">3:16</a>', rows["c2"])
    assert re.search(r'class="verdict v-misattributed">misattributed<', rows["c2"])
    assert re.search(r'class="verdict v-not_found">not found<', rows["c3"])
    assert 'class="legend"' in dom


def test_links_are_relative_to_the_report_file(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "a.txt").write_text(TRANSCRIPT)
    (tmp_path / "content" / "story.md").write_text(STORY)
    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke(app, ["verify", "content/story.md", "--report",
                                   "html:out/reports/report.html", "--format", "concise"])
    assert run.exit_code == 1, run.output
    page = (tmp_path / "out" / "reports" / "report.html").read_text()
    assert "<a href='../../content/story.md#L3'>3:16</a>" in page
