"""The cost of looking for unmarked copies: a 5 MB article against 20 sources, verified with
the search off and on in the same run (the best of a few rounds each), and the ratio.

The article is real prose (the public-domain books of the shared corpus, with opening
quotation marks and indentation removed so that the run is about prose, not quotes;
generated text where the corpus is absent), repeated to 5 MB. Each source is a generated
text of about 50 kB with three of the
article's paragraphs planted in it, one with a word changed, so the search has real
findings to build.

Run: .venv/bin/python bench/copies_cost.py [--size 5000000] [--rounds 2]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import english_like
from quotecheck.cli.inputs import collect_inputs
from quotecheck.models import ClaimKind
from quotecheck.pipeline import run_verify
from quotecheck.settings import CheckSettings, CopySettings

BOOKS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "books"
SOURCES = 20
_OPENING = re.compile(r"(?<![\w'])'")
_INDENT = re.compile(r"^[ \t]+", re.MULTILINE)
_MARKS = str.maketrans("", "", "\"“”‘")  # opening marks: no quotations left


def article_text(size: int) -> str:
    """About ``size`` characters of prose in paragraphs."""
    books = sorted(BOOKS.glob("*.txt")) if BOOKS.is_dir() else []
    text = "\n\n".join(b.read_text(encoding="utf-8-sig") for b in books).translate(_MARKS)
    text = _OPENING.sub("", _INDENT.sub("", text))  # no straight opening marks, no indented blocks
    if not text:
        text = english_like(size, seed=3)
    while len(text) < size:
        text += "\n\n" + text
    return text[:size]


def write_case(root: Path, size: int) -> list[str]:
    """The article and the sources, written under ``root``; the sources' paths."""
    text = article_text(size)
    (root / "article.txt").write_text(text, encoding="utf-8")
    paragraphs = [p for p in text.split("\n\n") if 60 <= len(p.split()) <= 200]
    paths = []
    for k in range(SOURCES):
        planted = paragraphs[(k * 997) % len(paragraphs) :][:3]
        words = planted[-1].split(" ")
        words[len(words) // 2] = "meanwhile"
        body = english_like(50_000, seed=100 + k).split("\n\n")
        middle = len(body) // 2
        source = "\n\n".join([*body[:middle], *planted[:2], *body[middle:], " ".join(words)])
        path = root / f"source{k}.txt"
        path.write_text(source, encoding="utf-8")
        paths.append(str(path))
    return paths


def timed(root: Path, settings: CheckSettings) -> tuple[float, float, int]:
    """Wall and CPU seconds to verify the article, and how many unmarked copies it has
    (CPU time is the steadier figure on a shared machine)."""
    wall, cpu = time.perf_counter(), time.process_time()
    report = run_verify(collect_inputs([str(root / "article.txt")]), settings)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return wall, cpu, sum(f.claim.kind is ClaimKind.UNMARKED for f in report.findings())


def main() -> None:
    """Print the times with the search off and on, and their ratio."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=5_000_000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        off = CheckSettings(sources=tuple(write_case(root, args.size)))
        on = replace(off, copies=CopySettings(enabled=True))
        runs_off = [timed(root, off) for _ in range(args.rounds)]
        runs_on = [timed(root, on) for _ in range(args.rounds)]
    print(f"article {args.size / 1e6:.1f} MB, {SOURCES} sources, best of {args.rounds}")
    for name, column in (("wall", 0), ("cpu", 1)):
        base = min(r[column] for r in runs_off)
        search = min(r[column] for r in runs_on)
        print(f"{name}: search off {base:.2f} s, on {search:.2f} s ({runs_on[0][2]} unmarked "
              f"findings, {runs_off[0][2]} without); ratio on/off {search / base:.2f}, "
              f"the search alone {search - base:.2f} s")


if __name__ == "__main__":
    main()
