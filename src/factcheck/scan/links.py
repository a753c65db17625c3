"""Article-level links: a change stated in one place, its levels in another.

A headline says "profits drop 33%"; the fourth paragraph says net income
"fell to 537m euros from 798m". Neither sentence holds the whole relation,
so no sentence shape reads it. A link joins them when:

* the change is a percent (or a ratio word) with a direction and takes part
  in no relation of its own;
* the levels are a pair the scan already read (``direction``: "to B from A",
  "B, down from A"), in money or counts, not in percent (a percent change
  of a percent level may mean points);
* both are about the same **measure** (profit, sales, debt, …; see
  :data:`factcheck.scan.mentions.MEASURES`), with no conflicting qualifier
  ("pre-tax" against "operating");
* exactly one level pair in the article is about that measure.

The finding sits on the change and its figures name both places.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from fractions import Fraction

import attrs

from factcheck.figures import Figure, Hedge, Kind, Trend
from factcheck.intervals import Interval
from factcheck.scan.context import (
    ANOTHER_THING,
    ANOTHER_TIME,
    FORECAST_AFTER,
    GOOD_WHEN_HIGHER,
    GOOD_WHEN_LOWER,
    MONTH_NAMES,
    MOVED_TO,
    NEW_FRAME,
    NOT_NAMES,
    TIME_NAMES,
    WEEKDAY_NAMES,
    WEIGHTED,
    Modifier,
    deeds,
    forecast,
    modifier,
    named_in,
    names,
    other_period,
    periods,
    place_after,
    qualifier_after,
    same_modifier,
    wider,
)
from factcheck.scan.kinds import (
    exact_count,
    is_fraction_word,
    round_hundreds,
    size_ratio,
    unit_key,
)
from factcheck.scan.levels import (
    SURVEY_WORDS,
    an_answer,
    as_levels,
    lead_roles,
    rate_of,
    survey_size,
    unhedged,
)
from factcheck.scan.mentions import (
    MEASURES,
    NUMBER_WORDS,
    QUALIFIERS,
    YEAR,
    counted,
    measure_of,
    named_move_end,
)
from factcheck.scan.relation import Relation, RoleValue
from factcheck.scan.shapes import GRIM_LIMIT
from factcheck.text.vocabulary import PLURALS_WITHOUT_S

__all__ = [
    "HAS_COUNT",
    "MOVES_COUNT",
    "amount_changes",
    "head_noun",
    "link_bounds",
    "link_breakdown",
    "link_changes",
    "link_expectations",
    "link_headline",
    "link_lead_levels",
    "link_marks",
    "link_moves",
    "link_periods",
    "link_products",
    "stem",
]

Measure = tuple[str, str | None]
#: The figures of each sentence, by the sentence's span.
Sentences = dict[tuple[int, int], list[Figure]]


@attrs.frozen
class _Pair:
    relation: Relation
    start: Figure
    end: Figure
    measure: Measure


def _agree(a: Measure, b: Measure) -> bool:
    return a[0] == b[0] and (a[1] is None or b[1] is None or a[1] == b[1])


#: A verb that makes the amount after it a change: "to cut 45,000 jobs", "will add 800 staff".
_AMOUNT_VERB = re.compile(
    r"\b(?P<verb>cut|cuts|cutting|shed|sheds|shedding|axe|axes|axing|slash|slashes|slashing|"
    r"trim|trims|trimming|eliminate|eliminates|eliminating|add|adds|adding|create|creates|"
    r"creating|hire|hires|hiring)\b['’\"]?\s+$"
)
_ADDING = frozenset(
    {"add", "adds", "adding", "create", "creates", "creating", "hire", "hires", "hiring"}
)


def amount_changes(
    text: str, items: Sequence[tuple[Figure, tuple[int, int]]], lead: Sequence[tuple[int, int]]
) -> list[tuple[Figure, tuple[int, int]]]:
    """Amounts in the headline or lede that a verb makes changes: "to cut 45,000 jobs".

    Each comes back with the verb's direction as its trend, so that
    :func:`link_changes` can join it to a level pair ("trimmed from 155,000 to
    110,000 staff") as a plain difference.
    """
    found: list[tuple[Figure, tuple[int, int]]] = []
    for figure, span in items:
        if span not in lead or figure.trend is not None or figure.parts:
            continue
        if not figure.noun or unit_key(figure) != "count":
            continue
        match = _AMOUNT_VERB.search(text, max(span[0], figure.start - 20), figure.start)
        if match is None:
            continue
        trend = Trend.UP if match.group("verb") in _ADDING else Trend.DOWN
        found.append((attrs.evolve(figure, trend=trend), span))
    return found


#: After a change that is a yearly rate or a real-terms one: another statistic.
_RATE_AFTER = re.compile(
    r"\s+(?:a\s+(?:year|month)(?!\s+(?:earlier|ago|before|later))|per\s+(?:year|annum|month)|"
    r"annually|in\s+real\s+terms)\b"
)


def _qualifier(text: str, start: int, figure: Figure) -> str | None:
    """The qualifier of a figure's measure, with "net" as the plain reading."""
    measure = measure_of(text, start, figure)
    qualifier = measure[1] if measure is not None else None
    return None if qualifier == "net" else qualifier


#: After a change or a level, what makes it a part or another reckoning of the measure:
#: "rose 50% in Asia", "at its US arm", "in dollar terms", "excluding one-off items",
#: "over two years", "since 2001", "per passenger".
_QUALIFIED = re.compile(
    r"[^.;:\n]{0,40}?\b(?:in|at|across|excluding|except|over|since|per|among|outside|within|"
    r"on\s+top\s+of|including|for\s+the\s+(?:first|second|third|fourth)|as\s+reported|"
    # "rose to £180,000 from £150,000 between 2001 and 2004": a move over years
    r"between\s+(?:19|20)\d\d)\b"
    r"(?!\s+(?:the\s+)?(?:year|years)\s+(?:earlier|before|ago)\b)"
)
#: Right after a change: the firm itself, not a part of it ("Profits halve at Acme").
_AT_THE_FIRM = re.compile(
    rf"\s+at\s+(?!{TIME_NAMES}\b)"
    r"[A-Z][\w&-]*(?:\s+(?:&\s+)?[A-Z][\w&-]*){0,2}(?=\s*(?:$|[,.;:\n]))"
)


#: Before a pair of levels, in their sentence: a part, a reckoning or a period of the
#: measure ("Profit at its UK arm", "In mining,", "Profit attributable to shareholders",
#: "Profit from continuing operations", "in the final quarter", "In 2022").
_PART_BEFORE_LEVELS = re.compile(
    r"(?i:\b(?:in|across|among|within|outside|excluding|during|attributable|continuing|"
    r"discontinued|for\s+the\s+(?:first|second|third|fourth|final|last))\b)"
    # "at its UK arm", "at the bank's branches", "at Acme UK" (not the firm by name:
    # "Profits at Acme")
    r"|\b[Aa]t\s+(?:(?![A-Z])|[A-Z][\w&'’-]*\s+[A-Z])"
)


#: After the earlier level: a time more than a year before ("two years earlier").
_YEARS_BEFORE = re.compile(
    r"\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years?\s+"
    r"(?:earlier|ago|before|previously)\b|\s+a\s+decade\s+(?:earlier|ago|before)\b"
)


def _other_levels(
    text: str,
    measure: Measure,
    pair: _Pair,
    relations: Sequence[Relation],
    levels: Sequence[tuple[Figure, tuple[int, int]]],
    change: Figure,
    moved: set[int],
) -> bool:
    """Whether the article tells the measure's level other than the pair's two, or the
    change again with a level of its own ("Net profit rose 24% to £62m"): then which
    levels the change is of is unclear."""
    kind = unit_key(pair.end)
    own = {pair.start.value, pair.end.value}
    for figure, where in levels:
        if figure.start in (pair.start.start, pair.end.start) or figure.value in own:
            continue
        if figure.start in moved:
            continue  # a change, as an amount: a copy with its verb's direction
        if figure.trend is not None or figure.parts or unit_key(figure) != kind:
            continue
        if figure.interval.overlaps(change.interval):
            continue  # the cut told again: "'to cut' 45,000 jobs … could cut up to 45,000"
        if _qualified(text, figure):
            continue  # a part: "It employs 50,000 staff in Kazakhstan alone"
        found = measure_of(text, where[0], figure)
        if found is not None and _agree(found, measure):
            return True
    for relation in relations:
        told = relation.roles.get("change")
        if (
            isinstance(told, Figure)
            and told is not change
            and told.trend is change.trend
            and unit_key(told) == unit_key(change)
            and told.interval.overlaps(change.interval)
            and relation.span != pair.relation.span
        ):
            found = measure_of(text, relation.span[0], told)
            if found is not None and _agree(found, measure):
                return True
    return False


def _qualified(text: str, figure: Figure) -> bool:
    """Whether the words after a change or a level make it a part or another reckoning
    of its measure (:data:`_QUALIFIED`); a bare name after "at" that ends the clause
    is the firm the story is about ("Profits halve at Acme", "at Acme, the maker of")."""
    # "a 15.4% rise in pre-tax profit": the "in" names the measure, and what follows it
    # may qualify the change
    end = named_move_end(text, figure.span[1])
    if _QUALIFIED.match(text, end) is None:
        return False
    firm = _AT_THE_FIRM.match(text, end)
    return firm is None or _QUALIFIED.match(text, firm.end()) is not None


#: A period results are reported for, with its preposition: "in the three months to
#: March", "for the six months to June", "in the first half", "in the 26 weeks to 29
#: September", "for the financial year to March".
_REPORT_PERIOD = re.compile(
    r"\b(?:[Ii]n|[Ff]or|[Dd]uring|[Oo]ver)\s+(?:the\s+|its\s+)?"
    r"(?:(?:first|second|third|fourth|final|last)[\s-](?:quarter|half)"
    r"(?:\s+of\s+(?:the\s+year|(?:19|20)\d\d))?"
    r"|(?:three|six|nine|twelve|12|13|24|26|28|39|52)\s+(?:months|weeks)\s+"
    r"(?:to|ended|ending|until|through)\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}\s+)?[A-Z][a-z]+"
    r"(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d\d)?"
    r"|(?:financial|fiscal)\s+year(?:\s+to\s+(?:the\s+end\s+of\s+)?[A-Z][a-z]+)?)"
)
#: The grains of reporting periods, as a headline, a lede or a sentence of levels names
#: them ("first-quarter earnings", "in the three months to March", "half-year profits").
_REPORT_GRAINS = (
    (
        "quarter",
        re.compile(
            r"\b(?:(?:first|second|third|fourth|final|last)[\s-]quarter|quarterly|"
            r"(?:three|3)\s+months|13\s+weeks|q[1-4])\b",
            re.IGNORECASE,
        ),
    ),
    (
        "half",
        re.compile(
            r"\b(?:(?:first|second)[\s-]half|half[\s-]year(?:ly)?|interim|(?:six|6)\s+months|"
            r"(?:24|26|28)\s+weeks)\b",
            re.IGNORECASE,
        ),
    ),
    ("nine months", re.compile(r"\b(?:nine|9)\s+months|39\s+weeks\b", re.IGNORECASE)),
    (
        "year",
        re.compile(
            r"\b(?:full[\s-]year|annual|(?:twelve|12)\s+months|52\s+weeks|"
            r"(?:financial|fiscal)\s+year|year\s+to)\b",
            re.IGNORECASE,
        ),
    ),
)


def _report_grain(text: str, spans: Sequence[tuple[int, int]]) -> str | None:
    """The one grain of reporting period the sentences ``spans`` name, if one."""
    found = {
        grain for grain, pattern in _REPORT_GRAINS for a, b in spans if pattern.search(text, a, b)
    }
    return found.pop() if len(found) == 1 else None


def _past_the_report(text: str, told: Sequence[tuple[int, int]], levels: tuple[int, int]) -> str:
    """``text`` with the reporting periods of the sentence of ``levels`` blanked out when
    the change's sentences (``told``: its own and the lede) name the same grain of period
    ("first-quarter earnings" and "in the three months to March"): the words that qualify
    the levels are then read past the period, which is the change's too."""
    grain = _report_grain(text, told)
    if grain is None or _report_grain(text, [levels]) != grain:
        return text
    a, b = levels
    inside = _REPORT_PERIOD.sub(lambda m: " " * len(m.group()), text[a:b])
    return text[:a] + inside + text[b:]


#: In a headline or lede: the change told of a part of the firm, or against another base
#: than a year before (review 33: "a drop in first-quarter earnings at its US arm", "…
#: compared with the final three months of last year").
_LEDE_ELSEWHERE = re.compile(
    r"\bat\s+its\s+(?:[A-Za-z-]+\s+){0,2}(?:arm|division|unit|business|subsidiary|"
    r"operations)\b|\b(?:compared\s+(?:with|to)|against|on|from)\s+the\s+(?:previous|final|"
    r"last|preceding|prior)\s+(?:quarter|three\s+months|half|six\s+months|month)\b|"
    r"\bquarter[- ]on[- ]quarter\b|\bsequential|"
    # review 34: another measure or basis than the levels' ("sales volumes", "from
    # continuing operations", "after taking inflation into account", "compared with 2019",
    # "compared with the second half of last year")
    r"\bsales\s+volumes?\b|\bvolume\s+sales\b|\bcontinuing\s+operations\b|"
    r"\bafter\s+(?:taking\s+)?inflation\b|\binflation[- ]adjusted\b|\breal\s+terms\b|"
    r"\b(?:sales|revenue|orders)\s+of\s+(?!its\b|their\b)[a-z]|"
    r"\bcompared\s+(?:with|to)\s+(?:the\s+)?(?:(?:19|20)\d\d|(?:first|second)\s+half)",
    re.IGNORECASE,
)
#: A sentence of levels that says it counts them another way.
_QUALIFIED_LEVELS = re.compile(
    r"\b(?:in\s+(?:sterling|dollar|euro|real|local)|at\s+constant|as\s+reported|"
    r"excluding|underlying|like-for-like|as\s+a\s+whole)\b",
    re.IGNORECASE,
)


#: A change told for a short span, and levels told for a year: two reckonings.
_A_SHORT_SPAN = re.compile(
    r"\b(?:last|this|a|the)\s+(?:month|week|quarter)\b|\bmonth[- ]on[- ]month\b|"
    r"\bon\s+the\s+(?:month|week|quarter)\b",
    re.IGNORECASE,
)
_A_LONG_SPAN = re.compile(
    r"\b(?:12|twelve)\s+months\b|\byear[- ]on[- ]year\b|\bannual\b|\bin\s+a\s+year\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d[\d,.]*")


def _other_numbers(text: str, span: tuple[int, int], levels: Sequence[Figure]) -> bool:
    """Whether a sentence holds numbers besides ``levels`` (years aside)."""
    for match in _NUMBER.finditer(text, *span):
        if any(f.start <= match.start() < f.span[1] for f in levels):
            continue
        if not YEAR.fullmatch(match.group().rstrip(".,")):
            return True
    return False


#: After a change, what it is about when its verb takes an object: "doubled its
#: dividend", "halve its costs", "raised 10% the price" (a measure noun before the verb
#: may be another's).
_OBJECT_AFTER = re.compile(r"\s+(?:its|their|his|her|the)\s+[a-z]")


def _one_report(
    text: str,
    qualifiers: tuple[str | None, str | None],
    x_span: tuple[int, int],
    y_span: tuple[int, int],
) -> bool:
    """Whether two measures qualified apart differ only by a period of reporting that
    both sentences name alike: "first-half sales" and "Sales in the 26 weeks to 29
    September" are one half's sales."""
    if not any(q is not None and _report_grain(q, [(0, len(q))]) for q in qualifiers):
        return False
    if any(q is not None and not _report_grain(q, [(0, len(q))]) for q in qualifiers):
        return False  # "first-half like-for-like sales": another reckoning as well
    grain = _report_grain(text, [x_span])
    return grain is not None and grain == _report_grain(text, [y_span])


def _one_quantity(
    text: str,
    a: tuple[Figure, tuple[int, int]],
    b: tuple[Figure, tuple[int, int]],
) -> bool:
    """Whether two figures of one measure, in two sentences, can be one quantity told
    twice: the same kind, place and owner (:func:`~factcheck.scan.context.modifier`),
    the same period where both name one of a grain, and both outcomes or both
    expectations ("expects profits to rise 10% next year" is no move of this year's)."""
    (x, x_span), (y, y_span) = a, b
    if not same_modifier(modifier(text, x_span[0], x), modifier(text, y_span[0], y)):
        return False
    qualifiers = _qualifier(text, x_span[0], x), _qualifier(text, y_span[0], y)
    if qualifiers[0] != qualifiers[1] and not _one_report(text, qualifiers, x_span, y_span):
        return False  # "like-for-like sales", "headline profits" against plain ones
    if _RIVAL_FIRM.search(text, *x_span) or _RIVAL_FIRM.search(text, *y_span):
        return False  # "Its nearest rival's sales rose 5%"
    if _RATE_AFTER.match(text, x.span[1]) or _RATE_AFTER.match(text, y.span[1]):
        return False  # "rise by 4% a year in real terms": another statistic
    if other_period(periods(text, x, x_span), periods(text, y, y_span)):
        return False
    return forecast(text, x_span[0], x, infinitive=True) == forecast(
        text, y_span[0], y, infinitive=True
    )


#: Between a level and the one it is compared with: "£1.12bn, compared with", "5.32
#: million people flew to or from Eastmoor in 2015, compared with" (no figure between).
_COMPARED_WITH_LEVEL = re.compile(
    r"(?:[^.;:\d%£$€]|\b(?:19|20)\d\d\b){0,70},\s*(?:compared\s+(?:with|to)|against)\s+$"
)
#: After the level compared with: a time before ("a year earlier", "in 2014").
_AN_EARLIER_TIME = re.compile(
    r"\s+(?:(?:a|one|the)\s+year\s+(?:earlier|ago|before)|"
    r"in\s+the\s+same\s+(?:period|quarter|months?|weeks?)\s+(?:a\s+year\s+earlier|last\s+year))"
    r"\b"
)


def compared_pairs(text: str, levels: Sequence[tuple[Figure, tuple[int, int]]]) -> list[Relation]:
    """Two levels of one sentence told with no direction, the later one "compared with"
    the earlier at an earlier time ("Sales in the 26 weeks to 29 September totalled
    £1.12bn, compared with £1.2bn a year earlier"): a pair a headline's change may be
    linked to, as a ``direction`` relation from the earlier level. Only read for
    :func:`link_changes`; the pair itself states no change to check."""
    if "compared" not in text and " against " not in text:
        return []  # the cheap test first
    found: list[Relation] = []
    told = [(f, span) for f, span in levels if not YEAR.fullmatch(f.text)]  # years are times
    for (a, span), (b, other) in itertools.pairwise(told):
        if span != other or a.trend is not None or b.trend is not None or a.parts or b.parts:
            continue
        if not _COMPARED_WITH_LEVEL.fullmatch(text, a.span[1], b.start):
            continue
        if not _AN_EARLIER_TIME.match(text, b.span[1]) or as_levels(a, b) is None:
            continue
        found.append(Relation("direction", {"from": b, "to": a}, span, "A, compared with B", {}))
    return found


#: A plural right before a change's verb and the change: "burglaries down by", "thefts
#: fell", "arrests have risen by".
_PLURAL_MOVED = re.compile(
    r"\b([a-z]{3,}s)\s+(?:(?:have|has|had|were|was|are|is)\s+)?(?:(?:been\s+)?[a-z]+\s+)?"
    r"(?:down|up|fell|rose|dropped|climbed|increased|decreased|declined|risen|fallen|grew|"
    r"jumped|slipped)\s+(?:by\s+)?$"
)


#: A time or part of a period in the levels' sentence: "On Monday alone", "a week earlier".
_COUNTED_AT_A_TIME = re.compile(
    rf"\b(?:{MONTH_NAMES}|{WEEKDAY_NAMES}|week|weekend|day|quarter|month|alone|season)\b",
    re.IGNORECASE,
)


def _counted_measure(*figures: Figure) -> Measure | None:
    """The measure of counts of one kind of thing, by that thing ("4,118 burglaries,
    down from 4,733": burglary), when every figure given is a count of it or a bare
    count beside it; none for money, shares or things news counts many ways (jobs and
    staff are a measure of their own)."""
    if any(unit_key(f) != "count" for f in figures):
        return None
    if any(round_hundreds(f) for f in figures):
        return None  # "39,000 electric cars, up from 28,000": maybe rounded, read as exact
    things = {thing for f in figures if (thing := head_noun(f)) is not None}
    if len(things) != 1:
        return None
    thing = next(iter(things))
    return None if " " in thing else ("count:" + thing, None)


def link_changes(
    text: str,
    relations: Sequence[Relation],
    changes: Sequence[tuple[Figure, tuple[int, int]]],
    amounts: Sequence[tuple[Figure, tuple[int, int]]] = (),
    lead: Sequence[tuple[int, int]] | None = None,
    levels: Sequence[tuple[Figure, tuple[int, int]]] = (),
) -> list[Relation]:
    """Relations joining each unattached change to the one level pair of its measure.

    ``changes`` are the figures with a direction that no relation used, each
    with the span of its sentence. ``amounts`` (from :func:`amount_changes`:
    "to cut 45,000 jobs") are changes in the levels' own unit, each a plain
    difference about the measure its counted noun names, and
    then the change and the levels must both be told as what will happen, or
    both as what did ("to cut 45,000 jobs" is no part of "shrank from 63,000
    to 51,000 since 2001"). ``levels`` are the article's figures with their sentences:
    a level of the measure besides the pair's two ("Net profit rose 24% to £62m.
    Profit at its UK arm rose to £30m from £20m") leaves unclear which the change is.
    """
    pairs: list[_Pair] = []
    unnamed: set[tuple[int, int]] = set()  # sentences of levels with no measure noun
    for relation in [*relations, *compared_pairs(text, levels)]:
        if relation.rule != "direction":
            continue
        start, end = relation.roles["from"], relation.roles["to"]
        assert isinstance(start, Figure) and isinstance(end, Figure)
        if unit_key(end) == "percent":
            continue
        first = start if start.start < end.start else end
        measure = measure_of(text, relation.span[0], first)
        if measure is None and not _COUNTED_AT_A_TIME.search(text, *relation.span):
            # ("On Monday alone there were 480 cancellations, up from 300 a week earlier":
            # a day's counts, which no change of the lead's is about; review 5)
            measure = _counted_measure(start, end)
            # levels told by a verb and the things they count may still be of a measure
            # a change names ("Toyota sold 7.1 million cars, up from 6.6 million" under
            # "Toyota sales rise 8%"): for any other pair, they leave it unclear
            unnamed.add(relation.span)
        if measure is not None and measure[0] == "price" and unit_key(end) == "count":
            # "the number of shares on sale fell from 25.7 million to 19.6 million": a
            # count of shares, not their price
            measure = None
        if measure is not None:
            pairs.append(_Pair(relation, start, end, measure))
        else:
            unnamed.add(relation.span)
    if not pairs:
        return []
    linked: list[Relation] = []
    counted = {id(change) for change, _ in amounts}
    moved = {change.start for change, _ in (*changes, *amounts)}  # changes, no levels
    for change, span in [*changes, *amounts]:
        if lead is not None and span not in lead:
            continue  # a change in the body has its own context to read; the headline's not
        amount = id(change) in counted
        rule = None if amount else _rule(change)
        if rule is None and not amount:
            continue
        measure = measure_of(text, span[0], change)
        if measure is None and amount and change.noun in MEASURES:
            measure = (MEASURES[change.noun], None)  # "45,000 jobs": the noun names it
        if measure is None and not amount:
            # "with burglaries down by 18%": the things counted, named right before
            plural = _PLURAL_MOVED.search(text, max(span[0], change.start - 40), change.start)
            if plural is not None:
                measure = _counted_measure(Figure(plural[1], None, None, noun=plural[1]))
        if measure is None:
            continue
        fits = [p for p in pairs if _agree(p.measure, measure)]
        if len({id(p.relation) for p in fits}) != 1:
            continue
        pair = fits[0]
        if pair.relation.span == span:
            continue  # one sentence: its own shapes read it, or chose not to
        own = {span, pair.relation.span} if pair.measure[0].startswith("count:") else {span}
        if unnamed - own:
            # "Toyota sales rise 8%" over "Toyota sold 7.1 million cars, up from 6.6 million.
            # Revenue rose …": levels told by a verb alone may be the measure's too
            continue
        if not _one_quantity(text, (change, span), (pair.start, pair.relation.span)):
            continue  # "profits slipped 3% at its retail arm" is no move of group profits
        # a period of reporting named for the levels and for the change alike ("first-
        # quarter earnings" … "fell to 537m euros in the three months to March") is one
        # statement's time, not a part of the measure: it is read past
        if lead is not None and any(_LEDE_ELSEWHERE.search(text, *s) for s in lead):
            continue  # "a drop … at its US arm", "compared with the final three months"
        plain = _past_the_report(text, [span, *(lead or ())], pair.relation.span)
        if _qualified(text, change) or _qualified(plain, pair.end):
            continue  # "profits rose 50% in Asia", "fell to £420,000 … for the first quarter"
        if _OBJECT_AFTER.match(text, change.span[1]) and not amount:
            continue  # "Despite a dip in sales, Acme doubled its dividend": the object is measured
        if _QUALIFIED_LEVELS.search(text, *pair.relation.span):
            continue  # "in sterling", "as reported", "at constant exchange rates"
        if _PART_BEFORE_LEVELS.search(
            plain, pair.relation.span[0], min(pair.start.start, pair.end.start)
        ):
            # "Profit at its UK arm rose to", "In mining, profit rose to", "Profit in the
            # final quarter rose to", "In 2022 profit had risen to": a part, or a period
            continue
        if _YEARS_BEFORE.match(text, pair.start.span[1]):
            continue  # "£60m, up from £40m two years earlier": a move over two years
        if lead is not None and _names_another(
            text, pair.relation.span[0], min(pair.start.start, pair.end.start), lead
        ):
            continue  # "Booker lifted sales to £9.8bn" under "Tesco sales up 4%": a unit's
        if not amount and forecast(text, span[0], change, infinitive=True) != forecast(
            text, pair.relation.span[0], pair.end
        ):
            continue  # "Profits seen rising 10%" is no move already told
        spoken = [span, *(lead or ())]  # (a headline's change is told again in the lede)
        if any(_A_SHORT_SPAN.search(text, *s) for s in spoken) and _A_LONG_SPAN.search(
            text, *pair.relation.span
        ):
            continue  # "fell by 1% last month" is no move "in the 12 months to March"
        twins = [
            (other, where)
            for other, where in (amounts if amount else changes)
            if other is not change
            and other.trend is change.trend
            and unit_key(other) == unit_key(change)
            and other.interval.overlaps(change.interval)
            and (
                other.noun == change.noun
                if amount
                else (found := measure_of(text, where[0], other)) is not None
                and _agree(found, measure)
            )
        ]
        if any(
            _qualified(text, other)
            or not _one_quantity(text, (other, where), (pair.start, pair.relation.span))
            or _OBJECT_AFTER.match(text, other.span[1])
            for other, where in twins
        ):
            # "Tesco sales up 10%" over "Like-for-like sales rose 10%", "Sales double" over
            # "sales doubled in the first half": the change told again, with what sets it apart
            continue
        if _other_levels(text, measure, pair, relations, levels, change, moved):
            continue  # the article tells another level of the measure, or the change again
        told_again = {id(other) for other, _ in twins}
        if any(id(r.roles.get("factor", r.roles.get("change"))) in told_again for r in linked):
            continue  # "Profits halve" over "Its profits halved": one check for the one change
        if amount:
            if unit_key(pair.start) != "count":
                continue
            rising = (
                pair.end.value is not None
                and pair.start.value is not None
                and (pair.end.value > pair.start.value)
            )
            if (change.trend is Trend.UP) != rising:
                continue  # "will hire 2,000 staff" as the workforce falls: other causes
            told_when = [periods(text, f, s) for f, s in amounts if f.value == change.value]
            level_when = periods(text, pair.end, pair.relation.span)
            if any(other_period(when, level_when) for when in told_when):
                continue  # "5,000 jobs this year" against a workforce "by 2008"
            level_kind = modifier(text, pair.relation.span[0], pair.start)
            if level_kind is not None and level_kind[1] is not None:
                continue  # "staff at branches": a part of the workforce
            if _other_numbers(text, pair.relation.span, (pair.start, pair.end)):
                continue  # ", as 2,000 contractors also go": more than the cut moves the level
            told = {place_after(text, f) for f, _ in amounts if f.value == change.value}
            if told - {None, place_after(text, pair.end)}:
                continue  # "cut 5,000 jobs in Europe" against the global workforce
            rule = "point_change"
        assert rule is not None
        linked.append(
            Relation(
                rule,
                {
                    "factor" if rule == "multiple" else "change": change,
                    "from": pair.start,
                    "to": pair.end,
                },
                span,
                "change here, levels elsewhere",
                {},
            )
        )
    return linked


_OWN_LEVEL = re.compile(r"\s+to\s+[$£€¥\d]")
_CAPITALISED = re.compile(r"\b[A-Z][\w&-]*")


#: Words that open a sentence about a measure without naming a party: "Net profit rose".
_MEASURE_WORDS = QUALIFIERS | frozenset(MEASURES) | {"group", "total", "overall", "combined"}


def _names_another(text: str, start: int, end: int, lead: Sequence[tuple[int, int]]) -> bool:
    """Whether a sentence names, between ``start`` and ``end``, a party or a thing the
    headline and lede do not ("Booker lifted sales to …" under "Tesco sales up 4%").

    A sentence's first word is a name only when the text never writes it in lower
    case and it names no measure: "Sales rose", "Net profit fell" name nothing."""
    lead_text = " ".join(text[a:b] for a, b in lead)
    for match in _CAPITALISED.finditer(text, start, end):
        word = match.group()
        if word in _OPENERS or word in NOT_NAMES or named_in(word, lead_text):
            continue
        if match.start() == start and (
            word.lower() in _MEASURE_WORDS or re.search(rf"\b{re.escape(word.lower())}\b", text)
        ):
            continue
        return True
    return False


#: Capitalised words that open a sentence without naming anything.
_OPENERS = frozenset(
    {"The", "A", "An", "Its", "Their", "This", "That", "These", "Those", "It", "They", "In"}
    | {"On", "At", "By", "However", "But", "And", "Shares", "Light", "Meanwhile", "Later"}
    | {"There", "Some", "About", "Around", "Nearly", "Almost", "Just", "Only"}
)
#: A percent over a spell of days, not one session: "up 10% this year".
_SPELL = re.compile(
    r"\b(?:this|last)\s+(?:week|month|year|quarter)\b|\bso\s+far\b|\bsince\b"
    # "Shares up 4% on the week", "up 10% in a month", "in three days"
    r"|\b(?:on|over|in|for)\s+(?:the|a|(?:two|three|four|five|six|\d+))\s+"
    r"(?:weeks?|months?|years?|quarters?|days)\b"
    # a headline's "Oil slides 6% in week of heavy selling"
    r"|\bin\s+(?:week|month|year|quarter)\b",
    re.IGNORECASE,
)
#: A move told for another day than the story's: "last week", "on Friday they fell".
_BEFORE_NOW = re.compile(
    r"\b(?:last\s+(?:week|month|year)|a\s+week\s+ago|previously|earlier\s+in\s+the)\b",
    re.IGNORECASE,
)


#: After a level that counts things, not a price or an index: "61,000 people", "1,214 stores".
_THINGS_LEVEL = re.compile(r"\s+(?!points\b)(?:[a-z]+\s+)?[a-z]{3,}s\b")
#: A move against the year before, not a day's trading: "2,400 more than a year earlier".
_YEAR_ON_YEAR = re.compile(
    r"\bthan\s+(?:a|one|the)\s+year\s+(?:earlier|ago|before)|\bthan\s+last\s+year"
)


#: A plural noun right before the verb of a percent move: what moved ("shipments rise").
_COUNTED_MOVER = re.compile(
    r"\b([a-z]{3,}s)\s+(?:have\s+|has\s+)?(?:rise|rises|rose|risen|fall|falls|fell|fallen|jump|"
    r"jumps|jumped|climb|climbs|climbed|drop|drops|dropped|slip|slips|slipped|slide|slides|"
    r"slid|surge|surges|surged|up|down)\b(?:\s+\S+){0,2}\s*$"
)
#: Traded things by kind, each with the words news uses for it: "oil" is "crude", but
#: "petrol" at the pumps is another price.
_ASSETS = {
    word: kind
    for kind, words in (
        ("oil", "oil crude brent"),
        ("fuel", "petrol gasoline diesel"),
        ("gas", "gas"),
        ("gold", "gold bullion"),
        ("silver", "silver"),
        ("copper", "copper"),
        ("coal", "coal"),
        ("wheat", "wheat"),
        ("coffee", "coffee"),
        ("sugar", "sugar"),
        ("cocoa", "cocoa"),
        ("dollar", "dollar greenback"),
        ("pound", "pound sterling"),
        ("euro", "euro"),
        ("yen", "yen"),
    )
    for word in words.split()
}
_ASSET_WORD = re.compile(r"\b(?:" + "|".join(sorted(_ASSETS, key=len, reverse=True)) + r")\b", re.I)


def _assets(text: str, start: int, end: int) -> set[str]:
    """The kinds of traded thing named between ``start`` and ``end``."""
    return {_ASSETS[m.group().lower()] for m in _ASSET_WORD.finditer(text, start, end)}


#: Plural movers whose percent is a price's: "Shares in Acme fall 5%".
_PRICED_PLURALS = frozenset(
    {"shares", "stocks", "prices", "bonds", "futures", "equities", "markets", "yields", "rates"}
)


def link_moves(
    text: str,
    relations: Sequence[Relation],
    changes: Sequence[tuple[Figure, tuple[int, int]]],
    lead: Sequence[tuple[int, int]],
) -> list[Relation]:
    """A percent move in the headline or lede joined to the one move-to-level in the body.

    "US oil down 6%" over "light crude fell $2.86 to $41.32": the percent
    and the amount describe one move when the article states exactly one
    amount-to-level move in that direction (rule ``market_move``).
    """
    moves = [
        r
        for r in relations
        if r.rule == "point_change"
        and "from" not in r.roles
        and isinstance(r.roles.get("change"), Figure)
    ]
    linked: list[Relation] = []
    for change, span in changes:
        if span not in lead or unit_key(change) != "percent" or change.trend is None:
            continue
        if _OWN_LEVEL.match(text, change.span[1]):
            continue  # "Brent jumped 4.2% to $90.70": the percent has its own level
        if any(
            isinstance(again := r.roles.get("change"), Figure)
            and again is not change
            and again.trend is change.trend
            and unit_key(again) == "percent"
            and again.interval.overlaps(change.interval)
            and r.span != span
            for r in relations
        ):
            continue  # "Oil rises 3%" over "Brent rose 3% to $84, while US crude rose $1.50"
        told = measure_of(text, span[0], change)
        if told is not None and told[0] != "price":
            continue  # "China's economy grows 9.5%" is no move of a price
        counted = _COUNTED_MOVER.search(text, max(span[0], change.start - 60), change.start)
        if told is None and counted and counted.group(1) not in _PRICED_PLURALS:
            continue  # "smartphone shipments rise 6%": things counted, no price moved
        fits = []
        for move in moves:
            amount, level = move.roles["change"], move.roles.get("to")
            assert isinstance(amount, Figure)
            if (
                not isinstance(level, Figure)
                or move.span == span
                or amount.trend is not change.trend
            ):
                continue
            # "FTSE slips 1%" is no move of "shares in Xstrata": the same thing must move,
            # and a firm the move names must be named where the percent is
            moved = modifier(text, move.span[0], amount)
            if not same_modifier(modifier(text, span[0], change), moved):
                continue
            if moved and moved[2] and moved[2] not in text[span[0] : span[1]]:
                continue
            if _names_another(text, move.span[0], amount.start, lead):
                continue  # "US crude rose $3.20" under "Brent crude jumped 4.2%": another asset
            moving = _assets(text, move.span[0], amount.start)
            if moving and not moving & _assets(text, lead[0][0], lead[-1][1]):
                continue  # "Oil falls 6%" is no "At the pumps, petrol fell 2p to 140p"
            when = periods(text, amount, move.span)
            if any(
                other_period(periods(text, f, s), when)
                for f, s in changes
                if s in lead and f.value == change.value
            ):
                continue  # "fell 5% on Monday" and "On Friday they fell 10p"
            if _SPELL.search(text, *span) or _BEFORE_NOW.search(text, *move.span):
                continue  # "Gold up 10% this year" is no day's move; "fell 10p last week"
            if _THINGS_LEVEL.match(text, level.span[1]) or _YEAR_ON_YEAR.search(text, *move.span):
                continue  # "employs 61,000 people, 2,400 more than a year earlier": no price
            if "%" in text[level.span[1] : move.span[1]]:
                continue  # "rose by $207bn to $610bn, a rise of 51%": the move's own percent
            fits.append((amount, level))
        if len(fits) != 1:
            continue
        amount, level = fits[0]
        roles = {"move": amount, "change": change, "to": level}
        options = {"trend": change.trend.value}
        linked.append(Relation("market_move", roles, span, "percent here, move elsewhere", options))
    return linked


def _rule(change: Figure) -> str | None:
    """The rule a stated change is checked with against two levels, if any."""
    if change.trend is None or change.parts:
        return None
    if change.kind is Kind.MULTIPLE:
        return "multiple"
    if change.kind is Kind.QUANTITY and (unit_key(change) == "percent" or is_fraction_word(change)):
        return "percent_change"
    return None


#: Longest headline, in characters: a longer first line is prose, not a title.
_HEADLINE = 150
_STOP = frozenset(
    {"a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or"}
    | {"but", "is", "are", "was", "were", "be", "been", "has", "have", "had", "its", "their"}
    | {"his", "her", "it", "this", "that", "said", "says", "say", "will", "would", "could"}
    | {"may", "more", "than", "less", "about", "some", "just", "over", "under", "up", "down"}
    | {"new", "year", "years", "month", "months", "per", "cent", "percent"}
)
_CONTENT = re.compile(r"[a-z][a-z'’-]{2,}")


def stem(word: str) -> str:
    """A rough stem: "released", "release" and "releases" all give ``releas``."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def _context(text: str, start: int, figure: Figure) -> frozenset[str]:
    """The content words just before a figure in its sentence, stemmed ("sued for" → sue)."""
    window = text[max(start, figure.start - 60) : figure.start].lower()
    return frozenset(stem(w) for w in _CONTENT.findall(window) if w not in _STOP)


_BOUNDS = frozenset({Hedge.MORE_THAN, Hedge.LESS_THAN, Hedge.AT_LEAST, Hedge.UP_TO})
_BY = re.compile(r"\bby\s*$")


def _by(text: str, figure: Figure) -> bool:
    """Whether the figure is an amount of change: "lifted its share by 12%"."""
    return _BY.search(text, max(0, figure.start - 4), figure.start) is not None


def _close(a: Figure, b: Figure) -> bool:
    """Whether two printed numbers differ by at most one unit of the coarser one's last digit.

    "$28bn" and "$28.3bn" do (a unit is $1bn); "20%" and "23%" do not, and
    neither do two exact counts that differ at all.
    """
    if a.value is None or b.value is None:
        return False
    unit = max(a.precision or Fraction(0), b.precision or Fraction(0))
    return abs(a.value - b.value) <= unit


#: A bare count the headline restates stands before the things it counts ("axe 90
#: jobs", "lay off 2,850 staff"), not after a name ("Half-Life 2 sweeps awards", "Xbox
#: 2") nor before a stop ("attacks drama 24, which"): those are a title's number.
_NAME_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*\s+$")
_COUNTED = re.compile(r"\s+(?:[a-z]|[A-Z]{2,}s?\b)")


def link_headline(
    text: str,
    used: set[int],
    items: Sequence[tuple[Figure, tuple[int, int]]],
    lead: Sequence[tuple[int, int]],
) -> list[Relation]:
    """Relations between a figure of the headline or lede and the one later figure
    that states it again.

    "Exports rise 25%" over a body that says exports "rose 35.4%" states one
    quantity twice: the two must be compatible. ``lead`` holds the spans of
    the headline (the first sentence, when it has no closing full stop and
    is short) and the lede (the sentence after it). A later figure is the
    same statement when it is in the same kind of unit, with no opposite
    direction, and either about the same measure (qualifiers agree) or,
    without a measure noun, after a shared content word ("sues … for $28bn",
    "has sued … for $28.3bn") and within one unit of the coarser figure's
    last digit. A lede holds many figures, so a lede figure's restatement
    needs a shared measure and that closeness, a change against a change and
    a level against a level; a bound ("above $50") is no value to restate. It must be the only one
    after the lead that is (of several, one that agrees confirms; none is
    flagged); ``used`` figures (already in a relation) are left out of the
    lead's side.
    """
    if not items or not lead:
        return []
    spans = list(lead)
    head = text[spans[0][0] : spans[0][1]]
    if len(head) > _HEADLINE or head.rstrip().endswith((".", "!", "?", ":")):
        spans = spans[1:]  # no headline: the first sentence is the lede
    linked: list[Relation] = []
    for at, span in enumerate(spans):
        later = [(f, s) for f, s in items if s[0] >= span[1]]
        for figure in (f for f, s in items if s == span):
            # A headline names its figure's measure and restates the body; the lede
            # is prose with many figures of one measure, so there only a close
            # figure is its restatement.
            headline = at == 0 and len(spans) == len(lead)
            other = _restatement(text, span, figure, later, near=not headline)
            if other is not None:
                roles = {"a": figure, "b": other}
                pattern = (
                    "headline and body" if at == 0 and len(spans) == len(lead) else "lede and body"
                )
                linked.append(Relation("compatible", roles, span, pattern, {}))
    return linked


def _range_restatement(
    text: str,
    span: tuple[int, int],
    figure: Figure,
    later: Sequence[tuple[Figure, tuple[int, int]]],
    *,
    near: bool,
) -> Figure | None:
    """The one later range that tells the lead's range again: "sales will fall 8-9%" and
    "sales are expected to be 8% to 9% lower" (same measure, direction and tense; a
    lede's range, among many figures, also needs each end within one unit of the
    other's last digit, as a lede's single figure does)."""
    measure = measure_of(text, span[0], figure)
    if measure is None:
        return None
    # a headline writes a plan with "to" ("Retailer sales to fall 7-9%")
    expected = forecast(text, span[0], figure) or (
        not near and forecast(text, span[0], figure, infinitive=True)
    )
    same = [
        other
        for other, where in later
        if len(other.parts) == 2
        and other.hedge is Hedge.BETWEEN
        and unit_key(other) == unit_key(figure)
        and other.trend is figure.trend
        and (not near or all(_close(a, b) for a, b in zip(figure.parts, other.parts, strict=True)))
        and (found := measure_of(text, where[0], other)) is not None
        and _agree(found, measure)
        and forecast(text, where[0], other) == expected
        and not other_period(periods(text, figure, span), periods(text, other, where))
    ]
    return same[0] if len(same) == 1 else None


#: Plurals news uses for one kind of thing: "lay off 2,850 staff" is "cut 2,850 jobs".
_SAME_THINGS = {
    word: group
    for group in (
        "job staff worker employee post role position people",
        "firm company business group corporation",
        "plant factory site works",
        "store shop branch outlet",
        "bank lender",
    )
    for word in group.split()
}


def head_noun(figure: Figure) -> str | None:
    """The kind of thing a count counts, from the first plural of its noun ("two UK
    plants": plant); words news uses alike ("staff", "jobs") are one kind."""
    for word in (figure.noun or "").lower().split():
        if word in PLURALS_WITHOUT_S or word == "works":
            return _SAME_THINGS.get(word, word)
        if word.endswith("ies") and len(word) > 4:
            word = word[:-3] + "y"
        elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
        else:
            continue
        return _SAME_THINGS.get(word, word)
    if figure.noun is None and unit_key(figure) == "count" and str(figure.unit) == "person":
        return _SAME_THINGS["people"]  # "300 people": the reader made them its unit
    return None


#: A verb of adding or losing right before an amount: the amount is the change
#: ("adds 5.1 million subscribers", "shed 2,000 jobs"), told without a trend word.
_ADDED_BEFORE = re.compile(
    r"\b(?:adds|added|adding|gains|gained|gaining|loses|lost|losing|sheds|shed|shedding|"
    r"hires|hired|hiring|signs|signed|signing|attracts|attracted|axes|axed)\s+"
    r"(?:(?:a|an|another|some|about|around|nearly|almost|over|more\s+than)\s+)?$",
    re.IGNORECASE,
)


def _restatement(
    text: str,
    span: tuple[int, int],
    figure: Figure,
    later: Sequence[tuple[Figure, tuple[int, int]]],
    *,
    near: bool,
) -> Figure | None:
    if len(figure.parts) == 2 and figure.hedge is Hedge.BETWEEN:
        return _range_restatement(text, span, figure, later, near=near)
    if figure.parts or figure.kind is not Kind.QUANTITY or figure.value is None:
        return None
    key = unit_key(figure)
    if key == "count" and (
        not _COUNTED.match(text, figure.span[1])
        or _NAME_BEFORE.search(text, max(span[0], figure.start - 40), figure.start)
    ):
        return None  # "Half-Life 2 sweeps awards", "attacks drama 24": a name's number
    if not any(
        not other.parts and other.kind is Kind.QUANTITY and unit_key(other) == key
        for other, _ in later
    ):
        # No later figure of its kind and unit (the loop below would skip them all):
        # the words around the lead's figure are not read for nothing.
        return None
    measure = measure_of(text, span[0], figure)
    bound = near and figure.hedge in _BOUNDS
    if bound and measure is None:
        return None  # "above $50" with no measure is a mark the story is about, not a value
    words = _context(text, span[0], figure)
    when = periods(text, figure, span)
    # a headline writes a plan with "to" ("GM to cut 25,000 jobs")
    planned = not near and forecast(text, span[0], figure, infinitive=True)
    expected = planned or forecast(text, span[0], figure)
    kind = modifier(text, span[0], figure)
    asked = bool(_ASKED.search(text, max(span[0], figure.start - 60), figure.start))
    after = qualifier_after(text, figure)
    qualified = _qualifier(text, span[0], figure)
    head = head_noun(figure) if key == "count" else None
    # "Streamwave adds 5.1 million subscribers": an amount added, not the level
    added = figure.trend is None and _ADDED_BEFORE.search(
        text, max(span[0], figure.start - 25), figure.start
    )
    same: list[Figure] = []
    for other, where in later:
        if other.parts or other.kind is not Kind.QUANTITY or unit_key(other) != key:
            continue
        if (
            added
            and other.trend is None
            and not _ADDED_BEFORE.search(text, max(where[0], other.start - 25), other.start)
        ):
            continue  # "About 94 million subscribers" is the level, not the 5.1 million added
        if other.trend and figure.trend and other.trend is not figure.trend:
            continue  # two opposite moves are two statements
        if head is not None and head_noun(other) not in (None, head):
            continue  # "420 jobs at two UK plants": plants are no jobs
        if (
            (figure.trend is None) != (other.trend is None)
            and key != "percent"
            and not (figure.hedge in _BOUNDS and near)
        ):
            # "Google shares jump $15" is a move, "jumped 17% to $101" a level (a rate of
            # growth is both: "growth at 8.1%" is "grew by 8.1%")
            continue
        if (
            near
            and not bound
            and (other.trend is not figure.trend or _by(text, other) != _by(text, figure))
        ):
            continue  # a change ("lifted by 12%") and a level (11.2%) are two statements
        found = measure_of(text, where[0], other)
        if bound:
            # "profits up more than 40%" in the lede, "a 43% rise in net profit" later:
            # the later exact figure of that measure is the value the bound hedges.
            # The bound's own number again ("the $50 mark") restates the bound.
            # Only a move is hedged this way; a bounded level ("above $50") meets
            # averages and peaks of the same measure that are other statistics.
            candidate = (
                found is not None
                and measure is not None
                and figure.trend is not None
                and other.trend is figure.trend
                and _agree(found, measure)
                and other.hedge in (Hedge.EXACT, Hedge.ROUNDED)
                and other.value != figure.value
                # a bound hedges a nearby value ("more than 40%" for 43%): one several
                # times larger or smaller is another statement
                and (ratio := size_ratio(figure, other)) is not None
                and ratio <= 2
            )
        elif measure is not None and found is not None:
            candidate = _agree(found, measure) and (not near or _close(figure, other))
        else:
            candidate = not near and (
                (bool(words & _context(text, where[0], other)) and _close(figure, other))
                # "Yukos owner sues Russia for $28bn" and "has sued the Russian
                # government for $17.0bn": an amount of money or things named by
                # neither a measure, the object of one deed, at a size near enough
                # to be the same statement (a share price is no deal's size)
                or (
                    measure is None
                    and found is None
                    and key.startswith("money")
                    and (ratio := size_ratio(figure, other)) is not None
                    and ratio <= 2
                    and _same_deed(text, span, figure, where, other)
                )
            )
        if not candidate:
            continue
        # the words around each tell whether they are one quantity (cheap tests first)
        if when and other_period(when, periods(text, other, where)):
            continue  # "3.8% in the last quarter" and "4% in the third quarter"
        if not when and _earlier_time(text, where[0], other.start):
            continue  # "members' £42m windfall" is no "Last year, members shared £42m"
        told = forecast(text, where[0], other)
        if near and expected != told:
            continue  # what happened and what is expected are two statements
        if not near and (
            (told and not expected) or (expected and _PAST.search(text, where[0], where[1]))
        ):
            # "Chinese growth hits 9.5%" is no "growth is expected to slow to 8%";
            # "GM to cut 25,000 jobs" is no "shed 12,000 jobs last year"
            continue
        if NEW_FRAME.match(text, where[0]):
            continue  # "Among under-25s, the unemployment rate rose to 12.3%"
        if _MARGIN_OF_ERROR.search(text, max(where[0], other.start - 30), other.start):
            continue  # "within the margin of error of 2.8 points": no restatement of a lead
        if _NOT_THE_SAME.search(text, max(where[0], other.start - 40), other.start):
            continue  # "cut from £3.5m on appeal", "values all of Absa at £1.8bn"
        if _about_a_rival(text, where[0], other.start) or _ITS_PART.search(
            text, where[0], other.start
        ):
            continue  # "Rival easyJet saw its profits rise 10.8%", "Its catalogue saw sales"
        if not figure.interval.overlaps(other.interval) and _SHARED_OUT.match(
            text, other.span[1], where[1]
        ):
            # "fined Citigroup $3.2bn and JP Morgan $0.8bn": a headline's "$4bn" may be
            # the sum of parts told in one sentence
            continue
        if bool(_ASKED.search(text, max(where[0], other.start - 60), other.start)) != asked:
            continue  # "won £3,500 in damages" and "had claimed £50,000 in damages"
        other_kind = modifier(text, where[0], other)
        if not same_modifier(kind, other_kind):
            continue  # "profits at its retail bank", "Rival Apple said its profits"
        if other_kind and other_kind[2] and not named_in(other_kind[2], text[: span[1]]):
            continue  # "Sainsbury's profits fell" in a story the lead gives to Tesco
        told_after = qualifier_after(text, other)
        agrees = figure.interval.overlaps(other.interval)
        if not agrees and not when and periods(text, other, where):
            continue  # "Growth 3%" over "growth in the fourth quarter was 0.7%"
        if told_after not in (None, after) and not agrees:
            # the body names a place or a period the lead does not: "House prices up 10%"
            # is no "prices rose 5% in London" (the same value told again still is)
            continue
        if _qualifier(text, where[0], other) != qualified:
            continue  # "Core inflation … rose to 2.1%" against plain inflation
        if not agrees and _told_apart(text, span, figure, where, other):
            continue  # a disagreement is flagged only where nothing sets the two apart
        if not agrees and not near and _another_time(text, span, where):
            continue  # "Bank to pay $1.2bn" and "The bank had set aside $2bn"
        if not agrees and not near and _a_part_or_a_goal(text, where):
            continue  # "Hospice appeal raises £2m" and "A separate appeal raised £1.4m"
        same.append(other)
    if measure is not None and measure[1] is None and len(same) == 1:
        named = {
            found[1]
            for f, where in later
            if (found := measure_of(text, where[0], f)) is not None and found[0] == measure[0]
        }
        if len(named - {None}) >= 2 or ("net" in named and len(named - {None, "net"}) >= 1):
            return None  # "Profits drop 33%" over operating and net profits: which one?
    if len(same) > 1:
        # Several candidates: the lead may mean any of them. Only one that
        # agrees can be named (a confirmation); a disagreement names nobody.
        same = [other for other in same if figure.interval.overlaps(other.interval)][:1]
    if len(same) == 1 and measure is not None and not figure.interval.overlaps(same[0].interval):
        for other, where in later:
            found = measure_of(text, where[0], other)
            if (
                other is not same[0]
                and found is not None
                and found[0] == measure[0]
                and unit_key(other) == key
                and figure.interval.overlaps(other.interval)
            ):
                return None  # "Sales climb 11%" over "Like-for-like sales rose 11%": told
    return same[0] if len(same) == 1 else None


#: Words that tell an amount is a part of a whole told in pieces, or a goal: "for an
#: initial £35m, with a further £15m due", "a further £800,000", "made up the rest of the
#: award", "It set out to raise $350m".
_PART_TOLD = re.compile(
    r"\b(?:initial(?:ly)?|further|another|additional|rest|remainder|balance|add-ons?|"
    r"instalments?|tranche|up\s+front|set\s+out\s+to|aim(?:ed|s)?\s+to|target(?:ed)?)\b",
    re.IGNORECASE,
)
#: After the body's amount: another amount joined to it, the two parts of one total
#: ("was fined $2.5bn and the smaller one $1.5bn").
_AND_ANOTHER = re.compile(r"[^.;]{0,40}?\band\b[^.;]{0,40}?[$£€¥]?\s?\d")


def _same_deed(
    text: str, span: tuple[int, int], figure: Figure, where: tuple[int, int], other: Figure
) -> bool:
    """Whether a headline's amount and a body's amount, neither named by a measure,
    are the object of one deed told for one time ("sues … for $28bn", "has sued …
    for $17.0bn"): sharing only a subject ("Airline cancels 400 flights", "The airline
    normally runs 600 flights") tells two amounts apart."""
    body = text[max(where[0], other.start - 80) : other.start]
    if not deeds(text[span[0] : figure.start]) & deeds(body):
        return False
    if _a_part_or_a_goal(text, where):
        return False
    return not _AND_ANOTHER.match(text, other.span[1], where[1])


def _a_part_or_a_goal(text: str, where: tuple[int, int]) -> bool:
    """Whether a body sentence tells its amount as a part of the lead's or as a goal: "It
    will pay £75m to homeowners and the rest to small businesses", "A separate appeal",
    "It set out to raise $350m", or the next sentence tells the rest ("The appeal raised
    £1.2m from the public. Local companies gave a further £800,000", review 3)."""
    clause = text[where[0] : where[1]]
    if ANOTHER_THING.search(clause) or _PART_TOLD.search(clause):
        return True
    following = text[where[1] : where[1] + 200].split(".", 1)[0]
    return bool(_PART_TOLD.search(following))


def _another_time(text: str, span: tuple[int, int], where: tuple[int, int]) -> bool:
    """Whether the body's sentence tells its amount for another time or in another
    mood than the headline's: "The group bought a rival for $2.6bn two years ago",
    "The bank had set aside $2bn"."""
    return bool(ANOTHER_TIME.search(text, where[0], where[1])) and not ANOTHER_TIME.search(
        text, span[0], span[1]
    )


#: Before a later figure in its sentence: a time before the news the lead tells.
_EARLIER_TIME = re.compile(
    r"\b(?:[Ll]ast|[Pp]revious|[Pp]rior)\s+year\b|\ba\s+year\s+(?:earlier|ago|before)\b|"
    r"\b[Tt]he\s+year\s+before\b"
)


#: After such a time: the clause it governs ends, so a later figure is of another time.
_CLAUSE_BREAK = re.compile(r"[;]|,\s+(?:and|but|while|whereas)\b|\b(?:but|while|whereas)\b")


_SUBORDINATE = re.compile(
    r"\s*(?:Having|After|Despite|Although|Though|While|Whereas|Unlike|Compared)\b"
)


def _earlier_time(text: str, start: int, end: int) -> bool:
    """Whether the clause of the figure at ``end`` (its sentence from ``start``) is told
    for a time before the news: "Last year, members shared £42m", "Having risen a year
    earlier" is; "Sales were £2.9bn, up from £2.7bn a year earlier, and pre-tax profit
    rose 12%" is not (the time closed an aside)."""
    times = list(_EARLIER_TIME.finditer(text, start, end))
    if not times:
        return False
    found = times[-1]
    between = text[found.end() : end]
    if _CLAUSE_BREAK.search(between):
        return False
    if "," in between and _SUBORDINATE.match(text, start):
        return False  # "Having risen a year earlier, the rate fell to 4.2%": the aside's
    # a time after the sentence's first figure closes that figure's aside
    return not any(ch.isdigit() for ch in text[start : found.start()])


#: Just before a later figure: an earlier level or a valuation, not the lead's amount.
_NOT_THE_SAME = re.compile(
    r"\b(?:from|than|values?\s+(?:[\w'’-]+\s+){0,4}?at|valued\s+at|valuing\s+(?:[\w'’-]+\s+){0,4}?at)"
    r"\s+(?:the\s+|a\s+|an\s+|its\s+|some\s+|about\s+|around\s+)?$",
    re.IGNORECASE,
)
#: A rival's word: "rival", "competitors".
_RIVAL_WORD = r"(?:[Rr]ivals?|[Cc]ompetitors?)"
#: A rival the words from a sentence's start name: "Rival easyJet saw …", "Shares in rival
#: Ericsson" (not "agreed to buy rival May for $11bn": the rival is what is bought).
_RIVAL_OPENS = re.compile(rf"\W*(?:[A-Z][\w'’-]*\s+){{0,3}}?(?:its\s+)?{_RIVAL_WORD}\b")
_RIVAL_OF = re.compile(rf"\b(?:in|at|of|for)\s+(?:its\s+)?{_RIVAL_WORD}\b")


def _about_a_rival(text: str, start: int, end: int) -> bool:
    """Whether the words from a sentence's ``start`` to a figure at ``end`` put the
    figure in a rival's hands."""
    return bool(_RIVAL_OPENS.match(text, start, end) or _RIVAL_OF.search(text, start, end))


#: A part of the lead's subject: "Its Next Directory catalogue", "its retail arm".
_ITS_PART = re.compile(
    r"\b[Ii]ts\s+(?:[A-Z][\w'’&-]*\s+){0,3}?(?:[a-z-]+\s+)?(?:catalogue|division|unit|arm|"
    r"subsidiary|business|chain|brand|stores?|shops?|bank|operations?)\b"
)
#: After a figure, another of its kind in the sentence: "$3.2bn and JP Morgan $0.8bn".
_SHARED_OUT = re.compile(r"[^.;]*?\band\s+(?:[A-Z][\w'’&-]*\s+){1,3}[$£€]?\d")
#: A source named before a figure: its name tells who said it, not whose figure it is.
_SOURCE = re.compile(
    r"\b(?:according\s+to|figures\s+from|data\s+from|statistics\s+from|a\s+report\s+by)\b"
    r"[^,;]*[,;]?",
    re.IGNORECASE,
)
#: Words that set a figure apart from the lead's: a subgroup, a sector, a part.
_SETS_APART = re.compile(
    r"\b(?:in|among|for|excluding|outside|across|at)\s+(?:the\s+)?(?:[a-z]+\s+)?"
    rf"(?!{TIME_NAMES}\b)"
    r"[A-Z][\w'’-]*"
    r"|\b(?i:manufacturing|services?|construction|industrial|retail|agricultur\w*|sector|core|"
    r"excluding|among|pensioners|young|youth|black|white|women|men|aged|arm|division|unit|"
    r"subsidiary|segment|"
    r"(?:spending|investment|sales|exports|imports|costs?|users|customers|passengers|"
    r"visitors)\s+(?:on|in|of|for|at)\s+(?:the\s+)?[a-z]+)\b"
)
#: A level at the close of trading, against a high or low reached during it.
#: (a price settles: "settled at $51"; a lawsuit is settled by paying: "to settle a suit")
_AT_CLOSE = re.compile(
    r"\b(?:clos\w*|ended|ending|settl(?:ed|es|ing)?\s+(?:at|up|down|higher|lower)\b|finish\w*)\b",
    re.IGNORECASE,
)
#: An amount for each one, against a total: "£500 each", "£10,000 compensation each".
_EACH_ONE = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s*(?:each|apiece|a\s+head|per\s+[a-z]+)\b", re.IGNORECASE
)
#: Capitalised words, sentence openers among them: "BT has", "Heathrow handled" (not a
#: possessive: "France's second largest carmaker" describes, and an owner's figure is
#: told apart by its modifier).
_PARTY_WORD = re.compile(r"\b[A-Z][\w&-]*\b(?!['’])")
#: Capitalised words that name no party.
_NO_PARTY = NOT_NAMES | frozenset(
    {"The", "A", "An", "It", "Its", "This", "That", "These", "Those", "There", "He", "She"}
    | {"They", "We", "I", "In", "On", "At", "For", "But", "And", "Meanwhile", "However"}
    | {"Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Shares", "Sales", "Profits", "So", "Such"}
)
#: A hope or a plan, against what happened.
_WISH_TO = re.compile(
    r"\b(?:hopes?|hoped|hoping|aims?|aiming|plans?|planning|wants?|wanted|targets?|"
    r"expects?|expected|intends?)\s+to\b|\btarget\b",
    re.IGNORECASE,
)
#: A move in a headcount (or a count) against a level of it: "to axe 250 jobs" and
#: "the plant employs 650 workers".
MOVES_COUNT = re.compile(
    r"\b(?:axes?|axing|cuts?|cutting|sheds?|shedding|hires?|hiring|recruits?|recruiting|"
    r"creates?|creating|adds?|adding|loses?|losing|slashe?s?|slashing|trims?|trimming|go|goes|"
    r"going)\b",
    re.IGNORECASE,
)
HAS_COUNT = re.compile(
    r"\b(?:employs?|employed|employing|workforce|headcount|has|have|had|staff\s+of)\b",
    re.IGNORECASE,
)


def _set_apart(words: str) -> set[str]:
    """The phrases of :data:`_SETS_APART` in ``words``, lower-cased."""
    return {m.group().lower() for m in _SETS_APART.finditer(words)}


def _told_apart(
    text: str,
    span: tuple[int, int],
    figure: Figure,
    where: tuple[int, int],
    other: Figure,
    *,
    by_period: bool = True,
) -> bool:
    """Whether the words around a later figure set it apart from the lead's, when the
    two disagree: a subgroup, a sector or a part the lead does not name ("the jobless
    rate in London", "Output in manufacturing", "Spending on drugs"), another party
    ("BT has 1.5 million customers" under "Broadband users hit 6 million"), another
    grain of period (the year and its last quarter), the close against a high, an
    amount each against a total, a hope against an outcome, or a headcount against a
    cut of it. A disagreement is an alarm, so it needs the two to be told alike."""
    lead = text[span[0] : figure.start]
    lead_all = text[span[0] : span[1]]
    here = _SOURCE.sub(" ", text[where[0] : other.start])
    if _set_apart(here) - _set_apart(lead_all):
        return True  # "Spending on drugs" under "Spending on NHS", "in London" under "UK"
    for name in _PARTY_WORD.findall(here):
        if name in _NO_PARTY or named_in(name, text[: span[1]]):
            continue
        if not name.isupper() and (
            name.lower() in MEASURES
            or name.lower() in QUALIFIERS
            or _PERIOD_WORD.fullmatch(name)
            or re.search(rf"\b{re.escape(name.lower())}\b", text)
        ):
            # "Fourth-quarter sales were", "Growth in 2004 overall": a word that opens the
            # sentence, of a period or a measure, or written in lower case elsewhere
            continue
        return True  # "BT has 1.5 million customers", "The FTSE 100 rose 0.5%"
    when, told = periods(text, figure, span), periods(text, other, where)
    if by_period and when and told and {"quarter", "half"} & (when.keys() ^ told.keys()):
        # "grew 3.1% in 2004" and "in the final quarter" (a year's total is often told
        # in its last month: "in December, taking the annual total up 35.4%")
        return True
    if bool(_AT_CLOSE.search(lead_all)) != bool(_AT_CLOSE.search(text, where[0], where[1])):
        return True  # "Shares hit 300p" and "before closing at 287p"
    if bool(_EACH_ONE.match(text, figure.span[1])) != bool(_EACH_ONE.match(text, other.span[1])):
        return True  # "£50,000 each" and "the total compensation bill is £2m"
    if bool(_WISH_TO.search(lead)) != bool(_WISH_TO.search(here)):
        return True  # "fans raise £100,000" and "They hope to raise £1m"
    return bool(MOVES_COUNT.search(lead)) and bool(HAS_COUNT.search(here))


_MARGIN_OF_ERROR = re.compile(r"\b(?:margin\s+of\s+error|error\s+margin|plus\s+or\s+minus)\b")
#: Words of a past period: what a plan in the headline is not.
_PAST = re.compile(
    r"\b(?:last\s+year|a\s+year\s+ago|already|since\s+(?:19|20)\d\d|previous\s+year)\b"
)
#: Hedges that bound a figure from one side: "up to 5,000", "more than 5,000".
_UPPER = frozenset({Hedge.UP_TO, Hedge.LESS_THAN, Hedge.NEARLY})
_LOWER = frozenset({Hedge.MORE_THAN, Hedge.AT_LEAST})
_ONE_SIDED = _UPPER | _LOWER
_AFTER = re.compile(r"(?:\s+[A-Za-z][A-Za-z'’-]*){1,4}")


def _things(text: str, figure: Figure) -> frozenset[str]:
    """The content words just after a figure ("5,000 Taliban prisoners" → prisoner…)."""
    match = _AFTER.match(text, figure.span[1])
    if match is None:
        return frozenset()
    words = _CONTENT.findall(match.group().lower())
    return frozenset(stem(w) for w in words if w not in _STOP)


#: Periods long enough to hold another count of the same things: "since 2001", "in 2003".
_LONG_GRAINS = frozenset({"span", "year", "relative year", "full"})
_CAPACITY = re.compile(r"\b(?:holds?|capacity|can\s+take|room\s+for|seats?)\b")


def _clause_words(text: str, figure: Figure, span: tuple[int, int]) -> frozenset[str]:
    """The content words within 50 characters either side of a figure in its sentence,
    stemmed, with a few verbs of one deed folded together ("freed", "released")."""
    window = text[max(span[0], figure.start - 50) : min(span[1], figure.span[1] + 50)].lower()
    stems = (stem(w) for w in _CONTENT.findall(window) if w not in _STOP)
    return frozenset(_ONE_DEED.get(stem, stem) for stem in stems)


#: Stems of verbs that tell one deed: a number let go "released" or "freed".
_ONE_DEED = {
    "fre": "releas",
    "free": "releas",
    "liberat": "releas",
    "let": "releas",
    "kill": "die",
    "dead": "die",
    "hir": "employ",
    "recruit": "employ",
    "sack": "cut",
    "axe": "cut",
    "shed": "cut",
    "slash": "cut",
}


#: Words of asking for something, not getting it: applicants are no count of those granted.
_ASKED = re.compile(
    r"\b(?:appl(?:y|ies|ied|ying|ications?|icants?)|request(?:s|ed|ing)?|asked\s+for|"
    r"sought|seeking|queued|queuing|bid\s+for|competing\s+for|claim(?:ed|ing|s)?|"
    r"demand(?:ed|ing|s)?|sue[sd]?|suing)\b",
    re.IGNORECASE,
)


#: After a count: others than the ones counted before ("5,000 other prisoners").
_OTHER_ONES = re.compile(r"\s+(?:other|others|more|further|additional)\b")
#: A count over a span of time or of stages, not one event's: "over the past three years",
#: "over both phases", "so far", "to date", "by March", "in the first phase".
_SPAN_SO_FAR = re.compile(
    r"\b(?i:over\s+(?:the\s+)?(?:past|last|both|all|\w+\s+(?:years|months|phases|rounds))|"
    r"so\s+far|to\s+date|in\s+total|altogether|(?:first|second|third|final)\s+"
    r"(?:phase|stage|round|tranche)|each\s+(?:year|month|week|day)|every\s+(?:year|month|week)|"
    r"per\s+(?:year|annum|month|week|day))"
    r"|\bby\s+(?:now|then|[A-Z][a-z]+)\b"
)


def link_bounds(
    text: str, items: Sequence[tuple[Figure, tuple[int, int]]], used: set[int]
) -> list[Relation]:
    """One number stated twice with hedges that bound it from both sides.

    "The deal allowed the release of up to 5,000 prisoners. More than 5,000
    of them were released": the same printed number, about the same thing
    (a word after each figure is shared), bounded from above in one place
    and from below in the other, within two sentences. No value satisfies
    both, which is worth an editor's look; when the bounds meet ("at least
    5,000" and "up to 5,000" both allow 5,000) the check is consistent.
    """
    order = {span: k for k, span in enumerate(sorted({span for _, span in items}))}
    linked: list[Relation] = []
    for i, (first, first_span) in enumerate(items):
        if first.start in used or first.value is None or first.parts:
            continue
        if first.hedge not in _ONE_SIDED:
            # The pair needs a bound from each side (the sets are disjoint): without
            # one of its own, this figure pairs with none, and the values (Fractions,
            # dear to compare) of the figures after it are not compared for nothing.
            continue
        for second, second_span in items[i + 1 :]:
            if order[second_span] - order[first_span] > 2:
                break
            if second.start in used or second.value != first.value or second.parts:
                continue
            hedges = {first.hedge, second.hedge}
            if not (hedges & _UPPER and hedges & _LOWER):
                continue
            if unit_key(first) != unit_key(second) or first.kind is not Kind.QUANTITY:
                continue
            if not _things(text, first) & _things(text, second):
                continue
            shared = _clause_words(text, first, first_span) & _clause_words(
                text, second, second_span
            )
            if len(shared) < 2:
                continue  # "holds up to 60,000 fans" and "more than 60,000 fans applied"
            spans_of = [
                {g for g in periods(text, f, s) if g in _LONG_GRAINS}
                for f, s in ((first, first_span), (second, second_span))
            ]
            if bool(spans_of[0]) != bool(spans_of[1]):
                continue  # "freed since 2001 under earlier deals": another time than the deal's
            if _CAPACITY.search(text, *first_span) or _CAPACITY.search(text, *second_span):
                continue  # "the camp holds up to 50,000": a room, not a count
            if bool(_ASKED.search(text, *first_span)) != bool(_ASKED.search(text, *second_span)):
                continue  # "up to 5,000 to be released" and "more than 5,000 applied for release"
            if (
                rate_of(first, text) != rate_of(second, text)
                or any(_OTHER_ONES.match(text, f.span[1]) for f in (first, second))
                or _SPAN_SO_FAR.search(text, *first_span)
                or _SPAN_SO_FAR.search(text, *second_span)
            ):
                # "up to 3,000 a year" and "more than 3,000 over five years"; "more than
                # 5,000 other prisoners"; "over both phases", "so far", "by March"
                continue
            here, there = names(text[slice(*first_span)]), names(text[slice(*second_span)])
            if here and there and not here & there:
                continue  # "travel to Cardiff" and "travel to London"
            if forecast(text, first_span[0], first, infinitive=True) != forecast(
                text, second_span[0], second, infinitive=True
            ) or other_period(periods(text, first, first_span), periods(text, second, second_span)):
                continue  # "up to 5,000 jobs could be cut" and "has already cut more than 5,000"
            roles = {"a": second, "b": first}
            linked.append(Relation("compatible", roles, second_span, "one number, two bounds", {}))
            break
    return linked


#: A sentence that states where a measure stands now: "prices are now well above",
#: "has kept growth above".
_STANDS = re.compile(
    r"\b(?:is|are|remains|remain|remained|stays|stay|stayed|keeps|kept|has\s+been|"
    r"have\s+been)\b"
    # or took it across the mark: "helped carry prices above the $50 mark"
    r"|\b(?:carry|carried|push|pushed|pushing|took|sent|lifted|drove|rose|climbed|jumped|"
    r"fell|dropped|slipped|sank|slid)\s+(?:[a-z'’-]+\s+){0,2}?(?:above|below)\b"
)
#: Words of a goal, a condition or an expectation: "the bank wants inflation below 2%".
_WISH = re.compile(
    r"\b(?:targets?|aims?|aiming|goals?|wants?|wanted|should|must|needs?|limits?|caps?|"
    r"ceiling|threshold|indicates?|would|could|will|might|expect\w*|forecast\w*|"
    r"predict\w*|if|unless|hopes?|hoped|promised?|pledged?|before|until|earlier|had)\b"
)
#: Words of a price assumed, not reached: "the budget assumes a price of $25".
_ASSUMES = re.compile(r"\b(?:assum\w*|based\s+on|budget\w*|projects?|sees)\b", re.IGNORECASE)
#: A mark held for a while, not now: "have been above $40 for much of the year".
_SOMETIMES = re.compile(
    r"\b(?:for\s+(?:much|most|part)\s+of|at\s+times|at\s+one\s+point|on\s+occasion|"
    r"only\s+(?:once|twice)|until)\b"
)
#: "may" in lower case is a modal; "since May" is a month.
_MAY = re.compile(r"\bmay\b")
#: The comparison word before a mark: "below last year's peak of", "above the".
_MARK = re.compile(
    r"(?:(?:well|far|much|slightly|just|comfortably|still)\s+)?"
    r"(?P<op>above|below|higher\s+than|lower\s+than|short\s+of|ahead\s+of)"
    r"(?:\s+(?!of\b)[\w'’-]+){0,4}?(?:\s+of)?\s*$"
)
_HEDGE_OPS = {Hedge.MORE_THAN: ">", Hedge.LESS_THAN: "<"}
#: A cheap first look for a mark in a sentence: the words ``_MARK`` and the hedges start with.
_MARK_HINTS = ("bove", "elow", "higher than", "lower than", "short of", "ahead of")
_ANY_MARK = re.compile(r"[Aa]bove|[Bb]elow|higher than|lower than|short of|ahead of")
_MARK_WORDS = frozenset({"above", "below", "over", "under"})
_MEASURE_WORD = re.compile(r"[a-z][a-z'’-]*")


def _marks(text: str, span: tuple[int, int], figures: Sequence[Figure]) -> list[tuple[Figure, str]]:
    """The figures a sentence compares its subject with, each with ``>`` or ``<``.

    "Although below last year's peak of $55.67, prices are now well above
    2004's average of $41.48" has two marks; a figure of the same kind that is
    no mark (the subject's own value) makes the sentence state its own subject,
    and nothing is returned.
    """
    marks: list[tuple[Figure, str]] = []
    for figure in figures:
        if figure.parts or figure.kind is not Kind.QUANTITY:
            return []
        first = figure.text.split()[0].lower() if figure.text else ""
        if figure.hedge in _HEDGE_OPS and first in _MARK_WORDS:
            marks.append((unhedged(figure), _HEDGE_OPS[figure.hedge]))
            continue
        before = text[max(span[0], figure.start - 50) : figure.start].lower()
        match = _MARK.search(before)
        if match is None or figure.hedge not in (Hedge.EXACT, Hedge.ROUNDED):
            return []
        op = match.group("op").split()[0]
        marks.append((figure, ">" if op in ("above", "higher", "ahead") else "<"))
    return marks


def link_marks(
    text: str, items: Sequence[tuple[Figure, tuple[int, int]]], used: set[int]
) -> list[Relation]:
    """A measure said to stand above or below a mark, against its level a sentence away.

    "A barrel closed up $2.80 to $51.15. … Although below last year's peak of
    $55.67, prices are now well above 2004's average of $41.48": the second
    sentence compares the price with two marks and states no price of its
    own, so its subject is the one price level of the sentence before (at
    most two sentences without figures between) or, failing that, after.
    The marking sentence must state where the measure stands now ("is",
    "remains", "has kept") and hold no word of a goal, a condition or an
    expectation ("wants inflation below 2%"); it must name a measure, and the
    level, when its measure is known, must be of the same one.
    """
    # Each wording of _ANY_MARK holds a hint: in an article without one (six in
    # seven), no sentence needs that search.
    hinted = _mentions(text, _MARK_HINTS)
    if not hinted and not any(f.hedge in _HEDGE_OPS for f, _ in items):
        return []
    by_sentence, order = _by_sentence(items)
    linked: list[Relation] = []
    for k, span in enumerate(order):
        figures = by_sentence[span]
        if any(f.start in used for f in figures):
            continue
        if not (hinted and _ANY_MARK.search(text, span[0], span[1])) and not any(
            f.hedge in _HEDGE_OPS for f in figures
        ):
            continue
        marks = _marks(text, span, figures)
        if not marks:
            continue
        sentence = text[span[0] : span[1]].lower()
        if not _STANDS.search(sentence) or _WISH.search(sentence):
            continue
        if _MAY.search(text, span[0] + 1, span[1]) or _SOMETIMES.search(sentence):
            continue  # "have been above $40 for much of the year": not where it stands now
        if NEW_FRAME.match(text, span[0]):
            continue  # "In the North, prices stayed above …": another party's measure
        words = _MEASURE_WORD.findall(sentence)
        families = {MEASURES[w] for w in words if w in MEASURES}
        if len(families) != 1:
            continue
        subject = _subject_near(text, by_sentence, order, k, marks[0][0], families)
        if subject is None:
            continue
        mark_at = marks[0][0]
        subject_span = next(s for s in order if s[0] <= subject.start < s[1])
        if _WISH.search(text, subject_span[0], subject.start) or _ASSUMES.search(
            text, subject_span[0], subject.start
        ):
            continue  # "Opec wants a price of $28", "the budget assumes a price of $25"
        mark_kind = modifier(text, span[0], mark_at)
        if qualifier_after(text, mark_at) is not None or (
            measure_of(text, subject_span[0], subject) is None
            and mark_kind is not None
            and any(mark_kind)
        ):
            continue  # "Brent prices remain below $50", "below £130,000 for first-time buyers"
        if measure_of(text, subject_span[0], subject) is not None and not same_modifier(
            modifier(text, subject_span[0], subject), modifier(text, span[0], mark_at)
        ):
            continue  # "Petrol … 80p. Diesel prices remain above 82p": two measures
        for mark, op in marks:
            pair = as_levels(subject, mark)
            if pair is None:
                continue
            roles = {"a": pair[0], "b": pair[1]}
            linked.append(Relation("compare", roles, span, "level, then a mark", {"op": op}))
    return linked


def _subject_near(
    text: str,
    by_sentence: Sentences,
    order: Sequence[tuple[int, int]],
    k: int,
    mark: Figure,
    families: set[str],
) -> Figure | None:
    """The one level of the mark's kind in the sentence before (or else after) ``k``."""
    for j in (k - 1, k + 1):
        if not 0 <= j < len(order):
            continue
        span = order[j]
        between = text[min(span[1], order[k][1]) : max(span[0], order[k][0])]
        if between.count(".") > 2:
            continue  # more than two sentences without figures between them
        if NEW_FRAME.match(text, span[0]):
            continue  # "In the North, the average price fell to £120,000"
        levels = [
            f
            for f in by_sentence[span]
            if f.trend is None
            and not f.parts
            and f.hedge in (Hedge.EXACT, Hedge.ROUNDED)
            and as_levels(f, mark) is not None
        ]
        if len(levels) != 1:
            continue
        found = measure_of(text, span[0], levels[0])
        if found is None and not MOVED_TO.search(
            text, max(span[0], levels[0].start - 40), levels[0].start
        ):
            continue  # "kept its main rate at 0.1%" says nothing of inflation
        if found is not None and found[0] not in families:
            continue
        return levels[0]
    return None


#: Words that make a figure the whole of its measure: "sales totalled 3.9 million units".
_TOTAL_WORDS = re.compile(
    r"\b(?:total|totals|totalled|totaled|totalling|totaling|in\s+all|altogether|overall|"
    r"combined|worldwide|group-wide|all\s+told)\b",
    re.IGNORECASE,
)
#: A cheap first look for ``_TOTAL_WORDS`` in a whole article.
_TOTAL_HINTS = ("otal", "in all", "ltogether", "verall", "ombined", "worldwide", "all told")
#: Before an earlier level, not a part: "up from", "compared with", "against".
_EARLIER = re.compile(
    r"\b(?:from|against|compared\s+(?:with|to)|versus|than)\s+(?:the\s+|a\s+|an\s+)?$"
)
#: After an earlier level: "… a year earlier", "… last year".
_EARLIER_AFTER = re.compile(
    r"[^.;]{0,30}\b(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|the\s+previous\s+year|"
    r"in\s+the\s+same\s+period)\b"
)
#: What names a part: a business of the company, or a share of the whole.
_PART_WORDS = re.compile(
    r"\b(?:business|division|unit|arm|brand|marque|subsidiary|operations|contributed|"
    r"accounted\s+for|came\s+from)\b"
)
#: Another firm: "Rival Sainsbury posted …".
#: Another firm than the story's: a rival, or the one that owns it or it owns ("Its
#: owner's workforce", "its parent's profits").
_RIVAL_FIRM = re.compile(
    rf"\b(?:{_RIVAL_WORD}|(?:owner|parent|subsidiary|partner)['’]s)\b", re.IGNORECASE
)
#: Words of another firm or a comparison: its figures are no parts of this whole.
_RIVAL = re.compile(r"\b(?:rival|rivals|competitor|competitors|compared\s+with|than)\b")


#: A capitalised word that is no sentence opener: a name of a part ("Chrysler").
def _cut(sentence: str) -> bool:
    """Whether a part is a place ("its UK business", "its North American arm") rather
    than a line of business ("its food division")."""
    return _PLACE_PART.search(sentence) is not None


_PLACE_PART = re.compile(
    r"\b(?i:its|their|the)\s+(?:[A-Z][\w-]*\s+){1,2}(?:arm|division|unit|business|operations|"
    r"subsidiary)\b|\b(?:in|across)\s+[A-Z]"
)


def link_breakdown(
    text: str, items: Sequence[tuple[Figure, tuple[int, int]]], used: set[int]
) -> list[Relation]:
    """Parts told in their own sentences against a whole stated elsewhere.

    "Sales totalled 3.9 million units worldwide. … Mercedes-Benz, with sales
    down 3.1% at 1.06 million. … Chrysler's sales rose 3.5% to 2.7 million":
    the parts cannot add up to more than the whole. The whole is a figure
    marked as one ("totalled", "in all", "worldwide") with a measure; a part
    is another level of that measure in that unit, smaller than the whole,
    told as an outcome like the whole (not a forecast beside an outcome, not
    for another period of the same grain, not an earlier level "up from" or
    "a year earlier"), in a sentence that names a part: a name the whole's
    sentence does not hold, or a word of a part ("its generics business",
    "Nissan contributed"). Two parts are needed, or one named by a word of a
    part; one relation per whole.
    """
    if not _mentions(text, _TOTAL_HINTS):
        return []
    sentences: dict[tuple[int, int], str] = {}
    linked: list[Relation] = []
    for total, span in items:
        if not _positive_level(total):
            continue
        if total.hedge not in _PLAIN or not _TOTAL_WORDS.search(
            text, max(span[0], total.start - 60), total.start
        ):
            continue
        if unit_key(total) in ("percent", "multiple"):
            continue
        measure = measure_of(text, span[0], total)
        if measure is None or measure[0] in _SIGNED:
            continue  # a division's loss takes away from the group's profit
        expected = forecast(text, span[0], total)
        when = periods(text, total, span)
        assert total.value is not None  # a positive level has a value
        parts: list[Figure] = []
        cuts: set[bool] = set()
        for part, where in items:
            if where == span or part.start in used or part.trend is not None or part.parts:
                continue
            if part.start < total.start:
                continue  # a breakdown follows its whole; figures before it tell other stories
            if part.value is None or not 0 < part.value < total.value * Fraction(95, 100):
                continue
            if part.hedge not in _PLAIN and part.hedge not in (Hedge.MORE_THAN, Hedge.AT_LEAST):
                continue
            if as_levels(part, total) is None:
                continue
            found = measure_of(text, where[0], part)
            if found is None or not _agree(found, measure):
                continue
            if forecast(text, where[0], part) != expected:
                continue
            if other_period(when, periods(text, part, where)):
                continue
            lead = text[max(where[0], part.start - 30) : part.start].lower()
            if _EARLIER.search(lead) or _EARLIER_AFTER.match(text, part.span[1]):
                continue
            if _INCREMENT.search(lead):
                continue  # "a further $100bn" adds to something; it is no part of a whole
            sentence = sentences.setdefault(where, text[where[0] : where[1]]).lower()
            if _RIVAL.search(sentence):
                continue  # "Rival Motorola had sales of 30 million": another firm's whole
            if _PART_OF_A_PART.search(sentence):
                # "Its German arm, the biggest part of the European business": a part of a
                # part, which the parts would count twice
                return linked
            worded = _PART_WORDS.search(sentence) is not None
            if not worded and _POSSESSIVE_OPENER.match(sentence):
                # "Its sales rose 3.5% to 2.7 million": the part was named just before
                before = text[max(0, where[0] - 300) : where[0]].rsplit(".", 2)[-2].lower()
                worded = bool(_PART_WORDS.search(before)) and not _RIVAL.search(before)
            if worded:
                parts.append(part)
                cuts.add(_cut(text[where[0] : where[1]]))
        if parts:
            pair = as_levels(*parts, total)
            if pair is None:
                continue
            # "Its UK business … Its food division …": a split by place and one by line
            # of business overlap, so each part is then within the whole on its own
            groups = [tuple(pair[:-1])] if len(cuts) == 1 else [(p,) for p in pair[:-1]]
            for group in groups:
                roles: dict[str, RoleValue] = {"parts": group, "total": pair[-1]}
                linked.append(Relation("sum_at_most", roles, span, "whole, then its parts", {}))
    return linked


_PLAIN = frozenset({Hedge.EXACT, Hedge.ROUNDED})
#: A part said to lie inside another part: the split overlaps.
_PART_OF_A_PART = re.compile(r"\b(?:part\s+of|within|included\s+in|inside)\s+(?:the|its|their)\b")
#: Measures whose parts may be negative: their parts can add up to more than the whole.
_SIGNED = frozenset({"profit", "loss"})
_INCREMENT = re.compile(r"\b(?:further|additional|extra|another|more)\s+$")
_POSSESSIVE_OPENER = re.compile(r"(?:its|their)\s", re.IGNORECASE)


#: After an amount for one thing: "at $120m each", "£52 a head".
_EACH = re.compile(
    r"\s+(?:each|apiece|a\s+head|per\s+(?:person|head|member|share|ticket|seat|unit|plane|car|"
    r"worker|employee|household|customer))\b"
)
#: Before (or after) a total the amounts each make: "a deal worth $6bn", "will share £42m".
_TOTAL_BEFORE = re.compile(
    r"\b(?:worth|valued\s+at|value\s+of|total\s+of|totalling|totaling|in\s+all|share|shared|"
    r"sharing|raise|raising|raised|cost|cost\s+of|costing|bill\s+of|payout\s+of|pay\s+out)"
    r"(?:\s+(?:a|an|the|some|about|around|nearly|almost|as\s+much\s+as|up\s+to|more\s+than))*"
    r"\s*$",
    re.IGNORECASE,
)
_TOTAL_AFTER = re.compile(r"\s+(?:windfall|deal|order|payout|bill|in\s+all|in\s+total)\b")
_MORE_IN_TOTAL = re.compile(
    r"[^.;]{0,30}?\b(?:including|includes|plus|after\s+discounts|with\s+the\s+rest)\b"
)
_OVER_YEARS = re.compile(r"\s+(?:over|across|during)\s+(?:the\s+next\s+)?[\w-]+\s+(?:years|months)")
_ALSO = re.compile(r"\b(?:also|separately|another|further|additional|extra)\b")
#: Between a count and an amount each: only some of the things get it.
_SUBSET = re.compile(r"\b(?:those|who|which|that|of\s+whom|some\s+of)\b")
_UP_TO_HEDGES = frozenset({Hedge.UP_TO, Hedge.LESS_THAN, Hedge.NEARLY})
#: A number, in digits or words, that need not be read as a figure: "the top five".
_NUMBER_WORD = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|"
    r"twenty|thirty|forty|fifty|hundred)\b",
    re.IGNORECASE,
)


def link_products(
    text: str, items: Sequence[tuple[Figure, tuple[int, int]]], used: set[int]
) -> list[Relation]:
    """A number of things at an amount each against the total it makes.

    "Japan Airlines ordered 30 of the aircraft, at $120m each" after "a deal
    worth as much as $6bn": the amount each is an amount of money followed by
    "each", "apiece", "a head" or "per person"; the number is the count just
    before it in its sentence; the total is the one amount in the same unit
    called a total ("worth", "will share", "a … windfall", "at a cost of") in
    that sentence, or else the one before, or else the one after, when that
    sentence counts or names the same things, and within ten times the
    product either way (so "a windfall of more than £100" for one member is
    no total of 800,000). A total "also" paid is another payment, and a
    sentence with two counts before the amount each says nothing here.
    """
    if not _mentions(text, (" each", " apiece", " a head", " per ")):
        return []
    by_sentence, order = _by_sentence(items)
    linked: list[Relation] = []
    for k, span in enumerate(order):
        figures = by_sentence[span]
        for at, each in enumerate(figures):
            if each.trend is not None or each.parts or not unit_key(each).startswith("money:"):
                continue
            word = _EACH.match(text, each.span[1])
            if word is None or each.value is None or each.value <= 0:
                continue
            counts = [
                f
                for f in figures[:at]
                if unit_key(f) == "count" and f.trend is None and not f.parts and f.low
            ]
            if len(counts) != 1:
                continue  # "300 staff at 100 branches will get £1,000 each": which count?
            count = counts[0]
            if sum(1 for f in figures if _EACH.match(text, f.span[1])) > 1:
                continue  # "£500 each and its 400 managers £5,000 each": two rates, one total
            if _SUBSET.search(text, count.span[1], each.start) or _MORE_IN_TOTAL.match(
                text, word.end()
            ):
                continue  # "Of its 5,000 staff, those who leave will get £10,000 each"
            if _NUMBER_WORD.search(text, count.span[1], each.start):
                continue  # "Forty staff will share £2m, with the top five getting £100,000 each"
            # "10 jets at $80m each, … worth $3bn if options on 25 more are taken up": the
            # total may count more things, so only a bound on it ("as much as") says anything
            more = any(unit_key(f) == "count" for f in figures[at + 1 :])
            if _RATE_AFTER.match(text, word.end()):
                continue  # "£2,000 each a year": the total's years are unknown
            product = count.interval * each.interval
            totals: list[Figure] = []
            for j in (k, k - 1, k + 1):  # its own sentence first, then the one before
                if 0 <= j < len(order) and not totals:
                    near = by_sentence[order[j]]
                    if j != k and not _about_the_same_things(text, order[j], near, count):
                        continue
                    totals = [
                        f for f in near if f is not each and _is_total(text, f, each, product)
                    ]
            if len({(f.low, f.high) for f in totals}) != 1:
                continue  # no total, or several different ones (the same one told twice is one)
            if more and totals[0].hedge not in _UP_TO_HEDGES:
                continue
            if {count.start, each.start, totals[0].start} & used:
                continue
            total_span = next(s for s in order if s[0] <= totals[0].start < s[1])
            if total_span != span and (
                _about_a_rival(text, span[0], each.start)
                or any(
                    other_period(periods(text, f, span), periods(text, totals[0], total_span))
                    for f in (count, each)
                )
            ):
                continue  # "Rival Ryanair … 70 jets at $60m each"; "Last year … £30m windfall"
            roles: dict[str, RoleValue] = {"count": count, "each": each, "total": totals[0]}
            linked.append(Relation("product", roles, span, "N at B each, total C", {}))
    return linked


def _about_the_same_things(
    text: str, span: tuple[int, int], figures: Sequence[Figure], count: Figure
) -> bool:
    """Whether a neighbouring sentence speaks of the things counted: it counts things
    too ("up to 50 … planes"), or names them ("Britannia members' £42m windfall")."""
    counted = [f for f in figures if unit_key(f) == "count" and f.trend is None]
    if any(
        f.value is not None and count.value is not None and f.value > count.value for f in counted
    ) and not _UP_TO_HEDGES & {f.hedge for f in counted}:
        return False  # "a total of £2m on the payouts to all 2,000 staff": more people
    if counted:
        return True
    noun = (count.noun or "").split()
    return bool(noun) and noun[0].lower() in text[span[0] : span[1]].lower()


def _is_total(text: str, figure: Figure, each: Figure, product: Interval) -> bool:
    """Whether ``figure`` is called a total of amounts like ``each`` near ``product``."""
    if figure.trend is not None or figure.parts or unit_key(figure) != unit_key(each):
        return False
    if figure.value is None or figure.value <= 0:
        return False
    called = _TOTAL_BEFORE.search(text, max(0, figure.start - 40), figure.start) or (
        _TOTAL_AFTER.match(text, figure.span[1])
    )
    if not called or _ALSO.search(text, max(0, figure.start - 40), figure.start):
        return False  # "will also pay a total of £10m": another payment
    if _OVER_YEARS.match(text, figure.span[1]) or _MORE_IN_TOTAL.match(text, figure.span[1]):
        return False  # "worth £7.2m over three years", "£1.5m including managers' bonuses"
    low, high = product.low, product.high
    value = figure.value
    return (low is None or value * 10 >= low) and (high is None or value <= high * 10)


#: An outcome told against expectations: "a worse-than-expected $368bn".
_THAN_EXPECTED_WORD = re.compile(
    r"\b(?P<word>better|worse|more|less|higher|lower|bigger|smaller|larger|greater|stronger|"
    r"weaker|faster|slower)[- ]than[- ](?:expected|forecast|anticipated|predicted)\b",
    re.IGNORECASE,
)
#: Before a figure that is an expectation: "forecasts said there would be a",
#: "analysts had expected".
_EXPECTATION_BEFORE = re.compile(
    r"(?:\b(?:forecasts?|predictions?|estimates?|expectations?)\s+(?:said|had|were|was|of|for|"
    r"put|pointed)\b"
    r"|\b(?:analysts|economists|forecasters|experts|the\s+market|markets)\s+(?:had\s+|have\s+)?"
    r"(?:expected|forecast|predicted|estimated|anticipated|been\s+expecting)\b)"
    r"[^.;]{0,40}$",
    re.IGNORECASE,
)
_EXPECTED_WORDS = ("than expected", "than-expected", "than forecast", "than anticipated")
_HIGHER_WORDS = frozenset({"more", "higher", "bigger", "larger", "greater", "stronger", "faster"})
_LOWER_WORDS = frozenset({"less", "lower", "smaller", "weaker", "slower"})


def link_expectations(
    text: str, items: Sequence[tuple[Figure, tuple[int, int]]], used: set[int]
) -> list[Relation]:
    """An outcome said to be above or below expectations, against the expectation.

    "The deficit is set to hit a worse-than-expected $368bn … Past forecasts
    said there would be a $348bn shortfall": the outcome is the figure right
    after "better/worse/more/less than expected" (within 60 characters); the
    expectation is the one figure of its kind in the article a forecast or a
    forecaster introduces ("forecasts said there would be", "analysts had
    expected", "a figure of 58.1, economists forecast"). "Better" and "worse"
    need a measure whose good direction is known (a bigger loss is worse,
    bigger sales are better).
    """
    # every wording opens with "than": one search of the article, most often the last
    if "than" not in text or not _mentions(text, _EXPECTED_WORDS):
        return []  # no "than expected" anywhere: spare the per-figure searches
    expectations: list[
        tuple[Figure, Measure | None, Modifier | None, dict[str, frozenset[str]]]
    ] = []
    for figure, span in items:
        if figure.trend is None and not figure.parts and figure.start not in used:
            window = text[max(span[0], figure.start - 90) : figure.start]
            if _EXPECTATION_BEFORE.search(window) or FORECAST_AFTER.match(text, figure.span[1]):
                about = measure_of(text, span[0], figure)
                kind = modifier(text, span[0], figure)
                expectations.append((figure, about, kind, periods(text, figure, span)))
    if not expectations:
        return []
    expected = {e.start for e, _, _, _ in expectations}
    linked: list[Relation] = []
    for outcome, span in items:
        if outcome.parts or outcome.start in expected or outcome.start in used:
            continue
        before = text[max(span[0], outcome.start - 60) : outcome.start]
        said = _THAN_EXPECTED_WORD.search(before)
        if said is None or any(c.isdigit() for c in before[said.end() :]):
            continue  # "rose more than expected, to 2.3% from 1.7%": the first figure is it
        word = said.group("word").lower()
        measure = measure_of(text, span[0], outcome)
        if word in _HIGHER_WORDS:
            op = ">"
        elif word in _LOWER_WORDS:
            op = "<"
        elif measure is not None and measure[0] in GOOD_WHEN_LOWER | GOOD_WHEN_HIGHER:
            higher = (word == "better") == (measure[0] in GOOD_WHEN_HIGHER)
            op = ">" if higher else "<"
        else:
            continue
        if _RIVAL_FIRM.search(text, span[0], span[1]):
            continue  # "Rival Sainsbury posted better-than-expected sales": another firm's
        level = attrs.evolve(outcome, trend=None)
        kind = modifier(text, span[0], outcome)
        # "lower-than-expected sales" are no outcome of "expected pre-tax profits of £300m"
        when = periods(text, outcome, span)
        same = [
            e
            for e, about, whose, told in expectations
            if as_levels(level, e) is not None
            and (about is None or measure is None or _agree(about, measure))
            and same_modifier(whose, kind)
            and not other_period(when, told)  # "for the full year" against "the first half"
            and qualifier_after(text, e) == qualifier_after(text, outcome)  # "before exceptional"
            and _qualifier(text, max(0, e.start - 90), e) == _qualifier(text, span[0], outcome)
        ]
        if len({(e.low, e.high) for e in same}) != 1:
            continue
        pair = as_levels(level, same[0])
        assert pair is not None
        roles: dict[str, RoleValue] = {"a": pair[0], "b": pair[1]}
        linked.append(Relation("compare", roles, span, "A, worse than the expected B", {"op": op}))
    return linked


#: Between a ratio word and the level it leads to: "halve in Singapore this year to".
_THEN_TO = re.compile(r"(?:[a-z'’ -]{0,50}\s)?to")


def link_lead_levels(
    text: str,
    items: Sequence[tuple[Figure, tuple[int, int]]],
    used: set[int],
    lead: Sequence[tuple[int, int]],
) -> list[Relation]:
    """A ratio word with only its new level, started from a level stated before.

    "Singapore growth at 8.1% in 2004" over "Economic growth is set to halve
    this year to between 3% and 5%": the ratio word and its level are in the
    body, and the level it starts from is the one figure of the same measure
    and kind in the sentence before or else in the headline and lede (told
    twice, it is still one): "… a 20% stake. … cut GM's stake in half to 10%".
    """
    linked: list[Relation] = []
    sentences, order = _by_sentence(items)
    for at, span in enumerate(order):
        figures = sentences[span]
        if span in lead:
            continue
        for k, factor in enumerate(figures[:-1]):
            if factor.kind is not Kind.MULTIPLE or factor.trend is None or factor.start in used:
                continue
            level = figures[k + 1]
            between = text[factor.span[1] : level.start].lower()
            if level.start in used or not _THEN_TO.fullmatch(between.strip()):
                continue
            measure = measure_of(text, span[0], factor)
            if measure is None:
                continue
            kind = modifier(text, span[0], factor)
            end = level.parts[0] if level.parts else level
            # the sentence before first ("a 20% stake … cut GM's stake in half to 10%"),
            # then the headline and lede
            before = order[at - 1] if at else None
            adjacent = before is not None and not text[before[1] : span[0]].strip()
            sources = [[before]] if before is not None and adjacent and before not in lead else []
            sources.append(list(lead))
            for spans in sources:
                starts = _starts(text, sentences, spans, end, measure, kind, span)
                if starts:
                    break
            if len({(f.low, f.high) for f in starts}) != 1:
                continue
            roles: dict[str, RoleValue] = {"factor": factor, "from": starts[-1], "to": level}
            linked.append(Relation("multiple", roles, span, "level here, ratio to B later", {}))
    return linked


def _starts(
    text: str,
    sentences: Sentences,
    spans: Sequence[tuple[int, int]],
    end: Figure,
    measure: Measure,
    kind: Modifier | None,
    at: tuple[int, int] = (0, 0),
) -> list[Figure]:
    """The levels of ``measure`` in ``spans`` that a move to ``end`` may start from;
    ``kind`` is the move's :func:`~factcheck.scan.context.modifier` ("growth in
    Malaysia" does not start from "Singapore's economy")."""
    found: list[Figure] = []
    for span in spans:
        for figure in sentences.get(span, ()):
            if figure.parts or figure.kind is not Kind.QUANTITY:
                continue
            if unit_key(figure) == "percent":
                figure = attrs.evolve(figure, trend=None)  # "grew by 8.1%": the rate is the level
            if figure.trend is not None or as_levels(figure, end) is None:
                continue
            named = measure_of(text, span[0], figure)
            if named is None or not _agree(named, measure):
                continue
            place = place_after(text, figure)  # "a 20% stake in Fiat"
            if place is not None and place not in text[slice(*at)]:
                continue
            if same_modifier(modifier(text, span[0], figure), kind):
                found.append(figure)
    return found


def _by_sentence(
    items: Sequence[tuple[Figure, tuple[int, int]]],
) -> tuple[Sentences, list[tuple[int, int]]]:
    """The figures of each sentence, and the sentences in order of the text."""
    grouped: Sentences = {}
    for figure, span in items:
        grouped.setdefault(span, []).append(figure)
    return grouped, sorted(grouped)


def _positive_level(figure: Figure) -> bool:
    """Whether a figure is one amount above zero, not a change or a range: a whole or a
    part of one."""
    # (a Fraction's sign is its numerator's: cheaper than comparing the Fraction)
    return (
        figure.trend is None
        and not figure.parts
        and figure.value is not None
        and figure.value.numerator > 0
    )


def _mentions(text: str, words: Sequence[str]) -> bool:
    """Whether any of ``words`` occurs in ``text``: a plain substring search, far
    cheaper than a regular expression with alternatives over a whole article."""
    return any(word in text for word in words)


#: Measures that only add up over time (a flow, never below zero): a quarter's sales
#: are within the year's. Profits are left out: a quarter may earn more than a year
#: in which other quarters lost money.
_FLOWS = frozenset({"sales", "exports", "imports", "orders", "spending"})
_YEAR_PARTS = frozenset({"quarter", "half", "month"})
_YEAR_PART_HINT = re.compile(
    r"quarter|half|january|february|march|april|may|june|july|august|september|october|"
    r"november|december"
)
_WHOLE_BEFORE = ("full ", "full-", "whole ", "entire ", "for the ")


def _whole_year(low: str, start: int = 0, end: int | None = None) -> bool:
    """Whether lower-cased ``low[start:end]`` names a whole year: "full-year", "annual",
    "for the year" (found with ``str.find``: a regular expression scan costs more)."""
    stop = len(low) if end is None else end
    if low.find("annual", start, stop) >= 0:
        return True
    at = low.find("year", start, stop)
    while at >= 0:
        if low.startswith("yearly", at) or low[max(start, at - 8) : at].endswith(_WHOLE_BEFORE):
            return True
        at = low.find("year", at + 4, stop)
    return False


def link_periods(
    text: str, items: Sequence[tuple[Figure, tuple[int, int]]], used: set[int]
) -> list[Relation]:
    """A part of a year's flow against the whole year's: "fourth-quarter sales of
    $5.4bn" within "full-year sales of $16.6bn".

    The whole is said to be the full year ("full-year", "annual", "for the
    year"), the part names a quarter, a half or a month; both are the same
    measure of money or things that only add up (sales, exports, imports,
    orders, spending), of the same owner and kind, told alike (no forecast
    beside an outcome), of the same year when both name one, neither an
    earlier level ("a year earlier"). Each part needs exactly one such whole.
    """
    low = text.lower()
    if not _whole_year(low):
        return []
    wholes: list[tuple[Figure, tuple[int, int], Measure, dict[str, frozenset[str]]]] = []
    parts: list[tuple[Figure, tuple[int, int], Measure, dict[str, frozenset[str]]]] = []
    for figure, span in items:
        if not _positive_level(figure):
            continue
        if figure.kind is not Kind.QUANTITY or unit_key(figure) in ("percent", "multiple"):
            continue
        if figure.hedge not in _PLAIN:
            continue
        near = (max(span[0], figure.start - 60), min(span[1], figure.span[1] + 40))
        if not (_whole_year(low, *near) or _YEAR_PART_HINT.search(low, *near)):
            continue  # the cheap look first: no period word around the figure
        measure = measure_of(text, span[0], figure)
        if measure is None or measure[0] not in _FLOWS:
            continue
        lead = text[max(span[0], figure.start - 30) : figure.start].lower()
        if _EARLIER.search(lead) or _EARLIER_AFTER.match(text, figure.span[1]):
            continue
        if rate_of(figure, text) is not None:
            continue  # "running at an annualised rate of $12bn": a rate, no part of a year
        when = periods(text, figure, span)
        if when.keys() & _YEAR_PARTS:
            parts.append((figure, span, measure, when))
        elif "full" in when or _whole_year(
            low, max(span[0], figure.start - 40), min(span[1], figure.span[1] + 25)
        ):
            wholes.append((figure, span, measure, when))
    linked: list[Relation] = []
    for part, where, measure, when in parts:
        fits_ = [
            (whole, whole_span)
            for whole, whole_span, whole_measure, whole_when in wholes
            if whole_span != where
            and _agree(whole_measure, measure)
            and as_levels(part, whole) is not None
            and forecast(text, whole_span[0], whole) == forecast(text, where[0], part)
            and _same_years(when, whole_when)
            # "fourth-quarter sales for the whole industry": a part of another whole
            and wider(text, part, where) == wider(text, whole, whole_span)
            and same_modifier(
                _timeless(modifier(text, where[0], part)),
                _timeless(modifier(text, whole_span[0], whole)),
            )
        ]
        if len(fits_) != 1 or part.start in used:
            continue
        whole, whole_span = fits_[0]
        pair = as_levels(part, whole)
        assert pair is not None
        named_year = "year" in when and "year" not in periods(text, whole, whole_span)
        if (
            named_year
            or _YEAR_BEFORE_PART.search(text, max(where[0], part.start - 40), part.start)
            or (
                part.value is not None
                and whole.value is not None
                and part.value > whole.value
                and _told_apart(text, whole_span, whole, where, part, by_period=False)
            )
        ):
            # "in the fourth quarter of 2003" under a whole of no named year; "Fourth-
            # quarter sales a year earlier were $4.9bn"; "at its rival, Hewlett-Packard",
            # "across the industry"
            continue
        roles: dict[str, RoleValue] = {"parts": (pair[0],), "total": pair[1]}
        linked.append(Relation("sum_at_most", roles, where, "part of a year, then the year", {}))
    return linked


#: Before a part of a year: another year than the whole's.
_YEAR_BEFORE_PART = re.compile(
    r"\b(?:a\s+year\s+(?:earlier|ago|before)|the\s+previous\s+year|last\s+year)\b"
)
_PERIOD_WORD = re.compile(
    r"(?:(?:first|second|third|fourth|final|last)-(?:quarter|half)|full-year|half-year|"
    r"annual|quarterly|yearly|monthly|interim|year-end|fiscal)",
    re.IGNORECASE,
)


def _timeless(found: Modifier | None) -> Modifier | None:
    """A modifier without a kind word that only names the period ("fourth-quarter sales")."""
    if found is None or found[0] is None or not _PERIOD_WORD.fullmatch(found[0]):
        return found
    return (None, found[1], found[2])


def _same_years(a: dict[str, frozenset[str]], b: dict[str, frozenset[str]]) -> bool:
    """No two different years named: "the fourth quarter of 2004" and "2003 as a whole"."""
    for grain in ("year", "relative year"):
        if grain in a and grain in b and not a[grain] & b[grain]:
            return False
    return not (("year" in a) != ("year" in b) and ("relative year" in a or "relative year" in b))


#: A party's lead over another, in points: "Labour's lead over Reform UK has narrowed to
#: six points", "the Tories' lead over Labour is 6 points".
_PARTY = r"(?!The\b)[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}"
#: The sentence opens on the lead: "Labour's lead over Reform UK", "The Tories' lead over".
_LEAD_OVER = re.compile(
    rf"(?:[Tt]he\s+)?(?P<x>{_PARTY})['’]s?\s+lead\s+over\s+(?:the\s+)?(?P<y>{_PARTY})\b"
)
#: Between the two parties and the lead's size: only the verb of the lead now ("has
#: narrowed to", "is", "stands at"), no group, place, question or poll between.
_LEAD_NOW = re.compile(
    r"\s+(?:has\s+|have\s+)?(?:narrowed|widened|grown|fallen|risen|shrunk|slipped|increased|"
    r"decreased|dropped|stands|is|remains)\s+(?:now\s+)?(?:to|at)?\s*(?:just\s+|only\s+)?$"
)
#: After the lead's size: the end of the sentence, perhaps after the poll that found it.
_LEAD_ENDS = re.compile(
    r"\s*(?:,\s*(?:according\s+to\s+(?:a|the)\s+(?:new\s+|latest\s+)?(?:poll|survey)\b[^.;]*"
    r"|(?:a|the)\s+(?:new\s+|latest\s+)?(?:poll|survey)\s+(?:suggests|shows|finds|found|says)))?"
    r"\s*[.!]?\s*$"
)
#: A sentence of shares that points back at the lead's poll: "The survey … puts".
_SAME_POLL = re.compile(r"(?:The|That|This|Its?)\s+(?:same\s+)?(?:poll|survey)\b")
#: Words of another poll, group, place or time than the lead's.
_ANOTHER_POLL = re.compile(
    r"\b(?:(?i:among|previous|last|earlier|another|other\s+polls?|while|whereas|but|"
    # shares of another reckoning (review 33): "before adjusting for likelihood to vote",
    # "of all adults including those who say they will not vote"
    r"adjust\w*|weight\w*|before|excluding|including|turnout|certain|likely|all\s+adults|"
    r"in\s+(?:19|20)\d\d)|[Ii]n\s+(?!the\b)[A-Z]\w+)\b"
)


#: A party that has a lead of some points: "Reform Alliance has opened up a nine-point
#: lead", "Grace Okafor holds a four-point lead" (the size as an adjective, read here only:
#: "a 12-point lead" elsewhere may be a league's or a game's points).
_HOLDS_A_LEAD = re.compile(
    rf"(?P<x>{_PARTY})\s+(?:has\s+|have\s+)?(?:opened\s+up|opened|built\s+up|built|"
    r"extended|stretched|taken|established|holds?|enjoys?|retains?|keeps?|has|have)\s+an?\s+"
    rf"(?P<size>(?P<n>\d{{1,2}}|{NUMBER_WORDS})-point)\s+lead\b"
)
#: In the sentence of a lead held: words of a past lead, another pollster, a league or a
#: group of voters, or of a second lead (review 34: "Three months ago … had opened up",
#: "according to YouGov", "at the top of the table", "once second preferences are
#: counted", "with registered voters and a wider one with …", "and Okafor a lead with").
_ANOTHER_LEAD = re.compile(
    r"\b(?:ago|had|when|according\s+to\s+(?!(?:a|an|the)\s)|table|league|points\s+clear|"
    r"games?|preferences?|"
    r"with\s+(?:men|women|voters|registered|those|the\s+young|older)|registered|only|"
    r"definitely|sure\s+to|certain\s+to|likely|wider|narrower|among)\b|\blead\b.*\blead\b",
    re.IGNORECASE,
)
#: After the lead: the party it is over, "over the governing National Unity Party".
_OVER_PARTY = re.compile(rf"\s+over\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}}?(?P<y>{_PARTY})\b")
#: From the lead to its two shares in its own sentence: "…, 47% to 41%".
_TO_ITS_SHARES = re.compile(r"[^.;:%\d]{0,90},\s*$")
#: Words that end a party's name and may be left out when its share is told ("the
#: National Unity Party" is "National Unity on 34%").
_NAME_END = re.compile(r"\s+(?:Party|Alliance|Movement|Front|Coalition|Bloc)$")


def _share_of(
    text: str, party: str, spans: Sequence[tuple[int, int]], by_sentence: Sentences
) -> Figure | None:
    """The one share the sentences ``spans`` give ``party`` ("X on 31%", "X at 31%"),
    where they point at the lead's poll and name no other."""
    names = {party, _NAME_END.sub("", party)}
    found = [
        f
        for later in spans
        if not _ANOTHER_POLL.search(text, *later) and _SAME_POLL.match(text, later[0])
        for f in by_sentence.get(later, ())
        if unit_key(f) == "percent"
        and f.trend is None
        and not f.parts
        and any(
            re.search(
                rf"\b{re.escape(name)}\s+(?:on|at|with)\s+$",
                text[max(later[0], f.start - len(name) - 6) : f.start],
            )
            for name in names
        )
    ]
    return found[0] if len(found) == 1 else None


def _lead_with_its_shares(
    text: str, span: tuple[int, int], held: re.Match[str], size: Figure, own: Sequence[Figure]
) -> list[Relation]:
    """ "holds a four-point lead in the race, 47% to 41%": a lead and its sentence's two
    shares, the leader's first."""
    first, second = own
    if (
        first.trend is not None
        or second.trend is not None
        or first.parts
        or second.parts
        or not _TO_ITS_SHARES.fullmatch(text, held.end(), first.start)
        or not re.fullmatch(r"\s+to\s+", text[first.span[1] : second.start])
    ):
        return []
    roles = lead_roles(first, second, attrs.evolve(size, unit=first.unit))
    if roles is None:
        return []
    return [Relation("sum_equals", roles, span, "a lead, A% to B%", {})]


def link_poll_leads(
    text: str, items: Sequence[tuple[Figure, tuple[int, int]]], spans: Sequence[tuple[int, int]]
) -> list[Relation]:
    """A lead in points against the two parties' shares: "Labour's lead over Reform UK
    has narrowed to six points. … puts Labour on 31%, Reform UK on 27%"; "The Reform
    Alliance has opened up a nine-point lead over the National Unity Party. … put the
    Reform Alliance on 41% and National Unity on 34%"; "Okafor holds a four-point lead
    …, 47% to 41%". The leader's share is the other's and the lead.

    Shares in the next sentence or the one after count only where each party has one
    share there ("X on 31%", "X at 31%"), the sentences name no other poll, group,
    place or time, and the lead is the one now ("narrowed to", "is", "of"), not one it
    came from."""
    if " lead" not in text:
        return []  # the cheap test first: most articles tell no lead
    by_sentence, _ = _by_sentence(items)
    linked: list[Relation] = []
    for at, span in enumerate(spans):
        if " lead" not in text[span[0] : span[1]] or _ANOTHER_POLL.search(text, *span):
            continue
        own = by_sentence.get(span, ())
        told = _LEAD_OVER.match(text, *span)
        held = None if told is not None else _HOLDS_A_LEAD.search(text, *span)
        if told is not None:
            leads = [
                f
                for f in own
                if str(f.unit) == "percentage_point"
                and f.trend is None
                and not f.parts
                and _LEAD_NOW.fullmatch(text, told.end(), f.start)
                and _LEAD_ENDS.fullmatch(text, f.span[1], span[1])
            ]
            if len(leads) != 1 or any(unit_key(f) == "percent" for f in own):
                continue  # the sentence's own shares are read by its own shapes
            lead, x_name, y_name = leads[0], told.group("x"), told.group("y")
        elif (
            held is not None
            and not _ANOTHER_LEAD.search(text, *span)
            and (size := counted(held, "size", "percentage_point"))
        ):
            if len(own) == 2 and all(unit_key(f) == "percent" for f in own):
                linked.extend(_lead_with_its_shares(text, span, held, size, own))
                continue
            over = _OVER_PARTY.match(text, held.end())
            if own or over is None:
                continue
            lead, x_name, y_name = size, held.group("x"), over.group("y")
        else:
            continue
        following = spans[at + 1 : at + 3]
        x = _share_of(text, x_name, following, by_sentence)
        y = _share_of(text, y_name, following, by_sentence)
        if x is None or y is None or x is y:
            continue
        roles = lead_roles(x, y, attrs.evolve(lead, unit=x.unit))  # points between shares
        if roles is not None:
            linked.append(Relation("sum_equals", roles, span, "a lead, then the shares", {}))
    return linked


#: The people a survey asked, pointed at: "them", "those", "the respondents".
_THE_ASKED = r"(?:them|those|these|the\s+respondents)\b"
#: A count that is a part of the people asked: "Thirteen of them", "nine of those".
_OF_THEM = re.compile(rf"\s+of\s+{_THE_ASKED}")
#: Before a share of the people a survey asked, in a later sentence: words of another
#: group, place, time or source than theirs ("Among women,", "Nationally,", "In 2019,",
#: "of the heads who", "a national poll").
_ANOTHER_GROUP = re.compile(
    rf"\b(?:among|of(?!\s+{_THE_ASKED})|who|whom|whose|aged|nationally|national|nationwide|"
    r"country|elsewhere|last|previous|earlier|ago|compared|than|whereas|unlike|(?:19|20)\d\d)\b"
    r"|\b[Ii]n\s+(?-i:[A-Z])",
    re.IGNORECASE,
)
#: What may open a sentence before a share of the people asked: nothing, "Of those,", or
#: the survey found it ("It found", "The poll also showed that"); any other words may
#: name another group, base or source (review 33: "Their pupils, asked …, were less sure:
#: 41% said", "Excluding those, 72% said", "A larger Ofsted study found 44% said").
_ANSWER_OPENS = re.compile(
    rf"(?:[Oo]f\s+{_THE_ASKED},?|[Aa]sked\s+(?:about|whether|if)\s+[^,;]{{1,40}}"
    r"|(?:[Ii]t|[Tt]hey|[Tt]he\s+(?:survey|poll|study|questionnaire))\s+(?:also\s+)?"
    r"(?:found|showed|suggested|revealed)(?:\s+that)?)?"
)
#: After the people asked, in their sentence: a part of them ("found that nine had cut
#: their hours", "most said"), which "Of those" may mean instead.
_A_PART_OF_THEM = re.compile(
    r"\b(?:most|many|some|half|several|a\s+third|a\s+quarter|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|\d+)\b",
    re.IGNORECASE,
)


def link_surveys(
    text: str,
    items: Sequence[tuple[Figure, tuple[int, int]]],
    spans: Sequence[tuple[int, int]],
    used: set[int],
) -> list[Relation]:
    """The share of the people a survey asked, told in the sentence after it: "The union
    questioned 23 teachers at five schools. Asked about pay, 38% said they would quit":
    no whole number of 23 people is 38% (``percent_of_n``).

    The sentence of the survey gives the people asked as its one count ("a survey of 23
    teachers", "questioned 23 teachers", "23 teachers were asked"). In the next sentence
    only (review 34: a sentence between may name another group, "Most said they would
    sell. Of those, 58% said", or another source, "The council published its own
    review"), with no heading between, a plain percent followed by "said", "thought",
    "backed" and the like is a share of them when it opens that sentence
    (:data:`_ANSWER_OPENS`) and no count of another group ("Of the 12 heads", "500
    parents") or another survey comes first."""
    if "%" not in text:
        return []  # the cheap test first: no share at all
    by_sentence, _ = _by_sentence(items)
    linked: list[Relation] = []
    for at, span in enumerate(spans[:-1]):
        figures = by_sentence.get(span, ())
        # (the cheap tests first: a share in the next sentence, a small count in this one)
        if not figures or not any(
            unit_key(f) == "percent" for f in by_sentence.get(spans[at + 1], ())
        ):
            continue
        counts = [
            f for f in figures if exact_count(f) and f.value is not None and f.value <= GRIM_LIMIT
        ]
        if not counts or not SURVEY_WORDS.search(text, *span):
            continue
        sizes = [
            f
            for f in counts
            if survey_size(text, " ".join(text[span[0] : f.start].lower().split()), f, figures)
        ]
        if len(sizes) != 1:
            continue
        later = spans[at + 1]
        if text[later[0] : later[1]].rstrip()[-1:] not in ".!?\"'”’)":
            continue  # a heading: another story
        told = by_sentence.get(later, ())
        if SURVEY_WORDS.search(text, *later) and any(exact_count(f) for f in told):
            continue  # another survey, or the same asked again of others
        answers = [f for f in told if f.start not in used and an_answer(text, f)]
        first = answers[0].start if answers else later[1]
        if any(
            exact_count(f) and not _OF_THEM.match(text, f.span[1])
            for f in told
            if f.start < first and unit_key(f) != "percent"
        ):
            continue  # "Of the 12 heads, …", "500 parents …": another group
        for share in answers:
            if _ANOTHER_GROUP.search(text, later[0], share.start):
                continue
            lead = " ".join(text[later[0] : share.start].split()).strip(" ,")
            if not _ANSWER_OPENS.fullmatch(lead):
                continue  # "Their pupils, asked …, were less sure: 41% said": whose?
            if lead.lower().startswith("of ") and _A_PART_OF_THEM.search(
                text, sizes[0].span[1], span[1]
            ):
                continue  # "… found that nine had cut hours. Of those, 44% said"
            roles = {"n": sizes[0], "share": share}
            linked.append(Relation("percent_of_n", roles, later, "a survey of N. C said", {}))
    if linked and WEIGHTED.search(text):
        return []  # weighted results need not be whole numbers of the people asked
    return linked
