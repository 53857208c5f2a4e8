"""Versions read straight from ``*.dist-info/METADATA`` agree with importlib.metadata."""

from __future__ import annotations

from importlib.metadata import distributions, version
from pathlib import Path

import pytest

from quotecheck import __version__
from quotecheck.installed import _from_dist_info, _scan, installed_version


@pytest.mark.parametrize("name", ["quotecheck", "trafilatura", "typer", "rapidfuzz",
                                  "markdown-it-py", "Markdown_It.Py", "PyYAML", "pyyaml"])
def test_same_as_importlib_metadata(name: str) -> None:
    assert _scan(name) == version(name)  # found on the fast path, not by the fallback
    assert installed_version(name) == version(name)


def test_every_installed_distribution() -> None:
    names = {d.metadata["Name"] for d in distributions()}
    assert len(names) > 20
    assert {n: _scan(n) for n in names} == {n: version(n) for n in names}


def test_not_installed_and_the_package_version() -> None:
    assert installed_version("no-such-distribution-here") is None
    assert __version__ == version("quotecheck")


def test_metadata_without_a_version(tmp_path: Path) -> None:
    (tmp_path / "METADATA").write_text("Metadata-Version: 2.1\nName: x\n\nVersion: 9\n")
    assert _from_dist_info(str(tmp_path)) is None  # a body line is no header
    assert _from_dist_info(str(tmp_path / "missing")) is None
