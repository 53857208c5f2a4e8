"""Word hashes and word-pair keys in plain Python, for quotes and small sources.

A word is a run of ASCII letters or digits or non-ASCII characters (apostrophes and hyphens
split words). Each word hashes from its first and last eight UTF-8 bytes and its length.
:mod:`.wordhash` computes the same hashes in bulk with numpy for large sources; the two
must always agree (a test checks that they do). This module never imports numpy.
"""

from __future__ import annotations

import itertools
import re

C1, C2, C3 = 0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9
MASK = (1 << 64) - 1
# ASCII letters and digits and every non-ASCII character, written as what is left out: the
# same class, compiled in a twentieth of the time of "[A-Za-z0-9\u0080-\U0010ffff]"
WORD_RUN = re.compile("[^\x00-/:-@\\[-`{-\x7f]+")


def mix_int(value: int) -> int:
    """The 64-bit finaliser of :func:`.wordhash.mix`, on one number."""
    value ^= value >> 33
    value = (value * C2) & MASK
    return value ^ (value >> 29)


def hash_word(word: bytes) -> int:
    """The hash of one word's UTF-8 bytes."""
    first = int.from_bytes(word[:8], "little")
    last = int.from_bytes(word[-8:], "little") if len(word) > 8 else 0
    return mix_int(((first * C1) ^ (last * C2) ^ (len(word) * C3)) & MASK)


def word_keys(text: str) -> tuple[list[int], list[int]]:
    """Start offsets (in characters) and hashes of every word of ``text``."""
    starts: list[int] = []
    hashes: list[int] = []
    for found in WORD_RUN.finditer(text):
        starts.append(found.start())
        hashes.append(hash_word(found.group(0).encode("utf-8")))
    return starts, hashes


def pair_keys(hashes: list[int]) -> list[int]:
    """One key per pair of neighbouring words."""
    return [mix_int((a * C3 + b) & MASK) for a, b in itertools.pairwise(hashes)]


def small_bigram_keys(text: str) -> list[int]:
    """The word-pair keys of ``text`` (a quote, or a small source)."""
    return pair_keys(word_keys(text)[1])
