"""Hedge words and the intervals they make from a rounding interval."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.errors import FigureError
from factcheck.figures import Hedge
from factcheck.intervals import Interval
from factcheck.strategies import members
from factcheck.text.hedges import (
    HEDGE_WORDS,
    SUFFIX_HEDGES,
    check_tolerance,
    hedge_interval,
    read_hedge,
    read_suffix_hedge,
)
from factcheck.text.parse import parse_figure
from factcheck.text.scanner import find_figures
from factcheck.text.tokens import tokenize

TOL = Fraction(1, 10)


@pytest.mark.parametrize("phrase", sorted(HEDGE_WORDS))
def test_every_prefix_hedge_is_read_before_a_number(phrase: str) -> None:
    figure = parse_figure(f"{phrase} 100")
    meaning = HEDGE_WORDS[phrase]
    assert figure.hedge is meaning.hedge
    assert figure.text == f"{phrase} 100"


@pytest.mark.parametrize("phrase", sorted(SUFFIX_HEDGES))
def test_every_suffix_hedge_is_read_after_a_number(phrase: str) -> None:
    glue = "" if phrase == "+" else " "
    figure = parse_figure(f"100{glue}{phrase}")
    assert figure.hedge is SUFFIX_HEDGES[phrase].hedge


def test_longest_phrase_wins() -> None:
    found = read_hedge(tokenize("no more than 5"), 0)
    assert found is not None
    assert found[0].hedge is Hedge.UP_TO
    assert found[1] == 3


def test_hedge_word_without_a_number_is_not_a_hedge() -> None:
    # "over the same period" and "some of these" hold no figure
    assert parse_figure("a 61% increase over the same period").hedge is Hedge.ROUNDED
    with pytest.raises(FigureError):
        parse_figure("some of these")


def test_suffix_plus_needs_to_be_attached() -> None:
    assert read_suffix_hedge(tokenize("+"), 0) is not None
    with pytest.raises(FigureError):
        parse_figure("5 + 3")


@pytest.mark.parametrize(
    ("hedge", "rounding", "expected"),
    [
        ("more than", Interval.point(5000), "(5000, ∞)"),
        ("more than", Interval.closed("1550000000", "1650000000"), "(1550000000, ∞)"),
        ("at least", Interval.point(15), "[15, ∞)"),
        ("at least", Interval.closed("14.5", "15.5"), "[14.5, ∞)"),
        ("up to", Interval.point(5000), "[0, 5000]"),
        ("up to", Interval.closed("39.5", "40.5"), "[0, 40.5]"),
        ("less than", Interval.point(100), "[0, 100)"),
        ("about", Interval.point(100), "[90, 110]"),
        ("about", Interval.closed("27.5", "28.5"), "[24.75, 31.35]"),
        ("nearly", Interval.point(5000), "[4500, 5000)"),
        ("just over", Interval.point(100), "(100, 110]"),
        ("about", Interval.point(0), "0"),
        ("about", Interval.point(-100), "[-110, -90]"),
    ],
)
def test_hedge_intervals(hedge: str, rounding: Interval, expected: str) -> None:
    assert str(hedge_interval(HEDGE_WORDS[hedge], rounding, TOL)) == expected


def test_negative_or_signed_quantities_are_unbounded_below() -> None:
    word = HEDGE_WORDS["up to"]
    assert str(hedge_interval(word, Interval.point(-3), TOL)) == "(−∞, -3]"
    assert str(hedge_interval(word, Interval.point(5), TOL, nonnegative=False)) == "(−∞, 5]"
    assert str(parse_figure("less than −3%").interval) == "(−∞, -2.5)"


@pytest.mark.parametrize("bad", [Fraction(-1), Fraction(1), "x"])
def test_check_tolerance_rejects(bad: object) -> None:
    with pytest.raises(FigureError):
        check_tolerance(bad)  # type: ignore[arg-type]


def test_check_tolerance_accepts() -> None:
    assert check_tolerance(Fraction(0)) == 0
    assert check_tolerance(Fraction(1, 4)) == Fraction(1, 4)


# ------------------------------------------------------------------- properties
_ROUNDINGS = st.builds(
    lambda v, p: Interval.around(v, p / 2),
    st.fractions(min_value=0, max_value=10**6, max_denominator=100),
    st.sampled_from([Fraction(0), Fraction(1, 100), Fraction(1), Fraction(1000)]),
)
_TOLERANCES = st.fractions(min_value=0, max_value=Fraction(99, 100), max_denominator=100)


@given(_ROUNDINGS, _TOLERANCES)
def test_about_never_shrinks_the_rounding(rounding: Interval, tol: Fraction) -> None:
    assert rounding in hedge_interval(HEDGE_WORDS["about"], rounding, tol)


@given(_ROUNDINGS, _TOLERANCES, st.data())
def test_more_than_holds_everything_above_and_at_least_holds_more(
    rounding: Interval, tol: Fraction, data: st.DataObject
) -> None:
    more = hedge_interval(HEDGE_WORDS["more than"], rounding, tol)
    least = hedge_interval(HEDGE_WORDS["at least"], rounding, tol)
    assert more in least
    assert rounding in least
    assert rounding.high is not None
    above = Interval(rounding.high, None, False, False)
    assert above in more
    x = data.draw(members(more))
    assert rounding.low is not None
    assert x > rounding.low  # more than X excludes what X could not exceed


@given(_ROUNDINGS, _TOLERANCES)
def test_up_to_holds_less_than_and_the_rounding(rounding: Interval, tol: Fraction) -> None:
    up_to = hedge_interval(HEDGE_WORDS["up to"], rounding, tol)
    less = hedge_interval(HEDGE_WORDS["less than"], rounding, tol)
    assert less in up_to
    assert rounding.clamp_nonnegative() in up_to  # a count cannot be negative
    assert up_to.low == 0


@given(_ROUNDINGS, _TOLERANCES)
def test_nearly_stays_below_and_just_over_above(rounding: Interval, tol: Fraction) -> None:
    nearly = hedge_interval(HEDGE_WORDS["nearly"], rounding, tol)
    over = hedge_interval(HEDGE_WORDS["just over"], rounding, tol)
    assert rounding.high is not None
    assert rounding.low is not None
    assert rounding.high not in nearly
    assert rounding.low in nearly or rounding.is_point
    assert rounding.low not in over
    assert over in Interval(rounding.low, None, False, False)


@given(st.integers(1, 10**6), _TOLERANCES)
def test_parsed_about_contains_the_printed_value(n: int, tol: Fraction) -> None:
    figure = parse_figure(f"about {n:,}", about_tolerance=tol)
    assert n in figure.interval


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("more than hundreds of people", 200, None),
        ("about hundreds of people", 180, None),
        ("nearly tens of thousands of", 18_000, None),
        ("up to hundreds of", 0, None),
        ("just over hundreds of", 200, None),
    ],
)
def test_a_hedge_on_an_unbounded_figure(text: str, low: int, high: int | None) -> None:
    # Found by fuzzing: the hedge asserted a bounded rounding interval and crashed.
    from factcheck.text.parse import parse_figure
    from factcheck.text.scanner import find_figures

    figure = parse_figure(text)
    assert (figure.low, figure.high) == (low, high)
    assert [f.text for f in find_figures(text)] == [figure.text]


@pytest.mark.parametrize(
    ("sentence", "text", "low"),
    [
        ("The plant will employ 1,000-plus workers.", "1,000-plus", 1000),
        ("It was a £50m-plus deal.", "£50m-plus", 49_500_000),
    ],
)
def test_a_glued_plus_is_a_floor(sentence: str, text: str, low: int) -> None:
    [figure] = find_figures(sentence)
    assert (figure.text, figure.low, figure.high) == (text, low, None)
    assert figure.hedge is Hedge.AT_LEAST
