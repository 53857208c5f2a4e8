"""The article readers stay linear on hostile input (issue 15): reading 4n characters of
each pattern takes about four times as long as n characters, never sixteen. CPU time, best
of three, compared within the test (no absolute timing); a quadratic reader gives ~16x."""

from __future__ import annotations

import gc
import time

import pytest

from quotecheck.articles import parse_article
from tests.articles.adversarial import cases, prose

_SMALL = 20_000
_RATIO = 8.0  # linear is ~4; quadratic ~16


def _cpu_seconds(name: str, text: str) -> float:
    """Best of three, with the garbage collector paused: its pauses depend on what else the
    process holds, not on the reader, and made this ratio noisy (8.2 once for a 4.0 reader)."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            started = time.process_time()
            parse_article(name, text)
            best = min(best, time.process_time() - started)
    finally:
        gc.enable()
    return max(best, 1e-4)


@pytest.mark.parametrize("case", sorted(cases()))
def test_reading_time_grows_linearly(case: str) -> None:
    suffix, build = cases()[case]
    small = _cpu_seconds("a" + suffix, build(_SMALL))
    large = _cpu_seconds("a" + suffix, build(4 * _SMALL))
    assert large / small < _RATIO, f"{case}: {small:.4f} s -> {large:.4f} s for 4x the input"


def test_ordinary_markdown_grows_linearly() -> None:
    small = _cpu_seconds("a.md", prose(_SMALL))
    large = _cpu_seconds("a.md", prose(4 * _SMALL))
    assert large / small < _RATIO
