"""Wire the stages: read articles, extract claims, read sources, match, judge."""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from quotecheck import __version__
from quotecheck.changes import changed_lines
from quotecheck.config import Settings
from quotecheck.extract import LineIndex, extract_claims
from quotecheck.match import SourceIndex, match_quote
from quotecheck.models import (
    Alignment,
    Article,
    ArticleResult,
    Claim,
    Finding,
    MatchInfo,
    Report,
    SourceInfo,
    SourceText,
    Verdict,
)
from quotecheck.sources import SourceReader, SourceRef, article_sources
from quotecheck.unmarked import copy_findings
from quotecheck.verdict import judge

RANK = {Verdict.EXACT: 0, Verdict.VERIFIED: 1, Verdict.MINOR: 2, Verdict.ALTERED: 3}
CONTEXT_CHARS = 60


class SourceStore:
    """Reads each source once per run and indexes it once, however many claims use it."""

    def __init__(self, reader: Callable[[SourceRef], SourceText], concurrency: int = 1) -> None:
        self._reader = reader
        self._concurrency = max(1, concurrency)
        self._texts: dict[str, SourceText] = {}
        self._indexes: dict[str, SourceIndex] = {}
        self._lines: dict[str, LineIndex] = {}
        self._lock = threading.Lock()

    def text(self, ref: SourceRef) -> SourceText:
        """The source's text (read on first use)."""
        with self._lock:
            if ref.location not in self._texts:
                self._texts[ref.location] = self._reader(ref)
            return self._texts[ref.location]

    def prefetch(self, refs: Iterable[SourceRef]) -> None:
        """Read every source not read yet, web sources concurrently (the fetcher keeps to
        its per-host limits)."""
        with self._lock:
            wanted = list({r.location: r for r in refs if r.location not in self._texts}.values())
        web = [r for r in wanted if r.is_url and not r.error]
        if len(web) > 1 and self._concurrency > 1:
            with ThreadPoolExecutor(max_workers=min(self._concurrency, len(web))) as pool:
                for ref, text in zip(web, pool.map(self._reader, web), strict=True):
                    with self._lock:
                        self._texts.setdefault(ref.location, text)

    def index(self, ref: SourceRef, text: SourceText) -> SourceIndex:
        """The search index of one layer of the source (built on first use)."""
        key = f"{ref.location}\0{text.layer}"
        with self._lock:
            if key not in self._indexes:
                self._indexes[key] = SourceIndex(text.text)
            return self._indexes[key]

    def lines(self, ref: SourceRef, text: SourceText) -> LineIndex | None:
        """Line numbers of the source's original file, where it has one."""
        if text.text_map is None or not text.raw:
            return None
        with self._lock:
            if ref.location not in self._lines:
                self._lines[ref.location] = LineIndex(text.raw)
            return self._lines[ref.location]


def _display_path(path: str | None) -> str | None:
    if path is None:
        return None
    try:
        return str(Path(path).relative_to(Path.cwd()))
    except ValueError:
        return path


def _source_info(text: SourceText) -> SourceInfo:
    return SourceInfo(ref=text.ref, url=text.url, path=_display_path(text.path),
                      layer=text.layer, archived=text.archived, sha256=text.sha256,
                      error=text.error,
                      redirects=text.redirects)


def _match_info(text: SourceText, lines: LineIndex | None, start: int, end: int) -> MatchInfo:
    body = text.text
    line = None
    if lines is not None and text.text_map is not None:
        line = lines.position(text.text_map.start(start))[0]
    page = bisect_right(text.pages, start) if text.pages else None
    cue = bisect_right([at for at, _ in text.cue_times], start) - 1
    return MatchInfo(
        text=body[start:end], start=start, end=end, page=page, line=line,
        time=text.cue_times[cue][1] if text.cue_times and cue >= 0 else None,
        context_before=body[max(0, start - CONTEXT_CHARS) : start],
        context_after=body[end : end + CONTEXT_CHARS],
    )


def check_claim(claim: Claim, refs: Iterable[SourceRef], cited: frozenset[str],
                store: SourceStore, settings: Settings) -> Finding:
    """Look for ``claim`` in each candidate source and keep the best finding."""
    refs = tuple(refs)
    if claim.skipped:
        return Finding(claim, Verdict.SKIPPED, note=claim.skipped)
    if not refs:
        return Finding(claim, Verdict.NO_SOURCE, note="nothing ties this quote to a source")
    best: tuple[int, Finding] | None = None
    for ref in refs:
        source = store.text(ref)
        if not source.available:
            continue
        found = _first_layer_match(claim, ref, source, store, settings)
        if found is None:
            continue
        text, alignment = found
        verdict, differences = judge(alignment, claim.quote)
        note = None
        if cited and ref.location not in cited:
            note = "found in a source other than the one cited"
        evidence = replace(
            _match_info(text, store.lines(ref, text), alignment.start, alignment.end),
            occurrences=alignment.occurrences)
        finding = Finding(claim, verdict, alignment.score, _source_info(text), evidence,
                          differences, note)
        rank = RANK[verdict] * 2 + (0 if ref.location in cited or not cited else 1)
        if best is None or rank < best[0]:
            best = (rank, finding)
        if rank <= 1:
            break
    if best is not None:
        return best[1]
    return _not_located(claim, refs, cited, store)


def _first_layer_match(claim: Claim, ref: SourceRef, source: SourceText, store: SourceStore,
                       settings: Settings) -> tuple[SourceText, Alignment] | None:
    """The quote in the first layer of the source that has it (main, full, JSON-LD…)."""
    for text in (source, *source.alternatives):
        alignment = match_quote(claim.quote, store.index(ref, text), settings.match)
        if alignment is not None:
            return text, alignment
    return None


def _not_located(claim: Claim, refs: tuple[SourceRef, ...], cited: frozenset[str],
                 store: SourceStore) -> Finding:
    """``unavailable`` when a cited source (or every source) could not be read, else
    ``not_found``: a source that failed must never look like a failed quote."""
    texts = [(ref, store.text(ref)) for ref in refs]
    failed = [t for ref, t in texts if not t.available and (ref.location in cited or not cited)]
    read = [t for _, t in texts if t.available]
    if failed and (cited or not read):
        return Finding(claim, Verdict.UNAVAILABLE, source=_source_info(failed[0]),
                       note=failed[0].error)
    return Finding(claim, Verdict.NOT_FOUND, source=_source_info(read[0]))


@dataclass(frozen=True)
class _Plan:
    """An article's claims, each with its candidate sources and the ones it cites."""

    path: str
    claims: tuple[tuple[Claim, tuple[SourceRef, ...], frozenset[str]], ...]
    article: Article | None = None  # kept only when unmarked copies are searched for
    sources: tuple[SourceRef, ...] = ()

    def refs(self) -> list[SourceRef]:
        """Every source the article's claims may need."""
        return [ref for _, refs, _ in self.claims for ref in refs] + list(self.sources)


def _plan(article: Article, base: Path, settings: Settings) -> _Plan:
    sources = article_sources(article, base, settings.sources, dict(settings.source_map))
    plan = _Plan(article.path, tuple((claim, *sources.for_claim(claim))
                                     for claim in _claims_to_check(article, settings)))
    if settings.copies.enabled:
        plan = replace(plan, article=article, sources=(*sources.listed, *sources.linked))
    return plan


def _check(plan: _Plan, store: SourceStore, settings: Settings) -> ArticleResult:
    findings = tuple(check_claim(claim, refs, cited, store, settings)
                     for claim, refs, cited in plan.claims)
    if plan.article is not None:
        findings += copy_findings(plan.article, plan.refs(), store, settings.copies,
                                  lambda ref, text, found: _evidence(store, ref, text, found))
    return ArticleResult(plan.path, findings)


def _evidence(store: SourceStore, ref: SourceRef, text: SourceText, alignment: Alignment
              ) -> tuple[SourceInfo, MatchInfo]:
    """The source and the matched stretch of it, as a finding shows them."""
    return _source_info(text), replace(
        _match_info(text, store.lines(ref, text), alignment.start, alignment.end),
        occurrences=alignment.occurrences)


def verify_article(article: Article, base: Path, store: SourceStore, settings: Settings
                   ) -> ArticleResult:
    """Extract and verify every claim of one article (its web sources fetched together)."""
    plan = _plan(article, base, settings)
    store.prefetch(plan.refs())
    return _check(plan, store, settings)


def _claims_to_check(article: Article, settings: Settings) -> tuple[Claim, ...]:
    """Every claim, or with ``changed_since`` only those on lines changed since that ref."""
    claims = extract_claims(article)
    if settings.changed_since is None or article.path == "-" or not Path(article.path).exists():
        return claims
    lines = changed_lines(Path(article.path), settings.changed_since)
    if lines is None:
        return claims
    return tuple(c for c in claims if any(n in lines for n in range(c.line, c.end_line + 1)))


def extract_article(article: Article) -> ArticleResult:
    """Only the claims of one article, without verification."""
    return ArticleResult(article.path, tuple(Finding(c) for c in extract_claims(article)))


@dataclass(frozen=True)
class ArticleInput:
    """An article to check and the folder its relative links are resolved against."""

    article: Article
    base: Path


Progress = Callable[[ArticleResult], None]


def _store(settings: Settings) -> SourceStore:
    reader = SourceReader(settings.network, settings.cache, settings.posts, settings.archive)
    return SourceStore(reader, settings.network.concurrency)
_WORKER_STORE: SourceStore | None = None


def _verify_in_worker(item: tuple[ArticleInput, Settings]) -> ArticleResult:
    """Verify one article in a worker process, with that process's own source store."""
    global _WORKER_STORE  # noqa: PLW0603 - one store per worker process, by design
    article_input, settings = item
    if _WORKER_STORE is None:
        _WORKER_STORE = _store(settings)
    return verify_article(article_input.article, article_input.base, _WORKER_STORE, settings)


def run_verify(inputs: Iterable[ArticleInput], settings: Settings, *, jobs: int = 1,
               progress: Progress | None = None) -> Report:
    """Verify every article in ``inputs``; ``jobs`` processes check articles in parallel
    (each reads and indexes the sources it needs once)."""
    inputs = list(inputs)
    results: list[ArticleResult] = []
    if jobs <= 1 or len(inputs) <= 1:
        store = _store(settings)
        plans = [_plan(i.article, i.base, settings) for i in inputs]
        store.prefetch(ref for plan in plans for ref in plan.refs())  # every article at once
        for plan in plans:
            results.append(_check(plan, store, settings))
            if progress:
                progress(results[-1])
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for result in pool.map(_verify_in_worker, [(i, settings) for i in inputs],
                                   chunksize=max(1, len(inputs) // (jobs * 8))):
                results.append(result)
                if progress:
                    progress(result)
    return Report(tuple(results), verified=True, tool_version=__version__,
                  fail_on=settings.fail_on)


def run_extract(inputs: Iterable[ArticleInput]) -> Report:
    """Extract the claims of every article in ``inputs``."""
    results = [extract_article(i.article) for i in inputs]
    return Report(tuple(results), verified=False, tool_version=__version__)
