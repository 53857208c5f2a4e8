"""Article bytes: UTF-8 with or without BOM; clear errors for anything else."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.articles import read_article
from quotecheck.decode import decode_text
from quotecheck.errors import ArticleError


def test_bom_is_dropped() -> None:
    assert decode_text("\ufeff“hi”".encode(), "a.md", strict=True) == "“hi”"


def test_binary_is_refused() -> None:
    with pytest.raises(ArticleError, match="binary"):
        decode_text(b"abc\x00def", "a.md", strict=True)


def test_bad_utf8_names_the_line() -> None:
    with pytest.raises(ArticleError, match="line 2"):
        decode_text(b"ok\nbad \xff byte", "a.md", strict=True)


def test_missing_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "missing.md")
    folder = tmp_path / "folder.md"
    folder.mkdir()
    with pytest.raises(ArticleError, match="directory"):
        read_article(folder)
