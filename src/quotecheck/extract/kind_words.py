"""The words around a quoted span that say what kind of span it is: speech verbs and
naming contexts ("called", "the term", "titled", "click", "ask", "so-called"), the nouns
that name a work, a UI element or a kind of thing, and how long such spans may be. Read by
:mod:`quotecheck.extract.kinds`, which makes the decision."""

from __future__ import annotations

import re

SCARE = re.compile(r"\b(?:so-called|so called|quote-unquote|self-styled|supposed|"
                   r"air quotes)[ \t]*$", re.IGNORECASE)
TITLE = re.compile(
    r"\b(?:film|movie|book|novel|song|album|play|musical|show|series|podcast|documentary|"
    r"episode|poem|essay|exhibition|opera|hit|titled|entitled|headlined|headline|webinar|"
    r"report|article|column|newsletter|course|campaign|hashtag|recipe|chapter|section|"
    r"act|law|bill|program|programme|initiative|conference|summit)[ \t,:]*$",
    re.IGNORECASE)
WORKS = (r"film|movie|book|novel|memoir|biography|song|album|play|musical|show|series|"
         r"podcast|documentary|episode|poem|essay|report|study|article|column|collection")
#: where a name in Title Case stands: "on “Meet the Press”", "NBC’s “Today”", "author of"
TITLE_PLACE = re.compile(r"(?:\b(?:on|in|from|of|with)|\w[’']s)\s*$")
#: a title named again after it: "“Trump Revealed,” a biography written by …"
TITLE_AFTER = re.compile(r"[\s,”’\"']*(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}"
                         rf"(?:{WORKS})\b", re.IGNORECASE)
TERM = re.compile(
    r"(?:\b(?:called|so-called|term(?:ed)?|terms|word|words|phrase|phrases|acronym|"
    r"known as|referred to as|refers to|nicknamed|dubbed|named|labell?ed|(?:the|a) concept "
    r"of|(?:the|a) notion of|(?:the|a) idea of|means|meaning|stands for|spells|spell|"
    r"definition of|defines|define|coined|jargon|buzzword|label|tag|keyword|prefix|"
    r"suffix|substring|string|value|like|as in|versus|vs\.?)\b|[(/])[ \t]*$",
    re.IGNORECASE)
UI_BEFORE = re.compile(
    r"\b(?:click(?:ed|ing|s)?(?: on)?|select(?:ed|ing|s)?|choose|chose|chosen|press(?:ed)?|"
    r"tap(?:ped)?|hit|toggle|check(?:ed)?|uncheck|go(?:es)? to|went to|navigate(?:d)? to|"
    r"open(?:ed)?|type(?:d)?|enter(?:ed)?|search(?:ed)? (?:for|on)|menu|button|tab|"
    r"field|option|dialog|screen|message|error|prints?|printed|outputs?|returns?|"
    r"displays?|pops? up|reads|labell?ed|prompt|under|from the|in the|on the)[ \t,:]*$",
    re.IGNORECASE)
UI_AFTER = re.compile(
    r"^[ \t,.]*(?:button|tab|menu|link|field|option|drop-?down|checkbox|box|icon|page|"
    r"screen|column|section|category|filter|setting|feature|function|dialog|message|"
    r"error|prompt|command|label|slider|toggle|list)\b", re.IGNORECASE)
SUGGESTED = re.compile(
    r"\b(?:ask(?:ing)?|say|(?<!,\s)saying|write|writing|type|text|send|reply|respond with|"
    r"if you (?:see|read|find|write|use|say|hear)|"
    r"try|avoid|use|using|put|insert|paste|should say|should read|must say|instead of|"
    r"rather than|"
    r"questions? (?:like|such as)|such as|for example|examples?|e\.g\.|ask yourself|ask:)"
    r"[ \t,:]*$",
    re.IGNORECASE)
NOTE = re.compile(r"^\W*(?:summary|note|editor[’']?s note|update|disclaimer|tl;dr)\s*:|"
                  r"\b(?:originally|first) (?:published|posted|appeared)\b", re.IGNORECASE)
#: a thought or a question no one says aloud: "You’re probably thinking, “…”"
THOUGHT = re.compile(
    r"\b(?:think|thinks|thinking|thought|wonder|wonders|wondering|wondered|"
    r"(?:the|a|this|that) question(?: is)?|ask(?:s|ed|ing)? (?:yourself|yourselves|"
    r"ourselves|themselves|myself|himself|herself))[ \t,:]*$", re.IGNORECASE)
#: a name for a kind of thing right after the quote: "the “7 plus or minus 2” theory"
TERM_AFTER = re.compile(
    r"[ \t]*(?:theory|theories|rule|rules|principle|principles|concept|approach|model|method|"
    r"mindset|mentality|philosophy|movement|effect|problem|question|strategy|pledge|headlines?|"
    r"lessons?|era|trap|fallacy|paradox|syndrome|dilemma|law|test|mode|phase|stage)\b",
    re.IGNORECASE)
#: a saying named as one; "saying" only as a noun ("an old saying", "a common saying"),
#: not the participle of a cue ("…, saying he “has …”")
SAYING = re.compile(r"\b(?:mantra|motto|slogan|adage|cliché|cliche|proverb|idiom|"
                    r"catchphrase|tagline|maxim)\b|\b(?:a|an|the|this|that|one|our|my|his|her|"
                    r"their|its)\s+(?:(?!(?:of|to|by|for|from|in|about|on|without|while|after|before|"
                    r"statement|statements|release|letter|tweet|post|email|message|memo)\s)"
                    r"[\w’'-]+\s+){0,2}saying\b", re.IGNORECASE)
#: wording the reader is told to use: "the body should say “…”", "always ask “…”"
IMPERATIVE = re.compile(
    r"\b(?:should|must|can|could|might|may|to|please|always|never|don[’']t|then)\s+"
    r"(?:say|ask|write|type|use|text|send|reply|read|enter)\b[^.!?“”\"]{0,20}[ \t,:]*$",
    re.IGNORECASE)
#: someone describes a thing with the quoted words: "called the campaign the “…”"
DESCRIBES = re.compile(
    r"\b(?:describe[sd]?|call(?:s|ed)|dubbed|labell?ed|branded|termed|deemed)\s+"
    r"(?:it|this|that|them|these|those|him|her|us|me|the|his|their|our|its|my|your|"
    r"[A-Z][\w’'-]*)\b(?:\s+[\w’'-]+){0,5}\s+(?:as\s+)?$")
#: someone is said to have said what the quote calls a thing, with "as": "referred to the
#: plan as “…”", "dismissed the claims as “…”" (not the writer's "we refer to it as “…”")
DESCRIBES_AS = re.compile(
    r"\b(?:(?:referr(?:ed|ing)|refers|(?<!\bwe )(?<!\bi )(?<!\byou )refer)\s+to|"
    r"denounc(?:ed|es|ing)|condemn(?:ed|s|ing)|"
    r"dismiss(?:ed|es|ing)|derid(?:ed|es|ing)|prais(?:ed|es|ing)|mock(?:ed|s|ing)|"
    r"characteriz(?:ed|es|ing)|portray(?:ed|s|ing)|dubbing|branding|labell?ing|describing)"
    r"\s+(?:[\w’'-]+\s+){1,6}as\s+$", re.IGNORECASE)
#: words shouted or chanted: "chanting “…”", "cries of “…”", "chanting “…” and “"
SHOUTED = re.compile(
    r"\b(?:(?:chant|shout|yell|scream)(?:s|ed|ing)|cr(?:ied|ying)|"
    r"(?:chants|cries|shouts|calls|screams|yells|roars)\s+of)[ \t,:]*"
    r"(?:[“\"][^“”\"]{1,80}[”\"],?\s+(?:and|or)\s+)?$", re.IGNORECASE)
#: a narrated act of saying, not wording to use: "went on to say he’s “confident”"
NARRATED = re.compile(r"\b(?:(?:went|goes|go|going|gone)\s+on|proceeded|continued)\s+to\s+"
                      r"(?:say|ask|write)\b[^.!?“”\"]{0,20}[ \t,:]*$", re.IGNORECASE)
#: words given right after the verb that says them: "the shirts said “We won”"
SAID_RIGHT_BEFORE = re.compile(r"\b(?:said|says|wrote|writes|tweeted|declared|read|reads)"
                               r"(?:\s+that)?[ \t,:]*$", re.IGNORECASE)
#: what someone claimed, vowed or promised to do, in their words: "vowed to “…”"
PLEDGED_TO = re.compile(r"\b(?:claim|vow|promis|pledg|threaten|swore|sworn|swear)\w*"
                        r"\s+to\s*$", re.IGNORECASE)
MERELY = re.compile(r"\b(?:not just|not merely|not simply|just|merely|simply)[ \t]*$",
                    re.IGNORECASE)
#: the text of a form or survey: "our surveys ask customers: “…”"
FORM = re.compile(r"\b(?:survey|questionnaire|form|poll|quiz)s?\s+(?:ask|asks|asked|reads|"
                  r"says|prompts?)\b[^.!?“”\"]{0,30}$", re.IGNORECASE)
#: the quoted words are what the sentence talks about: "“If it’s not broke…” doesn’t work"
MENTIONED = re.compile(r"[ \t,]*(?:is|was|isn[’']t|wasn[’']t|doesn[’']t|does not|didn[’']t|"
                       r"has|had|became|becomes|remains|seems|sounds|means|meant|works|"
                       r"applies|no longer|won[’']t|will not|can[’']t)\b")
#: a speech verb right after the quote and a comma: "It’s “funny,” commented one webmaster"
SPEECH_AFTER = re.compile(
    r"[\s,”’\"']*(?!(?:which|that|who|whose)\b)(?:[\w.’'-]+\s+){0,4}?"
    r"(?:said|says|told|wrote|writes|commented|comments|remarked|added|adds|explained|"
    r"explains|noted|notes|recalled|recalls|replied|asked|"
    r"insisted|warned|argued|stated|states|continued|responded|shared|shares|remembers|"
    r"remembered|advises|advised|concluded|concludes|joked|jokes|exclaimed|exclaims|"
    r"answered|answers|shouted|shouts|yelled|yells|screamed|screams|cried|chanted|"
    r"whispered|whispers)\b",
    re.IGNORECASE)
_SAYS = (r"said|says|told|wrote|writes|commented|remarked|added|explained|noted|notes|"
         r"recalled|recalls|shared|shares|puts it|put it|explains|argued|argues")
#: a name, an apposition, then the verb: "“…,” Candi Ruiz, a former web manager, shared"
NAMED_SPEECH_AFTER = re.compile(r"[\s”’\"']*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3},"
                                rf"[^.!?“”\"]{{0,100}}?\b(?:{_SAYS})\b")
#: "“…” as the agency’s Jessica Ruiz says"
AS_SAYS = re.compile(rf"[\s”’\"'(]*,?\s*as\s+(?:[\w.’'-]+\s+){{0,6}}?(?:{_SAYS})\b")
#: a word of the quote (not a "+" or a dash standing between words)
WORD = re.compile(r"[^\W_][\w’'-]*")
#: the first half of a split quote: "“One thing we heard,” Kim recalls, “is that …”"
SPLIT_AFTER = re.compile(
    r"[\s”’\"']*(?:[\w.’'-]+\s+){1,4}?(?:said|told|wrote|[a-z]+(?:s|ed)),\s*[“\"]")
#: a speech verb earlier in the sentence: "The columnist wrote that the plan was “…”"
SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|wrote|writes|stated|states|declared|declares|argued|"
    r"argues|insisted|insists|explained|explains|warned|warns|replied|replies|recalled|"
    r"recalls|alleged|alleges|claimed|claims|posted|tweeted|announced|announces|testified|"
    r"added|adds|asked|asks|noted|notes|remarked|commented|chanted|chants|shouted|shouts|"
    r"yelled|sang|answered|responded|responds|acknowledged|admitted|promised|vowed|"
    r"according to)\b", re.IGNORECASE)
SENTENCE_WINDOW = 160
#: a quote joined to the one before it: "“…?” or “"
JOINED = re.compile(r"[”\"],?\s+(?:or|and|nor)\s+$")
JOIN_REACH = 8
SAID_REACH = 80
SAID_BEFORE = 40
#: a cue verb and a preposition take a topic: "report on", "talk about", "write of"
TOPIC = re.compile(r"\b(?:on|about|of|over|for|against|into|from)[ \t]*$", re.IGNORECASE)
WEAK_CUE = re.compile(
    r"(?:call|describ|show|find|found|read|hold|held|put|begin|began|continu|offer|question|"
    r"reason|rul|charg|object|echo|hint|counter|maintain|inform|label|term|brand|dub|post|"
    r"point|answer|agree|worr|wonder|fret|sigh|boom|thunder|snap|mus|hold)\w*")
SENTENCE_BREAK = re.compile(r"[.!?][\s”’\"')]*\s[A-Z“\"]|\n\s*\n")
#: a sentence ends inside the quote and another begins: words said, not a title
SENTENCES = re.compile(r"[.!?…][”’\"')]*\s+\S")
SENTENCE_END = re.compile(r"[.!?…](?:[\s”’\"')]|$)")
SHORT = 4
SHORT_REPORTED = 2  # in a sentence with a speech verb, only a word or two is a term
SMALL_WORDS = frozenset("a an the and or of to in on for at by with from as vs".split())
UI_WORDS = 10
SUGGESTED_WORDS = 15
TITLE_WORDS = 12
TERM_WORDS = 8
#: a "speaker" that is a thing on a screen: the button reads "Save draft"
UI_SPEAKER = re.compile(r"\b(?:button|screen|page|message|error|sign|label|banner|link|"
                        r"menu|tab|field|box|prompt|dialog|window|app|site|website|form|"
                        r"terminal|command|output|log)s?$", re.IGNORECASE)
#: who writes or reads the text, not someone reported: "we call it “agile”"
PERSONAL = re.compile(r"(?:i|we|you|us|me|it|one|y'all)", re.IGNORECASE)
#: a cue that names or describes: a quotation only with its speaker right before it
#: ("Sanders called the deal “…”", "which he called “…”"), not "a tool called “…”"
NAMING_CUE = re.compile(r"(?:call|describ|dub|label|term|brand|nam)\w*", re.IGNORECASE)
#: at most this many words between a speaker and a naming cue ("X also called", "X has
#: repeatedly described")
NAMING_GAP = 2
#: a cue only a past participle can be: "articles written on it" (passive, no speaker)
PARTICIPLE = re.compile(r"\w+en", re.IGNORECASE)
#: how far around a quote the writer's own use of its words is looked for
OWN_WORD_REACH = 3000
#: a period that ends an abbreviation, not a sentence: "Sen.", "Mr.", "U.S.", "W."
ABBREVIATION = re.compile(r"(?:\b(?:Sens?|Reps?|Gov|Govs|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Rev|St|"
                          r"Jr|Sr|Prof|Sec|Atty|Mt|Ft|No|Inc|Co|Corp|Ltd|Jan|Feb|Aug|Sept|"
                          r"Oct|Nov|Dec|vs)|\b(?:[A-Z]\.)*[A-Z])\.$")
DETERMINERS = frozenset("the a an this that these those its his her their our my your".split())
#: quoted words inside the text between a cue and a quote
QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")
#: a description of the writer's own side: "our team", "my colleague", "your manager"
OWN_SIDE = re.compile(r"(?:our|my|your)\b", re.IGNORECASE)
#: a word that is a product's or a site's name: a domain, a capital or a digit inside it
PRODUCT = re.compile(r"\w\.[a-z]{2,}\b|\b(?!Mc|Mac)\w*[a-z][A-Z]|[A-Z]{2,}[a-z]|"
                     r"\b(?=\w*\d)(?=\w*[A-Za-z])\w+")
#: one capitalised word: the name of a thing, a place or a product ("“Chrome”")
NAME = re.compile(r"[A-Z][\w’'.-]*")
#: one plural word taken for a name because it opens the sentence: "Participants", "Users"
BARE_GROUP = re.compile(r"[A-Z][a-z]+[^su\W]s")

#: a clause that tells the reader to do something: a verb in its base form opening the
#: sentence or a clause ("Ask the customer …", "…, ask them to …", "but try to get …"),
#: or "you should/need to/can …" (not after "and" or "also", which more often go on
#: with a subject: "parents meet and ask …")
INSTRUCTION = re.compile(
    r"(?:^|[,;:]\s+|\b(?:but|then|so|first|now|always|just|please)\s+"
    r"|\byou\s+(?:should|need to|must|can|could|might|may want to|will want to)\s+)"
    r"(?:ask|try|get|tell|suggest|consider|request|demand|find out|think about|make sure|"
    r"follow up|start|invite|encourage|prompt|challenge|probe|press|push|check|"
    r"remember|keep)\b",
    re.IGNORECASE)
