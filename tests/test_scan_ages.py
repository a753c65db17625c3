"""A person's age against a birth date and the day of publication (scan/ages.py).

Every sentence here is written for the tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.scan import scan
from factcheck.text.dateline import dateline


def _ages(text: str) -> list[tuple[str, str]]:
    return [
        (f.status.value, f.quote)
        for f in scan(text).findings
        if f.rule == "elapsed" and f.extra.get("pattern") in ("N, born on D", "born on D and is N")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age after a name, the birth in the next sentence after "Born …, he"
        (
            "LEEDS, 3 September 2012 - Kerr, 36, said a back injury had ended his career. "
            "Born in Harrogate on 12 May 1976, he made his debut in 1995.",
            [("consistent", "36")],
        ),
        (
            "LEEDS, 3 September 2012 - Kerr, 38, said a back injury had ended his career. "
            "Born in Harrogate on 12 May 1976, he made his debut in 1995.",
            [("inconsistent", "38")],
        ),
        # the same name again: "Ms Ashdown, who was born …"
        (
            "LONDON, 12 June 2006 - The firm named Claire Ashdown, 49, as its chief. "
            "Ms Ashdown, who was born in Bristol on 2 September 1958, joined in 1999.",
            [("inconsistent", "49")],
        ),
        # the age in the birth's own clause
        (
            "LONDON, 5 May 2008 - Ms Lowe, who was born on 30 November 1944 and is 63, "
            "was first elected in 1983.",
            [("consistent", "63")],
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
        "Kerr, 38, said a back injury had ended his career. Born on 12 May 1976, he played on.",
        # an age at death
        "LEEDS, 3 September 2012 - Kerr, 38, died on Sunday. Born on 12 May 1976, he played on.",
        # an age of another time
        "LEEDS, 3 September 2012 - In 1998, Kerr, 24, made his debut. Born on 12 May 1976, he "
        "played on.",
        # another person's birth
        "LONDON, 12 June 2006 - The firm named Claire Ashdown, 49, as its chief. Mr Pell, who "
        "was born on 2 September 1950, retires.",
        # the birth first, the pronoun's age after: not read
        "LEEDS, 3 September 2012 - Born on 12 May 1976, Kerr made his debut. His son, 12, plays.",
    ],
)
def test_an_age_of_another_day_or_person_is_left_alone(text: str) -> None:
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
        text = (
            f"LEEDS, {when} - Kerr, {told}, said he would retire. "
            f"Born in Harrogate on {day}, he made his debut at 19."
        )
        assert _ages(text) == [(status, str(told))]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Bank chief named\n\nLONDON, 12 June 2006 - The bank named a chief.",
            dt.date(2006, 6, 12),
        ),
        ("Stocks fall\n\nNEW YORK, March 3, 2020 (Reuters) - Stocks fell.", dt.date(2020, 3, 3)),
        ("LEEDS, 3 September 2012 - Kerr retired.", dt.date(2012, 9, 3)),
    ],
)
def test_a_wire_dateline_opening_the_first_paragraph(text: str, day: dt.date) -> None:
    assert dateline(text) == day


@pytest.mark.parametrize(
    "text",
    [
        "Rates held\n\nThe bank said on 3 May 2006 - a Tuesday - that rates stay.",
        "UK GDP, 2006 - a record year for growth",
    ],
)
def test_a_date_inside_a_sentence_is_no_dateline(text: str) -> None:
    assert dateline(text) is None
