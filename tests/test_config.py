"""Config discovery and validation: every bad key or value is one clear error."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from quotecheck.cli.config import find_config, load_settings, settings_from_file
from quotecheck.errors import ConfigError
from quotecheck.models import Verdict
from tests.conftest import Run


def test_defaults_without_a_file(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    settings = load_settings(None, tmp_path)
    assert settings.fail_on == {Verdict.ALTERED, Verdict.MISATTRIBUTED, Verdict.NOT_FOUND}
    assert settings.origin is None


def test_nearest_file_up_to_the_git_root(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "quotecheck.toml").write_text('fail-on = ["altered"]\n')
    deep = tmp_path / "content" / "2025"
    deep.mkdir(parents=True)
    assert find_config(deep) == tmp_path / "quotecheck.toml"
    assert load_settings(None, deep).fail_on == {Verdict.ALTERED}


def test_pyproject_only_with_a_tool_table(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    assert find_config(tmp_path) is None
    (tmp_path / "pyproject.toml").write_text(
        "[tool.quotecheck]\nfail-on = 'altered,minor'\n[tool.quotecheck.match]\n"
        "elision-window = 500\n")
    settings = load_settings(None, tmp_path)
    assert settings.fail_on == {Verdict.ALTERED, Verdict.MINOR}
    assert settings.match.elision_window == 500


def test_sources_are_relative_to_the_file(tmp_path: Path) -> None:
    (tmp_path / "quotecheck.toml").write_text('sources = ["refs/minutes.txt"]\n')
    settings = settings_from_file(tmp_path / "quotecheck.toml")
    assert settings.sources == (str(tmp_path / "refs" / "minutes.txt"),)


@pytest.mark.parametrize(("content", "fragment"), [
    ("colour = 1\n", "unknown key 'colour'"),
    ("fail-on = ['sometimes']\n", "unknown verdict 'sometimes'"),
    ("fail-on = 3\n", "fail-on must be"),
    ("sources = 'a.txt'\n", "sources must be a list"),
    ("[match]\nelision-window = -5\n", "elision-window must be"),
    ("[match]\nwindow = 5\n", "unknown key 'match.window'"),
    ("fail-on = [\n", "invalid TOML"),
    ("[network]\nread-timeout = 'soon'\n", "network.read-timeout must be a number"),
    ("[network]\nallow-private = 1\n", "network.allow-private must be true or false"),
    ("[network]\nproxy = 'x'\n", "unknown key 'network.proxy'"),
    ("[cache]\nexpire-days = -1\n", "cache.expire-days must be a number"),
])
def test_bad_config(tmp_path: Path, content: str, fragment: str) -> None:
    path = tmp_path / "quotecheck.toml"
    path.write_text(content)
    with pytest.raises(ConfigError, match=fragment):
        settings_from_file(path)


def test_cli_config_option_and_override(cli: Callable[..., Run], tmp_path: Path) -> None:
    (tmp_path / "m.txt").write_text("The library stays open on Sundays.\n")
    article = tmp_path / "a.md"
    article.write_text("She said “the library stays closed on Sundays” ([m](m.txt)).\n")
    config = tmp_path / "other.toml"
    config.write_text('fail-on = ["not_found"]\n')
    assert cli("verify", str(article)).code == 1
    assert cli("verify", str(article), "--config", str(config)).code == 0
    assert cli("verify", str(article), "--config", str(config), "--fail-on", "altered").code == 1


def test_cli_bad_config_is_exit_two(script: Callable[..., Run], tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("Nothing.\n")
    (tmp_path / "quotecheck.toml").write_text("colour = 1\n")
    run = script("verify", str(article))
    assert run.code == 2
    assert run.stderr.strip().endswith("unknown key 'colour'")
    missing = script("verify", str(article), "--config", str(tmp_path / "none.toml"))
    assert missing.code == 2 and "no such config file" in missing.stderr


def test_environment_variable_names_the_file(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    other = tmp_path / "elsewhere.toml"
    other.write_text('fail-on = ["minor"]\n')
    settings = load_settings(None, tmp_path, {"QUOTECHECK_CONFIG": str(other)})
    assert settings.fail_on == {Verdict.MINOR} and settings.origin == str(other)


def test_config_command_shows_origins(script: Callable[..., Run], tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "quotecheck.toml").write_text('fail-on = ["altered"]\n')
    run = script("config", str(tmp_path))
    assert run.code == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == f"# config file: {tmp_path / 'quotecheck.toml'}"
    assert f'fail-on = ["altered"]  # {tmp_path / "quotecheck.toml"}' in lines
    assert 'include = ["*.md", "*.markdown", "*.mdx"]  # default' in lines


def test_sources_map_reads_a_local_copy(cli: Callable[..., Run], tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "copies").mkdir()
    (tmp_path / "copies" / "paywalled.txt").write_text("The levy passed with 61 percent.\n")
    (tmp_path / "quotecheck.toml").write_text(
        "[sources]\npaths = []\n\n[[sources.map]]\n"
        'url = "https://news.example/levy"\npath = "copies/paywalled.txt"\n')
    article = tmp_path / "a.md"
    article.write_text("The paper reported: “The levy passed with 61 percent” "
                       "([story](https://news.example/levy)).\n")
    claim = cli("verify", str(article), "--format", "json").json()["articles"][0]["claims"][0]
    assert claim["verdict"] == "exact"
    assert claim["source"]["ref"] == "https://news.example/levy"
    assert claim["source"]["path"].endswith("paywalled.txt")


def test_bad_sources_map(tmp_path: Path) -> None:
    path = tmp_path / "quotecheck.toml"
    path.write_text('[[sources.map]]\nurl = "https://a.example"\n')
    with pytest.raises(ConfigError, match=r"url and path"):
        settings_from_file(path)


def test_network_and_cache_keys(tmp_path: Path) -> None:
    path = tmp_path / "quotecheck.toml"
    path.write_text("[network]\nread-timeout = 5\nuser-agent = 'desk/1'\nmax-bytes = 1000\n"
                    "allow-private = true\n[cache]\npath = 'c/http.sqlite'\nexpire-days = 2\n")
    settings = settings_from_file(path)
    assert (settings.network.read_timeout, settings.network.user_agent) == (5.0, "desk/1")
    assert (settings.network.max_bytes, settings.network.allow_private) == (1000, True)
    assert settings.cache.path == str(tmp_path / "c" / "http.sqlite")
    assert settings.cache.expire_days == 2.0
