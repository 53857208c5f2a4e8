"""The GitHub Action and the pre-commit hook name options the command really has."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import DEMO, ROOT, Run, script_path


def _load(name: str) -> Any:
    return yaml.safe_load((ROOT / name).read_text())


def test_action_runs_verify_with_real_options(script: Callable[..., Run]) -> None:
    action = _load("action.yml")
    assert action["runs"]["using"] == "composite"
    steps = {step.get("name", step.get("uses")): step for step in action["runs"]["steps"]}
    command = steps["Check the quotations"]["run"]
    assert "quotecheck verify" in command
    help_text = script("verify", "--help").stdout
    for option in ("--format", "--report"):
        assert option in command and option in help_text
    assert "${{" not in command  # inputs come in through env, never pasted into the script
    assert steps["Upload the SARIF report"]["uses"] == "github/codeql-action/upload-sarif@v4"
    assert "actions/cache@v4" in {s.get("uses") for s in action["runs"]["steps"]}
    for step in action["runs"]["steps"]:  # no input is ever pasted into a script
        assert "${{" not in step.get("run", "")


def _steps() -> dict[str, Any]:
    steps = _load("action.yml")["runs"]["steps"]
    return {step.get("name", step.get("uses")): step for step in steps}


def test_upload_only_when_the_report_was_written_and_not_from_forks() -> None:
    upload = _steps()["Upload the SARIF report"]
    condition = " ".join(upload["if"].split())
    assert "steps.verify.outputs.sarif-written == 'true'" in condition
    assert "inputs.upload-sarif == 'true'" in condition
    assert "github.event.pull_request.head.repo.full_name == github.repository" in condition
    assert upload["continue-on-error"] is True  # a token without security-events: write
    assert _steps()["Check the quotations"]["id"] == "verify"


def test_pip_cache_is_keyed_on_the_quotecheck_version(tmp_path: Path) -> None:
    steps = _steps()
    pip = steps["Restore the pip cache"]
    assert pip["uses"] == "actions/cache@v4" and pip["with"]["path"] == "~/.cache/pip"
    assert "${{ steps.version.outputs.version }}" in pip["with"]["key"]
    assert "${{ inputs.python-version }}" in pip["with"]["key"]
    outputs = _run_step("Find the quotecheck version", {}, tmp_path)[1]
    version = re.search(r'^version = "(.+)"$', (ROOT / "pyproject.toml").read_text(), re.M)
    assert version is not None and outputs == f"version={version.group(1)}\n"


def _run_step(name: str, env: dict[str, str], cwd: Path) -> tuple[int, str]:
    """Run a step's script with bash as the runner would: its env, GITHUB_OUTPUT, the
    action's folder, and this environment's quotecheck and python first on PATH."""
    output = cwd / "github_output"
    output.write_text("")
    step = _steps()[name]
    bin_dir = str(Path(script_path()).parent)
    full_env = {**os.environ, **step.get("env", {}), **env, "GITHUB_OUTPUT": str(output),
                "GITHUB_ACTION_PATH": str(ROOT),
                "PATH": f"{bin_dir}{os.pathsep}{Path(sys.executable).parent}{os.pathsep}"
                        f"{os.environ.get('PATH', '')}"}
    done = subprocess.run(["bash", "-e", "-c", step["run"]], env=full_env, cwd=cwd,
                          capture_output=True, text=True, timeout=300, check=False)
    return done.returncode, output.read_text()


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A repository with the demo's sources and an article in a folder with spaces."""
    folder = tmp_path / "field reports"
    folder.mkdir()
    for name in ("council-meeting.txt", "budget-summary.md"):
        (folder / name).write_text((DEMO / name).read_text())
    (folder / "story one.md").write_text(
        "She said “We will not raise bus fares this year” ([minutes](council-meeting.txt)).\n"
        "Critics quoted “will cut a single route” ([minutes](council-meeting.txt)).\n")
    return tmp_path


def test_verify_step_takes_paths_with_spaces(workspace: Path) -> None:
    env = {"QC_PATHS": '"field reports/story one.md"', "QC_ARGS": "--fail-on altered",
           "QC_SARIF": "out dir.sarif"}
    code, outputs = _run_step("Check the quotations", env, workspace)
    assert code == 1  # the altered quote fails the step
    assert outputs == "sarif-written=true\n"
    assert "story one.md" in (workspace / "out dir.sarif").read_text()


def test_no_upload_when_verify_stops_before_the_report(workspace: Path) -> None:
    (workspace / "quotecheck.sarif").write_text("{}")  # a stale report is not uploaded
    env = {"QC_PATHS": "field\\ reports/", "QC_ARGS": "--no-such-option",
           "QC_SARIF": "quotecheck.sarif"}
    code, outputs = _run_step("Check the quotations", env, workspace)
    assert code == 2 and outputs == ""
    assert not (workspace / "quotecheck.sarif").exists()


def test_inputs_are_never_run(workspace: Path) -> None:
    env = {"QC_PATHS": "'field reports/story one.md' $(touch pwned) `touch pwned2`",
           "QC_ARGS": "; touch pwned3", "QC_SARIF": "q.sarif"}
    code, _ = _run_step("Check the quotations", env, workspace)
    assert code == 2  # "$(touch" is a missing file, "; touch" an unknown option
    assert not any((workspace / name).exists() for name in ("pwned", "pwned2", "pwned3"))


def test_pre_commit_hook(script: Callable[..., Run], tmp_path: Path) -> None:
    (hook,) = _load(".pre-commit-hooks.yaml")
    assert hook["id"] == "quotecheck" and hook["language"] == "python"
    assert hook["entry"] == "quotecheck verify"
    articles_only = re.compile(hook["files"])
    assert all(articles_only.search(n) for n in ("a.md", "posts/b.markdown", "c.mdx"))
    assert not any(articles_only.search(n) for n in ("source.html", "notes.txt", "a.md.bak"))
    assert "types_or" not in hook or "html" not in hook["types_or"]
    article = tmp_path / "a.md"
    article.write_text("Nothing quoted.\n")
    run = script(*hook["entry"].split()[1:], *hook["args"], str(article))
    assert run.code == 0
