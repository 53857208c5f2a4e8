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

#: pronoun -> (person, number): a change of either changes who acts
PRONOUNS: dict[str, tuple[int, str]] = {
    **dict.fromkeys(("i", "me", "my", "mine", "myself", "i'm", "i've", "i'll", "i'd"), (1, "sg")),
    **dict.fromkeys(("we", "us", "our", "ours", "ourselves", "we're", "we've", "we'll", "we'd"),
                    (1, "pl")),
    **dict.fromkeys(("you", "your", "yours", "yourself", "yourselves", "you're", "you've",
                     "you'll", "you'd"), (2, "any")),
    **dict.fromkeys(("he", "him", "his", "himself", "he's", "he'll", "he'd", "she", "her",
                     "hers", "herself", "she's", "she'll", "she'd", "it", "its", "itself",
                     "it's", "one"), (3, "sg")),
    **dict.fromkeys(("they", "them", "their", "theirs", "themselves", "they're", "they've",
                     "they'll", "they'd"), (3, "pl")),
}
CONJUNCTIONS = frozenset({
    "and", "or", "but", "nor", "yet", "if", "when", "whenever", "unless", "because", "although",
    "though", "while", "whereas", "since", "until", "till", "whether", "once", "so", "then",
    "than", "as",
})
PREPOSITIONS = frozenset({
    "before", "after", "to", "from", "with", "without", "for", "against", "into", "onto", "out",
    "of", "in", "on", "at", "by", "about", "above", "below", "over", "under", "during", "within",
    "inside", "outside", "including", "except", "despite", "toward", "towards", "up", "down",
    "off", "through", "between", "among", "per", "via", "upon", "around", "across", "behind",
})
AUXILIARIES = frozenset({
    "is", "was", "are", "were", "am", "be", "been", "being", "has", "had", "have", "having",
    "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
    "must",
})
#: what a careful editor waves through: articles, the complementiser "that", hesitations
MINOR_WORDS = frozenset({"a", "an", "the", "um", "uh", "er", "erm", "ah", "hmm", "mm"})
COMPLEMENTISERS = frozenset({"that"})
#: contractions and what they stand for (only where the expansion is unambiguous)
CONTRACTIONS: dict[str, str] = {
    "don't": "do not", "doesn't": "does not", "didn't": "did not", "isn't": "is not",
    "aren't": "are not", "wasn't": "was not", "weren't": "were not", "won't": "will not",
    "wouldn't": "would not", "can't": "cannot", "couldn't": "could not", "shouldn't":
    "should not", "haven't": "have not", "hasn't": "has not", "hadn't": "had not",
    "mustn't": "must not", "i'm": "i am", "we're": "we are", "you're": "you are",
    "they're": "they are", "it's": "it is", "that's": "that is", "there's": "there is",
    "i've": "i have", "we've": "we have", "you've": "you have", "they've": "they have",
    "i'll": "i will", "we'll": "we will", "you'll": "you will", "they'll": "they will",
    "he'll": "he will", "she'll": "she will", "it'll": "it will", "let's": "let us",
}


def expand_contractions(words: list[str]) -> str:
    """The words with every unambiguous contraction spelled out ("don't" -> "do not")."""
    return " ".join(CONTRACTIONS.get(w, w) for w in words).replace("can not", "cannot")


def small_word_kind(word: str) -> str | None:
    """What meaning a small word carries (None for a content word)."""
    if word in PRONOUNS:
        return "pronoun"
    if word in CONJUNCTIONS:
        return "conjunction"
    if word in PREPOSITIONS:
        return "preposition"
    if word in AUXILIARIES:
        return "tense or modal"
    return None


#: verbs that report speech or writing, with their inflections (cues for attribution)
REPORTING_VERBS = (
    "said|says|say|told|tells|added|adds|asked|asks|wrote|writes|stated|states|state|"
    "declared|declares|noted|notes|argued|argues|insisted|insists|explained|explains|warned|"
    "warns|replied|replies|recalled|recalls|reads|read|alleges|alleged|claims|claimed|shows|"
    "showed|finds|found|concluded|concludes|posted|posts|tweeted|tweets|announced|announces|"
    "testified|testifies|continued|continues|acknowledged|acknowledges|admitted|admits|"
    "responded|responds|show|find|allege|claim|argue|note|write|tell|add|explain|warn|"
    "insist|recall|post|tweet"
)
