"""A person's age against a birth date and the day of publication (scan/ages.py).

Every sentence here is written for the tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.scan import scan


def _ages(text: str) -> list[tuple[str, str]]:
    return [
        (f.status.value, f.quote)
        for f in scan(text).findings
        if f.rule == "elapsed" and f.extra.get("pattern") in ("N, born on D", "born on D and is N")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "5 May 2008\n\nMs Lowe, who was born on 30 November 1944 and is 63, "
            "was first elected in 1983.",
            [("consistent", "63")],
        ),
        (
            "5 May 2008\n\nMs Lowe, who was born on 30 November 1944 and is 65, "
            "was first elected in 1983.",
            [("inconsistent", "65")],
        ),
    ],
)
def test_an_age_now_is_the_years_from_the_birth_to_publication(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _ages(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no date of publication: the age is of no known day
        "Ms Lowe, who was born on 30 November 1944 and is 65, was first elected in 1983.",
        # an age at death
        "5 May 2008\n\nMs Lowe, who was born on 30 November 1944 and is 65, died.",
        # another count or measure after "and is"
        "26 June 2013\n\nThe calf, which was born on 1 April 2013 and is 12 weeks old, grew.",
        "5 May 2008\n\nHale, who was born on 3 March 1990 and is 6ft 7in, signed.",
        "5 May 2008\n\nHale, who was born on 3 March 1990 and is 11 under par, leads.",
        # an age in one sentence, a birth in the next: whose, and when, is unsure
        "3 September 2012\n\nKerr, 38, said he would retire. Born in "
        "Harrogate on 12 May 1976, he made his debut in 1995.",
    ],
)
def test_an_age_of_another_day_or_measure_is_left_alone(text: str) -> None:
    assert _ages(text) == []


@given(
    born=st.dates(dt.date(1920, 1, 1), dt.date(1980, 12, 31)),
    published=st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)),
)
def test_the_completed_years_agree_and_one_more_does_not(born: dt.date, published: dt.date) -> None:
    age = published.year - born.year - ((published.month, published.day) < (born.month, born.day))
    when = f"{published.day} {published:%B} {published.year}"
    day = f"{born.day} {born:%B} {born.year}"
    for told, status in ((age, "consistent"), (age + 1, "inconsistent")):
        text = f"{when}\n\nKerr, who was born on {day} and is {told}, retired."
        assert _ages(text) == [(status, str(told))]
