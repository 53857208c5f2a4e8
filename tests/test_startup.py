"""Fast start: the command line and its help load none of the heavy modules a run may need
(their cost is paid only by the code path that uses them); a repeat run of the demo loads
no HTML extractor, no BeautifulSoup and no numpy."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("requests", "requests_cache", "trafilatura", "numpy", "docx", "pypdfium2", "lxml",
         "bs4", "rapidfuzz", "markdown_it", "rich", "platformdirs")
DEMO = Path(__file__).resolve().parents[1] / "fixtures" / "demo"
PROBE = """
import json, sys
from quotecheck.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in {heavy})), file=sys.stderr)
"""


def _loaded(*args: str, env: dict[str, str] | None = None) -> list[str]:
    code = PROBE.format(heavy=repr(set(HEAVY)))
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                          text=True, check=False, timeout=120, env=env)
    return list(json.loads(done.stderr.strip().splitlines()[-1]))


@pytest.mark.parametrize("args", [("--help",), ("--version",), ("verify", "--help"),
                                  ("config", "--help")])
def test_help_and_version_load_no_heavy_module(args: tuple[str, ...]) -> None:
    assert _loaded(*args) == []


def test_a_local_text_source_needs_no_web_pdf_or_word_stack(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("We will not cut a single route this year.\n")
    article = tmp_path / "a.md"
    article.write_text("She said “we will not cut a single route” ([notes](notes.txt)).\n")
    loaded = {m.split(".")[0] for m in _loaded("verify", str(article))}
    assert "rapidfuzz" in loaded  # the probe sees what a real run imports
    assert loaded.isdisjoint({"requests", "requests_cache", "trafilatura", "docx", "pypdfium2",
                              "numpy"})  # a small source's word-pair index is plain Python


def test_a_repeat_demo_run_loads_no_extractor_soup_or_numpy(tmp_path: Path) -> None:
    """The demo's sources: a transcript, a budget in Markdown and a press release in HTML.
    The first run extracts the press release's main text (trafilatura) and keeps it in the
    cache; the next run reads it from there. Neither needs BeautifulSoup, nor numpy (the
    sources are small), nor the web stack."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    cold = {m.split(".")[0] for m in _loaded("verify", str(DEMO / "article.md"), env=env)}
    assert "trafilatura" in cold  # the probe sees what the first run imports
    warm = {m.split(".")[0] for m in _loaded("verify", str(DEMO / "article.md"), env=env)}
    assert {"lxml", "rapidfuzz"} <= warm  # the HTML source and the fuzzy matches were read
    assert warm.isdisjoint({"trafilatura", "bs4", "numpy", "pydantic", "requests", "requests_cache",
                            "docx", "pypdfium2"})
    assert cold.isdisjoint({"bs4", "numpy", "requests", "requests_cache", "docx", "pypdfium2"})


def test_the_objects_of_a_run_are_left_to_the_system_at_exit(tmp_path: Path) -> None:
    """The last exit handler freezes every object, so that Python's final garbage
    collection (0.05-0.1 s after a big report) is skipped; the report is written first."""
    article = tmp_path / "a.md"
    article.write_text("She said “we will not cut a single route” ([n](notes.txt)).\n")
    (tmp_path / "notes.txt").write_text("We will not cut a single route this year.\n")
    code = ("import atexit, gc, sys\n"
            "atexit.register(lambda: print('frozen', gc.get_freeze_count(), file=sys.stderr))\n"
            "from quotecheck.cli import main\n"
            "main(sys.argv[1:])\n")
    done = subprocess.run([sys.executable, "-c", code, "verify", str(article), "--format",
                           "json"], capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["summary"]["by_verdict"] == {"verified": 1}
    frozen = int(done.stderr.split("frozen")[-1])
    assert frozen > 10_000  # the modules and the run's objects, past the final collection
