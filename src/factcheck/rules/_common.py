"""Shared machinery of the built-in rules: reading inputs, exact solving, wording verdicts.

Every rule family needs the same few steps: pick its figures out of the
resolved inputs, turn a unit problem into a clear *undetermined* verdict
instead of an exception, divide by an interval that may hold zero, report an
implied value (as whole numbers when it counts things) and word the
comparison of a recomputed interval with a stated one. They live here once so
the rule modules only say what is particular to them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import math
from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from factcheck.errors import FactcheckError, IntervalError, RuleError, UnitError
from factcheck.figures import Figure, Kind, Trend
from factcheck.findings import Severity, Status, Value
from factcheck.intervals import Interval, round_decimal
from factcheck.rules.base import Context, FigureInput, Rule, Verdict, _exact
from factcheck.units import is_counted_name, is_currency, is_percent, unit_text

if TYPE_CHECKING:
    import pint

__all__ = [
    "CheckedRule",
    "day_text",
    "describe",
    "divide",
    "figure_value",
    "gather",
    "given",
    "hull",
    "integers_in",
    "interval_value",
    "is_count",
    "judged",
    "one",
    "overlaps_any",
    "places_for",
    "possibly_le",
    "readings",
    "says",
    "show",
    "signed",
    "solved",
    "span_text",
    "stated_values",
    "unit_name",
    "whole_numbers",
]

# Dimensions that are measured rather than counted: an implied amount of
# these is never rounded to whole numbers.
_MEASURED = {"[length]", "[mass]", "[time]", "[temperature]", "[percentage_point]"}


class CheckedRule(Rule):
    """A rule whose unit and arithmetic problems become verdicts, never exceptions.

    Subclasses implement :meth:`check`; :meth:`evaluate` runs it and turns a
    :class:`~factcheck.errors.UnitError` (USD against people, percent against
    percentage points), an :class:`~factcheck.errors.IntervalError` or any
    other :class:`~factcheck.errors.FactcheckError` into an *undetermined*
    verdict with severity error that says what to fix.
    """

    def evaluate(
        self,
        figures: Mapping[str, FigureInput],
        options: Mapping[str, Any],
        context: Context,
    ) -> Iterable[Verdict]:
        """Run :meth:`check`, converting unit and arithmetic errors into verdicts."""
        try:
            # list(): the check is a generator, and its errors must surface here.
            return list(self.check(figures, options, context))
        except UnitError as exc:
            return [_problem("the figures' units do not fit together", exc.message, exc.hint)]
        except IntervalError as exc:
            return [_problem("the arithmetic has no answer", exc.message, exc.hint)]
        except FactcheckError as exc:
            # A check the figures do not fit (a quantity where a date is
            # needed, a list where one claim is): reported, never raised.
            return [_problem("cannot check", exc.message, exc.hint)]

    def check(
        self,
        figures: Mapping[str, FigureInput],
        options: Mapping[str, Any],
        context: Context,
    ) -> Iterable[Verdict]:
        """The rule's own logic; may raise unit and interval errors."""
        raise NotImplementedError


def _problem(what: str, detail: str, hint: str | None) -> Verdict:
    explanation = detail + (f"\nhint: {hint}" if hint else "")
    return Verdict(
        Status.UNDETERMINED,
        f"{what}: {detail}",
        explanation=explanation,
        severity=Severity.ERROR,
    )


# ---------------------------------------------------------------- inputs
def one(figures: Mapping[str, FigureInput], role: str) -> Figure | None:
    """The single figure given for ``role``, or ``None`` when the role was left out."""
    value = figures.get(role)
    if value is None or isinstance(value, Figure):
        return value
    if len(value) == 1:
        return value[0]
    raise RuleError(
        f"the input {role!r} takes one claim, not {len(value)}",
        hint=f"give a single claim for {role!r}",
    )


def signed(figure: Figure) -> Interval:
    """A change figure's interval with its direction applied ("fell 20%" is −20%)."""
    interval = figure.interval
    nonnegative = interval.low is not None and interval.low >= 0
    if figure.trend is Trend.DOWN and nonnegative:
        return -interval
    return interval


# ----------------------------------------------------------------- units
def unit_name(unit: pint.Unit) -> str:
    """The unit as stored in a :class:`~factcheck.findings.Value` (``""`` for a bare number)."""
    text = unit_text(unit)
    return "" if text == "dimensionless" else text


_PLURALS = {"person": "people", "century": "centuries"}
_SCALES = (
    (Fraction(10**12), "trillion"),
    (Fraction(10**9), "billion"),
    (Fraction(10**6), "million"),
)


@functools.lru_cache(maxsize=4096)
def _scaled(value: Fraction) -> str:
    """A large number with a scale word (``1.013 billion``); others in full or to 4 digits."""
    for size, word in _SCALES:
        if abs(value) >= size:
            return f"{Interval.point(value / size).describe(4)} {word}"
    return Interval.point(value).describe(4)


def _plural(noun: str) -> str:
    """The English plural of a counted thing's name: incident → incidents, casualty → casualties."""
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


def _suffix(unit: pint.Unit | str, plural: bool = True) -> tuple[str, str]:
    """Prefix and suffix that print a number in ``unit`` as people write it."""
    text = unit if isinstance(unit, str) else str(unit)
    if plural and text in _PLURALS:
        return "", f" {_PLURALS[text]}"
    if plural and text in ("year", "month", "week", "day", "hour", "minute", "second", "decade"):
        return "", f" {text}s"
    if plural and is_counted_name(text):
        return "", f" {_plural(text)}"
    if text in ("", "dimensionless"):
        return "", ""
    if text == "percent":
        return "", "%"
    if text == "percentage_point":
        return "", " percentage points"
    if text == "USD":
        return "$", ""
    if text == "penny":
        return "", "p"  # "12p", "10.45–10.55p": as prices in pence are printed
    return "", f" {text.replace('_', ' ')}"


def is_count(*figures: Figure) -> bool:
    """Whether the figures count whole things (incidents, people, a bare tally).

    A figure counts things when its unit is a bare number or a counted thing
    (not money, not a measure, not a percent) and it was printed as a whole
    number. Implied values of counts are then reported as whole numbers.
    """
    for figure in figures:
        if figure.kind is not Kind.QUANTITY or not _counts_things(figure.unit):
            return False
        if figure.value is not None and figure.value.denominator != 1:
            return False
    return bool(figures)


@functools.lru_cache(maxsize=256)
def _counts_things(unit: pint.Unit) -> bool:
    """Whether amounts in ``unit`` count whole things; asked of the same few units all the time."""
    dims = {str(k): v for k, v in dict(unit.dimensionality).items()}
    if is_currency(unit) or is_percent(unit) or str(unit) == "per_mille":
        return False
    return not (dims and (len(dims) != 1 or set(dims) & _MEASURED or set(dims.values()) != {1}))


# ------------------------------------------------------------- arithmetic
def integers_in(interval: Interval) -> tuple[int | None, int | None]:
    """The first and last whole numbers inside ``interval`` (``None`` when unbounded).

    For an interval holding no whole number the first is above the last.
    """
    first: int | None = None
    last: int | None = None
    if interval.low is not None:
        first = math.ceil(interval.low)
        if first == interval.low and not interval.low_closed:
            first += 1
    if interval.high is not None:
        last = math.floor(interval.high)
        if last == interval.high and not interval.high_closed:
            last -= 1
    return first, last


def whole_numbers(interval: Interval) -> Interval:
    """The smallest interval with whole-number ends holding every whole number in ``interval``."""
    if interval.is_empty:
        return Interval.empty()
    first, last = integers_in(interval)
    if first is not None and last is not None and first > last:
        return Interval.empty()
    return Interval(first, last, first is not None, last is not None)


def nonzero_pieces(interval: Interval) -> list[Interval]:
    """``interval`` without zero, as its negative and positive parts (each possibly absent)."""
    low, high = interval.low, interval.high
    # the sign of a Fraction is its numerator's (the denominator is positive)
    if (low is not None and low.numerator > 0) or (high is not None and high.numerator < 0):
        # Wholly on one side of zero, as nearly every stated figure is: the one
        # piece is the interval itself (or nothing, when it is empty).
        return [] if interval.is_empty else [interval]
    pieces = [
        interval.intersect(Interval(None, Fraction(0), False, False)),
        interval.intersect(Interval(Fraction(0), None, False, False)),
    ]
    return [p for p in pieces if not p.is_empty]


def divide(numerator: Interval, denominator: Interval) -> list[Interval]:
    """Every ``n / d`` for ``n`` in ``numerator`` and non-zero ``d`` in ``denominator``.

    The answer is exact: one interval per sign of the denominator, because
    dividing by a range that crosses zero gives two separate pieces whose
    hull (the whole line) would claim more than is true. An empty list means
    the denominator can only be zero.
    """
    return [numerator * piece.reciprocal() for piece in nonzero_pieces(denominator)]


def hull(pieces: Sequence[Interval]) -> Interval:
    """The smallest interval holding every piece."""
    return Interval.hull_of(pieces)


def overlaps_any(pieces: Sequence[Interval], target: Interval) -> bool:
    """Whether some piece shares a value with ``target``."""
    return any(piece.overlaps(target) for piece in pieces)


def possibly_le(a: Interval, b: Interval) -> bool:
    """Whether some ``x`` in ``a`` and ``y`` in ``b`` have ``x ≤ y``."""
    if a.is_empty or b.is_empty:
        return False
    if a.low is None or b.high is None:
        return True
    if a.low != b.high:
        return a.low < b.high
    return a.low_closed and b.high_closed


# ---------------------------------------------------------------- wording
def day_text(day: dt.date) -> str:
    """A day as people write it: ``11 September 2021``."""
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"


def span_text(first: dt.date, last: dt.date) -> str:
    """A span of days as people write it: a day, a month, a year, or "X to Y"."""
    if first == last:
        return day_text(first)
    month_end = calendar.monthrange(last.year, last.month)[1]
    if first.day == 1 and last.day == month_end:
        if (first.year, first.month) == (last.year, last.month):
            return f"{calendar.month_name[first.month]} {first.year}"
        if (first.month, last.month, last.day) == (1, 12, 31):
            return str(first.year) if first.year == last.year else f"{first.year}–{last.year}"
    return f"{day_text(first)} to {day_text(last)}"


def places_for(figure: Figure | None) -> int:
    """Decimal places to show a recomputed value compared with ``figure``: one more than printed."""
    if figure is None or figure.precision is None or figure.precision <= 0:
        return 1
    # log10 of numerator and denominator apart: the Fraction as a float would
    # overflow (or vanish to 0) for a figure printed with hundreds of digits.
    p = figure.precision
    return max(0, -math.floor(math.log10(p.numerator) - math.log10(p.denominator))) + 1


def _number(value: Fraction, places: int) -> str:
    if value.denominator == 1:
        return f"{value.numerator:,}"
    text = f"{round_decimal(value, places):,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text.replace("-", "−")


def show(interval: Interval, unit: pint.Unit | str = "", places: int | None = None) -> str:
    """A human reading of ``interval`` in ``unit``: ``27.7%``, ``$414–506 million`` style.

    With ``places`` the ends are rounded to that many decimals; otherwise to
    four significant digits.
    """
    # The wording depends on the unit's name only; both are remembered, since
    # a scan words the same few intervals in many findings. The name is kept
    # by the unit's identity (hashing a pint unit runs two Python methods);
    # the key holds the ends' integers, not the Fractions: hashing a Fraction
    # costs a modular inverse, more than the look-up saves.
    text_unit = unit if isinstance(unit, str) else unit_text(unit)
    low, high = interval.low, interval.high
    key = (
        None if low is None else low.numerator,
        None if low is None else low.denominator,
        None if high is None else high.numerator,
        None if high is None else high.denominator,
        interval.low_closed,
        interval.high_closed,
        text_unit,
        places,
    )
    shown = _SHOWN.get(key)
    if shown is None:
        if len(_SHOWN) >= _SHOWN_MAX:
            _SHOWN.clear()
        shown = _SHOWN[key] = _show(interval, text_unit, places)
    return shown


_SHOWN: dict[tuple[int | bool | str | None, ...], str] = {}
_SHOWN_MAX = 4096


def _show(interval: Interval, unit: str, places: int | None) -> str:
    prefix, suffix = _suffix(unit, plural=not (interval.is_point and interval.low == 1))

    def num(value: Fraction) -> str:
        # a million and up reads in scale words whatever the places ("1.7 billion")
        if places is None or abs(value) >= 1_000_000:
            return _scaled(value).replace("-", "−")
        return _number(value, places)

    if interval.is_empty:
        return "no value"
    low, high = interval.low, interval.high
    if low is not None and high is not None:
        a, b = num(low), num(high)
        if a == b:
            return f"{prefix}{a}{suffix}"
        # "$827.1 million–$1.013 billion": a scale word or currency sign on each end.
        if prefix and " " in a:
            return f"{prefix}{a}–{prefix}{b}{suffix}"
        return f"{prefix}{a}–{b}{suffix}"
    if low is None and high is None:
        return "any value"
    if high is None:
        assert low is not None
        word = "at least" if interval.low_closed else "more than"
        return f"{word} {prefix}{num(low)}{suffix}"
    word = "at most" if interval.high_closed else "less than"
    return f"{word} {prefix}{num(high)}{suffix}"


def describe(
    pieces: Sequence[Interval], unit: pint.Unit | str = "", places: int | None = None
) -> str:
    """Several pieces of a result joined with "or"."""
    if not pieces:
        return "no value"
    return " or ".join(show(p, unit, places) for p in pieces)


def interval_value(name: str, interval: Interval, unit: pint.Unit | str = "") -> Value:
    """A finding :class:`Value` whose text uses the same wording as :func:`show`."""
    text_unit = unit if isinstance(unit, str) else unit_name(unit)
    if interval.low is None and interval.high is None:
        # value_of cannot word an interval unbounded on both sides.
        return Value(name, show(interval, text_unit), None, None, False, False, text_unit)
    # value_of's fields with show's wording, built once (value_of would word it too)
    return Value(
        name,
        show(interval, text_unit),
        _exact(interval.low),
        _exact(interval.high),
        interval.low_closed,
        interval.high_closed,
        "" if text_unit == "dimensionless" else text_unit,
    )


def figure_value(name: str, figure: Figure) -> Value:
    """The stated value of ``figure`` for a finding (dates as calendar days)."""
    value = interval_value(name, figure.interval, figure.unit)
    days = figure.dates
    if figure.kind is Kind.DATE and days is not None:
        return attrs.evolve(value, text=span_text(*days))
    return value


def reading(figure: Figure, interval: Interval | None = None) -> str:
    """How a figure was read: ``"28%" read as 27.5–28.5%``."""
    days = figure.dates
    if interval is None and figure.kind is Kind.DATE and days is not None:
        return f'"{figure.text}" read as {span_text(*days)}'
    shown = show(figure.interval if interval is None else interval, figure.unit)
    return f'"{figure.text}" read as {shown}'


def verdict_of(possible: bool) -> Status:
    """Consistent when some value satisfies the relation, inconsistent otherwise."""
    return Status.CONSISTENT if possible else Status.INCONSISTENT


def implied_value(
    name: str, pieces: Sequence[Interval], unit: pint.Unit | str, *, count: bool
) -> tuple[Value, Interval]:
    """The implied value of a missing figure, as whole numbers when it counts things.

    Counts are also never negative. Returns the finding value and the interval
    it shows.
    """
    interval = hull(pieces)
    if count:
        # When no whole number fits, the exact interval is shown: that no
        # count fits is itself worth seeing.
        whole = whole_numbers(interval.clamp_nonnegative())
        interval = interval if whole.is_empty else whole
    return interval_value(name, interval, unit), interval


def missing_roles(found: Mapping[str, Figure | None]) -> list[str]:
    """The roles of ``found`` that were left out."""
    return [role for role, figure in found.items() if figure is None]


def gather(
    figures: Mapping[str, FigureInput], roles: Sequence[str]
) -> tuple[dict[str, Figure | None], str | None]:
    """The figures for ``roles`` and the one role left out, if any.

    Rules whose relation links three figures solve for one missing figure;
    leaving out more is a check that cannot be done, reported as an error.
    """
    found = {role: one(figures, role) for role in roles}
    missing = missing_roles(found)
    if len(missing) > 1:
        raise RuleError(
            f"give at least {len(roles) - 1} of {', '.join(roles)}; missing: {', '.join(missing)}",
            hint="the rule can solve for one missing figure, not more",
        )
    return found, (missing[0] if missing else None)


def stated_values(pairs: Iterable[tuple[str, Figure]]) -> tuple[Value, ...]:
    """A finding's stated values, one per ``(role, figure)``."""
    return tuple(figure_value(f"stated {role}", figure) for role, figure in pairs)


def readings(pairs: Iterable[tuple[str, Figure]]) -> str:
    """How each figure was read, joined for a finding's ``reading``."""
    return "; ".join(reading(figure) for _, figure in pairs)


def judged(
    possible: bool,
    head: str,
    pairs: Sequence[tuple[str, Figure]],
    *,
    recomputed: tuple[Value, ...] = (),
    explanation: str = "",
    subject: str | None = None,
    reading_text: str | None = None,
) -> Verdict:
    """A consistent/inconsistent verdict whose message ends with the status word."""
    status = verdict_of(possible)
    return Verdict(
        status,
        f"{head}: {status.value}",
        subject=subject,
        stated=stated_values(pairs),
        recomputed=recomputed,
        reading=readings(pairs) if reading_text is None else reading_text,
        explanation=explanation,
    )


def solved(
    head: str,
    pairs: Sequence[tuple[str, Figure]],
    implied: tuple[Value, ...],
    *,
    explanation: str,
    subject: str | None = None,
    reading_text: str | None = None,
) -> Verdict:
    """An undetermined verdict: a figure left out (with its implied value) or undecidable."""
    return Verdict(
        Status.UNDETERMINED,
        head,
        subject=subject if subject is not None else (pairs[0][0] if pairs else None),
        stated=stated_values(pairs),
        implied=implied,
        reading=readings(pairs) if reading_text is None else reading_text,
        explanation=explanation,
    )


def given(found: Mapping[str, Figure | None]) -> list[tuple[str, Figure]]:
    """The ``(role, figure)`` pairs that were given, in role order."""
    return [(role, figure) for role, figure in found.items() if figure is not None]


def says(figure: Figure) -> str:
    """``"28%" (27.5–28.5%)`` — a figure as printed, with its interval when that adds anything."""
    shown = show(figure.interval, figure.unit)
    return f'"{figure.text}"' if shown == figure.text else f'"{figure.text}" ({shown})'
