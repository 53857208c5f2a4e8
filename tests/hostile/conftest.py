"""Helpers for the hostile suite: an article citing one link, and its claims."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.conftest import Run
from tests.hostile.server import QUOTE

CONFIG = ("[network]\nread-timeout = 1\nconnect-timeout = 1\ndeadline = 2\nretries = 10\n"
          "max-bytes = 5000000\n[cache]\npath = \"cache.sqlite\"\n[archive]\nenabled = false\n")


def article(folder: Path, links: list[str], config: str = CONFIG) -> Path:
    """``story.md`` in ``folder`` quoting :data:`QUOTE` once per link, with a config."""
    (folder / "quotecheck.toml").write_text(config)
    paragraphs = [f"The mayor said “{QUOTE}” ([link]({link}))." for link in links]
    path = folder / "story.md"
    path.write_text("\n\n".join(paragraphs) + "\n")
    return path


def claims(run: Run) -> list[dict[str, Any]]:
    """The claims of the first article of a JSON run."""
    found: list[dict[str, Any]] = run.json()["articles"][0]["claims"]
    return found
