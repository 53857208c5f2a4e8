"""The HTML report: self-contained, and its verdicts visible when Chromium renders it."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from quotecheck.cli.inputs import collect_inputs
from quotecheck.models import Report
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
