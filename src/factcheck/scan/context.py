"""Which quantity a figure is, from the words around it: party, period, tense, modifier.

Two figures of one measure and unit are still two statements when the words
around them tell them apart: another party ("Sales at Tesco" and "Sales at
Asda"), another period ("the third quarter" and "the last quarter"), an
expectation beside an outcome ("is expected to grow about 4%"), a modifier
("youth unemployment" and "unemployment"). Links between sentences ask these
questions before they join two figures; :mod:`factcheck.scan.mentions` says
which measure a figure is about.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.figures import Figure
from factcheck.scan.mentions import MEASURES, QUALIFIERS

__all__ = [
    "ANOTHER_THING",
    "ANOTHER_TIME",
    "ELSEWHERE_AFTER",
    "GOOD_WHEN_HIGHER",
    "GOOD_WHEN_LOWER",
    "MONTH_NAMES",
    "MOVED_TO",
    "NEW_FRAME",
    "NOT_NAMES",
    "RATE_AFTER",
    "REPEATED_AFTER",
    "SOURCE_AFTER",
    "WEEKDAY_NAMES",
    "WEIGHTED",
    "WIDER",
    "Modifier",
    "deeds",
    "forecast",
    "is_name",
    "modifier",
    "named_in",
    "names",
    "other_period",
    "periods",
    "place_after",
    "qualifier_after",
    "same_modifier",
    "wider",
]

_MONTH_WORDS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAY_WORDS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: Month and weekday names as pattern alternations (a time, never a place or a party).
MONTH_NAMES = "(?:" + "|".join(_MONTH_WORDS) + ")"
WEEKDAY_NAMES = "(?:" + "|".join(_WEEKDAY_WORDS) + ")"
#: Holidays news names like a place or a party ("at Christmas", "after Easter").
HOLIDAY_NAMES = r"(?:Christmas|Easter|New\s+Year)"
#: A capitalised time: a month, a weekday or a holiday; in a negative lookahead it
#: keeps "at Christmas" from reading as "at Tesco".
TIME_NAMES = f"(?:{MONTH_NAMES}|{WEEKDAY_NAMES}|{HOLIDAY_NAMES})"

#: A sentence that opens on another place or party names another subject.
NEW_FRAME = re.compile(
    r"(?i:in|at|across|for)\s+(?:the\s+)?"
    # a month or a day is a time, not another place: "In September, the IMF had said"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w'’-]*"
    r"|(?i:elsewhere|meanwhile|by\s+contrast|in\s+contrast|separately|similarly|likewise|"
    r"among\s+[\w-]+)"
)

#: Before "a year": a word that makes it the span a change took, not a rate ("doubled in a
#: year", "within a month").
SPAN_WORD = r"(?:in|within|inside|under)"
#: After a change that is a rate: "rose 3% a year", "by £1bn a month", "in real terms".
RATE_AFTER = re.compile(
    rf"(?:\s+(?!{SPAN_WORD}\b)[a-z]+)?\s+(?:a\s+(?:year|month|week|day)"
    r"(?!\s+(?:earlier|ago|before|later))|per\s+"
    r"(?:year|annum|month|week|day)|annually|each\s+year|every\s+year|in\s+real\s+terms|"
    # "fell by 2% in each of the last five years": a rate each year
    r"in\s+each\s+of)\b"
)
#: After a ratio word that happened more than once: "doubled twice", "doubled … and again".
REPEATED_AFTER = re.compile(
    r"(?:\s+[a-z0-9]+){0,3}?\s+(?:twice|again|each\s+year|every\s+year|"
    # (SPAN_WORD's words, one look-behind each: a look-behind takes no alternation of
    # words of different lengths)
    r"(?<!\sin\s)(?<!within\s)(?<!inside\s)(?<!under\s)a\s+year)\b"
)
#: After an amount that is where a level came from, not an earlier level of it:
#: "£110m from £1.2bn of sales", "£54m from £675m invested", "2.1 million cars from five
#: plants".
SOURCE_AFTER = re.compile(
    r"\s+(?:(?:of|in|on)\s+(?:its\s+|the\s+)?(?:sales|revenue|revenues|turnover|assets|"
    r"deposits|capital|investment|spending|income)\b|invested\b|plants?\b|factories\b|"
    r"stores\b|sites\b|mines\b)"
)
#: After the second figure of a comparison: someone else's ("£29 on Ryanair", "5.25% in
#: the US", "$25,000 for a comparable Toyota", "£1,200 for the best seats").
ELSEWHERE_AFTER = re.compile(
    r"\s+(?:[A-Za-z%]+\s+)?(?:at|on|for|in|by|charged\s+by)\s+(?:the\s+)?"
    r"(?:eurozone|euro\s+area|rest\s+of|region\b|north|south|east|west|"
    rf"(?:(?!{TIME_NAMES}\b)[A-Z]|a\s+comparable|the\s+(?:best|cheapest|most|top)|rival))"
)
#: Before the level a move reached: "ended Monday down $1.33 to", "closed up $2.80 to close
#: at" (a price told by its move).
MOVED_TO = re.compile(
    r"\b(?:up|down|rose|fell|gained|lost|added|shed|climbed|dropped|slipped)\s+\S+\s+"
    r"(?:(?:on|in)\s+\w+\s+)?(?:to|at)(?:\s+close\s+at)?\s+$"
)
#: Words that stretch a figure over a wider whole than the story's own: the whole
#: industry, all its funds, the world, the nation ("worldwide", "across all its funds",
#: "for the whole industry", "at all UK grocers", "the total for Britain").
WIDER = re.compile(
    r"\b(?i:worldwide|globally|global|nationally|nationwide|industry-wide|market-wide|"
    r"(?:across|at|from|for|of|in)\s+all\b|(?:the\s+)?(?:whole|entire)\s+(?:industry|market|"
    r"sector|region|country|economy|world)|(?:across|throughout)\s+the\s+(?:industry|market|"
    r"sector|country|economy|world))\b|\b(?:across|for)\s+(?:the\s+)?"
    rf"(?!{TIME_NAMES}\b)[A-Z][a-z]+\b"
)
#: A poll's weighted results: its percents need be no whole numbers of the people asked.
WEIGHTED = re.compile(r"\b(?:weight(?:ed|ing)|adjust(?:ed|ing|ment))\b", re.IGNORECASE)
#: Measures for which more is better, and for which more is worse: "beat" and
#: "missed", "better" and "worse" turn on them.
GOOD_WHEN_HIGHER = frozenset({"profit", "sales", "growth", "exports", "orders", "users"})
GOOD_WHEN_LOWER = frozenset({"loss", "unemployment", "inflation", "debt", "spending"})

# ------------------------------------------------------------------ parties
_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+(?:[-'’][A-Za-z]+)?")
#: Capitalised words that are a time, not a name: months, weekdays, Christmas.
NOT_NAMES = frozenset({*_MONTH_WORDS, *_WEEKDAY_WORDS, "Christmas", "Easter"})


def names(sentence: str) -> frozenset[str]:
    """The capitalised words of a sentence that are no opener, month or weekday.

    >>> sorted(names("Sales at Tesco rose, while Asda lost ground in May."))
    ['Asda', 'Tesco']
    """
    return frozenset(n for n in _NAME.findall(sentence) if n not in NOT_NAMES)


# ------------------------------------------------------------------ modifiers
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: Words before a measure noun that do not set it apart: determiners, verbs, links.
_NOT_MODIFIERS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our"}
    | {"is", "are", "was", "were", "be", "been", "has", "have", "had", "kept", "keep", "keeps"}
    | {"said", "says", "saw", "see", "sees", "put", "set", "cut", "hit", "lift", "raise"}
    | {"and", "or", "but", "as", "of", "in", "on", "at", "to", "for", "by", "with", "from"}
    | {"than", "while", "when", "which", "who", "whose", "also", "still", "now", "total"}
    | {"report", "post", "announce", "make", "made", "show", "expect", "forecast", "record"}
    | {"push", "carry", "drive", "drove", "send", "sent", "keep", "help", "take", "took"}
    | {"bring", "brought", "boost", "hold", "held", "leave", "left", "lower", "drag", "pull"}
    | {"economic", "overall", "global", "national", "average", "new", "latest", "record"}
)


#: ``(kind word, place, owner)``: see :func:`modifier`.
Modifier = tuple[str | None, str | None, str | None]


def modifier(text: str, start: int, figure: Figure) -> Modifier | None:
    """What sets a figure's measure apart: ``(kind word, place, owner)``.

    Read around the nearest measure noun ahead of the figure:

    * the kind word stands right before the noun ("Diesel prices",
      "youth unemployment"); a determiner, a verb, a possessive or a general
      word such as "economic" is none;
    * the place is what the noun is at, in, to or from: a name ("sales at
      Asda", "exports to China") or a part of the firm ("profits at its retail
      bank");
    * the owner is a name whose noun it is ("Tesco's sales", "US
      unemployment") or who says it ("BP said … its profits").

    >>> from factcheck.text.scanner import find_figures
    >>> text = "Diesel prices rose to 82p. Sales at Asda rose to £15bn. Tesco's sales hit £30bn."
    >>> [modifier(text, 0, f) for f in find_figures(text)]
    [('diesel', None, None), (None, 'Asda', None), (None, None, 'Tesco')]
    """
    begin = max(start, figure.start - 90)
    window = text[begin : figure.start]
    words = list(_WORD.finditer(window))
    for k in range(len(words) - 1, -1, -1):
        if words[k].group().lower() not in MEASURES:
            continue
        place = _PLACE.match(window, words[k].end())
        owner = _OWNER.search(window, 0, words[k].start())
        who = owner.group(1) if owner else None
        word = None
        if owner is not None and k:
            # "Vocal's mobile revenue": the owner's kind of the measure
            lower = words[k - 1].group().lower()
            if lower not in QUALIFIERS and _sets_apart(lower):
                word = lower
        elif k and owner is None and not _END.search(window, words[k - 1].end(), words[k].start()):
            before = words[k - 1]
            lower = before.group().lower()
            # the sentence's first word: capitalised whatever it is
            opener = not text[start : begin + before.start()].strip(" \"'‘“([")
            if lower in _NOT_MODIFIERS:
                pass  # "Its shares", "The deficit"
            elif (
                before.group()[0].isupper()
                and lower not in _KIND_WORDS | QUALIFIERS
                and (not opener or is_name(before.group(), text))
            ):
                who = before.group()  # "US unemployment", "Singapore growth"
            elif _sets_apart(lower) and lower not in QUALIFIERS:
                word = lower  # ("net income": the qualifier is the measure's own business)
        if who is None:
            sayer = _SAYER.search(text, start, begin + words[k].start())
            who = sayer.group(1) if sayer else None
        where = _place_of(place)
        if where is None:
            # "Its car division made profits of £1.2bn": the part is the sentence's subject
            part = _PART_SUBJECT.search(text, start, begin + words[k].start())
            where = part.group(1) if part else None
        if where is not None and (
            words[k].group().lower() in _HELD or where.split()[0] in _topic(text[:200])
        ):
            # "shares in Google" are Google's shares; "growth in China" under the
            # headline "China keeps tight rein on credit" is the story's own growth
            who, where = who or where, None
        return word, where, who
    return None  # no measure noun: nothing is known of what the figure is


@cache
def _topic(opening: str) -> frozenset[str]:
    """The capitalised words of a headline (a first line of at most 150 characters
    that does not end like a sentence): the parties the whole story is about."""
    first = opening.split("\n", 1)[0].strip()
    if not first or len(first) > 150 or first.endswith((".", "!", "?", ":")):
        return frozenset()
    return frozenset(w for w in re.findall(r"[A-Z][\w'’&-]*", first) if w not in NOT_NAMES)


def is_name(word: str, text: str) -> bool:
    """Whether a capitalised word that opens a sentence is a name: an acronym ("US",
    "BP"), or a word the text writes capitalised inside a sentence too ("Tesco")."""
    if word.isupper() and len(word) <= 5:
        return True
    return re.search(rf"[a-z,;] {re.escape(word)}\b", text) is not None or word in _topic(
        text[:200]
    )


def same_modifier(a: Modifier | None, b: Modifier | None) -> bool:
    """Whether two :func:`modifier` readings may be of one quantity.

    The kind words and the places must agree ("youth unemployment" is not
    "unemployment", "exports to China" not "exports"); the owners only when
    both are named (one sentence may leave out the firm the other names). A
    figure with no measure noun before it ("fell $2.86 to $41.32") says
    nothing either way.
    """
    if a is None or b is None:
        return True
    return (
        a[0] == b[0]
        and _same_party(a[1], b[1], either=False)
        and _same_party(a[2], b[2], either=True)
    )


def _same_party(a: str | None, b: str | None, *, either: bool) -> bool:
    """Whether two names may be one party: "China" and "Chinese", "Deutsche Boerse" and
    "DB". With ``either``, a name on one side only is no disagreement."""
    if a is None or b is None:
        return either or a == b
    x, y = a.lower(), b.lower()
    if x == y or (x[:4] == y[:4] and min(len(x), len(y)) >= 4):
        return True
    if set(x.split()) <= set(y.split()) or set(y.split()) <= set(x.split()):
        return True  # "Skis Rossignol" and "Rossignol"
    return _initials(a) == b or _initials(b) == a


def named_in(name: str, passage: str) -> bool:
    """Whether ``passage`` names the party ``name`` ("China" in "Chinese exports rise",
    "DB" in "Shares in Deutsche Boerse")."""
    if name in passage:
        return True
    phrases = re.findall(r"[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*", passage)
    return any(_same_party(name, phrase, either=False) for phrase in phrases)


def _initials(name: str) -> str:
    words = name.split()
    return "".join(w[0] for w in words).upper() if len(words) > 1 else name


_END = re.compile(r"[.!?;:]")
#: Nouns whose "in <Name>" names an owner, not a place: "shares in Google".
_HELD = frozenset({"shares", "share", "stock", "stocks", "stake", "stakes", "holding"})
#: Words that name a kind of a measure even written first in a sentence.
_KIND_WORDS = frozenset(
    {"youth", "diesel", "petrol", "domestic", "foreign", "core", "public", "private", "state"}
    | {"federal", "consumer", "industrial", "manufacturing", "world", "total", "overall"}
    | {"average", "economic", "global", "national", "monthly", "weekly", "daily", "household"}
)
#: "sales at Asda", "exports to China", "profits at its retail bank": where a measure is.
_PLACE = re.compile(
    r"\s+(?:(?:at|in|to|from|for|of|among|over)\s+(?:(?:the\s+)?([A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*)"
    r"|(?:its|their|the)\s+((?:[a-z-]+\s+){0,2}(?:arm|division|unit|business|bank|"
    r"subsidiary|operations|branch|branches|stores|plants?|pump|pumps))"
    # "staff at branches", "jobs in factories": a part of the whole by place
    r"|(?:its\s+|their\s+)?((?!(?:terms|years|months|weeks|days|times)\b)[a-z]{3,}s)\b)"
    # "profits after tax": another reckoning of the measure
    r"|(after\s+tax|before\s+tax|after\s+interest|before\s+exceptional\s+items)\b"
    # "earnings per share": a measure of each share, not of the firm
    r"|per\s+(share|head|capita|person|employee|worker|household)\b"
    # "unemployment among the young", "sales of its best-selling drug": a part
    r"|(?:among(?:\s+the)?|of\s+(?:its|their))\s+((?:[a-z-]+\s+){0,2}[a-z]+)"
    # "orders for aircraft", "bookings for the summer", "the price of gold": a part
    r"|(?:for|of)\s+(?:the\s+)?(?!(?:year|years|quarter|month|period|week|day|half|first|"
    r"second|third|last|next|time|this|that|these|those|its|their|a|an|the|current|coming|"
    r"whole|full|same|previous|financial|fiscal|calendar|past|latest|new|all|some|any|"
    # "for the six months to June", "for the 26 weeks": a period, no part
    r"three|six|nine|twelve|(?:[a-z]+\s+)?(?:months|weeks))\b)"
    r"([a-z]{3,})\b)"
)
#: A part of the firm as a sentence's subject: "Its car division made …".
_PART_SUBJECT = re.compile(
    r"\b(?:its|their|the)\s+((?:[a-z-]+\s+){0,2}(?:arm|division|unit|business|subsidiary|"
    r"operations|branch|businesses|divisions))\b",
    re.IGNORECASE,
)
#: "BP said … its profits": the firm that tells of its own measure.
_SAYER = re.compile(
    r"\b([A-Z][\w&-]*)\s+(?:to\s+)?(?:said|says|report|reported|reports|post|posted|"
    r"announce|announced|told|made|makes|earned|earns|recorded)\b[^.]*$"
)


def place_after(text: str, figure: Figure) -> str | None:
    """Where the thing a count counts is: "cut 5,000 jobs in Europe" gives ``Europe``."""
    noun = _NOUN.match(text, figure.span[1])
    if noun is None:
        return None
    return _place_of(_PLACE.match(text, noun.end()))


def _place_of(match: re.Match[str] | None) -> str | None:
    """The place a ``_PLACE`` match names, whichever alternative matched."""
    if match is None:
        return None
    return next((g for g in match.groups() if g), None)


_NOUN = re.compile(r"\s+[A-Za-z-]+")


def _sets_apart(word: str) -> bool:
    """Whether a word before a measure noun names a kind of it ("youth", "diesel",
    "pre-tax"), rather than a verb or a link word ("kept growth", "of profits")."""
    if word in _NOT_MODIFIERS or word.endswith(("'s", "’s")):
        return False  # "the island's economy": an owner, not a kind of economy
    return not word.endswith(("ed", "ing", "ly"))


#: "Tesco's sales", "Tesco's UK sales": the party owning the measure noun.
_OWNER = re.compile(r"([A-Z][\w&-]*)['’]s\s+(?:[a-z-]+\s+)?$")


# ------------------------------------------------------------------ periods
_PERIOD = re.compile(
    r"\b(?:(?:first|second|third|fourth|last|final)[\s-]+(?:quarter|half)"
    r"|january|february|march|april|june|july|august|september|october|november|december"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|full[- ]year|for\s+the\s+(?:whole\s+)?year|(?:last|this|next)\s+year"
    r"|half[- ]year|interim|(?:19|20)\d\d"
    r"|so\s+far(?:\s+this\s+year)?|to\s+date|since\s+\w+|a\s+year\s+(?:earlier|ago|before))\b"
)
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday"})
_PARTS_OF_A_YEAR = frozenset({"quarter", "half", "month", "day"})


def periods(
    text: str, figure: Figure, span: tuple[int, int] | None = None
) -> dict[str, frozenset[str]]:
    """The periods named right around a figure (60 characters before, 40 after, inside
    its sentence ``span`` when given), by grain.

    >>> from factcheck.text.scanner import find_figures
    >>> text = "Growth was 4% in the third quarter of 2004."
    >>> sorted((g, sorted(n)) for g, n in periods(text, find_figures(text)[0]).items())
    [('quarter', ['third quarter']), ('year', ['2004'])]
    """
    start, end = figure.span
    low, high = span if span is not None else (0, len(text))
    window = text[max(low, start - 60) : min(high, end + 40)].lower()
    found: dict[str, set[str]] = {}
    for match in _PERIOD.finditer(window):
        name = " ".join(match.group().replace("-", " ").split())
        if name in ("full year", "for the year", "for the whole year"):
            name, grain = "full year", "full"
        elif name in ("half year", "interim"):
            name, grain = "a half", "half"
        elif name.startswith(("so far", "to date", "since ", "a year ")):
            grain = "span"  # "so far this year", "since April", "a year earlier"
        elif name.endswith(" year"):
            grain = "relative year"  # "last year", "this year", "next year"
        elif " " in name:
            grain = name.split()[-1]
        elif name[0].isdigit():
            grain = "year"
        else:
            grain = "day" if name in _WEEKDAYS or name == "sunday" else "month"
        found.setdefault(grain, set()).add(name)
    return {grain: frozenset(named) for grain, named in found.items()}


def other_period(a: dict[str, frozenset[str]], b: dict[str, frozenset[str]]) -> bool:
    """Whether two figures are told for different periods.

    Two periods of one grain that differ ("the third quarter" and "the last
    quarter", "Monday" and "Friday") are different; so are a part of a year
    and the full year. "In 2004" and "in December" may be one statement (a
    year's total given in its last month).
    """
    if any(grain in b and not named & b[grain] for grain, named in a.items()):
        return True
    if ("relative year" in a and "year" in b) or ("relative year" in b and "year" in a):
        return True  # "this year" against "by 2008": which year is this one is not known
    return ("full" in a and bool(_PARTS_OF_A_YEAR & b.keys())) or (
        "full" in b and bool(_PARTS_OF_A_YEAR & a.keys())
    )


def wider(text: str, figure: Figure, span: tuple[int, int]) -> bool:
    """Whether the words right around a figure (inside its sentence ``span``) stretch it
    over a wider whole (:data:`WIDER`): "fourth-quarter sales at all UK grocers"."""
    low, high = max(span[0], figure.start - 60), min(span[1], figure.span[1] + 40)
    return WIDER.search(text, low, high) is not None


# ------------------------------------------------------------------ tense
#: Words that make a figure an expectation rather than an outcome.
_FORECAST = re.compile(
    r"\b(?:expect\w*|forecast\w*|predict\w*|projected|projections?|estimat\w*|will|would|"
    r"could|set\s+to|likely\s+to|"
    # a headline's forecast: "Profits seen rising 10%"
    r"seen\s+(?:rising|falling|growing|shrinking|climbing|dropping|slipping|jumping))\b"
)
#: "about 4%, economists forecast": the forecaster named after the figure.
FORECAST_AFTER = re.compile(
    r"[,\s]+(?:[A-Za-z]+\s+){0,3}(?:analysts|economists|forecasters|experts)\s+"
    r"(?:had\s+|have\s+)?(?:forecast|expected|predicted|estimated)",
    re.IGNORECASE,
)
#: "100,000 people are expected to march", "900 prisoners will be freed": the figure's
#: own verb is an expectation.
_EXPECTED_AFTER = re.compile(
    r"(?:\s+[a-z'’-]+){0,3}\s+(?:(?:is|are|was|were)\s+(?:expected|forecast|predicted|likely|set)"
    r"\s+to|will|would|could|may|might)\b"
)
#: "may" written in lower case is a modal ("could be", "may return"); "May" is a month.
_MAY = re.compile(r"\b(?:may|might)\b")
#: An outcome compared with expectations is still an outcome: "grew more than expected".
_THAN_EXPECTED = re.compile(
    r"\b(?:than|of|below|above|beat|beating|missed|missing|topped|exceeded)\s+"
    r"(?:(?:the|market|analysts['’]?|economists['’]?)\s+)?"
    r"(?:expect\w*|forecast\w*|predict\w*|estimat\w*)"
)
#: "to cut", "could see its workforce trimmed from": what will happen.
_TO_COME = re.compile(
    r"\b(?:to\s+(?!(?:close|end|finish|settle|stand|the|a|an)\b)"
    # "in the three months to March": a month, not "to march"
    r"(?!(?-i:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b)[a-z'’]+\s+(?:[a-z'’]+\s+){0,4}"
    r"|(?:will|would|could|may|might)\s+(?:[a-z'’]+\s+){0,5})$",
    re.IGNORECASE,
)
_TO_COME_AFTER = re.compile(r"\b(?:by\s+20\d\d|next\s+year|over\s+the\s+next)\b")


def forecast(text: str, start: int, figure: Figure, *, infinitive: bool = False) -> bool:
    """Whether a figure is told as what is expected or will happen, from its clause.

    "is expected to grow about 4%", "growth would be 1.8%", "4%, economists
    forecast", "could see its workforce trimmed from 155,000 … by 2010" are;
    "grew more than expected, at 3.8%" is not. ``infinitive`` also counts a
    plan written with "to" ("Steel firm 'to cut' 45,000 jobs"), as headlines
    write it.
    """
    raw = text[max(start, figure.start - 80) : figure.start]
    before = raw.lower()
    if _FORECAST.search(_THAN_EXPECTED.sub(" ", before)) or _MAY.search(raw):
        return True
    if FORECAST_AFTER.match(text, figure.span[1]) is not None:
        return True
    if _EXPECTED_AFTER.match(text, figure.span[1]) is not None:
        return True  # "Up to 100,000 people are expected to march"
    if infinitive:
        after = text[figure.span[1] : figure.span[1] + 40].lower()
        return bool(_TO_COME.search(raw[-60:]) or _TO_COME_AFTER.search(after))
    return False


def qualifier_after(text: str, figure: Figure) -> str | None:
    """The qualifying phrase right after a figure, if any: "in London", "in 2004" (not
    the measure itself: "a 43% rise in net profits" has none)."""
    match = _QUALIFIER_PHRASE.match(text, figure.span[1])
    if match is None:
        return None
    words = match.group(1).lower().split()
    if any(w in MEASURES for w in words[1:]):
        return None  # "a 43% rise in net profits": the measure itself, no qualifier
    if any(w.capitalize() in NOT_NAMES for w in words[1:]):
        return None  # "in May", "for February delivery": a time, which periods() reads
    return " ".join(words)


_QUALIFIER_PHRASE = re.compile(
    r"[^.;:\n]{0,25}?\b((?:in|at|across|excluding|over|since|per|among|outside|within|for|"
    r"before|after)"
    # a stretch of time is no qualifier of what is counted: "for the first time since",
    # "for more than a year", "over the past year"
    r"(?![ \t]+(?:the\s+(?:first|last|past|next|whole)|more|much|most|a|an|years?|months?|"
    r"weeks?|days?|decades?|the\s+time|now|then|good|once)\b)"
    r"(?:[ \t]+[\w'’-]+){1,3})"
)


#: The deeds a figure is the object of, by the forms of their verbs, each kind under
#: its first form: "sues … for $28bn" and "has sued … for $17.0bn" tell one deed, "cut
#: 2,850 jobs" and "1,100 posts would go" another; "create 1,600 posts", "250 beds are
#: occupied" and "have applied for redundancy" tell others again.
_DEEDS = {
    form: forms.split()[0]
    for forms in (
        "cut cuts cutting axe axes axed axing shed sheds shedding lose loses losing lost lay "
        "lays laid laying go goes going gone went close closes closed closing shut shuts "
        "shutting scrap scraps scrapped scrapping",
        "pay pays paid paying",
        "sue sues sued suing",
        "fine fines fined fining",
        "settle settles settled settling",
        "buy buys bought buying order orders ordered ordering acquire acquires acquired",
        "lease leases leased leasing",
        "sell sells sold selling",
        "lend lends lent lending",
        "borrow borrows borrowed borrowing",
        "raise raises raised raising",
        "invest invests invested investing",
        "spend spends spent spending",
        "award awards awarded awarding",
        "kill kills killed killing die dies died",
        "win wins won winning",
        "sign signs signed signing",
        "bid bids bidding",
        "create creates created creating hire hires hired hiring recruit recruits recruited "
        "recruiting open opens opened opening",
        "free frees freed freeing release releases released releasing",
        "recall recalls recalled recalling",
        "cancel cancels cancelled canceled cancelling canceling",
        "apply applies applied applying volunteer volunteers volunteered offer offers "
        "offered seek seeks sought ask asks asked",
        "remain remains remained occupy occupies occupied restore restores restored "
        "escape escapes escaped arrive arrives arrived",
    )
    for form in forms.split()
}
#: Nouns of those deeds: "in a lawsuit", "the settlement", "job losses".
_DEED_NOUNS = {
    "payment": "pay",
    "payout": "pay",
    "suit": "sue",
    "lawsuit": "sue",
    "lawsuits": "sue",
    "settlement": "settle",
    "purchase": "buy",
    "sale": "sell",
    "loan": "lend",
    "investment": "invest",
    "losses": "cut",
    "redundancies": "cut",
    "layoffs": "cut",
    "closure": "cut",
    "closures": "cut",
    "deaths": "kill",
    "dead": "kill",
}
_DEED_WORD = re.compile(r"[a-z]+")


def deeds(words: str, *, nouns: bool = True) -> set[str]:
    """The deeds ``words`` tell, each kind by its first form (by verbs alone when
    ``nouns`` is false: "investment banking" does no investing).

    >>> sorted(deeds("The bank has axed 700 jobs and faces a lawsuit"))
    ['cut', 'sue']
    """
    found = set()
    for word in _DEED_WORD.findall(words.lower()):
        deed = _DEEDS.get(word) or (_DEED_NOUNS.get(word) if nouns else None)
        if deed is not None:
            found.add(deed)
    return found


#: Words that put a figure at another time or in another mood than the news a lead
#: tells: "had first offered £900m", "cut 1,500 jobs in a previous round", "normally
#: runs 600 flights", "has already paid $400m", "It shut 45 stores in 2016".
ANOTHER_TIME = re.compile(
    r"\b(?:had|previous(?:ly)?|earlier|first|already|ago|before|once|normally|usually|past|"
    r"during|since|typically|typical|originally|initially|last|(?:19|20)\d\d|(?:19|20)?\d0s|"
    r"recent(?:ly)?|spring|summer|autumn|winter|set\s+aside|lobbied|held\s+out|hoped|wanted|"
    r"sought|asked|follow(?:s|ed|ing)?|former(?:ly)?|when\s+it|when\s+they)\b",
    re.IGNORECASE,
)
#: Words that make a figure another thing's, or a part of the thing a lead tells: "A
#: separate appeal raised £1.4m", "in a similar gesture", "£75m to homeowners and the
#: rest to small businesses", "Its competitor is cutting 2,000 jobs", "including".
ANOTHER_THING = re.compile(
    r"\b(?:separate(?:ly)?|similar|the\s+rest|the\s+balance|the\s+remainder|of\s+which|"
    r"competitors?|rivals?|parent|including|each|every|average)\b",
    re.IGNORECASE,
)
