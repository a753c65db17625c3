"""Relations between levels: directions, comparisons, differences and market moves.

The shapes of :mod:`factcheck.scan.shapes` need a stated change ("a 28%
rise"). Much of the arithmetic in news is stated with levels alone:

* a **direction** against an earlier level: "earned $3.7bn, down from
  $3.8bn", "cut its debt to £160m from £610m" (rule ``direction``);
* a **comparison** with another figure of the same kind: "£546m, ahead of
  forecasts of £532m", "a loss of $761m, lower than 2003's $1.2bn" (rule
  ``compare``), and a restating bracket: "more than half (54%)" (rule
  ``compatible``);
* a **difference** named by a word: "exported £16.9bn but imported £21.5bn,
  a deficit of £4.6bn", "20,645 votes to 14,738, a majority of 5,907"
  (rule ``sum_equals``: the larger is the smaller plus the difference);
* a **market move** given as amount, percent and level: "closed up 64
  pence, or 6%, at 1130p" (rule ``market_move``: the percent of the base
  the level and the move imply, 1130p − 64p).

As everywhere in the scan, a relation is read only where the words between
the figures leave one reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from fractions import Fraction

import attrs

from factcheck.figures import Figure, Hedge, Kind, Trend
from factcheck.scan.context import (
    ELSEWHERE_AFTER,
    GOOD_WHEN_HIGHER,
    GOOD_WHEN_LOWER,
    MOVED_TO,
    NEW_FRAME,
    RATE_AFTER,
    SOURCE_AFTER,
    SPAN_WORD,
    TIME_NAMES,
    WEIGHTED,
    WIDER,
    modifier,
    named_in,
    other_period,
    periods,
    qualifier_after,
    same_modifier,
    wider,
)
from factcheck.scan.kinds import (
    exact_count,
    is_fraction_word,
    is_share,
    same_kind,
    size_ratio,
    unit_key,
)
from factcheck.scan.mentions import (
    MEASURES,
    NUMBER_WORDS,
    YEAR,
    direction_before,
    measure_of,
)
from factcheck.scan.relation import Relation, RoleValue
from factcheck.scan.shapes import (
    DETECTORS,
    GRIM_LIMIT,
    OTHER_BASE_AFTER,
    PART_OF,
    QUALIFIED_AFTER,
    RATE_WORDS,
    Sentence,
    change_relation,
    fits,
    from_range,
    make_relation,
    may_overlap,
    nouns_agree,
    part_chain,
    plural_word,
    qualifies_another,
    whole_before_which,
)
from factcheck.text.hedges import DEFAULT_TOLERANCE
from factcheck.text.numbers import ORDINAL_WORDS
from factcheck.text.vocabulary import GROUP_SIZES, STOP_WORDS
from factcheck.units import (
    dimensionless,
    is_percentage_point,
    parse_unit,
    same_dimension,
    unit_text,
)

__all__ = [
    "CHAINED",
    "OVERLAPPING",
    "SENTENCE_DETECTORS",
    "TOTAL_BEFORE",
    "as_levels",
    "breakdown_back",
    "change_back",
    "compared_back",
    "earlier_level_back",
    "group_back",
    "groups_named",
    "length_of",
    "moved_back",
    "multiple_back",
    "names_group",
    "of_those_back",
    "part_back",
    "rate_of",
    "restated_back",
    "share_back",
    "total_included",
    "total_shares_back",
    "unhedged",
]


_TREND_WORDS: dict[str, Trend] = {
    **dict.fromkeys(
        ("up", "higher", "rising", "increasing", "climbing", "a rise", "an increase", "a jump"),
        Trend.UP,
    ),
    **dict.fromkeys(
        ("down", "lower", "falling", "decreasing", "dropping", "a fall", "a drop", "a decline"),
        Trend.DOWN,
    ),
}
_TREND_ALTERNATIVES = "|".join(sorted(_TREND_WORDS, key=len, reverse=True))
#: "B, down from A": the direction word, then "from", then a few article words.
_DIRECTION_FROM = re.compile(
    # a few words of the level's own may close its clause: "one in 13 of the cards is
    # now in default - down from"; no word that opens another clause
    r"(?:(?:(?!(?:and|but|while|whereas|which|who|when|after|as|although|though|with)\b)"
    r"[a-z'’-]+\s+){0,12}?(?:(?!(?:and|but|while|whereas|which|who|when|after|as|although|"
    r"though|with)\b)[a-z'’-]+)?\s*(?=[,(—–-]))?"
    r"(?:[,(—–-]\s*)?(?:(?:which\s+(?:is|was)|and|but|that\s+is|but\s+(?:this|that|it)\s+"
    r"(?:is|was))\s+"
    # or the level's own verb, then a change noun: "0.1% in the quarter was a decline from"
    r"|(?:(?!(?:and|but|while|whereas|which|who|when|after|as|although|though|with)\b)"
    r"[a-z'’-]+\s+){0,4}?(?:is|was|were|are|marked|represents|represented)\s+"
    r"(?=an?\s))?"
    rf"(?P<trend>{_TREND_ALTERNATIVES})(?:\s+(?:sharply|slightly|steeply|markedly))?\s+from"
    r"(?:\s+(?:a|an|the|its|their)(?:\s+(?:revised|previous|record|year-earlier|earlier|"
    r"original|initial))?)?"
    # "14%, up from an earlier forecast of 12%": "up" compares the two reckonings
    r"(?:\s+(?:figure|level|total|high|low|rate|pace|peak|record|estimate|forecast|"
    r"projection|prediction|target))?(?:\s+of)?"
    r"(?:\s+(?:just|only|a\s+mere))?"
)
#: Between the later and the earlier level once a verb stated the move: "to B from A".
_AGAINST = re.compile(
    r"(?:[,(—–-]\s*)?(?:(?P<start>from)|compared\s+(?:with|to)|against|versus|vs\.?|"
    r"as\s+opposed\s+to)"
    # "raise its bid to £1.5bn from its initial £1.3bn offer"
    r"(?:\s+(?:a|an|the|its|their)(?:\s+(?P<earlier>revised|previous|year-earlier|expected|"
    r"initial|original|earlier|first))?)?"
    # "climb to 14% compared to a previous estimate of 12%": the earlier estimate is the
    # level a revision moved from (only after a word that dates it: "compared with a
    # forecast of 12%" sets an outcome against a guess, no move)
    r"(?:\s+(?:figure|level|total|(?(earlier)(?:estimate|forecast|projection|prediction))"
    # "fell to 150p from a record high of 300p", "rose to 8% from a low of 5%" (only after
    # "from": "against a peak of 3 million" sets the level beside a past extreme)
    r"|(?(start)(?:(?:record|all-time|recent)\s+)?(?:high|low|peak)(?=\s+of\b))))?"
    r"(?:\s+of)?(?:\s+(?:just|only|a\s+mere))?"
)
#: Between the two levels after "<verb> from": "to", perhaps after a participle
#: that belongs to the first ("from the 5.9% estimated in November to 3.2%").
_TO = re.compile(
    r"(?:[a-z]+ed\s+)?to(?:\s+(?:just|only|a\s+mere)"
    # "from £79.60 to the pension credit level of £105.45": the level named
    r"|\s+(?:the|a|an|its|their)\s+(?:[a-z'’-]+\s+){0,4}?(?:level|figure|rate|total|sum|"
    r"amount|mark|high|low|peak)\s+of)?"
)
#: The end of a lead that makes the next level a move's start: "from", "from a record of".
_STARTED_FROM = re.compile(
    r"\bfrom(?:\s+(?:a|an|the|its|their))?(?:\s+(?:record|all-time|previous|earlier|recent|"
    r"new|seasonal|annual))*(?:\s+(?:peak|high|low|record|level|total|average)\s+of)?$"
)
#: An adverb of emphasis between "to" and the level: "cut … to just 1% from 1.4%".
_EMPHASIS_AT_END = re.compile(r"\s+(?:just|only|a\s+mere)$")
#: "$124bn in 2003, and is expected to rise to about $150bn": a later clause moves
#: the level just stated.
_THEN_MOVES = re.compile(
    r"[,;]?\s*(?:and|but|before|then|and\s+then)"
    # an aside may stand before the verb: "and, according to some predictions, balloon to"
    r"(?:\s*,[a-z'’ -]{1,50},)?\s+(?:[a-z'’-]+\s+){0,5}?to"
    # or a participle: "4.1% this year, dipping to 4% in 2005"
    r"|[,;]?\s*[a-z]+ing(?:\s+(?:up|down|back|further|sharply|slightly|steadily)){0,2}\s+to"
)
#: "62% now, and the government hopes this will rise to": another clause's subject
#: points back at the level with "this" or "it", and its verb moves it (no object
#: between the verb and "to": "it will cut costs to" moves the costs).
_IT_MOVES = re.compile(
    r"[,;]?\s*(?:and|but|while)\s+(?:[a-z'’-]+\s+){1,6}?(?:this|it)\s+"
    r"(?:would|will|could|might|may|should|can|to)\s+(?:be\s+)?(?:[a-z]+ly\s+)?[a-z]+\s+to"
)
#: "expected margins to be lower, at 4% of sales as opposed to 5%": a comparative, then
#: the level it reached.
#: A guess as a noun: what a revision moves.
_GUESS_NOUN = re.compile(
    r"\b(?:estimate|forecast|projection|prediction)s?\b|\b(?:outlook|guidance)\b"
)
#: A guess named as the object moved: "raised its inflation forecast to", "cut the
#: estimate to" ("is forecast to rise to" moves the outcome).
_GUESS_MOVED = re.compile(
    r"\b(?:its|the|their|his|her|our|a|an|[a-z]+['’]s)\s+"
    r"(?:(?!(?:is|was|are|were|be|been|being|has|had|will|would)\b)[a-z-]+\s+){0,2}?"
    + _GUESS_NOUN.pattern
)
_LOWER_AT = re.compile(r"(?:.*\s)?(?P<trend>lower|higher|down|up)(?:\s+[a-z'’-]+){0,3}\s*,?\s*at")

_GREATER = (
    "ahead of",
    "topped",
    "beat",
    "exceeded",
    "surpassed",
    "outstripped",
    "above",
    "higher than",
    "more than",
    "greater than",
    "bigger than",
    "larger than",
    "better than",
    "exceeding",
    "beating",
    "up on",
    "outpaced",
    "an increase on",
    "a rise on",
    "faster than",
    "quicker than",
)
_SMALLER = (
    "below",
    "behind",
    "lower than",
    "less than",
    "fewer than",
    "smaller than",
    "worse than",
    "short of",
    "fell short of",
    "missed",
    "trailed",
    "down on",
    "a fall on",
    "a drop on",
    "slower than",
)
_OPS = {**dict.fromkeys(_GREATER, ">"), **dict.fromkeys(_SMALLER, "<")}
_OP_ALTERNATIVES = "|".join(sorted(_OPS, key=len, reverse=True))
#: "A, ahead of forecasts of B", "A, lower than 2003's B": a comparison between two figures.
#: The comparison word and what follows it up to the second figure.
_COMPARED_OP = (
    r"(?:(?:well|far|much|slightly|just|comfortably|easily|significantly|still)\s+)?"
    rf"(?P<op>{_OP_ALTERNATIVES})"
)
_COMPARED = (
    _COMPARED_OP
    # what is compared with: "forecasts of", "his initial promise of", "the African average of"
    + r"(?:\s+(?!of\b|at\b)[a-z'’-]+){0,4}?(?:\s+(?:of|at))?(?:\s+‹y›['’]s)?"
)
#: A piece of every comparison word of _OPS (tests/test_shortcuts.py checks the cover):
#: a gap without one holds no _COMPARED, and the patterns that end in it are dear to try.
_OP_PIECES = (
    "than",
    " on",
    "above",
    "ahead",
    "beat",
    "behind",
    "below",
    "exceed",
    "short",
    "missed",
    "out",
    "surpass",
    "topped",
    "trailed",
)


def may_compare(gap: str) -> bool:
    """Whether ``gap`` may hold a comparison word: the cheap test before _COMPARED."""
    return any(piece in gap for piece in _OP_PIECES)


#: A sentence whose subject points back at the sentence before: "The figure was ahead of".
_ANAPHOR = re.compile(
    r"(?:the|this|that|it)\b(?:\s+[a-z'’-]+){0,4}?"
    # an aside between commas: "The figure, announced on Friday, also topped …"
    r"(?:\s*,[^,]{1,70},)?\s+(?:(?:also|still|again)\s+)?"
    r"(?:(?:was|is|were|came\s+in|marked|represents|represented|remains|remained)\s+)?"
    # (a sentence pointing back names what it is compared with at more length: "beat the
    # previous June record for the Highlands of")
    + _COMPARED_OP
    + r"(?:\s+(?!of\b|at\b)[a-z'’-]+){0,7}?(?:\s+(?:of|at))?(?:\s+‹y›['’]s)?"
)
_ANAPHOR_START = re.compile(r"(?:the|this|that|it)\b", re.IGNORECASE)
#: "That was down from 0.2%", "The figures, representing a decline from the 0.2% …":
#: the pointed-at figure against the level it moved from (read only here: in one
#: sentence "B, down from A" is a move between two levels of its own).
_MOVED_FROM = {
    **dict.fromkeys(("up from", "a rise from", "an increase from", "a jump from"), ">"),
    **dict.fromkeys(("down from", "a fall from", "a drop from", "a decline from"), "<"),
}
_ANAPHOR_MOVED = re.compile(
    r"(?:the|this|that|it)\b(?:\s+[a-z'’-]+){0,4}?"
    r"(?:\s*,[^,]{1,70},)?(?:\s*,?\s*(?:representing|marking)|\s+(?:(?:also|still)\s+)?"
    r"(?:was|is|were|marked|represents|represented))\s+"
    rf"(?P<op>{'|'.join(_MOVED_FROM)})"
    r"(?:\s+(?:the|a|an))?(?:\s+(?:revised|previous|initial|original|earlier))?"
)
#: A second comparison of the same subject later in the sentence: ", but short of".
_FURTHER_COMPARISON = re.compile(
    r"(?:[a-z'’ -]{0,60}[,;]\s*)?(?:but|and|while|yet)\s+(?:(?:was|is|fell|came\s+in)\s+)?"
    + _COMPARED
)
_COMPARISON = re.compile(
    # a short noun phrase may close the first figure's clause: "a 3% rise in sales, less than"
    # (a hyphen is a dash only set apart: "runner-up on" holds no "up on")
    r"(?:(?:[a-z'’-]+\s+){0,4}[a-z'’-]+?\s*(?=[,(—–]|(?<=\s)-|-(?!\w)))?(?:[,(—–-]\s*)?"
    r"(?:(?:which\s+(?:is|was|are|were)|and|but|still)\s+"
    # the first figure's own verb; no new subject after "and": "and debt remained above"
    r"|(?:(?:and|but)\s+|(?:(?!(?:and|but|while|whereas|with)\b)[a-z'’-]+\s+){0,4}?)"
    r"(?:is|was|are|were|remains|remained|stood|came\s+in)\s+"
    # a comparison with an unstated expectation first: "faster than predicted and"
    r"|(?:[a-z]+er|more|less)\s+than\s+(?:had\s+been\s+)?(?:predicted|expected|forecast|"
    r"thought|anticipated|hoped|feared)\s*,?\s*(?:and|but)(?:\s+still)?\s+)?" + _COMPARED
)
#: Right before a figure that is itself what another is compared with: the comparison
#: after it is still the sentence's subject's ("… and ahead of the £1.62bn expected").
_COMPARED_WITH = re.compile(
    rf"\b(?:compared\s+(?:with|to)|against|versus|{_OP_ALTERNATIVES})"
    # ("2.1 degrees above the long-term August average of 13.8C and beat the record of")
    r"(?:\s+(?:the|a|an|its|their))?(?:\s+[a-z'’-]+){0,4}\s+$",
    re.IGNORECASE,
)
#: The comparison word the reader folded into the second figure's hedge.
#: It needs a separator of its own: "the two carmakers sold more than 80,000" compares nothing.
_HEDGED_COMPARISON = re.compile(
    r"(?:[,(—–-]\s*(?:(?:which\s+(?:is|was|are|were)|and|but|still)\s+)?"
    r"|(?:which\s+)?(?:is|was|are|were)\s+)"
    r"(?:(?:well|far|much|slightly|just|comfortably|easily)\s+)?"
)
_COMPARATIVE_HEDGES = frozenset({Hedge.MORE_THAN, Hedge.LESS_THAN, Hedge.AT_LEAST, Hedge.UP_TO})

_DIFFERENCE = re.compile(
    r"(?:.*\s)?(?:a|an|the|its|their|leaving\s+a|giving\s+a|with\s+a)?\s*"
    r"(?:(?:trade|budget|current\s+account|overall|total)\s+)?"
    r"(?P<word>deficit|surplus|majority|gap|difference|shortfall|margin|lead)\s+(?:of|was|is|at)"
)
#: Between the two amounts a difference is taken of: a contrast or "to".
_CONTRAST = re.compile(
    r"(?:.*\s)?(?:but|to|against|while|whereas|and|compared\s+(?:with|to)|versus|vs\.?|"
    # the winner against the runner-up: "2,318 votes, beating Labour's Tom Reese on 1,946"
    r"beating|defeating|ahead\s+of)(?:\s.*)?"
)

_OR = re.compile(
    r"(?:[,(—–-]\s*)?(?:or|representing|equivalent\s+to|that\s+is)\s*(?:about|around|some|nearly|almost|roughly)?"
)
_LEVEL_AFTER = re.compile(
    r"(?:[,)—–-]\s*)*(?:to|at)(?:\s+(?:a|an))?(?:\s+(?:record|new|fresh|closing))?"
    r"(?:\s+(?:high|low|close))?(?:\s+of)?"
)


def _level(figure: Figure) -> bool:
    """One amount printed as a level: not a change, a range, a multiple or a date."""
    return (
        figure.kind in (Kind.QUANTITY, Kind.DURATION)
        and figure.trend is None
        and not figure.parts
        and figure.value is not None
    )


def as_levels(*figures: Figure) -> tuple[Figure, ...] | None:
    """The levels in one unit, or ``None``.

    A bare number beside a measured amount takes its unit: "to 537m euros
    from 798m" states both in euros, "to 2.4m barrels a day from 474,000" both
    in barrels. (A bare number beside a percent stays bare: "5% of 40".)
    """
    if not all(_level(f) for f in figures):
        return None
    if len({_one_in(f) for f in figures}) > 1:
        return None  # "one in eight" is a rate: no level of "48 million cards"
    if len({is_fraction_word(f) and not _one_in(f) for f in figures}) > 1:
        return None  # "fell to below half, from 9,000": a share, no level of the count
    units = {unit_key(f) for f in figures if not _bare(f)}
    if len(units) == 1 and units != {"count"} and "percent" not in units:
        unit = next(f.unit for f in figures if not _bare(f))
        figures = tuple(attrs.evolve(f, unit=unit) if _bare(f) else f for f in figures)
    return same_kind(*figures)


_RATE_WORD = re.compile(
    # ("doubled in a year", "within a month": a span, no rate)
    rf"(?:[ \t]+(?!{SPAN_WORD}\b)[a-z]+)?[ \t]*(?:-a-|\s+(?:a|an|per|each|every)\s+)"
    r"(?P<period>year|month|week|day|"
    r"term|quarter|hour|night|season|annum)\b(?!\s+(?:ago|earlier|before|later))",
    re.IGNORECASE,
)
_RATE_ADJECTIVE = re.compile(
    r"\b(?P<period>annual|yearly|monthly|weekly|daily|quarterly|hourly)(?:i[sz]ed)?\s+"
    r"(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
_SAME_PERIOD = {
    "annum": "year",
    "annual": "year",
    "yearly": "year",
    "monthly": "month",
    "weekly": "week",
    "daily": "day",
    "quarterly": "quarter",
    "hourly": "hour",
}


_OVER_SPAN = re.compile(
    r"\s+over\s+(?:the\s+(?:next|past|last|coming|following)\s+)?(?:\S+\s+)?"
    r"(?:years|months|decades)\b",
    re.IGNORECASE,
)


def rate_of(figure: Figure, text: str) -> str | None:
    """The period an amount is per, when the words around it say so: "£900 a month"
    (month), "£2m-a-year" (year), "annual fees of £9,000" (year), or ``span`` for a
    total over several ("£2.4bn over four years"); ``None`` otherwise."""
    if _OVER_SPAN.match(text, figure.span[1]):
        return "span"  # "£2.4bn over four years" is a total of several years
    match = _RATE_WORD.match(text, figure.span[1])
    if match is None:
        match = _RATE_ADJECTIVE.search(text, max(0, figure.start - 40), figure.start)
    if match is None:
        return None
    period = match.group("period").lower()
    return _SAME_PERIOD.get(period, period)


#: Words that tell an amount for a whole year, or for a part of one.
_WHOLE_YEAR = re.compile(
    r"\b(?:(?:the\s+)?(?:whole|entire)\s+(?:of\s+)?(?:the\s+)?(?:year|last\s+year|(?:19|20)\d\d)"
    r"|full[- ]year|(?:the\s+)?(?:previous|preceding|prior)\s+year|the\s+year\s+before)\b",
    re.IGNORECASE,
)
_PART_OF_A_YEAR = re.compile(
    r"\b(?:in|during|for)\s+(?:the\s+)?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|(?:first|second|third|fourth|last|final)\s+"
    r"(?:quarter|half))\b",
    re.IGNORECASE,
)


def length_of(figure: Figure, text: str) -> str | None:
    """How long a period an amount is told for: its rate's ("£900 a month"), or "year"
    ("for the whole of 2003", "in the previous year") or "part" ("in June", "in the
    first half") from the words around it in its sentence; ``None`` when unsaid."""
    rate = rate_of(figure, text)
    if rate is not None:
        return rate
    low = max(text.rfind(". ", 0, figure.start), figure.start - 60, 0)
    high = text.find(". ", figure.span[1])
    window = text[low : min(high if high >= 0 else len(text), figure.span[1] + 50)]
    if _WHOLE_YEAR.search(window):
        return "year"
    return "part" if _PART_OF_A_YEAR.search(window) else None


def _one_in(figure: Figure) -> bool:
    """ "one in eight", "3 out of 10": a rate written as a count of a count."""
    text = figure.text.lower()
    return (" in " in text or " out of " in text) and unit_key(figure) == "count"


def _bare(figure: Figure) -> bool:
    return (
        unit_key(figure) == "count"
        and unit_text(figure.unit) == "dimensionless"
        and not figure.noun
    )


# ----------------------------------------------------------------- direction
#: A move that carries another measure: "taking the annual rate to", "bringing its total
#: to" (the verb before it is the first measure's).
_CARRYING = re.compile(r"\b(?:taking|bringing|pushing|putting|leaving|sending|lifting)\b")
#: Before a range that is no pair of levels: betting odds, a range of prices.
_ODDS = re.compile(r"\b(?:odds|ranged?|ranging)\b", re.IGNORECASE)


#: A verb in a relative clause at the end of a lead: "…, which had been cut".
_RELATIVE_VERB = re.compile(r",\s*(?:which|who|that)\s+(?:[a-z'’-]+\s+){0,4}[a-z'’-]+$")


def _directions(sentence: Sentence) -> Iterator[Relation]:
    """ "B, down from A"; "cut … to B from A"; "rose from A to B": a direction and two levels."""
    return (r for r in _direction_shapes(sentence) if r is not None)


def _direction_shapes(sentence: Sentence) -> Iterator[Relation | None]:
    items, gap = sentence.items, sentence.gap
    for i, x in enumerate(items):
        if (
            from_range(x)
            and " to " in x.text
            and not _ODDS.search(sentence.text, sentence.start, x.start)
        ):
            # "increased the number of pilots from 370 to 870" is read as one range ("to
            # £500m-£520m from £540m-£560m" moves one range to another; "ranged from $80 to
            # $90, down from $100 to $120" and betting odds "to 1-5 from 1-3" are no levels)
            lead = sentence.lead(i)
            if _RELATIVE_VERB.search(lead) and "," in sentence.text[x.start - 3 : x.start]:
                continue  # "its forecast, which had been cut in March, from A to B"
            if re.search(r"\bto\s+(?:between\s+)?‹", lead):
                continue  # "to between $2.1bn and $2.3bn, from $2.5bn to $2.8bn": the old range
            verb = direction_before(lead + " from")
            pair = None if verb is None else as_levels(*x.parts)
            if pair is not None and verb is not None:
                yield _direction(sentence, "<verb> from A to B", pair, verb[0])
    for i in range(len(items) - 1):
        x, y = items[i], items[i + 1]
        between = gap(i + 1)
        # "from" is the one word _DIRECTION_FROM cannot do without: the cheap test first
        match = fits(_DIRECTION_FROM, between) if "from" in between else None
        if match is not None:
            if i and fits(_OF_THE_WHOLE, gap(i)):
                # "won 33 of the 80 seats, down from 62": the 33 moved, not the 80, but
                # which of two counts of seats "62" is told is unclear; a rate or share
                # of the whole is plain: "one in 13 of the 48 million cards, down from
                # one in eight"
                x = items[i - 1]
                if not (_one_in(x) or unit_key(x) == "percent") or x.trend is not None:
                    continue
                if qualifies_another(sentence, i - 1):
                    continue
            elif qualifies_another(sentence, i):
                continue
            if x.trend is not None and unit_key(x) == "percent" == unit_key(y):
                if x.trend is Trend.DOWN and x.hedge in (Hedge.EXACT, Hedge.ROUNDED):
                    # "to fall 1% this year, up from an earlier forecast of 3%": a fall
                    # against a figure whose sign is not told
                    continue
                # "grew 4.2%, down from 5.1%": the growth rate itself is the level
                x = attrs.evolve(x, trend=None)
            pair = as_levels(y, x)
            if pair is not None:
                trend = _TREND_WORDS[match.group("trend")]
                yield _direction(sentence, "B, down from A", pair, trend)
            continue
        chained = _chained_target(sentence, i)
        if chained is not None:
            yield chained
            continue
        pointed = fits(_IT_MOVES, between) if " it" in between or "this" in between else None
        if pointed is not None or fits(_THEN_MOVES, between):
            if i and _ASIDE.search(gap(i)):
                continue  # "…, with the rate among men at 7%, before rising to": an aside's figure
            if _STARTED_FROM.search(sentence.lead(i)):
                # "to 50, from 100, and cut jobs to 200", "from a record of 8,000 in May,
                # then rose to": 100 was a start, not a level
                continue
            if any(word in MEASURES for word in between.split()):
                continue  # "…, before inflation picks up again to 2%": a new subject
            if pointed is None and _NEW_SUBJECT.search(sentence.text, x.span[1], y.start):
                continue  # "Shell rose to 2,800p and BP rose to 470p": another thing moved
            if pointed is not None and any(unit_key(f) == unit_key(y) for f in items[:i]):
                # "is 5%, half the 10% of 1993, and ministers expect it to rise to 6%": "it"
                # is the subject's level, which need not be the nearest
                continue
            verb = direction_before(between)
            pair = as_levels(x, y)
            if _PART_OF_YEAR.search(sentence.text, y.span[1], sentence.end) and not (
                _PART_OF_YEAR.search(sentence.text, x.span[1], y.start)
            ):
                continue  # "£2bn last year … to £600m in the first quarter": a part of a year
            if verb is not None and verb[1] == "to" and pair is not None:
                yield _direction(sentence, "A, and is expected to rise to B", pair, verb[0])
            continue
        against, onward = fits(_AGAINST, between), fits(_TO, between)
        if against is None and onward is None:
            continue  # no shape to read: spare the search for a verb
        if against is not None and i and fits(_THEN_MOVES, gap(i)):
            continue  # "40mm in June, picking up to 120mm, compared with 150mm a year ago"
        if against is not None and ELSEWHERE_AFTER.match(sentence.text, y.span[1]):
            continue  # "cut fares to £49, compared with £29 on Ryanair": another party's
        if (
            against is not None
            and against.group("start") is None
            and QUALIFIED_AFTER.match(sentence.text, y.span[1])
        ):
            continue  # "narrowed to £20m, compared with £12m for the whole of 2019"
        if against is not None and SOURCE_AFTER.match(sentence.text, y.span[1]):
            continue  # "rose to £110m from £1.2bn of sales": a source, not a level
        verb = direction_before(_EMPHASIS_AT_END.sub("", sentence.lead(i)))
        if verb is None and against is not None:
            lower = fits(_LOWER_AT, sentence.lead(i), 160)
            if lower is not None:
                verb = (_TREND_WORDS[lower.group("trend")], "to")
        if verb is None:
            continue
        trend, word = verb
        if word == "to" and against is not None:
            if _CARRYING.search(sentence.lead(i)):
                continue  # "rose 0.5%, taking the annual rate to 14.2% from 15.1%": another's
            if _GUESS_NOUN.search(against.group()) and not _GUESS_MOVED.search(sentence.lead(i)):
                # "is expected to rise to 4%, compared with an earlier forecast of 5%": the
                # verb moves the outcome from today's level; only a forecast moved ("raised
                # its forecast to 14%") starts from the earlier one
                continue
            pair = as_levels(y, x)
            if pair is not None:
                yield _direction(sentence, "<verb> to B from A", pair, trend)
        elif word == "from" and onward is not None:
            if _ODDS.search(sentence.text, sentence.start, x.start):
                continue  # "ranged from $80 to $90, down from $100 to $120": a range's ends
            pair = as_levels(x, y)
            if pair is None and _level(x) and y.hedge is Hedge.BETWEEN and y.parts:
                pair = same_kind(x, y)  # "from 95 million to between 200 and 250 million"
            if pair is not None:
                yield _direction(sentence, "<verb> from A to B", pair, trend)


#: "rise to 85% by 2008 and 100% by 2010": one plan's milestones, the first year between
#: them and the second after the later one. Years with "in" are left alone: "slow to
#: 2.5% in 2005 and 2.8% in 2006" may tell both against today's level.
_BY_YEAR_AND = re.compile(
    r"(?:of\s+(?:the\s+)?[\w'’-]+\s+)?by\s+(?P<year>(?:19|20)\d\d)\s*,?\s+and(?:\s+then)?(?:\s+to)?"
)
_BY_YEAR_AFTER = re.compile(r"\s+by\s+(?P<year>(?:19|20)\d\d)\b")


def _chained_target(sentence: Sentence, i: int) -> Relation | None:
    """ "hoping this would rise to 85% by 2008 and 100% by 2010": a move's later target
    lies further the same way as its earlier one."""
    x, y = sentence.items[i], sentence.items[i + 1]
    # the plain text: the gap's placeholders hide the years
    between = " ".join(sentence.text[x.span[1] : y.start].lower().split())
    first = _BY_YEAR_AND.fullmatch(between)
    if first is None:
        return None
    second = _BY_YEAR_AFTER.match(sentence.text, y.span[1])
    if second is None or int(second.group("year")) <= int(first.group("year")):
        return None
    verb = direction_before(_EMPHASIS_AT_END.sub("", sentence.lead(i)))
    if verb is None or verb[1] != "to" or x.trend is not None or y.trend is not None:
        return None
    pair = as_levels(x, y)
    if pair is None:
        return None
    relation = _direction(sentence, "<verb> to A by Y and B by Z", pair, verb[0])
    # "rise to 4.5% by 2025 and 4.3% by 2026, from 4.2% now": each may be told against
    # today's level, so the order of the two confirms and never flags
    return None if relation is None else attrs.evolve(relation, confirm_only=True)


def _parallel_directions(sentence: Sentence) -> Iterator[Relation]:
    """A count and its worth told in parallel: "922 cases worth £38.5m, up from 831
    cases worth £35.7m"; "dropped from 10,276 cases worth £808m to 8,177 cases worth
    £644m". The same words join each pair, so each count has its match."""
    items, gap = sentence.items, sentence.gap
    for i in range(len(items) - 3):
        a, b, c, d = items[i : i + 4]
        joint = sentence.raw_gap(a.span[1], b.start).strip().lower()
        if joint != sentence.raw_gap(c.span[1], d.start).strip().lower():
            continue
        if not _PARALLEL_JOINT.fullmatch(joint):
            continue
        middle = gap(i + 2)
        if "from" in middle and (match := fits(_DIRECTION_FROM, middle)) is not None:
            trend, later, earlier = _TREND_WORDS[match.group("trend")], (a, b), (c, d)
        elif fits(_TO, middle) is not None:
            verb = direction_before(_EMPHASIS_AT_END.sub("", sentence.lead(i)))
            if verb is None or verb[1] != "from":
                continue
            trend, later, earlier = verb[0], (c, d), (a, b)
        else:
            continue
        pairs = [as_levels(old, new) for old, new in zip(earlier, later, strict=True)]
        if pairs[0] is None or pairs[1] is None or as_levels(a, b) is not None:
            continue  # two levels of one kind in each pair: which moved to which is unclear
        # The direction is the head's ("922 cases …, up from 831 cases"); what they
        # were worth may have moved either way.
        relation = _direction(sentence, "B, down from A", pairs[0], trend)
        if relation is not None:
            yield relation


#: What joins a count to its amount in a parallel pair: "cases worth", "homes valued at".
_PARALLEL_JOINT = re.compile(r"(?:[a-z'’-]+\s+){0,3}(?:worth|valued\s+at|of|at|totalling)")


_PART_OF_YEAR = re.compile(r"\b(?:quarter|half|month|week)\b")
_OF_THE_WHOLE = re.compile(r"(?:[a-z'’-]+\s+){0,2}?(?:out\s+)?of(?:\s+(?:the|its|their|all))?")
#: A conjunction, then a subject of its own: "and BP rose to", "and the euro rose to".
_NEW_SUBJECT = re.compile(
    r"\b(?:and|but|while|whereas)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|[A-Z][\w&.-]*\s+)"
    r"(?:[\w'’-]+\s+){0,3}?(?:rose|fell|climbed|dropped|gained|lost|jumped|slipped|rallied|"
    r"eased|was|were|is|are|ended|closed|finished)\b"
)
#: Words that open an aside about something else: "with the rate among men at".
_ASIDE = re.compile(r"\b(?:with|while|whereas|compared|against|versus)\b")


def _direction(
    sentence: Sentence, pattern: str, pair: tuple[Figure, ...], trend: Trend
) -> Relation | None:
    start, end = pair
    text = sentence.text
    if _is_loss(text, start) != _is_loss(text, end):
        return None  # "a profit of $20m, up from last year's $30m loss": -30 to +20
    if unit_key(start) == "count" and _other_things(text, start, end):
        return None  # "from 30 UK airports to 25 a day" counts two things
    return make_relation(
        sentence, "direction", pattern, {"from": start, "to": end}, {"trend": trend.value}
    )


_LOSS_AFTER = re.compile(r"\s*(?:net\s+|pre-tax\s+|operating\s+)?(?:loss|losses|deficit)\b", re.I)
_LOSS_BEFORE = re.compile(r"\b(?:loss|losses|deficit|shortfall)\s+(?:of\s+)?(?:about\s+)?$", re.I)


def _is_loss(text: str, figure: Figure) -> bool:
    """A figure of a loss or deficit, which counts below zero against a profit."""
    return bool(
        _LOSS_AFTER.match(text, figure.span[1])
        or _LOSS_BEFORE.search(text, max(0, figure.start - 30), figure.start)
    )


def _other_things(text: str, a: Figure, b: Figure) -> bool:
    """Two counts of different things: other nouns, or a rate beside a count."""
    if a.noun and b.noun:
        return _plural_stem(a.noun) != _plural_stem(b.noun)
    rates = {bool(_RATE_AFTER.match(text, f.span[1])) for f in (a, b)}
    return len(rates) > 1


def _plural_stem(noun: str) -> str:
    word = noun.split()[-1].lower()
    return word[:-1] if word.endswith("s") else word


# ---------------------------------------------------------------- comparisons
def unhedged(figure: Figure) -> Figure:
    """The figure's printed number alone, without a comparison hedge ("lower than $1.2bn")."""
    if figure.hedge not in _COMPARATIVE_HEDGES or figure.value is None:
        return figure
    half = (figure.precision or Fraction(0)) / 2
    return attrs.evolve(
        figure,
        low=figure.value - half,
        high=figure.value + half,
        low_closed=True,
        high_closed=True,
        hedge=Hedge.ROUNDED if half else Hedge.EXACT,
    )


#: Comparison words of how good, not how big: for a loss, beating a forecast is less. A
#: cost "ahead of" or "behind" its target may be either side of it ("cut costs to £190m,
#: ahead of its £195m target" is below it), so those words give no order there either.
_GOOD_WORDS = frozenset(
    {"beat", "beats", "beating", "better", "worse", "missed", "missing", "ahead", "behind"}
)
#: Just before the second of two standings: "286 votes to Mr Kerry's 252".
_STANDING_TO = re.compile(r"\bto\s+(?:[A-Z][\w.'’-]*\s+){0,3}?[A-Z][\w.-]*['’]s?\s+$")
#: Just before an earlier level: "from $3.56bn", "up from 4%".
_FROM_BEFORE = re.compile(
    # (or a change's base: "was up 9.6% on last year's £33.2m and beat the record of")
    r"\b(?:from|on)\s+(?:the\s+|a\s+|an\s+|last\s+year['’]s\s+|(?:its|their)\s+)?$",
    re.IGNORECASE,
)


#: A bracket right after a figure: its restatement ("1.4C (2.5F) above").
_BRACKET_FIRST = re.compile(r"^\s*[(\[][^)\]]*[)\]]")


def _comparisons(sentence: Sentence) -> Iterator[Relation]:
    """ "A, ahead of forecasts of B": one figure stated above or below another."""
    items, gap = sentence.items, sentence.gap
    text = sentence.text
    for i in range(len(items) - 1):
        x, y = items[i], items[i + 1]
        if i and unit_key(x) != unit_key(y) and gap(i) == "to" and items[i - 1].trend:
            # "rise by 4.5% to $220bn - less than the 5.1% increase": the level the
            # change reached stands between the change and what it is compared with
            x = items[i - 1]
        between = gap(i + 1)
        match = fits(_COMPARISON, between) if may_compare(between) else None
        if match is not None and _BARE_OP.match(
            _BRACKET_FIRST.sub("", sentence.joint(i + 1).lower()).lstrip()
        ):
            # "was £18.1bn above the £98.7bn forecast", "was 1.4C (2.5F) above the average
            # of 15.3C": the amount is the gap
            continue
        if match is not None:
            said = match.group("op")
            other = y
        elif y.hedge in _COMPARATIVE_HEDGES and fits(_HEDGED_COMPARISON, between) is not None:
            word = y.text.lower().split()
            said = " ".join(word[:2])
            if said not in _OPS:
                continue
            other = unhedged(y)
        else:
            continue
        if _COMPARED_WITH.search(text, max(sentence.start, x.start - 60), x.start):
            continue  # "£1.68bn, compared with £1.5bn a year earlier and ahead of £1.62bn"
        if i and (
            _STANDING_TO.search(text, max(sentence.start, x.start - 30), x.start)
            or (
                x is items[i]
                and items[i - 1].trend is None
                and gap(i).endswith("to")
                and unit_key(items[i - 1]) == unit_key(x)
            )
        ):
            # "286 votes to Kerry's 252, more than the 270 needed", "312 votes to 226 for
            # Harris, above the 270 needed": the first's
            continue
        if _FROM_BEFORE.search(text, max(sentence.start, x.start - 20), x.start):
            continue  # "rose to $4.2bn … from $3.56bn, beating forecasts": the level reached beat
        if said.split()[0] in _GOOD_WORDS and (
            (about := measure_of(text, sentence.start, x)) is not None
            and about[0] in GOOD_WHEN_LOWER
        ):
            continue  # "a loss of 5 cents a share beat forecasts of 8 cents": a smaller loss
        found = _order(sentence, said, x, y)
        if found is None:
            continue
        op = found
        if PART_OF.match(text, y.span[1]):
            continue
        if said not in _MAGNITUDES and (
            x.trend is Trend.DOWN
            or y.trend is Trend.DOWN
            or _FALL_AFTER.match(text, x.span[1])
            or _FALL_AFTER.match(text, y.span[1])
        ):
            continue  # "fell 5%, well above the 10% drop": above as signed numbers, -5 > -10
        if x.trend is not None or y.trend is not None:
            # "a 3% rise, less than the 4.3% rise of a year earlier": two rates of change
            if unit_key(x) != "percent" or unit_key(y) != "percent" or _opposed(x, y):
                continue
            x, other = attrs.evolve(x, trend=None), attrs.evolve(other, trend=None)
        if x.hedge in _COMPARATIVE_HEDGES:
            continue  # "more than 300, above 250": two bounds, no order between them
        pair = as_levels(_point(x), _point(other))
        if pair is None:
            continue
        a, b = (x, other) if x.parts or other.parts else pair
        yield make_relation(sentence, "compare", "A, ahead of B", {"a": a, "b": b}, {"op": op})


#: A comparison word right after an amount, with no verb or comma between: the
#: amount is how far one figure is from the other, not a figure compared.
_BARE_OP = re.compile(
    r"(?:well|far|much|slightly|just|some)?\s*(?:above|below|higher\s+than|lower\s+than|"
    r"ahead\s+of|behind|short\s+of|more\s+than|less\s+than)\b"
)
#: Comparison words that say which is better, not which is bigger.
_JUDGING = frozenset({"better than", "worse than"})
#: Comparison words that say a figure beat another: for a record low, by being lower.
_BEATING = frozenset(
    {"ahead of", "topped", "beat", "beating", "exceeded", "exceeding", "surpassed"}
    | {"outstripped", "outpaced"}
)
_PACE = frozenset({"faster than", "quicker than", "slower than"})
#: Words of size: they compare a fall's size as they compare a level.
_SIZES = frozenset(
    {"more than", "less than", "fewer than", "bigger than", "larger than", "greater than"}
    | {"smaller than", "higher than", "lower than", "above", "below"}
    # the pace of a change: a faster fall is a bigger one
    | {"faster than", "quicker than", "slower than"}
)
_LOWS = re.compile(r"\b(?:low|lows|lowest|record\s+low)\b")
#: Words that rank one thing against another rather than compare sizes.
_RANKING = _BEATING | {"behind", "trailed", "short of", "fell short of", "missed"}
#: What a figure is ranked against when the ranking is plain size: a forecast or a goal.
_EXPECT_WORDS = re.compile(
    r"forecast|expect|estimate|consensus|target|predict|guidance|projection|promise"
    # a goal set, not goals scored: "beating the 17 goals let in" is a race
    r"|\bgoal\b(?!s)",
    re.IGNORECASE,
)


#: Right before the other figure, the peak it is: "short of the record $55.67", "behind its
#: 2000 peak of 6,950" (a comparison of size, whatever the race) …
_PEAK_BEFORE = re.compile(
    r"\b(?:record|peak|all-time\s+high|(?:its|their|the|a)\s+high)"
    # "the previous June record for the Highlands of 33.6C": what the record is for
    r"(?:\s+(?:for|in)\s+(?:the\s+)?[A-Za-z'’-]+(?:\s+[A-Za-z'’-]+){0,2})?(?:\s+of)?\s+$"
)
#: … or right after it: "the $55.67 record", "the 43% peak".
_PEAK_AFTER = re.compile(r"\s+(?:record|peak|all-time\s+high|high)\b(?!-|\s+street)")


def _a_peak(text: str, other: Figure) -> bool:
    """Whether the figure compared with is named as a record, a peak or a high."""
    return bool(
        _PEAK_BEFORE.search(text, max(0, other.start - 30), other.start)
        or _PEAK_AFTER.match(text, other.span[1])
    )


def _order(sentence: Sentence, said: str, subject: Figure, other: Figure) -> str | None:
    """The order a comparison word states between its subject and the other figure.

    "better than" and "worse than" turn on the measure: a better loss, a
    better unemployment rate are lower (no order when the measure's good
    direction is unknown), and a better fall is a smaller one. "Beating" a
    low is being lower. A fall compared by any other word than one of size
    ("fell 10%, ahead of …") is left alone.
    """
    text = sentence.text
    op = _OPS[said]
    falling = subject.trend is Trend.DOWN
    if said in _PACE and (subject.trend is None or unit_key(subject) != "percent"):
        # "ran 10.02, slower than 9.95": a slower time is longer; "slowed to 2.1%,
        # faster than the 2.4% forecast": a faster fall ends lower. Only a stated
        # change in percent ("grew 0.3%, slower than") orders its size by pace.
        return None
    if said in _JUDGING:
        own = subject.start >= sentence.start
        measure = measure_of(text, sentence.start, subject if own else other)
        if measure is None or measure[0] not in GOOD_WHEN_HIGHER | GOOD_WHEN_LOWER:
            return None
        better_is_higher = (measure[0] in GOOD_WHEN_HIGHER) != falling
        return ">" if (said == "better than") == better_is_higher else "<"
    if falling and said not in _SIZES:
        return None
    own = subject.start >= sentence.start  # or the figure of the sentence before
    begin = subject.span[1] if own else sentence.start
    if (
        said in _RANKING
        and not _EXPECT_WORDS.search(text, begin, other.span[1] + 60)
        and not _a_peak(text, other)
    ):
        # "Els finished on 280, behind Goosen on 276", "costs £499, beating £799": in a
        # race the order turns on whether more is better; against a forecast it is size
        measure = measure_of(text, sentence.start, subject if own else other)
        if measure is None or measure[0] not in GOOD_WHEN_HIGHER | GOOD_WHEN_LOWER:
            return None
        if measure[0] in GOOD_WHEN_LOWER:
            op = "<" if op == ">" else ">"
    if said in _BEATING and _LOWS.search(text, sentence.start, other.start):
        return "<" if op == ">" else ">"
    return op


def _point(figure: Figure) -> Figure:
    """A range stands in for its own kind check by its first end ("0.7-0.8%")."""
    return figure.parts[0] if figure.parts and figure.hedge is Hedge.BETWEEN else figure


#: In the subject of a sentence pointing back: a day, a place or a next of its own.
_OWN_TIME_OR_PLACE = re.compile(
    r"\b(?:on\s+[A-Z][a-z]+day|next|following|day['’]s|(?:at|in)\s+[A-Z][\w'’-]+)"
)


#: A pointing subject whose record may be beaten by being lower: a golf score, a round, a
#: time, a lap.
_LOWER_WINS = re.compile(r"\b(?:score|scores|round|card|time|times|lap|strokes?|shots?)\b")


#: Words of a level reached by falling, or of a low: the record it beat may be a low.
_A_LOW = re.compile(
    r"\b(?:fell|fallen|dropped|declined|slipped|slid|eased|shrank|dipped|cut|reduced|lowered|"
    r"down|lowest|cheapest|fewest|least|smallest|shortest|low)\b",
    re.IGNORECASE,
)


def compared_back(sentence: Sentence, previous: Sequence[Figure]) -> list[Relation]:
    """ "… grew 3.7%. The figure was ahead of the 3.3% forecast, but short of the 4.2% …":
    comparisons whose subject is the one figure of the same kind in the sentence before."""
    items = sentence.items
    if not items or not _ANAPHOR_START.match(sentence.text, sentence.start):
        return []
    lead = sentence.lead(0)
    match = fits(_ANAPHOR, lead, 120) if may_compare(lead) else None
    # (the lead drops time phrases: the subject is read in the text, up to the word)
    said_at = sentence.text.lower().find(match.group("op"), sentence.start) if match else -1
    told = sentence.text[sentence.start : said_at if said_at >= 0 else items[0].start]
    # (an aside between commas tells of the same figure: "The figure, announced on Friday,")
    if match is not None and _OWN_TIME_OR_PLACE.search(re.sub(r",[^,]*,", " ", told)):
        # "The reading on Sunday beat …", "The reading at Aviemore beat …": another day's
        # or another place's figure than the sentence before's
        return []
    if match is None and " from" in lead:
        return _moved_from_back(sentence, previous, lead)
    if match is None:
        return []
    before = max(0, previous[0].start - 80) if previous else sentence.start
    if match.group("op") in _RANKING and (
        _LOWER_WINS.search(told) or _A_LOW.search(sentence.text, before, sentence.end)
    ):
        # "shot 62. The score beat the course record of 63": fewer strokes win; "fell to
        # 21 last year. The figure beat the previous record of 24": a record low (review 33)
        return []
    found: list[Relation] = []
    subject: Figure | None = None
    for k, other in enumerate(items):
        if k:
            between = sentence.gap(k)
            match = fits(_FURTHER_COMPARISON, between) if may_compare(between) else None
            if match is None:
                break
        if other.hedge in _COMPARATIVE_HEDGES or other.parts:
            break
        if other.trend is not None:
            if unit_key(other) != "percent":
                break
            other = attrs.evolve(other, trend=None)  # "an increase on the 3.3% growth"
        if subject is None:
            same = [f for f in previous if as_levels(_as_level(f), other) is not None]
            if len(same) != 1:
                return []
            subject = _as_level(same[0])
        if (ratio := size_ratio(subject, other)) is not None and ratio > 20:
            # a figure and the forecast or record it is compared with are of one size: "A
            # ticket cost £38. The figure was above the 25 million targeted"
            break
        pair = as_levels(subject, other)
        if pair is None:
            break
        a, b = pair
        roles = {"a": a, "b": b}
        op = _order(sentence, match.group("op"), subject, other)
        if op is None:
            break
        found.append(
            make_relation(sentence, "compare", "A. The figure was ahead of B", roles, {"op": op})
        )
    return found


#: Words of shrinking that the reader takes for no direction: the level may be below zero.
_SHRINKING = re.compile(r"\b(?:contract\w*|shr[iu]nk\w*|negative|minus)\b", re.IGNORECASE)


def _moved_from_back(sentence: Sentence, previous: Sequence[Figure], lead: str) -> list[Relation]:
    """ "Output grew 0.1% in the quarter. That was down from 0.2% in the one before":
    the one figure of the kind the sentence before stated, against the level it
    moved from. A fall on either side ("fell 0.1%", "up from a 3% fall") leaves
    the sign of the levels unsure, and is left alone."""
    match = fits(_ANAPHOR_MOVED, lead)
    if match is None:
        return []
    other = sentence.items[0]
    if other.hedge in _COMPARATIVE_HEDGES or other.parts or other.trend is Trend.DOWN:
        return []
    if other.trend is not None and unit_key(other) != "percent":
        return []
    other = attrs.evolve(other, trend=None)
    same = [f for f in previous if as_levels(_as_level(f), other) is not None]
    if len(same) != 1 or same[0].trend is Trend.DOWN or same[0].parts:
        return []
    text = sentence.text
    if any(
        _SHRINKING.search(text, max(0, f.start - 30), min(len(text), f.span[1] + 20))
        for f in (same[0], sentence.items[0])
    ):
        return []  # "contracted by 0.2%. That was up from a 0.6% contraction": signs unsure
    pair = as_levels(_as_level(same[0]), other)
    if pair is None:
        return []
    a, b = pair
    op = _MOVED_FROM[match.group("op")]
    return [
        make_relation(sentence, "compare", "A. That was down from B", {"a": a, "b": b}, {"op": op})
    ]


#: "They previously offered £1.3bn", "It had originally forecast 2.5%": the level a move
#: the sentence before told started from.
_EARLIER_LEVEL = re.compile(
    # the subject points back at the mover: "It", "They" ("A third bidder previously
    # offered £1.7bn" is another party's)
    r"(?:(?:however|but|and)\s*,?\s*)?(?:it|they|he|she)\s+(?:had\s+)?"
    r"(?:previously|originally|initially|earlier)\s+"
    r"(?P<verb>offered|bid|forecast|predicted|expected|estimated|projected|valued|priced|"
    r"proposed|set|targeted|sought|stood\s+at|was|were)"
    r"(?:\s+(?:at|of))?(?:\s+(?:a|an|the|just|only))?"
)


_THEN_ELSE = re.compile(r"\b(?:before|then|until|when|after|since|later)\b", re.IGNORECASE)
_EARLIER_WORD = re.compile(r"previously|originally|initially|earlier", re.IGNORECASE)
#: Verbs of a guess or a goal: the earlier level of a forecast or a target moved.
_GUESSED = frozenset({"forecast", "predicted", "expected", "estimated", "projected", "targeted"})


def earlier_level_back(
    sentence: Sentence, previous: Sequence[Figure], previous_start: int
) -> Relation | None:
    """ "The Germans may raise their bid to £1.5bn. They previously offered £1.3bn": the
    one level of the kind the sentence before moved something to, against the level
    this sentence says it stood at before."""
    items = sentence.items
    if not items or not _EARLIER_WORD.search(sentence.text, sentence.start, items[0].start):
        return None  # (most sentences hold none of the words: the lead is dear to build)
    said = fits(_EARLIER_LEVEL, sentence.lead(0), 100)
    if said is None:
        return None
    start = items[0]
    if not _level(start) or start.hedge in _COMPARATIVE_HEDGES:
        return None
    if len(sentence.figures) > 1 or _THEN_ELSE.search(sentence.text, start.span[1], sentence.end):
        # "It initially offered £1.6bn before cutting it to £1.3bn", "It had previously
        # stood at 11.1% in October 2022", "when the company floated in 2021": a level
        # of another time than just before the move
        return None
    same = [f for f in previous if _level(f) and as_levels(f, start) is not None]
    if len(same) != 1 or same[0].hedge in _COMPARATIVE_HEDGES:
        return None
    end = same[0]
    lead = " ".join(sentence.text[previous_start : end.start].lower().split())
    verb = direction_before(lead)
    if verb is None or verb[1] != "to":
        return None
    if _GOAL.search(lead) and said.group("verb") not in _GUESSED:
        return None  # "The target was cut to 2%. Inflation had previously stood at 2.5%"
    if said.group("verb") in _GUESSED and not _GUESS_MOVED.search(lead):
        # "expects unemployment to rise to 4.6%. It previously predicted 4.9%": the
        # outcome moves from today's level; only a forecast moved starts from the guess
        return None
    pair = as_levels(start, end)
    assert pair is not None
    return _direction(sentence, "A. It previously stood at B", pair, verb[0])


#: "That was a fall of 15%", "This represents an increase of 6%": the change of the move
#: the sentence before told.
_THAT_CHANGE = re.compile(
    r"(?:that|this|it)\s+(?:was|is|represents|represented|marks|marked|means|meant)\s+"
    r"(?:a|an)\s+(?:(?:overall|total)\s+)?(?:fall|drop|decline|decrease|cut|reduction|rise|"
    r"increase|jump|gain)\s+of"
)
#: Before the start of a move: "from", "down from", "up from", "compared with".
_START_BEFORE = re.compile(r"\b(?:from|compared\s+(?:with|to))\s+(?:the\s+|a\s+)?$", re.IGNORECASE)


def change_back(sentence: Sentence, previous: Sequence[Figure]) -> Relation | None:
    """ "Calls fell to 31,400, down from 36,900 in 2023. That was a fall of 15%": the
    percent change of the one move between two levels the sentence before told."""
    items = sentence.items
    if not items or items[0].start - sentence.start > 40:
        return None
    if " of" not in sentence.text[sentence.start : items[0].start]:
        return None  # (the cheap test before the lead is built)
    if fits(_THAT_CHANGE, sentence.lead(0), 40) is None:
        return None
    change = items[0]
    if unit_key(change) != "percent" or change.trend is None:
        return None
    levels = [f for f in previous if _level(f) and unit_key(f) != "percent"]
    if len(levels) != 2 or as_levels(*levels) is None:
        return None
    text = sentence.text
    starts = [f for f in levels if _START_BEFORE.search(text, max(0, f.start - 20), f.start)]
    if len(starts) != 1:
        return None  # which level the move started from is unsure
    start = starts[0]
    end = levels[0] if levels[1] is start else levels[1]
    return change_relation(sentence, "A to B. That was a C change", change, start, end)


#: "That compared with £567m a year earlier": the level the move told just before started
#: from.
_THAT_COMPARED = re.compile(
    r"(?:that|this|it|the\s+(?:figure|total|number|level|amount|sum))\s+"
    r"(?:compared|compares|is\s+compared|was\s+compared)\s+(?:with|to)"
)
#: Right before the level a move went to: "to", "to a record", "to a new high of".
_MOVED_TO = re.compile(r"\bto\s+(?:(?:a|an)\s+)?(?:(?:new|record|all-time)\s+)*(?:high\s+of\s+)?$")


#: After a level compared with: a year before, then at most who said so.
_A_YEAR_BEFORE = re.compile(
    r"\s+(?:a|one|the)\s+year\s+(?:earlier|before)(?:\s*,\s*[^,.;]{1,40}\s+said)?\s*[.!]?\s*"
)
#: Around a move told for a year: "last year", "in the year", "year on year".
_A_YEARS_MOVE = re.compile(r"\b(?:last\s+year|in\s+the\s+year|year[- ]on[- ]year)\b")
#: Words of a move on another basis than the plain levels.
_ANOTHER_BASIS_WORDS = re.compile(
    r"\b(?:constant|organic\w*|underlying|like-for-like|real\s+terms|since|excluding|"
    r"adjusted|volumes?)\b",
    re.IGNORECASE,
)


def compared_start_back(sentence: Sentence, previous: Sequence[Figure]) -> Relation | None:
    """ "Exports rose 9% last year to £618m. The total compared with £567m a year earlier": the
    level the one move of the sentence before started from, told as what the level it
    went to compares with at an earlier time (``percent_change``)."""
    items = sentence.items
    if len(items) != 1 or items[0].start - sentence.start > 40:
        return None
    text = sentence.text
    if "compar" not in text[sentence.start : items[0].start].lower():
        return None  # (the cheap test before the lead is built)
    if fits(_THAT_COMPARED, sentence.lead(0), 40) is None:
        return None
    start = items[0]
    if not _level(start) or start.hedge in _COMPARATIVE_HEDGES:
        return None
    if not _A_YEAR_BEFORE.fullmatch(text, start.span[1], sentence.end):
        # "a year earlier" and nothing else: "in 2019", "before tax", "previously
        # forecast", "before Brexit" are other levels than the move's start (review 34)
        return None
    changes = [f for f in previous if f.trend is not None and not f.parts]
    levels = [f for f in previous if _level(f) and as_levels(f, start) is not None]
    if len(changes) != 1 or unit_key(changes[0]) != "percent" or len(levels) != 1:
        return None
    end = levels[0]
    if not _MOVED_TO.search(text, max(0, end.start - 30), end.start):
        return None  # "rose 9% … to £618m": the level the move went to
    told = text[max(0, changes[0].start - 80) : end.span[1] + 40]
    if not _A_YEARS_MOVE.search(told) or _ANOTHER_BASIS_WORDS.search(told):
        # a year's move, plainly told: not "in March", "since 2010", "at constant
        # exchange rates", "organically", "in real terms"
        return None
    return change_relation(sentence, "C to B. That compared with A", changes[0], start, end)


#: "The figure of 5.216 million …": the sentence names again a figure stated before it.
_FIGURE_OF = re.compile(
    r"(?:the|this|that)\s+(?:(?:new|latest|official|revised|final|actual)\s+)?"
    r"(?:figure|total|tally|number|count)\s+of"
    # "Thailand intends to spend a similar sum - around 30bn baht": the same amount again
    r"|(?:.*\s)?(?:a|the)\s+(?:similar|comparable|same)\s+(?:sum|amount|figure|number|total)"
    r"(?:\s*[-–—,(:]|\s+of)"
)


#: Right after "the figure of B": its verb, nothing that says what else B counts.
_THEN_VERB = re.compile(
    r"(?:\s+[a-z]+)?(?:\s*,[^,]{0,60},)?\s+(?:was|is|were|are|has|have|had|marks|marked|represents|"
    r"represented|compares|compared|means|meant|makes|made)\b"
)
_ADJUSTED = re.compile(r"\b(?:adjusted|seasonally|excluding|including|revised)\b")
#: Words that make "the figure of B" another source's count, not the one before.
_SOURCED = re.compile(
    r"\b(?:official|given\s+by|according\s+to|excludes?|includes?|estimates?|estimated|"
    r"far\s+(?:lower|higher)|lower|higher|than|compared|unions?|police|organisers)\b",
    re.IGNORECASE,
)
_FIGURE_WORDS = re.compile(r"figure|total|tally|number|count|sum|amount")  # lower case


def _similar_to(figure: Figure) -> Figure:
    """An amount "similar" to ``figure``: a quarter either side of its value."""
    assert figure.value is not None
    quarter = abs(figure.value) / 4
    return attrs.evolve(
        figure,
        text=f"similar to {figure.text}",
        low=figure.low - quarter if figure.low is not None else None,
        high=figure.high + quarter if figure.high is not None else None,
        hedge=Hedge.ABOUT,
    )


def restated_back(
    sentence: Sentence, previous: Sequence[Figure], previous_span: tuple[int, int] = (0, 0)
) -> Relation | None:
    """ "More than 5.2 million were out of work. The figure of 5.216 million …": the
    figure names the one figure of its kind the sentence before stated, and must
    agree with it (a hedge before gives a bound the exact figure must meet). So does
    "a similar sum - around 30bn baht"."""
    items = sentence.items
    if not items or not _FIGURE_WORDS.search(sentence.text, sentence.start, items[0].start):
        return None  # leads are dear to build: look for the noun in the raw text first
    if fits(_FIGURE_OF, sentence.lead(0), 120) is None:
        return None
    similar = any(w in sentence.lead(0) for w in ("similar", "comparable"))
    if not similar and not _THEN_VERB.match(sentence.text, items[0].span[1]):
        return None  # "The figure of 100,000 in Glasgow …": a figure of something else
    if _ADJUSTED.search(sentence.text, items[0].span[1], sentence.end):
        return None  # "The figure of 5.04 million, adjusted for the season, …"
    if _SOURCED.search(sentence.text, sentence.start, sentence.end):
        return None  # "the official figure", "given by the government": another count
    figure = items[0]
    if figure.trend is not None or figure.parts:
        return None
    # an amount lost or gained is still the amount ("may lose 30bn baht … a similar sum")
    amounts = [attrs.evolve(f, trend=None) if unit_key(f) != "percent" else f for f in previous]
    same = [f for f in amounts if f.trend is None and not f.parts and as_levels(f, figure)]
    if len(same) != 1:
        return None
    text = sentence.text
    before = previous_span if previous_span[1] else None
    if other_period(
        periods(text, same[0], before), periods(text, figure, (sentence.start, sentence.end))
    ):
        return None  # "The 2003 figure was £20m. The figure of £30m for 2004 …"
    if similar:
        same = [_similar_to(same[0])]  # "a similar sum" is near the amount, not it
    pair = as_levels(same[0], figure)
    assert pair is not None
    pattern = "A. A similar sum, B" if similar else "A. The figure of B"
    return make_relation(sentence, "compatible", pattern, {"a": pair[1], "b": pair[0]})


_PLURAL_POINTER = re.compile(r"\b(?:them|these|those)\b")
#: "Just £8,170 of this was cash": a part of a figure stated before.
_OF_THIS = re.compile(
    r"\s+of\s+(?:this|that|it|the\s+total|the\s+sum|the\s+amount"
    # a plural pointer names the things counted before: "14,000 of those cases"
    r"|them|these|those|(?:these|those)\s+(?!(?:who|which|that|with|in|at|on|for|from)\b)"
    r"[a-z]+(?<!ed)(?<!ing))"
    # the pointing word ends there: not "of this year's budget", "of the total budget"
    r"(?=\s*(?:[,.;:)]|was\b|were\b|is\b|are\b|came\b|went\b|had\b|has\b|will\b|would\b))"
)


def part_back(
    sentence: Sentence, previous: Sequence[Figure], earlier: Sequence[Figure] = ()
) -> Relation | None:
    """ "The party took in £63,081. Just £8,170 of this was cash": the part is at
    most the one figure of its kind the sentence before stated.

    ``earlier`` holds the figures of the sentence before that one: "of them" may
    mean a group told there ("Police held 40 suspects. They found 12 cars. 30 of
    them were freed"), so a plural pointer reads nothing when it has one too.
    """
    items, text = sentence.items, sentence.text
    pointer = _OF_THIS.match(text, items[0].span[1]) if items else None
    if pointer is None:
        return None
    part = items[0]
    if part.trend is not None or part.parts:
        return None
    plural = _PLURAL_POINTER.search(pointer.group()) is not None
    if plural and any(f.trend is None and as_levels(f, part) for f in earlier):
        return None
    measure = measure_of(sentence.text, max(0, part.start - 200), part)
    if measure is not None and measure[0] in ("profit", "loss"):
        return None  # "£260m of this came from Britain, with losses in Germany"
    same = [
        f
        for f in previous
        if f.trend is None
        and not f.parts
        and not is_fraction_word(f)  # "more than half of all households. 13 million of these"
        and as_levels(f, part)
    ]
    if len(same) != 1:
        return None
    if _OF_THIS.match(text, same[0].span[1]):
        return None  # "20,000 marched. 150 of them were held. 5,000 of them …": a part's part
    if rate_of(same[0], text) != rate_of(part, text):
        return None  # "makes 500 cars a day. 100,000 of them were exported last year"
    if "the " in pointer.group() and (part.value or 0) > (same[0].value or 0):
        # "$20m … The fund accounts for $1.18bn of the total": "the total" may be one the
        # article never stated; "of this", "of them" point at the figure before
        return None
    pair = as_levels(part, same[0])
    assert pair is not None
    return make_relation(
        sentence, "sum_at_most", "A. B of this", {"parts": (pair[0],), "total": pair[1]}
    )


#: "Of those, 12,790 …": the sentence opens with the whole the sentence before stated.
_OF_THOSE = re.compile(
    r"(?:(?:and|but|so)\s+)?of\s+(?:those|these|them|this|that|the\s+total|this\s+total|"
    r"that\s+total|this\s+figure|that\s+figure"
    # "Of those objections,": the things of the figure before, named again
    r"|(?:those|these)\s+[a-z-]+s)"
)
#: Before a count of the ones left out: "all but 28", "except 12".
_ALL_BUT = re.compile(r"\b(?:all\s+but|except|bar|other\s+than|apart\s+from)\s+$", re.I)
#: "Of those objections,": the things named after "those".
_THOSE_NOUN = re.compile(r"\b[Oo]f\s+(?:those|these)\s+([a-z-]+s)\b")
#: Before the last listed part: the rest of the whole, so the parts make all of it ("287
#: came from residents and the remaining 35 from businesses").
_ALL_THE_REST = re.compile(
    r"\b(?:the\s+remaining|the\s+other|the\s+rest(?:\s*,)?|all\s+the\s+others?)\s*$"
)


def of_those_back(sentence: Sentence, previous: Sequence[Figure]) -> Relation | None:
    """ "Applications rose to 14,210. Of those, 12,790, or 90.0%, were accepted": the
    part of the one figure of its kind the sentence before stated (with its share,
    when one follows after "or"), no more than that whole."""
    items = sentence.items
    if not items or items[0].start - sentence.start > 40:
        return None  # "Of those, " opens the sentence: a short lead or none
    if "of th" not in sentence.text[sentence.start : items[0].start].lower():
        return None  # (the cheap test before the lead is built)
    if fits(_OF_THOSE, sentence.lead(0), 30) is None:
        return None
    part = items[0]
    if not _level(part) or part.hedge in (Hedge.MORE_THAN, Hedge.AT_LEAST):
        return None
    if unit_key(part) == "percent":
        return None  # "58% backed the plan. Of those, 70% said …": a share of the share
    wholes = [
        f
        for f in previous
        if _level(f)
        and not is_fraction_word(f)
        and as_levels(f, part) is not None
        # "All but 28 were objections": the ones left out, not the whole (review 36)
        and not _ALL_BUT.search(sentence.text, max(0, f.start - 12), f.start)
    ]
    if len(wholes) != 1 or rate_of(wholes[0], sentence.text) != rate_of(part, sentence.text):
        return None  # "makes 500 cars a day. Of those, 100,000 were exported last year"
    whole = wholes[0]
    named = _THOSE_NOUN.search(sentence.text, sentence.start, part.start)
    if (
        named is not None
        and named.group(1).rstrip("s")
        not in sentence.text[whole.span[1] : whole.span[1] + 40].lower()
    ):
        return None  # "312 residents and businesses. Of those objections, …": other things
    if _OF_THIS.match(sentence.text, whole.span[1]):
        return None  # "20,000 marched, 150 of them held. Of those, 40 were charged": a part's
    pair = as_levels(part, whole)
    assert pair is not None
    share = items[1] if len(items) > 1 else None
    if share is not None and is_share(share) and fits(_OR, sentence.gap(1), 20):
        roles = {"part": pair[0], "whole": pair[1], "share": share}
        return make_relation(sentence, "share", "N. Of those, K, or C", roles)
    # "Of these, 200 will go in Leeds, 400 in York and 300 in Hull": every listed part
    chain = part_chain(sentence, 0, part)
    listed = [items[k] for k in chain] if chain and len(chain) > 1 else [part]
    if chain and len(listed) > 1 and not re.search(r"\band\b", sentence.gap(chain[-1])):
        listed = [part]
    joined = as_levels(*listed, whole)
    if joined is None or (len(listed) > 1 and may_overlap(sentence, listed)):
        joined = pair
    if len(joined) == 2 and (part.value or 0) > (whole.value or 0):
        return None  # "raided 12 addresses … Of those, 27 were charged": people never counted
    rule = "sum_at_most"
    if len(joined) > 2 and _ALL_THE_REST.search(
        sentence.text, max(sentence.start, listed[-1].start - 20), listed[-1].start
    ):
        rule = "sum_equals"  # "… and the remaining 35": the parts are all of the whole
    return make_relation(
        sentence, rule, "N. Of those, K", {"parts": joined[:-1], "total": joined[-1]}
    )


#: "This is nearly half of the £11.7m …": a share whose part is a figure stated before.
_THIS_IS = re.compile(
    r"(?:this|that|it|the\s+figure|the\s+sum|the\s+amount)\s+(?:is|was|represents|represented|"
    r"makes\s+up|made\s+up|accounts\s+for|accounted\s+for)"
)
_OF_WHOLE = re.compile(r"\s*of\s+(?:the|a|an|its|their|all)?\s*$")


def share_back(sentence: Sentence, previous: Sequence[Figure]) -> Relation | None:
    """ "Labour received more than £5m. This is nearly half of the £11,724,929 received
    by all parties": the share joins the one amount of its kind the sentence before
    stated (the part) to the whole this sentence names."""
    items = sentence.items
    if len(items) < 2 or not (is_share(items[0]) or is_fraction_word(items[0])):
        return None
    if fits(_THIS_IS, sentence.lead(0), 60) is None:
        return None
    share, whole = items[0], items[1]
    if not _OF_WHOLE.match(sentence.gap(1)) or not _level(whole) or unit_key(whole) == "percent":
        return None
    # the part may be hedged ("more than £5m"): the share rule reads it as an interval
    same = [f for f in previous if _level(f) and same_kind(f, whole) is not None]
    if len(same) != 1:
        return None
    pair = same_kind(same[0], whole)
    assert pair is not None
    roles = {"part": pair[0], "whole": pair[1], "share": share}
    return make_relation(sentence, "share", "A. This is C of B", roles)


#: After a share of a whole named before: "10.3 million, 12.1% of the total".
_OF_THE_TOTAL = re.compile(
    r"\s+of\s+(?:the|its|their|this|that)\s+(?:total|whole|figure|number)\b"
    # the total and nothing more: "of the total for Britain", "of the total global
    # market", "of the total spending" are other wholes
    r"(?=\s*(?:[,.;:)—–-]|$|(?:and|but|while|with|whereas)\b))"
)
#: Around a level of another time than now: "up from 298 million a year earlier".
_EARLIER_WHOLE = re.compile(r"\bfrom\s+(?:the\s+|a\s+|an\s+)?$")
_EARLIER_AFTER = re.compile(
    r"\s+(?:(?:recorded|seen|reported|reached|set)\s+)?"
    r"(?:(?:a|one|the)\s+year\s+(?:earlier|ago|before)|earlier|previously|before|"
    r"last\s+year|in\s+the\s+same\s+(?:period|quarter|month)|(?:in|during)\s+(?:19|20)\d\d)\b"
)
#: Before a level another figure is compared with: "about 5% below the 1.73 billion".
_COMPARED_BEFORE = re.compile(
    r"\b(?:below|above|than|compared\s+(?:with|to)|against|short\s+of|ahead\s+of)\s+(?:the\s+)?$"
)
#: Before a difference between two wholes, which is no whole itself.
_MARGIN_WORDS = re.compile(
    r"\b(?:majority|lead|margin|gap|deficit|surplus|shortfall|difference)\b[^.;]*$",
    re.IGNORECASE,
)
#: "The list peaked at 7.77 million": a past extreme, not the whole of the figures now.
_PEAK = re.compile(r"\bpeak(?:ed|s)?\b", re.IGNORECASE)


def total_shares_back(sentence: Sentence, previous: Sequence[Figure]) -> list[Relation]:
    """ "Spain received 85.2 million tourists. French visitors numbered 10.3 million,
    12.1% of the total": the share joins its part here to the one whole of its kind
    the sentence before stated."""
    items, text = sentence.items, sentence.text
    found: list[Relation] = []
    if NEW_FRAME.match(text, sentence.start):
        return found  # "In London, visits … numbered 2.3 million, 20% of the total": London's
    for k in range(1, len(items)):
        part, share = items[k - 1], items[k]
        if not is_share(share) or not _OF_THE_TOTAL.match(text, share.span[1]):
            continue
        between = sentence.gap(k)
        if (
            (between and not fits(_OR, between, 20))
            or not _level(part)
            or unit_key(part) == "percent"
        ):
            continue
        if any(
            same_kind(f, part) is not None and (f.value or 0) > (part.value or 0)
            for f in items[: k - 1]
            if _level(f)
        ):
            continue  # a bigger figure of the kind before it here: "of the total" may mean it
        wholes = [f for f in previous if _level(f) and same_kind(f, part) is not None]
        if len(wholes) != 1:
            continue
        here = periods(text, part, (sentence.start, sentence.end))
        whole = wholes[0]
        if (
            _EARLIER_WHOLE.search(text, max(0, whole.start - 12), whole.start)
            or _EARLIER_AFTER.match(text, whole.span[1])
            or _COMPARED_BEFORE.search(text, max(0, whole.start - 25), whole.start)
        ):
            continue  # "That was up from 298 million a year earlier": last year's total
        if text[whole.span[1] : whole.span[1] + 1] == "-" or (
            whole.value is not None and part.value is not None and part.value > whole.value
        ):
            continue  # "a 200,000-crown mortgage": a word's amount; a part above it, no whole
        # the whole's own sentence: it ends where this one starts
        opening = max(text.rfind(". ", 0, whole.start), text.rfind("\n", 0, whole.start)) + 1
        if _PEAK.search(text, opening, whole.start):
            continue  # "The list peaked at 7.77 million … 3.06 million, 41.2% of the total"
        if _MARGIN_WORDS.search(text, max(opening, whole.start - 40), whole.start):
            continue  # "overturned a majority of 18,540": a margin, not the votes cast
        if here and other_period(periods(text, whole, (opening, sentence.start)), here):
            continue  # "sold 2 million cars in 2003. In 2004 Ford sold 300,000, 15% of the total"
        pair = same_kind(part, wholes[0])
        assert pair is not None
        roles = {"part": pair[0], "whole": pair[1], "share": share}
        found.append(make_relation(sentence, "share", "A. K, C of the total", roles))
    return found


#: "… is double that figure": a ratio word whose base is a figure stated before.
_THAT_FIGURE = re.compile(
    r"\s+(?:that|this|the\s+(?:previous|earlier|former))"
    r"(?:\s+(?:figure|level|amount|number|rate|total|sum))?\b(?!\s+of\b)"
)


#: Before a ratio word used as a verb of what is to come: "plans to double", "will treble".
_GOAL_VERB = re.compile(r"\b(?:to|will|would|could|may|might|should|shall)\s+$", re.IGNORECASE)


def _few(figure: Figure) -> bool:
    """A small exact count: how many things, not an amount a ratio compares."""
    return exact_count(figure) and figure.value is not None and figure.value <= 12


def multiple_back(sentence: Sentence, previous: Sequence[Figure]) -> Relation | None:
    """ "Debt is typically about 40% of GDP. At about 80% of GDP, Turkey's debt is
    double that figure": the ratio word joins the sentence's one level to the one
    level of its kind the sentence before stated."""
    factors = [f for f in sentence.items if f.kind is Kind.MULTIPLE]
    if len(factors) != 1 or not _THAT_FIGURE.match(sentence.text, factors[0].span[1]):
        return None
    if NEW_FRAME.match(sentence.text, sentence.start):
        return None  # "In Italy, where growth is 1%, debt is double that figure"
    if _GOAL_VERB.search(
        sentence.text, max(sentence.start, factors[0].start - 12), factors[0].start
    ):
        return None  # "employs 350, and the group plans to double that figure": a goal
    levels = [f for f in sentence.items if f is not factors[0] and _level(f)]
    if len(levels) != 1 or levels[0].start > factors[0].start:
        return None  # "more than four times the previous record of £20.3m": its own base
    same = [f for f in previous if _level(f) and as_levels(f, levels[0]) is not None]
    if len(same) != 1 or any(_few(f) for f in (same[0], levels[0])):
        return None  # "one vehicle … running 10 vehicles, it's 10 times that": things counted
    here = measure_of(sentence.text, sentence.start, levels[0])
    there = measure_of(sentence.text, max(0, same[0].start - 90), same[0])
    if here is not None and there is not None and here[0] != there[0]:
        return None  # "where growth is 1%, debt is double that figure": two measures
    pair = as_levels(same[0], levels[0])
    assert pair is not None
    roles = {"factor": factors[0], "from": pair[0], "to": pair[1]}
    return make_relation(sentence, "multiple", "A. B is double that figure", roles)


#: "However, this has now been reduced to …": the subject is the level the sentence
#: before stated.
_ANAPHOR_SUBJECT = re.compile(
    r"(?:(?:however|but|and|since\s+then),?\s+)?(?:this|that|it|the\s+figure)\s+(?!of\b)"
)


#: "However, this has now been reduced to", "it fell back to": the pointed-at level
#: itself moves (no object of the verb between).
_ANAPHOR_MOVES = re.compile(
    r"(?:(?:however|but|and|since\s+then),?\s+)?(?:this|that|it|the\s+figure)"
    r"(?:\s+(?:has|have|had|now|since|also|been|was|is|will|would|could|then|later|was))*"
    r"\s+[a-z]+(?:\s+(?:back|further|again|sharply|slightly))?\s+to"
)


#: A measure noun, then one or two more words before "to": "cut the deficit reduction
#: fund to $5m" moves the fund, which the measure noun only names a kind of.
_HEAD_AFTER = re.compile(r"\b([a-z]+)((?:\s+[a-z]+){1,2})\s+to$")


def _other_head(lead: str) -> bool:
    """Whether the object moved "to" a level has a head noun after the measure noun."""
    match = _HEAD_AFTER.search(lead)
    if match is None or match.group(1) not in MEASURES:
        return False
    return all(
        w not in MEASURES and not w.endswith("ly") and direction_before(f"{w} to") is None
        for w in match.group(2).split()
    )


_A_YEAR = re.compile(r"\b(?:19|20)\d\d(?:-\d\d)?$")
#: After an amount: what it is measured against, so it is a gap, not a level ("6C below
#: the March average", "5C colder than usual", "4C cooler than Monday").
_RELATIVE_AFTER = re.compile(
    r"\s+(?:below|above|(?:higher|lower|colder|warmer|hotter|cooler|more|less|bigger|"
    r"smaller)\s+than|short\s+of|ahead\s+of|behind)\b"
)


def moved_back(
    sentence: Sentence, previous: Sequence[Figure], previous_start: int = 0
) -> Relation | None:
    """ "Its debt soared to 72bn euros by 2002. However, this has now been reduced to
    43.9bn euros": a move whose start is the one level of its kind the sentence
    before stated.

    The subject may be named instead of pointed at ("The shortfall will rise to
    $427bn. … reducing the deficit to $230bn"): then both levels must be about
    one measure, read before each (``previous_start`` is where the sentence
    before begins).
    """
    items = sentence.items
    if not items or " to " not in sentence.text[sentence.start : items[0].span[1]]:
        return None  # no "… to B" before the first figure (and leads are dear to build)
    lead = sentence.lead(0)
    end = items[0]
    if end.hedge in (Hedge.LESS_THAN, Hedge.MORE_THAN):
        # "expected to drop below 2%": the bound is where the move ends, a level (the
        # reader took "drop" for the figure's own direction)
        lead += " to"
        end = attrs.evolve(end, trend=None)
    verb = direction_before(lead)
    if verb is None or verb[1] != "to":
        return None
    if _GOAL.search(lead):
        return None  # "Inflation stood at 1.3%. The inflation target was cut to 2%"
    if _A_GAP.search(lead):
        return None  # "a price of $90. The gap between Brent and WTI narrowed to $3.28"
    same = [f for f in previous if f.trend is None and as_levels(f, end) is not None]
    if len(same) != 1:
        return None
    if _RELATIVE_AFTER.match(sentence.text, same[0].span[1]):
        return None  # "was 4C below average at dawn. It rose to 2C": a gap, no level
    if _ANAPHOR_SUBJECT.match(lead):
        # "It has also cut its net debt to £300m" after a profit, "This has cut tax
        # receipts to £400bn": a verb with an object moves the object, not "this"
        if not _ANAPHOR_MOVES.fullmatch(lead):
            return None
    else:
        if NEW_FRAME.match(sentence.text, sentence.start):
            return None  # "In London, … the price fell to $39.20": another market's price
        text = sentence.text
        measure = measure_of(text, sentence.start, end)
        before = measure_of(text, previous_start, same[0])
        if before is not None:
            # "Pre-tax profits rose …" is not "operating profits"; "US unemployment" not
            # "German unemployment"; "sales at Tesco" not "sales at Asda"
            if measure != before or not same_modifier(
                modifier(text, sentence.start, end), modifier(text, previous_start, same[0])
            ):
                return None
        elif MOVED_TO.search(text, max(0, same[0].start - 40), same[0].start):
            before = measure  # "light crude ended down $1.33 to $42.12": the level of a move
        if measure is None or before is None or _other_head(lead):
            return None
        if wider(text, end, (sentence.start, sentence.end)) != wider(
            text, same[0], (previous_start, sentence.start)
        ):
            return None  # "fell to 3% in Oxford. … cut unemployment nationally to 5%"
        told = qualifier_after(text, end)
        if told not in (None, qualifier_after(text, same[0])) and not _A_YEAR.search(told or ""):
            # "Sales rose to £300m in Germany": a part, not the next move (a year it is
            # expected by, "later in 2005", is the move's own time)
            return None
        if any(f.start > end.start and as_levels(f, end) for f in items):
            return None  # "to B from A" in its own sentence: its own shapes read it
    if _ALSO.search(lead) or _against(sentence.text, end) != _against(sentence.text, same[0]):
        # "fell to $1.3666 against the euro. It also slipped to 1.94 against the pound":
        # another rate moved too
        return None
    pair = as_levels(same[0], end)
    assert pair is not None
    named = not _ANAPHOR_SUBJECT.match(lead)
    pattern = "A. The measure was cut to B" if named else "A. This has been cut to B"
    return _direction(sentence, pattern, pair, verb[0])


#: A goal or a bound set for a measure, not the measure: "the inflation target".
_GOAL = re.compile(
    r"\b(?:target|targets|goal|goals|ceiling|cap|limit|threshold|guidance|forecast|forecasts)\b",
    re.IGNORECASE,
)
#: A difference between two things as what moved: no level of either.
_A_GAP = re.compile(r"\b(?:gap|spread|difference|margin|discount|premium)\b", re.IGNORECASE)
#: "also" before a move: another quantity moved as well.
_ALSO = re.compile(r"\balso\b")
#: What a rate is against: "$1.3666 against the euro".
_RATE_AGAINST = re.compile(r"\s+(?:against|versus|to)\s+the\s+([a-z]+)")


def _against(text: str, figure: Figure) -> str | None:
    """The currency or index a rate is told against, if the words after it say."""
    match = _RATE_AGAINST.match(text, figure.span[1])
    return None if match is None else match.group(1)


def _as_level(figure: Figure) -> Figure:
    """A rate of change as the level a comparison is about ("grew 3.7%" → 3.7%)."""
    if figure.trend is not None and unit_key(figure) == "percent":
        return attrs.evolve(figure, trend=None)
    return figure


#: Comparison words of size alone: a 5% fall is "less than" a 10% fall, but "above" it.
_MAGNITUDES = frozenset(
    {"more than", "less than", "fewer than", "bigger than", "larger than", "greater than"}
    | {"smaller than"}
)
#: A fall named after its size: "the 10% drop", "2003's 1.5% contraction".
_FALL_AFTER = re.compile(
    r"\s*(?:[a-z'’-]+\s+)?(?:drop|drops|fall|falls|slump|slide|decline|contraction|plunge|dip|"
    r"slowdown|loss|losses)\b",
    re.IGNORECASE,
)


def _opposed(x: Figure, y: Figure) -> bool:
    return x.trend is not None and y.trend is not None and x.trend is not y.trend


def _restatements(sentence: Sentence) -> Iterator[Relation]:
    """ "More than half (54%)": a bracket restating a share must agree with it."""
    for figure, restatement in sentence.restated:
        if not (is_share(figure) and is_share(restatement)):
            continue
        if not is_fraction_word(figure) and figure.hedge in (Hedge.EXACT, Hedge.ROUNDED):
            # "Labour on 31% (33%)": a printed percent needs no restating by another, so
            # the bracket is another time's or another base's share (review 32)
            continue
        if figure.hedge in _LOOSE and is_fraction_word(figure):
            # "almost a quarter (21%)": a loose word, not a claim to the digit, yet not
            # a word for anything: "nearly" is up to a quarter short, "about" either way
            figure = _loosely(figure)
        elif figure.hedge is Hedge.EXACT and is_fraction_word(figure):
            figure = _about(figure)  # "a quarter (24%)" is common usage for 22.5–27.5%
        yield make_relation(sentence, "compatible", "A (B)", {"a": restatement, "b": figure})


_LOOSE = frozenset({Hedge.NEARLY, Hedge.ABOUT})


#: How far a loose fraction word may be from its value: "almost a quarter (21%)".
_LOOSE_SPREAD = Fraction(1, 4)


def _loosely(figure: Figure) -> Figure:
    """A fraction word after "nearly"/"about" read as usage does: within a quarter of its
    value, below it for "nearly" ("nearly half (41%)"), on either side for "about"."""
    assert figure.value is not None
    spread = figure.value * _LOOSE_SPREAD
    high = figure.value if figure.hedge is Hedge.NEARLY else figure.value + spread
    return attrs.evolve(figure, low=figure.value - spread, high=high)


def _about(figure: Figure) -> Figure:
    """A fraction in words read with the ``about`` tolerance (10% of its value)."""
    assert figure.value is not None
    spread = figure.value * DEFAULT_TOLERANCE
    return attrs.evolve(
        figure, low=figure.value - spread, high=figure.value + spread, hedge=Hedge.ABOUT
    )


# ---------------------------------------------------------------- differences
#: A majority over every other party, or another one than the two figures':
#: "a Commons majority", "seats", "overturning a majority", "when its majority was".
_OTHER_BASIS = re.compile(r"\b(?:but|however|although|whereas|basis|measure|definition)\b")
#: A lead told of another poll, group, place, time or pair than the two shares named.
_LEAD_ELSEWHERE = re.compile(
    r"\b(?:while|whereas|but|among|previous|last|now|this\s+time|over\s+(?:the\s+)?[A-Z]\w*|"
    r"in\s+(?:19|20)\d\d|poll\b[^;]*\bpoll|in\s+[A-Z]\w+)\b|;"
)
_OVERALL = re.compile(
    r"\b(?:seats|Commons|overall|working|overturn\w*|previous|when|"
    # "giving Labour a majority of 66": the party's over all the others ("giving her a
    # majority of 3,420" is the winner's over the runner-up just named)
    r"giving\s+(?!(?:a|an|the|her|him|them|it)\b)\w+|"
    r"normal|among|"
    r"government|while|whereas|goal\s+difference|points\s+margin|over\s+[A-Z])\b"
)


#: After a margin: another time or another body than the two figures' contest.
_MARGIN_ELSEWHERE = re.compile(
    r"\s*,?\s+(?:in\s+(?:19|20)\d\d|at\s+the\s+(?:last|previous)|on\s+the\s+(?:council|board|"
    r"committee|authority)|in\s+the\s+(?:house|chamber|commons|assembly|parliament|council|senate)|"
    r"overall)\b",
    re.IGNORECASE,
)
#: The party a majority or lead is over, named after it.
_OVER_RIVAL = re.compile(r"(?:\s+[a-z]+){0,2}?\s+over\s+(?:the\s+)?([A-Z][\w'’-]*)")


#: Before a figure that sets the scene rather than being a term: "in their five matches".
_ADJUNCT_BEFORE = re.compile(r"\b(?:in|over|across|during)\s+(?:the|their|its|his|her|all)?\s*$")


def _differences(sentence: Sentence) -> Iterator[Relation]:
    """ "£16.9bn but … £21.5bn, a deficit of £4.6bn": the larger is the smaller plus the gap."""
    items, gap = sentence.items, sentence.gap
    for k in range(2, len(items)):
        said = fits(_DIFFERENCE, gap(k))
        if said is None:
            continue
        a, b, c = items[k - 2], items[k - 1], items[k]
        if fits(_CONTRAST, gap(k - 1)) is None:
            continue
        if _ADJUNCT_BEFORE.search(sentence.lead(k - 2)):
            continue  # "scored 151 points in their five matches and conceded 77": a setting
        if _OTHER_BASIS.search(gap(k)):
            continue  # "… on an accounting basis, but on the regulator's basis the deficit was"
        lead = said.group("word") == "lead"
        # ("A won 21,450, while B received 18,230": the contrast itself is no other clause)
        region = b.start if re.search(r"\b(?:while|whereas)\b", gap(k - 1)) else a.start
        if not lead and _OVERALL.search(sentence.text, region, c.span[1]):
            continue  # "356 seats to 198, a Commons majority of 66": over all the others
        if lead and (
            _LEAD_ELSEWHERE.search(sentence.text, a.start, sentence.end)
            or unit_key(a) != "percent"
            or sum(1 for f in items if unit_key(f) == "percent") != 2
        ):
            continue  # "…, while women gave Labour a lead of 15 points": another lead
        if re.search(r"\bfrom\b", gap(k)) or _MARGIN_ELSEWHERE.match(sentence.text, c.span[1]):
            continue  # "down from a majority of 5,000 in 2019", "a majority of 4 on the council"
        rival = _OVER_RIVAL.match(sentence.text, c.span[1])
        if rival and not named_in(rival.group(1), sentence.text[a.start : c.start]):
            continue  # "20,000 to the Tories' 15,000, a majority of 12,000 over the Lib Dems"
        if sum(1 for f in items if unit_key(f) == unit_key(c)) > 3:
            continue  # three candidates' votes: the majority is over the runner-up
        if sentence.text.count("majority", sentence.start, sentence.end) > 1:
            continue  # "a majority of five … since Labour's 1997 majority of 179"
        if unit_key(a) == "percent" == unit_key(b) and "point" in c.text.lower():
            c = attrs.evolve(c, unit=a.unit)  # "47% … and 43%, a lead of 4 points"
        roles = gap_roles(a, b, c)
        if roles is not None:
            yield make_relation(sentence, "sum_equals", "A to B, a difference of C", roles)


def gap_roles(a: Figure, b: Figure, gap: Figure) -> dict[str, RoleValue] | None:
    """The roles of ``sum_equals`` for two figures and the gap between them: the smaller
    and the gap are the parts of the larger (``None`` when they are no levels of one
    kind)."""
    same = as_levels(a, b, gap)
    if same is None:
        return None
    a, b, gap = same
    assert a.value is not None and b.value is not None
    return lead_roles(a, b, gap) if a.value >= b.value else lead_roles(b, a, gap)


def lead_roles(leader: Figure, other: Figure, lead: Figure) -> dict[str, RoleValue] | None:
    """The roles of ``sum_equals`` for a lead: the other's figure and the lead make the
    leader's (a leader below the other is flagged, not read the other way round)."""
    same = as_levels(leader, other, lead)
    if same is None:
        return None
    return {"parts": (same[1], same[2]), "total": same[0]}


#: Between a gap and the level it is measured from: "above the July average for the town
#: of", "below the 2% target", "more than the". (The gap stands right before the word.)
_GAP_FROM = re.compile(
    r"\s+(?P<side>above|below|higher\s+than|lower\s+than|warmer\s+than|colder\s+than|"
    r"cooler\s+than|more\s+than|less\s+than|over|under)\s+(?:the\s+|its\s+|their\s+|a\s+)?"
    r"(?:(?!(?:and|but|while|whereas|or)\b)[A-Za-z'’-]+\s+){0,6}?(?:of\s+|at\s+)?"
)
_GAP_UP = ("above", "higher", "warmer", "more", "over")
#: After a gap written as a bare number: the degrees of a temperature ("nearly 13 degrees").
_DEGREES = re.compile(r"\s+degrees?\b")


def _gaps_from(sentence: Sentence) -> Iterator[Relation]:
    """ "31.4C on Monday, nearly 10 degrees above the July average of 21.7C": a level, the
    gap, and the level the gap is measured from (``point_change``, from the second to
    the first)."""
    items, text = sentence.items, sentence.text
    for i in range(len(items) - 2):
        level, gap, base = items[i], items[i + 1], items[i + 2]
        if any(f.trend is not None or f.parts for f in (level, gap, base)):
            continue
        if not re.fullmatch(r"[^,;:()\d]{0,40},\s*", text[level.span[1] : gap.start]):
            continue  # the gap follows the level's own short clause and a comma
        end = gap.span[1]
        degrees = _DEGREES.match(text, end) if unit_key(gap) == "count" else None
        if degrees is not None:
            if "degree" not in str(level.unit):
                continue
            gap = attrs.evolve(gap, unit=level.unit)  # "nearly 10 degrees" of a temperature
            end = degrees.end()
        said = _GAP_FROM.fullmatch(text, end, base.start)
        if said is None or as_levels(level, base) is None:
            continue
        if unit_key(level) == "percent" and not is_percentage_point(gap.unit):
            continue  # "3.1%, 1.1% above the 2% target": relative or points, unclear
        if unit_key(level) != "percent" and as_levels(level, gap, base) is None:
            continue
        up = said.group("side").split()[0] in _GAP_UP
        # a whole gap is rounded as news rounds it ("10 degrees above" for 9.7)
        moved = attrs.evolve(_rounded_as_printed(gap), trend=Trend.UP if up else Trend.DOWN)
        roles = {"from": base, "to": level, "change": moved}
        yield make_relation(sentence, "point_change", "A, M above B", roles)


#: "470 points, 118 ahead of Vantor, who have 352": a margin over a rival named with
#: the rival's own tally.
_MARGIN_OVER_WHO = re.compile(
    r"(?:[a-z]+\s+)?(?P<side>ahead\s+of|clear\s+of|behind|adrift\s+of|short\s+of)\s+"
    r"(?:[\w'’.&-]+\s+){0,5}?[\w'’.&-]+\s*,\s*who\s+(?:have|has|had|are\s+on|is\s+on|were\s+on|"
    r"was\s+on|finished\s+(?:on|with)|scored|won|took|polled|got|received)"
    r"(?:\s+(?:just|only))?"
)


def _margin_over_rival(sentence: Sentence) -> Iterator[Relation]:
    """ "Leeds have 470 points, 118 ahead of Vantor, who have 352": the leader's tally is
    the rival's plus the margin (a side behind: its own plus the margin is the rival's).
    Tallies of points, votes, goals or money; a time is left alone, as ahead in a race
    is less."""
    items, gap = sentence.items, sentence.gap
    if len(items) < 3 or sentence.text.find(" who ", sentence.start, sentence.end) < 0:
        return  # (the cheap test first: the rival's tally follows "who")
    for i in range(len(items) - 2):
        a, margin, b = items[i], items[i + 1], items[i + 2]
        if fits(_OR_COMMA, gap(i + 1), 10) is None:
            continue
        if _SETTING_BEFORE.search(sentence.lead(i)):
            # "470 points from 30 matches, 118 ahead": the games are no tally, the points
            # right before them are
            if not i or not _TALLY_THEN_SETTING.fullmatch(gap(i)):
                continue
            a = items[i - 1]
        said = fits(_MARGIN_OVER_WHO, sentence.raw_gap(margin.span[1], b.start).strip(), 120)
        if said is None:
            continue
        if _NO_TALLY_AFTER.match(sentence.text, b.span[1]):
            continue  # "who have two games in hand", "who have 17 wins": no tally of points
        if unit_key(a) == "point" and unit_key(margin) == "count":
            a = attrs.evolve(a, unit=margin.unit)  # "470 points" in a table: a tally
        same = as_levels(a, margin, b)
        if same is None or unit_key(same[0]).startswith("measure:"):
            continue
        if _FEWER_WINS.search(sentence.text, sentence.start, sentence.end):
            continue  # "finished on 68, three shots ahead of Morgan, who took 71": golf
        a, margin, b = same
        ahead = said.group("side").startswith(("ahead", "clear"))
        parts, total = ((b, margin), a) if ahead else ((a, margin), b)
        yield make_relation(
            sentence, "sum_equals", "A, M ahead of X, who have B", {"parts": parts, "total": total}
        )


_OR_COMMA = re.compile(r",?")
#: Before a figure that sets the scene, not a tally: "from 30 matches", "after 30 games".
_SETTING_BEFORE = re.compile(r"\b(?:from|after|in|of|over)\s*$")
#: After the rival's number: things other than the tally ("two games in hand", "10
#: games left", "17 wins").
_NO_TALLY_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:games?|matches|match|fixtures?|wins?|defeats?|draws?|losses|"
    r"in\s+hand|left|remaining|to\s+play)\b"
)
#: Between a tally and the games it came from: "64 points from 32 games".
_TALLY_THEN_SETTING = re.compile(r"(?:points?|goals?|votes?|runs?|seats?)?\s*(?:from|after|in)")
#: Games where fewer wins: ahead is less.
_FEWER_WINS = re.compile(r"\b(?:shots?|strokes?|par|seconds|minutes)\b", re.IGNORECASE)


#: After a majority: the runner-up named, then the votes they won ("a majority of 2,735
#: over Reform UK's Darren Walsh, who won 11,947").
_OVER_WHO_WON = re.compile(
    # the runner-up's party may stand first: "over the Conservative, James Fairlie, who"
    r"\s+over\s+(?:the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"(?:\s+(?:candidate|nominee|challenger|incumbent|MP))?\s*,\s*)?"
    r"(?:[\w'’.-]+\s+){0,6}?[A-Z][\w'’-]*\s*,\s*who\s+"
    r"(?:won|took|polled|got|received|secured|had)(?:\s+(?:just|only))?\s*"
)


_VOTES_END = re.compile(r"(?:\s+votes)?\s*(?:[.;,)]|$)")


def _majority_over(sentence: Sentence) -> Iterator[Relation]:
    """ "won 14,322 votes, a majority of 2,735 over Walsh, who won 11,587": the winner's
    votes are the runner-up's plus the majority."""
    items, gap, text = sentence.items, sentence.gap, sentence.text
    if text.count("majority", sentence.start, sentence.end) != 1 or len(items) < 3:
        return
    for k in range(len(items) - 2):
        a, c, b = items[k], items[k + 1], items[k + 2]
        said = fits(_DIFFERENCE, gap(k + 1))
        if said is None or said.group("word") != "majority":
            continue
        if _OVER_WHO_WON.fullmatch(text, c.span[1], b.start) is None:
            continue
        if not _VOTES_END.match(text, b.span[1]):
            continue  # "…, who won 13,000 in 2019": the runner-up's votes of another time
        if sum(1 for f in items if unit_key(f) == unit_key(c)) != 3:
            continue  # another count in the sentence: which votes are whose is unclear
        same = as_levels(a, b, c)
        if same is None:
            continue
        a, b, c = same
        yield make_relation(
            sentence,
            "sum_equals",
            "won A, a majority of C over X, who won B",
            {"parts": (b, c), "total": a},
        )


# ---------------------------------------------------------------- market moves
_ANOTHER_BASIS = re.compile(
    r"\s+(?:after|since|over|compared|against|above|below|on\s+a|in\s+real|in\s+cash|"
    r"excluding|including|adjusted)\b",
    re.IGNORECASE,
)
#: After a move to a level, its percent: ", an increase of 3.7%", ", a 3.7% rise".
_PERCENT_OF_MOVE = re.compile(
    r"[,(—–-]?\s*(?:(?:an?|the)\s+)?(?:increase|rise|jump|gain|fall|drop|decline|decrease|cut|"
    r"reduction)\s+of"
)


def _market_moves(sentence: Sentence) -> Iterator[Relation]:
    """ "Closed up 64 pence, or 6%, at 1130p": the base is the level less the move.

    So is "will rise by £2.3bn to £65.3bn, an increase of 3.7%": the move, the level
    it reached, then its percent.
    """
    items, gap = sentence.items, sentence.gap
    for i in range(len(items) - 2):
        first, second, level = items[i], items[i + 1], items[i + 2]
        if (
            first.trend is not None
            and unit_key(first) != "percent"
            and unit_key(level) == "percent"
            and level.trend in (None, first.trend)
            and fits(_LEVEL_AFTER, gap(i + 1))
            and fits(_PERCENT_OF_MOVE, gap(i + 2), 40)
            and _level(second)
            and second.value is not None
            # "…, a rise of 3.7% in real terms", "… 2% a year", "… 1.1% after inflation",
            # "… 20% since 2019": a percent on another basis
            and not RATE_AFTER.match(sentence.text, level.span[1])
            and not _ANOTHER_BASIS.match(sentence.text, level.span[1])
            and not RATE_AFTER.match(sentence.text, first.span[1])
        ):
            amount = _as_level_unit(first, second)
            if amount is not None:
                yield make_relation(
                    sentence,
                    "market_move",
                    "up M to B, a rise of C",
                    {"move": amount, "change": attrs.evolve(level, trend=None), "to": second},
                    {"trend": first.trend.value},
                )
            continue
        if fits(_OR, gap(i + 1)) is None or fits(_LEVEL_AFTER, gap(i + 2)) is None:
            continue
        if unit_key(first) == "percent" and unit_key(second) != "percent":
            percent, move = first, second
        elif unit_key(second) == "percent" and unit_key(first) != "percent":
            percent, move = second, first
        else:
            continue
        trend = move.trend or percent.trend
        if trend is None:
            verb = direction_before(gap(i) + " to")
            trend = None if verb is None else verb[0]
        if trend is None or not _level(level) or level.value is None:
            continue
        amount = _as_level_unit(move, level)
        if amount is None:
            continue
        yield make_relation(
            sentence,
            "market_move",
            "up M, or C, at B",
            {"move": amount, "change": percent, "to": level},
            {"trend": trend.value},
        )
        start = items[i + 3] if i + 3 < len(items) else None
        if (
            start is not None
            and fits(_AGAINST, gap(i + 3))
            and _level(start)
            # "rose 100 points, or 1%, to 10,100, from 9,800 at the start of the month":
            # the day's move is not the gap to a level of another date
            and not OTHER_BASE_AFTER.match(sentence.text, start.span[1])
        ):
            # "rose 612 points, or 1.2%, to 50,412.87 from 49,200.73": the move is the gap
            levels = as_levels(start, level)
            plain = _as_level_unit(attrs.evolve(amount, trend=trend), level)
            if levels is not None and plain is not None:
                yield make_relation(
                    sentence,
                    "point_change",
                    "up M, or C, to B from A",
                    {
                        "change": attrs.evolve(plain, unit=level.unit),
                        "from": levels[0],
                        "to": levels[1],
                    },
                )


def _as_level_unit(move: Figure, level: Figure) -> Figure | None:
    """The move, when it is in the level's kind of unit (index points count for an index)."""
    if move.parts or move.value is None:
        return None
    plain = attrs.evolve(move, trend=None)
    if unit_key(move) == "point" and unit_key(level) == "count":
        plain = attrs.evolve(plain, unit=level.unit)
    return move if same_kind(plain, level) is not None else None


#: A sentence opening on the day's move of a level told just before: "Its rise of 137.3
#: points, or 1.9%, was …", "The fall of $13.10, or 1.8%, …".
_THE_MOVE_OF = re.compile(
    r"(?:the|its|their|this|that)\s+(?:[a-z]+\s+)?(?P<noun>rise|gain|increase|jump|climb|"
    r"advance|rally|fall|drop|decline|loss|slide|slump|dip)\s+of"
)
_UP_NOUNS = frozenset({"rise", "gain", "increase", "jump", "climb", "advance", "rally"})
#: Right before a level a price or an index ended a day at: "closed at", "ended the day at".
_ENDED_AT = re.compile(
    r"\b(?:closed|ended|finished|settled)(?:\s+(?:the\s+)?(?:day|session|trading))?"
    r"\s+at\s+$"
)


#: After the move's percent: its verb at once, nothing that names another span, asset or
#: measure ("Its rise of 137.3 points, or 1.9%, was the biggest …").
_THEN_ITS_VERB = re.compile(r"\s*,\s*(?:was|is|marked|marks|made|makes)\b")


def move_back(sentence: Sentence, previous: Sequence[Figure]) -> Relation | None:
    """ "The Nikkei ended the day at 10,254.4. Its rise of 137.3 points, or 1.9%, was the
    biggest in three weeks": the move's amount and percent, with the one level the
    sentence before said the price or index closed at (``market_move``)."""
    items = sentence.items
    if len(items) < 2 or not previous or items[0].start - sentence.start > 40:
        return None
    told = fits(_THE_MOVE_OF, sentence.lead(0), 40)
    if told is None or fits(_OR, sentence.gap(1)) is None:
        return None
    move, percent = items[0], items[1]
    if unit_key(percent) != "percent" or unit_key(move) == "percent" or percent.parts:
        return None
    text = sentence.text
    if not _THEN_ITS_VERB.match(text, percent.span[1]):
        # "Its rise of $300, or 20%, since January", "… in silver", "… at the open", "…
        # last year", "… in market value": another span, asset or measure (review 34)
        return None
    # the one level of the move's kind told there, which the price closed at (not two:
    # "Gold closed at $1,288 and silver at $20": whose rise?), and no move of its own
    closes = [f for f in previous if _as_level_unit(move, f) is not None]
    if len(closes) != 1 or any(f.trend is not None for f in previous):
        return None
    close = closes[0]
    if not _level(close) or not _ENDED_AT.search(text, max(0, close.start - 40), close.start):
        return None
    amount = _as_level_unit(move, close)
    assert amount is not None
    trend = Trend.UP if told.group("noun") in _UP_NOUNS else Trend.DOWN
    roles = {"move": amount, "change": attrs.evolve(percent, trend=None), "to": close}
    return make_relation(
        sentence, "market_move", "closed at B. Its rise of M, or C", roles, {"trend": trend.value}
    )


# ---------------------------------------------------------------- parts and ranges
#: "39 nations out of 65": a part of a stated whole (no share given).
_OUT_OF = re.compile(
    r"(?:[a-z'’-]+\s+){0,2}(?:[—–-]\s*)?out\s+of(?:\s+(?:the|a|an))?"
    # "3,000 jobs - out of a total workforce of 6,500", "out of a squad of 31": a word for
    # a whole made of the parts ("out of a tower of 120 flats" moves people, it counts none)
    r"(?:\s+(?:total|total\s+(?:workforce|staff|membership)|workforce|squad|team|staff|"
    r"class|field|population|sample|pool|panel|membership|electorate|fleet|intake|cohort|"
    r"group|list|shortlist|crowd)\s+of)?"
)
#: "two of its 14 plants": a count of the whole's own things.
_OF_THE = re.compile(r"of\s+(?:the|its|their|his|her)")
#: The whole's things right after it: "80-odd resorts", "14 plants" (a plural noun).
_THINGS_AFTER = re.compile(r"(?:-odd)?\s+(?:[a-z]+\s+)?[a-z]{3,}s\b")
#: "one in 13 of the 48 million cards": 13 is a ratio's base, not a part.
_ONE_IN = re.compile(r"\b(?:one|1)\s+in\s+$", re.IGNORECASE)
_OF_ITS_OWN = re.compile(
    r"\s+(?:[a-z'’-]+\s+){0,3}?(?:out\s+of|of\s+(?:the|its|their|all|a|an))\b", re.IGNORECASE
)
#: "… and fleet buyers the remaining 84,300": the rest of the same whole.
_AND_THE_REST = re.compile(
    r"(?:,\s*)?(?:and|with|while)\s+(?:[a-z'’-]+\s+){0,5}?(?:the\s+)?(?:remaining|other)"
)
#: "…, leaving it with 1,570": the count left after the part went.
_LEAVING = re.compile(
    r"(?:[a-z'’ -]{0,40},\s*)?leaving(?:\s+(?:it|them|the\s+[a-z]+|its\s+[a-z]+))?"
    r"(?:\s+with)?(?:\s+(?:just|only|some))?"
)
#: "…, with 29 cutting back": a further part of the same whole.
_WITH_MORE = re.compile(r"(?:[a-z'’ -]{0,100},\s*)?(?:with|while|and)(?:\s+(?:another|only|just))?")
#: "At 2.6%, inflation remains within the Bank's 2-3% target range".
_WITHIN = re.compile(
    r"(?:[,(—–-]\s*)?(?:(?:[a-z'’-]+\s+){0,4}?(?:is|was|are|were|remains|remained|stays|"
    r"stayed|stood|sits|lies|fell|rose|came\s+in)\s+)?(?:well\s+|comfortably\s+|still\s+)?"
    r"(?:within|inside|in\s+line\s+with)(?:\s+(?:the|its|their|a)\b)?(?:\s+[a-z'’-]+['’]s)?"
)
#: "4.3% … and is expected to remain at between 3% and 6%": the value stays in the range.
_THEN_REMAINS = re.compile(
    r"[,;]?\s*(?:and|but|which)\s+(?:[a-z'’-]+\s+){0,5}?(?:remain|remains|stay|stays)"
    r"(?:\s+(?:at|within|in|inside))?(?:\s+(?:the|a))?(?:\s+range\s+of)?"
)
_LATER = re.compile(r"\s*,?\s*(?:after|once|when|if|unless|following)\b", re.IGNORECASE)
_RANGE_WORDS = re.compile(r"\s*(?:target\s+)?(?:range|band|corridor|target|forecasts?)\b")


_OWNERS = re.compile(r"(?:\s+[a-z-]+){0,2}?\s+[a-z]+s['’](?:\s|$)")


def _things(figure: Figure, *, phrase: bool = False) -> str | None:
    """The plural noun a count counts ("400 passengers stranded": passengers; "12
    people"), if any; a verb after a bare count ("29 cutting back", "58 selling
    dollars") is none. A ``phrase`` (a whole after "out of") is a noun phrase all
    through: "two burning cars" counts cars."""
    words = figure.noun.lower().split() if figure.noun else figure.text.lower().split()[1:]
    for word in words if phrase else words[:1]:
        if plural_word(word):
            return word
    return None


#: After "K out of N": a score on a scale ("10 out of 10 mark", "eight out of ten
#: stars", "a 9 out of 10 rating").
_A_MARK = re.compile(r"\s+(?:marks?|stars?|ratings?|scores?)\b")


#: After what is left: a further change before it is so ("leaving 260 once eight more
#: have gone", "leaving 800 after 20 new beds open").
_LEFT_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,3}?(?:once|after|when|until|assuming|if|plus|minus|with|before|"
    r"including|excluding|counting)\b"
)


def _parts_out_of(sentence: Sentence) -> Iterator[Relation]:
    """ "39 nations out of 65": the part is not above the whole.

    "Between 10 and 12 of the 80-odd resorts" (a count, or a range of counts,
    of the whole's things) reads the same way, and so does a further part of
    the same whole after "with": "39 out of 65 were buying, with 29 selling".
    """
    items, gap, text = sentence.items, sentence.gap, sentence.text
    for i in range(len(items) - 1):
        part, whole = items[i], items[i + 1]
        if _OWNERS.match(text, whole.span[1]):
            continue  # "300 of the two airlines' pilots": the airlines own the pilots
        if _A_MARK.match(text, whole.span[1]):
            continue  # "a rare 10 out of 10 mark": a score on a scale, no part of a whole
        if fits(_OUT_OF, gap(i + 1)) is None and not (
            fits(_OF_THE, gap(i + 1))
            and _THINGS_AFTER.match(text, whole.span[1])
            and not YEAR.fullmatch(whole.text)  # "13 episodes of the 1974 series"
            and not _ONE_IN.search(text, max(0, part.start - 8), part.start)
        ):
            continue
        things, whole_things = _things(part), _things(whole, phrase=True)
        if things and whole_things and _plural_stem(things) != _plural_stem(whole_things):
            continue  # "200 residents out of 120 flats", "pulled 12 people out of two cars"
        if part.parts and part.hedge is Hedge.BETWEEN and whole.value is not None:
            pair = same_kind(part, whole)  # "between 10 and 12 of the 80 resorts"
        else:
            pair = as_levels(part, whole)
        if pair is None or unit_key(pair[0]) != "count" or unit_key(pair[1]) != "count":
            continue
        rest = items[i + 2] if i + 2 < len(items) else None
        if rest is not None and fits(_LEAVING, gap(i + 2), 60) and _level(rest):
            # "close 240 of its 1,810 branches, leaving it with 1,570": what is left
            trio = as_levels(pair[0], rest, pair[1])
            left_things = _things(rest)
            if (
                left_things
                and whole_things
                and _plural_stem(left_things) != _plural_stem(whole_things)
            ):
                trio = None  # "240 of its 1,810 branches, leaving 500 staff without jobs"
            if _LEFT_AFTER.match(text, rest.span[1]) or any(
                f.start > rest.start for f in items[i + 3 :]
            ):
                trio = None  # "leaving it with 260 once eight more have gone": another change
            if trio is not None and rest.hedge in (Hedge.EXACT, Hedge.ROUNDED):
                yield make_relation(
                    sentence,
                    "sum_equals",
                    "K of N, leaving M",
                    {"parts": (trio[0], trio[1]), "total": trio[2]},
                )
                continue
        if rest is not None and fits(_AND_THE_REST, gap(i + 2), 120) and _level(rest):
            # "61,900 of the 148,700 registrations and fleet buyers the remaining 84,300"
            trio = as_levels(pair[0], rest, pair[1])
            # "60,000 of the 150,000 cars, while the remaining 20,000 vans": other things
            rest_things = _things(rest)
            other = (
                rest_things
                and whole_things
                and _plural_stem(rest_things) != _plural_stem(whole_things)
            )
            if trio is not None and rest.hedge in (Hedge.EXACT, Hedge.ROUNDED) and not other:
                yield make_relation(
                    sentence,
                    "sum_equals",
                    "K of N, and the remaining M",
                    {"parts": (trio[0], trio[1]), "total": trio[2]},
                )
                continue
        yield make_relation(
            sentence, "sum_at_most", "K out of N", {"parts": (pair[0],), "total": pair[1]}
        )
        if i + 2 < len(items) and fits(_WITH_MORE, gap(i + 2), 120):
            more = items[i + 2]
            further = as_levels(more, pair[1])
            # "…, with 29 cutting back" counts the same things; "with 400 passengers
            # stranded" after "three of the 12 flights" counts other ones
            same_things = _things(more) in (None, _things(part), _things(whole)) and not (
                _OF_ITS_OWN.match(text, more.span[1])
            )  # "and 30 of the 40 largest insurers": a part of another whole
            if further is not None and exact_count(more) and same_things:
                yield make_relation(
                    sentence,
                    "sum_at_most",
                    "K out of N, with M",
                    {"parts": (further[0],), "total": further[1]},
                )


#: "repay $220m of the $550m it lost": an amount of the whole just named.
_OF_THE_AMOUNT = re.compile(r"(?:out\s+)?of\s+(?:the|its|their)")
#: "the $168m settlement - $155m of which": the part, then a pronoun for the whole.
_OF_WHICH_AFTER = re.compile(r"\s*(?:of|among)\s+(?:which|whom)\b")
_THEN_PART = re.compile(
    # "19 private banks operate, only one of which": an adverb may stand before the part
    r"(?:(?:[a-z'’-]+\s+){0,5}?[a-z'’-]*\s*[,(—–-])?(?:\s*(?:only|just|about|around|nearly|almost))?"
)
#: A whole that a part may pass: a rate ("the $2m-a-year cap", "the $200m annual fee"),
#: a net or a change ("the $10bn widening", "the £2.4bn net rise"), a goal or forecast
#: ("the 100,000-tonne quota", "the 2.5m tonnes forecast"), or sums over time ("since
#: 2001", "over three years"), or an overrun the sentence states ("exceeding it").
_NOT_A_WHOLE = re.compile(
    r"\b(?:a|an|per|each|every)[\s-]+(?:year|month|week|day|season|quarter)\b|\bannual|"
    r"\bper\b|-an?-[a-z]+|"
    r"\byearly\b|\bmonthly\b|\bnet\b|\boffset|\bwiden|\bnarrow|\brise\b|\bincrease\b|"
    r"\bgain|\bloss|\bquota|\bforecast|\btarget|\bcap\b|\blimit|\bexpect|\bestimat|"
    r"\bprojected|\bplanned|\bpromis|\bpledg|\bbudget|\bsince\b|\bover\s+(?:the\s+)?(?:past|last|next)?\s*"
    r"(?:‹u›|two|three|four|five|six|seven|eight|nine|ten|several|many)\b|\bexceed|\bbeat|"
    r"\bprofit|\bsurplus|\bdeficit",
    re.IGNORECASE,
)


#: Extras paid beside an amount: "$30m of the $20m fine plus interest", "185p a share,
#: including a 10p dividend", "payable in two instalments of 150p". What is paid may
#: pass the amount, and an amount next to them may be only a piece of the offer.
_ADD_ONS = re.compile(
    r"\b(?:plus|includ(?:ing|es|ed)|payable|instalments?|add-ons?|interest|dividends?)\b",
    re.IGNORECASE,
)


def _whole_may_be_passed(sentence: Sentence) -> bool:
    """Whether the sentence makes its whole a rate, goal or change (:data:`_NOT_A_WHOLE`)
    or pays extras beside it (:data:`_ADD_ONS`): a part may then be bigger."""
    text = sentence.raw_gap(sentence.start, sentence.end)
    return _NOT_A_WHOLE.search(text) is not None or _ADD_ONS.search(text) is not None


#: Between a whole and its first part: "30 goals this season, of which 25 came …".
_OF_WHICH_BEFORE = re.compile(r"(?:[a-z'’ -]{0,60}?,\s*)?(?:of|among)\s+(?:which|whom|these|them)")
#: Between two parts of a list: "… in the Premier League and 7 in the Champions League".
_NEXT_PART = re.compile(r"(?:(?:[a-z'’-]+\s+){0,6}?[a-z'’-]+\s*)?(?:,|,?\s*and\b)(?:\s+another)?")
#: A join by "and" with no comma before it: it closes a list ("eight Kenyans and six").
_PLAIN_AND = re.compile(r"(?:^|[^,\s])\s*\band$")


def _of_which_list(sentence: Sentence) -> Iterator[Relation]:
    """ "30 goals, of which 25 came in the league and 7 in Europe": the parts a whole is
    split into after "of which" add up to at most the whole (a player's goals may also
    have come elsewhere, so not to all of it)."""
    items, gap = sentence.items, sentence.gap
    for i in range(len(items) - 2):
        whole = items[i]
        if not fits(_OF_WHICH_BEFORE, gap(i + 1), 90):
            continue
        parts = [items[i + 1]]
        k = i + 2
        while (
            k < len(items)
            and fits(_NEXT_PART, gap(k), 90)
            and unit_key(items[k]) == unit_key(whole)
        ):
            if len(parts) == 1 and re.search(r",\s*and$", gap(k)):
                break  # "…, of which £2bn is for motorways, and £7bn for rail": the aside ends
            if len(parts) > 1 and _PLAIN_AND.search(gap(k - 1).rstrip()):
                # "among them eight Kenyans and six Ethiopians, and 25 finished": a list
                # closed by "and" has ended; what follows is another clause
                break
            parts.append(items[k])
            k += 1
        if len(parts) < 2 or (k < len(items) and unit_key(items[k]) == unit_key(whole)):
            continue  # one part is the "of which" shape's; a further figure of the kind: unclear
        if whole.trend or any(p.trend or p.parts for p in parts) or unit_key(whole) == "percent":
            continue
        if _NOT_A_WHOLE.search(sentence.raw_gap(sentence.start, sentence.end)):
            continue
        if may_overlap(sentence, parts):
            continue  # "300 staff, of which 200 are women and 150 work part-time"
        pair = as_levels(*parts, whole)
        if pair is None:
            continue
        yield make_relation(
            sentence, "sum_at_most", "N, of which A and B", {"parts": pair[:-1], "total": pair[-1]}
        )
        return


def _amounts_of_a_whole(sentence: Sentence) -> Iterator[Relation]:
    """ "$220m of the $550m it lost", "the $168m deal - $155m of which": a part of an amount.

    Counts have their own shape (:func:`_parts_out_of`, which asks for the
    things counted); percents are shares, not parts, and are left out.
    """
    items, gap, text = sentence.items, sentence.gap, sentence.text
    for i in range(len(items) - 1):
        x, y = items[i], items[i + 1]
        if fits(_OF_THE_AMOUNT, gap(i + 1)) and not _OWNERS.match(text, y.span[1]):
            part, whole, pattern = x, y, "A of the B"
        elif _OF_WHICH_AFTER.match(text, y.span[1]) and fits(
            _THEN_PART, sentence.raw_gap(x.span[1], y.start).strip(), 60
        ):
            part, whole, pattern = y, x, "B - A of which"
        else:
            continue
        pair = as_levels(part, whole)
        if pair is None or unit_key(pair[0]) == "percent" or is_fraction_word(part):
            continue  # "240,000 people, about two-thirds of whom": a share, not a part
        if (
            unit_key(pair[0]) == "count"
            and (
                pattern != "B - A of which"
                or _one_in(part)
                # "45 people in 12 villages, 30 of whom", "12 men and four women, 10 of
                # whom": the pronoun may mean another count, or several
                or any(unit_key(f) == "count" for f in items[:i])
            )
        ):
            continue  # "of which" names its whole; "3 of the 10" needs the things counted
        if pattern == "B - A of which" and not whole_before_which(sentence, whole, part):
            continue
        if pair[0].kind is not Kind.QUANTITY or pair[0].hedge is Hedge.UP_TO:
            continue  # a duration of a duration is a span of time; "up to" is no part
        if _whole_may_be_passed(sentence):
            continue
        yield make_relation(
            sentence, "sum_at_most", pattern, {"parts": (pair[0],), "total": pair[1]}
        )


#: "Of the $18.4bn approved by Congress, less than $2bn …": a whole opens the sentence.
_FRONTED_WHOLE = re.compile(r"(?:(?:but|and|yet)\s+)?of\s+(?:the|its|their)\s*$", re.IGNORECASE)
#: The whole's clause ends at a comma before its one part: "…, less than".
_FRONTED_CLAUSE = re.compile(r"[^,;:()]{0,80},\s*(?:[a-z'’-]+\s+){0,3}$")


def _fronted_part(sentence: Sentence) -> Iterator[Relation]:
    """ "Of the $18.4bn approved by Congress, less than $2bn has been spent": the one
    figure of the whole's kind after it is a part of it.

    Two or more parts are a list (:func:`factcheck.scan.shapes` reads "Of the N,
    A … and B …"); a whole that is a rate, a goal or a change may be passed.
    """
    items = sentence.items
    opening = sentence.text[sentence.start : items[0].start if items else sentence.start]
    if len(items) < 2 or "of " not in opening.lower() or len(opening) > 20:
        return  # the cheap test first: the whole opens the sentence after "Of the"
    if not fits(_FRONTED_WHOLE, sentence.gap(0), 20):
        return
    whole = items[0]
    same = [k for k in range(1, len(items)) if unit_key(items[k]) == unit_key(whole)]
    if len(same) != 1 or not fits(
        _FRONTED_CLAUSE, sentence.raw_gap(whole.span[1], items[same[0]].start)
    ):
        return
    part = items[same[0]]
    if part.trend is not None or whole.trend is not None or part.hedge is Hedge.UP_TO:
        return
    if unit_key(part) == "percent" or is_fraction_word(part) or _one_in(part):
        return  # a share describes a part; "one in 13" is a rate
    if _whole_may_be_passed(sentence):
        return
    if not nouns_agree(part, whole):
        return  # "Of the 150 flights on Monday, 200 passengers were stranded"
    pair = as_levels(part, whole)
    if pair is None or pair[0].kind is not Kind.QUANTITY:
        return
    yield make_relation(
        sentence, "sum_at_most", "Of the B, A", {"parts": (pair[0],), "total": pair[1]}
    )


#: After a range: a spell the value sat in it, not the moment the value is of.
_SPELL_AFTER = re.compile(
    r"(?:\s+[a-z-]+){0,3}?\s+(?:for\s+(?:most|much|part|some)\s+of|throughout|during)\b",
    re.IGNORECASE,
)


#: "£3.4bn over five years, or £580m a year": a total spread over a span, then the
#: amount for each year of it. The span's figure is the ‹span› group.
_SPREAD_OVER = re.compile(
    # what the money is for may come first: "£1.8bn on flood defences in England over"
    r"(?:\s+(?:on|for)\s+[^,;:()\d]{1,50}?)?"
    r"\s+over\s+(?:the\s+(?:next|past|last|coming|following)\s+)?(?P<span>\S+(?:\s+\S+)?)"
    r"\s*(?:,\s*|\s+-\s+|\s*[–—]\s*)(?:or|about|around|roughly|some|equivalent\s+to|"
    r"that\s+is|which\s+is|averaging|an\s+average\s+of)?\s*$",
    re.IGNORECASE,
)
#: The amount each period after the per-period figure: "a year", "annually".
_EACH_PERIOD = re.compile(
    r"\s*(?:-?\s*an?\s*-?|per|each|every)\s*(?P<period>year|month|week)\b|\s+(?P<adverb>annually)\b",
    re.IGNORECASE,
)
_SPAN_UNITS = {"year": "year", "month": "month", "week": "week"}
#: After an amount a year: whose share it is ("per household", "for each of the regions").
_PER_HEAD = re.compile(
    r"\s*,?\s*(?:per|each|for\s+(?:each|every|the\s+average)|a\s+head|to\s+each|on\s+average\s+per)\b",
    re.IGNORECASE,
)


def _spread_over(sentence: Sentence) -> Iterator[Relation]:
    """ "£3.4bn over five years, or £680m a year": the amount a year times the years
    is the total (an average, so the total is checked, not the spread)."""
    items, text = sentence.items, sentence.text
    spans = [f for f in sentence.figures if f.kind is Kind.DURATION]
    if not spans:
        return
    for i in range(len(items) - 1):
        total, each = items[i], items[i + 1]
        match = _SPREAD_OVER.fullmatch(text, total.span[1], each.start)
        if match is None or as_levels(each, total) is None or unit_key(total) == "percent":
            continue
        span = next((f for f in spans if (f.start, f.span[1]) == match.span("span")), None)
        if span is None or span.value is None or span.value.denominator != 1 or span.parts:
            continue
        period = _EACH_PERIOD.match(text, each.span[1])
        if period is None or _PER_HEAD.match(text, period.end()):
            continue  # "£1bn over five years, or £50 a year for every household"
        named = "year" if period.group("adverb") else period.group("period").lower()
        if unit_text(span.unit) != _SPAN_UNITS[named] or total.trend or each.trend:
            continue  # "over five years, or £50m a month": another grain
        count = attrs.evolve(span, kind=Kind.QUANTITY, unit=dimensionless(), noun=f"{named}s")
        roles = {"count": count, "each": each, "total": total}
        yield make_relation(sentence, "product", "T over N years, or E a year", roles)


#: Between the total and the count, or the count and the total, of an average: words of
#: one clause ("drew a total of 187,200 spectators to its 12 home matches", "12 home
#: matches drew 187,200 spectators"), no second clause or comparison.
_ONE_CLAUSE = re.compile(
    r"(?:(?!(?:and|but|while|whereas|than|compared|against|versus|including|plus|of\s+which|"
    r"of\s+whom)\b)[^,;:()])*"
)
#: Between the pair and the average: the count's own words, then a comma, perhaps "or".
_THEN_AVERAGE = re.compile(
    _ONE_CLAUSE.pattern + r"[,(—–-]\s*(?:(?:or|giving|making|for|at)\s+)?"
    r"(?:an?\s+average\s+of|averaging)\s+",
    re.IGNORECASE,
)


def _rounded_as_printed(figure: Figure) -> Figure:
    """A whole number as news prints an average, a rate or a gap: rounded to its last
    figure that is not a nought ("an average of 15,600" is 15,550–15,650, "6 per 1,000"
    5.5–6.5), however exact the reader took it."""
    value = figure.value
    if value is None or figure.hedge is not Hedge.EXACT or value.denominator != 1:
        return figure
    whole, step = int(value), 1
    while whole and whole % (step * 10) == 0:
        step *= 10
    half = Fraction(step, 2)
    return attrs.evolve(figure, low=value - half, high=value + half, hedge=Hedge.ROUNDED)


#: Between the total and the count: "in" spreads a tally over its occasions, as sport's
#: averages per dismissal or per wicket do ("1,240 runs in 22 innings").
_SPREAD_IN = re.compile(r"\bin\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$")
#: After an average: what it is per, or of ("a day", "per flight", "in each class", "each",
#: "shots a game", "passengers a flight", "for its ten league games").
_AVERAGE_OF_WHAT = re.compile(
    r"\s*(?:(?:[a-z]+\s+)?(?:a|an|per|each|every|in\s+each|for\s+each|for)\s+(?:its\s+|their\s+|the\s+)?"
    r"(?:[a-z-]+\s+){0,3}?(?P<noun>[a-z]+)\b|[a-z]+\s+(?:a|per|each)\s+(?P<other>[a-z]+)\b"
    r"|(?P<each>each)\b)"
)


_NUMBER_WORDS = re.compile(rf"\d|\b(?:{NUMBER_WORDS})\b", re.IGNORECASE)


def _names_the_count(noun: str | None, count: Figure) -> bool:
    """Whether the word an average is per names the counted things ("a store" of "12
    stores"); "each" alone, of the count, does too."""
    counted = (count.noun or "").lower().split()
    if noun is None:
        return False
    return bool(counted) and counted[-1].rstrip("s") == noun.lower().rstrip("s")


def _averaged(sentence: Sentence) -> Iterator[Relation]:
    """ "A total of 187,200 spectators came to its 12 home matches, an average of 15,600":
    the count of occasions times the average is the total (``product``)."""
    items, text = sentence.items, sentence.text
    if "averag" not in text[sentence.start : sentence.end].lower():
        return  # the cheap test first
    for a in range(2, len(items)):
        average = items[a]
        if not _AVERAGE_BEFORE.search(text, max(sentence.start, average.start - 20), average.start):
            continue
        first, second = items[a - 2], items[a - 1]
        # the occasions are counted things ("12 home matches"), fewer than the total's
        counts = [f for f in (first, second) if exact_count(f) and f.noun and f.value]
        if not counts:
            continue
        count = min(counts, key=lambda f: f.value or 0)
        total = second if count is first else first
        if count.value is None:
            continue
        if total is count or unit_key(total) != unit_key(average) or unit_key(total) == "percent":
            continue
        if any(f.trend is not None or f.parts for f in (total, count, average)):
            continue
        if not 2 <= count.value <= 100_000:
            continue
        if not _ONE_CLAUSE.fullmatch(text, first.span[1], second.start):
            continue
        if not _THEN_AVERAGE.fullmatch(text, second.span[1], average.start):
            continue
        if rate_of(total, text) is not None or rate_of(average, text) is not None:
            continue  # "£5m a year, an average of", "an average of 4,400 a day": other spans
        if any(exact_count(f) and f.noun for f in items if f is not count and f is not total):
            continue  # "12 stores and 1,230 staff": which does the average divide by?
        if _SPREAD_IN.search(text, first.span[1], second.start):
            # "1,240 runs in 22 innings, at an average of 68.9", "45 wickets in 12 Tests,
            # averaging 21.3": a batting or bowling average is per dismissal, per wicket
            continue
        after = _AVERAGE_OF_WHAT.match(text, average.span[1])
        if after is not None and (
            _NUMBER_WORDS.search(after.group())
            or not (after.group("each") or _names_the_count(after.group("noun"), count))
        ):
            # "an average of 180 per flight" by 40 planes, "3.1 shots a game", "17,100
            # for its ten league games" of 12 games
            continue
        roles = {"count": count, "each": _rounded_as_printed(average), "total": total}
        yield make_relation(sentence, "product", "T over N things, an average of E", roles)


#: After a rate: its base, and the whole it is of ("8.2 for every 1,000 of the borough's
#: 318,000 residents", "12.9 per 100,000 of the 3.2 million people").
_PER_BASE = re.compile(
    r"\s+(?:per|for\s+every|in\s+every|out\s+of\s+every)\s+(?P<base>1,000|10,000|100,000|"
    r"thousand|1,000,000|million)\b(?:\s+(?:people|residents|inhabitants|adults|children|"
    r"population))?\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[A-Za-z][\w-]*['’]s\s+)?$"
)
_BASES = {"1,000": 1000, "thousand": 1000, "10,000": 10_000, "100,000": 100_000}
_BASES |= {"1,000,000": 1_000_000, "million": 1_000_000}
#: Words of a rate a year over a count of several: "each year", "over the past decade".
_OVER_YEARS_RATE = re.compile(
    r"\b(?:each|every|a|per)\s+year\b|\bannual\w*|\b(?:over|in|during)\s+the\s+(?:past|last)\b",
    re.IGNORECASE,
)
#: Between a count and its rate: "…, equivalent to", ", or", ", a rate of".
_RATE_OF_COUNT = re.compile(
    r"[^,;()]*,\s*(?:equivalent\s+to|or|a\s+rate\s+of|which\s+is)\s+(?:about\s+|around\s+)?$"
)


#: Around a count that is a part of the one before it: "of whom 210", "310 of them".
_A_PART_BEFORE = re.compile(r"\b(?:of\s+whom|of\s+which|including|among\s+them)\s+$")
_A_PART_AFTER = re.compile(r"\s+of\s+(?:them|those|these|whom|which)\b")


def _rates_per(sentence: Sentence) -> Iterator[Relation]:
    """ "2,140 burglaries, equivalent to 8.2 for every 1,000 of the borough's 318,000
    residents": the count over the whole is the rate over its base (``share``, with the
    rate read as a percent: 8.2 per 1,000 is 0.82%)."""
    items, text = sentence.items, sentence.text
    if (
        " every " not in text[sentence.start : sentence.end]
        and " per " not in text[sentence.start : sentence.end]
    ):
        return  # the cheap test first
    for k in range(1, len(items)):
        rate = items[k]
        if unit_key(rate) != "count" or rate.trend or rate.parts or rate.value is None:
            continue
        count = items[k - 1]
        # the base may be read as a figure of its own ("1,000"): the whole comes after it
        rest = items[k + 1 :]
        if rest and rest[0].text in _BASES:
            rest = rest[1:]
        if not rest:
            continue
        whole = rest[0]
        match = _PER_BASE.fullmatch(text, rate.span[1], whole.start)
        if match is None:
            continue
        if not (exact_count(count) or count.hedge is Hedge.ROUNDED) or count.trend or count.parts:
            continue
        if unit_key(whole) != "count" or whole.trend or whole.parts:
            continue
        if not _RATE_OF_COUNT.fullmatch(text, count.span[1], rate.start):
            continue
        if count.value is None or whole.value is None or count.value >= whole.value:
            continue
        if _OVER_YEARS_RATE.search(text, sentence.start, sentence.end):
            continue  # "Over five years … 6.7 for every 1,000 … each year": a yearly rate
        if k >= 2 and re.search(r"\band\s+$", text[items[k - 2].span[1] : count.start]):
            continue  # "2,140 burglaries and 1,100 robberies, equivalent to 10.2": both
        if _A_PART_BEFORE.search(text, max(sentence.start, count.start - 16), count.start) or (
            _A_PART_AFTER.match(text, count.span[1])
        ):
            continue  # "412 deaths, 310 of them men, a rate of 12.9": the rate is the 412's
        rate = _rounded_as_printed(rate)  # "6 per 1,000" is 5.5 to 6.5, as rates are rounded
        share = rate.scaled(Fraction(100, _BASES[match.group("base")]), parse_unit("percent"))
        roles = {"part": count, "whole": whole, "share": share}
        yield make_relation(sentence, "share", "K, or R per 1,000 of N", roles)


#: A price for each share, the shares, then what the price values the company at: "will pay
#: 310p in cash for each of Brightwell's 780 million shares, valuing the company at £2.4bn".
_EACH_SHARE_FOR = re.compile(
    r"(?:\s+in\s+cash)?\s+(?:for\s+each\s+of|for\s+every\s+one\s+of|a\s+share\s+for)\s+"
    # the company's own shares, all of them ("each of the 480 million shares" may be the
    # ones the bidder does not own yet)
    r"(?:its\s+|their\s+|[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}['’]s?\s+)"
)
#: Words of a value that holds more than the price of the shares, or of shares not all
#: bought for the price: debt, dilution, a dividend, a pension deficit, a share element,
#: a stake already owned.
_MORE_THAN_THE_SHARES = re.compile(
    r"\b(?:includ\w*|debts?|borrowings?|liabilities|enterprise|diluted|basis|after|plus|"
    r"excluding|dividend|pension|element|"
    r"already|owns|owned|stake|remaining|rest|cash[- ]and[- ]shares?|in\s+shares|new\s+shares)\b",
    re.IGNORECASE,
)
_SHARES_VALUED = re.compile(
    r"\s+(?:ordinary\s+)?shares\s*,?\s+(?:valuing|which\s+values|values|valued)\s+"
    r"(?:it|them|the\s+(?:company|group|firm|business|bank|club|chain|maker|operator)|"
    r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})\s+at\s+(?:about\s+|around\s+|roughly\s+|"
    r"some\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)?$"
)


def _valued_at(sentence: Sentence) -> Iterator[Relation]:
    """ "310p in cash for each of Brightwell's 780 million shares, valuing the company at
    about £2.4bn": the price times the shares is the value (``product``)."""
    items, text = sentence.items, sentence.text
    if "valu" not in text[sentence.start : sentence.end]:
        return  # the cheap test first
    for k in range(len(items) - 2):
        price, shares, value = items[k], items[k + 1], items[k + 2]
        if not unit_key(price).startswith("money:") or not unit_key(value).startswith("money:"):
            continue
        if not same_dimension(price.unit, value.unit):
            continue  # (pence and pounds are one currency)
        if unit_key(shares) != "count" or any(f.trend or f.parts for f in (price, shares, value)):
            continue
        if not _EACH_SHARE_FOR.fullmatch(text, price.span[1], shares.start):
            continue
        if not _SHARES_VALUED.fullmatch(text, shares.span[1], value.start):
            continue
        if _MORE_THAN_THE_SHARES.search(text, sentence.start, sentence.end):
            continue  # "valuing it at £3.1bn including debt", "which already owns 38%"
        roles = {"count": shares, "each": price, "total": value}
        yield make_relation(sentence, "product", "P for each of N shares, valuing it at T", roles)


#: "up 75% since the start of the year, when it was trading at": the level then.
_SINCE_WHEN = re.compile(
    r"\s+since\s+[^,;.]{2,40},\s*when\s+(?:it|they|the\s+[a-z]+|shares|prices)\s+"
    r"(?:was|were|stood|traded|had\s+been)(?:\s+(?:trading|standing|changing\s+hands))?\s+"
    r"(?:at|on)\s+(?:just\s+|only\s+|a\s+mere\s+)?$",
    re.IGNORECASE,
)


def _since_when(sentence: Sentence) -> Iterator[Relation]:
    """ "$55.67, up 75% since the start of the year, when it was trading at $31.80": the
    change runs from the level the "when" clause gives to the one before it."""
    items, text = sentence.items, sentence.text
    if "since" not in text[sentence.start : sentence.end]:
        return  # the cheap test first
    for i in range(len(items) - 2):
        level, change, earlier = items[i], items[i + 1], items[i + 2]
        if change.trend is None or level.trend is not None or earlier.trend is not None:
            continue
        if not _SINCE_WHEN.fullmatch(text, change.span[1], earlier.start):
            continue
        if not fits(_THEN_CHANGE_SHORT, sentence.gap(i + 1), 30):
            continue
        pair = as_levels(earlier, level)
        if pair is None:
            continue
        rule = "percent_change" if unit_key(change) == "percent" else "point_change"
        if rule == "point_change" and as_levels(change, level) is None:
            continue
        roles = {"from": pair[0], "to": pair[1], "change": change}
        yield make_relation(sentence, rule, "B, up C since T, when it was at A", roles)
        return


#: Between a level and its change: "$55.67, up".
_THEN_CHANGE_SHORT = re.compile(r"(?:up|down|a\s+rise\s+of|a\s+fall\s+of)?")


def _within_range(sentence: Sentence) -> Iterator[Relation]:
    """ "At 2.6%, inflation remains within the 2-3% target range": the value is inside.

    So is a value that a later clause says will stay in a range: "fell to 4.3%
    and is expected to remain at between 3% and 6%".
    """
    items, gap = sentence.items, sentence.gap
    for i in range(len(items) - 1):
        value, band = items[i], items[i + 1]
        if not (band.parts and band.hedge is Hedge.BETWEEN) or value.parts:
            continue
        stays = (
            fits(_THEN_REMAINS, gap(i + 1)) is not None
            and not _LATER.match(sentence.text, band.span[1])  # "… after the reforms"
            and not RATE_AFTER.match(sentence.text, band.span[1])  # "… a year"
        )
        if not stays and fits(_WITHIN, gap(i + 1)) is None:
            continue
        if not stays and not _RANGE_WORDS.match(sentence.text, band.span[1]):
            continue  # "within 2-3 years" is a time, not a target the value sits in
        if _SPELL_AFTER.match(sentence.text, band.span[1]):
            continue  # "At 3.6%, inflation was within the 2-3% range for most of 2004"
        pair = as_levels(value, band.parts[0])
        if pair is None:
            continue
        pattern = "A, and is expected to remain in B" if stays else "A, within the B range"
        yield make_relation(sentence, "within", pattern, {"value": (value,), "range": band})


# ---------------------------------------------------------------- targets
#: "missed its sales target of a", "beat its goal of": a target the outcome is measured on.
_TARGET_BEFORE = re.compile(
    r"\b(?P<verb>missed|misses|fell\s+short\s+of|failed\s+to\s+(?:meet|hit|reach)|undershot|"
    r"beat|beats|exceeded|exceeds|topped|surpassed|overshot)\b[a-z'’ -]{0,40}?"
    r"\b(?:target|goal|forecast|guidance|aim)s?\s+(?:of\s+)?(?:an?\s+)?$"
)
#: "…, turning in a 2.5% increase": the outcome after the target.
_OUTCOME_AFTER = re.compile(
    r"(?:[a-z'’ -]{0,50}[,;]\s*)?(?:turning\s+in|posting|reporting|recording|managing|"
    r"achieving|delivering|with)(?:\s+(?:a|an|just|only|a\s+mere))?"
)
_SHORT = ("missed", "misses", "fell", "failed", "undershot")


def _targets(sentence: Sentence) -> Iterator[Relation]:
    """ "Best Buy missed its sales target of a 3-5% rise, turning in a 2.5% increase":
    a missed target lies above the outcome, a beaten one below it, for a measure
    where more is better; the other way round where less is better (a borrowing
    target is missed by borrowing more). Other measures are left alone."""
    items, text = sentence.items, sentence.text
    for i in range(len(items) - 1):
        target, outcome = items[i], items[i + 1]
        before = text[max(sentence.start, target.start - 80) : target.start].lower()
        match = _TARGET_BEFORE.search(before)
        if match is None or fits(_OUTCOME_AFTER, sentence.gap(i + 1)) is None:
            continue
        measure = measure_of(text, sentence.start, target)
        if measure is None or measure[0] not in GOOD_WHEN_HIGHER | GOOD_WHEN_LOWER:
            continue  # missing a sales target is selling less; missing a debt target, more
        missed = match.group("verb").split()[0] in _SHORT
        short = missed == (measure[0] in GOOD_WHEN_HIGHER)
        bound = _point(target) if short else (target.parts[-1] if target.parts else target)
        value = _as_level(outcome)
        pair = as_levels(value, attrs.evolve(bound, trend=None))
        if pair is None:
            continue
        end = pair[1]
        if target.parts:  # name the end by the range it closes: "3 (of 3-5%)"
            end = attrs.evolve(end, text=f"{end.text} (of {target.text})")
        roles = {"a": pair[0], "b": end}
        op = "<" if short else ">"
        yield make_relation(
            sentence, "compare", "missed its target of B, with A", roles, {"op": op}
        )


# ---------------------------------------------------------------- records
#: "hit a record $412bn": the level is the highest yet.
_RECORD_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their)\s+(?:new\s+|all-time\s+)?record(?:\s+(?:high|level|total))?"
    r"(?:\s+of)?\s*$"
)
#: "…, after reaching $377bn in the previous year": an earlier level of the same thing.
_AFTER_EARLIER = re.compile(
    r"(?:[a-z'’ -]{0,60}[,;]\s*)?(?:after\s+(?P<verb>reaching|hitting|totalling|totaling|"
    r"standing\s+at)|beating|topping|surpassing|eclipsing|up\s+from|after)"
    r"(?:\s+(?:a|an|the|its))?"
)


#: A noun right after an amount (not a time phrase or a preposition): "a £3bn bid".
_THING_AFTER = re.compile(
    r"\s+(?!(?:in|on|for|to|of|a|an|the|last|this|that|previous|earlier|before|ago|by|at|"
    r"during|and|or|but|with|from|since|when|as)\b)[a-z]{3,}\b"
)


_RECORD_LOW = re.compile(
    r"\b(?:low|lows|lowest|fell|fall|falls|dropped|drop|sank|slumped|plunged|plummeted)\b"
)


def _records(sentence: Sentence) -> Iterator[Relation]:
    """ "The deficit hit a record $412bn, after reaching $377bn the year before":
    a record is above the earlier level the sentence gives."""
    items, text = sentence.items, sentence.text
    for i in range(len(items) - 1):
        x, y = items[i], items[i + 1]
        before = text[max(sentence.start, x.start - 30) : x.start].lower()
        if not _RECORD_BEFORE.search(before):
            continue
        if measure_of(text, sentence.start, x) is None:
            continue  # "the yen rose to a record 79.75 against the dollar": which way is up?
        after = fits(_AFTER_EARLIER, sentence.gap(i + 1))
        if after is None:
            continue
        if after.group("verb") is None and "after" in after.group():
            # a bare "after" may bring in another thing ("after 50,000 tickets were
            # sold"): the earlier level is a bare amount, or one of the same measure
            other = measure_of(text, x.span[1], y)
            if other is not None and other != measure_of(text, sentence.start, x):
                continue
            if y.noun or _THING_AFTER.match(text, y.span[1]):
                continue  # "after a £3bn bid": an amount of something else
        if bool(WIDER.search(text, x.start, y.start)) != bool(
            WIDER.search(text, y.span[1], sentence.end)
        ):
            continue  # "a record 3 million in the US, after 5 million worldwide"
        pair = as_levels(x, y)
        if pair is None:
            continue
        # "fell to a record -42C, beating the previous low of -39C": a record low
        low = _RECORD_LOW.search(text, max(sentence.start, x.start - 40), y.start)
        op = "<" if low else ">"
        yield make_relation(
            sentence, "compare", "a record A, after B", {"a": pair[0], "b": pair[1]}, {"op": op}
        )


# ---------------------------------------------------------------- margins
#: "Labour lead the Conservatives by 39% to 34%", "won by 20,645 votes to 14,738".
_LEADS_BY = re.compile(
    r"(?:.*\s)?(?:lead|leads|led|leading|ahead|beat|beats|won|win|wins|defeated|defeats)"
    r"(?:\s+[a-z'’-]+){0,4}?\s+by"
)


#: A lead that moves: "extended their lead … by 3 points to 9 points" is a change of
#: the lead and its new size, not two standings.
_LEAD_MOVES = re.compile(
    r"\b(?:extend|widen|increas|cut|narrow|stretch|trim|reduc|doubl|halv|boost|grow|grew|"
    r"slash|shr[iu]nk)\w*\s+(?:[a-z'’-]+\s+){0,2}lead\b"
)


def _leads_by(sentence: Sentence) -> Iterator[Relation]:
    """ "Labour lead the Conservatives by 39% to 34%": the winner's figure is the larger."""
    items = sentence.items
    for i, x in enumerate(items):
        if len(x.parts) == 2 and x.hedge is Hedge.BETWEEN:
            # "by 31% to 34%" may be read as one range: its ends are the two figures
            x, y = x.parts
        elif i + 1 < len(items) and sentence.gap(i + 1) == "to":
            y = items[i + 1]
        else:
            continue
        if not fits(_LEADS_BY, sentence.lead(i)) or _LEAD_MOVES.search(sentence.lead(i)):
            continue
        pair = as_levels(x, y)
        if pair is None:
            continue
        a, b = pair
        yield make_relation(sentence, "compare", "leads by A to B", {"a": a, "b": b}, {"op": ">"})


#: Between a margin and the first tally: what it counts, a comma, perhaps "by" again
#: ("won by 3,210 votes, by 18,940 to 15,730"), and nothing else ("by 5,000 votes
#: overall, 20,645 to 14,738 in the city" are two contests).
_MARGIN_THEN = re.compile(r"\s*(?:[a-z]+s)?\s*,\s*(?:by)?\s*")


#: After two tallies: a part of the contest they are of ("in the final round").
_SUB_CONTEST_AFTER = re.compile(
    r"\s+(?:in|on|at|during|over)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:round|leg|half|set|game|match|innings|quarter|period|race|heat|stage|day|ward|seat|"
    r"constituency|county|state|region|city|poll)s?\b"
)


#: After "A to B": betting odds ("7 to 2 favourite", "100 to 1 outsider", "9 to 4 the
#: price").
_ODDS_AFTER = re.compile(
    r"\s*,?\s*(?:joint[- ])?(?:favourite|favorite|fav|shot|outsider|chance|the\s+price|"
    r"on(?=\s*(?:[,.;]|$))|against\b)\b",
    re.IGNORECASE,
)


#: Words of an election: a margin in points there is of the vote's share.
_ELECTION = re.compile(
    r"\b(?:ward|seat|constituency|by-election|election|elected|poll|polls|vote|votes|voters|"
    r"ballot|council|candidate|referendum|mayoral)\b",
    re.IGNORECASE,
)
#: What a margin may count when its tallies do too ("won by 3,210 votes, 18,940 to
#: 15,730"); a margin in wickets, lengths or tries is no difference of the tallies.
_TALLIED = frozenset({"votes", "vote", "runs", "run", "goals", "goal", "seats", "seat"})


def _as_rounded(figure: Figure) -> Figure:
    """A whole number printed plainly with zeros at its end, as rounded to its last
    non-zero digit ("won by 6,000 votes" of a 5,907 majority)."""
    value = figure.value
    if figure.hedge is not Hedge.EXACT or value is None or value.denominator != 1 or not value:
        return figure
    digits = str(abs(value.numerator))
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros < 2:
        return figure
    half = Fraction(10**zeros, 2)
    return attrs.evolve(figure, low=value - half, high=value + half, hedge=Hedge.ROUNDED)


def _margin_then_tallies(sentence: Sentence) -> Iterator[Relation]:
    """ "had led by 18 points, 296 to 274", "won by 3,210 votes, 18,940 to 15,730": the
    margin first, then the two tallies; the larger is the smaller plus the margin."""
    items, gap = sentence.items, sentence.gap
    for i in range(len(items) - 1):
        margin = items[i]
        if not fits(_LEADS_BY, sentence.lead(i)) or _LEAD_MOVES.search(sentence.lead(i)):
            continue
        if fits(_MARGIN_THEN, sentence.raw_gap(margin.span[1], items[i + 1].start), 20) is None:
            continue
        # two tallies, the larger first (an ascending "A to B" is a range: "Led by two
        # guides, 10 to 14 walkers set off")
        if i + 2 >= len(items) or gap(i + 2) != "to":
            continue
        a, b = items[i + 1], items[i + 2]
        if _SUB_CONTEST_AFTER.match(sentence.text, b.span[1]):
            continue  # "won by three shots, 68 to 70 in the final round": one round's
        if _ODDS_AFTER.match(sentence.text, b.span[1]) or "odds" in sentence.text.lower():
            continue  # "won by 4 lengths, 7 to 2 favourite": a price, no tallies
        if unit_key(a) != "percent" and any(
            f.value is not None and f.value.denominator != 1 for f in (a, b)
        ):
            continue  # "won by 20 points, 12.10 to 9.8": goals and behinds, no tallies
        if unit_key(margin) == "point":
            # "led by 11 points, 41% to 30%" (points of a share); "by 18 points, 296 to
            # 274" (a tally of points), but not "by 4 points, 10,400 votes to 9,600" nor
            # "by 12 points, 20,645 to 14,738" or "won the ward by 9 points, 812 to 640"
            # (points of the vote's share, told in votes)
            if unit_key(a) != "percent" and (
                a.noun
                or b.noun
                or not _bare(a)
                or (a.value is not None and a.value >= 1000)
                or _ELECTION.search(sentence.text, sentence.start, sentence.end)
            ):
                continue
            margin = attrs.evolve(margin, unit=a.unit)
        elif margin.noun and (
            (a.noun and margin.noun != a.noun) or margin.noun.lower() not in _TALLIED
        ):
            continue  # "by three goals, 4 tries to 1", "by seven wickets, 192 to 191"
        margin = _as_rounded(margin)
        same = as_levels(a, b, margin)
        if same is None:
            continue
        a, b, margin = same
        if a.value is None or b.value is None:
            continue
        larger, smaller = (a, b) if a.value >= b.value else (b, a)
        yield make_relation(
            sentence, "sum_equals", "by M, A to B", {"parts": (smaller, margin), "total": larger}
        )


# ---------------------------------------------------------------- enumerations
#: A name: capitalised words, or one written in camel case ("easyJet", "eBay").
_NAME = (
    r"(?:[A-Z]|[a-z]+(?=[A-Z]))[\w'’&-]*"
    # "Bank of Alexandria", "Banque du Caire", "Fundación de la Caixa": the particles of names
    r"(?:\s+(?:(?:of|de|du|des|da|di|del|della|la|le|van|von|der|den)\s+){0,2}[A-Z][\w'’&-]*){0,3}"
)
#: A role before a listed name: "market leader Mengniu", "chief executive Willie Walsh".
_ROLE = r"(?:[a-z][a-z'’-]*\s+){0,3}"
#: Two to twelve names, each perhaps after its role, parted by commas and a last "and".
_NAMED_LIST = rf"{_ROLE}{_NAME}(?:\s*,\s*(?:and\s+)?{_ROLE}{_NAME}|\s+and\s+{_ROLE}{_NAME}){{1,11}}"
#: "two airlines - American and Southwest -", "three firms: Eastern, Western and Central."
_ENUMERATION = re.compile(
    # "two airlines - …", "two Indian airlines - …": the things, perhaps a name's adjective
    # (or a plural with a capital before a dash: "Two Britons - Draper, Boulter and Norrie")
    # ("six largest Latin American economies", "three other ethnic minority MPs -"), and
    # where it is in a field before a colon or a dash ("three names in mobile gaming:")
    # "Two of the world's biggest brewers - A and B -": a ranked set's members, all named
    r"(?:\s+of(?:\s+the)?(?:\s+[A-Za-z][\w-]*['’]s)?"
    r"(?=\s+(?:[a-z]+est|most|least|best|worst)\b))?"
    r"(?:\s+(?:(?!of\b)[a-z][a-z'’-]*|[A-Z][a-z]+(?=\s+[A-Za-z])|[A-Z][a-z]+s(?=\s*[-–—])"
    r"|[A-Z]{2,}s(?=\s*[-–—(:]))){1,4}"
    r"(?:\s+(?:in|of|for|at|on)(?:\s+[a-z][a-z'’-]*){1,2}(?=\s*[-–—:]))?"
    r"\s*(?:[-–—:(\[]|,\s*namely)\s*"
    rf"(?P<list>{_NAMED_LIST})"
    # (a full stop ends the list, not a dot inside a name: "E.ON", "npower")
    r"\s*(?P<end>[-–—);:\]]|\.(?!\w)|$)"
)
#: A name's abbreviation, whose dot is no full stop: "Warner Bros.", "St. Paul".
_ABBREVIATED = re.compile(
    r"\b(?:Bros|Inc|Co|Ltd|Corp|Plc|St|Mt|Ft|Lt|Sgt|Capt|Col|Gen|Dr|Mr|Mrs|Ms|Jr|Sr|Rev|No)$"
)
#: "The two firms, Shell and BP, agreed": the names between commas, then the verb.
_APPOSITION = re.compile(
    # the things, perhaps after a name's adjective: "Four Premier League clubs, A, B and C,"
    r"(?:\s+(?:[a-z][a-z'’-]*|[A-Z][a-z]+)){0,3}?\s+(?:[a-z][a-z'’-]*|[A-Z]{2,}s)\s*,\s*"
    rf"(?P<list>{_NAME}(?:\s*,\s*(?:and\s+)?{_NAME}|\s+and\s+{_NAME}){{1,11}})"
    r"\s*(?P<end>,)\s+(?!(?:and|or|but|nor|as|which|among|including|both|each|all|"
    r"also|plus|too|together|respectively|either|neither)\b)[a-z]"
)
#: "The four firms named in the suit are Gazprom, its unit Gazpromneft, … and Rosneft.":
#: a definite count, then the list it is, to the end of the sentence.
_COPULA_LIST = re.compile(
    r"(?:\s+[a-z][a-z'’-]*){1,8}?\s+(?:are|were)\s+"
    rf"(?P<list>{_NAMED_LIST})"
    r"\s*(?P<end>[.;]|$)"
)
#: A listed item that opens with a function word: a clause, not a role before a name (a
#: possessive is a role's: "its unit Gazpromneft").
_ROLE_WORD = re.compile(
    rf"(?:[a-z'’-]+\s+)*?(?:{'|'.join(sorted(STOP_WORDS - {'its', 'their'}))})\s"
)
#: Before a count: the definite article, so the count is the whole set.
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
#: A part's count and "of" before a count: the whole a listed part is taken from
#: ("Two of the five accused - Smith and Jones -"; "any of the nine cities (…)" and
#: "the activities of three websites - …" list the whole).
_OF_BEFORE = re.compile(
    r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|some|"
    r"several|many|few|most|both)\s+of\s+(?:the\s+|its\s+|their\s+)?"
    # "Two of Britain's big four banks", "Two of the world's three largest lines"
    r"(?:[A-Za-z][\w-]*['’]s?\s+)?(?:[A-Za-z-]+\s+)?$",
    re.IGNORECASE,
)
#: Words that open a partial list: "Three firms - including Shell and BP -".
_PARTIAL = re.compile(
    r"(?:including|notably|chiefly|mainly|mostly|particularly|especially|principally|"
    r"primarily|largely|led\s+by|such\s+as|among\s+them|for\s+example|e\.g\.)\b",
    re.IGNORECASE,
)
#: Counted places, whose names may carry a state or country after a comma.
_PLACES = re.compile(
    r"\b(?:cities|towns|places|sites|plants|factories|stores|shops|offices|airports|"
    r"states|locations|venues|centres|centers|branches|regions)\b"
)
#: Counted spans of time: "two days", "three years" are no group of the names after them.
_SPAN_OF_TIME = re.compile(
    r"\b(?:seconds|minutes|hours|days|nights|weeks|months|years|decades|seasons|terms|rounds)\b"
)
_OPEN_ENDED = re.compile(r"\s*(?:,\s*)?(?:among others|and others|etc|including|as well as)\b")
#: The names first, then the count: "Citizens Bank and Canal Bank are the two lenders",
#: "Scandinavians and Koreans, two of the most adventurous groups".
_NAMED_FIRST = re.compile(
    rf"\s*(?P<list>{_NAME}(?:\s*,\s*{_NAME}){{0,10}}\s*,?\s+and\s+{_NAME})"
    # "the world's two biggest reinsurers", "Britain's two largest banks" (a bare count
    # may be of what each has: "Leeds and Burnley, four games unbeaten")
    r"\s*(?:,|\s+(?:are|were))\s+(?P<det>the\s+|[A-Za-z][\w-]*['’]s\s+)?"
    r"(?:(?<=the\s)[A-Za-z][\w-]*['’]s\s+)?$"
)
_CLOCK = re.compile(r"\s*o['’]clock\b")
#: After a count with no article: members of a set ("two of the biggest grocers").
_OF_THE_SET = re.compile(r"\s+of\s+(?:the|its|their|[A-Z][\w-]*['’]s)\b")
#: After such a count: the things it counts ("two lenders", "two of the most … groups").
_COUNTED_AFTER = re.compile(
    r"\s+(?:of\s+(?:the|its|their)\s+)?(?:(?:[a-z'’-]+|[A-Z]{2,})\s+){0,3}?[a-z'’-]+s\b"
)
#: An adverb by its ending ("Currently", "Unsurprisingly"), not a name that ends alike
#: ("Italy", "Sally", "Sicily", "Kelly").
_ADVERB = re.compile(
    r"[A-Z][a-z]{2,}(?:ally|ently|antly|ously|ively|ately|edly|ingly|fully|lessly|ably|ibly|"
    r"arly|ntly)"
)
#: Words that open a sentence before a comma, never a name: "Meanwhile, A and B, two of".
_OPENING_WORDS = frozenset(
    {"Meanwhile", "Elsewhere", "Overall", "Today", "Still", "Now", "Together", "Indeed"}
    | {"Already", "Again", "Combined", "Worldwide", "Altogether", "However", "Instead"}
    | {"Yet", "Also", "Then", "Here", "There", "Abroad", "Likewise", "Moreover", "Besides"}
    | {"Furthermore", "Nevertheless", "Nonetheless", "Otherwise", "Later", "Earlier"}
    | {"Yesterday", "Tomorrow", "Tonight", "Thereafter", "Since", "So", "Thus", "Hence"}
)
#: Words that open a sentence before a place, not a list of names: "In London and Paris, two".
_NOT_A_NAME = frozenset(
    {"In", "On", "At", "For", "By", "With", "From", "After", "Before", "During", "Since", "Of"}
    | {"To", "As", "Like", "Unlike", "Between", "Across", "Outside", "Inside", "Both", "But"}
    | {"Beyond", "Despite", "Among", "Within", "Without", "Under", "Over", "Through", "Near"}
)


#: A capitalised word right before a number: a name's number ("Radio 4", "Year 11").
_NAMES_NUMBER = re.compile(
    r"\b(?!(?:The|A|An|Its|Their|His|Her|These|Those|Some|All|Both|Only|About|Just)\b)"
    r"[A-Z][\w-]*\s+$"
)


def _enumerations(sentence: Sentence) -> Iterator[Relation]:
    """ "Two airlines - American and Southwest - cut fares": the count names its items."""
    text = sentence.text
    for count in sentence.items:
        value = count.value
        # (an exact count is whole: its numerator is its value, and far cheaper to compare)
        if not exact_count(count) or value is None or not 2 <= value.numerator <= 12:
            continue
        if count.text[:1].isdigit() and _NAMES_NUMBER.search(
            text, max(sentence.start, count.start - 20), count.start
        ):
            continue  # "Two BBC Radio 4 presenters, A and B": "4" is the station's
        match = (
            _ENUMERATION.match(text, count.span[1], sentence.end)
            or _APPOSITION.match(text, count.span[1], sentence.end)
            or (
                _COPULA_LIST.match(text, count.span[1], sentence.end)
                if _THE_BEFORE.search(text, max(sentence.start, count.start - 5), count.start)
                else None
            )
        )
        if match is None:
            named = _named_first(sentence, count)
            if named is not None:
                yield named
            continue
        if _another_count_before(sentence, count, match.start("list")):
            continue  # "four seats in two counties: Kent and Surrey", "two wins and a draw: …"
        if _SCORED.search(text, count.span[1], match.start("list")):
            continue  # "four goals in added time: Foden and Haaland" names who scored
        if _OPEN_ENDED.match(text, match.end("list")) or match.group("end") == ";":
            continue  # "Portland, Oregon; Austin, Texas; …": items told apart by semicolons
        # "Two of the five accused - Smith and Jones -": the list names the part; "one of
        # the big four banks - A, B, C and D" the whole, so only a list as long as the
        # count may be its items, and a shorter or longer one proves nothing
        part_of = _OF_BEFORE.search(text, max(sentence.start, count.start - 24), count.start)
        listed = match.group("list")
        if match.group("end") == "." and _ABBREVIATED.search(listed):
            continue  # "Warner Bros. and Universal", "St. Paul": the dot is the name's
        if _PARTIAL.match(listed):
            continue  # "Three firms - including Shell and BP -": some of them
        if listed.count(" and ") > 1:
            continue  # "Marks and Spencer and Next": which "and" joins items is unclear
        if match.re is _APPOSITION and listed.count(",") > 1:
            continue  # "three cities, Portland, Oregon, Austin, Texas, and Denver,": City, State
        if match.re is _APPOSITION and _SPAN_OF_TIME.search(
            text, count.span[1], match.start("list")
        ):
            continue  # "Over two days, Smith, Jones and Brown, who met": the names open a clause
        items = [i.strip() for i in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", listed)]
        if any(_ROLE_WORD.match(item) for item in items):
            continue  # "American, which flies to Boston, and Southwest": a clause, no role
        paired = [i.strip(" ,") for i in re.split(r"\s+and\s+", listed)]
        if (
            len(items) != value
            and len(paired) == value
            and (
                _PLACES.search(text, count.span[1], match.start("list")) is not None
                or all(_comma_inside(pair) for pair in paired if "," in pair)
            )
        ):
            # "Portland, Oregon and Seattle", "Kansas City, Missouri and Denver": a comma
            # inside an item; people ("Peter Martin, Erik Gustafson and Joseph Palombo")
            # and firms are three
            items = paired
        elif (
            len(items) > value
            and _PLACES.search(text, count.span[1], match.start("list")) is not None
        ):
            continue  # "four cities - Portland, Oregon, Austin, Texas, Denver and Boston"
        if part_of and len(items) != value:
            continue
        relation = make_relation(
            sentence, "count_items", "N things - A, B and C", {"count": count}, {"items": items}
        )
        yield attrs.evolve(relation, confirm_only=True) if part_of else relation


#: The group words ("duo", "trio"), as one alternation for the patterns below.
_SIZED_GROUPS = "|".join(GROUP_SIZES)
_GROUP_WORD = re.compile(_SIZED_GROUPS)
#: "Leicester duo Ollie Smith and Andy Goode", "a trio of Lewis Moody, Joe Worsley and
#: Andy Hazell": a group word, then the names of its members.
_GROUP_NAMED = re.compile(
    rf"\b(?P<word>{_SIZED_GROUPS})\s+(?:of\s+)?"
    rf"(?P<list>{_NAME}(?:\s*,\s*{_NAME})*\s+and\s+{_NAME})"
    r"(?=\s*(?:[,.;:)]|[-–—]\s|$)|\s+(?P<next>[a-z][\w'’-]*))"
)
#: "The trio are chief executive A, finance chief B and chief operating officer C.": the
#: group word, a copula, then its members to the end of the sentence.
_GROUP_ARE = re.compile(
    rf"\b(?P<word>{_SIZED_GROUPS})\s+(?:are|were)\s+"
    # a verb after the copula tells what the group does: "The trio are backing A and B"
    r"(?![a-z]+(?:ing|ed)\b)"
    rf"(?P<list>{_NAMED_LIST})\s*(?:[.;]|$)"
)
#: "a quintet of Premier League managers - A, B, C, D and E -": the group word, the
#: things it groups, then its members after a dash, a colon or between commas.
_GROUP_OF = re.compile(
    rf"\b(?P<word>{_SIZED_GROUPS})\s+of\s+(?:(?:[a-z][a-z'’-]*|[A-Z][a-z]+)\s+){{0,3}}"
    r"(?:[a-z][a-z'’-]*s|[A-Z]{2,}s)\s*(?P<open>[-–—:,])\s*"
    rf"(?P<list>{_NAME}(?:\s*,\s*{_NAME})*\s+and\s+{_NAME})"
    r"\s*(?P<end>[-–—,.;)]|$)"
)
#: A list that may go on after the names read: ", Tesco", " and Boots".
_MORE_NAMES = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)[A-Z]")
#: Words after the members' names that a plural subject takes, or that close it: "have
#: been drafted", "who finished", "took second" (and any word in "-ed").
_AFTER_MEMBERS = frozenset(
    {"have", "has", "had", "are", "were", "was", "is", "will", "would", "could", "can"}
    | {"may", "might", "should", "must", "who", "both", "each", "also", "all", "said"}
    | {"say", "says", "took", "take", "won", "win", "made", "make", "face", "faced"}
    | {"lead", "led", "play", "start", "return", "remain", "came", "come", "went", "go"}
    | {"got", "get", "hold", "held", "left", "leave", "join", "met", "meet", "beat", "as"}
    | {"at", "in", "on", "for", "from", "to", "after", "before", "this", "last", "next"}
    | {"plus", "its", "his", "her", "their", "the", "a", "an"}
)
#: A modal or a pronoun right before the group word: "will pair", "to pair", "they pair".
_A_VERB_BEFORE = re.compile(
    r"\b(?:will|would|could|can|may|might|should|must|to|they|we|i|you)\s+$", re.IGNORECASE
)


def names_group(text: str) -> bool:
    """Whether a sentence may name a group's members ("duo A and B"), a cheap first test."""
    return _GROUP_WORD.search(text) is not None


def _groups(sentence: Sentence) -> Iterator[tuple[re.Match[str], int, list[str]]]:
    """Each group word of the sentence, the size it says, and the members it names."""
    text = sentence.text
    matches = [
        *_GROUP_NAMED.finditer(text, sentence.start, sentence.end),
        *_GROUP_ARE.finditer(text, sentence.start, sentence.end),
        *_GROUP_OF.finditer(text, sentence.start, sentence.end),
    ]
    for match in matches:
        if match.re is _GROUP_OF and match.group("open") == "," and match.group("end") != ",":
            continue  # "a trio of goals, Kane, Son and Bale scoring": no list between commas
        after = match.group("next") if match.re is _GROUP_NAMED else None
        if after is not None and not (after in _AFTER_MEMBERS or after.endswith("ed")):
            # "a trio of Ford and GM executives": the names qualify a plural noun; "Rock
            # trio Muse and US band the Killers": a noun after the names opens another
            continue
        if _A_VERB_BEFORE.search(text, max(sentence.start, match.start() - 12), match.start()):
            continue  # "The coach will pair A, B and C with …": "pair" is a verb
        listed = match.group("list")
        if listed.count(" and ") > 1 or _MORE_NAMES.match(text, match.end()):
            # "Marks and Spencer and Next": which "and" joins members is unclear; a name
            # after the list may be a member too ("pair A and B, C and D")
            continue
        items = [i.strip() for i in re.split(r"\s*,\s*|\s+and\s+", listed)]
        if any(_ROLE_WORD.match(item) for item in items):
            continue  # "The pair are the sons of Smith and Jones": a clause, no roles
        size = GROUP_SIZES[match.group("word").lower()]
        if len(items) > size and "," in listed:
            continue  # "US trio Washington, DC, Boston and Chicago": a comma inside a name
        yield match, size, items


#: What follows an item told as "one", "another", "the other": a description of it
#: ("one accusing", "another from", "the other, …"), not a noun it qualifies ("the
#: other firms").
_DESCRIBED = (
    r"(?=\s*,|\s+(?:[a-z]+ing|from|for|by|in|on|at|with|of|to|is|was|has|had|will|would)\b)"
)
#: "two lawsuits - one accusing it of …": the count, its things, then the first item.
_ONE_FIRST = re.compile(
    r"(?:\s+[a-z][a-z'’-]*){1,3}\s*(?P<open>[-–—:(]|,)\s*one"
    + _DESCRIBED
    # (an aside in brackets is part of an item: "one from the Low-fare Airlines (ELAA)")
    + r"(?P<rest>(?:[^.;:()]|\([^()]*\))*)"
)
#: The later items: "and another alleging …", ", a second with …", "and the other from".
_NEXT_ONE = re.compile(
    r"(?:,|\s(?:and|while|with|but))\s+(?P<word>another|the\s+other|(?:a|the)\s+"
    r"(?:second|third|fourth))" + _DESCRIBED
)
_ORDINAL_PLACE = {"second": 2, "third": 3, "fourth": 4}


def _one_and_another(sentence: Sentence) -> Iterator[Relation]:
    """ "Two lawsuits - one accusing it of bias and another alleging fraud": a count
    whose items are told one by one ("one …, a second … and a third …")."""
    text = sentence.text
    if text.find("one", sentence.start, sentence.end) < 0:
        return  # (the cheap test first: most sentences tell no item as "one")
    for count in sentence.items:
        value = count.value
        if not exact_count(count) or value is None or not 2 <= value <= 4:
            continue
        match = _ONE_FIRST.match(text, count.span[1], sentence.end)
        if match is None:
            continue
        if _OF_BEFORE.search(text, max(sentence.start, count.start - 24), count.start):
            continue  # "two of the four cars - one from Ford and the other from GM": the part's
        rest = match.group("rest")
        if match.group("open") in "-–—":
            # "two golds - one in the sprint and another in the relay - and a third in
            # Rio": the dash that opened the list closes it
            rest = re.split(r"\s[-–—](?:\s|$)", rest, maxsplit=1)[0]
        words = [m.group("word").split()[-1] for m in _NEXT_ONE.finditer(rest)]
        places = [_ORDINAL_PLACE.get(word) for word in words]
        if not words or any(p not in (None, k) for k, p in enumerate(places, start=2)):
            continue  # "one …, a third …": the places do not follow on
        if "other" in words[:-1]:
            continue  # "the other" closes the list: nothing may follow it
        items = ["one", *words]
        relation = make_relation(
            sentence,
            "count_items",
            "N things - one …, and another …",
            {"count": count},
            {"items": items},
        )
        # "another" leaves the list open: three lawsuits may be told two by two
        yield attrs.evolve(relation, confirm_only=True) if words[-1] == "another" else relation


def groups_named(sentence: Sentence) -> Iterator[Relation]:
    """ "Spanish trio Real Madrid, Barcelona and Valencia": a group word names as many
    members as it says ("duo" two, "trio" three)."""
    if not names_group(sentence.text[sentence.start : sentence.end]):
        return  # most sentences name no group
    for match, size, items in _groups(sentence):
        word_start, word_end = match.span("word")
        group = Figure(
            match.group("word"),
            Fraction(size),
            Fraction(size),
            unit=dimensionless(),
            value=Fraction(size),
            start=word_start,
            end=word_end,
        )
        yield make_relation(
            sentence, "count_items", "a trio: A, B and C", {"count": group}, {"items": items}
        )


#: A sentence that opens on the group the sentence before counted: "The trio are".
_THE_GROUP = re.compile(r"\s*(?:The|These|Those)\s+(?:[a-z]+\s+)?$")


def group_back(sentence: Sentence, previous: Sequence[Figure]) -> Relation | None:
    """ "Three senior executives are to leave. The trio are A, B and C.": the group the
    sentence opens on is the one count of things the sentence before told, when the
    two are of one size, and its members are that many. (The caller has found a group
    word in the sentence: :func:`names_group`.)"""
    text = sentence.text
    counts = [
        f
        for f in previous
        if exact_count(f)
        and f.value is not None
        and 2 <= f.value.numerator <= 12
        and _things(f, phrase=True) is not None
    ]
    if len(counts) != 1:
        return None  # "Five firms bid and two won. The pair are A and B": which is meant
    for match, size, items in _groups(sentence):
        if match.re is not _GROUP_ARE or not _THE_GROUP.fullmatch(
            text, sentence.start, match.start("word")
        ):
            continue
        if counts[0].value != size:
            # "Five firms bid and two won. The pair are …": the pair is not all of them
            continue
        return make_relation(
            sentence,
            "count_items",
            "N things. The trio are A, B and C",
            {"count": counts[0]},
            {"items": items},
        )
    return None


#: A time or an event named like a rival after "after": "after Christmas", "after
#: Tuesday's Budget", "after Storm Isha", "after Black Friday and Cyber Monday".
_EVENT = (
    rf"(?:{TIME_NAMES}|Covid|Brexit|Budget|"
    r"Ramadan|Diwali|Thanksgiving|Halloween|Lent|Hogmanay|Storm|Hurricane|Typhoon|Cyclone|"
    r"Black\s+Friday|Boxing\s+Day|[A-Z]\w*\s+(?:Day|Monday|Eve))\b"
)
_A_TIME_NAMED = re.compile(rf"(?:[A-Z]\w*\s+)?{_EVENT}")
#: An ordinal in the words before the ones ahead: another rank's ("in its third
#: weekend to become the year's fourth-biggest release, behind A, B and C").
_ANOTHER_ORDINAL = re.compile(
    rf"\b(?:{'|'.join(w for w in ORDINAL_WORDS if w.isalpha())}|\d+(?:st|nd|rd|th))\b",
    re.IGNORECASE,
)
#: A plural name after "the": a team of several ("behind the Red Bulls and the Ferraris").
_THE_PLURAL = re.compile(r"\bthe\s+(?:[A-Z]\w*\s+)*[A-Z]\w*s\b")
#: After a rank, the ones ahead of it named: "second biggest in the world after the New
#: York Stock Exchange", "third bank to cut jobs, following A and B", "third behind A in".
_RANKED_AHEAD = re.compile(
    # (the tail may hold a name's number: "the third chief executive of a FTSE 250 firm")
    # (a time after "after" is passed over: "after Tuesday's Budget, following A and B")
    r"(?P<tail>(?:[^.;:(),]|(?<=\d)[.,](?=\d)|,(?=\s+(?:after|behind|following)\b)){0,120}?)"
    rf"\s*,?\s+(?:after|behind|following)\s+(?:the\s+)?(?!(?:[A-Z]\w*['’]s\s+)?{_EVENT})"
    rf"(?P<list>{_NAME}(?:\s*,\s*(?:and\s+)?(?:the\s+)?{_NAME}|\s+and\s+(?:the\s+)?{_NAME}){{0,6}})"
    r"(?=\s*(?:[,.;:)–—]|\s-\s|$)|\s+(?:in|at|on|for|with|by|last|this|among|over)\b)"
)
#: A rank by a superlative ("second-largest", "third most visited") or in a sequence
#: ("the third bank to announce cuts"; a noun first: "finished third in Singapore to
#: claim a podium" is a race's place, told by its winner): the ones named ahead are all
#: of them.
_RANKED_WHOLLY = re.compile(
    r"(?:\s*-\s*|\s+)(?:[a-z]+est|most|least|best|worst)\b"
    r"|\s+(?!(?:in|at|on|to|for|with|of|and|place|spot|position|time)\b)[a-z][\w'’-]*"
    r"(?:\s+[\w'’-]+){0,8}?\s+to\s+[a-z]+"
)


def _ranks(sentence: Sentence) -> Iterator[Relation]:
    """ "the second biggest in the world after the New York Stock Exchange": a rank names
    the ones ahead of it. A bare rank ("came third behind Smith") may name only the
    winner, so it confirms but never flags."""
    text = sentence.text
    for rank in sentence.figures:
        value = rank.value
        if rank.kind is not Kind.ORDINAL or value is None or not 2 <= value <= 10:
            continue
        match = _RANKED_AHEAD.match(text, rank.span[1], sentence.end)
        if match is None:
            continue
        listed = match.group("list")
        if listed.count(" and ") > 1:
            continue  # "after Marks and Spencer and Next": which "and" joins items is unclear
        items = [i.strip() for i in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+(?:the\s+)?", listed)]
        if any(_A_TIME_NAMED.match(item) for item in items):
            continue  # "to sack its manager after Christmas and New Year": times, no rivals
        if _ANOTHER_ORDINAL.search(match.group("tail")):
            continue  # "in its third weekend to become the fourth-biggest, behind …"
        if _THE_PLURAL.search(listed) or _THE_PLURAL.search(
            text, match.end("tail"), match.start("list") + 1
        ):
            continue  # "behind the Red Bulls and the Ferraris": two cars each
        wholly = _RANKED_WHOLLY.match(match.group("tail")) is not None
        # "after Marks and Spencer": two one-word names joined by "and" may be one firm
        one_firm = (
            len(items) == 2
            and " and " in listed
            and all(" " not in i for i in items)
            and not any(
                _named_again(text, i, match.start("list"), match.end("list")) for i in items
            )
        )
        # "the third retailer to report weak sales after Christmas", "after Tuesday's
        # Budget": one name after a rank past second may be a time, not the ones ahead
        one_name = len(items) == 1 and value > 2
        relation = make_relation(
            sentence,
            "count_items",
            "the Nth, after A and B",
            {"count": rank},
            {"items": items, "ranked": True},
        )
        yield attrs.evolve(relation, confirm_only=not wholly or one_firm or one_name)


#: Things won or scored: the names after them are who scored them, or where.
_SCORED = re.compile(
    r"\b(?:goals|tries|wickets|runs|points|medals|golds|silvers|bronzes|wins|victories|"
    r"defeats|losses|draws|caps|assists|titles|trophies|caps|centuries|birdies|aces)\b"
)


def _another_count_before(sentence: Sentence, count: Figure, list_start: int) -> bool:
    """Whether another count, or a second thing joined by "and", shares the list: one
    between the count and its list ("four seats in two counties: A and B"), or one
    joined to it just before ("Three wins and two defeats: A, B, …")."""
    text = sentence.text
    if " and " in text[count.span[1] : list_start]:
        return True  # "two wins and a draw: Hull, Derby and Stoke"
    for other in sentence.items:
        if other is count or other.value is None or other.value < 2:
            continue
        if count.span[1] <= other.start < list_start:
            return True
        if other.span[1] <= count.start and _THINGS_AND.fullmatch(text, other.span[1], count.start):
            return True
    return False


#: Between two counts joined as one list's things: "Three wins and two defeats".
_THINGS_AND = re.compile(r"\s+(?:[a-z'’-]+\s+){1,2}and\s+")


#: Words after a comma inside a name: "Martin Luther King, Jr", "Acme, Inc".
_NAME_SUFFIXES = frozenset({"Jr", "Sr", "Inc", "Ltd", "Plc", "plc", "Co", "LLC", "II", "III", "IV"})


def _comma_inside(pair: str) -> bool:
    """Whether "A, B" may be one listed item that is no place: "Martin Luther King, Jr",
    "Acme, Inc" (a suffix); "Air Deccan, Kingfisher" and "Shell, BP" are two."""
    return pair.partition(",")[2].strip(" .") in _NAME_SUFFIXES


def _named_again(text: str, word: str, start: int, end: int) -> bool:
    """Whether ``word`` is written anywhere in the text outside ``start``–``end`` (the
    list it was read in): a name comes back ("after Microsoft and Apple. Microsoft got
    there first"), one part of a firm's name ("Marks and Spencer") need not."""
    return any(
        not start <= found.start() < end for found in re.finditer(rf"\b{re.escape(word)}\b", text)
    )


def _named_first(sentence: Sentence, count: Figure) -> Relation | None:
    """ "Citizens Bank and Canal Bank are the two lenders": the names open the sentence,
    then the count of the things they are."""
    text = sentence.text
    before = text[sentence.start : count.start].rstrip()
    if " and " not in before or not before.endswith((",", " are", " were", " the", "'s", "’s")):
        return None  # the cheap test first
    match = _NAMED_FIRST.fullmatch(text, sentence.start, count.start)
    if match is None or not _COUNTED_AFTER.match(text, count.span[1]):
        return None
    if match.group("det") is None and not _OF_THE_SET.match(text, count.span[1]):
        return None  # "Leeds and Burnley, four games unbeaten": what each of them has
    if _CLOCK.match(text, count.span[1]):
        return None  # "A and B, the 10 o'clock newsreaders": a time
    listed = match.group("list")
    if listed.split()[0] in _NOT_A_NAME or listed.count(" and ") > 1:
        return None  # "In London and Paris, two people": a place opens the sentence
    items = [i.strip() for i in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", listed)]
    value = count.value
    if len(items) > 2 and (_ADVERB.fullmatch(items[0]) or items[0] in _OPENING_WORDS):
        items = items[1:]  # "Meanwhile, A and B, three of …": the opener is no name
    elif (
        value is not None
        and len(items) > 2
        and "," in listed.partition(" and ")[0]
        and (len(items) == value + 1)
    ):
        # "Meanwhile, Brazil and India, two of …", "This Christmas, Tesco and Asda, two of
        # …": what opens the sentence before a comma may be no name, so a list one
        # longer than its count proves nothing; read without it, it agrees
        items = items[1:]
    return make_relation(
        sentence, "count_items", "A and B, the N things", {"count": count}, {"items": items}
    )


# ---------------------------------------------------------------- surveys
_SURVEY_OF = re.compile(
    r"(?:.*\s)?(?:survey|poll|study|sample|questionnaire|census)\s+of(?:\s+(?:the|some|just|only))?"
)
#: "The union surveyed 23 teachers", "researchers interviewed 40 parents".
_ASKED_BEFORE = re.compile(
    r"(?:.*\s)?(?:questioned|polled|surveyed|interviewed)(?:\s+(?:just|only|some))?"
)
_ASKED_AFTER = re.compile(
    r"(?:\s+[a-z'’-]+){1,2}\s+(?:questioned|polled|surveyed|asked|interviewed)\b"
)
SURVEY_WORDS = re.compile(
    r"survey|poll|study|sample|questionnaire|census|questioned|surveyed|asked|interviewed",
    re.IGNORECASE,
)
_ANSWERED = re.compile(
    r"\s+(?:of\s+(?:them|those|respondents)\s+)?(?:said|say|says|agreed|backed|thought|"
    r"believed|believe|reported|wanted|supported|opposed|felt|expected|named|chose)\b"
)


_NOT_PEOPLE = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}(?:countries|nations|seats|universities|villages|towns|cities|"
    r"firms|companies|businesses|schools|hospitals|areas|regions|constituencies|states|"
    r"markets|sites|branches|stores|councils|households|homes|farms|families|practices|"
    r"surgeries|wards|clubs|classes|pubs|bars|restaurants|couples|pairs|teams|groups|"
    r"departments)\b"
    # "23 heads and their deputies", "23 governors and staff": two groups asked
    r"|\s+(?:[a-z-]+\s+){0,2}?and\s+(?:their|its|other|the|staff|[a-z]{3,}s)\b"
)


def survey_size(text: str, lead: str, count: Figure, items: Sequence[Figure]) -> bool:
    """Whether ``count`` is how many people a survey asked ("a survey of 23 teachers",
    "23 teachers were questioned"), the one count of its sentence's ``items``; ``lead``
    is the sentence's words before it, lower-cased."""
    value = count.value
    if not exact_count(count) or value is None or not 0 < value <= GRIM_LIMIT:
        return False
    near = lead[-60:]  # (the words right before the count: a long subject may open it)
    if not (
        fits(_SURVEY_OF, near)
        or fits(_ASKED_BEFORE, near)
        or _ASKED_AFTER.match(text, count.span[1])
    ):
        return False
    if _NOT_PEOPLE.match(text, count.span[1]) or _OWNERS.match(text, count.span[1]):
        return False  # "a census of 23 villages", "23 teachers' pupils": more people than 23
    # "… repeated last year with 500": which count answered? ("23 teachers at five
    # schools" counts where they work)
    return not any(
        exact_count(f)
        and f is not count
        and not _WHERE_BEFORE.search(text, max(0, f.start - 8), f.start)
        for f in items
        if unit_key(f) != "percent"
    )


#: Before a count of the places the people asked are in: "at five schools".
_WHERE_BEFORE = re.compile(r"\b(?:at|in|on|across|from)\s+$")


def an_answer(text: str, share: Figure) -> bool:
    """Whether ``share`` is a plain percent of people answering: "38% said"."""
    return (
        unit_key(share) == "percent"
        and share.trend is None
        and not share.parts
        and share.hedge is Hedge.ROUNDED
        and _ANSWERED.match(text, share.span[1]) is not None
    )


def _surveyed(sentence: Sentence) -> Iterator[Relation]:
    """ "A survey of 23 teachers found that 38% said …": can 38% of 23 people exist?"""
    items, text = sentence.items, sentence.text
    if len(items) < 2 or not any(unit_key(f) == "percent" for f in items[1:]):
        return
    if not SURVEY_WORDS.search(text, sentence.start, sentence.end):
        return
    if WEIGHTED.search(text, max(0, sentence.start - 300), min(len(text), sentence.end + 300)):
        return  # weighted results need not be whole numbers of the people asked
    for i, count in enumerate(items):
        if not survey_size(text, sentence.lead(i), count, items):
            continue
        for share in items[i + 1 :]:
            if an_answer(text, share):
                yield make_relation(
                    sentence, "percent_of_n", "a survey of N … C said", {"n": count, "share": share}
                )
                return
        return


# ---------------------------------------------------------------- shares of one group
#: Words that make a sentence about people answering or being counted in groups.
_GROUP_WORDS = re.compile(
    r"\b(?:poll|polled|polls|survey|surveyed|study|respondents|asked|questioned|interviewed|"
    r"voters|said|say|says|saying|thought|think|believe|believed|felt|feel|backed|supported|"
    r"opposed|found|voted)\b",
    re.IGNORECASE,
)
_BY = re.compile(r"\bby\b")
#: Before a share of a group other than the one before it: "and another 18%".
_ANOTHER = re.compile(
    r"(?:.*[\s,])?(?:another|a\s+further|the\s+remaining|the\s+other|the\s+rest,?)"
    r"(?:\s+(?:of\s+)?(?:just|only|some|about|around|nearly|almost))?"
)
#: What the second group said, when it is the first group's answer turned down:
#: "…, with 40% saying they did not", "while 35% disagreed".
_SAYING_NOT = re.compile(
    r"(?:\s+(?:of\s+(?:them|those|respondents)\s+)?"
    r"(?:said|saying|say|says|thought|believed|felt|answered|replied|were|was|are|did|do|had|"
    r"would)\b(?:\s+(?:they|it|he|she))?(?:\s+(?:did|do|does|were|was|had|have|would|could|"
    r"should|are|is))?\s+(?:not|no|never)"
    r"|\s+(?:disagreed|disagree|disapproved|opposed|rejected|were\s+against|are\s+against|"
    r"voted\s+against|voted\s+no)"
    r"(?:\s+(?:it|them|this|that))?"
    # "47% supported the law, with 26% against": the verb left out
    r"|\s+against"
    # the answer turned down ends there: "said they did not know" is another answer
    r")\s*(?:[.,;:)]|$|and\b|but\b|while\b)",
    re.IGNORECASE,
)
#: A share that gave no answer: "11% undecided", "7% said they did not know".
_NO_ANSWER = re.compile(
    r"\s+(?:(?:were|are|remain|remained|said\s+they\s+were)\s+)?(?:undecided|unsure|"
    r"uncertain|don['’]t\s+know|did\s+not\s+know|do\s+not\s+know|had\s+no\s+(?:view|opinion)|"
    r"expressed\s+no\s+(?:view|opinion)|(?:said\s+)?they\s+did\s+not\s+know)"
    r"\s*(?:[.,;:)]|$|and\b|but\b|while\b)",
    re.IGNORECASE,
)
#: What a share is of: "60% of its sales" (two words at most).
_OF_BASE = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?([a-z]+)", re.IGNORECASE)
#: After a share: the group it is of, not the whole poll ("in Wales", "among men").
_SUBGROUP_AFTER = re.compile(
    r"\s+(?:in\s+(?:the\s+)?[A-Z]|among\b|of\s+(?:men|women|voters\s+aged|those\s+aged))"
)
#: Before a further party's share in poll standings: "… with the Liberal Democrats on 19%".
_STANDING_ON = re.compile(
    # "…, with the Liberal Democrats on 19%"; in a list, "Labour on 35%, the SNP on 31%"
    r"(?:,\s*)?(?:(?:with|and|while)\s+)?(?:the\s+)?"
    r"(?!(?:[a-z'’-]+\s+){0,3}(?:rating|ratings|turnout|approval|satisfaction)\b)"
    r"(?:[a-z'’-]+\s+){1,4}on"
)


def _one_group(sentence: Sentence) -> Iterator[Relation]:
    """Shares of one group of people add up to at most 100%.

    "53% said they had sympathy, with 40% saying they did not"; "70% were no
    worse off, and another 18% felt better off"; "Labour lead by 39% to 34%,
    with the Liberal Democrats on 19%". Each later share must be told apart
    from the ones before it by the wording: "another", the first answer
    turned down, or a further party's standing. Shares of several questions
    ("62% said prices were high and 58% said service was poor") can add up
    to more than 100%, so nothing else is read as one group.
    """
    items, text = sentence.items, sentence.text
    if len(items) < 2 or sum(1 for f in items if unit_key(f) == "percent") < 2:
        return
    if not _GROUP_WORDS.search(text, sentence.start, sentence.end) and not (
        _BY.search(text, sentence.start, sentence.end)
        and any(fits(_LEADS_BY, sentence.lead(i)) for i in range(len(items)))
    ):
        return
    shares: list[Figure] = []
    for k, figure in enumerate(items):
        if not shares and not (is_share(figure) or figure.parts):
            continue  # "a study of the 1993 floods found that 70% …": before the group's shares
        standing = fits(_LEADS_BY, sentence.lead(k)) is not None
        if standing and len(figure.parts) == 2 and figure.hedge is Hedge.BETWEEN:
            shares.extend(figure.parts)  # "lead by 39% to 34%" read as one range
            continue
        if not (is_share(figure) and not is_fraction_word(figure)):
            if (
                len(shares) >= 2
                and re.match(
                    r"[^,;]*,\s*(?:a|the)\s+(?:margin|majority|tally|vote|split)\s+of\b",
                    text[items[k - 1].span[1] : figure.start],
                )
                and re.fullmatch(
                    r"[\s\d,]*(?:to|-)[\s\d,]*[.!]?\s*", text[figure.span[1] : sentence.end]
                )
            ):
                # "87% backed strikes and 13% voted against, a margin of 395 to 59." (the
                # margin closes the sentence: "… on the first question" is of one answer)
                break
            return  # a count or an amount beside the shares: other statements share it
        if _SUBGROUP_AFTER.match(text, figure.span[1]):
            return  # "Labour on 55% in Wales, the Tories on 50% in the South": other groups
        if figure.hedge not in (Hedge.ROUNDED, Hedge.EXACT):
            return
        if shares:
            gap = sentence.gap(k)
            told_apart = (
                fits(_ANOTHER, gap) is not None
                or (gap == "to" and fits(_LEADS_BY, sentence.lead(k - 1)) is not None)
                or fits(_STANDING_ON, gap) is not None
                or (
                    _SAYING_NOT.match(text, figure.span[1]) is not None
                    and _SAYING_NOT.match(text, shares[-1].span[1]) is None
                    and re.search(r"(?:,\s*)?(?:with|while|and|but|whereas)$", gap) is not None
                )
                # "…, with 28% against and 11% undecided": those who gave no answer
                or (
                    _NO_ANSWER.match(text, figure.span[1]) is not None
                    and re.search(r"(?:,\s*)?(?:with|while|and|but|whereas)$", gap) is not None
                )
            )
            if not told_apart or _base(text, figure) not in (None, _base(text, shares[0])):
                return  # "60% of its sales … another 45% of its profits": two wholes
        shares.append(figure)
    if len(shares) < 2:
        return
    yield make_relation(
        sentence,
        "sum_at_most",
        "shares of one group",
        {"parts": tuple(shares), "total": _whole(shares[0])},
    )


_HOLDING = re.compile(
    r"\b(?:stakes?|holdings?|shareholdings?|owns?|owned|keeps?|keeping|kept|retains?|retained|retaining)\b",
    re.I,
)
#: Before the share that makes up the rest: "with foreign films taking the remaining".
_THE_REST = re.compile(r"(?:.*\s)?(?:the\s+)?(?:remaining|rest\s+of\s+the|remainder\s+of\s+the)$")


def _remainder(sentence: Sentence) -> Iterator[Relation]:
    """ "37.5% of the total, with foreign films taking the remaining 62.5%": the two
    shares make up the whole, 100%.

    Only a sentence with exactly two shares, the second after "the remaining";
    with more shares "the rest" may be the rest of several.
    """
    shares = [f for f in sentence.items if unit_key(f) == "percent"]
    if len(shares) != 2 or not all(is_share(f) and not f.trend for f in shares):
        return
    first, second = shares
    k = sentence.items.index(second)
    if sentence.items[k - 1] is not first or not fits(_THE_REST, sentence.gap(k), 120):
        return
    if any(f.hedge not in (Hedge.ROUNDED, Hedge.EXACT) for f in shares):
        return
    if not _OF_BASE.match(sentence.text, first.span[1]):
        return  # "growth of 3% … the remaining 2%": a share is of a whole the text names
    if _base(sentence.text, second) not in (None, _base(sentence.text, first)):
        return  # "40% of ticket sales, with … the remaining 55% of screen time"
    if _HOLDING.search(sentence.text, sentence.start, sentence.end):
        return  # "sold 40% of the firm, keeping the remaining 10% stake": the rest of a stake
    yield make_relation(
        sentence,
        "sum_equals",
        "A, with the remaining B",
        {"parts": (first, second), "total": _whole(first)},
    )


#: "85% owned by the government and 15% by its staff": owners of one thing, before the
#: second share ("…, and 15% by").
_OWNED_BY = re.compile(r"owned\s+by\s+(?:[\w'’&-]+,?\s+){1,6}?(?:and|with|while)")
#: After the second share: its owner ("by its staff", "by BP"), not a deadline or a
#: basis ("by 2015", "by area", "by value").
_BY_AFTER = re.compile(
    r"\s+(?:owned\s+|held\s+)?by\s+(?!\d|(?:value|area|volume|weight|number|revenue|sales|"
    r"turnover|size|then|now|the\s+end|the\s+time|next|last|mid|early|late)\b)"
)
#: A time between the two shares: the stakes of two moments, not one ("in 2009 and").
_TIME_BETWEEN = re.compile(
    r"\b(?:in|by|since|until)\s+(?:‹[a-z]›|(?:19|20)\d\d)|\b(?:then|now|later)\b"
)


_OWNER_HEAD = re.compile(
    r"\s+(?:owned\s+|held\s+)?by\s+(?:[a-z'’-]+\s+){0,3}?([a-z'’-]+)(?=\s*(?:[,.;]|$|and\b|with\b|based\b|in\b))"
)


def _owner_head(text: str, at: int) -> str | None:
    """The head noun of the owner after a stake ("by overseas investors": investors)."""
    found = _OWNER_HEAD.match(text, at)
    return None if found is None else found.group(1).lower()


def _owners(sentence: Sentence) -> Iterator[Relation]:
    """ "The company is 85% owned by the government and 15% by its staff": the stakes
    of one thing's owners add up to at most 100%."""
    items, text = sentence.items, sentence.text
    if text.find("owned", sentence.start, sentence.end) < 0:
        return
    for k in range(1, len(items)):
        first, second = items[k - 1], items[k]
        if not all(
            is_share(f) and not is_fraction_word(f) and f.trend is None and not f.parts
            for f in (first, second)
        ):
            continue
        if fits(_OWNED_BY, sentence.gap(k)) is None:
            continue
        if _TIME_BETWEEN.search(sentence.raw_gap(first.span[1], second.start)) or any(
            f.kind is Kind.DATE for f in sentence.figures
        ):
            continue  # "84% owned by the state in 2009 and 40% by 2015": two moments
        if not _BY_AFTER.match(text, second.span[1]):
            continue  # "85% owned by the state and 15% of its debt": another whole
        owners = [_owner_head(text, f.span[1]) for f in (first, second)]
        if all(o is not None and plural_word(o) for o in owners):
            continue  # "70% by institutional investors and 40% by overseas investors": kinds
        yield make_relation(
            sentence,
            "sum_at_most",
            "A% owned by X and B% by Y",
            {"parts": (first, second), "total": _whole(first)},
        )


#: "185p a share, a premium of 27% to": an offer priced against another price.
_PREMIUM = re.compile(
    r"(?:(?:[a-z'’-]+\s+){0,3}?[a-z'’-]+\s*)?(?:[,(—–-]\s*)?(?:(?:or|which\s+is|representing)\s+)?"
    r"(?:(?:a|an|the)\s+)?"
    r"(?P<word>premium|discount)\s+of"
)
_PRICE_BEFORE = re.compile(
    # ("to Friday's closing price of": the weekday and its "to" go as a time phrase)
    r"(?:(?:to|on|over|against)\s+)?(?:(?:the|its|their|[a-z]+['’]s?)\s+)?(?:[a-z'’-]+\s+){0,3}?"
    r"(?:price|value|level|valuation|close|closing)(?:\s+of)?|(?:to|on|over)"
)


#: Before a price that a premium or discount is measured against, not the offer.
_REFERENCE_BEFORE = re.compile(r"\b(?:premium|discount)\s+(?:to|on|over)\b[^,;]*$")
_PREMIUM_AFTER = re.compile(r"(?P<word>premium|discount)\s+(?:" + _PRICE_BEFORE.pattern + ")")
_BEFORE_PREMIUM = re.compile(
    r"(?:(?:[a-z'’-]+\s+){0,3}?[a-z'’-]+\s*)?(?:[,(—–-]\s*)?(?:(?:or|which\s+is|representing)\s+)?"
    r"(?:a|an|the)?"
)


def _premiums(sentence: Sentence) -> Iterator[Relation]:
    """ "185p a share, a premium of 27% to Friday's closing price of 146p": the offer is
    the price raised by the premium (lowered by a discount)."""
    items, gap = sentence.items, sentence.gap
    for i in range(len(items) - 2):
        offer, change, price = items[i], items[i + 1], items[i + 2]
        if unit_key(change) != "percent" or change.trend is not None or change.parts:
            continue
        if _REFERENCE_BEFORE.search(sentence.lead(i)) or " and " in f" {gap(i + 1)} ":
            continue  # "a 27% premium to … 146p, and a 35% premium to … 137p": two references
        if _ADD_ONS.search(sentence.text, sentence.start, offer.start):
            continue  # "185p a share, including a 10p dividend, a premium of": a piece of it
        match = fits(_PREMIUM, gap(i + 1), 60)
        if match is not None and not fits(_PRICE_BEFORE, gap(i + 2), 60):
            continue
        if match is None:
            # "90p, a 10% discount to the market price of 100p"
            match = fits(_PREMIUM_AFTER, gap(i + 2), 70)
            if match is None or not fits(_BEFORE_PREMIUM, gap(i + 1), 40):
                continue
        pair = as_levels(price, offer)
        if pair is None or unit_key(pair[0]) == "percent":
            continue
        trend = Trend.UP if match.group("word") == "premium" else Trend.DOWN
        yield make_relation(
            sentence,
            "percent_change",
            "B, a premium of C to A",
            {"change": attrs.evolve(change, trend=trend), "from": pair[0], "to": pair[1]},
        )


def _base(text: str, share: Figure) -> str | None:
    """The noun a share is "of" ("60% of its sales": sales), if the text says."""
    match = _OF_BASE.match(text, share.span[1])
    return match.group(1).lower() if match else None


def _whole(share: Figure) -> Figure:
    """The 100% that shares of one group fit in, as a figure at no place in the text."""
    hundred = Fraction(100)
    return Figure(
        "100%",
        hundred,
        hundred,
        unit=share.unit,
        kind=Kind.QUANTITY,
        value=hundred,
        precision=Fraction(0),
        hedge=Hedge.EXACT,
        start=share.start,
        end=share.start,
    )


# ---------------------------------------------------------------- parts of a total
#: "… $23bn - a fraction of the request - including almost $6bn": the part follows.
_INCLUDING = re.compile(
    r"(?:.*[\s,(—–-])?(?:including|includes|included|of\s+which|among\s+them)"
    r"(?:\s+(?:a|an|the|some|about))?"
)
_AND = re.compile(r"(?:,\s*)?(?:and|plus)(?:\s+(?:a|an|the|another))?|,")
_PLACE_COUNT = re.compile(r"\b(?:in|across|from|at|over|among)$")
#: "The total payment includes $5m … and $4m …": the sentence names its total earlier.
TOTAL_INCLUDES = re.compile(
    r"(?:the|this|that)\s+(?:[a-z'’-]+\s+){0,2}?(?:total|sum|amount|bill|package|figure)"
    r"(?:\s+[a-z'’-]+){0,2}\s+(?:includes|included|covers|covered)"
    r"(?:\s+(?:a|an|the|some|about))?"
)
_PRONOUN = re.compile(r"(?:it|this|that)\b")
#: Words of a net figure, whose parts may be bigger than itself: "£60m in deposits, less
#: £20m of overdrafts", "offset by 200 new posts", "net migration".
_NETTED = re.compile(
    r"\b(?:net|netted|offset(?:s|ting)?|minus|less(?!\s+than)|deducting|after\s+deducting)\b",
    re.IGNORECASE,
)
#: Measures that are what is left when costs are taken off: a profit of £300m may
#: include a £500m gain.
_NET_MEASURES = frozenset({"profit", "loss", "income"})
#: A rate after an amount: "$5,000 per pupil", "£20 a head", "$3 each".
_RATE_AFTER = re.compile(
    r"\s*(?:per|a|an|each)\b(?!\s+[a-z]+\s+(?:ago|earlier|before|later|previously)\b)",
    re.IGNORECASE,
)
#: "It was made up of $250m … and $125m …": the parts of the one total, all of them.
_TOTAL_CONSISTS = re.compile(
    r"(?:it|this|that|the\s+(?:[a-z'’-]+\s+){0,2}?(?:total|sum|amount|bill|package|figure|"
    r"deal|settlement|payment|payout|fine|award|package|fund|budget))"
    r"\s+(?:(?:was|is|will\s+be)\s+made\s+up\s+of|consists\s+of|consisted\s+of|comprises|"
    r"comprised|(?:was|is|will\s+be)\s+split\s+(?:into|between))"
)


def _listed_parts(sentence: Sentence, first: int, *, aside: bool = False) -> tuple[Figure, ...]:
    """Item ``first`` and the items joined to it by "and", "plus" or commas; in an
    ``aside`` ("including …"), ", and" after the first item ends it."""
    items = sentence.items
    parts = [items[first]]
    for k in range(first + 1, len(items)):
        joint = sentence.gap(k)
        # "… $5m in fines and more than $4m": a few words of the part's own may come first
        if not re.fullmatch(r"(?:(?:[a-z'’-]+\s+){0,6}?[a-z'’-]+\s*)?" + _AND.pattern, joint):
            break
        if aside and len(parts) == 1 and re.search(r",\s*and$", joint):
            break  # "including £2bn for motorways, and £7bn for rail": the aside ends first
        parts.append(items[k])
    return tuple(parts)


#: Verbs of a net result just before its amount: "made £50m", "earned $2bn".
_NET_VERB = re.compile(r"\b(?:made|makes|make|earned|earns|earn|lost|loses|netted|cleared)\s+$")


def _netted(sentence: Sentence, total: Figure) -> bool:
    """Whether a total is a net figure (a profit or loss, or "net"), or the sentence
    takes something off it ("less", "offset by"): its parts may add up to more."""
    text = sentence.text
    if _NETTED.search(text, sentence.start, sentence.end):
        return True
    measure = measure_of(text, sentence.start, total)
    if measure is not None and measure[0] in _NET_MEASURES:
        return True
    # "The group made £50m, including £60m from a sale": what a firm made, earned or lost
    # is a net result
    return _NET_VERB.search(text, max(sentence.start, total.start - 25), total.start) is not None


#: Right before an amount: an average, which is no whole of any part.
#: Right before an average: "an average of", "averaging".
_AVERAGE_BEFORE = re.compile(r"\b(?:average(?:\s+of)?|averaging)\s*$", re.IGNORECASE)


def _included(sentence: Sentence) -> Iterator[Relation]:
    """ "A budget of $23bn, including almost $6bn for allies": the parts are within the total."""
    items = sentence.items
    for t in range(len(items) - 1):
        total = items[t]
        joint = sentence.gap(t + 1)
        if len(joint) > 120 or not _INCLUDING.fullmatch(joint):
            continue
        if _PLACE_COUNT.search(sentence.lead(t)):
            continue  # "400 million users in 190 countries, including 240 million": not the whole
        if (
            t
            and re.search(r"\band\b", sentence.gap(t))
            and unit_key(items[t - 1]) == unit_key(total)
        ):
            continue  # "17 gold, 22 silver and 24 bronze, including 30 in cycling": a list's last
        if is_fraction_word(total) or _netted(sentence, total):
            continue  # "half of which, $300m"; "a profit of $300m, including a $500m gain"
        if _RATE_AFTER.match(sentence.text, total.span[1]) or _AVERAGE_BEFORE.search(
            sentence.lead(t)
        ):
            # "an average of $30m a year, and includes $82m in guaranteed money": a rate
            # is no whole of the deal's parts
            continue
        parts = _listed_parts(sentence, t + 1, aside=True)
        if any(not nouns_agree(p, total) and (p.value or 0) > (total.value or 0) for p in parts):
            continue  # "2,914 households, including 4,120 children": other things counted
        same = as_levels(total, *(_point(p) for p in parts))
        if same is None or total.hedge in _COMPARATIVE_HEDGES or unit_key(total) == "percent":
            continue  # "turnout was 60%, including 80% in the shires": a rate, no total
        # "200 schools, including 150 primaries and 60 church schools": the parts may
        # overlap, so each is within the total on its own
        for part in parts:
            yield make_relation(
                sentence, "sum_at_most", "A, including B", {"parts": (part,), "total": same[0]}
            )
        return


#: Words that present a figure as a total: "a total of $14.5m", "totalling 3.9 million".
#: "The savings will come from three areas:", "The money is to be split between": the
#: subject points back at an amount, then the list of its parts opens (after "come
#: from" only with a colon: "The money will come from taxes of £2m" names a source).
_BREAKDOWN_LEAD = re.compile(
    r"(?P<subject>(?:the|these|this|it)\b(?:\s+[a-z'’-]+){0,3}?)\s+"
    r"(?:(?:will|would|is\s+to|are\s+to|is\s+set\s+to)\s+(?:be\s+)?|"
    r"(?:is|are|was|were|has\s+been|have\s+been)\s+)?"
    r"(?:(?:come|comes|came)\s+from(?:\s+‹q›)?(?:\s+[a-z'’-]+){0,2}?\s*:"
    r"|(?:split|divided|broken\s+down|made\s+up)\s+(?:into|between|among|as|of)"
    r"(?:\s+‹q›)?(?:\s+[a-z'’-]+){0,2}?\s*:?)"
)
_BREAKDOWN_WORD = re.compile(r"come|came|split|divided|broken|made\s+up", re.IGNORECASE)
_SOME_OF = re.compile(r"\b(?:including|such\s+as|among|mainly|mostly|largely|chiefly|partly)\b")
#: Nouns a subject may point back at an amount with, whatever the amount's own words.
_AMOUNT_NOUNS = frozenset({"money", "total", "sum", "amount", "cash", "figure", "it", "this"})


def _stem(word: str) -> str:
    """A word's first letters without a plural or "-ing" ending: "savings" → "sav"."""
    return re.sub(r"(?:ings|ing|es|s)$", "", word)[:4]


#: Before an amount that holds the one named: "savings from its £300m budget".
_CONTAINER_BEFORE = re.compile(r"\b(?:from|of|in|within|out\s+of)\s+(?:the|its|their|a|an)?\s*$")
_EACH_BEFORE = re.compile(r"\b(?:each|every|per|apiece)\b", re.IGNORECASE)
_OVER_A_SPAN = re.compile(
    r"\bover\s+(?:the\s+)?(?:(?:next|past|last|coming|following)\s+)?\S+\s+(?:years|months)\b",
    re.IGNORECASE,
)
#: After a breakdown's parts: the rest of the total, not listed.
_REST_OF_IT = re.compile(
    r"\b(?:the\s+rest|the\s+remainder|the\s+balance|remaining|the\s+others?)\b", re.IGNORECASE
)
#: Adjectives a breakdown's subject may keep and still be the whole ("the extra money").
_WHOLE_ADJECTIVES = frozenset({"total", "overall", "extra", "additional", "planned", "new"})
#: Adjectives that make it some of the total: "the biggest savings", "the main cuts".
_PART_ADJECTIVES = frozenset({"biggest", "largest", "main", "most", "key", "major", "bulk"})
#: Words in a breakdown's subject that make it part of the total: a time or a place.
_TIME_OR_PLACE_WORDS = frozenset({"in", "for", "over", "during", "this", "next", "first", "at"})


def breakdown_back(sentence: Sentence, previous: Sequence[Figure]) -> Relation | None:
    """ "The council must save £12.6m. The savings will come from three areas: £5.2m
    from …, £3.9m from … and £2.4m from …": the parts make up the one amount of their
    kind the sentence before stated, which the subject names ("the savings")."""
    items = sentence.items
    if len(items) < 2 or not _BREAKDOWN_WORD.search(sentence.text, sentence.start, items[1].start):
        return None  # (the cheap test first: most sentences tell no breakdown)
    if fits(_TOTAL_CONSISTS, sentence.lead(0)) is not None:
        return None  # "It was made up of A and B": a total told as one (total_included)
    # the list opens the sentence's figures, or follows the count of its parts
    first, match = 0, fits(_BREAKDOWN_LEAD, sentence.lead(0), 120) if items else None
    if match is None and len(items) > 2 and exact_count(items[0]):
        first, match = 1, fits(_BREAKDOWN_LEAD, sentence.lead(1), 120)
    if match is None or _SOME_OF.search(match.group()):
        return None  # "will come from sources including:": some of the parts
    chain = part_chain(sentence, first, items[first], loose_nouns=True)
    if not chain or chain != list(range(first, len(items))) or len(chain) < 2:
        return None  # every item after the opening is a part, and only parts
    if not re.search(r"\band\b", sentence.gap(chain[-1])):
        return None  # "…, £3.9m from roads, £2.4m from parks": the list may go on
    parts = tuple(items[k] for k in chain)
    if first == 1 and items[0].value != len(parts):
        return None  # "from three areas:" then two amounts: the count's own check
    if any(not _level(p) or p.hedge in _COMPARATIVE_HEDGES for p in parts):
        return None
    if any(_RATE_AFTER.match(sentence.text, p.span[1]) for p in parts):
        return None  # "£5 a head": a rate, no part of the sum
    totals = [f for f in previous if _level(f) and as_levels(f, *parts) is not None]
    if len(totals) != 1 or totals[0].hedge in _COMPARATIVE_HEDGES:
        return None
    total = totals[0]
    words = match.group("subject").split()[1:] or match.group("subject").split()
    if any(w in _TIME_OR_PLACE_WORDS for w in words):
        return None  # "The savings in the first year will come from": a part of the total
    if len(words) > 2 or (len(words) == 2 and words[0] not in _WHOLE_ADJECTIVES):
        return None  # "The library savings", "The stadium money": a part's own noun
    if any(w in _PART_ADJECTIVES for w in words):
        return None  # "The biggest savings will come from": the largest of them
    if RATE_WORDS.search(sentence.text, sentence.start, sentence.end):
        return None  # "… each year", "Each year the savings …": a rate, not the total
    window = sentence.text[max(0, total.start - 80) : min(total.span[1] + 40, sentence.start)]
    if not any(w in _AMOUNT_NOUNS or _stem(w) in window.lower() for w in words):
        return None  # the subject names something the amount before is not
    if _NETTED.search(sentence.text, max(0, total.start - 40), total.start):
        return None  # "net savings of £12.6m": gross parts may add up to more
    measure = measure_of(sentence.text, max(0, total.start - 80), total)
    if measure is not None and measure[0] in _NET_MEASURES:
        return None  # a profit may hold a gain bigger than itself, offset by a loss
    if _CONTAINER_BEFORE.search(sentence.text, max(0, total.start - 20), total.start):
        return None  # "savings from its £300m budget": the amount they are taken out of
    if (
        RATE_AFTER.match(sentence.text, total.span[1])
        or _EACH_BEFORE.search(sentence.text, max(0, total.start - 60), total.start)
        or _OVER_A_SPAN.search(sentence.text, sentence.start, sentence.end)
    ):
        # "£3m a year. The money will come from two sources over the next four years";
        # "Each of the 15 winners will receive £4,000": a rate or one share, no total
        return None
    joined = as_levels(*parts, total)
    assert joined is not None
    if _REST_OF_IT.search(sentence.text, parts[-1].span[1], sentence.end):
        # "…, with the rest going to pay off debt": the parts listed are some of it
        return make_relation(
            sentence,
            "sum_at_most",
            "A. The money will be split between B and C, with the rest …",
            {"parts": joined[:-1], "total": joined[-1]},
        )
    return make_relation(
        sentence,
        "sum_equals",
        "A. The savings come from: B, C and D",
        {"parts": joined[:-1], "total": joined[-1]},
    )


TOTAL_BEFORE = re.compile(r"(?:total(?:ling|led|s)?(?:\s+of)?|in\s+all|altogether)\s*$", re.I)


def total_included(
    sentence: Sentence, earlier: Sequence[Figure], previous: Sequence[Figure] = ()
) -> Relation | None:
    """ "The total payment includes $5m in fines and more than $4m": parts of the one
    total an earlier sentence stated ("a total of $14.5m").

    When several earlier totals fit, the one in the sentence just before
    (``previous``) is meant, if it holds exactly one.
    """
    items = sentence.items
    if not items:
        return None
    whole = fits(_TOTAL_CONSISTS, sentence.lead(0)) is not None
    if not whole and fits(TOTAL_INCLUDES, sentence.lead(0)) is None:
        return None
    parts = _listed_parts(sentence, 0)
    if whole and (len(parts) < 2 or len(parts) != len(items)):
        return None  # "made up of" names every part, and only parts
    span = (sentence.start, sentence.end)
    if whole and periods(sentence.text, parts[0], span).keys() - {"day", "month"}:
        return None  # "This year it is made up of …", "The 2024 deal was made up of …"
    if any(_RATE_AFTER.match(sentence.text, p.span[1]) for p in parts):
        return None  # "$5,000 per pupil": a rate, not a part of the sum
    totals = [f for f in earlier if as_levels(f, *(_point(p) for p in parts)) is not None]
    if len(totals) > 1 or (whole and _PRONOUN.match(sentence.lead(0))):
        # "It" is the nearest thing: the total must be in the sentence just before
        totals = [f for f in totals if f in previous]
    if len(totals) != 1 or totals[0].hedge in _COMPARATIVE_HEDGES:
        return None
    if _netted(sentence, parts[0]) or _NETTED.search(
        sentence.text, max(0, totals[0].start - 40), totals[0].start
    ):
        return None  # "Net migration totalled 200,000. It was made up of 500,000 arrivals"
    if whole:
        return make_relation(
            sentence,
            "sum_equals",
            "It was made up of A and B",
            {"parts": parts, "total": totals[0]},
        )
    return make_relation(
        sentence, "sum_at_most", "The total includes A and B", {"parts": parts, "total": totals[0]}
    )


# ---------------------------------------------------------------- majorities
#: "A majority of voters (68%)", "a majority, 52%,": the share must be above half.
_MAJORITY = re.compile(
    r"\b(?:a|the)\s+(?:(?:clear|narrow|slim|small|large|big|huge|vast|overwhelming|"
    r"comfortable|absolute)\s+)?majority(?:\s+of\s+(?:[A-Za-z'’-]+\s+){0,3}?[A-Za-z'’-]+)?"
    r"\s*(?:\(|,)\s*",
    re.IGNORECASE,
)


#: Words of an election count: a "majority" there is a margin over the runner-up.
_MARGIN = re.compile(
    r"\b(?:seat|seats|election|elections|constituency|by-election|MP|held|overturned|"
    r"slashed|cut\s+to|increased\s+to|won\s+by)\b"
)
#: A share that names its own whole: "48% of the electorate".
_OF_OTHER = re.compile(r"\s+of\s+(?:the|all|its|their)\b", re.IGNORECASE)


#: A majority of a change: "the majority of the gain (0.8%)" is part of a move, no share.
_OF_A_CHANGE = re.compile(
    r"\bof\s+(?:the|its|this|that)\s+(?:[a-z'’-]+\s+)?(?:gain|gains|rise|rises|fall|falls|"
    r"increase|increases|decrease|drop|growth|decline|loss|losses|jump|slide|cut|cuts)\b",
    re.IGNORECASE,
)


def names_majority(text: str) -> bool:
    """Whether a sentence may name a majority ("a majority (68%)"), a cheap first test.

    "Most (45%)" is left alone: in a poll of several options "most" is the largest
    group, not more than half."""
    return "ajority" in text


def _majorities(sentence: Sentence) -> Iterator[Relation]:
    """ "A majority of voters (68%)": a share stated as a majority is above half."""
    text = sentence.text
    if not names_majority(text[sentence.start : sentence.end]):
        return  # the cheap test first: few sentences name a majority
    starts = {f.start: f for f in sentence.items}
    for match in _MAJORITY.finditer(text, sentence.start, sentence.end):
        share = starts.get(match.end())
        if share is None or unit_key(share) != "percent" or share.trend is not None:
            continue
        if _MARGIN.search(text, sentence.start, sentence.end):
            continue  # "the majority, 12% at the last election, was cut": a winning margin
        if _OF_OTHER.match(text, share.span[1]) and " of " in match.group():
            continue  # "a majority of those who voted, 48% of the electorate": two wholes
        if _OF_A_CHANGE.search(match.group()):
            continue  # "the majority of the gain (0.8%)": a part of a move
        if any(MEASURES.get(w) in ("stake", "price") for w in match.group().lower().split()):
            continue  # "a majority of its stake (41%)": the bracket tells the stake's size
        end = match.start() + match.group().lower().index("majority") + len("majority")
        majority = Figure(
            text[match.start() : end],
            Fraction(50),
            Fraction(100),
            low_closed=False,
            unit=share.unit,
            hedge=Hedge.MORE_THAN,
            start=match.start(),
            end=end,
        )
        yield make_relation(sentence, "compatible", "a majority (C)", {"a": share, "b": majority})


#: Patterns whose relation may share figures with another relation of the sentence:
#: "lead by 39% to 34%, with the Liberal Democrats on 19%" orders two shares and
#: also fits all three in one electorate; "39 out of 65, with 29 selling" holds two
#: parts of the one whole.
OVERLAPPING = frozenset(
    {"shares of one group", "K out of N, with M", "A, including B", "Of the N, A … and B …"}
    | {"up M, or C, to B from A"}
)

#: Patterns of a move told in order ("4.1% this year, dipping to 4% in 2005, before
#: picking up again to 4.2%"): the level a move reaches may start the next one.
CHAINED = frozenset({"A, and is expected to rise to B"})

#: Every sentence detector, in the order they claim figures (a figure takes part in one
#: relation at most): a market move before the change shapes, which would read its
#: percent alone; levels without a stated change after them.
SENTENCE_DETECTORS = (
    _market_moves,
    *DETECTORS,
    _directions,
    _parallel_directions,
    _comparisons,
    _records,
    _targets,
    _differences,
    _gaps_from,
    _majority_over,
    _margin_over_rival,
    _leads_by,
    _margin_then_tallies,
    _parts_out_of,
    _of_which_list,
    _amounts_of_a_whole,
    _fronted_part,
    _spread_over,
    _averaged,
    _valued_at,
    _rates_per,
    _since_when,
    _within_range,
    _enumerations,
    _one_and_another,
    groups_named,
    _ranks,
    _majorities,
    _included,
    _surveyed,
    _one_group,
    _remainder,
    _owners,
    _premiums,
    _restatements,
)
