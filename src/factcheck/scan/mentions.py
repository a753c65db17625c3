"""Mentions: a figure with what its sentence says about it.

The figure readers of :mod:`factcheck.text` say what a figure is ("$3.7bn":
3.65–3.75 billion USD). To relate two figures the scan also needs what the
sentence says *around* each one:

* the **measure** it is about: "net income fell to 537m euros" is a
  profit, "turnover rose" is sales. Measures are families of nouns, so a
  headline's "profits" and a later "net income" can be linked;
* its **direction**: the figure's own trend ("up 5%") or the verb just
  before it ("fell to", "cut its debt to");
* a **restatement**: a figure in brackets right after another restates it
  ("$1.13bn (£600m)", "more than half (54%)"). The bracket is folded into the
  figure it restates, so it never stands between two figures of a relation;
* a **possessive** figure ("2003's", "last year's") is a time anchor, not an
  amount.

Time phrases between two figures ("in November", "for the three months to
December", "a year earlier") are context, not part of a relation's shape:
:func:`drop_time_phrases` removes them from the words between figures.

>>> from factcheck.text.scanner import find_figures
>>> text = "Profit rose to $1.13bn (£600m) from $639m."
>>> figures = find_figures(text)
>>> [(figures[k].text, figures[j].text) for k, j in restatements(figures, text).items()]
[('£600m', '$1.13bn')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.figures import Figure, Hedge, Kind, Trend
from factcheck.scan.kinds import is_fraction_word, is_share, unit_key
from factcheck.text.numbers import word_number
from factcheck.text.vocabulary import LEVEL_NOUN_MODIFIERS, LEVEL_NOUNS, TREND_PREFIXES
from factcheck.units import temperature_conversion

__all__ = [
    "CHANGE_PARTICIPLES",
    "MEASURES",
    "QUALIFIERS",
    "YEAR",
    "direction_before",
    "drop_time_phrases",
    "measure_of",
    "named_move_end",
    "not_amounts",
    "possessives",
    "restatements",
]

#: Measure nouns by family: figures of one family may be one quantity told twice.
MEASURES: dict[str, str] = {
    **dict.fromkeys(
        ("profit", "profits", "earnings", "net income", "surplus", "surpluses"),
        "profit",
    ),
    # household or national income is no firm's profit; borrowing in a year is no debt
    **dict.fromkeys(("income", "incomes"), "income"),
    **dict.fromkeys(("loss", "losses", "deficit", "deficits", "shortfall"), "loss"),
    **dict.fromkeys(("sales", "revenue", "revenues", "turnover"), "sales"),
    **dict.fromkeys(("price", "prices", "shares", "share price", "stock", "stocks"), "price"),
    **dict.fromkeys(("debt", "debts"), "debt"),
    **dict.fromkeys(("borrowing", "borrowings"), "borrowing"),
    **dict.fromkeys(("jobs", "staff", "workers", "employees", "workforce"), "jobs"),
    **dict.fromkeys(("unemployment", "jobless", "joblessness"), "unemployment"),
    **dict.fromkeys(("inflation",), "inflation"),
    **dict.fromkeys(("growth", "gdp", "output", "economy"), "growth"),
    **dict.fromkeys(("exports", "export"), "exports"),
    **dict.fromkeys(("imports", "import"), "imports"),
    **dict.fromkeys(("dividend", "dividends", "payout"), "dividend"),
    **dict.fromkeys(("spending", "investment", "costs", "cost", "expenses"), "spending"),
    **dict.fromkeys(("orders", "bookings"), "orders"),
    **dict.fromkeys(("passengers", "customers", "subscribers", "users", "visitors"), "users"),
    **dict.fromkeys(("stake", "stakes", "holding", "holdings", "shareholding"), "stake"),
    # what a deal is worth: a takeover's price, and what a court or regulator makes
    # someone pay
    **dict.fromkeys(("bid", "bids", "offer", "offers", "takeover"), "bid"),
    # a regulator's fine, a victim's damages and an agreed settlement are three sums
    **dict.fromkeys(("fine", "fines", "penalty", "penalties"), "fine"),
    **dict.fromkeys(("compensation", "damages"), "damages"),
    **dict.fromkeys(("settlement", "settlements"), "settlement"),
}
#: The last word of each measure noun: a word that is none of them ends no measure
#: (no measure noun holds an apostrophe, so a word is tested as it is printed).
_MEASURE_ENDS = frozenset(noun.rsplit(" ", 1)[-1] for noun in MEASURES)
#: Words before a measure noun that make it a different figure of the same family.
QUALIFIERS = frozenset(
    {
        "pre-tax",
        "pretax",
        "operating",
        "net",
        "gross",
        "underlying",
        "quarterly",
        "annual",
        "full-year",
        "half-year",
        "first-half",
        "interim",
        "retail",
        "trading",
        "reported",
        "headline",
        "like-for-like",
        "core",
        "adjusted",
        "statutory",
        # another party's or another round's bid: "a rival bid of £9bn", "an improved offer"
        "rival",
        "improved",
    }
)
_WORD = re.compile(r"[a-z][a-z'’-]*")
#: How far back a figure's measure noun may stand, in characters.
_MEASURE_WINDOW = 90

#: Verbs (and adverbs) that state a direction before "to" or "from".
_DIRECTION_WORDS: dict[str, Trend] = {
    **{k: v for k, v in TREND_PREFIXES.items() if " " not in k and k.isalpha()},
    **dict.fromkeys(
        ("cut", "cuts", "cutting", "reduced", "reduce", "reduces", "reducing", "lowered"),
        Trend.DOWN,
    ),
    **dict.fromkeys(("raised", "raise", "raises", "raising", "lifted", "increase"), Trend.UP),
    **dict.fromkeys(("higher", "rising", "climbing", "increasing"), Trend.UP),
    **dict.fromkeys(("accelerated", "accelerating", "deepened", "swelled"), Trend.UP),
    **dict.fromkeys(("balloon", "ballooned", "ballooning", "swell", "rebounded"), Trend.UP),
    **dict.fromkeys(("slowed", "slowing", "slows", "shrunk"), Trend.DOWN),
    **dict.fromkeys(("lower", "falling", "decreasing", "declining", "dropping"), Trend.DOWN),
    # verbs that move what they take as object: "boost production from A to B"
    **dict.fromkeys(
        (
            *("boost", "boosts", "boosting", "lift", "lifts", "lifting", "hike", "hiked"),
            *("hiking", "expand", "expands", "expanded", "expanding", "widen", "widens", "deepen"),
        ),
        Trend.UP,
    ),
    **dict.fromkeys(("double", "doubles", "doubled", "doubling"), Trend.UP),
    **dict.fromkeys(
        (
            *("lowers", "lowering", "slash", "slashes", "trim", "trims", "trimming", "ease"),
            *("eases", "narrow", "narrows", "slow", "halve", "halves", "halved", "halving"),
        ),
        Trend.DOWN,
    ),
    # a noun of a move, read only after an article and with "in" (_IN_ONLY): "a
    # reduction in the limit from 30 to 20"
    "reduction": Trend.DOWN,
}

# A bracket right after a figure that holds only other figures restates it.
_OPEN = re.compile(r"\s*[(\[]\s*(?:[A-Za-z]{1,3}\s?)?")
_CLOSE = re.compile(r"\s*[)\]]")
_OF_GROUP_OPEN = re.compile(r"\s+of\s+(?:[a-z'’-]+\s+){0,2}[a-z'’-]+\s*\(\s*")
_NEXT = re.compile(r"\s*(?:/|,|;|or)\s*")
#: An amount said again in another currency, in prose: "£2,000, the equivalent of
#: €2,340", "£150, which works out at about €198", "$1.2bn, or about £640m".
_IN_PROSE = re.compile(
    r"\s*,\s*(?:or|(?:which|that)\s+(?:is|was|works\s+out\s+at|worked\s+out\s+at|comes\s+to|"
    r"came\s+to)|the\s+equivalent\s+of|equivalent\s+to)\s+"
)
#: After the amount said again: its clause ends ("$1.2bn, or £640m, in cash").
_PROSE_END = re.compile(r"\s*(?:[,.;:)—–]|\s-\s|$)")

#: Verbs that take an object between them and the level: "cut its debt to".
_TRANSITIVE = frozenset(
    {"cut", "cuts", "cutting", "reduced", "reduce", "reduces", "reducing", "raised", "raise"}
    | {"lifted", "lowered", "slashed", "boosted", "trimmed", "increased", "increase"}
    | {"decreased", "shed", "added", "raising", "lifting", "lowering", "slashing"}
    | {"boost", "boosts", "boosting", "lift", "lifts", "hike", "hiked", "hiking", "expand"}
    | {"expands", "expanded", "expanding", "lowers", "slash", "slashes", "trim", "trims"}
    | {"trimming", "halve", "halves", "halved", "halving", "increasing", "decreasing"}
    | {"widen", "widens", "widened", "widening", "narrow", "narrows", "narrowed", "narrowing"}
    | {"ease", "eases", "eased", "easing", "deepen", "deepened", "double", "doubled", "doubling"}
)
#: Nouns that name a move from one level to another after an article.
_MOVE_NOUNS = frozenset(
    {"rise", "fall", "increase", "decrease", "drop", "decline", "jump", "climb"}
)
#: Move nouns with other senses ("a cut of the takings", "a hike in the hills"): a move
#: only with "in" and what moved, "a cut in the duty from 12% to 10%".
_IN_ONLY = frozenset({"reduction", "cut", "hike"})
#: Move nouns that are no verb: they state a direction only as "a reduction in".
_NOUNS_ONLY = frozenset({"reduction"})
#: A word of an object: letters, digits or a placeholder, no punctuation.
_OBJECT_WORD = re.compile(r"(?:[a-z0-9'’-]+|‹[a-z]›)")
#: A direction verb right before "to"/"from": nothing between but an adverb, or an
#: object after a transitive verb; no punctuation ("the gains, from" is no verb phrase).
#: Adverbs that may stand between a move verb and its "to"/"from".
_ADVERBS = frozenset(
    {"sharply", "slightly", "steeply", "back", "further", "again", "marginally"}
    | {"significantly", "dramatically", "substantially", "only", "just", "also"}
)
#: Words an object of a transitive verb never holds: they start another clause.
_CLAUSE_WORDS = frozenset(
    {"and", "but", "while", "which", "that", "who", "as", "or", "than"}
    # "cut jobs after the wage increases from 2% to 5%": another phrase's move
    | {"after", "despite", "amid", "before", "because", "although", "though", "unless", "when"}
)
#: Longest object between a transitive verb and "to"/"from", in words
#: ("cut its 2005 growth forecast for the German economy from").
_MAX_OBJECT = 10
_ARTICLES = frozenset({"a", "an", "the", "its", "their"})
#: Verbs that take "down" or "up" and then an object: "revised down its forecast from".
_REVISING = frozenset({"revised", "revise", "revises", "revising", "marked", "mark", "marks"})

#: A figure followed by a possessive: "2003's $1.2bn", "last year's".
_POSSESSIVE = re.compile(r"['’]s\b")

_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b"
)
#: Every word a time phrase of _TIME_PHRASE opens with, whole (the phrase goes on
#: with white space or ends at a word boundary), or a placeholder ("‹u›") opens it.
_TIME_OPENERS = (
    r"(?:in|for|during|by|over|at|of|since|until|to|before|within|on|from|the|a|one|this|"
    r"first|second|third|fourth|final|last|latest|previous|same|past|next|opening|"
    r"three|six|nine|twelve|two|months?|quarters?|half|year|period|weeks?|"
    r"today|currently|these|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b|‹"
    # a weekday may be read off a longer word ("mondays"): no boundary after it
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
#: A change's verb told again as a participle before "from": "doubled, rising from".
CHANGE_PARTICIPLES = r"(?:rising|falling|climbing|dropping|growing|shrinking|going)"
_AGAIN = rf"(?:{CHANGE_PARTICIPLES}\s+)?"
# Each alternative is a plain phrase (no nested repetition), so removal is linear.
# The lookahead for an opener goes first: one pass over those words at each word
# start, where the alternatives below would each try their own openers again
# (the removal took 2.4% of a scan, and about half of that since).
_TIME_PHRASE = re.compile(
    rf"\b(?={_TIME_OPENERS})(?:(?:in|for|during|by|over|at|of|since|until|to)\s+)?(?:the\s+)?"
    r"(?:(?:(?:first|second|third|fourth|final|last|latest|previous|same|past|next|"
    r"three|six|nine|twelve|two|‹q›)\s+)*"
    r"(?:months?|quarters?|half|year|period|weeks?)\s+(?:to|ending|ended|until|of)\s+"
    # "in the year to the end of June"
    rf"(?:the\s+end\s+of\s+)?(?:{_MONTHS}|‹d›|‹q›)(?:\s+‹[dq]›)?"
    # the date may be gone already: "in the 12 months to 30 September 2004" leaves "… to"
    rf"|(?:(?:in|for|during|over)\s+)?(?:the\s+)?‹u›\s+(?:to|ending|ended|until)\b"
    rf"(?:\s+(?:the\s+end\s+of\s+)?(?:{_MONTHS}|‹d›)(?:\s+‹[dq]›)?)?"
    # "in July and August", "from March to May": two months are one period
    rf"|{_MONTHS}(?:\s+(?:and|to)\s+{_MONTHS})?(?:\s+‹[dq]›)?"
    r"|(?:a|one|the)\s+(?:year|month|quarter|week)\s+(?:earlier|before|ago|previously)"
    # "by the end of the year", "at the end of March", "within ten years", "today"
    # (the period itself may be gone already: "by the end of" is left of "… of the year")
    r"|(?:by|at|until|before)\s+the\s+(?:end|start|beginning|middle)\s+of\b(?:\s+"
    rf"(?:(?:the|this|next|last)\s+(?:year|decade|month|quarter|century)|‹[du]›|{_MONTHS}))?"
    r"|within\s+(?:the\s+next\s+)?(?:‹u›|a\s+(?:year|decade|month|week))"
    r"|(?:over|during)\s+‹u›"
    # "doubled in a year, from", "fell by a quarter in five years, from": the span the
    # change took, between its two levels (a shape's gap has lost "a year" already)
    # ("… in two years, falling from": the change's verb again, as a participle)
    rf"|\bin\s+(?:‹u›|a\s+(?:year|decade|month|week))(?=\s*(?:,\s*{_AGAIN}from\b|,?\s*$))"
    rf"|\bin(?=\s*,\s*{_AGAIN}from\b)"
    # "falling from 512 in the autumn of 2021 to 204": a season or a part of a year (the
    # year itself may be gone already)
    r"|(?:in|during|by|since|until)\s+(?:the\s+)?(?:(?:early|late|mid)(?=\s+(?:‹d›|of\b))|"
    r"spring|summer|autumn|winter)\b(?:\s+of)?(?:\s+‹d›)?"
    # "in the first three months of the year", "in the past six months"
    r"|(?:(?:in|for|during|over)\s+)?(?:the\s+)?(?:first|last|final|past|latest|opening)\s+‹u›"
    r"(?:\s+of(?:\s+(?:the|this|last)\s+(?:year|decade))?\b)?"
    r"|(?:today|currently|at\s+present|at\s+the\s+moment|these\s+days)\b"
    # "rose 1.6% on the month to", "up 4% year on year": the period of the change
    r"|on\s+the\s+(?:month|year|quarter|week|day)\b"
    r"|(?:year|month|quarter|week)[- ]on[- ](?:year|month|quarter|week)\b"
    r"|(?:(?:on|by|from|since|until|last|this)\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:(?:in|for|during|over)\s+)?(?:the\s+)?(?:first|second|third|fourth|final|last|latest|"
    r"previous|same|past|next)\s+(?:quarter|half|year|month|week|period)(?:['’]s)?"
    # "in the first half of the year" (the year itself may be gone already)
    r"(?:\s+of\b(?:\s+(?:the\s+)?(?:year|‹d›)\b)?(?!\s*‹q›))?"
    r"|(?:over|in|during|for)\s+the\s+(?:past|last|next|previous|coming)\s+‹u›"
    r"|(?:last|this|next|the previous|the same|a year-earlier|the year-earlier)\s+"
    r"(?:year|month|quarter|week|period|season)(?:['’]s)?"
    r"|‹y›['’]s|‹d›['’]s"
    r"|^of\s+(?:gdp|sales|revenue|revenues|turnover|income|output|the\s+total)\b)"
)


def drop_time_phrases(gap: str) -> str:
    """The words between two figures without their time phrases.

    >>> drop_time_phrases("in november to")
    'to'
    >>> drop_time_phrases("for the three months to december, from")
    ', from'
    """
    if len(gap) < 3:
        return gap
    return " ".join(_TIME_PHRASE.sub(" ", gap).split())


def restatements(figures: Sequence[Figure], text: str) -> dict[int, int]:
    """Which figures restate the one before them in brackets: index → restated index.

    "$1.13bn (£600m)" and "more than half (54%)": the bracket opens right
    after the figure and holds nothing but figures (conversions may be
    separated by ``/``, ``,``, ``;`` or ``or``).
    """
    out: dict[int, int] = {}
    k = 1
    while k < len(figures):
        source = figures[k - 1]
        opening = _OPEN.fullmatch(text, source.span[1], figures[k].start)
        if opening is None:
            # "more than half of shoppers (58%)": the share's group, then the bracket
            # (the pattern first: it fails at once on most gaps, the share tests do not)
            group = _OF_GROUP_OPEN.fullmatch(text, source.span[1], figures[k].start)
            if group is not None and (is_share(source) or is_fraction_word(source)):
                opening = group
        if opening is None:
            if _in_other_money(source, figures[k], text):
                out[k] = k - 1
                k += 1
            k += 1
            continue
        if figures[k].kind not in (Kind.QUANTITY, Kind.MULTIPLE):
            k += 1
            continue
        inside = [k]
        j = k
        while True:
            end = figures[j].span[1]
            if _CLOSE.match(text, end):
                break
            if j + 1 < len(figures) and _NEXT.fullmatch(text, end, figures[j + 1].start):
                j += 1
                inside.append(j)
                continue
            inside = []
            break
        if inside and all(_restates(source, figures[index]) for index in inside):
            for index in inside:
                out[index] = k - 1
        k = j + 1
    return out


def _in_other_money(source: Figure, figure: Figure, text: str) -> bool:
    """Whether ``figure`` says the amount ``source`` again in another currency, in prose:
    "£2,000, the equivalent of €2,340" (an amount in the same currency, "£2,000, or
    £40 a week", is another amount)."""
    if _IN_PROSE.fullmatch(text, source.span[1], figure.start) is None:
        return False  # (the pattern first: it fails at once between most figures)
    a, b = unit_key(source), unit_key(figure)
    if a == b or not (a.startswith("money:") and b.startswith("money:")):
        return False
    if source.trend is not None or figure.trend is not None or source.parts or figure.parts:
        return False
    return _PROSE_END.match(text, figure.span[1]) is not None


def _restates(source: Figure, figure: Figure) -> bool:
    """Whether ``figure`` can say ``source`` again: money in money, a share as a share,
    a length in a length; "41% (205)" gives a count beside a share, not a restatement."""
    a, b = unit_key(source), unit_key(figure)
    if a.startswith("money:") and b.startswith("money:"):
        return True
    if is_share(source) or is_fraction_word(source):
        return is_share(figure) or is_fraction_word(figure)
    if a == b:
        return a.startswith("measure:")
    return temperature_conversion(source.unit, figure.unit) is not None  # "30C (86F)"


#: A move in a ranking: "climbed nine places to 15" counts positions, not amounts.
_RANK_AFTER = re.compile(r"\s+(?:places|place|spots|positions|notches|rungs|slots)\b")
#: A place in a ranking: "eight top three hits", "number one", "the top 10".
_RANK_BEFORE = re.compile(r"\b(?:top|bottom|number|no\.)\s+$", re.IGNORECASE)
#: The last characters of _RANK_BEFORE's words, in either case.
_RANK_ENDS = frozenset("pPmMrR.")
#: "five Wimbledon doubles titles": the ratio word is an adjective before its noun.
_RATIO_NOUNS = frozenset({"doubles", "trebles", "triples", "singles"})
_VERB_FOLLOWERS = re.compile(
    r"\s+(?:its|their|his|her|the|to|from|in|on|by|over|since|again|this|last|every|each)\b"
)


#: Small whole numbers in words, as a pattern alternation ("one" to "twelve").
NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
#: Right before a birth date or year: "born in 1936", "Born in Leeds in 1936", "born in
#: Bristol on 2 September 1958", "born on 12 May 1976".
BORN_BEFORE = re.compile(
    r"\b[Bb]orn\s+(?:(?:in|at|near)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},?\s+)?"
    r"(?:on\s+|in\s+)?$"
)


def counted(
    match: re.Match[str], group: str, unit: str, kind: Kind = Kind.QUANTITY
) -> Figure | None:
    """A small whole number a pattern read itself (its group ``n``, digits or one of
    :data:`NUMBER_WORDS`), as an exact figure in ``unit`` spanning the pattern's
    ``group``: "four-day" as 4 days, "nine-point" as 9 percentage points."""
    number = match.group("n")
    value = int(number) if number.isdigit() else word_number(number)
    if value is None:
        return None
    start, end = match.span(group)
    return Figure(
        match.string[start:end],
        value,
        value,
        unit=unit,
        hedge=Hedge.EXACT,
        value=value,
        kind=kind,
        start=start,
        end=end,
    )


#: Between a bare number and a dated day: "6 to 9 January", "10-12 June", "3 and 5 May".
_DAY_SPAN_GAP = re.compile(r"\s*(?:-|–|—|to|until|till|through)\s*|\s+and\s+")


def day_before_date(text: str, number: Figure, date: Figure) -> bool:
    """Whether ``number`` is the first day of a span that ``date`` ends ("from 6 to 9
    January"): a whole number of a day of the month, right before a date told to the day."""
    value = number.value
    return (
        date.kind is Kind.DATE
        and date.granularity == "day"
        and number.kind is Kind.QUANTITY
        and number.hedge is Hedge.EXACT
        and value is not None
        and value.denominator == 1
        and 1 <= value <= 31
        and _DAY_SPAN_GAP.fullmatch(text, number.span[1], date.start) is not None
    )


def not_amounts(figures: Sequence[Figure], text: str) -> set[int]:
    """Figures the text shows are no amounts of anything a relation is about.

    >>> from factcheck.text.scanner import find_figures
    >>> text = "The song climbed nine places to 15. She won five Open doubles titles."
    >>> figures = find_figures(text)
    >>> sorted(figures[k].text for k in not_amounts(figures, text))
    ['doubles', 'nine']
    >>> text = "They had eight top three hits, including four number ones."
    >>> figures = find_figures(text)
    >>> sorted(figures[k].text for k in not_amounts(figures, text))
    ['three']
    """
    out: set[int] = set()
    for k, figure in enumerate(figures):
        end = figure.span[1]
        start = figure.start
        ranked = _RANK_AFTER.match(text, end) is not None or (
            # _RANK_BEFORE's words end in "p", "m", "r" or "." before white space (no
            # other letter folds to those in a case-blind match): the cheap test first
            text[start - 1 : start].isspace()
            and text[max(0, start - 8) : start].rstrip()[-1:] in _RANK_ENDS
            and _RANK_BEFORE.search(text, max(0, start - 8), start) is not None
        )
        adjective = (
            figure.kind is Kind.MULTIPLE
            and figure.text.lower() in _RATIO_NOUNS
            and not _VERB_FOLLOWERS.match(text, end)
        )
        # "fell 8% from 6 to 9 May": the first day of a span, no level
        day = k + 1 < len(figures) and day_before_date(text, figure, figures[k + 1])
        if ranked or adjective or day:
            out.add(k)
    return out


def possessives(figures: Sequence[Figure], text: str) -> set[int]:
    """Figures followed by ``'s`` ("2003's", "the year's"): time anchors, not amounts."""
    return {
        k
        for k, figure in enumerate(figures)
        # the pattern first: it rules out nearly every figure at C speed
        if _POSSESSIVE.match(text, figure.span[1])
        and figure.value is not None
        and figure.value.denominator == 1
        and 1000 <= figure.value <= 2999
    }


#: Nouns after a measure noun that make the pair another thing.
_NOT_THE_MEASURE = frozenset(
    {"benefit", "benefits", "allowance", "claimants", "claims", "options", "scheme", "schemes"}
)


def measure_of(text: str, start: int, figure: Figure) -> tuple[str, str | None] | None:
    """The measure family a figure is about and its qualifier, from the words before it.

    ``start`` is where to stop looking back (the sentence start, or the
    figure before). The nearest measure noun wins; a two-word noun ("net
    income") counts as one.

    >>> from factcheck.text.scanner import find_figures
    >>> text = "Pre-tax profits fell to £40m."
    >>> measure_of(text, 0, find_figures(text)[0])
    ('profit', 'pre-tax')
    """
    named = _NOUN_AFTER.match(text, figure.span[1])
    if named is not None and named.group(1).lower() in MEASURES and not YEAR.fullmatch(figure.text):
        # "a 20% stake", "a $2bn loss": the noun right after the figure is what it counts
        word = named.group(1).lower()
        before = text[max(start, figure.start - 20) : figure.start].lower().split()
        qualifier = before[-1] if before and before[-1] in QUALIFIERS else None
        return MEASURES[word], qualifier
    after = _CHANGE_IN.match(text, figure.span[1])
    if after is not None:
        # "a 43% rise in net profits": the noun the change is *in* binds tighter
        # than any noun before the figure.
        found = _measure_in(_WORD.findall(after.group(1).lower()))
        if found is not None:
            return found
    if _RATIO_OF.search(text, max(start, figure.start - 40), figure.start):
        return None  # "profit rose to £60m, a margin of 6%": the margin is no profit
    window = text[max(start, figure.start - _MEASURE_WINDOW) : figure.start].lower()
    return _measure_in(_WORD.findall(window))


#: Right before a figure, a ratio of the measure named before it, not the measure: "a
#: margin of 6%", "an operating margin of", "a dividend yield of", "a return of".
_RATIO_OF = re.compile(
    r"\b(?:margin|margins|yield|yields|return|returns|premium|discount|ratio|markup|mark-up)"
    r"\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+)?$",
    re.IGNORECASE,
)
#: A year printed alone ("2005 profits", "the 1974 series") is a time, not a count.
YEAR = re.compile(r"(?:1[89]|20)\d\d")
#: The noun right after a figure: "a 20% stake", "a £2bn loss".
_NOUN_AFTER = re.compile(r"[ \t]+([A-Za-z]+)\b")  # on the figure's line: a headline ends there
#: "a 43% rise in net profits", "a 12% fall in its sales": what a change is in.
_CHANGE_IN = re.compile(
    r"[ \t]+(?:rise|rises|increase|increases|fall|falls|drop|drops|jump|decline|declines|"
    r"decrease|gain|growth|slump|surge|cut|reduction|boost|leap|climb)\s+in\s+"
    r"((?:(?:its|their|the|his|her|annual|quarterly)\s+)?(?:[A-Za-z-]+\s+)?[A-Za-z]+)",
    re.IGNORECASE,
)


def named_move_end(text: str, end: int) -> int:
    """Where the measure a change is *in* ends ("a 15.4% rise in pre-tax profit"), or
    ``end`` when no "rise in …" follows the change ending there."""
    after = _CHANGE_IN.match(text, end)
    return end if after is None else after.end()


#: The words after a measure noun that say how it is reckoned: "profit before tax".
_TAX_AFTER = (["before", "tax"], ["after", "tax"])


def _measure_in(words: Sequence[str]) -> tuple[str, str | None] | None:
    """The last measure noun among ``words`` with its qualifier (see :func:`measure_of`)."""
    for k in range(len(words) - 1, -1, -1):
        if words[k] not in _MEASURE_ENDS:
            continue  # most words end no measure noun: the cheap test first
        word = words[k].replace("’", "'")
        if k + 1 < len(words) and words[k + 1] in _NOT_THE_MEASURE:
            continue  # "jobless benefit", "share options": another thing named by the noun
        if k and f"{words[k - 1]} {word}" in MEASURES:
            before = words[k - 2] if k >= 2 else None
            family = MEASURES[f"{words[k - 1]} {word}"]
            return family, before if before in QUALIFIERS else words[k - 1]
        family_ = MEASURES.get(word)
        if family_ is not None:
            before = words[k - 1] if k else None
            if before not in QUALIFIERS and words[k + 1 : k + 3] in _TAX_AFTER:
                # "profit before tax" is pre-tax profit; "profit after tax" another reckoning
                return family_, "pre-tax" if words[k + 1] == "before" else "after-tax"
            return family_, before if before in QUALIFIERS else None
    return None


#: Adjectives of a level that say how it is known: "from an expected 180,000 tonnes".
_LEVEL_ADJECTIVES = frozenset(
    ("expected", "estimated", "forecast", "projected", "predicted", "revised", "provisional")
)


def _level_named(words: list[str]) -> int:
    """How many words at the end of ``words`` name the level after "from"/"to": "a
    peak of", "its previous record high of" (0 when they do not)."""
    if len(words) < 4 or words[-1] != "of" or words[-2] not in LEVEL_NOUNS:
        return 0
    k = len(words) - 2
    while k > 1 and words[k - 1] in LEVEL_NOUN_MODIFIERS:
        k -= 1
    if k > 1 and words[k - 1] in _ARTICLES:
        k -= 1
    return len(words) - k if k > 0 and words[k - 1] in ("to", "from") else 0


def direction_before(gap: str) -> tuple[Trend, str] | None:
    """The direction a verb states just before "to" or "from" ("fell sharply to"), and which.

    >>> direction_before("the airline cut its debt to")
    (<Trend.DOWN: 'down'>, 'to')
    >>> direction_before("sales reached to") is None
    True
    """
    # quotation marks around the object say nothing of the move: "increase its "very low" rate"
    words = [w.strip('"“”') or w for w in gap[-160:].split()]
    named = _level_named(words)
    if named:
        del words[-named:]  # "slumped from a peak of 7 million": the noun names the level
    # "down from the 5.9% estimated", "from an expected 180,000 tonnes": an article and
    # an estimate's adjective belong to the level, not to the verb's clause
    if (
        len(words) > 2
        and words[-1] in _LEVEL_ADJECTIVES
        and words[-2] in ("to", "from", *_ARTICLES)
    ):
        words.pop()
    if len(words) > 2 and words[-1] in _ARTICLES and words[-2] in ("to", "from"):
        words.pop()
    if len(words) < 2 or words[-1] not in ("to", "from"):
        return None
    revised = _revised(words)
    if revised is not None:
        return revised, words[-1]
    # The verb is one of the last few words: try the nearest first.
    for k in range(len(words) - 2, max(-1, len(words) - 3 - _MAX_OBJECT), -1):
        verb = words[k]
        trend = _DIRECTION_WORDS.get(verb)
        if trend is None:
            if verb in _CLAUSE_WORDS or not _OBJECT_WORD.fullmatch(verb):
                return None  # punctuation or a new clause: no verb of this move further back
            continue
        between = words[k + 1 : -1]
        if (
            verb in _IN_ONLY
            and k
            and (words[k - 1] in _ARTICLES or _POSSESSIVE.search(words[k - 1]))
        ):
            # a noun with senses of its own ("the band's cut of the takings", "a hike from
            # 2,600 metres", "a cut from £25"): a move only as "a cut in the duty from"
            if _named_move(between):
                return trend, words[-1]
            continue
        if verb in _NOUNS_ONLY:
            return None  # "the deficit reduction fund to": a noun names a move after "a"/"the"
        if k and _POSSESSIVE.search(words[k - 1]) and verb not in _MOVE_NOUNS:
            return None  # "after the pound's gain from": a thing, not the verb of the move
        if between and not all(w in _ADVERBS for w in between):
            if verb in _MOVE_NOUNS and k and words[k - 1] in _ARTICLES and _named_move(between):
                # "cut jobs in response to the rise in contributions from 13.8% to 15%":
                # the levels are the named move's, not those of a verb further back
                return trend, words[-1]
            if verb not in _TRANSITIVE or any(w in _CLAUSE_WORDS for w in between):
                continue
            if any(not _OBJECT_WORD.fullmatch(w) for w in between):
                return None
        if k and words[k - 1] in _ARTICLES and verb not in _MOVE_NOUNS:
            return None  # "the gains from …" names a thing; "a rise from A to B" names a move
        if k > 1 and words[k - 2] in _ARTICLES and verb.endswith("s") and verb not in _MOVE_NOUNS:
            return None  # "the job gains from": a plural noun, not the verb
        return trend, words[-1]
    return None


#: Words that open a band or a group after a move's object, not its levels: "a cut in
#: tax for people earning from £12,000 to £30,000", "a reduction in fares on journeys
#: from 5 to 10 miles".
_BAND_WORDS = frozenset({"for", "on", "with", "at", "among", "between", "by", "to"})


def _named_move(between: list[str]) -> bool:
    """Whether the words after a move noun name what moved, and only that: "in the
    duty", "in the price of a stamp" (at most seven words, no band or group opened)."""
    return (
        0 < len(between) <= 7
        and between[0] == "in"
        and not any(w in _BAND_WORDS or w.endswith("ing") for w in between[1:])
    )


def _revised(words: list[str]) -> Trend | None:
    """The direction of "revised down"/"marked up" before the object and "from"/"to":
    the revision's direction is the levels', whatever move its object names ("revised up
    the fall in output, from 0.3% to 0.5%"). ``words`` end with "from" or "to"."""
    end = len(words) - 1
    if words[end - 1].endswith(","):
        end -= 1  # "revised down the gains in December, from": the comma ends the object
        if words[end] != ",":
            end += 1
    for k in range(end - 1, max(0, end - 2 - _MAX_OBJECT), -1):
        word = words[k].rstrip(",") if k == end - 1 else words[k]
        if word in ("down", "up"):
            # "revised down the forecast", or the particle after it: "revised it up"
            for v in range(k - 1, max(-1, k - 6), -1):
                if words[v] in _REVISING:
                    return _DIRECTION_WORDS[word]
                if words[v] in _CLAUSE_WORDS or not _OBJECT_WORD.fullmatch(words[v]):
                    break
            return None
        if word in _CLAUSE_WORDS or not _OBJECT_WORD.fullmatch(word):
            return None
    return None
