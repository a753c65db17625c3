"""``find_figures``: every figure in a text, with its exact place.

A first version: it reuses the grammar of :func:`~factcheck.text.parse.parse_figure`
at every place a figure could start and keeps the longest reading there. It
finds numerals, percentages, money, number words next to a noun, ranges,
hedged figures, dates, durations and multiples, skips what it cannot read
(codes such as ``COVID-19`` or ``9/11``, impossible dates, backwards ranges)
and never raises.

>>> [f.text for f in find_figures("The UN recorded more than 25,000 incidents, a 61% increase.")]
['more than 25,000', '61%']
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

import attrs

from factcheck._repr import fields_repr
from factcheck.errors import FactcheckError, InvalidDateError
from factcheck.figures import Figure
from factcheck.gcpause import paused_gc
from factcheck.text.context import refine, skipped_spans, time_figure
from factcheck.text.dates import MONTHS, may_start, read_date
from factcheck.text.distances import distances_alike
from factcheck.text.grammar import (
    START_SYMBOLS,
    START_WORDS,
    Grammar,
    Options,
    glued,
    is_start,
)
from factcheck.text.hedges import DEFAULT_TOLERANCE
from factcheck.text.restatements import borrow
from factcheck.text.tokens import START, TEXT, Starts, Token, normalize, tokenize, tokenize_marking

__all__ = ["FigureScan", "find_figures", "find_invalid_dates", "scan_figures"]

#: Where a figure may start: a number, a word of START_WORDS, a month name as
#: written ("May", not "may"), a symbol of START_SYMBOLS.
_STARTS = Starts.of(START_WORDS, MONTHS, START_SYMBOLS)


def find_figures(
    text: str,
    *,
    about_tolerance: Fraction = DEFAULT_TOLERANCE,
    default_year: int | None = None,
) -> list[Figure]:
    """Every figure in ``text``, in order, with ``start``/``end`` offsets into ``text``.

    A bare four-digit number from 1800 to 2100 not followed by a noun is read
    as a year. Lone number words (``one of them``), ordinal words (``the
    first meeting``) and ``half`` without ``of`` are left out, and so are
    numbers that are no quantity (phone and street numbers, list markers,
    page references, scores, labels such as ``Route 9``, names such as
    ``iPhone 11``; see :mod:`factcheck.text.context`). Times of day are
    figures of kind ``time``, ages of kind ``age``. Dates without a year take
    ``default_year`` or stay unbounded. Never raises.
    """
    return scan_figures(text, about_tolerance=about_tolerance, default_year=default_year).figures


@attrs.frozen
class FigureScan:
    """The figures of a text, and the dates in it that do not exist (which are no figures)."""

    __repr__ = fields_repr

    figures: list[Figure]
    invalid_dates: list[InvalidDateError]


def scan_figures(
    text: str,
    *,
    about_tolerance: Fraction = DEFAULT_TOLERANCE,
    default_year: int | None = None,
) -> FigureScan:
    """:func:`find_figures` and :func:`find_invalid_dates` in one pass over the tokens."""
    if not isinstance(text, str) or not text:
        return FigureScan([], [])
    # Reading builds many small objects and keeps a good share of them: the
    # cyclic collector would walk them again and again (see factcheck.gcpause).
    with paused_gc():
        return _scan_figures(text, about_tolerance, default_year)


def _tolerance(about_tolerance: Fraction) -> Fraction:
    """``about_tolerance`` as a Fraction in [0, 1), else the default."""
    if about_tolerance is DEFAULT_TOLERANCE:
        return DEFAULT_TOLERANCE  # nearly every call: no Fraction to make, nothing to compare
    try:
        tolerance = Fraction(about_tolerance)
    except (TypeError, ValueError):
        return DEFAULT_TOLERANCE
    return tolerance if 0 <= tolerance < 1 else DEFAULT_TOLERANCE


def _scan_figures(text: str, about_tolerance: Fraction, default_year: int | None) -> FigureScan:
    tolerance = _tolerance(about_tolerance)
    normalized = normalize(text)
    # Most tokens are words no figure starts with, or punctuation: the places
    # worth a look are marked while the tokens are made.
    tokens, places = tokenize_marking(normalized, _STARTS, normalized=True)
    spans = skipped_spans(normalized)
    options = Options(tolerance, default_year, bare_years=True, keep_weak=False)
    grammar = Grammar(text, tokens, options)
    figures: list[Figure] = []
    after = 0  # the first token not yet read
    s = 0  # the next skipped span that may still cover a token
    n_spans = len(spans)
    for i in places:
        if i < after:
            continue  # inside the figure read last
        # Two places in three ("the", "a", "in" before no figure) fail this cheap
        # test: asked first, they skip the skipped spans' bookkeeping, which only
        # has to have caught up by the next place that is read.
        if not is_start(tokens, i) or glued(tokens, i):
            continue
        start = tokens[i][START]
        while s < n_spans and spans[s].end <= start:
            if spans[s].kind == "time":
                found = time_figure(text, spans[s])
                if found is not None:
                    figures.append(found)
            s += 1
        if s < n_spans and spans[s].start <= start:
            continue  # inside a phone number, a time, a street number, …
        try:
            reading = grammar.figure_at(i)
        except FactcheckError:
            continue  # an unreadable spot: skip it, keep scanning
        if reading is None or reading.weak:
            continue
        figure = reading.figure
        if s < n_spans and spans[s].start < figure.span[1]:
            continue  # the reading runs into a skipped span ("between 8:30 and 17:00")
        first = i
        while first < reading.end and tokens[first][START] < figure.start:
            first += 1
        refined = refine(figure, tokens, first, text)
        if refined is not None:
            figures.append(refined)
        after = reading.end
    for span in spans[s:]:
        if span.kind == "time":
            found = time_figure(text, span)
            if found is not None:
                figures.append(found)
    figures.sort(key=lambda f: f.start)
    invalid = _invalid_dates(tokens, places)
    if invalid:
        # "29 February 2023" is no date; its pieces ("29", "February 2023") are no figures
        figures = [f for f in figures if not any(_overlap(f, e) for e in invalid)]
    return FigureScan(borrow(distances_alike(figures, text), text, tolerance), invalid)


def _overlap(figure: Figure, error: InvalidDateError) -> bool:
    start, end = figure.span
    if error.start is None or error.end is None:
        return False
    return start < error.end and error.start < end


def find_invalid_dates(text: str) -> list[InvalidDateError]:
    """Dates written in ``text`` that do not exist (``29 February 2023``, ``31 April``).

    :func:`find_figures` leaves them out, since they are no figure; this finds
    them for ``factcheck scan``, each as the
    :class:`~factcheck.errors.InvalidDateError` the parser raises, with
    ``start``/``end`` offsets of the date in ``text``. A day without a year
    is only invalid when no year has it (31 April, 30 February). Never raises.

    >>> [e.start for e in find_invalid_dates("Signed on 29 February 2023, not 2020.")]
    [10]
    """
    if not isinstance(text, str) or not text:
        return []
    return _invalid_dates(tokenize(text))


def _invalid_dates(
    tokens: Sequence[Token], places: Sequence[int] | None = None
) -> list[InvalidDateError]:
    """The invalid dates among ``tokens``; ``places`` (if given) holds every index of
    a month name or a number (where a date can be found), in order."""
    found: dict[int, InvalidDateError] = {}
    last_end = -1
    n = len(tokens)
    if places is None:
        places = range(n)
    for i in places:
        tok = tokens[i]
        if tok[TEXT] in MONTHS:
            # the date may start up to three tokens earlier: "the 29th of February"
            starts = range(max(0, i - 3), i + 1)
        elif (
            len(tok[TEXT]) == 4  # cheap tests first: this runs on every token
            and i + 1 < n
            and tokens[i + 1][TEXT] == "-"
            and tok[TEXT].isdigit()  # any year in ISO form, 0000 included
        ):
            starts = range(i, i + 1)  # an ISO date: 2023-02-29
        else:
            continue
        for start in starts:
            if tokens[start][START] < last_end or not may_start(tokens[start]):
                continue  # read_date finds no date, and raises nothing, where none may start
            try:
                reading = read_date(tokens, start)
            except InvalidDateError as exc:
                if exc.start is not None and exc.end is not None:
                    found.setdefault(exc.start, exc)
                    last_end = exc.end
                break
            except FactcheckError:
                continue
            if reading is not None and reading.end > i:
                # A valid date holds this month ("1 January" of "1 January 0
                # people"): reading "January 0" from the month on would be wrong.
                break
    return [found[k] for k in sorted(found)]
