"""Reading files that someone else named: only regular files (a FIFO or a device named as
an article, source or config must not block or stream forever), read within a size cap,
and — for paths that untrusted text chose — only inside the root, symlinks resolved."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from quotecheck.errors import ArticleError


class NotRegularFileError(OSError):
    """The path names a FIFO, device, socket or folder, not a regular file."""


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path`` (symlinks followed), at most ``limit`` + 1 of
    them, so that the caller can tell an oversized file.

    Raises IsADirectoryError for a folder and NotRegularFileError for any other file that
    is not regular (opened without blocking, then checked on the open descriptor), and
    OSError as ``open`` does.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(21, "Is a directory", str(path))
        if not stat.S_ISREG(mode):
            raise NotRegularFileError(f"{_kind(mode)}, not a regular file")
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def inside(path: Path, root: Path) -> bool:
    """True when ``path``, symlinks resolved, lies inside ``root``."""
    return path.resolve().is_relative_to(root.resolve())


def confined(paths: Iterable[Path], root: Path) -> Iterator[Path]:
    """``paths`` found by a folder scan, each checked to resolve inside ``root`` (a symlink
    in a repository must not make quotecheck read and print a file outside it). The root
    is resolved once, and each folder once for all its files."""
    top = root.resolve()
    folders: dict[Path, Path] = {}
    for path in paths:
        if not _resolved(path, folders).is_relative_to(top):
            raise ArticleError(f"{path}: refused: a symlink to a file outside the repository "
                               f"root {root} (name the file itself to check it)")
        yield path


def _resolved(path: Path, folders: dict[Path, Path]) -> Path:
    """``path.resolve()``: its folder resolved (once, kept in ``folders``), then the file
    itself followed only when it is a symlink."""
    if path.is_symlink() or path.name in ("", ".", ".."):
        return path.resolve()
    folder = folders.get(path.parent)
    if folder is None:
        folder = folders[path.parent] = path.parent.resolve()
    return folder / path.name
