"""Figure and Amount: intervals in units, with where and how they were written."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from factcheck.errors import UnitError
from factcheck.figures import Amount, Figure, Hedge, Kind, Trend
from factcheck.intervals import Interval
from factcheck.text.parse import parse_figure


def test_from_interval_and_back() -> None:
    interval = Interval.closed("27.5", "28.5")
    figure = Figure.from_interval("28%", interval, unit="percent", hedge=Hedge.ROUNDED, value="28")
    assert figure.interval == interval
    assert str(figure.unit) == "percent"
    assert figure.hedge is Hedge.ROUNDED
    assert figure.kind is Kind.QUANTITY


def test_span_and_with_span() -> None:
    figure = parse_figure("7,177")
    assert figure.span == (0, 5)
    moved = figure.with_span(100, 105)
    assert moved.span == (100, 105)
    assert moved.interval == figure.interval


def test_dates_property() -> None:
    figure = parse_figure("May 2020")
    assert figure.dates == (dt.date(2020, 5, 1), dt.date(2020, 5, 31))
    assert parse_figure("28%").dates is None


def test_describe() -> None:
    assert parse_figure("28%").describe() == "27.5–28.5%"
    assert parse_figure("more than 5,000").describe() == "more than 5,000"
    assert parse_figure("29 February 2020").describe() == "2020-02-29"


def test_amount_arithmetic_in_units() -> None:
    a = parse_figure("$460 million").amount
    total = a + a
    assert str(total.unit) == "USD"
    assert total.interval == Interval.closed(919_000_000, 921_000_000)
    assert total.overlaps(parse_figure("$300 million to $1.6 billion").amount)


def test_amounts_of_different_currencies_refuse_to_add() -> None:
    with pytest.raises(UnitError):
        _ = parse_figure("$5").amount + parse_figure("€5").amount


def test_percent_and_points_refuse_to_compare() -> None:
    with pytest.raises(UnitError):
        parse_figure("10%").amount.overlaps(parse_figure("10 points").amount)


def test_amount_conversion_is_exact() -> None:
    km = Amount(Interval.point(2), "km").to("meter")
    assert km.interval == Interval.point(2000)
    share = Amount(Interval.point(28), "percent").to("dimensionless")
    assert share.interval == Interval.point(Fraction(7, 25))


def test_ratio_of_same_dimension_is_dimensionless() -> None:
    ratio = parse_figure("996").amount / parse_figure("780").amount
    assert str(ratio.unit) == "dimensionless"


def test_enums_convert_from_strings() -> None:
    figure = Figure("x", 1, 1, hedge="about", kind="multiple", trend="up")
    assert figure.hedge is Hedge.ABOUT
    assert figure.kind is Kind.MULTIPLE
    assert figure.trend is Trend.UP


def test_str_names_the_reading() -> None:
    assert (
        str(parse_figure("more than $1.6 billion"))
        == "'more than $1.6 billion' → (1550000000, ∞) USD [more_than]"
    )
