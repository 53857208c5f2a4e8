"""Fast start: the command line and its help load none of the heavy modules a run may need
(their cost is paid only by the code path that uses them)."""

from __future__ import annotations

import json
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


def _loaded(*args: str) -> list[str]:
    code = PROBE.format(heavy=repr(set(HEAVY)))
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                          text=True, check=False, timeout=120)
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
