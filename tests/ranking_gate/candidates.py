"""List candidate quotations of the DigitalGov sample for hand labelling (does not import
quotecheck): lines with a curly or straight quotation next to a speech cue, sampled at random
with a fixed seed. Prints path, line, column and the paragraph's links; the labeller reads the
post and records which link (if any) holds the words."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "digitalgov" / "news"
QUOTE = re.compile(r"[“\"]([^”\"\n]{20,400})[”\"]")
CUE = re.compile(r"\b(said|says|told|wrote|writes|according to|explained|noted|added|asked)\b")
LINK = re.compile(r"\]\(([^)\s]+)")


def main(count: int) -> None:
    rows = []
    for path in sorted(CORPUS.rglob("*.md")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for m in QUOTE.finditer(line):
                window = line[max(0, m.start() - 80) : m.end() + 80]
                if CUE.search(window):
                    rows.append((path.relative_to(CORPUS), number, m.start() + 1,
                                 LINK.findall(line)))
    random.Random(2026).shuffle(rows)
    for path, number, column, links in rows[:count]:
        print(f"{path}:{number}:{column}\t{' '.join(links)}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)
