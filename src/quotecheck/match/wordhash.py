"""Word hashes of a text, computed in bulk with numpy, for the bigram index of a large
source (:mod:`.wordkeys` computes the same in plain Python for quotes and small sources).

A word here is a run of letters, digits or non-ASCII characters (apostrophes and hyphens
split words). Each word hashes from its first and last eight bytes and its length, so words
up to sixteen bytes never collide; a rare collision only costs a wasted candidate, since
every candidate is checked by alignment.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from quotecheck.match.wordkeys import C1, C2, C3, small_bigram_keys

__all__ = ["I64", "U64", "bigram_keys", "mix", "shingle_keys", "small_bigram_keys",
           "word_hashes"]

U64 = npt.NDArray[np.uint64]
I64 = npt.NDArray[np.int64]

_WORD_BYTES = np.zeros(256, dtype=bool)
for _c in b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789":
    _WORD_BYTES[_c] = True
_WORD_BYTES[0x80:] = True
_C1, _C2, _C3 = np.uint64(C1), np.uint64(C2), np.uint64(C3)
CHUNK = 8 * 1024 * 1024


def mix(values: U64) -> U64:
    """A cheap 64-bit finaliser so that nearby inputs spread over the whole range."""
    with np.errstate(over="ignore"):
        values = values ^ (values >> np.uint64(33))
        values = values * _C2
        mixed: U64 = values ^ (values >> np.uint64(29))
        return mixed


def _hash_chunk(text: str) -> tuple[I64, U64]:
    data = text.encode("utf-8")
    buf = np.frombuffer(data, dtype=np.uint8)
    isword = _WORD_BYTES[buf].view(np.int8)
    edges = np.diff(isword, prepend=np.int8(0), append=np.int8(0))
    starts = np.flatnonzero(edges == 1)
    ends = np.flatnonzero(edges == -1)
    lengths = (ends - starts).astype(np.uint64)
    padded = np.concatenate([buf, np.zeros(8, dtype=np.uint8)])
    windows = np.lib.stride_tricks.sliding_window_view(padded, 8)
    first = np.ascontiguousarray(windows[starts]).view("<u8").ravel()
    shift = np.minimum(lengths, np.uint64(7)) * np.uint64(8)
    mask = np.where(lengths >= 8, np.uint64(0xFFFFFFFFFFFFFFFF),
                    (np.uint64(1) << shift) - np.uint64(1))
    first = first & mask
    tail = np.maximum(ends - 8, starts)
    last = np.ascontiguousarray(windows[tail]).view("<u8").ravel()
    last = np.where(lengths > 8, last, np.uint64(0))
    with np.errstate(over="ignore"):
        hashes = mix(first * _C1 ^ last * _C2 ^ lengths * _C3)
    if len(data) != len(text):
        continuation = (buf & 0xC0) == 0x80
        before = np.concatenate([[0], np.cumsum(continuation)])
        starts = starts - before[starts]
    return starts.astype(np.int64), hashes


def _chunk_ends(text: str) -> list[int]:
    """Cut points near every CHUNK characters, each at a space so no word is split."""
    cuts = []
    pos = 0
    while pos + CHUNK < len(text):
        cut = text.find(" ", pos + CHUNK)
        if cut < 0:
            break
        cuts.append(cut)
        pos = cut
    cuts.append(len(text))
    return cuts


def word_hashes(text: str) -> tuple[I64, U64]:
    """Start offsets (in characters) and hashes of every word of ``text``."""
    starts: list[I64] = []
    hashes: list[U64] = []
    pos = 0
    for cut in _chunk_ends(text):
        chunk_starts, chunk_hashes = _hash_chunk(text[pos:cut])
        starts.append(chunk_starts + pos)
        hashes.append(chunk_hashes)
        pos = cut
    return np.concatenate(starts), np.concatenate(hashes)


def bigram_keys(hashes: U64) -> U64:
    """One key per pair of neighbouring words."""
    if len(hashes) < 2:
        return np.zeros(0, dtype=np.uint64)
    with np.errstate(over="ignore"):
        return mix(hashes[:-1] * _C3 + hashes[1:])


def shingle_keys(hashes: U64, size: int) -> U64:
    """One key per run of ``size`` neighbouring words (a polynomial of their hashes), so
    that two texts share a key where they share ``size`` words in a row."""
    if size < 1 or len(hashes) < size:
        return np.zeros(0, dtype=np.uint64)
    count = len(hashes) - size + 1
    keys = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for offset in range(size):
            keys = keys * _C3 + hashes[offset : offset + count]
        return mix(keys)
