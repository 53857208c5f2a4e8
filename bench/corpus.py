"""Generated English-like text for benchmarks: Zipf-distributed words, sentences with
capitals, commas, numbers, names, curly quotes and em dashes, wrapped lines, paragraphs."""

from __future__ import annotations

import numpy as np

WORDS = (
    "the of and to a in that is was he for it with as his on be at by i this had not are but "
    "from or have an they which one you were her all she there would their we him been has "
    "when who will more no if out so said what up its about into than them can only other new "
    "some could time these two may then do first any my now such like our over man me even most "
    "made after also did many before must through back years where much your way well down "
    "should because each just those people how too little state good very make world still own "
    "see men work long get here between both life being under never day same another know while "
    "last might us great old year off come since against go came right used take three states "
    "himself few house use during without again place american around however home small found "
    "thought went say part once general high upon school every does got united left number "
    "course war until always away something fact though water less public put think almost hand "
    "enough far took head yet government system better set told nothing night end why called "
    "didn't eyes find going look asked later knew point next program city business give group "
    "toward young days let room president side social given present several order national "
    "possible rather second face per among form important often things looked early white case "
    "john become large big need four within felt along children saw best church ever least "
    "power development light thing seemed family interest want members mind country area others "
    "done turned although open god service problem certain kind different thus began door help "
    "means sense whole matter perhaps itself york times law human line above name example action "
    "company hands local show whether five history gave today either act feet across taken past "
    "quite anything seen having death week experience field money council budget court ruling "
    "mayor fares transit levy plan report committee residents voters district library"
).split()
NAMES = ("Okafor", "Ruiz", "Lindqvist", "Varga", "Castellanos", "Nakamura", "Hadley", "Raman")


CHUNK = 1_000_000


def english_like(size: int, seed: int = 1) -> str:
    """``size`` characters of English-like prose, the same for the same seed.

    Made a megabyte at a time, so that generating 100 MB holds no more than the result.
    """
    chunks = []
    made = 0
    rng = np.random.default_rng(seed)
    while made < size:
        chunk = _chunk(min(CHUNK, size - made), rng)
        chunks.append(chunk)
        made += len(chunk) + 1
    return "\n".join(chunks)[:size]


def _chunk(size: int, rng: np.random.Generator) -> str:
    """About ``size`` characters of prose."""
    weights = 1.0 / np.arange(1, len(WORDS) + 1) ** 1.05
    vocab = np.array(WORDS + list(NAMES) + ["2024", "41,000", "3.5", "“we", "decided”", "—"])
    probs = np.concatenate([weights / weights.sum() * 0.97, np.full(14, 0.03 / 14)])
    n_words = size // 3 + 1
    words = vocab[rng.choice(len(vocab), size=n_words, p=probs)].tolist()
    sentence_ends = np.cumsum(rng.integers(8, 26, size=n_words // 8 + 2))
    out: list[str] = []
    start = 0
    for end in sentence_ends.tolist():
        if start >= n_words:
            break
        sentence = words[start:end]
        sentence[0] = sentence[0].capitalize()
        if len(sentence) > 10:
            sentence[len(sentence) // 2] += ","
        out.append(" ".join(sentence) + ".")
        start = end
    return _wrap(" ".join(out), rng)[:size].rstrip()


def _wrap(text: str, rng: np.random.Generator) -> str:
    """Lines of about 72 characters and a blank line every few sentences."""
    lines: list[str] = []
    pos = 0
    while pos < len(text):
        cut = text.rfind(" ", pos, pos + 72)
        cut = len(text) if cut <= pos or pos + 72 >= len(text) else cut
        lines.append(text[pos:cut])
        if rng.random() < 0.08:
            lines.append("")
        pos = cut + 1
    return "\n".join(lines)
