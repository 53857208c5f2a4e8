"""Word lists that say which words carry meaning a quote must not change."""

from __future__ import annotations

NEGATIONS = frozenset({
    "not", "no", "never", "none", "nobody", "nothing", "nowhere", "neither", "nor",
    "cannot", "without", "non", "nope", "hardly", "barely", "scarcely", "unless",
})
QUANTIFIERS = frozenset({
    "all", "none", "never", "always", "only", "most", "some", "many", "few", "every", "each",
    "any", "more", "less", "least", "fewer", "several", "nearly", "almost", "entire", "whole",
    "majority", "minority", "half", "both", "either", "ever", "sometimes", "often", "rarely",
    "seldom", "usually",
})
MODALS = frozenset({
    "will", "would", "could", "can", "may", "might", "must", "shall", "should", "ought",
    "won't", "wouldn't", "couldn't", "can't", "mustn't", "shouldn't",
})
NUMBER_WORDS = frozenset({
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "thousand", "million", "billion", "trillion", "dozen", "dozens", "hundreds",
    "thousands", "millions", "billions", "percent", "first", "second", "third", "fourth",
    "fifth", "once", "twice", "double", "triple", "quarter",
})
FUNCTION_WORDS = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "of", "to", "in", "on", "at", "by",
    "for", "with", "from", "into", "onto", "about", "as", "and", "or", "but", "so", "then",
    "than", "there", "here", "it", "its", "it's", "is", "are", "was", "were", "be", "been",
    "being", "am", "has", "have", "had", "do", "does", "did", "i", "we", "you", "he", "she",
    "they", "me", "us", "him", "her", "them", "my", "our", "your", "his", "their", "which",
    "who", "whom", "whose", "what", "well", "now",
    "oh", "um", "uh", "like", "yes", "okay", "ok", "i'm", "we're", "you're", "that's", "up",
    "out", "over", "upon", "per", "via", "if", "while", "when", "where",
})


def is_negation(word: str) -> bool:
    """True for negating words, including contractions such as don't."""
    return word in NEGATIONS or word.endswith("n't")


def is_number(word: str) -> bool:
    """True for numerals and number words."""
    return any(c.isdigit() for c in word) or word in NUMBER_WORDS
