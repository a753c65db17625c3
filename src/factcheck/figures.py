"""Figures: what a piece of writing states, as an exact interval in a unit.

A :class:`Figure` is produced by the parser (:func:`factcheck.parse_figure`,
:func:`factcheck.find_figures`) or built directly. It keeps what was printed
(``text``, ``value``, ``precision``), how it was hedged (``hedge``), where it
stands in its source (``start``/``end``) and the interval of values it allows.

>>> from factcheck.intervals import Interval
>>> f = Figure.from_interval("28%", Interval.closed("27.5", "28.5"), unit="percent",
...                          hedge=Hedge.ROUNDED, value="28", precision="1")
>>> f.interval
Interval(low=Fraction(55, 2), high=Fraction(57, 2), low_closed=True, high_closed=True)
>>> str(f.unit)
'percent'
"""

from __future__ import annotations

import datetime as _dt
import enum
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from factcheck._repr import fields_repr
from factcheck.errors import UnitError
from factcheck.intervals import (
    Interval,
    Number,
    _interval,
    _slot_setter,
    format_number,
    to_fraction,
)
from factcheck.units import conversion_factor, dimensionless, parse_unit, same_dimension

if TYPE_CHECKING:
    import pint

__all__ = ["Amount", "Figure", "Hedge", "Kind", "Trend"]


class Hedge(enum.StrEnum):
    """How a figure was qualified in the text; decides the shape of its interval."""

    EXACT = "exact"  #: printed in full: ``7,177 incidents``
    ROUNDED = "rounded"  #: half a unit of the last printed digit either side: ``28%``
    MORE_THAN = "more_than"  #: ``more than``, ``over``, ``above``: (X, ∞)
    AT_LEAST = "at_least"  #: ``at least``, ``no fewer than``: [X, ∞)
    UP_TO = "up_to"  #: ``up to``, ``as many as``, ``at most``: [0, X]
    LESS_THAN = "less_than"  #: ``fewer than``, ``less than``, ``under``, ``below``: [0, X)
    BETWEEN = "between"  #: ``between A and B``, ``A–B``: [A, B]
    ABOUT = "about"  #: ``about``, ``approximately``, ``some``: X ± tolerance
    NEARLY = "nearly"  #: ``nearly``, ``almost``, ``just under``: [X − tolerance, X)


class Kind(enum.StrEnum):
    """What sort of thing a figure is."""

    QUANTITY = "quantity"  #: an amount, count, share or money
    MULTIPLE = "multiple"  #: ``doubled``, ``fivefold``, ``three times``
    DATE = "date"  #: a calendar date, month or year; ends are proleptic ordinals in days
    DURATION = "duration"  #: ``20 years``, ``18 months``
    TIME = "time"  #: a time of day
    ORDINAL = "ordinal"  #: ``20th`` (anniversary), ``first``
    AGE = "age"  #: how old someone or something is: ``a 45-year-old``, ``aged 17``, ``Smith, 54,``


class Trend(enum.StrEnum):
    """The direction of a stated change."""

    UP = "up"
    DOWN = "down"


def _unit(value: Any) -> pint.Unit:
    if value is None:
        return dimensionless()
    if isinstance(value, str):
        return parse_unit(value)
    unit: pint.Unit = value
    return unit


def _opt_fraction(value: Number | None) -> Fraction | None:
    if value is None or type(value) is Fraction:
        return value  # tested first: the figure scanner builds a figure for every number
    return to_fraction(value)


def _hedge(value: Hedge | str) -> Hedge:
    return value if type(value) is Hedge else Hedge(value)


def _kind(value: Kind | str) -> Kind:
    return value if type(value) is Kind else Kind(value)


def _trend(value: Trend | str | None) -> Trend | None:
    return value if value is None or type(value) is Trend else Trend(value)


@attrs.frozen
class Amount:
    """An interval in a unit: the thing unit-aware arithmetic works on.

    Adding amounts converts to the left operand's unit exactly; amounts of
    different dimensions (USD and people, percent and percentage points)
    refuse to add with a :class:`~factcheck.errors.UnitError`.

    >>> a = Amount(Interval.point(460), "USD") + Amount(Interval.point(460), "USD")
    >>> str(a)
    '920 USD'
    """

    __repr__ = fields_repr

    interval: Interval
    unit: pint.Unit = attrs.field(converter=_unit, factory=dimensionless)

    def to(self, unit: pint.Unit | str) -> Amount:
        """The same amount in another unit of the same dimension, converted exactly."""
        target = _unit(unit)
        factor = conversion_factor(self.unit, target)
        if factor == 1 and not self.interval.is_empty:
            return Amount(self.interval, target)  # the same interval, without the arithmetic
        return Amount(self.interval * factor, target)

    def _aligned(self, other: Amount, verb: str) -> Interval:
        if not same_dimension(self.unit, other.unit):
            hint = "figures in different units or currencies need an explicit conversion"
            bare = dimensionless()
            if bare in (self.unit, other.unit):
                named = _unit_name(other.unit if self.unit == bare else self.unit)
                hint = (
                    f"if both count the same things, give the bare number's claim 'unit: {named}'"
                )
            raise UnitError(
                f"cannot {verb} {_unit_name(self.unit)} and {_unit_name(other.unit)}", hint=hint
            )
        return other.to(self.unit).interval

    def __add__(self, other: Amount) -> Amount:
        return Amount(self.interval + self._aligned(other, "add"), self.unit)

    def __sub__(self, other: Amount) -> Amount:
        return Amount(self.interval - self._aligned(other, "subtract"), self.unit)

    def __mul__(self, other: Amount | Number) -> Amount:
        if isinstance(other, Amount):
            return Amount(self.interval * other.interval, self.unit * other.unit)
        return Amount(self.interval * to_fraction(other), self.unit)

    def __truediv__(self, other: Amount | Number) -> Amount:
        if isinstance(other, Amount):
            if same_dimension(self.unit, other.unit):
                return Amount(self.interval / self._aligned(other, "divide"), dimensionless())
            return Amount(self.interval / other.interval, self.unit / other.unit)
        return Amount(self.interval / to_fraction(other), self.unit)

    def overlaps(self, other: Amount) -> bool:
        """Whether some value is allowed by both (after exact conversion)."""
        return self.interval.overlaps(self._aligned(other, "compare"))

    def __str__(self) -> str:
        name = _unit_name(self.unit, bare="")
        return f"{self.interval} {name}".strip()


def _unit_name(unit: pint.Unit, bare: str = "a bare number") -> str:
    text = str(unit)
    return bare if text in ("", "dimensionless") else text


@attrs.frozen
class Figure:
    """A stated figure: an exact interval in a unit, with how and where it was written.

    ``low``/``high`` are ``None`` for unbounded ends. For ``kind == "date"``
    the ends are proleptic Gregorian day ordinals (``date.toordinal()``) in
    the unit ``day``. ``value`` is the number as printed (scaled: ``$1.6
    billion`` has value 1600000000) and ``precision`` the unit of its last
    printed digit (100000000 there), ``None`` for a figure read as exact.
    """

    __repr__ = fields_repr

    text: str
    low: Fraction | None = attrs.field(converter=_opt_fraction)
    high: Fraction | None = attrs.field(converter=_opt_fraction)
    low_closed: bool = True
    high_closed: bool = True
    unit: pint.Unit = attrs.field(converter=_unit, factory=dimensionless)
    hedge: Hedge = attrs.field(converter=_hedge, default=Hedge.EXACT)
    value: Fraction | None = attrs.field(converter=_opt_fraction, default=None)
    precision: Fraction | None = attrs.field(converter=_opt_fraction, default=None)
    kind: Kind = attrs.field(converter=_kind, default=Kind.QUANTITY)
    trend: Trend | None = attrs.field(converter=_trend, default=None)
    start: int = 0
    end: int | None = None
    #: the counted thing's word when the text names it ("incidents"); informative only
    noun: str | None = None
    #: for dates: the stated weekday (0 = Monday) when the text names one
    weekday: int | None = None
    #: for dates: ``"day"``, ``"month"`` or ``"year"``
    granularity: str | None = None
    #: for ranges: the printed ends, each as its own figure
    parts: tuple[Figure, ...] = ()

    @classmethod
    def from_interval(cls, text: str, interval: Interval, **fields: Any) -> Figure:
        """Build a figure from an :class:`Interval` and any other fields."""
        return cls(
            text,
            interval.low,
            interval.high,
            interval.low_closed,
            interval.high_closed,
            **fields,
        )

    @property
    def interval(self) -> Interval:
        """The values the figure allows, as an :class:`Interval`."""
        # the ends are Fractions already (the fields convert): no second conversion
        return _interval(self.low, self.high, self.low_closed, self.high_closed)

    @property
    def amount(self) -> Amount:
        """The interval in its unit, ready for unit-aware arithmetic."""
        return Amount(self.interval, self.unit)

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)`` offsets of the figure in its source text."""
        return self.start, self.start + len(self.text) if self.end is None else self.end

    @property
    def dates(self) -> tuple[_dt.date, _dt.date] | None:
        """For a date figure, its first and last possible day."""
        if self.kind is not Kind.DATE or self.low is None or self.high is None:
            return None
        return _dt.date.fromordinal(int(self.low)), _dt.date.fromordinal(int(self.high))

    def describe(self) -> str:
        """The figure's reading in words, for messages: ``"28% (27.5–28.5%)"``."""
        unit = _unit_name(self.unit, bare="")
        if self.kind is Kind.DATE and self.dates is not None:
            first, last = self.dates
            return (
                first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"
            )
        reading = self.interval.describe(6)
        suffix = "%" if unit == "percent" else (f" {unit}" if unit else "")
        return f"{reading}{suffix}"

    def inner(self, margin: Fraction) -> Figure:
        """The figure with ``margin`` of its rounding interval's width cut from each end.

        Only a rounded quantity shrinks (``28%`` is [27.5, 28.5]; its inner
        figure at a margin of 1/20 is [27.55, 28.45]); an exact count, a date, a
        hedged figure or a range is returned as it is. The engine uses it to
        find *borderline* verdicts, which hold only at the edges of the
        rounding.
        """
        low, high, value = self.low, self.high, self.value
        if (
            self.hedge is not Hedge.ROUNDED
            or self.kind is Kind.DATE
            or low is None
            or high is None
            or value is None
            or not low <= value <= high
            or low == high
        ):
            return self
        keep = 1 - 2 * margin
        # built directly, not through attrs.evolve's converters: the engine asks
        # for the inner figure of every rounded figure in a consistent check
        return _built(
            self.text,
            _interval(value - (value - low) * keep, value + (high - value) * keep, True, True),
            self.unit,
            self.hedge,
            value,
            self.precision,
            self.kind,
            self.trend,
            self.start,
            self.end,
            self.noun,
            self.weekday,
            self.granularity,
            self.parts,
        )

    def with_span(self, start: int, end: int) -> Figure:
        """The same figure placed at ``start``–``end`` of a larger text."""
        return attrs.evolve(self, start=start, end=end)

    def scaled(self, factor: Fraction, unit: Any) -> Figure:
        """The same figure read in another unit, every number times ``factor`` ("37m"
        read as metres, not millions; "8.2 per 1,000" as 0.82%).

        >>> Figure("8.2", "8.15", "8.25", value="8.2", precision="0.1").scaled(
        ...     Fraction(1, 10), "percent").interval
        Interval(low=Fraction(163, 200), high=Fraction(33, 40), low_closed=True, high_closed=True)
        """

        def times(number: Fraction | None) -> Fraction | None:
            return None if number is None else number * factor

        return attrs.evolve(
            self,
            low=times(self.low),
            high=times(self.high),
            value=times(self.value),
            precision=times(self.precision),
            unit=unit,
        )

    def __str__(self) -> str:
        return f"{self.text!r} → {self.interval} {_unit_name(self.unit, bare='')}".rstrip() + (
            f" [{self.hedge.value}]"
        )


_new = object.__new__


_text = _slot_setter(Figure, "text")
_low = _slot_setter(Figure, "low")
_high = _slot_setter(Figure, "high")
_low_closed = _slot_setter(Figure, "low_closed")
_high_closed = _slot_setter(Figure, "high_closed")
_unit_slot = _slot_setter(Figure, "unit")
_hedge_slot = _slot_setter(Figure, "hedge")
_value = _slot_setter(Figure, "value")
_precision = _slot_setter(Figure, "precision")
_kind_slot = _slot_setter(Figure, "kind")
_trend_slot = _slot_setter(Figure, "trend")
_start = _slot_setter(Figure, "start")
_end = _slot_setter(Figure, "end")
_noun = _slot_setter(Figure, "noun")
_weekday = _slot_setter(Figure, "weekday")
_granularity = _slot_setter(Figure, "granularity")
_parts = _slot_setter(Figure, "parts")
# a field added to Figure must be set by _built as well
assert {field.name for field in attrs.fields(Figure)} == {
    "text",
    "low",
    "high",
    "low_closed",
    "high_closed",
    "unit",
    "hedge",
    "value",
    "precision",
    "kind",
    "trend",
    "start",
    "end",
    "noun",
    "weekday",
    "granularity",
    "parts",
}


def _built(
    text: str,
    interval: Interval,
    unit: pint.Unit,
    hedge: Hedge,
    value: Fraction | None,
    precision: Fraction | None,
    kind: Kind,
    trend: Trend | None,
    start: int,
    end: int | None,
    noun: str | None,
    weekday: int | None,
    granularity: str | None,
    parts: tuple[Figure, ...],
) -> Figure:
    """A :class:`Figure` from fields already of their types, for the grammar.

    The scanner builds one for every figure it reads (tens of thousands a
    megabyte); its interval, unit and enums are built typed, so the field
    converters of ``Figure()`` would only check them again. Users' figures
    still go through ``Figure()``.
    """
    figure: Figure = _new(Figure)
    _text(figure, text)
    _low(figure, interval.low)
    _high(figure, interval.high)
    _low_closed(figure, interval.low_closed)
    _high_closed(figure, interval.high_closed)
    _unit_slot(figure, unit)
    _hedge_slot(figure, hedge)
    _value(figure, _opt_fraction(value))
    _precision(figure, _opt_fraction(precision))
    _kind_slot(figure, kind)
    _trend_slot(figure, trend)
    _start(figure, start)
    _end(figure, end)
    _noun(figure, noun)
    _weekday(figure, weekday)
    _granularity(figure, granularity)
    _parts(figure, parts)
    return figure


def printed(value: Fraction) -> str:
    """A figure's value written as people would print it (``7,177``, ``27.7``)."""
    return format_number(value, 6)
