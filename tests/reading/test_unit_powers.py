"""Issue 14: a unit with a power prints (``str(parse_unit("km^2"))`` raised a TypeError)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.errors import UnitError
from factcheck.text.scanner import find_figures
from factcheck.units import parse_unit


@pytest.mark.parametrize(
    ("name", "printed"),
    [
        ("km^2", "kilometer ** 2"),
        ("km**2", "kilometer ** 2"),
        ("m/s^2", "meter / second ** 2"),
        ("kg*m/s^2", "kilogram * meter / second ** 2"),
        ("1/s", "1 / second"),
    ],
)
def test_a_unit_with_a_power_prints(name: str, printed: str) -> None:
    unit = parse_unit(name)
    assert str(unit) == printed
    assert f"{unit:~}"  # the short form prints too
    assert parse_unit(printed.replace(" ", "")) == unit  # and reads back as itself


def test_a_squared_unit_is_the_square_of_the_unit() -> None:
    assert parse_unit("km^2") == parse_unit("km") ** 2


_BASES = st.sampled_from(["m", "km", "s", "kg", "hour", "USD", "percent"])
_POWERS = st.integers(-3, 3).filter(bool)


@given(st.lists(st.tuples(_BASES, _POWERS), min_size=1, max_size=3), st.booleans())
def test_every_product_of_powers_prints_and_reads_back(
    factors: list[tuple[str, int]], double_star: bool
) -> None:
    caret = "**" if double_star else "^"
    name = " * ".join(f"{base}{caret}({power})" for base, power in factors)
    try:
        unit = parse_unit(name)
    except UnitError:
        return
    text = str(unit)
    assert isinstance(text, str)
    if text != "dimensionless":
        assert parse_unit(text.replace(" ", "")) == unit


@pytest.mark.parametrize(
    ("text", "quoted", "unit"),
    [
        ("a 500-acre farm", "500-acre", "acre"),
        ("a 40-hectare site", "40-hectare", "hectare"),
        ("the 2,000 sq m site", "2,000 sq m", "square_meter"),
        ("1,000 sq miles of forest", "1,000 sq miles", "square_mile"),
        ("200 nautical miles offshore", "200 nautical miles", "nautical_mile"),
    ],
)
def test_areas_and_sea_miles(text: str, quoted: str, unit: str) -> None:
    (figure,) = find_figures(text)
    assert (figure.text, str(figure.unit)) == (quoted, unit)
