"""What ``--jobs`` costs each process: a shared source is indexed once for the whole run
(by one process; the other loads it), numpy is imported before the worker forks only when a
large local source is likely, and an offline run imports no HTTP stack in any process."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

from quotecheck.cli.inputs import name_inputs
from quotecheck.pipeline.preload import large_local_source

WORDS = ("route fare council budget bridge ferry night open keep cut plan year city line "
         "river station driver ticket morning vote member street report week money").split()

#: runs the pipeline with N jobs, then prints the report's verdicts and whether the main
#: process imported numpy; every source index built (made from a text) and every one loaded
#: (unpickled) is noted, with the process that did it, in the file named last (a forked
#: worker inherits the patched class)
PARENT = """
import json, os, sys
from quotecheck.cli.inputs import name_inputs
from quotecheck.match.index import SourceIndex
from quotecheck.pipeline import run_verify
from quotecheck.settings import CheckSettings
def note(what):
    with open(sys.argv[3], "a", encoding="utf-8") as log:
        log.write(f"{os.getpid()} {what}\\n")
make = SourceIndex.__init__
def built(index, text):
    note("built")
    make(index, text)
def loaded(index, state):
    note("loaded")
    index.__dict__.update(state)
SourceIndex.__init__ = built
SourceIndex.__setstate__ = loaded
report = run_verify(list(name_inputs([sys.argv[1]])), CheckSettings(), jobs=int(sys.argv[2]))
print(json.dumps({"verdicts": [f.verdict.value for a in report.articles for f in a.findings],
                  "numpy": "numpy" in sys.modules}))
"""


def _large_source_folder(folder: Path, articles: int, length: int = 20_000) -> list[str]:
    """Articles quoting one source of about 120 kB (past the size at which its word-pair
    index is built with numpy; smaller with a smaller ``length`` in words), every other
    quote with one word changed."""
    rnd = random.Random(7)
    text = " ".join(rnd.choice(WORDS) + ("." if rnd.random() < 0.1 else "")
                    for _ in range(length))
    (folder / "big.txt").write_text(text, encoding="utf-8")
    words = text.split()
    for n in range(articles):
        at = rnd.randrange(len(words) - 40)
        quote = [w.strip(".") for w in words[at + 1 : at + 13]]
        if n % 2:
            quote[5] = "never"
        (folder / f"story{n}.md").write_text(f"She said “{' '.join(quote)}” ([b](big.txt)).\n",
                                             encoding="utf-8")
    return [f"story{n}.md" for n in range(articles)]


def _parent_run(folder: Path, jobs: int) -> tuple[dict[str, object], Counter[tuple[str, str]]]:
    """The run's verdicts and numpy flag, and how many indexes each process built and
    loaded."""
    log = folder.parent / f"{folder.name}-indexes-{jobs}.log"
    log.unlink(missing_ok=True)
    done = subprocess.run([sys.executable, "-c", PARENT, str(folder), str(jobs), str(log)],
                          capture_output=True, text=True, timeout=120, check=True)
    noted = log.read_text().split("\n") if log.exists() else []
    return dict(json.loads(done.stdout)), Counter(
        (pid, what) for pid, what in (line.split() for line in noted if line))


def test_a_shared_source_is_indexed_once_for_the_whole_run(tmp_path: Path) -> None:
    _large_source_folder(tmp_path, 6)
    (alone, alone_work), (shared, shared_work) = _parent_run(tmp_path, 1), _parent_run(tmp_path, 2)
    assert [what for (_, what) in alone_work.elements()] == ["built"]
    built = [pid for (pid, what) in shared_work.elements() if what == "built"]
    loaded = [pid for (pid, what) in shared_work.elements() if what == "loaded"]
    assert len(built) == 1  # one process of the two read and indexed it
    assert len(loaded) <= 1 and built[0] not in loaded  # the other one loaded it, once
    assert alone["numpy"] is True and shared["numpy"] is True  # imported before the fork
    verdicts = shared["verdicts"]
    assert verdicts == alone["verdicts"]
    assert isinstance(verdicts, list) and {"exact", "altered"} <= set(verdicts)


def test_numpy_is_preloaded_only_for_a_large_local_source(tmp_path: Path) -> None:
    (tmp_path / "small").mkdir()
    (tmp_path / "large").mkdir()
    _large_source_folder(tmp_path / "small", 4, length=2_000)  # about 12 kB
    _large_source_folder(tmp_path / "large", 4)
    small = list(name_inputs([str(tmp_path / "small")]))
    assert large_local_source(small) is False
    assert large_local_source(list(name_inputs([str(tmp_path / "large")]))) is True
    assert large_local_source([*small, *name_inputs([str(tmp_path / "large" / "story0.md")])])
    assert _parent_run(tmp_path / "small", 2)[0]["numpy"] is False  # nothing needs it
    big = tmp_path / "large" / "big.txt"
    big.rename(tmp_path / "big.txt")  # the source is no longer next to the articles
    assert large_local_source(list(name_inputs([str(tmp_path / "large")]))) is False
    assert large_local_source(list(name_inputs([str(tmp_path / "big.txt")]))) is False


def test_offline_no_process_imports_the_http_stack(tmp_path: Path) -> None:
    """``-X importtime`` is inherited by the forked workers: no process of the run may
    import requests or urllib3, though every article cites a web page."""
    (tmp_path / "m.txt").write_text("We will keep every route open.\n")
    for i in range(4):
        (tmp_path / f"story{i}.md").write_text(
            f"She said “we will keep every route open” ([m](m.txt)).\n\n"
            f"Lee said “the ferry runs all night” ([w](https://news.invalid/{i})).\n")
    (tmp_path / "quotecheck.toml").write_text(f'[cache]\npath = "{tmp_path / "c.sqlite"}"\n')
    for jobs in ("1", "2"):
        done = subprocess.run([sys.executable, "-X", "importtime", "-m", "quotecheck", "verify",
                               str(tmp_path), "--offline", "--format", "json", "--jobs", jobs],
                              capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 3, done.stderr[-2000:]
        errors = {c["source"]["error"] for a in json.loads(done.stdout)["articles"]
                  for c in a["claims"] if "news.invalid" in str(c["cited"])}
        assert errors == {"not in cache (offline)"}  # the web sources were looked up
        imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()
                    if line.startswith("import time:")}
        assert "rapidfuzz" in imported  # the probe sees what the run imports
        assert not {m for m in imported if m.split(".")[0] in {"requests", "urllib3"}}, jobs
