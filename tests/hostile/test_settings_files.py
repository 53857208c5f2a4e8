"""Config and baseline files: every numeric key range-checked at load time, files capped
in size and kind, malformed baselines refused; all as one line and exit 2."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from quotecheck.cli.limits import MAX_JOBS, RANGES, job_count
from tests.conftest import Run


def _story(folder: Path) -> Path:
    story = folder / "story.md"
    story.write_text("She said “the library stays open on Sundays”.\n")
    return story


def _one_line_exit_2(run: Run, fragment: str) -> None:
    assert run.code == 2, run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert fragment in lines[0]


@pytest.mark.parametrize(("setting", "fragment"), [
    ("[network]\nread-timeout = nan", "network.read-timeout must be a number greater than 0"),
    ("[network]\nread-timeout = inf", "network.read-timeout must be a number"),
    ("[network]\nread-timeout = 0", "network.read-timeout must be a number"),
    ("[network]\nconnect-timeout = 1e300", "at most 300 seconds"),
    ("[network]\ndeadline = 0", "network.deadline must be a number"),
    ("[network]\nresolve-timeout = -inf", "network.resolve-timeout must be a number"),
    ("[network]\nhost-interval = 1e300", "network.host-interval must be a number"),
    ("[network]\nretries = 1000000000000000000", "network.retries must be a whole number"),
    ("[network]\nconcurrency = 0", "network.concurrency must be a whole number"),
    ("[network]\nper-host = 100000", "network.per-host must be a whole number"),
    ("[network]\nmax-bytes = 0", "network.max-bytes must be a whole number"),
    ("[cache]\nexpire-days = 1e10", "cache.expire-days must be a number"),
    ("[cache]\nexpire-days = nan", "cache.expire-days must be a number"),
    ("[match]\nelision-window = 1000000000", "match.elision-window must be a whole number"),
    ("[sources]\nmap = 5", "sources.map must be a list"),
])
def test_out_of_range_values(cli: Callable[..., Run], tmp_path: Path, setting: str,
                             fragment: str) -> None:
    (tmp_path / "quotecheck.toml").write_text(setting + "\n")
    _one_line_exit_2(cli("verify", str(_story(tmp_path))), fragment)


def test_every_numeric_key_has_a_range() -> None:
    from quotecheck.cli.config_keys import NETWORK_KEYS
    from quotecheck.settings import NetworkSettings

    numeric = {f"network.{key}" for key, attr in NETWORK_KEYS.items()
               if type(getattr(NetworkSettings(), attr)) in (int, float)}
    assert numeric | {"cache.expire-days", "match.elision-window",
                      "match.bracket-window"} <= set(RANGES)


def test_defaults_are_inside_their_ranges(tmp_path: Path) -> None:
    from quotecheck.cli.config import describe, settings_from_file

    (tmp_path / "quotecheck.toml").write_text("")
    for key, value, _ in describe(settings_from_file(tmp_path / "quotecheck.toml")):
        if key in RANGES and value.replace(".", "", 1).isdigit():
            bounds = RANGES[key]
            assert bounds.low <= float(value) <= bounds.high, key


@pytest.mark.parametrize("config", ["/dev/zero", "fifo", "huge"])
def test_config_file_that_never_ends(script: Callable[..., Run], tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch, config: str) -> None:
    if config == "fifo":
        os.mkfifo(tmp_path / "config.toml")
        config = str(tmp_path / "config.toml")
    elif config == "huge":
        (tmp_path / "config.toml").write_text("# padding\n" * 200_000)
        config = str(tmp_path / "config.toml")
    monkeypatch.setenv("QUOTECHECK_CONFIG", config)
    _one_line_exit_2(script("verify", str(_story(tmp_path)), cwd=tmp_path), config)


@pytest.mark.parametrize("content", [
    json.dumps({"schema": "quotecheck-baseline/v1", "claims": 5}),
    json.dumps({"schema": "quotecheck-baseline/v1", "claims": [5, "x"]}),
    '{"schema": "quotecheck-baseline/v1", "claims": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "[" * 100_000,
])
def test_malformed_baseline(cli: Callable[..., Run], tmp_path: Path, content: str) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text(content)
    _one_line_exit_2(cli("verify", str(_story(tmp_path)), "--baseline", str(baseline)),
                     str(baseline))


def test_jobs_are_capped_at_the_cpus() -> None:
    cpus = os.cpu_count() or 1
    assert job_count(300) == min(cpus, MAX_JOBS)
    assert job_count(0) == min(cpus, MAX_JOBS)
    assert job_count(1) == 1
