"""One hostile page never ends or hangs the run: each attack is that claim's `unavailable`
with a reason, or the page is read despite it; the other claims are checked as usual."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import Run
from tests.hostile.conftest import article, claims
from tests.hostile.server import QUOTE, Hostile, hostile


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, Hostile]]:
    with hostile() as running:
        yield running


@pytest.mark.parametrize(("path", "verdict", "error"), [
    ("/drip", "unavailable", "timed out (no answer within the 2 s deadline)"),
    ("/lying-open", "unavailable", "timed out"),
    ("/lying-closed", "unavailable", "broken response (ProtocolError)"),
    ("/bad-chunk", "unavailable", "broken response (ProtocolError)"),
    ("/fake-gzip", "unavailable", "broken response (DecodeError)"),
    ("/bad-port", "unavailable", "malformed address (bad host or port)"),
    ("/bad-ipv6", "unavailable", "malformed answer (Invalid IPv6 URL)"),
    ("/deep-json-ld", "exact", None),
    ("/graph-5", "exact", None),
    ("/deep-div", "exact", None),
    ("/always-busy", "unavailable", "HTTP 503"),
])
def test_attack_is_one_claims_reason(cli: Callable[..., Run], tmp_path: Path,
                                     server: tuple[str, Hostile], path: str, verdict: str,
                                     error: str | None) -> None:
    base, _ = server
    story = article(tmp_path, [f"{base}{path}"])
    plain = tmp_path / "plain.md"
    plain.write_text(f"The mayor said “{QUOTE}” ([link]({base}/page)).\n")
    run = cli("verify", str(story), str(plain), "--allow-private", "--format", "json")
    hostile_claim = claims(run)[0]
    assert (hostile_claim["verdict"], (hostile_claim["source"] or {}).get("error")) == (
        verdict, error)
    assert run.json()["articles"][1]["claims"][0]["verdict"] == "exact"  # the run went on
    assert run.code == (0 if verdict == "exact" else 3)


def test_retry_waits_stay_inside_the_deadline(cli: Callable[..., Run], tmp_path: Path,
                                              server: tuple[str, Hostile]) -> None:
    base, routes = server
    before = routes.hits["/always-busy"]
    cli("verify", str(article(tmp_path, [f"{base}/always-busy"])), "--allow-private",
        "--format", "json")
    # Retry-After: 1 within a 2 s deadline: at most two more asks, never the 11 retries allow
    assert 1 <= routes.hits["/always-busy"] - before <= 2


def test_retry_after_as_an_http_date(cli: Callable[..., Run], tmp_path: Path,
                                     server: tuple[str, Hostile]) -> None:
    base, routes = server
    config = article(tmp_path, []).parent / "quotecheck.toml"
    config.write_text(config.read_text().replace("deadline = 2", "deadline = 10"))
    run = cli("verify", str(article(tmp_path, [f"{base}/busy-until"], config.read_text())),
              "--allow-private", "--format", "json")
    assert claims(run)[0]["verdict"] == "exact"
    assert routes.hits["/busy-until"] == 2


def test_bad_port_written_in_the_article(cli: Callable[..., Run], tmp_path: Path) -> None:
    run = cli("verify", str(article(tmp_path, ["http://example.com:99999/",
                                               "http://[::1/"])), "--format", "json")
    assert [c["source"]["error"] for c in claims(run)] == [
        "malformed address (bad host or port)"] * 2
    assert run.code == 3
