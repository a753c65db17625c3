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

from factcheck.figures import Figure
from factcheck.scan.mentions import MEASURES, QUALIFIERS

__all__ = [
    "GOOD_WHEN_HIGHER",
    "GOOD_WHEN_LOWER",
    "NEW_FRAME",
    "forecast",
    "modifier",
    "names",
    "other_period",
    "periods",
    "same_modifier",
]

#: A sentence that opens on another place or party names another subject.
NEW_FRAME = re.compile(
    r"(?i:in|at|across|for)\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"|(?i:elsewhere|meanwhile|by\s+contrast|in\s+contrast|separately|similarly|likewise)"
)

#: Measures for which more is better, and for which more is worse: "beat" and
#: "missed", "better" and "worse" turn on them.
GOOD_WHEN_HIGHER = frozenset({"profit", "sales", "growth", "exports", "orders", "users"})
GOOD_WHEN_LOWER = frozenset({"loss", "unemployment", "inflation", "debt", "spending"})

# ------------------------------------------------------------------ parties
_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+(?:[-'’][A-Za-z]+)?")
_NOT_NAMES = frozenset(
    {"January", "February", "March", "April", "May", "June", "July", "August"}
    | {"September", "October", "November", "December", "Monday", "Tuesday"}
    | {"Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Christmas"}
)


def names(sentence: str) -> frozenset[str]:
    """The capitalised words of a sentence that are no opener, month or weekday.

    >>> sorted(names("Sales at Tesco rose, while Asda lost ground in May."))
    ['Asda', 'Tesco']
    """
    return frozenset(n for n in _NAME.findall(sentence) if n not in _NOT_NAMES)


# ------------------------------------------------------------------ modifiers
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: Words before a measure noun that do not set it apart: determiners, verbs, links.
_NOT_MODIFIERS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our"}
    | {"is", "are", "was", "were", "be", "been", "has", "have", "had", "kept", "keep", "keeps"}
    | {"said", "says", "saw", "see", "sees", "put", "set", "cut", "hit", "lift", "raise"}
    | {"and", "or", "but", "as", "of", "in", "on", "at", "to", "for", "by", "with", "from"}
    | {"than", "while", "when", "which", "who", "whose", "also", "still", "now", "total"}
    | {"economic", "overall", "global", "national", "average", "new", "latest", "record"}
)


def modifier(text: str, start: int, figure: Figure) -> tuple[str | None, str | None]:
    """What sets a figure's measure apart: the word before its noun, and its party.

    The word is the one right before the nearest measure noun ahead of the
    figure ("Diesel prices remain above 82p": ``diesel``; a determiner, a verb
    or a general word such as "economic" is no modifier); the party is a name
    the noun is "at", "in", "for" or "of" ("Sales at Asda"), whose noun it is
    ("Tesco's sales"), or that stands right before it ("US unemployment"). Two figures of
    one measure with different modifiers ("youth unemployment" and
    "unemployment", "sales at Tesco" and "sales at Asda") are two quantities.

    >>> from factcheck.text.scanner import find_figures
    >>> text = "US unemployment fell to 5.1%. Sales at Asda rose to £15bn."
    >>> [modifier(text, 0, f) for f in find_figures(text)]
    [(None, 'US'), (None, 'Asda')]
    """
    begin = max(start, figure.start - 90)
    window = text[begin : figure.start]
    words = list(_WORD.finditer(window))
    for k in range(len(words) - 1, -1, -1):
        if words[k].group().lower() not in MEASURES:
            continue
        party = _PARTY_AFTER.match(window, words[k].end())
        owner = _OWNER.search(window, 0, words[k].start())
        name = party.group(1) if party else owner.group(1) if owner else None
        word = None
        if k and owner is None:
            before = words[k - 1]
            opener = begin + before.start() == start
            if before.group()[0].isupper() and not opener:
                name = name or before.group()  # "US unemployment", "Singapore growth"
            elif _sets_apart(before.group().lower()):
                word = before.group().lower()
        return word, name
    return None, None


def same_modifier(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    """Whether two :func:`modifier` readings may be of one quantity.

    The words must agree ("youth unemployment" is not "unemployment"); the
    parties only when both are named ("growth in China" may be the "growth"
    the next sentence keeps above 9%; "sales at Tesco" is not "sales at Asda").
    """
    return a[0] == b[0] and (a[1] is None or b[1] is None or a[1] == b[1])


def _sets_apart(word: str) -> bool:
    """Whether a word before a measure noun names a kind of it ("youth", "diesel",
    "pre-tax"), rather than a verb or a link word ("kept growth", "of profits")."""
    if word in _NOT_MODIFIERS or word.endswith(("'s", "’s")):
        return False  # "the island's economy": an owner, not a kind of economy
    return word in QUALIFIERS or not word.endswith(("ed", "ing", "ly"))


#: "sales at Asda", "growth in Malaysia": the party a measure noun is about.
_PARTY_AFTER = re.compile(r"\s+(?:at|in|for|of)\s+(?:the\s+)?([A-Z][\w'’&-]*)")
#: "Tesco's sales", "Tesco's UK sales": the party owning the measure noun.
_OWNER = re.compile(r"([A-Z][\w&-]*)['’]s\s+(?:[a-z-]+\s+)?$")


# ------------------------------------------------------------------ periods
_PERIOD = re.compile(
    r"\b(?:(?:first|second|third|fourth|last|final)\s+(?:quarter|half)"
    r"|january|february|march|april|june|july|august|september|october|november|december"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|full[- ]year|(?:19|20)\d\d)\b"
)
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday"})
_PARTS_OF_A_YEAR = frozenset({"quarter", "half", "month", "day"})


def periods(
    text: str, figure: Figure, span: tuple[int, int] | None = None
) -> dict[str, frozenset[str]]:
    """The periods named right around a figure (40 characters either side, inside
    its sentence ``span`` when given), by grain.

    >>> from factcheck.text.scanner import find_figures
    >>> text = "Growth was 4% in the third quarter of 2004."
    >>> sorted((g, sorted(n)) for g, n in periods(text, find_figures(text)[0]).items())
    [('quarter', ['third quarter']), ('year', ['2004'])]
    """
    start, end = figure.span
    low, high = span if span is not None else (0, len(text))
    window = text[max(low, start - 40) : min(high, end + 40)].lower()
    found: dict[str, set[str]] = {}
    for match in _PERIOD.finditer(window):
        name = " ".join(match.group().replace("-", " ").split())
        if name == "full year":
            grain = "full"
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
    return ("full" in a and bool(_PARTS_OF_A_YEAR & b.keys())) or (
        "full" in b and bool(_PARTS_OF_A_YEAR & a.keys())
    )


# ------------------------------------------------------------------ tense
#: Words that make a figure an expectation rather than an outcome.
_FORECAST = re.compile(
    r"\b(?:expect\w*|forecast\w*|predict\w*|projected|projections?|estimat\w*|will|would|"
    r"could|set\s+to|likely\s+to)\b"
)
#: "about 4%, economists forecast": the forecaster named after the figure.
FORECAST_AFTER = re.compile(
    r"[,\s]+(?:[A-Za-z]+\s+){0,3}(?:analysts|economists|forecasters|experts)\s+"
    r"(?:had\s+|have\s+)?(?:forecast|expected|predicted|estimated)",
    re.IGNORECASE,
)
#: An outcome compared with expectations is still an outcome: "grew more than expected".
_THAN_EXPECTED = re.compile(
    r"\b(?:than|of|below|above|beat|beating|missed|missing|topped|exceeded)\s+"
    r"(?:(?:the|market|analysts['’]?|economists['’]?)\s+)?"
    r"(?:expect\w*|forecast\w*|predict\w*|estimat\w*)"
)
#: "to cut", "could see its workforce trimmed from": what will happen.
_TO_COME = re.compile(r"\b(?:to|will|would|could|may|might)\s+(?:[a-z'’]+\s+){0,5}$")
_TO_COME_AFTER = re.compile(r"\b(?:by\s+20\d\d|next\s+year|over\s+the\s+next)\b")


def forecast(text: str, start: int, figure: Figure, *, infinitive: bool = False) -> bool:
    """Whether a figure is told as what is expected or will happen, from its clause.

    "is expected to grow about 4%", "growth would be 1.8%", "4%, economists
    forecast", "could see its workforce trimmed from 155,000 … by 2010" are;
    "grew more than expected, at 3.8%" is not. ``infinitive`` also counts a
    plan written with "to" ("Steel firm 'to cut' 45,000 jobs"), as headlines
    write it.
    """
    before = text[max(start, figure.start - 80) : figure.start].lower()
    if _FORECAST.search(_THAN_EXPECTED.sub(" ", before)):
        return True
    if FORECAST_AFTER.match(text, figure.span[1]) is not None:
        return True
    if infinitive:
        after = text[figure.span[1] : figure.span[1] + 40].lower()
        return bool(_TO_COME.search(before[-60:]) or _TO_COME_AFTER.search(after))
    return False
