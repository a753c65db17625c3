"""Exact interval arithmetic: properties over random points, set laws, zero, boundaries."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from factcheck.errors import IntervalError
from factcheck.intervals import Interval, format_number, to_fraction
from factcheck.strategies import intervals, members

_PAIRS = st.tuples(intervals(), intervals())


@given(_PAIRS, st.data())
def test_addition_holds_every_sum(pair: tuple[Interval, Interval], data: st.DataObject) -> None:
    a, b = pair
    x, y = data.draw(members(a)), data.draw(members(b))
    assert x + y in a + b


@given(_PAIRS, st.data())
def test_subtraction_holds_every_difference(
    pair: tuple[Interval, Interval], data: st.DataObject
) -> None:
    a, b = pair
    x, y = data.draw(members(a)), data.draw(members(b))
    assert x - y in a - b


@given(_PAIRS, st.data())
def test_multiplication_holds_every_product(
    pair: tuple[Interval, Interval], data: st.DataObject
) -> None:
    a, b = pair
    x, y = data.draw(members(a)), data.draw(members(b))
    assert x * y in a * b


@given(_PAIRS, st.data())
def test_division_holds_every_quotient(
    pair: tuple[Interval, Interval], data: st.DataObject
) -> None:
    a, b = pair
    assume(not (b.is_point and b.low == 0))
    x, y = data.draw(members(a)), data.draw(members(b))
    quotient = a / b  # never raises unless b is exactly zero
    if y != 0:
        assert x / y in quotient


@given(intervals())
def test_division_by_intervals_touching_zero_never_crashes(a: Interval) -> None:
    for b in (
        Interval.closed(0, 1),
        Interval.closed(-1, 0),
        Interval.open(0, 1),
        Interval.closed(-1, 1),
        Interval.above(0, closed=True),
        Interval.everything(),
    ):
        result = a / b
        assert isinstance(result, Interval)


def test_division_by_exact_zero_is_an_interval_error() -> None:
    with pytest.raises(IntervalError, match="division by zero"):
        Interval.closed(1, 2) / Interval.point(0)


def test_reciprocal_boundaries() -> None:
    assert str(Interval.closed(0, 2).reciprocal()) == "[0.5, ∞)"
    assert str(Interval.closed(-2, 0).reciprocal()) == "(−∞, -0.5]"
    assert Interval.closed(-1, 1).reciprocal() == Interval.everything()
    assert str(Interval.above(2).reciprocal()) == "(0, 0.5)"


@given(_PAIRS, st.data())
def test_intersection_is_what_both_hold(
    pair: tuple[Interval, Interval], data: st.DataObject
) -> None:
    a, b = pair
    both = a.intersect(b)
    for source in (a, b):
        x = data.draw(members(source))
        assert (x in both) == (x in a and x in b)
    assert both in a
    assert both in b
    assert both == b.intersect(a)


@given(_PAIRS, st.data())
def test_hull_holds_both(pair: tuple[Interval, Interval], data: st.DataObject) -> None:
    a, b = pair
    hull = a.hull(b)
    assert a in hull
    assert b in hull
    assert data.draw(members(a)) in hull
    assert hull == b.hull(a)


@given(intervals(), intervals(), intervals())
def test_containment_is_transitive_through_hull(a: Interval, b: Interval, c: Interval) -> None:
    assert a in a.hull(b).hull(c)
    assert a.intersect(b).intersect(c) in a


@given(_PAIRS)
def test_overlap_agrees_with_intersection(pair: tuple[Interval, Interval]) -> None:
    a, b = pair
    assert a.overlaps(b) == (not a.intersect(b).is_empty)


@given(intervals(), st.fractions(min_value=0, max_value=1, max_denominator=100))
def test_widen_never_shrinks(a: Interval, r: Fraction) -> None:
    assert a in a.widen(r)


@given(intervals(), st.data())
def test_negation_mirrors_members(a: Interval, data: st.DataObject) -> None:
    x = data.draw(members(a))
    assert -x in -a


def test_boundary_points_by_hand() -> None:
    rounded = Interval.closed("27.5", "28.5")
    assert Fraction(55, 2) in rounded
    assert Fraction(57, 2) in rounded
    assert Fraction(55, 2) not in Interval.open("27.5", "28.5")
    assert Fraction(996, 780) * 100 - 100 in rounded
    assert 0 in Interval.closed(0, 0)
    assert 0 not in Interval.above(0)
    assert Interval.closed(1, 1).is_point
    assert Interval.open(1, 1).is_empty
    assert Interval.empty() in Interval.point(3)
    assert Interval.point(3) not in Interval.empty()


def test_comparisons_at_touching_ends() -> None:
    assert Interval.closed(1, 2).certainly_less(Interval.open(2, 3))
    assert not Interval.closed(1, 2).certainly_less(Interval.closed(2, 3))
    assert Interval.closed(1, 2).possibly_less(Interval.closed(2, 3))
    assert not Interval.closed(2, 3).possibly_less(Interval.closed(1, 2))


def test_arithmetic_with_empty_and_unbounded() -> None:
    assert (Interval.empty() + Interval.point(1)).is_empty
    assert str(Interval.above(1) + Interval.point(1)) == "(2, ∞)"
    assert str(Interval.above(0, closed=True) * Interval.point(0)) == "0"


def test_huge_and_tiny_magnitudes_stay_exact() -> None:
    huge = Interval.point(10**999)
    tiny = Interval.point(Fraction(1, 10**999))
    assert (huge * tiny).low == 1
    assert (huge + tiny).low == 10**999 + Fraction(1, 10**999)


def test_to_fraction_refuses_inexact_floats() -> None:
    assert to_fraction("2.5") == Fraction(5, 2)
    assert to_fraction(3.0) == 3
    with pytest.raises(TypeError):
        to_fraction(0.1)
    with pytest.raises(TypeError):
        to_fraction(True)


def test_format_number() -> None:
    assert format_number(Fraction(7177)) == "7,177"
    assert format_number(Fraction(996, 780) * 100 - 100, 3) == "27.7"
    assert format_number(Fraction(0)) == "0"


# --- regressions found by fuzzing (issue 7) ---------------------------------


def test_format_number_beyond_28_significant_digits() -> None:
    # Decimal division kept 28 digits and quantize then raised InvalidOperation.
    assert format_number(Fraction(10**40, 3), 4) == "3,333," + "333," * 11 + "333"
    assert format_number(Fraction(1, 3 * 10**50), 2) == "0." + "0" * 50 + "33"


def test_products_beyond_the_float_range_stay_exact() -> None:
    # Telling infinite ends apart with math.isinf turned a Fraction into a float: OverflowError.
    huge = Interval.point(10**400)
    assert (huge * huge).low == 10**800
    assert (huge * Interval.above(1)).high is None
    assert (Interval.below(-1) * huge).low is None


@pytest.mark.parametrize("text", ["1e99999999", "1E-99999999", "1e0000000099999999"])
def test_an_exponent_that_would_hang_is_refused(text: str) -> None:
    # Fraction("1e99999999") builds a hundred-million-digit integer and never returns.
    with pytest.raises(ValueError, match="beyond"):
        to_fraction(text)
    assert to_fraction("1e3") == 1000
