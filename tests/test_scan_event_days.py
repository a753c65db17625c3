"""An event's days (scan/event_days.py): a span of days against the length told for it.

Every sentence here is written for the tests.
"""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.scan import scan
from factcheck.scan.detect import detect
from factcheck.scan.mentions import not_amounts
from factcheck.text.scanner import find_figures

_MONTHS = list(calendar.month_name)[1:]
_WORDS = ["one", "two", "three", "four", "five", "six"]
_WORDS += ["seven", "eight", "nine", "ten", "eleven", "twelve"]


def _elapsed(text: str) -> list[str]:
    return [f.status.value for f in scan(text).findings if f.rule == "elapsed"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The four-day show runs from 6 to 9 January 2025.", "consistent"),
        ("The three-day show runs from 6 to 9 January 2025.", "inconsistent"),
        ("The 3-day fair, held on 10-12 June 2025, drew crowds.", "consistent"),
        ("The summit, held between 3 and 5 May 2025, lasted two days.", "inconsistent"),
        (
            "The strike, which runs from Monday 6 to Thursday 9 June 2005, will last four days.",
            "consistent",
        ),
        # the length in the next sentence points back at the span with "the"
        (
            "The show runs from 6 to 9 January 2025. All is on show over the three days.",
            "inconsistent",
        ),
        (
            "The show runs from 6 to 9 January 2025. All is on show over the four days.",
            "consistent",
        ),
    ],
)
def test_an_events_days_count_both_ends(text: str, status: str) -> None:
    assert _elapsed(text) == [status]


@pytest.mark.parametrize(
    "text",
    [
        # nights, and stays that hotels count in nights
        "The three-night festival runs from 6 to 9 January 2025.",
        "We booked a three-day stay from 6 to 9 May 2025.",
        # a move's days are counted from a close
        "Shares fell 8% over three days, from 6 to 9 May 2025.",
        # a part of the span, or another time
        "The festival runs from 27 to 30 June 2025, and the first two days sold out.",
        "The fair runs from 6 to 9 May 2025; tickets go on sale three days later.",
        # two days listed, not a span; a day's month is not the first day's
        "The two-day strike is on 6 and 7 May 2025.",
        "The fair runs from 28 to 2 March 2025 and lasts three days.",
        # a length in the next sentence that does not point back
        "The show runs from 6 to 9 January 2025. Three days is too short, critics say.",
        # a four-day week is no length of the span
        "Staff will work a four-day week from 6 to 9 January 2025.",
    ],
)
def test_spans_that_are_not_an_events_days_are_left_alone(text: str) -> None:
    assert _elapsed(text) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The three-day show runs from 6 to 9 January.", "inconsistent"),
        ("The four-day show runs from 6 to 9 January.", "consistent"),
        ("The show runs from 6 to 9 January. All is on show over the three days.", "inconsistent"),
        # 29 February is a day of the calendar the span is read on
        ("The three-day fair runs from 27 to 29 February.", "consistent"),
        ("The 18-day festival runs from 1 August to 25 August.", "inconsistent"),
    ],
)
def test_a_span_inside_one_month_needs_no_year(text: str, status: str) -> None:
    # the days between two days of one month are the same in every year
    assert _elapsed(text) == [status]


def test_a_span_told_without_a_year_is_shown_without_one() -> None:
    (finding,) = scan("The three-day show runs from 6 to 9 January.").findings
    assert finding.message.startswith("from 6 January to 9 January is 4 days")


@pytest.mark.parametrize(
    "text",
    [
        # review 33: a length of another subject or event after the span
        "The book festival runs from 5 to 9 June, and its children's programme lasts two days.",
        "The arts festival runs from 1 to 10 August and ends with Riverfest, a three-day event.",
        # the next sentence's own days: "over the two days" may be those
        "The congress runs from 3 to 7 June. The Pope attends on 5 and 6 June, and crowds are "
        "expected over the two days.",
        "The flower show runs from 19 to 24 May. The first day is for the press, and the public "
        "is admitted over the five days.",
    ],
)
def test_a_length_of_something_else_near_the_span_is_left_alone(text: str) -> None:
    assert _elapsed(text) == []


@pytest.mark.parametrize(
    ("length", "status"), [("four-day", "consistent"), ("five-day", "inconsistent")]
)
def test_the_year_told_once_at_the_end_serves_both_days(length: str, status: str) -> None:
    # the event's own name may stand between the length and its noun
    text = (
        f"The {length} Harbour Food Festival will run from Friday 6 September to Monday "
        "9 September 2024, with more stalls than ever."
    )
    assert _elapsed(text) == [status]


def test_one_year_printed_and_the_other_not_is_left_alone() -> None:
    # "1 August 2024 to 25 August" may mean two years: which August is the second?
    assert _elapsed("The 25-day festival runs from 1 August 2024 to 25 August.") == []


@given(month=st.integers(1, 12), first=st.integers(1, 20), days=st.integers(2, 8))
def test_a_yearless_span_counts_as_in_any_year(month: int, first: int, days: int) -> None:
    last = first + days - 1
    for told, expected in ((days, "consistent"), (days + 1, "inconsistent")):
        text = f"The {told}-day fair runs from {first} to {last} {_MONTHS[month - 1]}."
        assert _elapsed(text) == [expected]


def test_a_span_names_its_pattern_and_the_first_day() -> None:
    (relation,) = [
        r for r in detect("The two-day summit runs from 3 to 4 May 2025.") if r.rule == "elapsed"
    ]
    assert relation.pattern == "an event's days, from D1 to D2"
    assert relation.options == {"count": "inclusive"}
    first = relation.roles["from"]
    assert not isinstance(first, tuple)
    assert first.dates == (dt.date(2025, 5, 3), dt.date(2025, 5, 3))


def test_a_first_day_is_no_amount() -> None:
    text = "Shares fell 8% from 6 to 9 May 2025."
    figures = find_figures(text)
    assert [figures[k].text for k in not_amounts(figures, text)] == ["6"]
    # and no change is read from it as a level
    assert [f.rule for f in scan(text).findings] == []


@given(
    year=st.integers(1990, 2030),
    month=st.integers(1, 12),
    first=st.integers(1, 20),
    days=st.integers(2, 8),
    told=st.integers(2, 9),
    words=st.booleans(),
)
def test_a_length_agrees_only_with_the_days_counted_inclusively(
    year: int, month: int, first: int, days: int, told: int, words: bool
) -> None:
    last = first + days - 1
    length = f"{_WORDS[told - 1]}-day" if words else f"{told}-day"
    text = f"The {length} fair runs from {first} to {last} {_MONTHS[month - 1]} {year}."
    expected = "consistent" if told == days else "inconsistent"
    assert _elapsed(text) == [expected]


@pytest.mark.parametrize(
    ("length", "status"), [("25-day", "consistent"), ("18-day", "inconsistent")]
)
def test_a_span_of_two_weekday_dates_without_a_year(length: str, status: str) -> None:
    # both days of one month: the days between them do not turn on the year
    text = f"The {length} festival runs from Friday 1 August to Monday 25 August."
    assert _elapsed(text) == [status]
