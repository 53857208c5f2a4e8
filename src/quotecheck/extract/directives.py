"""Apply an article's directives and front matter to its claims."""

from __future__ import annotations

from dataclasses import replace

from quotecheck.models import Article, Claim

DISABLED_ARTICLE = "quotecheck: false in the front matter"
DISABLED_REGION = "inside quotecheck-disable"
DISABLED_NEXT = "quotecheck-disable-next"


def apply_directives(article: Article, claims: list[Claim], starts: list[int]
                     ) -> tuple[Claim, ...]:
    """Claims with suppression and ``source=`` directives applied.

    ``starts[i]`` is where ``claims[i]`` begins in the plain text; a directive applies to
    the claims that begin after it.
    """
    if not article.enabled:
        return tuple(replace(c, skipped=DISABLED_ARTICLE) for c in claims)
    directives = sorted(article.directives, key=lambda d: d.at)
    result = []
    disabled, skip_next, source = False, False, None
    d = 0
    for original, start in zip(claims, starts, strict=True):
        claim = original
        while d < len(directives) and directives[d].at <= start:
            kind = directives[d].kind
            disabled = (disabled or kind == "disable") and kind != "enable"
            skip_next = skip_next or kind == "disable-next"
            source = directives[d].value if kind == "source" else source
            d += 1
        if source is not None:
            claim = replace(claim, cited=tuple(dict.fromkeys((source, *claim.cited))),
                            weak=tuple(w for w in claim.weak if w != source))
            source = None
        if disabled or skip_next:
            claim = replace(claim, skipped=DISABLED_REGION if disabled else DISABLED_NEXT)
            skip_next = False
        result.append(claim)
    return tuple(result)
