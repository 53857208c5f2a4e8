"""One article's work, in the two steps a ``--jobs`` worker runs apart: plan (extract its
claims and the sources each may come from) and check (match each claim, judge it)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from quotecheck.extract import extract_claims
from quotecheck.extract.kinds import is_checked, skip_reason
from quotecheck.findings import ArticleResult, Finding
from quotecheck.models import ArticleInput, Claim, Verdict
from quotecheck.pipeline.ranking import check_claim
from quotecheck.pipeline.store import SourceStore
from quotecheck.settings import CheckSettings
from quotecheck.sources.resolve import ClaimSources, SourceRef, article_sources


@dataclass(frozen=True)
class Plan:
    """An article's claims, each with its candidate sources and the ones it cites."""

    path: str
    claims: tuple[tuple[Claim, ClaimSources], ...]
    left_out: int = 0
    copies: ArticleInput | None = None  # kept when unmarked copies are searched for
    sources: tuple[SourceRef, ...] = ()
    problems: tuple[str, ...] = ()  # what could not be read of the article

    def refs(self) -> list[SourceRef]:
        """Every source the article's claims (and the copy search) may need."""
        return [ref for _, sources in self.claims for ref in sources.all()] + list(self.sources)

    def weight(self) -> int:
        """A rough measure of the work checking it takes (for balancing batches)."""
        return 1 + len(self.claims) + (8 if self.copies is not None else 0)


def quoted(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """The claims with words in their quote: an empty quote (a bare ``>`` line, a pair of
    marks with nothing between) is no claim."""
    return tuple(c for c in claims if any(ch.isalnum() for ch in c.quote))


def plan_article(item: ArticleInput, settings: CheckSettings) -> Plan:
    """Extract the article's claims and find the sources each of them may come from."""
    sources = article_sources(
        item.article, item.base, settings.sources, dict(settings.source_map),
        root=Path(settings.root) if settings.root else None,
        fallback_root=Path(settings.fallback_root) if settings.fallback_root else None)
    claims = quoted(extract_claims(item.article))
    wanted = claims if item.lines is None else tuple(
        c for c in claims if any(n in item.lines for n in range(c.line, c.end_line + 1)))
    plan = Plan(item.article.path,
                tuple((claim, sources.for_claim(claim))
                      if is_checked(claim, settings.check_all_quoted)
                      else (claim, ClaimSources()) for claim in wanted),
                left_out=len(claims) - len(wanted), problems=item.article.problems)
    if settings.copies.enabled:
        plan = replace(plan, copies=item, sources=(*sources.listed, *sources.linked))
    return plan


def check_plan(plan: Plan, store: SourceStore, settings: CheckSettings) -> ArticleResult:
    """Check every planned claim against its sources (read through ``store``)."""
    findings = tuple(check_claim(claim, sources, store, settings.match)
                     if claim.skipped or is_checked(claim, settings.check_all_quoted)
                     else Finding(claim, Verdict.SKIPPED, note=skip_reason(claim.why))
                     for claim, sources in plan.claims)
    if plan.copies is not None:
        from quotecheck.pipeline.unmarked import copy_findings

        findings += copy_findings(plan.copies.article, plan.refs(), store, settings.copies,
                                  plan.copies.lines)
    return ArticleResult(plan.path, findings, plan.left_out, plan.problems)
