"""Dates: valid dates, weekdays, elapsed time, order, anniversaries and relative dates.

Date figures are intervals of proleptic Gregorian day ordinals
(``date.toordinal()``) in the unit ``day``: "11 September 2021" is one day,
"September 2020" the 30 days of that month, "2020" the whole year, and
``granularity`` says which was printed. Years and months are counted on the
calendar, never as 365.2425 days: "20 years after 2001" means the calendar
year 2021.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction
from typing import Any

import attrs

from factcheck.errors import RuleError
from factcheck.figures import Figure, Hedge, Kind
from factcheck.findings import Severity, Status, Value
from factcheck.intervals import Interval
from factcheck.rules._common import (
    CheckedRule,
    integers_in,
    judged,
    one,
    says,
    show,
    solved,
    unit_name,
)
from factcheck.rules._common import (
    day_text as _day_text,
)
from factcheck.rules._common import (
    span_text as _span_text,
)
from factcheck.rules.base import Context, FigureInput, Input, Option, Verdict, figure_list
from factcheck.rules.registry import register
from factcheck.text.dates import YEAR_PRINTED
from factcheck.text.numbers import word_number

__all__ = ["Anniversary", "Elapsed", "Order", "RelativeDate", "ValidDate", "Weekday"]

_WEEKDAYS = [name.lower() for name in calendar.day_name]
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})


# ----------------------------------------------------------------- helpers
def _is_year_number(figure: Figure) -> bool:
    """Whether a plain number is best read as a calendar year ("20 years after 2001")."""
    value = figure.value
    return (
        figure.kind is Kind.QUANTITY
        and figure.interval.is_point
        and not unit_name(figure.unit)
        and value is not None
        and value.denominator == 1
        and 1000 <= value <= 2999
    )


def _as_date(figure: Figure) -> Figure:
    """A bare year number as the date it stands for, so findings show "2004", not 2,004."""
    if not _is_year_number(figure):
        return figure
    first, last = _span(figure)
    return attrs.evolve(
        figure,
        low=first.toordinal(),
        high=last.toordinal(),
        unit="day",
        kind=Kind.DATE,
        granularity="year",
    )


def _granularity(figure: Figure) -> str | None:
    """``"day"``, ``"month"`` or ``"year"``; a bare year number counts as a year."""
    return "year" if _is_year_number(figure) else figure.granularity


def _span(figure: Figure) -> tuple[dt.date, dt.date]:
    """A date figure's first and last possible day; a rule error for anything else.

    A date rule given a plain whole number between 1000 and 2999 reads it as
    that calendar year, because that is what "2001" means where a date is due.
    """
    if _is_year_number(figure):
        assert figure.value is not None
        year = int(figure.value)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    days = figure.dates
    if days is None:
        if figure.kind is Kind.DATE:
            raise RuleError(
                f'"{figure.text}" has no year',
                hint="give the article's publication date ('published') or quote the year",
            )
        raise RuleError(
            f'"{figure.text}" is not a date',
            hint="quote a date such as '11 September 2021', 'September 2020' or '2020'",
        )
    return days


def _date(figure: Figure | None, role: str) -> tuple[dt.date, dt.date]:
    if figure is None:
        raise RuleError(f"the check needs a date for {role!r}")
    return _span(figure)


def _date_value(name: str, first: dt.date, last: dt.date) -> Value:
    """A finding value for a span of days: exact ordinals, readable text."""
    return Value(
        name=name,
        text=_span_text(first, last),
        low=str(first.toordinal()),
        high=str(last.toordinal()),
        unit="day",
    )


def _fits_year(year: int) -> bool:
    return dt.MINYEAR <= year <= dt.MAXYEAR


def _shift_years(day: dt.date, years: int) -> dt.date:
    """The same calendar day ``years`` later; 29 February falls back to the 28th."""
    year = day.year + years
    if not _fits_year(year):
        raise RuleError(f"year {year} is outside the calendar", hint="check the dates and numbers")
    if day.month == 2 and day.day == 29 and not calendar.isleap(year):
        return dt.date(year, 2, 28)
    return day.replace(year=year)


def _whole_years(a: dt.date, b: dt.date) -> int:
    """Completed calendar years from ``a`` to ``b`` (negative, rounded down, when b < a)."""
    return b.year - a.year - ((b.month, b.day) < (a.month, a.day))


def _whole_months(a: dt.date, b: dt.date) -> int:
    """Completed calendar months from ``a`` to ``b``, rounded down."""
    return (b.year - a.year) * 12 + b.month - a.month - (b.day < a.day)


def _role_pairs(found: Mapping[str, Figure | None]) -> list[tuple[str, Figure]]:
    return [(role, _as_date(figure)) for role, figure in found.items() if figure is not None]


# ------------------------------------------------------------------ rules
_ORDINAL = r"(\d{1,2})(?:st|nd|rd|th)?"
# Up to four digits: the figure's own text holds a year only if the reader took
# one, and "1 January 0" is year 0, which does not exist (issue 12).
_YEAR = r"(?:,?\s+(\d{1,4}))?"


# Compiled on first use, once: only valid_date reads printed dates, and
# compiling these at import cost every start-up 0.3 ms (docs/performance.md).
@functools.cache
def _date_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns of ISO, day-month-year and month-day-year dates."""
    return (
        re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"),
        re.compile(rf"\b{_ORDINAL}\s+(?:of\s+)?([A-Za-z]+)\.?{_YEAR}\b"),
        re.compile(rf"\b([A-Za-z]+)\.?\s+{_ORDINAL}{_YEAR}\b"),
    )


def _printed_date(text: str) -> tuple[int | None, int, int] | None:
    """Year (when printed), month and day as printed in ``text``, not yet checked."""
    iso, day_month_year, month_day_year = _date_patterns()
    if match := iso.search(text):
        return int(match[1]), int(match[2]), int(match[3])
    for pattern, day_at, month_at in ((day_month_year, 1, 2), (month_day_year, 2, 1)):
        for match in pattern.finditer(text):
            if match[month_at].lower() in _MONTHS:
                year = int(match[3]) if match[3] else None
                return year, _MONTHS[match[month_at].lower()], int(match[day_at])
    return None


def _year_of(figure: Figure, options: Mapping[str, Any], context: Context) -> int | None:
    """The year a date without a printed year belongs to, when anything says so."""
    if options.get("year"):
        return int(options["year"])
    days = figure.dates
    if days is not None and days[0].year == days[1].year:
        return days[0].year
    return None if context.published is None else context.published.year


@register
class ValidDate(CheckedRule):
    """A stated date exists on the calendar (no 29 February 2023, no 31 April).

    Usually the figure parser already refuses an impossible date, and the
    claim is reported as unreadable. This rule re-reads the day, month and
    (when printed) year in the claim's text and checks them against the
    Gregorian calendar, so a date that reaches the checks another way — a
    hand-built figure, or a date printed without its year ("29 February")
    whose year comes from the option ``year`` or the publication date — is
    reported with the reason. With no year known, 29 February is given the
    benefit of a leap year. A date figure with no printed day is consistent.

    Examples:
        - name: 29 February 2020 exists
          text: "The deal was signed on 29 February 2020."
          claims:
            signed: {quote: "29 February 2020"}
          check: {rule: valid_date, date: signed}
          expect: consistent
        - name: 29 February does not exist in 2021
          text: "The talks resumed on 29 February, a year after the deal."
          claims:
            resumed: {quote: "29 February"}
          check: {rule: valid_date, date: resumed, options: {year: 2021}}
          expect: inconsistent
    """

    name = "valid_date"
    family = "dates"
    summary = "a stated date exists on the calendar"
    formula = "1 ≤ day ≤ days in month(month, year)"
    inputs = (Input("date", "the stated date"),)
    options = (Option("year", "the year of a date printed without one (0: unknown)", 0),)
    subject = "date"

    def check(
        self, figures: Mapping[str, FigureInput], options: Mapping[str, Any], context: Context
    ) -> Iterable[Verdict]:
        """Re-read the printed day, month and year and look them up in the calendar."""
        figure = one(figures, "date")
        if figure is None:
            raise RuleError("the check needs a 'date'")
        printed = _printed_date(figure.text)
        pairs = [("date", figure)]
        if printed is None:
            first, last = _span(figure)
            yield judged(
                True,
                f'"{figure.text}" is {_span_text(first, last)}',
                pairs,
                explanation="no day was printed; the figure is a valid span of days",
            )
            return
        year, month, day = printed
        if year is None:
            year = _year_of(figure, options, context)
        # 2020 is a leap year: an unknown year gets the benefit of the doubt.
        lookup = 2020 if year is None else year
        if not 1 <= month <= 12 or not _fits_year(lookup):
            reason = f"there is no month {month}" if _fits_year(lookup) else f"no year {year}"
            yield judged(
                False, f'"{figure.text}" is not a date: {reason}', pairs, explanation=reason
            )
            return
        days = calendar.monthrange(lookup, month)[1]
        possible = 1 <= day <= days
        name = calendar.month_name[month] + ("" if year is None else f" {year}")
        when = f"{day} {name}"
        if possible:
            head = f'"{figure.text}" is {when}'
        elif day < 1:  # not "has at most 31 days", which is no reason here
            head = f'"{figure.text}" does not exist: there is no day {day}'
        else:
            head = (
                f'"{figure.text}" does not exist: {name} has '
                f"{'at most ' if year is None else ''}{days} days"
            )
        yield judged(
            possible,
            head,
            pairs,
            explanation=f"{name} has {days} days; the day printed is {day}",
        )


@register
class Weekday(CheckedRule):
    """The weekday printed with a date (a dateline) is the date's weekday.

    The stated weekday comes from the figure (the parser records it when the
    text names one: "Thursday, March 23, 2023") or from the option
    ``weekday``. For a date that is a span (a month, a year) the claim is
    consistent when some day of the span has that weekday. With no weekday
    stated the rule reports the date's weekday.

    Examples:
        - name: 23 March 2023 was a Thursday
          text: "Thursday, March 23, 2023"
          claims:
            dateline: {quote: "March 23, 2023"}
          check: {rule: weekday, date: dateline, options: {weekday: Thursday}}
          expect: consistent
        - name: 23 March 2023 was not a Friday
          text: "Friday, March 23, 2023"
          claims:
            dateline: {quote: "March 23, 2023"}
          check: {rule: weekday, date: dateline, options: {weekday: Friday}}
          expect: inconsistent
        - name: with no weekday stated the date's weekday is reported
          text: "On March 23, 2023 the report was published."
          claims:
            dateline: {quote: "March 23, 2023"}
          check: {rule: weekday, date: dateline}
          expect: undetermined
          implied: "Thursday"
    """

    name = "weekday"
    family = "dates"
    summary = "the weekday printed with a date matches the date"
    formula = "weekday(date) = stated weekday"
    inputs = (Input("date", "the date, with its weekday when the text names one"),)
    options = (Option("weekday", "the stated weekday, when the figure does not carry it", ""),)
    subject = "date"

    def check(
        self, figures: Mapping[str, FigureInput], options: Mapping[str, Any], context: Context
    ) -> Iterable[Verdict]:
        """Compare the stated weekday with the weekdays the date can fall on."""
        figure = one(figures, "date")
        first, last = _date(figure, "date")
        assert figure is not None
        count = min((last - first).days + 1, 7)
        possible_days = sorted({(first + dt.timedelta(days=i)).weekday() for i in range(count)})
        names = " or ".join(calendar.day_name[d] for d in possible_days)
        stated = _stated_weekday(figure, options)
        pairs = [("date", figure)]
        when = _span_text(first, last)
        if stated is None:
            implied = Value(name="implied weekday", text=names)
            yield solved(
                f"{when} is a {names}", pairs, (implied,), explanation=f"weekday({when}) = {names}"
            )
            return
        possible = stated in possible_days
        verb = "is" if first == last else "can be"
        head = f"{when} {verb} a {names}; the text says {calendar.day_name[stated]}"
        yield judged(
            possible,
            head,
            pairs,
            explanation=f"weekday({when}) = {names}\nstated: {calendar.day_name[stated]}",
        )


def _stated_weekday(figure: Figure, options: Mapping[str, Any]) -> int | None:
    named = str(options.get("weekday") or "").strip().lower()
    if not named:
        return figure.weekday
    for index, day in enumerate(_WEEKDAYS):
        if day.startswith(named[:3]) and day.startswith(named):
            return index
    raise RuleError(f"unknown weekday {named!r}", hint="write a weekday such as 'Thursday'")


def _duration_mode(duration: Figure | None) -> str:
    """Count in calendar ``years``, calendar ``months`` or exact ``days``."""
    if duration is None:
        return "years"
    unit = str(duration.unit)
    if unit in ("year", "decade", "century"):
        return "years"
    if unit == "month":
        return "months"
    return "days"


def _elapsed(
    start: tuple[dt.date, dt.date], end: tuple[dt.date, dt.date], mode: str, calendar_years: bool
) -> Interval:
    """Every elapsed time from a day in ``start`` to a day in ``end``, in ``mode`` units."""
    (a1, a2), (b1, b2) = start, end
    if mode == "days":
        return Interval.closed(b1.toordinal() - a2.toordinal(), b2.toordinal() - a1.toordinal())
    if calendar_years and mode == "years":
        # A year-only date: "20 years after 2001" counts calendar years.
        return Interval.closed(b1.year - a2.year, b2.year - a1.year)
    whole = _whole_years if mode == "years" else _whole_months
    # Elapsed real time lies in [completed, completed + 1) for each pair of days.
    return Interval(Fraction(whole(a2, b1)), Fraction(whole(a1, b2) + 1), True, False)


#: Hedges that say a duration was not reached or was passed ("almost eight years", "more
#: than ten years ago"): the time gone by, not a count of calendar years.
_NEAR = frozenset({Hedge.NEARLY, Hedge.MORE_THAN, Hedge.AT_LEAST, Hedge.LESS_THAN, Hedge.UP_TO})


@register
class Elapsed(CheckedRule):
    """The time between two dates is the stated duration ("20 years after 2001").

    Years and months are counted on the calendar. When either date is only a
    year, the elapsed years are the difference of the calendar years (2021 is
    20 years after 2001, whatever the day); a hedged duration ("almost eight
    years", "more than ten years") may also be the time gone by between any
    two days of the dates (1997 to 1 February 2005 is 7.1 to 8.1 years, which
    "almost eight years" fits). Between two days or months the
    elapsed time runs from the completed years (months) to just under one
    more, so "20 years" fits 11 September 2001 to 11 September 2021 and to
    1 May 2022 alike — a writer rounds elapsed time down. Durations in days
    or weeks are compared with the exact number of days. With the duration
    left out, the rule reports the elapsed time. An age is the years gone
    by, never the calendar's (``count: completed``): someone born in 1936
    is 21 or 22 in 1958. A tenure's length is the time gone by, rounded to whole
    years (``count: span``): from 1979 until 2001 is 21 to 23 years. An event's
    days count the first day and the last (``count: inclusive``): a show that
    runs from 6 to 9 January lasts four days, though only three have gone by.

    Examples:
        - name: 2021 is 20 years after 2001
          text: "The withdrawal ends on 11 September 2021, 20 years after the 2001 invasion."
          claims:
            invasion: {quote: "2001"}
            end: {quote: "11 September 2021"}
            span: {quote: "20 years"}
          check: {rule: elapsed, from: invasion, to: end, duration: span}
          expect: consistent
        - name: 2021 is not 25 years after 2001
          text: "The withdrawal ends on 11 September 2021, 25 years after the 2001 invasion."
          claims:
            invasion: {quote: "2001"}
            end: {quote: "11 September 2021"}
            span: {quote: "25 years"}
          check: {rule: elapsed, from: invasion, to: end, duration: span}
          expect: inconsistent
        - name: an age counts the years gone by
          text: "Born in 1936, she joined the firm in 1958, at the age of 21."
          claims:
            born: {quote: "1936"}
            joined: {quote: "1958"}
            age: {quote: "21", unit: year}
          check: {rule: elapsed, from: born, to: joined, duration: age, options: {count: completed}}
          expect: consistent
        - name: a tenure's length is rounded
          text: "She ran the theatre for 23 years, from 1979 until 2001."
          claims:
            start: {quote: "1979"}
            end: {quote: "2001"}
            length: {quote: "23 years"}
          check: {rule: elapsed, from: start, to: end, duration: length, options: {count: span}}
          expect: consistent
        - name: an event's days count both ends
          text: "The fair runs for four days, from 6 January 2025 until 9 January 2025."
          claims:
            first: {quote: "6 January 2025"}
            last: {quote: "9 January 2025"}
            length: {quote: "four days"}
          check:
            rule: elapsed
            from: first
            to: last
            duration: length
            options: {count: inclusive}
          expect: consistent
        - name: three days is not 6 to 9 January counted inclusively
          text: "The fair runs for three days, from 6 January 2025 until 9 January 2025."
          claims:
            first: {quote: "6 January 2025"}
            last: {quote: "9 January 2025"}
            length: {quote: "three days"}
          check:
            rule: elapsed
            from: first
            to: last
            duration: length
            options: {count: inclusive}
          expect: inconsistent
        - name: the time between two dates is reported
          text: "The deal was signed on 29 February 2020; troops were to leave by 1 May 2021."
          claims:
            signed: {quote: "29 February 2020"}
            leave: {quote: "1 May 2021"}
          check: {rule: elapsed, from: signed, to: leave}
          expect: undetermined
          implied: "1"
    """

    name = "elapsed"
    family = "dates"
    summary = "the time between two dates is the stated duration"
    formula = "duration = to − from (calendar years or months, or days)"
    inputs = (
        Input("from", "the earlier date"),
        Input("to", "the later date"),
        Input("duration", "the stated duration", optional=True),
    )
    options = (
        Option(
            "count",
            "'calendar': years told on the calendar; 'completed': whole years gone by, as an "
            "age is; 'span': the time gone by, rounded to whole years, as a tenure's length is; "
            "'inclusive': days with the first and the last both counted, as an event's are",
            "calendar",
            ("calendar", "completed", "span", "inclusive"),
        ),
    )
    subject = "duration"

    def check(
        self, figures: Mapping[str, FigureInput], options: Mapping[str, Any], context: Context
    ) -> Iterable[Verdict]:
        """Count the elapsed time on the calendar and overlap it with the stated duration."""
        found = {role: one(figures, role) for role in ("from", "to", "duration")}
        start, end, duration = found["from"], found["to"], found["duration"]
        first, last = _date(start, "from"), _date(end, "to")
        assert start is not None
        assert end is not None
        mode = _duration_mode(duration)
        count = options.get("count", "calendar")
        if count == "inclusive" and mode != "days":
            raise RuleError(
                "'count: inclusive' counts days",
                hint="give the duration in days, or another count for years and months",
            )
        completed = count in ("completed", "span")
        year_only = "year" in (_granularity(start), _granularity(end)) and not completed
        elapsed = _elapsed(first, last, mode, year_only)
        if count == "inclusive":
            elapsed = elapsed + 1  # the first day is one of the event's too
        if year_only and mode == "years" and duration is not None and duration.hedge in _NEAR:
            # "In 1997, almost eight years ago" (written in February 2005): calendar years
            # count 8, which "almost" leaves out, but the time gone by may be 7.1 years
            elapsed = elapsed.hull(_elapsed(first, last, mode, False))
        pairs = _role_pairs(found)
        between = _between(start, end, first, last)
        shown = _show_elapsed(elapsed, mode)
        how = "calendar years" if year_only and mode == "years" else mode
        if count == "inclusive":
            how = "days, the first and the last both counted"
        lines = [f"{between}: {shown} ({how})"]
        if duration is None:
            implied = Value(name="implied duration", text=shown, unit=mode[:-1])
            yield solved(
                f"{between} is {shown}",
                pairs,
                (implied,),
                explanation="\n".join(lines),
                subject="from",
            )
            return
        stated = duration.amount.to(mode[:-1]).interval
        if count == "span" and duration.hedge is Hedge.EXACT and stated.low == stated.high:
            # "ran it for 23 years, from 1979 until 2001": a length told in whole years is
            # rounded (January 1979 to December 2001 is 22.9 years)
            assert stated.low is not None
            stated = Interval.closed(stated.low - Fraction(1, 2), stated.low + Fraction(1, 2))
        lines.append(f"stated: {show(stated, mode)}")
        told = says(duration)
        if count == "inclusive":
            shown += ", counting the first day and the last"
        if count == "span":
            # the real time gone by, which a length in whole years rounds
            shown = f"{show(elapsed, mode)} gone by"
            told += f", rounded: {show(stated, mode)}"
        yield judged(
            elapsed.overlaps(stated),
            f"{between} is {shown}; the article says {told}",
            pairs,
            explanation="\n".join(lines),
        )


def _between(
    start: Figure, end: Figure, first: tuple[dt.date, dt.date], last: tuple[dt.date, dt.date]
) -> str:
    """The span as the text tells it: two days of one month that print no year are shown
    without one, since the days between them are the same in every year (and the year
    the reader took may be only one that fits)."""
    one, two = first[0], last[1]
    if (
        first[0] == first[1]
        and last[0] == last[1]
        and (one.year, one.month) == (two.year, two.month)
        and not YEAR_PRINTED.search(start.text)
        and not YEAR_PRINTED.search(end.text)
    ):
        month = calendar.month_name[one.month]
        return f"from {one.day} {month} to {two.day} {month}"
    return f"from {_span_text(*first)} to {_span_text(*last)}"


def _show_elapsed(elapsed: Interval, mode: str) -> str:
    """Elapsed time in words: ``20 years``, ``14–15 months``, ``at least 20 years``."""
    first, last = integers_in(elapsed)
    if first is not None and last is not None and first <= last:
        body = str(first) if first == last else f"{first}–{last}"
        plural = "" if (first, last) == (1, 1) else "s"
        return f"{body} {mode[:-1]}{plural}"
    return show(elapsed, mode)


@register
class Order(CheckedRule):
    """Dates happened in the order the text gives.

    The dates are listed earliest first (``order: before``, the default) or
    latest first (``order: after``). The claim is consistent when some choice
    of a day inside each date's span puts them in that order — strictly
    (``strict: true``, the default) or allowing the same day. Dates that are
    only months or years are given the benefit of the doubt within their
    span.

    Examples:
        - name: the deal came before the talks
          text: "After the deal of February 2020, talks began on 12 September 2020."
          claims:
            deal: {quote: "February 2020"}
            talks: {quote: "12 September 2020"}
          check: {rule: order, dates: [deal, talks]}
          expect: consistent
        - name: the talks did not come before the deal
          text: "Talks began on 12 September 2019, after the deal of February 2020."
          claims:
            deal: {quote: "February 2020"}
            talks: {quote: "12 September 2019"}
          check: {rule: order, dates: [deal, talks]}
          expect: inconsistent
    """

    name = "order"
    family = "dates"
    summary = "dates are in the stated order"
    formula = "date₁ < date₂ < … (or > with order: after)"
    inputs = (Input("dates", "the dates, in the order the text claims", many=True),)
    options = (
        Option(
            "order",
            "'before': earliest first; 'after': latest first",
            "before",
            ("before", "after"),
        ),
        Option("strict", "whether two dates may not fall on the same day", True),
    )
    subject = "dates"

    def check(
        self, figures: Mapping[str, FigureInput], options: Mapping[str, Any], context: Context
    ) -> Iterable[Verdict]:
        """Place each date greedily as early as the previous one allows."""
        dates = [_as_date(f) for f in figure_list(figures.get("dates"))]
        if len(dates) < 2:
            raise RuleError("the check needs at least two 'dates'")
        spans = [_span(f) for f in dates]
        if options.get("order", "before") == "after":
            dates, spans = dates[::-1], spans[::-1]
        gap = 1 if options.get("strict", True) else 0
        possible, blocked = _ordered(spans, gap)
        chain = " before ".join(f'"{f.text}"' for f in dates)
        if possible:
            head = f"{chain} is a possible order"
        else:
            later, earlier = dates[blocked], dates[blocked - 1]
            head = (
                f'"{later.text}" ({_span_text(*spans[blocked])}) cannot come after '
                f'"{earlier.text}" ({_span_text(*spans[blocked - 1])})'
            )
        yield judged(
            possible,
            head,
            [("dates", f) for f in dates],
            explanation="\n".join(
                f"{f.text}: {_span_text(*s)}" for f, s in zip(dates, spans, strict=True)
            ),
        )


def _ordered(spans: Sequence[tuple[dt.date, dt.date]], gap: int) -> tuple[bool, int]:
    """Whether days can be picked in order (each ``gap`` or more days after the last)."""
    current = spans[0][0].toordinal()
    for index, (first, last) in enumerate(spans[1:], start=1):
        current = max(first.toordinal(), current + gap)
        if current > last.toordinal():
            return False, index
    return True, 0


def _anniversaries(
    event: tuple[dt.date, dt.date], years: tuple[int, int]
) -> tuple[dt.date, dt.date]:
    """The span of days on which an n-th anniversary of the event can fall."""
    low = _shift_years(event[0], years[0])
    high = _shift_years(event[1], years[1])
    if event[1].month == 2 and event[1].day == 29 and high.day == 28:
        high = high + dt.timedelta(days=1)  # some keep 29 February's anniversary on 1 March
    return low, high


@register
class Anniversary(CheckedRule):
    """A stated n-th anniversary of an event falls on (or before, or after) a date.

    The n-th anniversary of an event on day D is the same calendar day n
    years later (29 February counts on 28 February or 1 March in other
    years); of an event known only to a month or a year, it is that month or
    year n years on. With ``relation: on`` (the default) the anniversary and
    the date must overlap; ``before`` and ``after`` check that the date can
    come before or after it ("before the 20th anniversary of 9/11"). With no
    date given, the rule reports when the anniversary is.

    Examples:
        - name: 11 September 2021 is the 20th anniversary of 9/11
          text: "Troops leave by 11 September 2021, the 20th anniversary of the attacks."
          claims:
            leave: {quote: "11 September 2021"}
            nth: {quote: "20th", unit: ""}
            attacks: {value: "11 September 2001", source: "the 9/11 attacks"}
          check: {rule: anniversary, event: attacks, number: nth, date: leave}
          expect: consistent
        - name: 11 September 2021 is not the 25th anniversary of 9/11
          text: "Troops leave by 11 September 2021, the 25th anniversary of the attacks."
          claims:
            leave: {quote: "11 September 2021"}
            nth: {quote: "25th", unit: ""}
            attacks: {value: "11 September 2001", source: "the 9/11 attacks"}
          check: {rule: anniversary, event: attacks, number: nth, date: leave}
          expect: inconsistent
        - name: the 20th anniversary of 9/11 is reported
          text: "Troops leave before the 20th anniversary of the attacks."
          claims:
            nth: {quote: "20th", unit: ""}
            attacks: {value: "11 September 2001", source: "the 9/11 attacks"}
          check: {rule: anniversary, event: attacks, number: nth}
          expect: undetermined
          implied: "11 September 2021"
    """

    name = "anniversary"
    family = "dates"
    summary = "the n-th anniversary of an event falls on a date"
    formula = "anniversary = event + n calendar years"
    inputs = (
        Input("event", "the date of the event"),
        Input("number", "which anniversary (20th)"),
        Input("date", "the date the anniversary is said to fall on", optional=True),
    )
    options = (
        Option(
            "relation", "'on', 'before' or 'after' the anniversary", "on", ("on", "before", "after")
        ),
    )
    subject = "number"

    def check(
        self, figures: Mapping[str, FigureInput], options: Mapping[str, Any], context: Context
    ) -> Iterable[Verdict]:
        """Shift the event by n calendar years and place the date against it."""
        found = {role: one(figures, role) for role in ("event", "number", "date")}
        event, number, date = found["event"], found["number"], found["date"]
        span = _date(event, "event")
        if number is None:
            raise RuleError("the check needs the anniversary's 'number'")
        n_first, n_last = integers_in(number.interval)
        if n_first is None or n_last is None or n_first > n_last:
            raise RuleError(f'"{number.text}" is not a whole number of years')
        first, last = _anniversaries(span, (n_first, n_last))
        when = _span_text(first, last)
        pairs = _role_pairs(found)
        years = str(n_first) if n_first == n_last else f"{n_first}–{n_last}"
        line = f"{_span_text(*span)} + {years} years = {when}"
        if date is None:
            yield solved(
                f"the {number.text} anniversary is {when}",
                pairs,
                (_date_value("implied anniversary", first, last),),
                explanation=line,
            )
            return
        d_first, d_last = _span(date)
        relation = str(options.get("relation", "on"))
        mine = Interval.closed(d_first.toordinal(), d_last.toordinal())
        theirs = Interval.closed(first.toordinal(), last.toordinal())
        if relation == "before":
            possible = mine.possibly_less(theirs)
        elif relation == "after":
            possible = theirs.possibly_less(mine)
        else:
            possible = mine.overlaps(theirs)
        word = "on" if relation == "on" else relation
        yield judged(
            possible,
            f"the {number.text} anniversary is {when}; {_span_text(d_first, d_last)} "
            f"{'can be' if possible else 'is not'} {word} it",
            pairs,
            explanation=f"{line}\ndate: {_span_text(d_first, d_last)}",
        )


# Compiled on first use, once: only relative_date reads these phrases.
@functools.cache
def _relative_pattern() -> re.Pattern[str]:
    return re.compile(
        r"^(?:(?P<word>this|current|last|previous|past|next|coming)\s+(?P<unit>year|month)"
        r"|(?P<n>\d+|[a-z]+)\s+(?P<unit2>year|month)s?\s+(?P<dir>ago|earlier|later|from now)"
        r"|(?P<day>today|yesterday|tomorrow))$"
    )


_OFFSETS = {"this": 0, "current": 0, "last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}


def _relative(phrase: str) -> tuple[int, str]:
    """A relative-date phrase as (offset, unit): "last year" is (−1, "year")."""
    text = re.sub(r"\s+", " ", phrase.strip().lower())
    text = re.sub(r"^(?:the|in)\s+", "", text)
    match = _relative_pattern().match(text)
    if match is None:
        raise RuleError(
            f"cannot read the relative date {phrase!r}",
            hint="use 'this year', 'last year', 'next year', 'N years ago', "
            "'last month', 'today', 'yesterday'",
        )
    if match["day"]:
        return {"today": 0, "yesterday": -1, "tomorrow": 1}[match["day"]], "day"
    if match["word"]:
        return _OFFSETS[match["word"]], match["unit"]
    raw = match["n"]
    count = int(raw) if raw.isdigit() else word_number(raw)
    if count is None:
        raise RuleError(f"cannot read the number in {phrase!r}")
    sign = -1 if match["dir"] in ("ago", "earlier") else 1
    return sign * count, match["unit2"]


def _resolve(published: dt.date, offset: int, unit: str) -> tuple[dt.date, dt.date]:
    """The span a relative phrase means on the publication date."""
    if unit == "day":
        day = published + dt.timedelta(days=offset)
        return day, day
    if unit == "year":
        year = published.year + offset
        if not _fits_year(year):
            raise RuleError(f"year {year} is outside the calendar")
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    months = published.year * 12 + published.month - 1 + offset
    year, month = divmod(months, 12)
    if not _fits_year(year):
        raise RuleError(f"year {year} is outside the calendar")
    return dt.date(year, month + 1, 1), dt.date(
        year, month + 1, calendar.monthrange(year, month + 1)[1]
    )


@register
class RelativeDate(CheckedRule):
    """A relative date ("last year", "this year", "N years ago") fits the events it describes.

    The phrase is resolved against the publication date (``context.published``,
    the case's ``published``): an article dated 23 March 2023 means 2022 by
    "last year". The events' date (a claim such as "September 2020") must
    overlap that span. This catches a text whose dateline was changed or
    reused: "last year" next to events of 2020 under a 2023 dateline. The
    phrase is the option ``relative`` or the text of the ``phrase`` claim.
    Without a publication date the check is undetermined.

    Examples:
        - name: last year in a 2021 article means 2020
          text: "More than 25,000 incidents were recorded last year, most after September 2020."
          published: 2021-06-01
          claims:
            when: {quote: "September 2020"}
          check: {rule: relative_date, date: when, options: {relative: last year}}
          expect: consistent
        - name: last year in a 2023 article cannot mean 2020
          text: "More than 25,000 incidents were recorded last year, most after September 2020."
          published: 2023-03-23
          claims:
            when: {quote: "September 2020"}
          check: {rule: relative_date, date: when, options: {relative: last year}}
          expect: inconsistent
        - name: without a publication date the phrase cannot be resolved
          text: "More than 25,000 incidents were recorded last year, most after September 2020."
          claims:
            when: {quote: "September 2020"}
          check: {rule: relative_date, date: when, options: {relative: last year}}
          expect: undetermined
    """

    name = "relative_date"
    family = "dates"
    summary = "a relative date (last year, this year) fits the dated events"
    formula = "resolve(phrase, published) ∩ date ≠ ∅"
    inputs = (
        Input("date", "the date of the events the phrase refers to"),
        Input("phrase", "the claim quoting the relative phrase", optional=True),
    )
    options = (Option("relative", "the relative phrase, e.g. 'last year'", ""),)
    subject = "date"

    def check(
        self, figures: Mapping[str, FigureInput], options: Mapping[str, Any], context: Context
    ) -> Iterable[Verdict]:
        """Resolve the phrase against the publication date and overlap it with the events."""
        found = {role: one(figures, role) for role in ("date", "phrase")}
        date, phrase_figure = found["date"], found["phrase"]
        phrase = str(options.get("relative") or "") or (phrase_figure.text if phrase_figure else "")
        if not phrase:
            raise RuleError("the check needs the phrase", hint="set 'relative: last year'")
        offset, unit = _relative(phrase)
        first, last = _date(date, "date")
        pairs = _role_pairs(found)
        subject = "phrase" if phrase_figure is not None else "date"
        events = _span_text(first, last)
        if context.published is None:
            yield Verdict(
                Status.UNDETERMINED,
                f'"{phrase}" cannot be resolved: the article has no publication date',
                subject=subject,
                explanation="give the article's date (the claims file's 'published')",
                severity=Severity.WARNING,
            )
            return
        meant = _resolve(context.published, offset, unit)
        possible = not (meant[1] < first or last < meant[0])
        dated = _day_text(context.published)
        head = (
            f'the article is dated {dated}, so "{phrase}" means {_span_text(*meant)}; '
            f"the events are dated {events}"
        )
        yield judged(
            possible,
            head,
            pairs,
            subject=subject,
            recomputed=(_date_value(f'"{phrase}"', *meant),),
            explanation=f'published: {dated}\n"{phrase}" = {_span_text(*meant)}\nevents: {events}',
        )
