"""Word lists for reading speakers: pronouns, determiners, titles, organisation words, nouns
of who or what can be quoted, and capitalised words that name no one."""

from __future__ import annotations

PRONOUNS = frozenset("he she they it we i".split())
DETERMINERS = frozenset(
    "the a an one another his her its their our this these those some many several "
    "two three four five six both each other most".split())
TITLES = frozenset(
    "mr. mrs. ms. miss dr. sen. senator rep. representative gov. governor president vice "
    "former mayor judge justice secretary general gen. attorney chief spokesman spokeswoman "
    "spokesperson director chairman chairwoman chair ceo founder co-founder manager "
    "candidate nominee leader minister ambassador commissioner councilman councilwoman "
    "councilmember member professor prof. analyst agent officer editor executive host "
    "anchor correspondent reporter columnist strategist adviser advisor aide pastor rev. "
    "speaker sheriff chancellor premier prime treasurer lt. col. capt. sgt. adm. rabbi "
    "dean coach presumptive presidential republican democrat democratic gop independent "
    "congressman congresswoman sen rep gov dr mr mrs ms pres. lawmaker deputy senior "
    "campaign press communications political policy national state counsel lawyer "
    "economist historian author activist organizer pollster ceo. chairperson delegate "
    "superdelegate businessman businesswoman billionaire mogul tycoon star actor actress "
    "singer rapper comedian commentator contributor writer director. partner president-elect "
    "front-runner frontrunner hopeful rival opponent challenger incumbent moderator "
    "consultant official operative donor supporter expert election longtime veteran "
    "conservative liberal progressive assistant foreign legal tech business radio talk "
    "media party house senate white retired ex-president host. panelist scientist "
    "researcher fellow scholar lecturer teacher student resident voter owner worker "
    "attendee organizer secretary-general administrator co-host co-founder co-chair "
    "cofounder chief-of-staff nominee. commentator. pundit lobbyist".split())
#: words that make a capitalised phrase an organisation or a publication, not a person
ORGANISATION = frozenset(
    "committee party post times news network campaign institute foundation center centre "
    "council association department agency university college court congress house "
    "senate office company inc. corp. group fund pac union commission bureau service "
    "administration journal magazine review press reuters organization organisation "
    "coalition alliance club board church bank federation society watch tribune herald "
    "globe gazette daily weekly cnn msnbc fox abc nbc cbs npr ap afp politico breitbart "
    "facebook twitter google website site network project caucus county city state "
    "states nation republicans democrats".split())
#: nouns that name who or what can be quoted (plural "s" left off)
SPEAKING_NOUNS = frozenset(
    "report lawsuit suit ruling complaint order study poll survey letter statement memo "
    "filing indictment audit analysi article story editorial ad book website post tweet "
    "email newspaper paper magazine network agency department official aide critic "
    "supporter voter resident expert analyst lawmaker leader member protester delegate "
    "campaign government administration company firm group organization organisation "
    "committee court judge panel board council party spokesman spokeswoman spokesperson "
    "president senator governor mayor candidate nominee secretary minister chairman "
    "chairwoman director officer executive adviser advisor strategist lawyer attorney "
    "source document record release note message slogan sign ad pitch video".split())
#: capitalised words that open a sentence without naming anyone
FUNCTION_WORDS = frozenset(
    "and but or so then yet now also still meanwhile however in on at after during before "
    "for with of as asked speaking last earlier later instead since though while when "
    "under over amid despite following if because although what why how where who which "
    "there here this that these those it its his her their our my your we i he she they "
    "you not no yes even just only all every some many most more much such to from by "
    "into about against between through without within upon like unlike according "
    "editor's monday tuesday wednesday thursday friday saturday sunday january february "
    "march april june july august september october november december today tonight "
    "yesterday tomorrow early hours days weeks months years minutes moments nobody "
    "everyone everybody someone somebody anyone none".split())
