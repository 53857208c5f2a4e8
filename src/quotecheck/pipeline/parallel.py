"""``--jobs N``: the run's shared sources read and indexed once, in the parent, before the
worker processes start; workers started once and handed whole batches of articles.

With the ``fork`` start method (Linux) the workers inherit the parent's warmed source store
and the articles themselves, so a task is only a batch of article numbers and a result an
article's findings. Elsewhere each worker builds its own store on its first batch.
"""

from __future__ import annotations

import multiprocessing
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from quotecheck.models import ArticleInput, ArticleResult
from quotecheck.pipeline.store import SourceStore
from quotecheck.settings import CheckSettings
from quotecheck.sources.resolve import SourceRef, find_root, resolve_ref

#: batches per worker: enough to even out articles of different sizes, few enough that
#: handing them out costs nothing
BATCHES_PER_JOB = 4

Checker = Callable[[ArticleInput, SourceStore, CheckSettings], ArticleResult]


class _Shared:
    """What forked workers inherit from the parent: articles, settings, a warmed store."""

    inputs: tuple[ArticleInput, ...] = ()
    settings: CheckSettings | None = None
    warmed: SourceStore | None = None
    store: SourceStore | None = None
    check: Checker | None = None
    make_store: Callable[[CheckSettings], SourceStore] | None = None


def _offered(inputs: list[ArticleInput], settings: CheckSettings) -> list[dict[str, SourceRef]]:
    """Each article's sources (its listed sources and links) by location, known without
    extracting its claims; each (folder, link) resolved once for the whole run."""
    copies = dict(settings.source_map)
    roots: dict[Path, Path] = {}
    fixed = Path(settings.root).resolve() if settings.root else None
    fallback = Path(settings.fallback_root) if settings.fallback_root else None
    resolved: dict[tuple[Path, str], SourceRef | None] = {}
    trusted = [r for s in settings.sources if (r := resolve_ref(s, Path.cwd(), None, copies))]
    out = []
    for item in inputs:
        if item.base not in roots:
            roots[item.base] = fixed or find_root(item.base, fallback)
        root = roots[item.base]
        refs = list(trusted)
        for link in (*item.article.sources, *(k.url for k in item.article.links)):
            key = (item.base, link)
            if key not in resolved:
                resolved[key] = resolve_ref(link, item.base, root, copies)
            if (ref := resolved[key]) is not None:
                refs.append(replace(ref, when=item.article.date) if item.article.date else ref)
        out.append({r.location: r for r in refs})
    return out


def warm(store: SourceStore, inputs: list[ArticleInput], settings: CheckSettings) -> int:
    """Fetch every web source at once, then read and index each source that two or more
    articles offer, so no worker reads or indexes it again; how many were warmed."""
    per_article = _offered(inputs, settings)
    store.prefetch(ref for refs in per_article for ref in refs.values())
    store.settle()  # no reader thread may hold a lock when the workers fork
    uses = Counter(location for refs in per_article for location in refs)
    refs = {loc: ref for refs in per_article for loc, ref in refs.items() if uses[loc] > 1}
    for ref in refs.values():
        store.warm(ref)
    return len(refs)


def _batches(count: int, jobs: int) -> list[tuple[int, ...]]:
    """Article numbers in consecutive batches, ``BATCHES_PER_JOB`` per job at most."""
    size = max(1, -(-count // (jobs * BATCHES_PER_JOB)))
    return [tuple(range(start, min(start + size, count))) for start in range(0, count, size)]


def _check_batch(batch: tuple[int, ...]) -> list[ArticleResult]:
    """Check a batch of articles in a worker (forked: with the parent's warmed store)."""
    settings, check = _Shared.settings, _Shared.check
    assert settings is not None and check is not None and _Shared.make_store is not None
    if _Shared.store is None:  # the parent's sources, this process's own connections
        _Shared.store = _Shared.make_store(settings)
        if _Shared.warmed is not None:
            _Shared.store.adopt(_Shared.warmed)
    return [check(_Shared.inputs[k], _Shared.store, settings) for k in batch]


def _check_sent(job: tuple[list[ArticleInput], CheckSettings, Checker,
                           Callable[[CheckSettings], SourceStore]]) -> list[ArticleResult]:
    """Check a batch of articles sent to a worker that did not fork (spawn, forkserver)."""
    items, settings, check, make_store = job
    if _Shared.store is None:
        _Shared.store = make_store(settings)
    return [check(item, _Shared.store, settings) for item in items]


def check_in_parallel(inputs: list[ArticleInput], settings: CheckSettings, jobs: int,
                      check: Checker, make_store: Callable[[CheckSettings], SourceStore]
                      ) -> Iterator[ArticleResult]:
    """Every article's result, in order, checked by ``jobs`` worker processes started once;
    on Ctrl-C (or any error) the workers are ended, not awaited."""
    batches = _batches(len(inputs), jobs)
    forking = "fork" in multiprocessing.get_all_start_methods()
    if forking:
        store = make_store(settings)
        warm(store, inputs, settings)
        _Shared.inputs, _Shared.settings, _Shared.warmed = tuple(inputs), settings, store
        _Shared.check, _Shared.make_store, _Shared.store = check, make_store, None
    context = multiprocessing.get_context("fork" if forking else None)
    pool = context.Pool(jobs, initializer=_ignore_interrupts)
    try:
        if forking:
            chunks = pool.imap(_check_batch, batches)
        else:
            chunks = pool.imap(_check_sent, [([inputs[k] for k in batch], settings, check,
                                              make_store) for batch in batches])
        for results in chunks:
            yield from results
    except BaseException:
        pool.terminate()
        raise
    else:
        pool.close()
    finally:
        pool.join()
        _Shared.inputs, _Shared.warmed = (), None


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which ends them."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
