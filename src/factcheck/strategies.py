"""Hypothesis strategies for factcheck's values: intervals, printed numbers, amounts, figures.

For property tests of your own rules and reports. Hypothesis is an optional
extra (``pip install factcheck[strategies]``) and is imported only by this module.

>>> from hypothesis import given
>>> @given(printed_numbers())
... def test_reads_back(printed):
...     text, value, decimals = printed
...     assert value in parse_figure(text + "%").interval
>>> test_reads_back()
"""

from __future__ import annotations

from fractions import Fraction
from functools import cache

from hypothesis import strategies as st

from factcheck.figures import Amount, Figure
from factcheck.intervals import Interval
from factcheck.text.parse import parse_figure

__all__ = [
    "SEPARATORS",
    "amounts",
    "figure_texts",
    "figures",
    "fractions",
    "fragments",
    "intervals",
    "members",
    "print_number",
    "printed_numbers",
    "prose",
]

#: Thousands separators people print: comma, space, no-break, thin and narrow no-break space.
SEPARATORS: tuple[str, ...] = (",", " ", "\u00a0", "\u2009", "\u202f")

_SCALE_WORDS: tuple[tuple[str, int], ...] = (
    (" thousand", 10**3),
    (" million", 10**6),
    (" billion", 10**9),
    (" trillion", 10**12),
    ("bn", 10**9),
    (" bn", 10**9),
    ("m", 10**6),
    (" mn", 10**6),
    ("k", 10**3),
    ("tn", 10**12),
)

_UNITS: tuple[str, ...] = (
    "dimensionless",
    "percent",
    "percentage_point",
    "USD",
    "EUR",
    "GBP",
    "person",
    "kilometer",
    "year",
    "day",
)


def fractions(
    min_value: Fraction | int | None = None,
    max_value: Fraction | int | None = None,
    *,
    max_denominator: int = 1000,
) -> st.SearchStrategy[Fraction]:
    """Exact fractions, optionally bounded, with small denominators."""
    return st.fractions(min_value=min_value, max_value=max_value, max_denominator=max_denominator)


@st.composite
def intervals(
    draw: st.DrawFn,
    *,
    bounded: bool = False,
    allow_empty: bool = False,
    min_value: Fraction | int = -(10**6),
    max_value: Fraction | int = 10**6,
) -> Interval:
    """Intervals with exact ends, each end open or closed and, unless ``bounded``,
    possibly unbounded. Non-empty unless ``allow_empty``."""
    a = draw(fractions(min_value, max_value))
    b = draw(fractions(min_value, max_value))
    low, high = min(a, b), max(a, b)
    low_closed = draw(st.booleans())
    high_closed = draw(st.booleans())
    if low == high and not allow_empty:
        low_closed = high_closed = True
    low_end: Fraction | None = low
    high_end: Fraction | None = high
    if not bounded:
        if draw(st.integers(0, 4)) == 0:
            low_end = None
        if draw(st.integers(0, 4)) == 0:
            high_end = None
    if allow_empty and draw(st.integers(0, 9)) == 0:
        return Interval.empty()
    return Interval(low_end, high_end, low_closed, high_closed)


@st.composite
def members(draw: st.DrawFn, interval: Interval) -> Fraction:
    """Exact numbers inside ``interval`` (which must not be empty), ends included when closed."""
    if interval.is_empty:
        raise ValueError("the empty interval has no members")
    low, high = interval.low, interval.high
    if low is not None and high is not None:
        if low == high:
            return low
        t = draw(fractions(0, 1))
        if (t == 0 and not interval.low_closed) or (t == 1 and not interval.high_closed):
            t = Fraction(1, 2)
        return low + (high - low) * t
    step = draw(fractions(0, 10**6))
    if low is not None:
        return low + (step if step > 0 or interval.low_closed else Fraction(1))
    if high is not None:
        return high - (step if step > 0 or interval.high_closed else Fraction(1))
    return draw(fractions(-(10**6), 10**6))


def _group(digits: str, separator: str) -> str:
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return separator.join(groups)


@st.composite
def printed_numbers(
    draw: st.DrawFn,
    *,
    max_decimals: int = 3,
    max_digits: int = 12,
    scales: bool = True,
    separators: bool = True,
) -> tuple[str, Fraction, int]:
    """Numbers as people print them: ``(text, exact value, decimals)``.

    ``text`` may group thousands (``7,177``, ``1 000 000`` with any of
    :data:`SEPARATORS`) and end in a scale word (``1.6 billion``, ``5m``);
    ``value`` is the exact number printed (``1.6 billion`` → 1600000000) and
    ``decimals`` how many digits follow the point.
    """
    decimals = draw(st.integers(0, max_decimals))
    integer = draw(st.integers(0, 10 ** draw(st.integers(1, max_digits)) - 1))
    fraction_digits = draw(st.integers(0, 10**decimals - 1)) if decimals else 0
    whole = str(integer)
    use_scale = scales and draw(st.booleans())
    if separators and len(whole) > 3 and not use_scale and draw(st.booleans()):
        whole = _group(whole, draw(st.sampled_from(SEPARATORS)))
    text = whole + (f".{fraction_digits:0{decimals}d}" if decimals else "")
    value = Fraction(integer) + Fraction(fraction_digits, 10**decimals)
    if use_scale:
        word, factor = draw(st.sampled_from(_SCALE_WORDS))
        text += word
        value *= factor
    return text, value, decimals


def figure_texts() -> st.SearchStrategy[str]:
    """Figure expressions as written in articles: a printed number with an optional
    hedge, currency and unit (``more than $1.6 billion``, ``about 28%``)."""
    hedges = st.sampled_from(
        ["", "more than ", "at least ", "up to ", "fewer than ", "about ", "nearly ", "just over "]
    )
    prefix = st.sampled_from(["", "", "$", "€", "£"])
    suffix = st.sampled_from(["", "", "%", " per cent", " percentage points", " people", " km"])

    @st.composite
    def build(draw: st.DrawFn) -> str:
        text, _, _ = draw(printed_numbers(max_digits=9))
        money = draw(prefix)
        unit = "" if money else draw(suffix)
        return f"{draw(hedges)}{money}{text}{unit}"

    return build()


def figures() -> st.SearchStrategy[Figure]:
    """Figures parsed from :func:`figure_texts`, so every one is something the parser reads."""
    return figure_texts().map(parse_figure)


@st.composite
def amounts(draw: st.DrawFn, *, units: tuple[str, ...] = _UNITS, bounded: bool = True) -> Amount:
    """Quantities with units: an interval in one of ``units`` (registry names)."""
    interval = draw(intervals(bounded=bounded))
    return Amount(interval, draw(st.sampled_from(units)))


def print_number(value: Fraction | int, decimals: int) -> str:
    """``value`` rounded half-even to ``decimals`` decimals and printed plainly.

    >>> print_number(Fraction(996, 780) * 100 - 100, 1)
    '27.7'
    """
    scaled = round(Fraction(value) * 10**decimals)
    sign = "-" if scaled < 0 else ""
    digits = str(abs(scaled)).rjust(decimals + 1, "0")
    if not decimals:
        return sign + digits
    return f"{sign}{digits[:-decimals]}.{digits[-decimals:]}"


# Pieces that no vocabulary table holds: numerals in every print form, signs,
# dashes and symbols the grammar reads, odd spaces and digits, line breaks,
# and the extremes (scientific notation, a 1,000-digit and a 1,001-digit
# number, which is one too many to read).
_ODD_PIECES: tuple[str, ...] = (
    *("0", "1", "7", "28", "780", "996", "2019", "2023", "29", "31", "100", "1,000", "7,177"),
    *("1.6", "0.5", ".5", "1 000", "1\u00a0000", "1\u2009000", "1.000.000", "1,2,3", "00"),
    *("1e308", "10^999", "1" + "0" * 999, "9" * 1001, "0." + "0" * 50 + "1"),
    *("-", "−", "–", "—", "+", "±", "~", "≈", ">", "<", "≥", "≤", "%", "‰", ".", ",", ";"),
    *("/", ":", "#", "'", "’", "(", ")", '"', "“", "”", "st", "nd", "th", "-fold"),
    *(" ", "\u00a0", "\u2009", "\u202f", "\ufeff", "\u200b", "１２", "٣", "\t"),
    *("\n", "\r\n", "\n\n", "\r", "\x00", "\ud800", "📈", "e", "E", "x", "^"),
    *("and", "to", "of", "in", "a", "an", "the", "from", "between", "or", "per", "each"),
)


@cache
def fragments() -> tuple[str, ...]:
    """Pieces of figure text for fuzzing the parser, the scanner and the relation detector.

    Numerals in every print form, signs, dashes, odd spaces and digits, and
    every word and phrase of the grammar's own vocabulary (hedges, scale,
    number, fraction, ordinal and multiple words, trend phrases, units,
    currencies, months, weekdays). Built from the parser's tables on first
    use, so that fuzzing follows the grammar as it grows.
    """
    from factcheck.text import dates, hedges, numbers, unitwords, vocabulary
    from factcheck.units import CURRENCY_SYMBOLS

    words: set[str] = set(_ODD_PIECES)
    for table in (
        hedges.HEDGE_WORDS,
        hedges.SUFFIX_HEDGES,
        numbers.SCALES,
        numbers.WORD_NUMBERS,
        numbers.FRACTION_WORDS,
        numbers.ORDINAL_WORDS,
        numbers.MULTIPLE_WORDS,
        vocabulary.TREND_PREFIXES,
        vocabulary.TREND_SUFFIXES,
        dates.MONTHS,
        dates.WEEKDAYS,
        CURRENCY_SYMBOLS,
    ):
        words.update(table)
    words.update(" ".join(phrase) for phrase, _ in vocabulary.VAGUE_PLURALS)
    words.update(unitwords.UNIT_STARTS, unitwords.CURRENCY_CODES, dates.YEAR_CONTEXT)
    words.update(vocabulary.CHANGE_VERBS)
    return tuple(sorted(words))


@st.composite
def _assembled(draw: st.DrawFn, max_pieces: int) -> str:
    pieces = draw(st.lists(st.sampled_from(fragments()), max_size=max_pieces))
    glue = st.sampled_from(["", " ", " ", " ", ", ", "-", "\n"])
    return "".join(piece + draw(glue) for piece in pieces)


def prose(*, max_pieces: int = 12) -> st.SearchStrategy[str]:
    """Text to throw at anything that reads prose: mostly :func:`fragments` glued together
    (so the grammar's paths are reached), sometimes arbitrary Unicode, sometimes both."""
    assembled = _assembled(max_pieces)
    return st.one_of(
        assembled,
        assembled,
        st.text(max_size=40),
        st.tuples(assembled, st.text(max_size=8), assembled).map("".join),
    )
