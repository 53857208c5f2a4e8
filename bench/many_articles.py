"""Time to check a folder of 200 generated articles against local sources, with --jobs 1
and --jobs 2, through the installed command (as CI would run it).

Run: .venv/bin/python bench/many_articles.py [--articles 200]
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import english_like

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


def timed(command: list[str]) -> tuple[float, int]:
    """Wall time and exit code of ``command``."""
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    return time.perf_counter() - started, done.returncode


def main() -> None:
    """Print the time of each run and the speed-up of two jobs over one."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=200)
    count = parser.parse_args().articles
    script = shutil.which("quotecheck", path=str(Path(sys.executable).parent))
    if script is None:
        raise SystemExit("install quotecheck first (pip install -e .)")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        make_folder(root, count)
        print(f"{count} articles x {QUOTES} quotes, {SOURCES} sources of 100 kB each")
        results = {}
        for jobs in (1, 2):
            elapsed, code = timed([script, "verify", str(root), "--format", "json",
                                   "--jobs", str(jobs)])
            results[jobs] = elapsed
            print(f"--jobs {jobs}: {elapsed:.2f} s (exit {code})")
        print(f"speed-up of --jobs 2 over --jobs 1: {results[1] / results[2]:.2f}x")


if __name__ == "__main__":
    main()
