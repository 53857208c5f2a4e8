"""Wire the core stages: extract each article's claims, read their sources, match, judge."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from quotecheck import __version__
from quotecheck.articles import read_input
from quotecheck.extract import extract_claims
from quotecheck.findings import ArticleResult, Finding, Report
from quotecheck.models import Article, ArticleFile, ArticleInput
from quotecheck.pipeline.checking import check_plan, plan_article, quoted
from quotecheck.pipeline.store import SourceStore
from quotecheck.settings import CheckSettings

Progress = Callable[[ArticleResult], None]
PlanProgress = Callable[[int], None]  # called with how many more articles were planned


def verify_article(item: ArticleInput, store: SourceStore, settings: CheckSettings
                   ) -> ArticleResult:
    """Extract and verify every claim of one article (its web sources fetched together)."""
    plan = plan_article(item, settings)
    store.prefetch(plan.refs())
    return check_plan(plan, store, settings)


def extract_article(article: Article) -> ArticleResult:
    """Only the claims of one article, without verification."""
    return ArticleResult(article.path, tuple(Finding(c) for c in quoted(extract_claims(article))),
                         problems=article.problems)


def new_store(settings: CheckSettings) -> SourceStore:
    """A source store reading local files and the web as ``settings`` say."""
    from quotecheck.sources import SourceReader

    reader = SourceReader(settings.network, settings.cache, settings.posts, settings.archive)
    return SourceStore(reader, settings.network.concurrency)


def run_verify(inputs: Iterable[ArticleInput | ArticleFile], settings: CheckSettings, *,
               jobs: int = 1, progress: Progress | None = None,
               planned: PlanProgress | None = None) -> Report:
    """Verify every article in ``inputs``; ``jobs`` processes check batches of articles in
    parallel (sources shared by articles read and indexed once, before they start). Ctrl-C
    ends the run at once with the articles checked so far, in a report marked incomplete.
    ``planned`` hears of the articles read and planned (the first round), ``progress`` of
    each article checked, in order."""
    inputs = list(inputs)
    results: list[ArticleResult] = []

    def done(result: ArticleResult) -> None:
        results.append(result)
        if progress:
            progress(result)

    try:
        if jobs <= 1 or len(inputs) <= 1:
            _verify_here(inputs, settings, done, planned)
        else:
            _verify_in_processes(inputs, settings, jobs, done, planned)
    except KeyboardInterrupt:
        return Report(tuple(results), verified=True, tool_version=__version__, complete=False)
    return Report(tuple(results), verified=True, tool_version=__version__)


def _verify_here(inputs: list[ArticleInput | ArticleFile], settings: CheckSettings,
                 done: Progress, planned: PlanProgress | None = None) -> None:
    """Verify in this process, every article's web sources fetched together first."""
    store = new_store(settings)
    plans = []
    for item in inputs:
        plans.append(plan_article(read_input(item), settings))
        if planned:
            planned(1)
    store.prefetch(ref for plan in plans for ref in plan.refs())
    for plan in plans:
        done(check_plan(plan, store, settings))


def _verify_in_processes(inputs: list[ArticleInput | ArticleFile], settings: CheckSettings,
                         jobs: int, done: Progress, planned: PlanProgress | None = None
                         ) -> None:
    """Verify in ``jobs`` worker processes; on Ctrl-C the workers are ended, not awaited."""
    from quotecheck.pipeline.parallel import check_in_parallel  # multiprocessing: 10 ms

    for result in check_in_parallel(inputs, settings, jobs, new_store, planned):
        done(result)


def run_extract(inputs: Iterable[ArticleInput]) -> Report:
    """Extract the claims of every article in ``inputs``."""
    results = [extract_article(i.article) for i in inputs]
    return Report(tuple(results), verified=False, tool_version=__version__)
