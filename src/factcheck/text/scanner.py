"""``find_figures``: every figure in a text, with its exact place.

A first version: it reuses the grammar of :func:`~factcheck.text.parse.parse_figure`
at every place a figure could start and keeps the longest reading there. It
finds numerals, percentages, money, number words next to a noun, ranges,
hedged figures, dates, durations and multiples, skips what it cannot read
(codes such as ``COVID-19`` or ``9/11``, impossible dates, backwards ranges)
and never raises.

>>> [f.text for f in find_figures("The UN recorded more than 25,000 incidents, a 61% increase.")]
['more than 25,000', '61%']
"""

from __future__ import annotations

from fractions import Fraction

from factcheck.errors import FactcheckError
from factcheck.figures import Figure
from factcheck.text.grammar import Grammar, Options, Reading, glued, is_start
from factcheck.text.hedges import DEFAULT_TOLERANCE
from factcheck.text.tokens import tokenize

__all__ = ["find_figures"]


def find_figures(
    text: str,
    *,
    about_tolerance: Fraction = DEFAULT_TOLERANCE,
    default_year: int | None = None,
) -> list[Figure]:
    """Every figure in ``text``, in order, with ``start``/``end`` offsets into ``text``.

    A bare four-digit number from 1800 to 2100 not followed by a noun is read
    as a year. Lone number words (``one of them``), ordinal words (``the
    first meeting``) and ``half`` without ``of`` are left out. Dates without
    a year take ``default_year`` or stay unbounded. Never raises.
    """
    if not isinstance(text, str) or not text:
        return []
    try:
        tolerance = Fraction(about_tolerance)
        if not 0 <= tolerance < 1:
            tolerance = DEFAULT_TOLERANCE
    except (TypeError, ValueError):
        tolerance = DEFAULT_TOLERANCE
    tokens = tokenize(text)
    grammar = Grammar(text, tokens, Options(tolerance, default_year, bare_years=True))
    figures: list[Figure] = []
    i = 0
    n = len(tokens)
    while i < n:
        reading: Reading | None = None
        if is_start(tokens, i) and not glued(tokens, i):
            try:
                reading = grammar.figure_at(i)
            except FactcheckError:
                reading = None  # an unreadable spot: skip it, keep scanning
        if reading is None or reading.weak:
            i += 1
            continue
        figures.append(reading.figure)
        i = max(reading.end, i + 1)
    return figures
