"""An offline cache miss is a look-up: it loads none of the page readers (trafilatura, lxml,
pdfium, python-docx), which every ``--jobs`` worker would otherwise import for nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

READ_A_MISS = """
import json, sys
from quotecheck.settings import CheckSettings
from quotecheck.sources import SourceReader
from quotecheck.sources.resolve import SourceRef
from dataclasses import replace
settings = CheckSettings()
network = replace(settings.network, offline=True)
cache = replace(settings.cache, path=sys.argv[1])
reader = SourceReader(network, cache, settings.posts, settings.archive)
text = reader(SourceRef("https://news.invalid/a", "https://news.invalid/a", is_url=True))
heavy = ("trafilatura", "lxml", "pypdfium2", "docx")
print(json.dumps([text.error, sorted(m for m in heavy if m in sys.modules)]))
"""


def test_an_offline_miss_loads_no_page_reader(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", READ_A_MISS, str(tmp_path / "c.sqlite")],
                          capture_output=True, text=True, timeout=60, check=True)
    error, loaded = json.loads(done.stdout)
    assert error == "not in cache (offline)"
    assert loaded == []
