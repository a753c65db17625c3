"""Which figures may enter one relation: their unit classes and kinds."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import attrs

from factcheck.figures import Figure, Hedge, Kind
from factcheck.units import (
    dimensionless,
    is_currency,
    is_percent,
    is_percentage_point,
    per_unit,
    same_dimension,
    unit_text,
)

# -------------------------------------------------------------- figure classes
#: The kinds of figure :func:`is_item` takes.
ITEM_KINDS = (Kind.QUANTITY, Kind.MULTIPLE)


def size_ratio(a: Figure, b: Figure) -> Fraction | None:
    """How many times the larger of two positive amounts is the smaller (``None``
    unless both have a positive value): a bound and the value it hedges, a figure and
    the forecast it is compared with, are of one size.

    >>> from factcheck.text.scanner import find_figures
    >>> a, b = find_figures("$40m against $10m")
    >>> size_ratio(a, b)
    Fraction(4, 1)
    """
    if a.value is None or b.value is None or a.value <= 0 or b.value <= 0:
        return None
    return max(a.value, b.value) / min(a.value, b.value)


def is_item(figure: Figure) -> bool:
    """Figures that take part in arithmetic relations: amounts, shares and multiples."""
    return figure.kind in ITEM_KINDS


def unit_key(figure: Figure) -> str:
    """Which figures may be compared: ``percent``, ``point``, ``count``, a currency, a measure."""
    if figure.kind is Kind.MULTIPLE:
        return "multiple"
    return unit_class(figure.unit)


@per_unit
def unit_class(unit: Any) -> str:
    """``percent``, ``point``, ``money:<currency>``, ``count`` or ``measure:<dimension>``."""
    # Remembered per unit (see factcheck.units.per_unit): printing a pint unit is slow and a
    # scan asks about the same few units all the time.
    if is_percent(unit) or str(unit) == "per_mille":
        return "percent"
    if is_percentage_point(unit):
        return "point"
    if is_currency(unit):
        return "money:" + str(unit)
    if same_dimension(unit, dimensionless()) or str(unit) == "person":
        return "count"
    # the dimensions spelled out here, not printed by pint: another registry in the same
    # process may change pint's formatter, which then fails on Fraction exponents
    dims = sorted(dict(unit.dimensionality).items())
    return "measure:" + "*".join(f"{name}^{power}" for name, power in dims)


def is_fraction_word(figure: Figure) -> bool:
    """``a quarter``, ``half``, ``two-thirds``: a share written in words."""
    value = figure.value
    return (
        figure.kind is Kind.QUANTITY
        # the cheapest tests first: most figures are no fraction, and printed with digits
        and value is not None
        and 0 < value.numerator < value.denominator  # 0 < value < 1
        and not any(ch.isdigit() for ch in figure.text)
        and unit_text(figure.unit) == "dimensionless"
    )


def is_share(figure: Figure) -> bool:
    """A stated share: a percent or a fraction in words, not itself a change."""
    return figure.trend is None and (unit_key(figure) == "percent" or is_fraction_word(figure))


def same_kind(*figures: Figure) -> tuple[Figure, ...] | None:
    """The figures in one shared unit, or ``None`` when they cannot be compared.

    A bare count and a count of people are the same kind of number (``from 780
    to 996 people``): the bare one takes the other's unit, so the rules can add
    and divide them.
    """
    keys = {unit_key(f) for f in figures}
    if len(keys) != 1 or "multiple" in keys:
        return None
    units = {unit_text(f.unit) for f in figures}
    if len(units) == 1:
        return figures
    counted = units - {"dimensionless"}
    if keys == {"count"} and len(counted) == 1:
        target = next(f.unit for f in figures if unit_text(f.unit) != "dimensionless")
        return tuple(
            attrs.evolve(f, unit=target) if unit_text(f.unit) == "dimensionless" else f
            for f in figures
        )
    if all(same_dimension(f.unit, figures[0].unit) for f in figures):
        return figures  # km and miles: the rules convert exactly
    return None


def round_hundreds(figure: Figure) -> bool:
    """Whether a figure read as exact is a whole number of hundreds, which a writer may
    have rounded ("down to 1,400 from 1,800", "39,000 electric cars"): a check that
    turns on its last digits should not hold it to them."""
    return (
        figure.hedge is Hedge.EXACT
        and figure.value is not None
        and figure.value.denominator == 1
        and figure.value.numerator % 100 == 0
    )


def exact_count(figure: Figure) -> bool:
    """A whole number printed in full and unhedged (``23 people``), as a granularity test needs."""
    return (
        figure.kind is Kind.QUANTITY
        and figure.hedge is Hedge.EXACT
        and figure.value is not None
        and figure.value.denominator == 1
        and unit_key(figure) == "count"
        and not figure.parts
    )
