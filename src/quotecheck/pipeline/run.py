"""Wire the core stages: extract each article's claims, read their sources, match, judge."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from quotecheck import __version__
from quotecheck.extract import extract_claims
from quotecheck.extract.kinds import is_checked, skip_reason
from quotecheck.models import (
    Article,
    ArticleInput,
    ArticleResult,
    Claim,
    Finding,
    Report,
    Verdict,
)
from quotecheck.pipeline.parallel import check_in_parallel
from quotecheck.pipeline.ranking import check_claim
from quotecheck.pipeline.store import SourceStore
from quotecheck.settings import CheckSettings
from quotecheck.sources.resolve import ClaimSources, SourceRef, article_sources

Progress = Callable[[ArticleResult], None]


@dataclass(frozen=True)
class _Plan:
    """An article's claims, each with its candidate sources and the ones it cites."""

    path: str
    claims: tuple[tuple[Claim, ClaimSources], ...]
    left_out: int = 0
    copies: ArticleInput | None = None  # kept when unmarked copies are searched for
    sources: tuple[SourceRef, ...] = ()
    problems: tuple[str, ...] = ()

    def refs(self) -> list[SourceRef]:
        """Every source the article's claims (and the copy search) may need."""
        return [ref for _, sources in self.claims for ref in sources.all()] + list(self.sources)


def quoted(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """The claims with words in their quote: an empty quote (a bare ``>`` line, a pair of
    marks with nothing between) is no claim."""
    return tuple(c for c in claims if any(ch.isalnum() for ch in c.quote))


def _plan(item: ArticleInput, settings: CheckSettings) -> _Plan:
    sources = article_sources(
        item.article, item.base, settings.sources, dict(settings.source_map),
        root=Path(settings.root) if settings.root else None,
        fallback_root=Path(settings.fallback_root) if settings.fallback_root else None)
    claims = quoted(extract_claims(item.article))
    wanted = claims if item.lines is None else tuple(
        c for c in claims if any(n in item.lines for n in range(c.line, c.end_line + 1)))
    plan = _Plan(item.article.path,
                 tuple((claim, sources.for_claim(claim))
                       if is_checked(claim, settings.check_all_quoted)
                       else (claim, ClaimSources()) for claim in wanted),
                 left_out=len(claims) - len(wanted), problems=item.article.problems)
    if settings.copies.enabled:
        plan = replace(plan, copies=item, sources=(*sources.listed, *sources.linked))
    return plan


def _check(plan: _Plan, store: SourceStore, settings: CheckSettings) -> ArticleResult:
    findings = tuple(check_claim(claim, sources, store, settings.match)
                     if claim.skipped or is_checked(claim, settings.check_all_quoted)
                     else Finding(claim, Verdict.SKIPPED, note=skip_reason(claim.why))
                     for claim, sources in plan.claims)
    if plan.copies is not None:
        from quotecheck.pipeline.unmarked import copy_findings

        findings += copy_findings(plan.copies.article, plan.refs(), store, settings.copies,
                                  plan.copies.lines)
    return ArticleResult(plan.path, findings, plan.left_out, plan.problems)


def verify_article(item: ArticleInput, store: SourceStore, settings: CheckSettings
                   ) -> ArticleResult:
    """Extract and verify every claim of one article (its web sources fetched together)."""
    plan = _plan(item, settings)
    store.prefetch(plan.refs())
    return _check(plan, store, settings)


def extract_article(article: Article) -> ArticleResult:
    """Only the claims of one article, without verification."""
    return ArticleResult(article.path, tuple(Finding(c) for c in quoted(extract_claims(article))),
                         problems=article.problems)


def new_store(settings: CheckSettings) -> SourceStore:
    """A source store reading local files and the web as ``settings`` say."""
    from quotecheck.sources import SourceReader

    reader = SourceReader(settings.network, settings.cache, settings.posts, settings.archive)
    return SourceStore(reader, settings.network.concurrency)


def run_verify(inputs: Iterable[ArticleInput], settings: CheckSettings, *, jobs: int = 1,
               progress: Progress | None = None) -> Report:
    """Verify every article in ``inputs``; ``jobs`` processes check batches of articles in
    parallel (sources shared by articles read and indexed once, before they start). Ctrl-C
    ends the run at once with the articles checked so far, in a report marked incomplete."""
    inputs = list(inputs)
    results: list[ArticleResult] = []

    def done(result: ArticleResult) -> None:
        results.append(result)
        if progress:
            progress(result)

    try:
        if jobs <= 1 or len(inputs) <= 1:
            _verify_here(inputs, settings, done)
        else:
            _verify_in_processes(inputs, settings, jobs, done)
    except KeyboardInterrupt:
        return Report(tuple(results), verified=True, tool_version=__version__, complete=False)
    return Report(tuple(results), verified=True, tool_version=__version__)


def _verify_here(inputs: list[ArticleInput], settings: CheckSettings,
                 done: Progress) -> None:
    """Verify in this process, every article's web sources fetched together first."""
    store = new_store(settings)
    plans = [_plan(item, settings) for item in inputs]
    store.prefetch(ref for plan in plans for ref in plan.refs())
    for plan in plans:
        done(_check(plan, store, settings))


def _verify_in_processes(inputs: list[ArticleInput], settings: CheckSettings, jobs: int,
                         done: Progress) -> None:
    """Verify in ``jobs`` worker processes; on Ctrl-C the workers are ended, not awaited."""
    for result in check_in_parallel(inputs, settings, jobs, verify_article, new_store):
        done(result)


def run_extract(inputs: Iterable[ArticleInput]) -> Report:
    """Extract the claims of every article in ``inputs``."""
    results = [extract_article(i.article) for i in inputs]
    return Report(tuple(results), verified=False, tool_version=__version__)
