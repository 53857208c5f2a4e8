"""``--jobs N``: N worker processes, started once, do the work of every article; the parent
only plans the run, hands out batches of about equal work and merges the results in order.

Three rounds on the same workers:

1. **plan** — each worker reads and parses a batch of articles, extracts their claims and
   finds the sources each claim may come from; the plans (small) come back to the parent.
   Online, the parent's reader threads fetch every web source as the plans arrive, so the
   per-host limits and the DNS memory hold for the whole run, and no worker touches the
   network.
2. **read** — each source that two or more articles offer is read and indexed once, by one
   worker; what was read (and, online, fetched) is pickled once and sent to every worker.
3. **check** — workers check batches of plans; a source that only one article offers is
   read by the worker that checks that article.

The same code runs whether workers fork (Linux) or are spawned (macOS, Windows): nothing
relies on what a worker inherits.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections import Counter
from collections.abc import Callable, Iterator, Sequence

from quotecheck.articles import read_input
from quotecheck.errors import QuotecheckError
from quotecheck.models import ArticleFile, ArticleInput, ArticleResult
from quotecheck.pipeline.checking import Plan, check_plan, plan_article
from quotecheck.pipeline.store import ReadSources, SourceStore
from quotecheck.pipeline.workers import Workers
from quotecheck.settings import CheckSettings
from quotecheck.sources.resolve import SourceRef

#: batches per worker in each round: enough to even out articles of different sizes, few
#: enough that handing them out costs nothing
BATCHES_PER_JOB = 8

Input = ArticleInput | ArticleFile
StoreMaker = Callable[[CheckSettings], SourceStore]
Planned = tuple[Plan, tuple[SourceRef, ...]] | QuotecheckError


class _Worker:
    """This worker process's state: the run's settings and its own store."""

    settings: CheckSettings = CheckSettings()
    store: SourceStore | None = None


def _start_worker(settings: CheckSettings, make_store: StoreMaker) -> None:
    """Set a worker up once: Ctrl-C is left to the parent (which ends the workers)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _Worker.settings, _Worker.store = settings, make_store(settings)


def _worker_store() -> SourceStore:
    assert _Worker.store is not None, "the worker was not started by check_in_parallel"
    return _Worker.store


def _plan_batch(items: list[Input]) -> list[Planned]:
    """Round 1 in a worker: read, parse and plan each article; a failure the user can fix
    (an unreadable article) comes back as data, raised by the parent in article order."""
    planned: list[Planned] = []
    for item in items:
        try:
            plan = plan_article(read_input(item), _Worker.settings)
            planned.append((plan, tuple({ref.location: ref for ref in plan.refs()}.values())))
        except QuotecheckError as exc:
            planned.append(exc)
    return planned


def _read_batch(batch: list[tuple[SourceRef, ReadSources | None]]) -> ReadSources:
    """Round 2 in a worker: read (unless the parent fetched it) and index each source."""
    store = _worker_store()
    for ref, fetched in batch:
        if fetched is not None:
            store.adopt(fetched)
        store.warm(ref)
    return store.export(ref.location for ref, _ in batch)


def _adopt(shared: ReadSources) -> None:
    """Between rounds 2 and 3 in every worker: take the run's shared sources."""
    _worker_store().adopt(shared)


def _check_batch(plans: list[Plan]) -> list[ArticleResult]:
    """Round 3 in a worker: check each plan."""
    store = _worker_store()
    return [check_plan(plan, store, _Worker.settings) for plan in plans]


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


def _size(item: Input) -> int:
    """About how much work reading and planning the article takes: its size."""
    if isinstance(item, ArticleInput):
        return len(item.article.raw)
    try:
        return item.path.stat().st_size
    except OSError:
        return 1  # its reader will say what is wrong


def _preload() -> None:
    """Import what every worker needs (the matcher: numpy, rapidfuzz) once, in the parent,
    so forked workers inherit it instead of each importing it again."""
    import quotecheck.match
    import quotecheck.sources.local  # noqa: F401


def start_method() -> str:
    """``fork`` where the system has it (cheapest), else ``spawn``."""
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def check_in_parallel(inputs: Sequence[Input], settings: CheckSettings, jobs: int,
                      make_store: StoreMaker) -> Iterator[ArticleResult]:
    """Every article's result, in order, by ``jobs`` worker processes started once; the
    first article that cannot be read raises its error before any source is read. On
    Ctrl-C (or any error) the workers are ended, not awaited."""
    method = start_method()
    if method == "fork":
        _preload()
    gc.freeze()  # forked workers leave the parent's objects alone: no copy of their pages
    try:
        workers = Workers(jobs, multiprocessing.get_context(method), _start_worker,
                          (settings, make_store))
    finally:
        gc.unfreeze()
    try:
        fetcher = None if settings.network.offline else make_store(settings)
        yield from _rounds(workers, list(inputs), jobs, fetcher)
    except BaseException:
        workers.terminate()
        raise
    workers.close()


def _rounds(workers: Workers, inputs: list[Input], jobs: int, fetcher: SourceStore | None
            ) -> Iterator[ArticleResult]:
    """Plan, read the shared sources, check: the three rounds on the same workers
    (online, the parent's ``fetcher`` reads the web sources)."""
    planned = _plan_all(workers, inputs, jobs, fetcher)
    workers.broadcast(_adopt, _read_shared(workers, [refs for _, refs in planned], jobs,
                                           fetcher))
    plans = [plan for plan, _ in planned]
    batches = balanced([plan.weight() for plan in plans], jobs * BATCHES_PER_JOB)
    for results in workers.map(_check_batch, ([plans[k] for k in batch] for batch in batches)):
        yield from results


def _plan_all(workers: Workers, inputs: list[Input], jobs: int, fetcher: SourceStore | None
              ) -> list[tuple[Plan, tuple[SourceRef, ...]]]:
    """Round 1: every article's plan and the sources it offers, in order (the first error
    raised); online, ``fetcher`` starts fetching each plan's web sources as it arrives."""
    batches = balanced([_size(item) for item in inputs], jobs * BATCHES_PER_JOB)
    plans: list[tuple[Plan, tuple[SourceRef, ...]]] = []
    for planned in workers.map(_plan_batch, ([inputs[k] for k in batch] for batch in batches)):
        for plan in planned:
            if isinstance(plan, QuotecheckError):
                raise plan
            plans.append(plan)
            if fetcher is not None:
                fetcher.prefetch(plan[1])
    return plans


def _read_shared(workers: Workers, offered: list[tuple[SourceRef, ...]], jobs: int,
                 fetcher: SourceStore | None) -> ReadSources:
    """Round 2: the sources two or more articles offer (``offered``: each article's), each
    read and indexed by one worker, with (online) every web source the parent fetched."""
    refs = {ref.location: ref for per_plan in offered for ref in per_plan}
    web = [ref for ref in refs.values() if ref.is_url and not ref.error]
    fetched = ReadSources({}, {}, {})
    if fetcher is not None:
        for ref in web:
            fetcher.text(ref)  # waits for the reader threads (in short, interruptible steps)
        fetched = fetcher.export(ref.location for ref in web)
    uses = Counter(ref.location for per_plan in offered for ref in per_plan)
    wanted = [(ref, _only(fetched, ref.location) if fetcher is not None and ref.is_url
               else None) for loc, ref in refs.items() if uses[loc] > 1 and not ref.error]
    shared = ReadSources(dict(fetched.texts), {}, {})
    sent = ([wanted[k] for k in batch]
            for batch in balanced([1] * len(wanted), jobs * BATCHES_PER_JOB))
    for read in workers.map(_read_batch, sent):
        shared.texts.update(read.texts)
        shared.indexes.update(read.indexes)
        shared.lines.update(read.lines)
    return shared


def _only(read: ReadSources, location: str) -> ReadSources:
    """What ``read`` holds of one source."""
    return ReadSources({location: read.texts[location]} if location in read.texts else {},
                       {}, {})
