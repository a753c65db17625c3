"""An event's days: a span of days and the length the text gives it.

"The four-day show runs from 6 to 9 January 2025" counts the first day and
the last, so the span is four days; "… runs from 6 to 9 January. Everything
will be on show over the three days." gives it three, which is only the
time gone by between the two days (rule ``elapsed``, ``count: inclusive``).

The first day is a bare number before the dated last day ("from 6 to 9
January", "10-12 June", "between 3 and 5 May"), in the last day's month, so
both lie in one month and the span is read only when the last day's year is
known (printed, or the publication's). The length is told in the span's
sentence ("a four-day fair", "lasts four days"), or in the next sentence
pointing back with "the" ("over the three days"). Nights ("three nights") are
no days, and a stay, a holiday or a break, which hotels count in nights, is
left alone; so is a day's span in a sentence of a move ("fell 8% over three
days, from 6 to 9 May": trading days are counted from a close).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.figures import Figure, Hedge, Kind
from factcheck.scan.mentions import day_before_date, direction_before
from factcheck.scan.relation import Relation
from factcheck.text.numbers import word_number

#: Before the first day: "from", "between" (needed before "and"), perhaps "on".
_OPENS = re.compile(r"\b(?P<word>from|between|on)\s+$", re.IGNORECASE)
#: A length in days: "four-day", "4-day", "three days", "10 days".
_LENGTH = re.compile(
    r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?P<joint>-day\b|\s+days?\b)(?!['’])",
    re.IGNORECASE,
)
#: Before a length: a part of the span ("the first three days", "another two days"), a
#: hedge ("over three days", "nearly four days") or a rate ("every two days").
_NOT_THE_WHOLE = re.compile(
    r"\b(?:first|last|final|opening|closing|remaining|other|extra|further|additional|"
    r"another|next|past|previous|each|every|per|over|nearly|almost|about|around|some|"
    r"more\s+than|less\s+than|up\s+to|at\s+least|under)\s+$",
    re.IGNORECASE,
)
#: After a length: a time before or after another ("three days later", "two days' notice")
#: or a length of something else than the span ("a four-day week").
_OTHER_LENGTH = re.compile(
    r"\s*(?:later|earlier|after|before|ago|beforehand|in\s+advance|notice|late|early|off|"
    r"behind|ahead|a\s+week|a\s+month|a\s+year|of\s+(?:leave|holiday|rest)|"
    r"week|weekend|working|weeks?['’])\b",
    re.IGNORECASE,
)
#: Words of a time counted in nights, or of a move whose days are counted from a close.
_NIGHTS = re.compile(
    r"\b(?:nights?|stay|stays|stayed|holiday|holidays|break|breaks|cruise|trip|trips|"
    r"[a-z]+ed\s+\d[\d.]*%|rose|fell|gained|lost|jumped|slid|dropped|climbed)\b|%",
    re.IGNORECASE,
)
#: The length in the next sentence points back at the span: "over the three days".
_POINTED = re.compile(r"\b(?:the|those|these)\s+$", re.IGNORECASE)


def _length(text: str, start: int, end: int, *, pointed: bool) -> Figure | None:
    """The one length in days told between ``start`` and ``end``, as a figure."""
    found: list[Figure] = []
    for match in _LENGTH.finditer(text, start, end):
        before = text[max(start, match.start() - 12) : match.start()]
        if _NOT_THE_WHOLE.search(before) or _OTHER_LENGTH.match(text, match.end()):
            return None  # one length of a part or of another time: which is the span's?
        if pointed and not _POINTED.search(before):
            continue
        number = match.group("n")
        value = int(number) if number.isdigit() else word_number(number)
        if value is None:
            continue
        found.append(
            Figure(
                match.group(),
                value,
                value,
                unit="day",
                hedge=Hedge.EXACT,
                value=value,
                kind=Kind.DURATION,
                start=match.start(),
                end=match.end(),
            )
        )
    return found[0] if len(found) == 1 else None


def _first_day(text: str, span: tuple[int, int], number: Figure, last: Figure) -> Figure | None:
    """The span's first day, when ``number`` stands right before the dated ``last`` day."""
    if not day_before_date(text, number, last) or number.trend is not None or last.parts:
        return None
    days = last.dates
    if days is None or days[0] != days[1]:
        return None  # no year: the span's days are not on a calendar
    between = text[number.span[1] : last.start]
    opening = _OPENS.search(text, max(span[0], number.start - 9), number.start)
    if between.strip() == "and" and (opening is None or opening.group("word").lower() != "between"):
        return None  # "5 and 7 May" lists two days, not a span between them
    if opening is not None and direction_before(text[span[0] : opening.start()].rstrip()):
        return None  # "cut from 6 to 9 January": a move's levels
    assert number.value is not None  # (a day of the month: see day_before_date)
    day = int(number.value)
    if not 1 <= day < days[0].day:
        return None  # "from 28 to 2 March" crosses a month the text does not name
    first = days[0].replace(day=day)
    return Figure(
        number.text,
        first.toordinal(),
        first.toordinal(),
        unit="day",
        kind=Kind.DATE,
        granularity="day",
        start=number.start,
        end=number.span[1],
    )


def event_days(
    text: str, figures: Sequence[Figure], spans: Sequence[tuple[int, int]]
) -> list[Relation]:
    """Each span of days ("from 6 to 9 January 2025") against the length its sentence
    or the next one gives it ("a four-day show", "over the three days")."""
    linked: list[Relation] = []
    at = 0
    for k in range(len(figures) - 1):
        number, last = figures[k], figures[k + 1]
        if last.kind is not Kind.DATE or number.kind is not Kind.QUANTITY:
            continue  # (the cheap test first: most pairs are no number and a date)
        while at < len(spans) and spans[at][1] <= number.start:
            at += 1
        if at == len(spans) or not spans[at][0] <= last.start < spans[at][1]:
            continue
        span = spans[at]
        first = _first_day(text, span, number, last)
        if first is None or _NIGHTS.search(text, *span):
            continue
        length = _length(text, span[0], span[1], pointed=False)
        if length is None and at + 1 < len(spans) and not _LENGTH.search(text, *span):
            following = spans[at + 1]
            if not _NIGHTS.search(text, *following):
                length = _length(text, *following, pointed=True)
        if length is None:
            continue
        roles = {"from": first, "to": last, "duration": length}
        options = {"count": "inclusive"}
        linked.append(Relation("elapsed", roles, span, "an event's days, from D1 to D2", options))
    return linked
