"""Currency conversions in brackets, gathered over an article: one rate for each pair.

"$4.2bn (£2.25bn)" converts an amount at the day's rate, and a business
story does so for most of its amounts. The reader folds each bracket into
the figure it restates (:func:`factcheck.scan.mentions.restatements`); this
stage takes those pairs back out and checks, for each pair of currencies,
that the article used about one rate (rule ``same_rate``). A transposed digit
("$2.4bn (£2.25bn)" beside "$2.3bn (£1.23bn)") or a scale slip ("$1.8 billion
(£9.4 million)") then stands out against the article's other conversions.

Amounts of another time may have been converted at another rate ("a 684bn
yen ($6.4bn) loss in 2000 into a 331bn yen ($2.7bn) profit the following
year"), so conversions told for one time (sentences that name no year, or
the same one year, no other time such as "a decade ago", "when it bought",
"original", and whose sentence before names no other year) are held to 10%
beyond rounding, and the rest only to about a factor of six: enough to find
"$1.8 billion (£9.4 million)", too loose to blame a rate of another decade.
Conversions whose currency is unclear are left out: a name several
countries share ("cents", "rupees"), a letter the reader dropped before the
symbol ("Z$", "E£"), two conversions of one amount into one currency ("40bn
yen and 55bn yen ($360m, $500m)"), and pence against pounds (a total, not a
conversion).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction
from itertools import pairwise

import attrs

from factcheck.figures import Figure, Kind
from factcheck.rules.conversions import known_rates, largest_agreement, rate_of, widen_rate
from factcheck.scan.kinds import unit_key
from factcheck.scan.relation import Relation
from factcheck.units import same_dimension, temperature_conversion, unit_text

__all__ = ["Conversion", "link_conversions"]


@attrs.frozen
class Conversion:
    """A bracket conversion: an amount, its restatement, and their sentence's span."""

    amount: Figure
    converted: Figure
    sentence: tuple[int, int]


_YEAR = re.compile(r"(?<![$£€¥\d.,])\b(?:19|20)\d\d\b(?![\d.,]\d)")
#: Words that date an amount relative to another time: its conversion may be that time's.
_OTHER_TIME = re.compile(
    r"\b(?:(?:last|previous|following|next|prior)\s+year|a\s+year\s+(?:earlier|ago|before)|"
    r"the\s+year\s+before|ago|decades?|at\s+the\s+time|(?:back|by|until|since)\s+then|"
    r"previously|original(?:ly)?|in\s+the\s+past|"
    # a decade: "in the 1990s", "in the late 1990s", "the mid-1980s"
    r"(?:early\s+|mid-?|late\s+)?(?:19|20)\d0s|"
    r"when\s+(?:it|they|he|she|the\s+[a-z]+)\s+(?:was|were|had|bought|paid|sold|"
    r"floated|listed|took|first|joined|signed|arrived|moved|launched|opened)|"
    r"at\s+the\s+(?:peak|height)|boom|bubble)\b",
    re.IGNORECASE,
)
#: A year an amount is expected by, in a sentence about what will be.
_BY_YEAR = re.compile(r"\bby\s+((?:19|20)\d\d)\b")
#: A deed told as past in the clause before "by YEAR": the amount is of that year.
_PAST_DEED = re.compile(
    r"\b(?:had|was|were|did|lost|grew|paid|spent|put|made|rose|fell|sold|bought|took|won|"
    r"gave|began|came|went|got|raised|cut|saw|became|held|kept|left|ran|built)\b|"
    r"\b[a-z]{3,}ed\b"
)
_FUTURE = re.compile(
    r"\b(?:will|would|could|should|shall|expects?|expected|forecasts?|predicted|projected|"
    r"set\s+to|due\s+to|plans?\s+to|aims?\s+to|targets?)\b",
    re.IGNORECASE,
)
#: Currencies whose name several countries share: "cents" (euro or US), "rupees" (India,
#: Pakistan, Sri Lanka, Nepal); a rate between them means nothing.
_SHARED_NAMES = frozenset({"money:cent", "money:INR"})


def _years(text: str, span: tuple[int, int]) -> set[str]:
    """The years a sentence dates its amounts by: a year an amount is expected by
    ("would contribute almost 6bn euros ($8bn; £6bn) by 2014") is a target whose rate
    nobody knows yet, so the amount is converted at today's ("completed in 2007 for
    $12bn", "had risen to $5bn by 2008" are of that year)."""
    years = set(_YEAR.findall(text, *span))
    for target in _BY_YEAR.finditer(text, *span):
        clause = text[max(span[0], target.start() - 100) : target.start()]
        futures = list(_FUTURE.finditer(clause))
        # the future governs the amount: no past deed between it and the year
        if futures and not _PAST_DEED.search(clause, futures[-1].end()):
            years.discard(target.group(1))
    return years


def _when(text: str, span: tuple[int, int], before: tuple[int, int] | None) -> str | None:
    """The time a sentence tells its amounts for: ``""`` (now), a year, or ``None``
    when it names another time or two, or the sentence ``before`` it in its
    paragraph names a year it does not."""
    years = _years(text, span)
    if len(years) > 1 or _OTHER_TIME.search(text, *span):
        return None
    if before is not None and _years(text, before) - years:
        return None
    return next(iter(years), "")


def _unclear(text: str, figure: Figure) -> bool:
    """Whether a figure's currency is not known for sure: a letter the reader dropped
    before "$" or "£" ("Z$20,000", "E£2.3bn"), a name several countries share, "¥"
    (yen or yuan), or a bare "$" in a text that writes "US$" (a local dollar)."""
    if unit_key(figure) in _SHARED_NAMES or figure.text.startswith("¥"):
        return True
    if figure.text[:1] not in "$£":
        return False
    if figure.start > 0 and text[figure.start - 1].isalpha():
        return True
    return figure.text.startswith("$") and "US$" in text


#: Units whose size depends on the country or the trade: troy or avoirdupois ounces,
#: US or imperial gallons and pints, short, long or metric tons.
_UNCLEAR_UNITS = frozenset(
    {"ounce", "gallon", "pint", "quart", "fluid_ounce", "short_ton", "long_ton", "ton", "cup"}
)
#: Words that may stand between two figures of one compound measure ("6 feet 2 inches",
#: "7 pounds 8 ounces") — anything but a word that joins two separate amounts.
_JOINING = frozenset(
    {"to", "from", "and", "or", "of", "by", "at", "in", "on", "with", "than", "about"}
    | {"around", "nearly", "almost", "some", "over", "under", "per", "a", "an", "the"}
)


def _compound(text: str, before: Figure | None, figure: Figure) -> bool:
    """Whether ``figure`` is the last part of a compound measure ("6 feet 2 inches
    (1.88 metres)", "15 stone 7 lb (98kg)"): the bracket restates the whole."""
    if before is None or before.end is None or before.kind is Kind.DATE:
        return False  # "Since 2004 90mph (30km/h) winds": a year before, no compound
    gap = text[before.end : figure.start].split()
    return len(gap) <= 1 and all(w.isalpha() and w.lower() not in _JOINING for w in gap)


#: How far two rates of one time may differ beyond rounding, in percent (rule default).
_SAME_TIME = 10
#: And two rates of any times in one article: about six times apart still finds a slip of
#: scale ("$1.8 billion (£9.4 million)"), while rates of decades apart pass (360 yen to
#: the dollar in 1971, 110 in 2005).
_ANY_TIME = 300


def link_conversions(
    text: str,
    conversions: Sequence[Conversion],
    figures: Sequence[Figure] = (),
    spans: Sequence[tuple[int, int]] = (),
) -> list[Relation]:
    """``same_rate`` relations for each pair of currencies the article converts twice or
    more: one per time the sentences tell (:func:`_when`), and one over every time with
    a wide tolerance when some conversions are of no such group; a ``known_rate``
    relation for each conversion no other of its pair checks; and a ``converted``
    relation for each measure restated in other units ("38mph (61km/h)").
    ``figures`` are all the text's figures, in order (to tell a compound measure), and
    ``spans`` its sentences (a year in the sentence before may date a conversion: "In
    2001, AOL bought Time Warner. The deal was valued at $106bn (£73bn).")."""
    by_time: dict[tuple[str, str, str | None], list[Conversion]] = {}
    relations: list[Relation] = []
    conversions = [*conversions, *_between_brackets(conversions)]
    # "40bn yen and 55bn yen ($360m, $500m)": two conversions of one amount into one
    # currency are conversions of two amounts, which the bracket does not pair up
    into = [(id(c.amount), unit_key(c.converted)) for c in conversions]
    # "paid $1.2bn (£830m) for it in 2001, and sold it for $650m (£351m)": a year in a
    # sentence of several conversions may date only one of them
    several = {
        c.sentence
        for c in conversions
        if sum(other.sentence == c.sentence for other in conversions) > 1
    }
    previous = {id(f): figures[k - 1] for k, f in enumerate(figures) if k}
    # the sentence before each, when one line holds both
    before = {b: a for a, b in pairwise(spans) if "\n" not in text[a[1] : b[0]]}
    for conversion in conversions:
        amount, converted, span = conversion.amount, conversion.converted, conversion.sentence
        if into.count((id(amount), unit_key(converted))) > 1:
            continue
        if _unclear(text, amount) or _unclear(text, converted):
            continue
        if amount.parts or converted.parts:
            continue  # (a change converts at the day's rate as a level does: "lost $5m (£2.7m)")
        source, target = unit_key(amount), unit_key(converted)
        if amount.unit != converted.unit and (
            (source == target and source.startswith("measure"))
            or temperature_conversion(amount.unit, converted.unit) is not None
        ):
            # "38mph (61km/h)", "up to 96mph (154km/h)", "-5C (23F)": a fixed conversion,
            # checked on its own, of a bound's number too
            measure = _measure(text, amount, converted, previous.get(id(amount)), span)
            if measure is not None:
                relations.append(measure)
            continue
        if amount.low is None or amount.high is None or converted.low is None:
            continue  # a bound ("more than $5m (£2.7m)") fixes no rate
        if converted.high is None or amount.low <= 0 or converted.low <= 0:
            continue
        if not source.startswith("money") or not target.startswith("money"):
            continue
        if same_dimension(amount.unit, converted.unit):
            continue  # "5m shares at 250p (£12.5m)": pence and pounds, no conversion
        when = _when(text, span, before.get(span))
        if when and span in several:
            when = None
        key = (source, target, when)
        by_time.setdefault(key, []).append(conversion)
    # Conversions of no one time are compared, at a wide tolerance, with each other and
    # with the first of each group of one time (which its own group checks closely);
    # a conversion dated to a single year of its own stays out: its rate is that year's.
    loose: dict[tuple[str, str], list[Conversion]] = {}
    for (source, target, when), group in by_time.items():
        if when is None:
            loose.setdefault((source, target), []).extend(group)
        elif len(group) > 1:
            relations.append(_relation(group, _SAME_TIME, "conversions in brackets"))
    for (source, target), group in loose.items():
        anchors = [
            g[0] for (s, t, w), g in by_time.items() if (s, t) == (source, target) and w is not None
        ]
        compared = sorted([*group, *anchors], key=lambda c: c.amount.start)
        if len(compared) > 1:
            relations.append(_relation(compared, _ANY_TIME, "conversions of any time"))
    # A conversion no other of its pair checks is held to the rates the two currencies
    # have had: loose, but enough for "$4.2bn (£22.5bn)"
    checked = {id(f) for r in relations if r.rule == "same_rate" for f in r.figures()}
    for (source, target, _), group in by_time.items():
        if known_rates(source.removeprefix("money:"), target.removeprefix("money:")) is None:
            continue
        for c in group:
            if id(c.amount) not in checked:
                roles = {"amount": c.amount, "converted": c.converted}
                relations.append(
                    Relation(
                        "known_rate", roles, c.sentence, "a lone conversion", {}, flag_only=True
                    )
                )
    return relations


#: A temperature that is a reading: "a high of 30C (86F)", "lows of -5C", "temperatures
#: of 40C", "temperatures hit 34.7C" (a noun of a reading right before; a verb alone may
#: be a difference's: "the spike hit 8C (14.4F)").
_READING_BEFORE = re.compile(
    r"(?:\b(?:highs?|lows?|maximum|minimum)\s+(?:of|at|near)"
    r"|\btemperatures?\s+(?:of|at|near|(?:has\s+|have\s+)?(?:reached|hit|topped|peaked\s+at|"
    r"(?:rose|risen|climbed|soared|fell|fallen|dropped|dipped|plunged|sank|plummeted)\s+to)))"
    r"\s*$",
    re.IGNORECASE,
)
#: Words that may make a temperature a difference ("the gap reached 12C (21.6F)",
#: "warming kept below 1.5C (2.7F)", "global temperatures hit 1.55C (2.79F)",
#: "3C (5.4F) milder than Monday"), anywhere in its sentence: then either reading holds.
_DIFFERENCE_WORD = re.compile(
    r"\b(?:warm\w*|cool\w*|heat\w*|mild\w*|gap|difference|differ\w*|swing|change|anomal\w*|"
    r"rise|increase|drop|decline|fall|jump|spike|shift|margin|surplus|deficit|deviation|"
    r"variation|span|spread|range|contrast|departure|above|below|over|under|beneath|beyond|"
    r"excess|relative|compared|versus|against|than|normal|average|mean|baseline|"
    r"pre-industrial|global\w*|world|planet|earth|climate|colder|hotter|higher|lower|by|up|"
    r"down|more|less|extra|norm\w*|top|past|short|shy|ahead|behind|off|beat\w*)\b",
    re.IGNORECASE,
)
#: How far before a temperature its words are read.
_READING_REACH = 60


def _measure(
    text: str,
    amount: Figure,
    converted: Figure,
    previous: Figure | None,
    span: tuple[int, int],
) -> Relation | None:
    """The ``converted`` check of a measure restated in other units, if it is one."""
    if amount.value is None or converted.value is None:
        return None  # a range's bracket ("50-60mph (80-97km/h)") pairs two ends
    if {unit_text(amount.unit), unit_text(converted.unit)} & _UNCLEAR_UNITS:
        return None  # "2.3 million ounces (72 tonnes)" of gold: troy ounces
    if _compound(text, previous, amount):
        return None
    options: dict[str, object] = {}
    if temperature_conversion(amount.unit, converted.unit) is not None:
        # only a plain reading is held to the offset ("a high of 20C (36F)" converts a
        # reading as a difference); a temperature with any word of change may be either
        before = text[max(span[0], amount.start - _READING_REACH) : amount.start]
        reading = (
            amount.trend is None
            and _READING_BEFORE.search(before) is not None
            and _DIFFERENCE_WORD.search(text, span[0], amount.start) is None
            and _DIFFERENCE_WORD.search(text, converted.span[1], span[1]) is None
        )
        options["reading"] = "level" if reading else "either"
    roles = {"amount": amount, "converted": converted}
    return Relation("converted", roles, span, "a measure in other units", options)


def _between_brackets(conversions: Sequence[Conversion]) -> list[Conversion]:
    """The conversions one bracket makes between its own figures: "5bn rupees ($50m;
    £27m)" also converts $50m into £27m, which the article's other dollar-pound
    conversions (or the rates the two have had) then check."""
    by_amount: dict[int, list[Conversion]] = {}
    for c in conversions:
        by_amount.setdefault(id(c.amount), []).append(c)
    derived = []
    for group in by_amount.values():
        for first, second in pairwise(group):
            if unit_key(first.converted) != unit_key(second.converted):
                derived.append(Conversion(first.converted, second.converted, first.sentence))
    return derived


def _relation(group: Sequence[Conversion], tolerance: int, pattern: str) -> Relation:
    """A ``same_rate`` relation over ``group``, the conversions outside the largest group
    that agrees first: a finding sits on its first conversion, which is then a wrong one."""
    widened = []
    for c in group:
        rate = rate_of(c.amount, c.converted)
        assert rate is not None  # link_conversions keeps positive, bounded amounts only
        widened.append(widen_rate(rate, Fraction(tolerance, 100)))
    agreeing = set(largest_agreement(widened))
    if len(agreeing) == len(group) or 2 * len(agreeing) <= len(group):
        ordered = list(group)  # all agree, or no group holds most: which is wrong is unknown
    else:
        ordered = [c for k, c in enumerate(group) if k not in agreeing] + [
            c for k, c in enumerate(group) if k in agreeing
        ]
    roles = {
        "amounts": tuple(c.amount for c in ordered),
        "converted": tuple(c.converted for c in ordered),
    }
    options = {} if tolerance == _SAME_TIME else {"tolerance": tolerance}
    return Relation("same_rate", roles, ordered[0].sentence, pattern, options)
