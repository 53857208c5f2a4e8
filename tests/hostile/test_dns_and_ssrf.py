"""Name resolution: --offline never resolves, one lookup per host per run, a short timeout,
only globally routable addresses, and the connection goes to the address checked."""

from __future__ import annotations

import socket
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from quotecheck.sources.safety import is_public
from tests.conftest import Run
from tests.hostile.conftest import CONFIG, article, claims
from tests.hostile.server import Hostile, hostile

REAL_GETADDRINFO = socket.getaddrinfo
ARCHIVE = ('[archive]\nlookup-url = "http://archive.invalid/wayback/available"\n'
           'snapshot-url = "http://archive.invalid/web/"\n')


class FakeDNS:
    """A patched resolver: names map to answers (an address, a list used in turn, an
    error, or a delay); numeric hosts go to the real one; every lookup is counted."""

    def __init__(self, answers: dict[str, Any]) -> None:
        self.answers = answers
        self.asked: Counter[str] = Counter()

    def __call__(self, host: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else str(host)
        try:
            socket.inet_pton(socket.AF_INET6 if ":" in name else socket.AF_INET, name)
            return REAL_GETADDRINFO(host, *args, **kwargs)
        except OSError:
            pass
        self.asked[name] += 1
        answer = self.answers.get(name, socket.gaierror("no such host"))
        if isinstance(answer, list):
            answer = answer[min(self.asked[name], len(answer)) - 1]
        if isinstance(answer, float):
            time.sleep(answer)
            raise socket.gaierror("too late")
        if isinstance(answer, BaseException):
            raise answer
        return REAL_GETADDRINFO(answer, *args, **kwargs)


@pytest.fixture
def dns(monkeypatch: pytest.MonkeyPatch) -> Callable[[dict[str, Any]], FakeDNS]:
    def install(answers: dict[str, Any]) -> FakeDNS:
        fake = FakeDNS(answers)
        monkeypatch.setattr(socket, "getaddrinfo", fake)
        return fake
    return install


@pytest.fixture
def server() -> Iterator[tuple[str, Hostile]]:
    with hostile() as running:
        yield running


def test_offline_makes_no_dns_lookup(cli: Callable[..., Run], tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        asked.append(str(args[0]))
        raise AssertionError(f"--offline resolved {args[0]!r}")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    story = article(tmp_path, ["https://news.example/a", "https://news.example/b",
                               "http://other.example:8080/c"],
                    CONFIG.replace("[archive]\nenabled = false\n", ARCHIVE))
    run = cli("verify", str(story), "--offline", "--format", "json")
    assert asked == []
    assert [c["source"]["error"] for c in claims(run)] == ["not in cache (offline)"] * 3


def test_one_lookup_per_host_and_no_archive_lookup_once_its_host_fails(
        cli: Callable[..., Run], tmp_path: Path,
        dns: Callable[[dict[str, Any]], FakeDNS]) -> None:
    fake = dns({})
    story = article(tmp_path, [f"http://gone.invalid/{n}" for n in range(4)],
                    CONFIG.replace("[archive]\nenabled = false\n", ARCHIVE))
    run = cli("verify", str(story), "--format", "json")
    assert fake.asked == Counter({"gone.invalid": 1, "archive.invalid": 1})
    assert {c["source"]["error"] for c in claims(run)} == {
        "DNS lookup failed; archive not reachable (DNS lookup failed)"}


def test_a_stuck_resolver_times_out(cli: Callable[..., Run], tmp_path: Path,
                                    dns: Callable[[dict[str, Any]], FakeDNS]) -> None:
    dns({"slow.example": 3.0})
    story = article(tmp_path, ["http://slow.example/a"],
                    CONFIG.replace("[network]\n", "[network]\nresolve-timeout = 0.3\n"))
    run = cli("verify", str(story), "--format", "json")
    assert claims(run)[0]["source"]["error"] == "DNS lookup timed out"


@pytest.mark.parametrize("address", [
    "100.100.100.200", "100.64.0.1", "192.0.0.8", "192.0.0.170", "127.0.0.1", "10.1.2.3",
    "169.254.169.254", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "fe80::1",
    "fd00::1", "::ffff:127.0.0.1", "::ffff:100.100.100.200", "2002:7f00:1::1", "::"])
def test_not_globally_routable(address: str) -> None:
    assert not is_public(address)


@pytest.mark.parametrize("address", ["8.8.8.8", "93.184.216.34", "2606:4700::1111"])
def test_globally_routable(address: str) -> None:
    assert is_public(address)


@pytest.mark.parametrize("address", ["100.100.100.200", "192.0.0.8", "::ffff:10.0.0.1"])
def test_a_name_that_resolves_inside_is_refused(cli: Callable[..., Run], tmp_path: Path,
                                                dns: Callable[[dict[str, Any]], FakeDNS],
                                                address: str) -> None:
    dns({"metadata.example": address})
    run = cli("verify", str(article(tmp_path, ["http://metadata.example/latest"])),
              "--format", "json")
    error = claims(run)[0]["source"]["error"]
    assert error.startswith(f"refused: metadata.example is a private or local address ({address})")


def test_connection_goes_to_the_checked_address(cli: Callable[..., Run], tmp_path: Path,
                                                dns: Callable[[dict[str, Any]], FakeDNS],
                                                server: tuple[str, Hostile]) -> None:
    base, routes = server
    port = base.rsplit(":", 1)[1]
    # checked as 127.0.0.1 (where the server is); a second lookup would give 127.0.0.9
    fake = dns({"rebind.test": ["127.0.0.1", "127.0.0.9"]})
    run = cli("verify", str(article(tmp_path, [f"http://rebind.test:{port}/page"])),
              "--allow-private", "--format", "json")
    assert claims(run)[0]["verdict"] == "exact"
    assert fake.asked["rebind.test"] == 1
    assert routes.hosts == [f"rebind.test:{port}"]  # the Host header keeps the name


@pytest.mark.parametrize("spelling", ["rebind.test.", "REBIND.test"])
def test_another_spelling_of_the_name_is_not_looked_up_again(
        cli: Callable[..., Run], tmp_path: Path, dns: Callable[[dict[str, Any]], FakeDNS],
        server: tuple[str, Hostile], spelling: str) -> None:
    base, _ = server
    port = base.rsplit(":", 1)[1]
    answers = ["127.0.0.1", "127.0.0.9"]
    fake = dns({"rebind.test": list(answers), "rebind.test.": list(answers)})
    run = cli("verify", str(article(tmp_path, [f"http://{spelling}:{port}/page"])),
              "--allow-private", "--format", "json")
    assert claims(run)[0]["verdict"] == "exact"
    assert sum(fake.asked.values()) == 1
