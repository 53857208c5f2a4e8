"""The boundary between the shell and the core, checked on the source tree."""

from __future__ import annotations

import ast
from pathlib import Path

from quotecheck.report import REPORTERS
from quotecheck.report.registry import FORMAT_NAMES

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "quotecheck"
SHELL = ("quotecheck.cli", "quotecheck.report")
CORE = ("articles", "extract", "match", "sources", "pipeline", "verdict.py", "models.py",
        "findings.py", "settings.py", "textmap.py", "lines.py", "decode.py", "errors.py",
        "lexicon.py")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def _core_files() -> list[Path]:
    files: list[Path] = []
    for name in CORE:
        target = PACKAGE / name
        files += sorted(target.rglob("*.py")) if target.is_dir() else [target]
    return files


def test_the_core_never_imports_the_shell() -> None:
    files = _core_files()
    assert len(files) > 30
    offenders = {str(p.relative_to(PACKAGE)): sorted(m for m in _imports(p)
                                                     if m.startswith(SHELL))
                 for p in files}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_format_names_list_exactly_the_registered_formats() -> None:
    assert tuple(sorted(REPORTERS)) == FORMAT_NAMES
