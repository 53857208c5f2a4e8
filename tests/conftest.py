"""Shared fixtures: the demo folder, a CLI runner, and the installed console script."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from quotecheck.cli.app import app

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "fixtures" / "demo"
SCHEMA = ROOT / "src" / "quotecheck" / "report" / "quotecheck-v1.schema.json"


@dataclass(frozen=True)
class Run:
    """The outcome of one quotecheck invocation."""

    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        """stdout parsed as JSON."""
        return json.loads(self.stdout)


@pytest.fixture
def demo() -> Path:
    """The bundled demo folder."""
    return DEMO


@pytest.fixture
def cli() -> Callable[..., Run]:
    """Invoke the Typer app in-process (CliRunner)."""
    runner = CliRunner()

    def invoke(*args: str, stdin: str | None = None) -> Run:
        result = runner.invoke(app, list(args), input=stdin)
        return Run(result.exit_code, result.stdout, result.stderr)

    return invoke


def script_path() -> str:
    """The installed ``quotecheck`` console script."""
    found = Path(sys.executable).parent / "quotecheck"
    if found.exists():
        return str(found)
    which = shutil.which("quotecheck")
    assert which, "the quotecheck console script is not installed"
    return which


@pytest.fixture
def script() -> Callable[..., Run]:
    """Run the installed ``quotecheck`` console script as a subprocess."""
    command = script_path()

    def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> Run:
        done = subprocess.run([command, *args], input=stdin, capture_output=True,
                              cwd=cwd, timeout=120, check=False)
        return Run(done.returncode, done.stdout.decode(), done.stderr.decode())

    return run


@pytest.fixture
def schema() -> dict[str, Any]:
    """The JSON Schema of the report contract."""
    loaded: dict[str, Any] = json.loads(SCHEMA.read_text())
    return loaded


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory,
                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test caches web sources in a folder of its own, never the user's cache."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
