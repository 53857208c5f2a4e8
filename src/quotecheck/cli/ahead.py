"""Work on the report done while a ``--jobs`` run goes on: the main process takes a share
of the checking between the results it hears of, so what it does for the report then is
balanced by its workers taking more of the checking, instead of waiting for the end (when
nothing else runs)."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from quotecheck.findings import ArticleResult

if TYPE_CHECKING:
    from quotecheck.report.serialize import PreparedClaims

#: formats whose claims are the JSON contract's (made ahead)
JSON_FORMATS = frozenset({"json", "jsonl"})


class RenderAhead:
    """Called with each article's result: at the first, imports the modules of the
    ``formats`` the run writes (Rich for a table); with each, makes its JSON claims."""

    def __init__(self, formats: Collection[str]) -> None:
        self._formats = sorted(set(formats))
        self._started = False
        self.prepared: PreparedClaims | None = None

    def __call__(self, result: ArticleResult) -> None:
        """One more article's result."""
        if not self._started:
            self._started = True
            self._start()
        if self.prepared is not None:
            self.prepared.add(result)

    def _start(self) -> None:
        """Import the formats' modules; somewhere to keep JSON claims, if one writes them."""
        from quotecheck.report.registry import load_format

        for name in self._formats:
            load_format(name)
        if JSON_FORMATS & set(self._formats):
            from quotecheck.report.serialize import PreparedClaims

            self.prepared = PreparedClaims()
