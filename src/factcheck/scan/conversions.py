"""Currency conversions in brackets, gathered over an article: one rate for each pair.

"$4.2bn (£2.25bn)" converts an amount at the day's rate, and a business
story does so for most of its amounts. The reader folds each bracket into
the figure it restates (:func:`factcheck.scan.mentions.restatements`); this
stage takes those pairs back out and checks, for each pair of currencies,
that the article used about one rate (rule ``same_rate``). A transposed digit
("$4.2bn (£2.52bn)") or a scale slip ("$1.8 billion (£9.4 million)") then
stands out against the article's other conversions.

Amounts of another time may have been converted at another rate ("a 684bn
yen ($6.4bn) loss in 2000 into a 331bn yen ($2.7bn) profit the following
year"), so conversions told for the same time (sentences that name no year,
or the same one year, and none that names two times) are held to 10%
beyond rounding, and the rest only to about a factor of two: enough to find
"$1.8 billion (£9.4 million)", too loose to blame a rate of another year.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.figures import Figure
from factcheck.scan.kinds import unit_key
from factcheck.scan.relation import Relation

__all__ = ["Conversion", "link_conversions"]

#: A bracket conversion: the amount, its restatement, and the span of their sentence.
Conversion = tuple[Figure, Figure, tuple[int, int]]

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: Words that date an amount relative to another time: its conversion may be that time's.
_OTHER_TIME = re.compile(
    r"\b(?:(?:last|previous|following|next|prior)\s+year|a\s+year\s+(?:earlier|ago|before)|"
    r"the\s+year\s+before|years?\s+ago|at\s+the\s+time|then|previously|originally|"
    r"in\s+the\s+past)\b",
    re.IGNORECASE,
)


def _when(text: str, span: tuple[int, int]) -> str | None:
    """The time a sentence tells its amounts for: ``""`` (now), a year, or ``None``
    when it names another time or two."""
    years = set(_YEAR.findall(text, *span))
    if len(years) > 1 or _OTHER_TIME.search(text, *span):
        return None
    return next(iter(years), "")


#: How far two rates of one time may differ beyond rounding, in percent (rule default).
_SAME_TIME = 10
#: And two rates of any times in one article: about twice apart still finds a slip of
#: scale ("$1.8 billion (£9.4 million)"), while rates of years apart pass.
_ANY_TIME = 100


def link_conversions(text: str, conversions: Sequence[Conversion]) -> list[Relation]:
    """``same_rate`` relations for each pair of currencies the article converts twice or
    more: one per time the sentences tell (:func:`_when`), and one over every time with
    a wide tolerance when some conversions are of no such group; and a ``converted``
    relation for each measure restated in other units ("38mph (61km/h)")."""
    by_time: dict[tuple[str, str, str | None], list[Conversion]] = {}
    relations: list[Relation] = []
    for amount, converted, span in conversions:
        if amount.trend is not None or amount.parts or converted.parts:
            continue
        if amount.low is None or amount.high is None or converted.low is None:
            continue  # a bound ("more than $5m (£2.7m)") fixes no rate
        if converted.high is None or amount.low <= 0 or converted.low <= 0:
            continue
        source, target = unit_key(amount), unit_key(converted)
        if source == target and source.startswith("measure") and amount.unit != converted.unit:
            # "38mph (61km/h)": a fixed factor, checked on its own
            roles = {"amount": amount, "converted": converted}
            relations.append(Relation("converted", roles, span, "a measure in other units", {}))
            continue
        if source == target or not source.startswith("money") or not target.startswith("money"):
            continue
        key = (source, target, _when(text, span))
        by_time.setdefault(key, []).append((amount, converted, span))
    pairs: dict[tuple[str, str], list[Conversion]] = {}
    alone: set[tuple[str, str]] = set()  # pairs with a conversion in no group of its time
    for (source, target, when), group in by_time.items():
        pairs.setdefault((source, target), []).extend(group)
        if when is not None and len(group) > 1:
            relations.append(_relation(group, _SAME_TIME))
        else:
            alone.add((source, target))
    for pair in alone:
        group = sorted(pairs[pair], key=lambda c: c[0].start)
        if len(group) > 1:
            relations.append(_relation(group, _ANY_TIME))
    return relations


def _relation(group: Sequence[Conversion], tolerance: int) -> Relation:
    roles = {
        "amounts": tuple(a for a, _, _ in group),
        "converted": tuple(c for _, c, _ in group),
    }
    options = {} if tolerance == _SAME_TIME else {"tolerance": tolerance}
    pattern = "conversions in brackets" if tolerance == _SAME_TIME else "conversions of any time"
    return Relation("same_rate", roles, group[0][2], pattern, options)
