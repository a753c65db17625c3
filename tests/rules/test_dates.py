"""valid_date, weekday, elapsed, order, anniversary and relative_date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.figures import Figure
from factcheck.findings import Severity, Status
from factcheck.rules import Context

from .rule_helpers import day, exact, run, status, years

OK, BAD, OPEN = Status.CONSISTENT, Status.INCONSISTENT, Status.UNDETERMINED
dates = st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2200, 12, 31))
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def month(year: int, number: int) -> Figure:
    first = dt.date(year, number, 1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return Figure(
        first.strftime("%B %Y"),
        first.toordinal(),
        last.toordinal(),
        unit="day",
        kind="date",
        granularity="month",
    )


def span_years(n: int) -> Figure:
    return exact(n, "year", text=f"{n} years", kind="duration")


# ------------------------------------------------------------ valid_date
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("29 February 2020", OK),
        ("29 February 2023", BAD),
        ("April 31, 2021", BAD),
        ("2021-02-28", OK),
        ("the 31st of June 2020", BAD),
    ],
)
def test_valid_date_rereads_the_printed_date(text: str, expected: Status) -> None:
    figure = Figure(text, 1, 1, unit="day", kind="date", granularity="day")
    assert status("valid_date", date=figure) is expected


def test_valid_date_explains_the_month_length() -> None:
    figure = Figure("29 February 2023", 1, 1, unit="day", kind="date")
    assert "February 2023 has 28 days" in run("valid_date", date=figure).message


# ---------------------------------------------------------------- weekday
@given(dates, st.integers(0, 6))
def test_weekday_matches_the_calendar(d: dt.date, named: int) -> None:
    expected = OK if d.weekday() == named else BAD
    assert status("weekday", date=day(d.isoformat(), weekday=named)) is expected
    assert status("weekday", {"weekday": WEEKDAYS[named]}, date=day(d.isoformat())) is expected


def test_seed_dateline() -> None:
    assert status("weekday", {"weekday": "Thursday"}, date=day("2023-03-23")) is OK
    verdict = run("weekday", date=day("2023-03-23"))
    assert verdict.status is OPEN
    assert verdict.implied[0].text == "Thursday"


def test_weekday_of_a_month_is_always_possible() -> None:
    assert status("weekday", {"weekday": "sun"}, date=month(2020, 9)) is OK


def test_weekday_of_a_non_date_is_a_unit_error() -> None:
    verdict = run("weekday", date=exact(5))
    assert verdict.status is OPEN
    assert verdict.severity is Severity.ERROR


# ---------------------------------------------------------------- elapsed
@given(dates, dates)
def test_completed_years_are_consistent(a: dt.date, b: dt.date) -> None:
    first, last = sorted((a, b))
    completed = last.year - first.year - ((last.month, last.day) < (first.month, first.day))
    verdict = run(
        "elapsed",
        from_=day(first.isoformat()),
        to=day(last.isoformat()),
        duration=span_years(completed),
    )
    assert verdict.status is OK
    assert (
        status(
            "elapsed",
            from_=day(first.isoformat()),
            to=day(last.isoformat()),
            duration=span_years(completed + 1),
        )
        is BAD
    )


@given(dates, dates)
def test_days_are_exact(a: dt.date, b: dt.date) -> None:
    days = (b - a).days
    duration = exact(days, "day", kind="duration")
    assert (
        status("elapsed", from_=day(a.isoformat()), to=day(b.isoformat()), duration=duration) is OK
    )
    duration = exact(days + 1, "day", kind="duration")
    assert (
        status("elapsed", from_=day(a.isoformat()), to=day(b.isoformat()), duration=duration) is BAD
    )


def test_seed_twenty_years_after_2001() -> None:
    invasion, end = years(2001), day("2021-09-11")
    assert status("elapsed", from_=invasion, to=end, duration=span_years(20)) is OK
    assert status("elapsed", from_=invasion, to=end, duration=span_years(19)) is BAD
    verdict = run("elapsed", from_=years(2001), to=day("2021-09-11"))
    assert verdict.implied[0].text == "20 years"


def test_months_and_weeks() -> None:
    eighteen = exact(18, "month", kind="duration")
    assert status("elapsed", from_=day("2020-02-29"), to=day("2021-09-01"), duration=eighteen) is OK
    two_weeks = exact(2, "week", kind="duration")
    promise, later = day("2021-04-14"), day("2021-04-28")
    assert status("elapsed", from_=promise, to=later, duration=two_weeks) is OK


# ------------------------------------------------------------------ order
@given(dates, dates)
def test_order_of_days(a: dt.date, b: dt.date) -> None:
    expected = OK if a < b else BAD
    assert status("order", dates=(day(a.isoformat()), day(b.isoformat()))) is expected
    reverse = OK if a > b else BAD
    assert (
        status("order", {"order": "after"}, dates=(day(a.isoformat()), day(b.isoformat())))
        is reverse
    )
    same = OK if a <= b else BAD
    assert (
        status("order", {"strict": False}, dates=(day(a.isoformat()), day(b.isoformat()))) is same
    )


def test_order_gives_months_the_benefit_of_the_doubt() -> None:
    assert status("order", dates=(day("2020-09-12"), month(2020, 9))) is OK
    assert status("order", dates=(day("2020-09-30"), month(2020, 9))) is BAD
    chain = (years(2019), day("2020-02-29"), month(2020, 9), day("2021-05-01"))
    assert status("order", dates=chain) is OK


def test_order_shows_bare_year_numbers_as_years() -> None:
    # a claims file's "2004" is a plain number until a date rule reads it as a year
    verdict = run("order", dates=(exact(2004), exact(2003)))
    assert verdict.status is BAD
    assert [v.text for v in verdict.stated] == ["2004", "2003"]
    assert '"2004" read as 2004' in verdict.reading


# ------------------------------------------------------------ anniversary
def test_seed_anniversary() -> None:
    attacks = day("2001-09-11")
    nth = exact(20, text="20th", kind="ordinal")
    assert status("anniversary", event=attacks, number=nth, date=day("2021-09-11")) is OK
    assert status("anniversary", event=attacks, number=nth, date=day("2021-09-12")) is BAD
    assert (
        status(
            "anniversary", {"relation": "before"}, event=attacks, number=nth, date=day("2021-08-31")
        )
        is OK
    )
    assert (
        status(
            "anniversary", {"relation": "after"}, event=attacks, number=nth, date=day("2021-08-31")
        )
        is BAD
    )
    implied = run("anniversary", event=attacks, number=nth).implied[0]
    assert implied.text == "11 September 2021"


def test_leap_day_anniversary() -> None:
    nth = exact(1, text="first", kind="ordinal")
    for iso in ("2021-02-28", "2021-03-01"):
        assert status("anniversary", event=day("2020-02-29"), number=nth, date=day(iso)) is OK


# ---------------------------------------------------------- relative_date
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)), st.integers(-5, 5))
def test_relative_years_resolve_against_publication(published: dt.date, offset: int) -> None:
    phrase = {0: "this year", -1: "last year", 1: "next year"}.get(
        offset, f"{abs(offset)} years {'ago' if offset < 0 else 'from now'}"
    )
    context = Context(published=published)
    target = years(published.year + offset)
    assert run("relative_date", {"relative": phrase}, context, date=target).status is OK
    other = years(published.year + offset + 1)
    assert run("relative_date", {"relative": phrase}, context, date=other).status is BAD


def test_seed_dateline_against_last_year() -> None:
    context = Context(published=dt.date(2023, 3, 23))
    verdict = run("relative_date", {"relative": "last year"}, context, date=month(2020, 9))
    assert verdict.status is BAD
    assert "means 2022" in verdict.message
    assert "September 2020" in verdict.message


def test_relative_phrase_from_the_claim_text() -> None:
    context = Context(published=dt.date(2021, 6, 1))
    phrase = Figure("last year", 0, 0)
    verdict = run("relative_date", None, context, date=month(2020, 9), phrase=phrase)
    assert verdict.status is OK
    assert verdict.subject == "phrase"


def test_relative_months_and_days() -> None:
    context = Context(published=dt.date(2021, 1, 15))
    assert (
        run("relative_date", {"relative": "last month"}, context, date=month(2020, 12)).status is OK
    )
    yesterday = run("relative_date", {"relative": "yesterday"}, context, date=day("2021-01-14"))
    assert yesterday.status is OK


def test_without_publication_date() -> None:
    verdict = run("relative_date", {"relative": "last year"}, date=years(2020))
    assert verdict.status is OPEN


def test_unreadable_phrase_is_a_rule_error() -> None:
    from factcheck.engine import evaluate
    from factcheck.rules import get_rule

    (verdict,) = evaluate(
        get_rule("relative_date"),
        {"date": years(2020), "phrase": None},
        {"relative": "in the olden days"},
        Context(published=dt.date(2021, 1, 1)),
    )
    assert verdict.status is OPEN
    assert verdict.severity is Severity.ERROR


@pytest.mark.parametrize(
    ("length", "status_"),
    [
        (21, Status.CONSISTENT),
        (23, Status.CONSISTENT),
        (24, Status.INCONSISTENT),
        (20, Status.INCONSISTENT),
    ],
)
def test_a_span_counts_the_time_gone_by_rounded(length: int, status_: Status) -> None:
    # from a day of 1979 to a day of 2001 is 21 to 23 years; a whole number is rounded
    verdict = run(
        "elapsed",
        {"count": "span"},
        from_=years(1979),
        to=years(2001),
        duration=span_years(length),
    )
    assert verdict.status is status_
