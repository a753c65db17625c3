"""``parse_figure``: one stated figure, read from its words.

>>> f = parse_figure("more than $1.6 billion")
>>> str(f.interval), str(f.unit), f.hedge.value
('(1550000000, ∞)', 'USD', 'more_than')
>>> parse_figure("7,177 security incidents").noun
'security incidents'
"""

from __future__ import annotations

import re
from fractions import Fraction

from factcheck.errors import FigureChoiceError, FigureError
from factcheck.figures import Figure, Kind
from factcheck.text.grammar import Grammar, Options, Reading, glued, is_start
from factcheck.text.hedges import DEFAULT_TOLERANCE, check_tolerance
from factcheck.text.tokens import tokenize

__all__ = ["parse_figure", "read_all"]

_SCIENTIFIC = re.compile(r"\d[eE][+-]?\d")


def read_all(grammar: Grammar) -> list[Reading]:
    """Every figure reading of the grammar's text, left to right, none overlapping."""
    tokens = grammar.tokens
    readings: list[Reading] = []
    i = 0
    n = len(tokens)
    while i < n:
        reading = None
        if is_start(tokens, i) and not glued(tokens, i):
            reading = grammar.figure_at(i)
        if reading is None:
            i += 1
            continue
        readings.append(reading)
        i = max(reading.end, i + 1)
    return readings


def parse_figure(
    text: str,
    *,
    about_tolerance: Fraction = DEFAULT_TOLERANCE,
    default_year: int | None = None,
    kind: Kind | str | None = None,
) -> Figure:
    """Read the one figure stated in ``text`` as an exact interval in a unit.

    ``text`` is a figure with the words around it that shape it: hedges
    (``more than``), trend words (``an increase of 28%``, ``a 61% increase``)
    and a short noun (``7,177 security incidents``). Other words are allowed
    as context as long as they hold no second figure. The figure's
    ``start``/``end`` are offsets into ``text`` and its ``text`` the exact
    characters it was read from.

    ``about_tolerance`` is the relative width of ``about``/``nearly``/``just
    over`` (1/10 = 10 %). ``default_year`` completes dates written without a
    year. ``kind`` asks for a kind of figure: with ``kind="date"`` a bare
    ``2019`` is the year 2019 (without it, a quantity), and a figure of any
    other kind is an error.

    Raises :class:`~factcheck.errors.FigureError` (with ``start``/``end`` of
    the offending part and a hint) when a range runs backwards, a number is
    too long, a date does not exist (:class:`~factcheck.errors.InvalidDateError`),
    or ``text`` holds no figure, more than one, or none of the ``kind`` asked
    for (:class:`~factcheck.errors.FigureChoiceError`).

    >>> str(parse_figure("28%").interval)
    '[27.5, 28.5]'
    >>> parse_figure("doubled").value
    Fraction(2, 1)
    >>> parse_figure("2019", kind="date").granularity
    'year'
    """
    tolerance = check_tolerance(about_tolerance)
    wanted = _kind(kind)
    if _SCIENTIFIC.search(text):
        match = _SCIENTIFIC.search(text)
        assert match is not None
        raise FigureError(
            f"scientific notation is not read: {text!r}",
            start=match.start(),
            end=match.end(),
            hint="write the number in full or with a scale word (1.5 million)",
        )
    tokens = tokenize(text)
    dates = wanted is Kind.DATE
    options = Options(
        tolerance,
        default_year,
        strict=True,
        bare_years=dates,
        year_span=(1000, 2999) if dates else (1800, 2100),
    )
    readings = read_all(Grammar(text, tokens, options))
    strong = [r for r in readings if not r.weak]
    chosen = strong or readings
    if not chosen:
        raise FigureChoiceError(
            f"no figure in {text!r}",
            start=0,
            end=len(text),
            hint="quote a number, a percentage, an amount of money, a range or a date",
        )
    if len(chosen) > 1:
        second = chosen[1].figure
        error = FigureChoiceError(
            f"more than one figure in {text!r}: {chosen[0].figure.text!r} and {second.text!r}",
            start=second.start,
            end=second.end,
            hint="quote one figure per claim (a range is one figure: 'between 8,000 and 10,000')",
        )
        error.choices = tuple(r.figure.text for r in chosen)
        raise error
    figure = chosen[0].figure
    if wanted is not None and figure.kind is not wanted:
        raise FigureChoiceError(
            f"expected a {wanted.value}, read a {figure.kind.value} in {text!r}",
            start=figure.start,
            end=figure.end,
            hint=f"quote a {wanted.value} or drop the kind",
        )
    return figure


def _kind(kind: Kind | str | None) -> Kind | None:
    if kind is None:
        return None
    try:
        return Kind(kind)
    except ValueError as exc:
        raise FigureError(
            f"unknown kind of figure {kind!r}",
            hint="use one of " + ", ".join(k.value for k in Kind),
        ) from exc
