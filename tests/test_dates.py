"""Dates: days, months and years as intervals of day ordinals."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.errors import FigureError, InvalidDateError
from factcheck.figures import Kind
from factcheck.text.dates import fiscal_year, looks_like_year, read_date
from factcheck.text.parse import parse_figure
from factcheck.text.scanner import find_figures
from factcheck.text.tokens import tokenize


def _day(y: int, m: int, d: int) -> int:
    return dt.date(y, m, d).toordinal()


@pytest.mark.parametrize(
    "text",
    [
        "29 February 2020",
        "the 29th of February 2020",
        "February 29, 2020",
        "February 29 2020",
        "Feb. 29, 2020",
        "29 Feb 2020",
        "2020-02-29",
        "Saturday, February 29, 2020",
        "Saturday 29 February 2020",
    ],
)
def test_day_dates(text: str) -> None:
    figure = parse_figure(text)
    assert figure.kind is Kind.DATE
    assert figure.granularity == "day"
    assert figure.low == figure.high == _day(2020, 2, 29)
    assert str(figure.unit) == "day"


def test_weekday_is_recorded_not_checked() -> None:
    figure = parse_figure("Thursday, March 23, 2023")
    assert figure.weekday == 3
    assert figure.low == _day(2023, 3, 23)
    wrong = parse_figure("Monday, March 23, 2023")  # a rule reports this, not the parser
    assert wrong.weekday == 0


def test_first_may() -> None:
    assert parse_figure("1st May 2021").low == _day(2021, 5, 1)
    assert parse_figure("the 1st of May 2021").low == _day(2021, 5, 1)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("May 2020", (2020, 5, 1), (2020, 5, 31)),
        ("February 2020", (2020, 2, 1), (2020, 2, 29)),
        ("February 2021", (2021, 2, 1), (2021, 2, 28)),
        ("Sept 2021", (2021, 9, 1), (2021, 9, 30)),
    ],
)
def test_month_dates(text: str, first: tuple[int, int, int], last: tuple[int, int, int]) -> None:
    figure = parse_figure(text)
    assert figure.granularity == "month"
    assert figure.dates == (dt.date(*first), dt.date(*last))


def test_year_dates() -> None:
    figure = parse_figure("in 2019")
    assert figure.granularity == "year"
    assert figure.dates == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    assert figure.text == "2019"


def test_date_range() -> None:
    figure = parse_figure("between May 2020 and April 2021")
    assert figure.dates == (dt.date(2020, 5, 1), dt.date(2021, 4, 30))
    assert figure.granularity == "month"
    assert len(figure.parts) == 2


@pytest.mark.parametrize(
    ("text", "offsets"),
    [
        ("29 February 2023", (0, 16)),
        ("the 29th of February 2023", (4, 25)),
        ("February 30, 2020", (0, 17)),
        ("31 April", (0, 8)),
        ("2021-13-01", (0, 10)),
        ("2021-02-30", (0, 10)),
        ("Friday, June 31, 2021", (0, 21)),
    ],
)
def test_impossible_dates_raise_with_offsets(text: str, offsets: tuple[int, int]) -> None:
    with pytest.raises(InvalidDateError) as info:
        parse_figure(text)
    assert isinstance(info.value, FigureError)
    assert (info.value.start, info.value.end) == offsets
    assert info.value.hint


def test_day_without_year() -> None:
    assert parse_figure("the 29th of February").low is None  # exists in leap years
    figure = parse_figure("April 14", default_year=2021)
    assert figure.low == _day(2021, 4, 14)
    with pytest.raises(InvalidDateError):
        parse_figure("the 29th of February", default_year=2021)


def test_may_the_verb_is_not_a_month() -> None:
    with pytest.raises(FigureError):
        parse_figure("may")
    assert parse_figure("May 5%").kind is Kind.QUANTITY


def test_looks_like_year() -> None:
    assert looks_like_year(tokenize("2019")[0])
    assert not looks_like_year(tokenize("2,019")[0])
    assert not looks_like_year(tokenize("519")[0])
    assert not looks_like_year(tokenize("5019")[0])


def test_read_date_at_offset() -> None:
    tokens = tokenize("signed on 29 February 2020 in Doha")
    reading = read_date(tokens, 2)
    assert reading is not None
    assert (reading.start, reading.end) == (2, 5)
    assert read_date(tokens, 0) is None


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31)))
def test_every_real_date_reads_back(day: dt.date) -> None:
    for text in (
        f"{day.day} {day:%B} {day.year}",
        f"{day:%B} {day.day}, {day.year}",
        f"{day:%A}, {day:%B} {day.day}, {day.year}",
        day.isoformat(),
    ):
        figure = parse_figure(text)
        assert figure.low == figure.high == day.toordinal(), text


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2005-06", 2005, 2006),
        ("2004/05", 2004, 2005),
        ("2005-6", 2005, 2006),
        ("1999-2000", 1999, 2000),
        ("2004–05", 2004, 2005),
    ],
)
def test_budget_years_span_both_years(text: str, start: int, end: int) -> None:
    (figure,) = find_figures(f"spending in {text} rose")
    assert figure.kind is Kind.DATE
    assert (figure.low, figure.high) == (
        dt.date(start, 1, 1).toordinal(),
        dt.date(end, 12, 31).toordinal(),
    )


@pytest.mark.parametrize(
    "text", ["2005-7", "2005-2007", "2004/06", "2009-1", "2005 - 06", "200-01"]
)
def test_not_budget_years(text: str) -> None:
    assert fiscal_year(tokenize(text), 0) is None
