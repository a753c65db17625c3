"""An event's days: a span of days and the length the text gives it.

"The four-day show runs from 6 to 9 January 2025" counts the first day and
the last, so the span is four days; "… runs from 6 to 9 January. Everything
will be on show over the three days." gives it three, which is only the
time gone by between the two days (rule ``elapsed``, ``count: inclusive``).

The first day is a bare number before the dated last day ("from 6 to 9
January", "10-12 June", "between 3 and 5 May"), in the last day's month, or
a date of that month ("from Friday 1 August to Monday 25 August"). Both lie
in one month, so the days between them do not turn on the year: the span is
read in the year printed or the publication's, else in a year the first
weekday fits, else in any leap year, and the finding shows it without one.

The length must be the event's own: the adjective of a noun of an event
counted in calendar days (a festival, a fair, a show, a conference, a
summit) right before the verb that gives the span ("The four-day fair runs
from", "the three-day event, which takes place from"), its apposition
closing the sentence (", a three-day event."), the complement of a verb of
lasting ("lasted two days", "runs for four days, from"), or, in the next
sentence, "over the three days" closing its clause. A trial, a hearing, a
course, a sale, a closure, a period of notice or quarantine count other
days, and any other length may be a part, a pass, a deadline or another
event's ("a two-day pass", "closed for two days over Easter", "after a
two-day strike in December", "the two days of last year's fair"): all are
left alone. Nights ("three nights") are no days, and a stay, a holiday or a
break, which hotels count in nights, is left alone; so is a day's span in a
sentence of a move ("fell 8% over three days, from 6 to 9 May": trading days
are counted from a close).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.figures import Figure, Kind
from factcheck.scan.mentions import NUMBER_WORDS, counted, day_before_date, direction_before
from factcheck.scan.relation import Relation
from factcheck.scan.shapes import dated_in, day_of, month_of, year_of_weekday

#: Before the first day: "from", "between" (needed before "and"), perhaps "on".
_OPENS = re.compile(r"\b(?P<word>from|between|on)\s+$", re.IGNORECASE)
_NUMBER_WORD = rf"\d{{1,2}}|{NUMBER_WORDS}"
#: Events counted in calendar days, both ends in: not a trial, a hearing or a course
#: (court or working days), a sale, a closure, a period of notice or quarantine (days
#: gone by), nor a part of something longer.
_EVENTS = (
    r"(?:festival|fair|show|conference|summit|event|tournament|championships?|carnival|"
    r"convention|expo|congress|celebrations?|games|gathering|jamboree|regatta|rally)"
)
#: The event's own length, before the span in its sentence: "The four-day fair runs from",
#: "the three-day event, which takes place from", or the span right after the noun, "The
#: four-day summit, on 10-12 June".
_LENGTH_OF_THE_EVENT = re.compile(
    rf"\b(?:[Tt]he|[Aa]|[Tt]his|[Ii]ts|[Tt]heir)\s+(?P<len>(?P<n>{_NUMBER_WORD})-day)\s+"
    # (the event's own name may stand between: "The five-day Harbour Food Festival")
    rf"(?:[a-z]+\s+){{0,2}}?(?:(?-i:[A-Z])[\w'’&-]*\s+){{0,3}}?{_EVENTS}"
    r"(?:(?:\s*,\s*(?:which|that)\s+(?:will\s+)?|\s*,\s*|\s+)"
    r"(?:runs?|ran|running|is\s+held|was\s+held|will\s+be\s+held|held|takes?\s+place|"
    r"took\s+place|taking\s+place|will\s+run|opens|opened|starts|started|begins|began|"
    r"is\s+on|goes\s+ahead|will\s+go\s+ahead)\s+(?:(?:in|at)\s+[A-Z][\w'’-]*\s+)?"
    r"|\s*,?\s*)"
    r"(?:from|between|on)\s+$",
    re.IGNORECASE,
)
#: The event's own length told after the span, as its apposition closing the sentence:
#: "runs from 14 to 17 March in Harrogate, a three-day event."
_APPOSED = re.compile(
    rf",\s*an?\s+(?P<len>(?P<n>{_NUMBER_WORD})-day)\s+(?:[a-z]+\s+)?{_EVENTS}\s*(?:[.;]|$)",
    re.IGNORECASE,
)
#: Words of days an event is shut, or of days counted otherwise than the calendar's.
_SHUT = re.compile(
    r"\b(?:closed|shut|except|weekdays?|working|trading|court|sitting|reopens?|extension|"
    r"part\s+of)\b",
    re.IGNORECASE,
)
#: The event's own length after a verb of lasting: "lasted two days", "runs for four
#: days, from", "will last three days".
_LASTING = re.compile(
    rf"\b(?:runs?|ran|running|lasts?|lasted|lasting|will\s+(?:run|last))\s+(?:for\s+)?"
    rf"(?P<len>(?P<n>{_NUMBER_WORD})\s+days)\b(?!['’])(?=\s*(?:[,.;]|$|from\b|between\b|on\b))",
    re.IGNORECASE,
)
#: Words of another time than the span's: "last year's", "in 2024", "previous".
_ANOTHER_TIME = re.compile(
    r"\b(?:last|previous|next|earlier|later|ago|(?:19|20)\d\d)\b", re.IGNORECASE
)
#: Words in the next sentence of a part of the event or of another one, whose days "over
#: the two days" may be: a weekend, qualifying, passes, a sister event (review 32).
_A_PART_OR_ANOTHER = re.compile(
    r"\b(?:weekends?|qualifying|preceding|following|sister|tickets?|pass|passes|heats?|"
    r"rounds?|sessions?|finals?|opening|closing|another|other|rival|its\s+own)\b",
    re.IGNORECASE,
)
#: The next sentence's length, pointing back and closing its clause: "over the three days."
_OVER_THE_DAYS = re.compile(
    rf"\b(?:over|during|across|throughout|for)\s+the\s+(?P<len>(?P<n>{_NUMBER_WORD})\s+days)\b"
    r"(?=\s*(?:[,.;]|$))",
    re.IGNORECASE,
)
#: Words of a time counted in nights, or of a move whose days are counted from a close.
_NIGHTS = re.compile(
    r"\b(?:nights?|stay|stays|stayed|holiday|holidays|break|breaks|cruise|trip|trips|"
    r"[a-z]+ed\s+\d[\d.]*%|rose|fell|gained|lost|jumped|slid|dropped|climbed)\b|%",
    re.IGNORECASE,
)


#: Between a span and a length after it: a clause of another subject.
_ANOTHER_SUBJECT = re.compile(r"\b(?:and|but|while|whereas|with)\b|;")
#: Between a span and its apposition: at most the place it is held in.
_A_PLACE_ONLY = re.compile(r"(?:,?\s+(?:in|at|near|on)\s+(?:the\s+)?[A-Z][^,;]{0,40})?")
#: In the next sentence, days of its own ("on 5 and 6 June", "from 16 May", "the first
#: day", "on the Friday and Saturday", "the week of"): its "over the two days" may be those.
_DAYS_OF_ITS_OWN = re.compile(
    r"\b(?:(?:first|second|third|last|final|opening|closing|rest|press|public|trade)\s+days?|"
    r"week\s+of|monday|tuesday|wednesday|thursday|friday|saturday|sunday|evening|morning|"
    r"afternoon|night|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b|\b\d{1,2}(?:st|nd|rd|th)?\b(?![,.]\d)",
    re.IGNORECASE,
)


def _length(text: str, span: tuple[int, int], first: Figure, last: Figure) -> Figure | None:
    """The event's own length in the span's sentence: the adjective of the subject whose
    verb gives the span, or the complement of a verb of lasting."""
    before = _LENGTH_OF_THE_EVENT.search(text, span[0], first.start)
    found = [before] if before is not None else []
    # after the span, the length is the event's only as its own complement or apposition:
    # not "…, and its children's programme lasts two days", "… and ends with Riverfest, a
    # three-day music event" (review 33)
    found.extend(
        m
        for m in _LASTING.finditer(text, span[0], span[1])
        if m.start() < first.start or not _ANOTHER_SUBJECT.search(text, last.span[1], m.start())
    )
    found.extend(
        m
        for m in _APPOSED.finditer(text, last.span[1], span[1])
        if _A_PLACE_ONLY.fullmatch(text, last.span[1], m.start())
    )
    if len(found) != 1 or len(_ANY_LENGTH.findall(text, span[0], span[1])) != 1:
        return None  # none, or several lengths in days: which is the event's?
    return _as_figure(found[0])


def _as_figure(match: re.Match[str]) -> Figure | None:
    """A length matched by one of the patterns above, as a figure of days."""
    return counted(match, "len", "day", Kind.DURATION)


#: Any length in days, to tell whether a sentence holds more than one.
_ANY_LENGTH = re.compile(rf"\b(?:{_NUMBER_WORD})(?:-day\b|\s+days?\b)", re.IGNORECASE)


def _first_day(
    text: str, span: tuple[int, int], number: Figure, last: Figure
) -> tuple[Figure, Figure] | None:
    """The span's first day and its last, when ``number`` stands right before the dated
    ``last`` day."""
    if not day_before_date(text, number, last) or number.trend is not None or last.parts:
        return None
    dated = last if last.dates is not None else _on_a_calendar(text, span, last)
    if dated is None:
        return None
    last = dated
    days = last.dates
    if days is None or days[0] != days[1]:
        return None  # a month, not a day
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
    opening_day = Figure(
        number.text,
        first.toordinal(),
        first.toordinal(),
        unit="day",
        kind=Kind.DATE,
        granularity="day",
        start=number.start,
        end=number.span[1],
    )
    return opening_day, last


#: Between two dates of a span: "from Friday 1 August to Monday 25 August".
_DATES_TO = re.compile(r"\s*(?:-|–|—|to|until|till|through)\s*")


def _two_dates(
    text: str, span: tuple[int, int], first: Figure, last: Figure
) -> tuple[Figure, Figure] | None:
    """A span told by two dates of one month ("from Friday 1 August to Monday 25
    August"), both on the calendar: in their printed year, or, without one, in a year
    the first day's weekday fits (the days between two days of one month are the same
    in any year)."""
    if first.granularity != "day" or last.granularity != "day" or first.parts or last.parts:
        return None
    if not _DATES_TO.fullmatch(text, first.span[1], last.start):
        return None
    opening = _OPENS.search(text, max(span[0], first.start - 9), first.start)
    if opening is None or opening.group("word").lower() != "from":
        return None
    month = month_of(first)
    if month is None or month != month_of(last):
        return None
    if first.dates is not None and last.dates is not None:
        return first, last
    if last.dates is not None:
        # "from Friday 6 September to Monday 9 September 2024": the year told once
        one = dated_in(first, last.dates[0].year)
        return None if one is None else (one, last)
    if first.dates is not None:
        return None  # "from 1 August 2024 to 25 August": which year the second is, unsure
    one = _on_a_calendar(text, span, first)
    if one is None or one.dates is None:
        return None
    two = dated_in(last, one.dates[0].year)
    return None if two is None else (one, two)


#: A leap year, so that 29 February is a day of it.
_ANY_LEAP_YEAR = 2024


def _on_a_calendar(text: str, span: tuple[int, int], day: Figure) -> Figure | None:
    """A day told without a year ("9 January", "Friday 1 August"), read in a year it fits:
    the days between two days of one month are the same in every year, so a span inside
    one month is counted whatever year is meant. A weekday picks a year it falls on (see
    :func:`year_of_weekday`); without one, any leap year serves. The rule shows such days
    without the year, as the text told them."""
    month, number = month_of(day), day_of(day)
    if month is None or number is None:
        return None
    year: int | None = _ANY_LEAP_YEAR
    if day.weekday is not None:
        year = year_of_weekday(text[span[0] : span[1]], month, number, day.weekday)
    return None if year is None else dated_in(day, year)


def event_days(
    text: str, figures: Sequence[Figure], spans: Sequence[tuple[int, int]]
) -> list[Relation]:
    """Each span of days ("from 6 to 9 January 2025") against the length its sentence
    or the next one gives it ("a four-day show", "over the three days")."""
    linked: list[Relation] = []
    at = 0
    for k in range(len(figures) - 1):
        number, last = figures[k], figures[k + 1]
        if last.kind is not Kind.DATE or number.kind not in (Kind.QUANTITY, Kind.DATE):
            continue  # (the cheap test first: most pairs are no number and a date)
        while at < len(spans) and spans[at][1] <= number.start:
            at += 1
        if at == len(spans) or not spans[at][0] <= last.start < spans[at][1]:
            continue
        span = spans[at]
        if number.kind is Kind.DATE:
            dated = _two_dates(text, span, number, last)
        else:
            dated = _first_day(text, span, number, last)
        if dated is None:
            continue
        first, last = dated
        if _NIGHTS.search(text, *span) or _SHUT.search(text, *span):
            continue
        length = _length(text, span, first, last)
        if length is None and at + 1 < len(spans) and not _ANY_LENGTH.search(text, *span):
            following = spans[at + 1]
            pointed = list(_OVER_THE_DAYS.finditer(text, *following))
            if (
                len(pointed) == 1
                and len(_ANY_LENGTH.findall(text, *following)) == 1
                and not _NIGHTS.search(text, *following)
                and not _ANOTHER_TIME.search(text, *following)
                and not _A_PART_OR_ANOTHER.search(text, *following)
                and not _DAYS_OF_ITS_OWN.search(text, *following)
            ):
                length = _as_figure(pointed[0])
        if length is None:
            continue
        roles = {"from": first, "to": last, "duration": length}
        options = {"count": "inclusive"}
        linked.append(Relation("elapsed", roles, span, "an event's days, from D1 to D2", options))
    return linked
