"""An independent finder of quoted spans in the DigitalGov posts, for sampling and labels.

Deliberately simple and separate from quotecheck (it imports nothing of it): quotation
marks on one line (curly, straight, or as ``&#8220;``/``&ldquo;`` references), Markdown
``>`` block quotes, HTML ``<blockquote>`` elements and quote shortcodes. Front matter is
left out; everything else (code, templates, attributes) is kept, so that the sample holds
what a naive reader would take for quotes.

Run: python tests/digitalgov/spans.py sample [N] — prints a seeded sample with context;
python tests/digitalgov/spans.py sample-held-out [N] [BEFORE] — prints the held-out sample
(seed 2030) with context, drawn against the first BEFORE labels of labels.json (all if absent);
python tests/digitalgov/spans.py sample-tune [N] [BEFORE] — the same for the tune half (seed 2031);
python tests/digitalgov/spans.py sample-dev — every span of the dev posts (``dev_posts``),
with context; python tests/digitalgov/spans.py sample-held-out-rest — every span of the
held-out-part posts with no key among the first ``HELD_OUT_REST_BEFORE`` labels, with context.

Parts: ``half`` splits the posts in two by a hash of the name; ``part`` moves the held-out-half
posts that had no label among the first ``DEV_BEFORE`` labels to a third part, ``dev`` (tuning
material, labelled blind), so that ``held-out`` keeps only the posts that had labels.
"""

from __future__ import annotations

import hashlib
import html
import json
import random
import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "digitalgov" / "news"
SEED = 2026
HELD_OUT_SEED = 2030
TUNE_SEED = 2031
LABELS = Path(__file__).with_name("labels.json")
#: the labels before this index were drawn before the dev part; its posts had none of them
DEV_BEFORE = 1065
#: the labels before this index were there when the rest of the held-out part was drawn
HELD_OUT_REST_BEFORE = 1221
_FRONT = re.compile(r"\A---\n[\s\S]*?\n---\n")
_MARKS = re.compile(
    r"“(?P<a>[^“”\n]{1,400}?)”"
    r"|(?<![\w=])\"(?P<b>[^\"\n]{1,400}?)\"(?!\w)"
    r"|&#8220;(?P<c>.{1,400}?)&#8221;"
    r"|&ldquo;(?P<d>.{1,400}?)&rdquo;"
)
_BLOCK = re.compile(r"(?:^>[^\n]*\n?)+", re.MULTILINE)
_HTML_BLOCK = re.compile(r"<blockquote[^>]*>(?P<body>[\s\S]*?)</blockquote>", re.IGNORECASE)
_SHORTCODE = re.compile(r"\{\{<\s*quote-block\s+text=\"(?P<body>(?:[^\"\\]|\\.)*)\"")
_TAGS = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Span:
    """A quoted span: the post (path below the corpus), its text and where it starts."""

    file: str
    quote: str
    start: int
    form: str


def clean(text: str) -> str:
    """The span's text as a label key: tags dropped, references decoded, spaces folded,
    closing sentence punctuation dropped."""
    text = html.unescape(_TAGS.sub("", text))
    text = _SPACE.sub(" ", text.replace(">", " ")).strip()
    return text.rstrip(",.;:").strip()


def half(file: str) -> str:
    """``tune`` or ``held-out``, by a hash of the file name."""
    return "tune" if hashlib.sha256(Path(file).name.encode()).digest()[0] % 2 == 0 else "held-out"


def spans_of(file: str, raw: str) -> list[Span]:
    """Every quoted span of one post."""
    front = _FRONT.match(raw)
    start = front.end() if front else 0
    found = []
    for m in _MARKS.finditer(raw, start):
        body = next(g for g in m.groups() if g is not None)
        found.append(Span(file, clean(body), m.start(), "marks"))
    for m in _BLOCK.finditer(raw, start):
        found.append(Span(file, clean(m.group(0)), m.start(), "markdown-block"))
    for m in _HTML_BLOCK.finditer(raw, start):
        found.append(Span(file, clean(m.group("body")), m.start(), "html-block"))
    for m in _SHORTCODE.finditer(raw, start):
        found.append(Span(file, clean(m.group("body")), m.start(), "shortcode"))
    return [s for s in found if s.quote]


def all_spans() -> list[Span]:
    """Every quoted span of every post, in file order."""
    spans = []
    for path in sorted(CORPUS.rglob("*.md")):
        spans += spans_of(str(path.relative_to(CORPUS)), path.read_text(encoding="utf-8"))
    return spans


def sample(n: int) -> list[Span]:
    """A seeded random sample of ``n`` spans."""
    return random.Random(SEED).sample(all_spans(), n)


def labelled_keys(before: int | None = None) -> set[tuple[str, str]]:
    """The (file, quote) keys of the first ``before`` labels of labels.json (all if None)."""
    labels = json.loads(LABELS.read_text(encoding="utf-8"))["labels"][:before]
    return {(label["file"], label["quote"]) for label in labels}


def unlabelled_spans(file: str, labelled: set[tuple[str, str]]) -> list[Span]:
    """The post's spans with no label yet, in text order, one per key."""
    raw = (CORPUS / file).read_text(encoding="utf-8")
    keys, found = set(labelled), []
    for span in sorted(spans_of(file, raw), key=lambda s: s.start):
        if (file, span.quote[:80]) not in keys:
            keys.add((file, span.quote[:80]))
            found.append(span)
    return found


def half_sample(labelled: set[tuple[str, str]], n: int, seed: int, which: str) -> list[Span]:
    """Every unlabelled span of ``which``-half posts that have any, whole posts in seeded
    random order, until there are at least ``n``."""
    files = sorted({s.file for s in all_spans() if half(s.file) == which})
    todo = {file: unlabelled_spans(file, labelled) for file in files}
    posts = [file for file in files if todo[file]]
    random.Random(seed).shuffle(posts)
    taken: list[Span] = []
    for file in posts:
        if len(taken) >= n:
            break
        taken += todo[file]
    return taken


def held_out_sample(labelled: set[tuple[str, str]], n: int = 250,
                    seed: int = HELD_OUT_SEED) -> list[Span]:
    """The held-out half's sample (seed 2030): see ``half_sample``."""
    return half_sample(labelled, n, seed, "held-out")


def tune_sample(labelled: set[tuple[str, str]], n: int = 300,
                seed: int = TUNE_SEED) -> list[Span]:
    """The tune half's sample (seed 2031): see ``half_sample``."""
    return half_sample(labelled, n, seed, "tune")


@cache
def dev_posts() -> tuple[str, ...]:
    """The held-out-half posts that have quoted spans and no label among the first
    ``DEV_BEFORE`` labels, sorted."""
    labelled = {file for file, _ in labelled_keys(DEV_BEFORE)}
    files = {s.file for s in all_spans() if half(s.file) == "held-out"}
    return tuple(sorted(files - labelled))


def dev_spans() -> list[Span]:
    """Every span of the dev posts (one per key), post by post, in text order."""
    return [span for file in dev_posts() for span in unlabelled_spans(file, set())]


def part(file: str) -> str:
    """``tune``, ``dev`` (see ``dev_posts``) or ``held-out``."""
    return "dev" if file in dev_posts() else half(file)


def held_out_rest() -> list[Span]:
    """Every span of the held-out-part posts whose key is not among the first
    ``HELD_OUT_REST_BEFORE`` labels (one per key), post by post, in text order."""
    labelled = labelled_keys(HELD_OUT_REST_BEFORE)
    files = sorted({s.file for s in all_spans() if part(s.file) == "held-out"})
    return [span for file in files for span in unlabelled_spans(file, labelled)]


def _print_with_context(spans: list[Span]) -> None:
    for k, span in enumerate(spans):
        raw = (CORPUS / span.file).read_text(encoding="utf-8")
        before = raw[max(0, span.start - 250) : span.start].replace("\n", "⏎")
        after = raw[span.start : span.start + 330].replace("\n", "⏎")
        print(f"### {k} {span.file} [{span.form}] {half(span.file)}\nQ: {span.quote[:200]}\n"
              f"…{before}【{after}…\n")


def _sample_command(args: list[str]) -> list[Span] | None:
    """The sample a ``sample-held-out``/``sample-tune`` command asks for, or None."""
    draws = {"sample-held-out": (held_out_sample, 250), "sample-tune": (tune_sample, 300)}
    if not args or args[0] not in draws:
        return None
    draw, default = draws[args[0]]
    n = int(args[1]) if len(args) > 1 else default
    before = int(args[2]) if len(args) > 2 else None
    return draw(labelled_keys(before), n)


def main() -> None:
    """Print a sample with context, for labelling."""
    whole = {"sample-dev": dev_spans, "sample-held-out-rest": held_out_rest}
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    drawn = whole[command]() if command in whole else _sample_command(sys.argv[1:])
    if drawn is not None:
        _print_with_context(drawn)
        return
    _print_with_context(sample(int(sys.argv[2]) if len(sys.argv) > 2 else 200))


if __name__ == "__main__":
    main()
