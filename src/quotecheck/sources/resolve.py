"""Which sources a claim may come from, strongest first (design, "Sources")."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import unquote, urlsplit

from quotecheck.models import Article, Claim

_NOT_SOURCES = re.compile(r"^(?:#|mailto:|tel:|javascript:|data:)", re.IGNORECASE)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


@dataclass(frozen=True)
class SourceRef:
    """A place a claim's source may be read from, or why it may not be read."""

    ref: str
    location: str
    is_url: bool
    error: str | None = None
    when: str | None = None


def find_root(start: Path, fallback: Path | None = None) -> Path:
    """The git top level above ``start``, else ``fallback`` when ``start`` is inside it (the
    shell passes the config file's folder or the current folder), else ``start``: article
    links stay inside it."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    if fallback is not None and start.is_relative_to(fallback.resolve()):
        return fallback.resolve()
    return start


def resolve_ref(ref: str, base: Path, root: Path | None,
                copies: Mapping[str, str] | None = None) -> SourceRef | None:
    """Turn ``ref`` into a source; ``root`` None means trusted (given on the command line).

    ``copies`` maps web addresses to local copies (the config's ``[[sources.map]]``).
    """
    ref = ref.strip()
    if not ref or _NOT_SOURCES.match(ref):
        return None
    if copies and ref in copies:
        return SourceRef(ref, copies[ref], is_url=False)
    if ref.lower().startswith(("http://", "https://")):
        return SourceRef(ref, ref, is_url=True)
    if _SCHEME.match(ref) and not re.match(r"^[A-Za-z]:[\\/]", ref):
        return SourceRef(ref, ref, False, error="only http and https links can be sources")
    # written in an article, a path is a URL: percent-escapes decoded, fragment dropped
    as_url = root is not None or "#" in ref or "?" in ref
    path = Path(unquote(urlsplit(ref).path)) if as_url else Path(ref)
    target = (base / path.expanduser()).resolve()
    if root is not None and not target.is_relative_to(root):
        return SourceRef(ref, str(target), False, error=(
            f"refused: {ref} is outside the root {root}; check from a folder that holds "
            "both (--root), name the file with --source, or map a web address to it with "
            "[[sources.map]]"))
    return SourceRef(ref, str(target), is_url=False)


@dataclass(frozen=True)
class ClaimSources:
    """A claim's candidate sources by how strongly the article ties them to it: ``cited``
    (a directive, ``cite=``, a link on the quote or its speaker or cue, a post's URL),
    ``listed`` (front matter, ``--source``, a ``[[sources.map]]`` link), ``nearby`` (other
    links of its paragraph, a weak tie) and ``others`` (the article's remaining links)."""

    cited: tuple[SourceRef, ...] = ()
    listed: tuple[SourceRef, ...] = ()
    nearby: tuple[SourceRef, ...] = ()
    others: tuple[SourceRef, ...] = ()

    @property
    def strong(self) -> tuple[SourceRef, ...]:
        """The sources strongly tied to the claim: its own citations, then the listed."""
        return _unique((*self.cited, *self.listed))

    @property
    def untied(self) -> tuple[SourceRef, ...]:
        """The sources looked through when no strong tie has the words, weak ties first."""
        strong = {r.location for r in self.strong}
        return tuple(r for r in _unique((*self.nearby, *self.others))
                     if r.location not in strong)

    @property
    def tie(self) -> str:
        """``strong``, ``weak`` or ``none``."""
        return "strong" if self.strong else "weak" if self.nearby else "none"

    def all(self) -> tuple[SourceRef, ...]:
        """Every candidate, strongest first, each location once."""
        return _unique((*self.strong, *self.untied))


def _unique(refs: tuple[SourceRef, ...]) -> tuple[SourceRef, ...]:
    """``refs`` with each location once, at its first place."""
    seen: dict[str, SourceRef] = {}
    for ref in refs:
        seen.setdefault(ref.location, ref)
    return tuple(seen.values())


@dataclass(frozen=True)
class ArticleSources:
    """The sources an article offers its claims, resolved once per article."""

    base: Path
    root: Path
    listed: tuple[SourceRef, ...]
    linked: tuple[SourceRef, ...]
    copies: Mapping[str, str]
    date: str | None = None

    def _resolve(self, refs: tuple[str, ...]) -> tuple[SourceRef, ...]:
        return tuple(replace(r, when=self.date) for c in refs
                     if (r := resolve_ref(c, self.base, self.root, self.copies)))

    def for_claim(self, claim: Claim) -> ClaimSources:
        """The claim's candidate sources, by tie."""
        weak = set(claim.weak)
        return ClaimSources(
            cited=self._resolve(tuple(c for c in claim.cited if c not in weak)),
            listed=self.listed, nearby=self._resolve(claim.weak), others=self.linked)


def article_sources(article: Article, base: Path, trusted: tuple[str, ...],
                    copies: Mapping[str, str] | None = None, *, root: Path | None = None,
                    fallback_root: Path | None = None) -> ArticleSources:
    """Resolve an article's front-matter sources, ``--source`` options and links (a link
    with a local copy in ``[[sources.map]]`` counts as listed); links stay inside ``root``
    (default: :func:`find_root` with ``fallback_root``)."""
    root = root.resolve() if root is not None else find_root(base, fallback_root)
    copies = copies or {}
    listed = [r for s in article.sources if (r := resolve_ref(s, base, root, copies))]
    listed += [r for s in trusted if (r := resolve_ref(s, Path.cwd(), None, copies))]
    listed += [r for link in article.links if link.url.strip() in copies
               if (r := resolve_ref(link.url, base, root, copies))]
    linked = [r for link in article.links if (r := resolve_ref(link.url, base, root, copies))]
    if article.date:  # the archive looks for the capture nearest the article's date
        listed = [replace(r, when=article.date) for r in listed]
        linked = [replace(r, when=article.date) for r in linked]
    return ArticleSources(base, root, tuple(_unique(tuple(listed))), tuple(linked), copies,
                          article.date)
