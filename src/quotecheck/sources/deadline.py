"""The time one fetch may take, apart from the HTTP stack: an offline run, which only looks
in the cache, never imports ``requests``."""

from __future__ import annotations

import time


class Deadline:
    """The time left of one fetch, counted from its first use (the network's, not the
    cache's)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._end: float | None = None

    def left(self) -> float:
        """Seconds left (0 when past)."""
        if self._end is None:
            self._end = time.monotonic() + self.seconds
        return max(0.0, self._end - time.monotonic())

    def expired_reason(self) -> str:
        """The error of a fetch that ran out of time."""
        return f"timed out (no answer within the {self.seconds:g} s deadline)"
