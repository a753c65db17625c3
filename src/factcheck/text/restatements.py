"""Figures that take what they leave unsaid from the figure before them.

News prose often states a qualifier once and lets the next figure borrow it:

* a converted figure in brackets restates its neighbour in other units, so
  it carries the same hedge and the same direction: in "more than 7.5
  million crowns (US$1.1 million)" the dollars are more than $1.1 million
  too, and in "fell by 1 to 1.5 °C (1.8 to 2.7 °F)" both ranges are falls;
* a gapped clause leaves out the verb it shares with the clause before: in
  "Ross was down 2.3%, Burlington by 2.6%" Burlington fell as well.

A borrowed hedge reads exactly as if it were written in the bracket too,
and a borrowed direction is one the text states once for both figures.

>>> from factcheck.text.scanner import find_figures
>>> [(f.text, f.hedge.value) for f in find_figures("just under 296 hp (224 kW)")]
[('just under 296 hp', 'nearly'), ('224 kW', 'nearly')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction

import attrs

from factcheck.figures import Figure, Hedge, Kind
from factcheck.text.distances import MILLION_M, as_metres
from factcheck.text.hedges import SIGNED_UNITS, floored_at_zero, hedge_interval, plain_word
from factcheck.text.unitwords import unit
from factcheck.units import (
    is_currency,
    is_percent,
    is_percentage_point,
    same_dimension,
    unit_text,
)

__all__ = ["borrow"]

#: Hedges that say nothing beyond the printed digits.
_UNHEDGED = frozenset({Hedge.EXACT, Hedge.ROUNDED, Hedge.BETWEEN})
#: An opening bracket, perhaps with a country before a currency sign ("(US $1.1 million)").
_OPENS = re.compile(r"\s*\(\s*(?:[A-Z]{1,3}\s?)?")
#: Between two conversions inside one bracket: "(224 kW / 300 PS)", "(11 km, 7 mi)".
_NEXT_IN_BRACKET = re.compile(r"\s*(?:/|,|;|or)\s*")
#: A gapped clause: a comma or "and", a subject of one to four words, then "by".
_GAPPED = re.compile(r",?\s*(?:and\s+)?(?:[\w&'’-]+\s+){1,4}by\s+")
_MAX_GAP = 60
_MAX_BRACKET = 80
#: What a bracket of conversions holds besides its figures: separators, country codes.
_SEPARATORS = re.compile(r"(?:\s|/|,|;|\bor\b|\b[A-Z]{1,3}\b)*")
#: Words that make the words before "by" a clause of its own, not a gapped subject:
#: "revenue was boosted by 5%" has its own verb (and its own direction, or none).
_VERB_WORDS = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "driven",
        "hit",
        "hurt",
        "led",
        "offset",
        "taken",
        "given",
        "shaken",
        "beaten",
        "grown",
        "fallen",
        "risen",
        "cut",
        "set",
        "put",
        "seen",
        "done",
        "made",
    }
)


def borrow(figures: Sequence[Figure], text: str, tolerance: Fraction) -> list[Figure]:
    """``figures`` (in text order) with bracketed conversions and gapped changes filled in."""
    out: list[Figure] = []
    source: Figure | None = None  # the figure a bracket restates, while inside it
    for k, figure in enumerate(figures):
        prev = out[-1] if out else None
        if prev is not None:
            between = text[prev.span[1] : figure.start]
            if source is not None and _NEXT_IN_BRACKET.fullmatch(between):
                pass  # the bracket goes on: the same source still applies
            elif _OPENS.fullmatch(between) and _conversions_only(figures, k, text):
                source = prev
                metres = _as_metres(prev, figure)
                if metres is not None:
                    source = out[-1] = metres
            else:
                source = None
            if source is not None and _converts(source, figure):
                figure = _restated(figure, source, tolerance)
            elif source is None and _gapped(prev, figure, between):
                figure = attrs.evolve(figure, trend=prev.trend)
        out.append(figure)
    return out


def _conversions_only(figures: Sequence[Figure], k: int, text: str) -> bool:
    """Whether the bracket that ``figures[k]`` opens holds figures and separators only.

    "(US$1.1 million)" and "(224 kW / 300 PS)" restate; "(£4 million of it
    from grants)" says something else about part of the amount.
    """
    start = figures[k].start
    close = text.find(")", start, start + _MAX_BRACKET)
    if close == -1:
        return False
    rest: list[str] = []
    at = start
    for figure in figures[k:]:
        if figure.start >= close:
            break
        rest.append(text[at : figure.start])
        at = figure.span[1]
    rest.append(text[at:close])
    return _SEPARATORS.fullmatch("".join(rest)) is not None


def _as_metres(figure: Figure, conversion: Figure) -> Figure | None:
    """``37m (121ft)``: an "m" that the bracket shows is metres, not millions."""
    if (
        unit_text(figure.unit) != "dimensionless"
        or MILLION_M.fullmatch(figure.text) is None
        or not _measured(conversion)
        or not same_dimension(conversion.unit, unit("meter"))
    ):
        return None
    return as_metres(figure)


def _measured(figure: Figure) -> bool:
    return figure.kind in (Kind.QUANTITY, Kind.DURATION) and not (
        is_percent(figure.unit) or is_percentage_point(figure.unit)
    )


def _converts(source: Figure, figure: Figure) -> bool:
    """Whether ``figure`` can be ``source`` in other units: both money, or one dimension."""
    if not (_measured(source) and _measured(figure)) or unit_text(figure.unit) == "dimensionless":
        return False
    if is_currency(source.unit) and is_currency(figure.unit):
        return True
    if {unit_text(source.unit), unit_text(figure.unit)} <= SIGNED_UNITS:
        return True  # °C and °F: kept apart for arithmetic (offset scales), one quantity here
    return source.unit != figure.unit and same_dimension(source.unit, figure.unit)


def _restated(figure: Figure, source: Figure, tolerance: Fraction) -> Figure:
    trend = figure.trend if figure.trend is not None else source.trend
    if source.hedge in _UNHEDGED or figure.hedge not in (Hedge.EXACT, Hedge.ROUNDED):
        # nothing to lend, or the bracket has its own hedge or is a range
        return figure if trend is figure.trend else attrs.evolve(figure, trend=trend)
    interval = hedge_interval(
        plain_word(source.hedge),
        figure.interval,
        tolerance,
        nonnegative=floored_at_zero(unit_text(figure.unit), figure.value),
        printed=figure.value,
    )
    return attrs.evolve(
        figure,
        low=interval.low,
        high=interval.high,
        low_closed=interval.low_closed,
        high_closed=interval.high_closed,
        hedge=source.hedge,
        trend=trend,
    )


def _gapped(prev: Figure, figure: Figure, between: str) -> bool:
    """``down 2.3%, Burlington by 2.6%``: a change whose verb is the one before."""
    return (
        prev.trend is not None
        and figure.trend is None
        and figure.kind is Kind.QUANTITY
        and not figure.parts
        and prev.unit == figure.unit
        and len(between) <= _MAX_GAP
        and _GAPPED.fullmatch(between) is not None
        and not any(_is_verb(word) for word in between.split()[:-1])
    )


def _is_verb(word: str) -> bool:
    low = word.lower().strip(",")
    return low in _VERB_WORDS or (len(low) > 4 and low.endswith("ed"))
