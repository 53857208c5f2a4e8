"""The registry of output formats: each is a function from a report to text."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quotecheck.cli.policy import Policy
from quotecheck.findings import Report

if TYPE_CHECKING:
    from quotecheck.report.serialize import PreparedClaims


@dataclass(frozen=True)
class RenderOptions:
    """How a reporter should render: colour, width, detail, the policy that says which
    claims fail, and the folder a report file goes to (for its links to the articles)."""

    color: bool = False
    width: int = 120
    verbose: bool = False
    policy: Policy = field(default_factory=Policy)
    show_all: bool = False  # human formats: every claim, not only those that fail or warn
    max_warnings: int = 10  # github: warnings annotated before one line says how many more
    full_report: str | None = None  # where the full report is written, for cut summaries
    folder: str | None = None  # the folder a report file goes to, for links to articles
    #: JSON claims made while the run went on (``--jobs``), taken as they are
    prepared: PreparedClaims | None = field(default=None, compare=False, repr=False)


Reporter = Callable[[Report, RenderOptions], str]
#: the names of the formats, known without importing them (help text, fast start); a test
#: checks that it lists exactly the registered ones
FORMAT_NAMES = ("concise", "github", "html", "json", "jsonl", "junit", "markdown", "sarif",
                "table")
#: the modules that register them
FORMAT_MODULES = ("concise", "github", "html_page", "json_format", "jsonl", "junit", "markdown",
                  "sarif", "table")
_MODULE_OF = dict(zip(FORMAT_NAMES, FORMAT_MODULES, strict=True))
REPORTERS: dict[str, Reporter] = {}


def register(name: str) -> Callable[[Reporter], Reporter]:
    """Register the decorated function as the reporter for format ``name``."""

    def add(reporter: Reporter) -> Reporter:
        REPORTERS[name] = reporter
        return reporter

    return add


#: how each format writes the characters that would let a line start a GitHub workflow
#: command (see ``report.sanitize.guard_lines``); ``github`` escapes every field itself
GUARD_STYLES = {"json": "json", "jsonl": "json", "sarif": "json", "junit": "xml",
                "html": "xml", "markdown": "xml", "table": "text", "concise": "text"}


def load_formats() -> None:
    """Import every format module, which registers it."""
    if len(REPORTERS) < len(FORMAT_MODULES):
        for module in FORMAT_MODULES:
            importlib.import_module(f"quotecheck.report.{module}")


def load_format(name: str) -> None:
    """Import the module of format ``name`` only (a run renders one or two formats; the
    others' imports, such as XML for JUnit, would only slow its start)."""
    if name not in REPORTERS:
        module = _MODULE_OF.get(name)
        if module is None:
            load_formats()  # an unknown name: the KeyError below names it
        else:
            importlib.import_module(f"quotecheck.report.{module}")


def render(name: str, report: Report, options: RenderOptions | None = None) -> str:
    """Render ``report`` in format ``name``, with a last pass that keeps every line of it
    from being read as a workflow command when it is printed to a CI log."""
    from quotecheck.report.sanitize import guard_lines, json_safe

    load_format(name)
    text = REPORTERS[name](report, options or RenderOptions())
    style = GUARD_STYLES.get(name)
    if style == "json":
        text = json_safe(text)
    return guard_lines(text, style) if style else text
