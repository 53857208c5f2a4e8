"""The GitHub Action and the pre-commit hook name options the command really has."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from tests.conftest import ROOT, Run


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
    assert steps["Upload the SARIF report"]["uses"].startswith("github/codeql-action/upload-sarif")
    assert "actions/cache@v4" in {s.get("uses") for s in action["runs"]["steps"]}


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
