"""What the parent imports before forking ``--jobs`` workers, so that they inherit it
instead of each importing it again: the matcher always; numpy only when a large local
source is likely (a hint: which sources the articles cite is known only after planning)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from itertools import islice

from quotecheck.models import ArticleFile

#: files that may be sources next to the articles (their size is only a hint)
SOURCE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx",
                             ".srt", ".vtt"})
#: bounds on the look: this many folders, this many entries in each
MAX_FOLDERS = 64
MAX_ENTRIES = 4096


def preload(inputs: Iterable[object]) -> None:
    """Import the matcher (rapidfuzz) and, when a large local source is likely, numpy:
    two workers importing numpy at once cost 0.2 s of CPU more than one import here
    (measured), which a run with only small sources would pay for nothing."""
    import quotecheck.match.index
    import quotecheck.match.matcher
    import quotecheck.match.nearest
    import quotecheck.sources.local  # noqa: F401

    if large_local_source(inputs):
        import numpy  # noqa: F401


def large_local_source(inputs: Iterable[object]) -> bool:
    """True when a folder of the article files holds another file that may be a source and
    is large enough for its word-pair index to be built with numpy (only sizes are read)."""
    from quotecheck.match.index import SMALL_SOURCE

    files = [item.path for item in inputs if isinstance(item, ArticleFile)]
    articles = {os.path.abspath(path) for path in files}
    folders = dict.fromkeys(os.path.abspath(path.parent) for path in files)
    for folder in islice(folders, MAX_FOLDERS):
        try:
            with os.scandir(folder) as entries:
                for entry in islice(entries, MAX_ENTRIES):
                    if (os.path.splitext(entry.name)[1].lower() in SOURCE_SUFFIXES
                            and entry.path not in articles and entry.is_file()
                            and entry.stat().st_size > SMALL_SOURCE):
                        return True
        except OSError:
            continue
    return False
