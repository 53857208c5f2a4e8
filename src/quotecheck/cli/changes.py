"""``--changed-since REF``: the lines of an article that git says changed since a ref."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from quotecheck.errors import ConfigError

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(?P<start>\d+)(?:,(?P<count>\d+))? @@", re.MULTILINE)


def _git(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(["git", "-C", str(folder), *args], capture_output=True,
                              text=True, timeout=60, check=False)
    except FileNotFoundError:
        raise ConfigError("--changed-since needs git, which is not installed") from None


def changed_lines(path: Path, ref: str) -> frozenset[int] | None:
    """1-based lines of ``path`` added or changed since ``ref``; None when the whole file is
    new to git or a changed binary file (every line counts as changed)."""
    folder = path.resolve().parent
    tracked = _git(folder, "ls-files", "--error-unmatch", "--", path.name)
    if tracked.returncode != 0:
        if _git(folder, "rev-parse", "--git-dir").returncode != 0:
            raise ConfigError(f"--changed-since: {path} is not in a git repository")
        return None
    diff = _git(folder, "diff", "--unified=0", "--no-color", "--no-ext-diff", "--end-of-options",
                ref, "--", path.name)  # a ref like --output=FILE is a ref, never an option
    if diff.returncode != 0:
        reason = diff.stderr.strip().splitlines()[-1] if diff.stderr.strip() else "git failed"
        raise ConfigError(f"--changed-since {ref}: {reason}")
    if diff.stdout.startswith("Binary files") or "\nBinary files " in diff.stdout:
        return None  # a changed Word file has no lines to compare: all of it counts
    lines: set[int] = set()
    for hunk in _HUNK.finditer(diff.stdout):
        start, count = int(hunk.group("start")), int(hunk.group("count") or 1)
        lines.update(range(start, start + count))
    return frozenset(lines)
