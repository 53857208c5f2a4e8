"""The whole DigitalGov sample (400 real posts, ../shared/corpus/digitalgov/news) checked as a
CI job would: ``quotecheck verify --offline`` with an empty cache in a temporary folder, with
``--jobs 1`` and ``--jobs 2``: wall time (target: 30 s or less on 2 cores) and the speed-up
of two jobs over one (target: 1.6x).

Run: .venv/bin/python bench/digitalgov.py [--repeats 5] [--baseline ../main/src]
     [--no-bytecode-cache]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "digitalgov" / "news"
TARGET_SECONDS = 30.0
TARGET_RATIO = 1.6

sys.path.insert(0, str(ROOT))

from bench.jobs_timing import add_timing_options, compare_all, run_once, setups  # noqa: E402


def main() -> None:
    """Print each configuration's median wall and CPU time, the serial share, the
    speed-up, and both against the targets."""
    parser = argparse.ArgumentParser(description=__doc__)
    add_timing_options(parser)
    args = parser.parse_args()
    if not CORPUS.is_dir():
        raise SystemExit(f"the DigitalGov sample is not at {CORPUS}")
    print(f"{sum(1 for _ in CORPUS.rglob('*.md'))} posts, --offline, an empty cache each run")
    with tempfile.TemporaryDirectory() as folder:
        runs = iter(range(10**6))

        def args_for(jobs: int) -> list[str]:
            config = Path(folder) / f"quotecheck-{next(runs)}.toml"  # a new, empty cache
            config.write_text(f'[cache]\npath = "{config.with_suffix(".sqlite")}"\n')
            return ["verify", str(CORPUS), "--offline", "--config", str(config), "--format",
                    "json", "--jobs", str(jobs)]

        with ExitStack() as stack:
            measured = setups(stack, args.baseline, not args.no_bytecode_cache)
            ratio = compare_all(args_for, args.repeats, measured)[-1]
            wall = run_once(args_for(2), cache=measured[-1].cache).wall
    print(f"--jobs 2: {wall:.1f} s against a target of {TARGET_SECONDS:.0f} s "
          f"({'met' if wall <= TARGET_SECONDS else 'missed'}); speed-up {ratio:.2f}x against "
          f"{TARGET_RATIO}x ({'met' if ratio >= TARGET_RATIO else 'missed'})")


if __name__ == "__main__":
    main()
