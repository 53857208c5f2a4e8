"""A run over the whole DigitalGov sample (400 real posts) as a CI job would make it:
``--offline`` with an empty cache in a temporary folder, every output format written, each
one validated (JSON schema, SARIF schema, JUnit parse, GitHub annotation count, Markdown
size and headline). Skipped where ``../shared`` is absent.

The machine may have no network: a resolver that fails at once stands in for it, so that a
DNS lookup (which ``--offline`` should never make) costs no time-out here.
"""

from __future__ import annotations

import json
import socket
from collections import Counter
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import jsonschema
import pytest
from typer.testing import CliRunner

from quotecheck.cli.app import app
from quotecheck.report.markdown import LIMIT
from tests.conftest import SCHEMA

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "digitalgov" / "news"
SARIF_SCHEMA = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
FORMATS = ("sarif", "junit", "markdown", "github", "concise", "jsonl")
FAILING = {"altered", "misattributed", "not_found"}
WARNING = {"minor", "no_source", "unavailable"}


def _no_network(*args: object, **kwargs: object) -> Any:
    raise socket.gaierror(socket.EAI_NONAME, "no network in this test")


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, dict[str, str]]:
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    folder = tmp_path_factory.mktemp("digitalgov")
    (folder / "quotecheck.toml").write_text(f'[cache]\npath = "{folder / "cache.sqlite"}"\n')
    reports = [f"--report={name}:{folder / ('out.' + name)}" for name in FORMATS]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(socket, "getaddrinfo", _no_network)
        result = CliRunner().invoke(app, ["verify", str(CORPUS), "--offline", "--config",
                                          str(folder / "quotecheck.toml"), "--format", "json",
                                          *reports])
    assert result.exit_code in (0, 1, 3), result.stderr
    texts = {name: (folder / f"out.{name}").read_text(encoding="utf-8") for name in FORMATS}
    return result.exit_code, {"json": result.stdout, **texts}


def _claims(outputs: dict[str, str]) -> list[dict[str, Any]]:
    report = json.loads(outputs["json"])
    return [c for a in report["articles"] for c in a["claims"]]


def test_json_follows_the_schema(run: tuple[int, dict[str, str]]) -> None:
    _, outputs = run
    report = json.loads(outputs["json"])
    jsonschema.validate(report, json.loads(SCHEMA.read_text()))
    claims = _claims(outputs)
    assert len(report["articles"]) == 400 and len(claims) > 400
    assert all(any(ch.isalnum() for ch in c["quote"]) for c in claims)
    assert "not_found" not in {c["verdict"] for c in claims if c["tie"] != "strong"}
    lines = [json.loads(line) for line in outputs["jsonl"].splitlines()]
    assert len(lines) == len(claims)


def test_sarif_follows_its_schema(run: tuple[int, dict[str, str]]) -> None:
    _, outputs = run
    log = json.loads(outputs["sarif"])
    if not SARIF_SCHEMA.exists():
        pytest.skip(f"the SARIF schema is not at {SARIF_SCHEMA}")
    jsonschema.validate(log, json.loads(SARIF_SCHEMA.read_text()))
    results = log["runs"][0]["results"]
    prints = [r["partialFingerprints"]["quotecheck/v1"] for r in results]
    assert len(set(prints)) == len(prints)
    for r in results:
        reg = r["locations"][0]["physicalLocation"]["region"]
        assert (reg["endLine"], reg["endColumn"]) > (reg["startLine"], reg["startColumn"])
    reported = {"altered", "misattributed", "not_found", "minor", "unavailable", "no_source"}
    assert len(results) == sum(c["verdict"] in reported for c in _claims(outputs))


def test_junit_parses_with_a_case_per_claim(run: tuple[int, dict[str, str]]) -> None:
    _, outputs = run
    root = ET.fromstring(outputs["junit"])
    verdicts = Counter(c["verdict"] for c in _claims(outputs))
    assert int(root.get("tests", "-1")) == sum(verdicts.values())
    assert int(root.get("failures", "-1")) == sum(verdicts[v] for v in FAILING)


def test_github_annotations_are_capped(run: tuple[int, dict[str, str]]) -> None:
    _, outputs = run
    lines = outputs["github"].splitlines()
    kinds = Counter(line.split(" ", 1)[0].split("::")[1] for line in lines)
    claims = _claims(outputs)
    failing = sum(c["verdict"] in FAILING for c in claims)
    look = sum(c["verdict"] in WARNING or bool(c["cited_source"] and c["cited_source"]["error"])
               for c in claims if c["verdict"] not in FAILING)
    assert kinds["error"] == failing
    assert kinds["warning"] == min(look, 10)
    if look > 10:
        assert lines[-1].startswith(f"::notice title=quotecheck::{look - 10} more claims")


def test_markdown_fits_and_agrees_with_the_exit_code(run: tuple[int, dict[str, str]]) -> None:
    code, outputs = run
    text = outputs["markdown"]
    assert len(text) < LIMIT
    headline = text.splitlines()[2]
    expected = {0: "✅ No claim fails", 1: "claims fail (exit 1)", 3: "incomplete"}[code]
    assert expected in headline
    assert code == 0 or "✅" not in headline


def test_concise_lists_only_what_fails_or_warns(run: tuple[int, dict[str, str]]) -> None:
    _, outputs = run
    listed = [line for line in outputs["concise"].splitlines() if line.startswith("/")]
    shown = sum(c["verdict"] in FAILING | WARNING for c in _claims(outputs))
    assert len(listed) == shown
