"""Time to check a folder of 200 generated articles against local sources, with --jobs 1
and --jobs 2, each run a fresh process (as CI runs it): medians of alternating runs, the
serial share (the main process's CPU before it forks its worker and after it has waited for
it to end, over the run's) and the speed-up (target: 1.6x).

Run: .venv/bin/python bench/many_articles.py [--articles 200] [--repeats 5] [--baseline ../main/src]
     [--no-bytecode-cache] [--halves]

With ``--halves`` it also times two ``--jobs 1`` runs over half the articles each, side by
side, against one over all of them: the speed-up two processes get with nothing shared and no
pool at all, a ceiling for ``--jobs 2`` on the same machine at the same load.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import english_like
from bench.jobs_timing import add_timing_options, compare_all, halves_reference, setups

SOURCES = 5
QUOTES = 10


def make_folder(root: Path, articles: int, seed: int = 4) -> None:
    """Sources of about 100 kB each and articles quoting them (some quotes altered)."""
    rnd = random.Random(seed)
    texts = []
    for k in range(SOURCES):
        text = english_like(100_000, seed=k + 10)
        (root / f"source{k}.txt").write_text(text, encoding="utf-8")
        texts.append(text)
    for n in range(articles):
        lines = []
        for q in range(QUOTES):
            k = rnd.randrange(SOURCES)
            at = rnd.randrange(len(texts[k]) - 300)
            words = texts[k][at : at + 300].split()[1 : rnd.randint(9, 20)]
            if q % 4 == 3:
                words[len(words) // 2] = "never"
            lines.append(f"Paragraph {q}: she said “{' '.join(words)}” "
                         f"([source](source{k}.txt)).\n")
        (root / f"article{n:03}.md").write_text("\n".join(lines), encoding="utf-8")


def split_folder(root: Path, into: Path, part: int) -> Path:
    """``into`` with every source of ``root`` and half its articles (the first or second
    half, by ``part``)."""
    articles = sorted(root.glob("article*.md"))
    half = len(articles) // 2
    for path in [*root.glob("source*.txt"),
                 *(articles[:half] if part == 0 else articles[half:])]:
        shutil.copyfile(path, into / path.name)
    return into


def main() -> None:
    """Print the time of each run, the serial share and the speed-up of two jobs."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=200)
    add_timing_options(parser)
    parser.add_argument("--halves", action="store_true",
                        help="also time two --jobs 1 runs over half the articles each, "
                             "side by side (a ceiling for --jobs 2)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        make_folder(root, args.articles)
        print(f"{args.articles} articles x {QUOTES} quotes, {SOURCES} sources of 100 kB each"
              f"{'; no compiled modules kept' if args.no_bytecode_cache else ''}")
        with ExitStack() as stack:
            measured = setups(stack, args.baseline, not args.no_bytecode_cache)
            compare_all(lambda jobs: ["verify", str(root), "--format", "json", "--jobs",
                                      str(jobs)], args.repeats, measured)
            if args.halves:
                halves = [split_folder(root, Path(stack.enter_context(
                    tempfile.TemporaryDirectory())), part) for part in (0, 1)]
                halves_reference(["verify", str(root), "--format", "json"],
                                 [["verify", str(half), "--format", "json"] for half in halves],
                                 args.repeats, measured[-1].cache)

if __name__ == "__main__":
    main()
