"""``--jobs N``: N processes, this one and N - 1 workers started once, share the work of
every article; each takes the next batch of a round that no one has taken yet (see
:mod:`.workers`), and this process puts the results in order.

Three rounds:

1. **plan** — read and parse a batch of articles, extract their claims and find the sources
   each claim may come from; a worker keeps its plans and sends a copy here. Online, this
   process's reader threads fetch every web source as the plans arrive (one set of per-host
   limits and one DNS memory for the run; no worker touches the network).
2. **read** — each source that two or more articles offer is read (unless it was fetched
   here) and indexed once, by one process, and pickled once there for the others; the
   worker meanwhile loads the plans made here (pickled batch by batch during round 1).
3. **check** — check batches of plans; a source that only one article offers is read by
   the process that checks that article, or, fetched here, sent with that article's batch.

The same code runs whether workers fork (Linux) or are spawned (macOS, Windows): nothing
relies on what a worker inherits.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import ClassVar

from quotecheck.articles import read_input
from quotecheck.errors import QuotecheckError
from quotecheck.findings import ArticleResult
from quotecheck.models import ArticleFile, ArticleInput
from quotecheck.pipeline.checking import Plan, check_plan, plan_article
from quotecheck.pipeline.preload import preload
from quotecheck.pipeline.store import ReadSources, SourceStore
from quotecheck.pipeline.workers import Workers
from quotecheck.settings import CheckSettings
from quotecheck.sources.resolve import SourceRef

#: batches per process in each round before they shrink: enough to even out articles of
#: different sizes
BATCHES_PER_JOB = 8
#: the smallest batch of a round with shrinking batches: this share of the round's work
#: per job (the most one process can be left waiting for the other at the end of a round;
#: a process takes its next batch itself, so a small one costs next to nothing)
SMALLEST_SHARE = 128

Input = ArticleInput | ArticleFile
StoreMaker = Callable[[CheckSettings], SourceStore]
Planned = tuple[Plan, tuple[SourceRef, ...]] | QuotecheckError
#: sources read by one process, pickled there once (with its process id) for the others
Shipped = tuple[int, bytes]


class _Worker:
    """This process's state in a run (a worker's, or the main process's, which takes a share
    of the tasks too): the run's settings, its own store, the plans it holds (by article)."""

    settings: ClassVar[CheckSettings] = CheckSettings()
    store: ClassVar[SourceStore | None] = None
    plans: ClassVar[dict[int, Plan]] = {}


def _set_up(settings: CheckSettings, store: SourceStore | None) -> None:
    """Set this process up for a run (or, with no store, let go of the last one's)."""
    _Worker.settings, _Worker.store, _Worker.plans = settings, store, {}


def _start_worker(settings: CheckSettings, make_store: StoreMaker) -> None:
    """Set a worker up once: Ctrl-C is left to the parent (which ends the workers)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _set_up(settings, make_store(settings))


def _worker_store() -> SourceStore:
    assert _Worker.store is not None, "the process was not set up by check_in_parallel"
    return _Worker.store


def _plan_batch(items: list[tuple[int, Input]]) -> tuple[int, list[Planned]]:
    """Round 1: read, parse and plan each article (kept here for the check round); a
    failure the user can fix (an unreadable article) comes back as data, raised by the
    parent in article order. Returns the process's id and the plans."""
    planned: list[Planned] = []
    for number, item in items:
        try:
            plan = plan_article(read_input(item), _Worker.settings)
            _Worker.plans[number] = plan
            planned.append((plan, tuple({ref.location: ref for ref in plan.refs()}.values())))
        except QuotecheckError as exc:
            planned.append(exc)
    return os.getpid(), planned


def _learn(plans: dict[int, Plan]) -> None:
    """Before round 3 in a worker: the plans other processes made (its own it keeps)."""
    for number, plan in plans.items():
        _Worker.plans.setdefault(number, plan)


def _learn_pickled(plans: list[bytes]) -> None:
    """:func:`_learn` of plans pickled in parts."""
    for part in plans:
        _learn(pickle.loads(part))


def _read_batch(batch: list[tuple[SourceRef, ReadSources | None]]) -> Shipped:
    """Round 2: read (unless the parent fetched it) and index each source; what was read
    comes back pickled, for the other processes."""
    store = _worker_store()
    for ref, fetched in batch:
        if fetched is not None:
            store.adopt(fetched)
        store.warm(ref)
    read = store.export(ref.location for ref, _ in batch)
    return os.getpid(), pickle.dumps(read, protocol=pickle.HIGHEST_PROTOCOL)


def _adopt(shared: list[Shipped]) -> None:
    """Between rounds 2 and 3 in every process: take the shared sources the others read
    (its own are in its store already)."""
    store = _worker_store()
    for reader, read in shared:
        if reader != os.getpid():
            store.adopt(pickle.loads(read))


def _check_batch(job: tuple[list[int], ReadSources]) -> list[ArticleResult]:
    """Round 3: check each planned article (with the web sources only it needs)."""
    numbers, own = job
    store = _worker_store().adopt(own)
    return [check_plan(_Worker.plans[number], store, _Worker.settings) for number in numbers]


def balanced(weights: Sequence[int], count: int) -> list[list[int]]:
    """Consecutive batches of positions, about ``count`` of them, each of about the same
    total weight."""
    target = max(1.0, sum(weights) / max(1, count))
    batches: list[list[int]] = [[]]
    held = 0
    for position, weight in enumerate(weights):
        if held >= target:
            batches.append([])
            held = 0
        batches[-1].append(position)
        held += weight
    return [batch for batch in batches if batch]


def shrinking(weights: Sequence[int], jobs: int) -> list[list[int]]:
    """Consecutive batches of positions for ``jobs`` processes: a ``BATCHES_PER_JOB``-th of
    a job's share of the total weight each, until a ``2 * jobs``-th of what is left is
    less; then that, but no less than a ``SMALLEST_SHARE``-th of a job's share: small
    batches last, so that the processes finish a round together instead of one waiting
    for the other's last batch."""
    jobs = max(1, jobs)
    left = float(sum(weights))
    cap, floor = left / (jobs * BATCHES_PER_JOB), left / (jobs * SMALLEST_SHARE)
    batches: list[list[int]] = []
    held = target = 0.0
    for position, weight in enumerate(weights):
        if not batches or held >= target:
            target, held = max(floor, min(cap, left / (2 * jobs))), 0.0
            batches.append([])
        batches[-1].append(position)
        held += weight
        left -= weight
    return batches


def _size(item: Input) -> int:
    """About how much work reading and planning the article takes: its size."""
    if isinstance(item, ArticleInput):
        return len(item.article.raw)
    try:
        return item.path.stat().st_size
    except OSError:
        return 1  # its reader will say what is wrong


def start_method() -> str:
    """``fork`` where the system has it (cheapest), else ``spawn``."""
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def check_in_parallel(inputs: Sequence[Input], settings: CheckSettings, jobs: int,
                      make_store: StoreMaker, planned: Callable[[int], None] | None = None
                      ) -> Iterator[ArticleResult]:
    """Every article's result, in order, by ``jobs`` processes: this one and ``jobs - 1``
    workers started once; the first article that cannot be read raises its error before any
    source is read; ``planned`` hears how many articles each batch of the first round
    planned. On Ctrl-C (or any error) the workers are ended, not awaited."""
    method = start_method()
    if method == "fork":
        preload(inputs)
    gc.freeze()  # forked workers leave the parent's objects alone: no copy of their pages
    try:
        workers = Workers(jobs - 1, multiprocessing.get_context(method), _start_worker,
                          (settings, make_store))
    finally:
        gc.unfreeze()
    try:
        fetcher = None if settings.network.offline else make_store(settings)
        _set_up(settings, fetcher if fetcher is not None else make_store(settings))
        yield from _rounds(workers, list(inputs), jobs, fetcher, planned)
    except BaseException:
        workers.terminate()
        raise
    finally:
        _set_up(CheckSettings(), None)
    workers.close()


def _rounds(workers: Workers, inputs: list[Input], jobs: int, fetcher: SourceStore | None,
            progress: Callable[[int], None] | None) -> Iterator[ArticleResult]:
    """Plan, read the shared sources, check: the three rounds, each shared by this process
    and the workers (online, the ``fetcher``, this process's store, reads the web sources;
    a web source only one article offers goes with that article's batch)."""
    planned, mine = _plan_all(workers, inputs, jobs, fetcher, progress)
    every = dict(enumerate(plan for plan, _ in planned))
    if jobs == 2:  # one worker: it lacks only what this process made (pickled already)
        workers.broadcast(_learn_pickled, mine, wait=False)
    else:
        workers.broadcast(_learn, every, wait=False)
    _learn(every)
    offered = [refs for _, refs in planned]
    fetched = _fetched(fetcher, offered)
    shared, read = _read_shared(workers, offered, jobs, fetched)
    workers.broadcast(_adopt, [r for r in read if r[0] == os.getpid() or jobs > 2],
                      wait=False)
    _adopt(read)
    batches = shrinking([plan.weight() for plan, _ in planned], jobs)
    tasks = [(batch, _own_texts(fetched, shared, (ref for k in batch for ref in planned[k][1])))
             for batch in batches]
    for results in workers.map(_check_batch, tasks, here=True):
        yield from results


def _own_texts(fetched: ReadSources, shared: set[str], refs: Iterable[SourceRef]
               ) -> ReadSources:
    """The texts, of those the parent fetched, that ``refs`` need and no broadcast holds."""
    return ReadSources({ref.location: fetched.texts[ref.location] for ref in refs
                        if ref.location in fetched.texts and ref.location not in shared},
                       {}, {})


def _plan_all(workers: Workers, inputs: list[Input], jobs: int, fetcher: SourceStore | None,
              progress: Callable[[int], None] | None = None
              ) -> tuple[list[tuple[Plan, tuple[SourceRef, ...]]], list[bytes]]:
    """Round 1: every article's plan and the sources it offers, in order (the first error
    raised), and the plans this process made, pickled batch by batch as they come (for a
    worker, while the round goes on); online, ``fetcher`` starts fetching each plan's web
    sources as it arrives; ``progress`` hears of each batch planned."""
    batches = shrinking([_size(item) for item in inputs], jobs)
    tasks = [[(k, inputs[k]) for k in batch] for batch in batches]
    plans: list[tuple[Plan, tuple[SourceRef, ...]]] = []
    mine: list[bytes] = []
    for batch, (maker, planned) in zip(batches, workers.map(_plan_batch, tasks, here=True),
                                       strict=True):
        if progress:
            progress(len(planned))
        for plan in planned:
            if isinstance(plan, QuotecheckError):
                raise plan
            plans.append(plan)
            if fetcher is not None:
                fetcher.prefetch(plan[1])
        if maker == os.getpid() and jobs == 2:
            mine.append(pickle.dumps({k: _Worker.plans[k] for k in batch},
                                     protocol=pickle.HIGHEST_PROTOCOL))
    return plans, mine


def _fetched(fetcher: SourceStore | None, offered: list[tuple[SourceRef, ...]]
             ) -> ReadSources:
    """Online: every web source the articles offer, once the parent's readers have it."""
    if fetcher is None:
        return ReadSources({}, {}, {})
    web = {ref.location: ref for refs in offered for ref in refs if ref.is_url and not ref.error}
    for ref in web.values():
        fetcher.text(ref)  # waits for the reader threads (in short, interruptible steps)
    return fetcher.export(web)


def _read_shared(workers: Workers, offered: list[tuple[SourceRef, ...]], jobs: int,
                 fetched: ReadSources) -> tuple[set[str], list[Shipped]]:
    """Round 2: the sources two or more articles offer (``offered``: each article's), each
    read (unless ``fetched`` here) and indexed by one process: their locations, and what
    each process read, still pickled."""
    refs = {ref.location: ref for per_plan in offered for ref in per_plan}
    uses = Counter(ref.location for per_plan in offered for ref in per_plan)
    wanted = [(ref, _only(fetched, loc) if loc in fetched.texts else None)
              for loc, ref in refs.items() if uses[loc] > 1 and not ref.error]
    sent = [[wanted[k] for k in batch]
            for batch in balanced([1] * len(wanted), jobs * BATCHES_PER_JOB)]
    return {ref.location for ref, _ in wanted}, list(workers.map(_read_batch, sent, here=True))


def _only(read: ReadSources, location: str) -> ReadSources:
    """What ``read`` holds of one source."""
    return ReadSources({location: read.texts[location]}, {}, {})
