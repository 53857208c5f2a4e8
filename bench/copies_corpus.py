"""Unmarked copies on real material: how many findings the search makes, and which.

Links in these corpora point to web pages that cannot be read offline, so the sources here
are what is readable locally:

* ``digitalgov``: each post against the other posts of the same month and any post it links
  to that is in the sample (an editorial repository's own pages: shared boilerplate, series
  and re-posted announcements);
* ``polnear``: each article against the other articles published within three days (news
  on the same story by other publishers: wire copy re-run, shared press releases).

Prints one line per finding (``--show`` adds the text) and a count per corpus, so a sample
can be labelled by hand (see ``tests/copies/corpus_labels.json``).

    .venv/bin/python bench/copies_corpus.py [digitalgov|polnear] [--show]
"""

from __future__ import annotations

import re
import sys
import time
from datetime import date
from pathlib import Path

from quotecheck.articles import parse_article
from quotecheck.models import SourceText
from quotecheck.pipeline import SourceStore
from quotecheck.pipeline.unmarked import copy_findings
from quotecheck.settings import CopySettings
from quotecheck.sources.resolve import SourceRef

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _store(texts: dict[str, str]) -> SourceStore:
    """The run's source store, reading texts held in memory."""
    return SourceStore(lambda ref: SourceText(ref.ref, texts[ref.location], path=ref.location))


def _when(name: str) -> date | None:
    m = _DATE.search(name)
    return date(int(m[1]), int(m[2]), int(m[3])) if m else None


def _groups(corpus: str) -> list[tuple[Path, list[Path]]]:
    if corpus == "digitalgov":
        posts = sorted((CORPUS / "digitalgov" / "news").rglob("*.md"))
        return [(p, [q for q in posts if q != p and q.parent == p.parent]) for p in posts]
    articles = sorted((CORPUS / "polnear" / "articles").glob("*.txt"))
    if corpus == "polnear-all":
        return [(a, [b for b in articles if b != a]) for a in articles]
    dated = [(a, _when(a.name)) for a in articles]
    return [(a, [b for b, e in dated if b != a and d and e and abs((d - e).days) <= 3])
            for a, d in dated]


_NUMBER = re.compile(r"\b\d+\b")


def _prose_paragraphs(text: str) -> list[str]:
    """Paragraphs of 25 words or more with no quotation mark (the article's own prose)."""
    return [p for p in text.split("\n\n") if len(p.split()) >= 25
            and not any(m in p for m in "\"“”''")]


def planted() -> None:
    """Recall on constructed sources: each PolNeAR article's source is another article with
    two of the first article's own prose paragraphs planted in it, the second with a number
    (or, lacking one, a word) changed. Counts planted paragraphs found, altered verdicts on
    the edited ones, and findings elsewhere."""
    articles = sorted((CORPUS / "polnear" / "articles").glob("*.txt"))
    planted_count = found = altered = edited_numbers = elsewhere = 0
    settings = CopySettings(enabled=True)
    for k, path in enumerate(articles):
        text = path.read_text(encoding="utf-8")
        paragraphs = _prose_paragraphs(text)
        if len(paragraphs) < 2:
            continue
        first, second = paragraphs[0], paragraphs[-1]
        number = _NUMBER.search(second)
        if number:
            edited = second[: number.start()] + str(int(number[0]) + 7) + second[number.end() :]
            edited_numbers += 1
        else:
            words = second.split(" ")
            words[len(words) // 2] = "meanwhile"
            edited = " ".join(words)
        other = articles[(k + 1) % len(articles)].read_text(encoding="utf-8").split("\n\n")
        middle = len(other) // 2
        source = "\n\n".join([*other[:middle], first, *other[middle:], edited])
        store = _store({"source": source})
        article = parse_article(path.name, text)
        results = copy_findings(article, [SourceRef("source", "source", is_url=False)], store,
                                settings)
        planted_count += 2
        for target, is_edited in ((first, False), (second, True)):
            hits = [f for f in results if " ".join(f.claim.quote.split()[:8]) in
                    " ".join(target.split())]
            found += bool(hits)
            altered += bool(is_edited and number and any(
                f.verdict is not None and f.verdict.value == "altered" for f in hits))
        elsewhere += sum(1 for f in results if not any(
            " ".join(f.claim.quote.split()[:8]) in " ".join(t.split()) for t in (first, second)))
    print(f"planted: {found}/{planted_count} paragraphs found; {altered}/{edited_numbers} "
          f"edited figures altered; {elsewhere} findings elsewhere")


def main(corpus: str, show: bool) -> None:
    """Run the search over one corpus and print its findings."""
    groups = _groups(corpus)
    texts = {str(p): parse_article(p.name, p.read_text(encoding="utf-8")).plain
             for p, _ in groups}
    store = _store(texts)
    settings = CopySettings(enabled=True)
    count, started = 0, time.perf_counter()
    for path, others in groups:
        article = parse_article(path.name, path.read_text(encoding="utf-8"))
        refs = [SourceRef(str(o), str(o), is_url=False) for o in others]
        for f in copy_findings(article, refs, store, settings):
            count += 1
            assert f.copy is not None and f.source is not None and f.verdict is not None
            print(f"{path.name}:{f.claim.line} {f.verdict.value} words={f.copy.words} "
                  f"share={f.copy.share} cue={f.copy.cue!r} source={Path(f.source.ref).name}")
            if show:
                print("    " + f.claim.quote[:400])
    seconds = time.perf_counter() - started
    print(f"{corpus}: {count} findings in {len(groups)} articles ({seconds:.1f} s)")


if __name__ == "__main__":
    if "planted" in sys.argv:
        planted()
        sys.exit()
    main(sys.argv[1] if len(sys.argv) > 1 else "polnear", "--show" in sys.argv)
