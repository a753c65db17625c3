"""Calendar dates in prose: days, months and years as intervals of days.

A date reads as the days it can be: ``29 February 2020`` is one day, ``May
2020`` is 1–31 May, ``2019`` (a year) is 1 January–31 December. Days are
proleptic Gregorian ordinals (:meth:`datetime.date.toordinal`), so elapsed
time is a subtraction. A date that does not exist raises
:class:`~factcheck.errors.InvalidDateError` naming the text and its offsets;
it is never moved to a nearby day.

A day and month without a year (``the 14th of April``) takes ``default_year``
when one is given (a publication year, say); otherwise its year is unknown and
it reads as an unbounded interval whose ``granularity`` is still ``"day"`` — it
then constrains nothing, which is the reading that cannot raise a false alarm.

>>> from factcheck.text.tokens import tokenize
>>> d = read_date(tokenize("Thursday, March 23, 2023"), 0)
>>> d.first, d.weekday, d.granularity
(datetime.date(2023, 3, 23), 3, 'day')
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from collections.abc import Sequence

import attrs

from factcheck._repr import fields_repr
from factcheck.errors import InvalidDateError
from factcheck.text.numbers import ORDINAL_SUFFIXES
from factcheck.text.tokens import END, KIND, LOW, NUM, PARA, SPACED, START, TEXT, WORD, Token

__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "YEAR_CONTEXT",
    "YEAR_PRINTED",
    "DateReading",
    "fiscal_year",
    "looks_like_year",
    "may_start",
    "read_date",
    "year_reading",
]

#: Month names and abbreviations (matched with their capital letter: "may" is a verb).
MONTHS: dict[str, int] = {}
for _number, _name in enumerate(calendar.month_name):
    if _name:
        MONTHS[_name] = _number
        MONTHS[_name[:3]] = _number
MONTHS["Sept"] = 9

#: Weekday names and abbreviations, Monday = 0 as in :meth:`datetime.date.weekday`.
WEEKDAYS: dict[str, int] = {}
for _number, _name in enumerate(calendar.day_name):
    WEEKDAYS[_name] = _number
    WEEKDAYS[_name[:3]] = _number
WEEKDAYS.update({"Tues": 1, "Thur": 3, "Thurs": 3})

#: A year a date's text prints ("9 January 2025", "May 2004"): a date read without one
#: took its year from elsewhere (the publication's, or one it fits).
YEAR_PRINTED = re.compile(r"\b[12]\d{3}\b")

#: Words that make a following bare four-digit number a year (``in 2019``).
YEAR_CONTEXT = frozenset(
    {
        "in",
        "since",
        "during",
        "until",
        "till",
        "before",
        "after",
        "of",
        "by",
        "from",
        "early",
        "late",
        "mid",
        "throughout",
        "year",
    }
)

_FIRST_YEAR, _LAST_YEAR = 1000, 2999


# Never compared: without eq, attrs compiles no __eq__/__hash__ at import (cold start).
@attrs.frozen(eq=False)
class DateReading:
    """A date read from tokens ``start`` to ``end`` (exclusive).

    ``first``/``last`` are ``None`` when the year is unknown.
    """

    __repr__ = fields_repr

    first: _dt.date | None
    last: _dt.date | None
    granularity: str
    start: int
    end: int
    weekday: int | None = None


def may_start(tok: Token) -> bool:
    """Whether a date may start at ``tok`` (a number, ``the``, a weekday or a month): a cheap
    test that :func:`read_date` passes for every token it could read a date from."""
    if tok[KIND] == NUM:
        return True
    return tok[KIND] == WORD and (tok[LOW] == "the" or tok[TEXT] in MONTHS or tok[TEXT] in WEEKDAYS)


def looks_like_year(tok: Token) -> bool:
    """Whether a numeral token could be a year: four digits, no separator, 1000–2999."""
    return tok[KIND] == NUM and len(tok[TEXT]) == 4 and tok[TEXT].isdigit() and tok[TEXT][0] in "12"


def fiscal_year(tokens: Sequence[Token], i: int) -> DateReading | None:
    """``2005-06``, ``2004/5``, ``2004-2005``: a span of two years written as one.

    Budgets and seasons straddle a new year, so the reading covers both whole
    years. The second year must follow the first, written short or in full
    and glued to the separator: "2005-7" or "2005 - 06" is something else.

    >>> from factcheck.text.tokens import tokenize
    >>> span = fiscal_year(tokenize("in 2005-06 it"), 1)
    >>> span.first, span.last, span.end
    (datetime.date(2005, 1, 1), datetime.date(2006, 12, 31), 4)
    >>> fiscal_year(tokenize("2005-07"), 0) is None
    True
    """
    if i + 2 >= len(tokens) or not looks_like_year(tokens[i]):
        return None
    sep, second = tokens[i + 1], tokens[i + 2]
    if sep[TEXT] not in ("-", "/", "–") or sep[SPACED] or second[SPACED] or second[KIND] != NUM:
        return None
    digits = second[TEXT]
    year = int(tokens[i][TEXT])
    if (
        not digits.isdigit()
        or len(digits) not in (1, 2, 4)
        or (len(digits) == 1 and year % 10 == 9)
    ):
        return None
    if int(digits) != (year + 1) % 10 ** len(digits):
        return None
    return DateReading(_dt.date(year, 1, 1), _dt.date(year + 1, 12, 31), "year", i, i + 3)


def year_reading(year: int, start: int, end: int) -> DateReading:
    """The reading of a bare year: all its days."""
    return DateReading(_dt.date(year, 1, 1), _dt.date(year, 12, 31), "year", start, end)


def _month(tokens: Sequence[Token], i: int) -> tuple[int, int] | None:
    if i >= len(tokens):
        return None
    tok = tokens[i]
    if tok[KIND] != WORD or tok[TEXT] not in MONTHS:
        return None
    # "Mar" alone is a month only with its full stop or a day/year beside it;
    # the caller's pattern supplies the latter.
    end = i + 1
    if (
        len(tok[TEXT]) <= 4
        and end < len(tokens)
        and tokens[end][TEXT] == "."
        and not tokens[end][SPACED]
    ):
        end += 1
    return MONTHS[tok[TEXT]], end


def _day(tokens: Sequence[Token], i: int) -> tuple[int, int] | None:
    """``23``, ``23rd``: a day number and the end."""
    if i >= len(tokens):
        return None
    tok = tokens[i]
    if tok[KIND] != NUM or not tok[TEXT].isdigit() or len(tok[TEXT]) > 2:
        return None
    end = i + 1
    if end < len(tokens) and tokens[end][LOW] in ORDINAL_SUFFIXES and not tokens[end][SPACED]:
        end += 1
    return int(tok[TEXT]), end


def _year(
    tokens: Sequence[Token], i: int, *, comma: bool, zero: bool = False
) -> tuple[int, int] | None:
    """The year at ``tokens[i]`` (after a comma if ``comma``) and its end.

    With ``zero``, a zero right there at the end of a clause is year 0 (for
    :func:`_make_day` to refuse: it does not exist).
    """
    j = i
    if comma and j < len(tokens) and tokens[j][TEXT] == ",":
        j += 1
    # A year on a later paragraph is another figure ("Saturday, 26 February" over "1400 GMT").
    if j < len(tokens) and not tokens[j][PARA] and looks_like_year(tokens[j]):
        # "March 23, 2023 people" would be odd; a year is not followed by a unit.
        return int(tokens[j][TEXT]), j + 1
    if (
        zero
        and j == i
        and j < len(tokens)
        and tokens[j][KIND] == NUM
        and tokens[j][TEXT].strip("0") == ""
        and (j + 1 == len(tokens) or tokens[j + 1][KIND] != WORD)
    ):
        # "1 January 0" at the end of a clause: year 0, which does not exist
        # ("1 January 0 people" is a date and a count).
        return 0, j + 1
    return None


def _weekday(tokens: Sequence[Token], i: int) -> tuple[int, int] | None:
    if i < len(tokens) and tokens[i][KIND] == WORD and tokens[i][TEXT] in WEEKDAYS:
        end = i + 1
        if end < len(tokens) and tokens[end][TEXT] in (",", "."):
            end += 1
        return WEEKDAYS[tokens[i][TEXT]], end
    return None


def _iso(tokens: Sequence[Token], i: int) -> tuple[int, int, int, int] | None:
    """``2020-02-29``: year, month, day and the end.

    Any four-digit year (``3000-01-01``, ``0999-12-31``) is one in this form,
    not only the 1000–2999 of a bare year, so that such a date is read as a
    date rather than as a number and a backwards range; ``0000`` is a year
    that does not exist (see :func:`_make_day`).
    """
    if i + 4 >= len(tokens):
        return None
    y, d1, m, d2, d = tokens[i : i + 5]
    if (
        y[KIND] == NUM
        and len(y[TEXT]) == 4
        and y[TEXT].isdigit()
        and d1[TEXT] == "-"
        and d2[TEXT] == "-"
        and m[KIND] == NUM
        and d[KIND] == NUM
        and len(m[TEXT]) == 2
        and len(d[TEXT]) == 2
        and m[TEXT].isdigit()
        and d[TEXT].isdigit()
        and not any(t[SPACED] for t in (d1, m, d2, d))
    ):
        return int(y[TEXT]), int(m[TEXT]), int(d[TEXT]), i + 5
    return None


def _make_day(
    tokens: Sequence[Token],
    start: int,
    end: int,
    year: int | None,
    month: int,
    day: int,
    weekday: int | None,
) -> DateReading:
    where_start, where_end = tokens[start][START], tokens[end - 1][END]
    # the date as written (whitespace collapsed), so the message quotes the text
    written = "".join(
        (" " if t[SPACED] and k else "") + t[TEXT] for k, t in enumerate(tokens[start:end])
    )
    if year is None:
        # Without a year only the day of the month can be checked; 29 February
        # exists in leap years, so it passes.
        if not 1 <= day <= calendar.monthrange(2000, month)[1]:
            raise InvalidDateError(
                f"{written!r}: {calendar.month_name[month]} has no day {day}",
                start=where_start,
                end=where_end,
                hint="check the day of the month",
            )
        return DateReading(None, None, "day", start, end, weekday)
    if year < 1:
        raise InvalidDateError(
            f"{written!r}: there is no year 0 (1 BC is followed by AD 1)",
            start=where_start,
            end=where_end,
            hint="check the year",
        )
    try:
        date = _dt.date(year, month, day)
    except ValueError as exc:
        raise InvalidDateError(
            f"{written!r}: {day} {calendar.month_name[month]} {year} does not exist ({exc})",
            start=where_start,
            end=where_end,
            hint="check the day, the month and (for 29 February) whether the year is a leap year",
        ) from exc
    return DateReading(date, date, "day", start, end, weekday)


def read_date(
    tokens: Sequence[Token], i: int, default_year: int | None = None
) -> DateReading | None:
    """The date starting at ``tokens[i]``, if one does.

    Reads ``29 February 2020``, ``the 29th of February 2020``, ``February 29,
    2020``, ``Thursday, March 23, 2023``, ``1st May 2021``, ``May 2020``,
    ``2020-02-29``; a bare year is read by the caller, which knows whether the
    context makes a number a year. Raises
    :class:`~factcheck.errors.InvalidDateError` for a date that does not exist.
    """
    n = len(tokens)
    if i >= n:
        return None
    start = i
    iso = _iso(tokens, i)
    if iso is not None:
        iso_year, m, d, end = iso
        if not 1 <= m <= 12:
            raise InvalidDateError(
                f"month {m} does not exist",
                start=tokens[i][START],
                end=tokens[end - 1][END],
                hint="ISO dates are year-month-day",
            )
        return _make_day(tokens, start, end, iso_year, m, d, None)
    weekday = None
    wd = _weekday(tokens, i)
    if wd is not None:
        weekday, i = wd
    j = i
    if j < n and tokens[j][LOW] == "the":
        j += 1
        if weekday is None:
            start = j  # "the" is context, not part of the date's text
    day = _day(tokens, j)
    if day is not None:
        k = day[1]
        if k < n and tokens[k][LOW] == "of":
            k += 1
        month = _month(tokens, k)
        if month is not None:
            year = _year(tokens, month[1], comma=True, zero=True)
            y = default_year
            end = month[1]
            if year is not None:
                y, end = year
            return _make_day(tokens, start, end, y, month[0], day[0], weekday)
    month = _month(tokens, i)
    if month is not None:
        k = month[1]
        if k < n and tokens[k][LOW] == "the":
            k += 1
        day = _day(tokens, k)
        # "May 5%" is not a date; "May 5" and "May 5, 2020" are.
        if day is not None and not (day[1] < n and tokens[day[1]][TEXT] == "%"):
            year = _year(tokens, day[1], comma=True)
            y, end = default_year, day[1]
            if year is not None:
                y, end = year
            return _make_day(tokens, start, end, y, month[0], day[0], weekday)
        year = _year(tokens, month[1], comma=False)
        if year is not None:
            y, m = year[0], month[0]
            first = _dt.date(y, m, 1)
            last = _dt.date(y, m, calendar.monthrange(y, m)[1])
            return DateReading(first, last, "month", start, year[1], weekday)
    return None
