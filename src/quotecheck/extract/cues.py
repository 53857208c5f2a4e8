"""The words that attribute a quotation: speech and document verbs with their inflections."""

from __future__ import annotations

_STEMS = (
    "say|tell|add|ask|write|state|declare|note|argue|insist|explain|warn|reply|recall|"
    "read|allege|claim|show|find|conclude|post|tweet|announce|call|describe|testify|"
    "continue|acknowledge|admit|respond|implore|urge|plead|suggest|predict|promise|vow|"
    "boast|complain|joke|quip|observe|remark|report|recount|retort|scoff|shout|yell|"
    "whisper|mutter|exclaim|concede|confirm|contend|counter|cry|demand|deny|emphasize|"
    "emphasise|lament|maintain|mention|muse|object|opine|proclaim|protest|question|"
    "reason|reiterate|repeat|rule|assert|charge|caution|tout|brag|gush|hold|"
    "agree|begin|blast|chide|criticize|criticise|dismiss|echo|"
    "acknowledge|offer|point|recall|pledge|stress|wonder|worry|fret|hint|sigh|"
    "thunder|snap|chime|interject|interrupt|answer|inform|tweet|post|write|elaborate|"
    "explain|boom|declare|recommend|advise|acknowledge|conclude|estimate|insist|assure|"
    "dub|label|term|brand|muse|reveal|disclose|acknowledge|lament|marvel|gripe|grumble|"
    "retaliate|bellow|holler|roar|scream|bark|hail|applaud|denounce"
)
_IRREGULAR = ("emailed|texted|messaged|said|told|wrote|written|read|found|held|began|"
              "chanted|chanting|"
              "cried|denied|replied|"
              "testified|worried|implied|implies|cries|denies|replies|testifies|worries|"
              "quipped|chimed|snapped|objected|"
              # a doubled final consonant (admit → admitted), which _inflections does not make
              "admitted|admitting|quipping|snapping")
_PHRASES = ("pointed out|points out|point out|according to|went on|goes on|chimed in|"
            "put it|puts it|putting it|"
            "spelled out|laid out|summed up|followed up|piped up|"
            "shot back|shoots back|fired back|fires back|hit back|hits back|pushed back|"
            "pushes back|wrote back|writes back|snapped back|struck back")


def _inflections(stems: str) -> list[str]:
    forms = []
    for stem in dict.fromkeys(stems.split("|")):
        base = stem[:-1] if stem.endswith("e") else stem
        forms += [stem, stem + "s", stem + "es" if stem.endswith(("sh", "ch", "x", "s")) else "",
                  base + "ed", base + "ing", stem + "d" if stem.endswith("e") else ""]
    return [f for f in forms if f]


#: forms that are nouns or mean something else far more often than they attribute
_NOT_CUES = frozenset("reading term terms terming label labels labeling brand brands branding "
                      "dub dubs dubbing posting texting point points pointing".split())
#: every cue form, longest first
CUE_WORDS: tuple[str, ...] = tuple(sorted(
    (set(_inflections(_STEMS)) | set(_IRREGULAR.split("|")) | set(_PHRASES.split("|")))
    - _NOT_CUES, key=lambda w: (-len(w), w)))


#: the cue forms that are one word (``said``, not ``according to``)
SINGLE_WORD_CUES = frozenset(w for w in CUE_WORDS if " " not in w)


def told_form(word: str) -> bool:
    """True for a speech verb in the past or the third person (``said``, ``Added``,
    ``says``), which can open an inverted cue (``Said Ruiz: “…”``); the bare stems
    (``Answer the survey``, ``Post``, ``Rule``) are imperatives or names."""
    lower = word.lower()
    return lower in SINGLE_WORD_CUES and (
        lower.endswith(("ed", "s")) or lower in ("said", "told", "wrote"))
