"""Exact intervals on :class:`~fractions.Fraction`: the arithmetic every verdict rests on.

An :class:`Interval` has exact ends, each open or closed; ``None`` stands for an
unbounded end (−∞ below, +∞ above). Arithmetic returns the smallest interval
that holds every result of the operation on points of the operands, so a
relation between stated figures is *possible* exactly when the intervals
overlap.

>>> a = Interval.closed(Fraction(275, 10), Fraction(285, 10))   # "28%"
>>> Fraction(996, 780) * 100 - 100 in a
True
>>> str(Interval.closed(1, 2) + Interval.open(3, 4))
'(4, 6)'
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal, getcontext
from fractions import Fraction
from typing import Any, TypeVar

import attrs

from factcheck._repr import fields_repr
from factcheck.errors import IntervalError

_C = TypeVar("_C")

__all__ = ["MAX_EXPONENT", "Interval", "Number", "exact_text", "round_decimal", "to_fraction"]

Number = int | Fraction | Decimal | str

# Internal extended reals: a Fraction, or one of the two infinities.
_Ext = Fraction | float
_INF = math.inf


def to_fraction(value: Number | float) -> Fraction:
    """An exact Fraction from an int, Decimal, decimal string or Fraction.

    Floats are accepted only when they are integral, because a float such as
    ``0.1`` is not the number its author meant.
    """
    # Exact types first: isinstance() against Fraction, an abstract base's
    # subclass, takes a slow path for every other type.
    if type(value) is Fraction:
        return value
    if type(value) is int:
        return Fraction(value)
    if isinstance(value, Fraction):
        return value
    if isinstance(value, bool):
        raise TypeError("a bool is not a number here")
    if isinstance(value, str):
        _check_exponent(value)
    elif isinstance(value, Decimal) and value.is_finite():
        _check_exponent(str(value))
    if isinstance(value, int | Decimal | str):
        return Fraction(value)
    if isinstance(value, float) and value.is_integer():
        return Fraction(int(value))
    raise TypeError(f"cannot use {value!r} as an exact number; pass a str, int or Fraction")


#: Largest power of ten a number written with an exponent (``1e308``) may have.
#: ``Fraction("1e999999999")`` would build a billion-digit integer and never
#: return, so a claims file could hang the loader with one short value.
MAX_EXPONENT = 1000

_EXPONENT = re.compile(r"[eE]\s*([+-]?\d+)")


def _check_exponent(text: str) -> None:
    match = _EXPONENT.search(text)
    if match is None:
        return
    digits = match[1].lstrip("+-").lstrip("0")
    if len(digits) > len(str(MAX_EXPONENT)) or int(digits or 0) > MAX_EXPONENT:
        raise ValueError(f"{text[:40]!r} is beyond 10^±{MAX_EXPONENT}")


def _opt(value: Number | float | None) -> Fraction | None:
    # Tested first: nearly every end handed to an Interval is already a Fraction.
    if value is None or type(value) is Fraction:
        return value
    return to_fraction(value)


_new = object.__new__


def _interval(
    low: Fraction | None, high: Fraction | None, low_closed: bool, high_closed: bool
) -> Interval:
    """``Interval(low, high, low_closed, high_closed)`` for ends already Fractions (or None).

    Interval arithmetic and the figure scanner build tens of thousands of
    intervals a megabyte from ends that are Fractions by construction: this
    skips the converters and the generated ``__init__`` (half the cost) and
    applies the same normalisation as ``__attrs_post_init__``. The public
    constructor still converts and checks whatever a caller passes.
    """
    interval: Interval = _new(Interval)
    _set_low(interval, low)
    _set_high(interval, high)
    # as __attrs_post_init__: an infinite end is open, any other kept as given
    _set_low_closed(interval, False if low is None and low_closed else low_closed)
    _set_high_closed(interval, False if high is None and high_closed else high_closed)
    return interval


@attrs.frozen(order=False)
class Interval:
    """A set of real numbers between two exact ends.

    ``low``/``high`` are ``None`` when unbounded; an unbounded end is always
    open. The empty interval is allowed (``Interval.empty()``), because the
    intersection of two stated figures is often empty and that is the news.
    """

    __repr__ = fields_repr

    low: Fraction | None = attrs.field(converter=_opt)
    high: Fraction | None = attrs.field(converter=_opt)
    low_closed: bool = True
    high_closed: bool = True

    def __attrs_post_init__(self) -> None:
        # Normalise: an infinite end cannot be closed.
        if self.low is None and self.low_closed:
            object.__setattr__(self, "low_closed", False)
        if self.high is None and self.high_closed:
            object.__setattr__(self, "high_closed", False)

    # ----------------------------------------------------------------- builders
    @classmethod
    def point(cls, value: Number) -> Interval:
        """The interval holding just ``value``."""
        v = to_fraction(value)
        return cls(v, v, True, True)

    @classmethod
    def closed(cls, low: Number, high: Number) -> Interval:
        """``[low, high]``."""
        return cls(to_fraction(low), to_fraction(high), True, True)

    @classmethod
    def open(cls, low: Number | None, high: Number | None) -> Interval:
        """``(low, high)``; ``None`` for an unbounded end."""
        return cls(_opt(low), _opt(high), False, False)

    @classmethod
    def above(cls, low: Number, *, closed: bool = False) -> Interval:
        """``(low, ∞)``, or ``[low, ∞)`` when ``closed``."""
        return cls(to_fraction(low), None, closed, False)

    @classmethod
    def below(cls, high: Number, *, closed: bool = False) -> Interval:
        """``(−∞, high)``, or ``(−∞, high]`` when ``closed``."""
        return cls(None, to_fraction(high), False, closed)

    @classmethod
    def everything(cls) -> Interval:
        """``(−∞, ∞)``: nothing is known."""
        return cls(None, None, False, False)

    @classmethod
    def empty(cls) -> Interval:
        """The empty interval."""
        return cls(Fraction(1), Fraction(0), False, False)

    @classmethod
    def around(cls, value: Number, half_width: Number) -> Interval:
        """``[value − half_width, value + half_width]``."""
        h = to_fraction(half_width)
        return cls._around(to_fraction(value), abs(h.numerator), h.denominator)

    @classmethod
    def rounded(cls, value: Number, precision: Number) -> Interval:
        """The values a number printed to ``precision`` stands for: ``value ± precision / 2``.

        >>> str(Interval.rounded(Fraction(28), 1))
        '[27.5, 28.5]'
        """
        p = to_fraction(precision)
        return cls._around(to_fraction(value), abs(p.numerator), 2 * p.denominator)

    @classmethod
    def _around(cls, v: Fraction, hn: int, hd: int) -> Interval:
        # On numerators and denominators, one normalisation per end: Fraction's
        # own operators check their operands' types at every step, and the
        # figure scanner rounds most numbers it reads this way.
        vn, vd = v.numerator, v.denominator
        centre, spread, denominator = vn * hd, hn * vd, vd * hd
        return _interval(
            Fraction(centre - spread, denominator),
            Fraction(centre + spread, denominator),
            True,
            True,
        )

    @classmethod
    def hull_of(cls, intervals: Iterable[Interval]) -> Interval:
        """The smallest interval holding all of ``intervals`` (empty if none)."""
        result = cls.empty()
        for item in intervals:
            result = result.hull(item)
        return result

    # ---------------------------------------------------------------- queries
    @property
    def is_empty(self) -> bool:
        """Whether no number lies in the interval."""
        low, high = self.low, self.high
        if low is None or high is None:
            return False
        # One comparison, of the ends cross-multiplied (denominators are
        # positive): Fraction's operators first check the other operand against
        # an abstract base class, and this runs in nearly every operation. A
        # closed interval is empty only when its ends cross, any other also
        # when they meet.
        left, right = low.numerator * high.denominator, high.numerator * low.denominator
        if self.low_closed and self.high_closed:
            return left > right
        return left >= right

    @property
    def is_point(self) -> bool:
        """Whether the interval holds exactly one number."""
        return self.low is not None and self.low == self.high and not self.is_empty

    @property
    def is_bounded(self) -> bool:
        """Whether both ends are finite."""
        return self.low is not None and self.high is not None

    @property
    def width(self) -> Fraction | None:
        """``high − low``, or ``None`` when unbounded."""
        if self.low is None or self.high is None:
            return None
        return max(self.high - self.low, Fraction(0))

    @property
    def midpoint(self) -> Fraction | None:
        """The middle of a bounded interval."""
        if self.low is None or self.high is None:
            return None
        return (self.low + self.high) / 2

    def __contains__(self, value: object) -> bool:
        if isinstance(value, Interval):
            return self.contains_interval(value)
        if not isinstance(value, int | Fraction | Decimal):
            return False
        x = to_fraction(value)
        if self.low is not None and (x < self.low or (x == self.low and not self.low_closed)):
            return False
        return not (
            self.high is not None and (x > self.high or (x == self.high and not self.high_closed))
        )

    def contains_interval(self, other: Interval) -> bool:
        """Whether every number in ``other`` lies in ``self``."""
        if other.is_empty:
            return True
        if self.is_empty:
            return False
        return self.intersect(other) == other.normalized()

    def overlaps(self, other: Interval) -> bool:
        """Whether some number lies in both intervals."""
        return not self.intersect(other).is_empty

    def normalized(self) -> Interval:
        """A canonical form: every empty interval compares equal to ``Interval.empty()``."""
        return Interval.empty() if self.is_empty else self

    # ----------------------------------------------------------- set algebra
    def intersect(self, other: Interval) -> Interval:
        """The numbers in both intervals."""
        if self.is_empty or other.is_empty:
            return Interval.empty()
        low, low_closed = _tighter_low(self, other)
        high, high_closed = _tighter_high(self, other)
        return _interval(low, high, low_closed, high_closed).normalized()

    def hull(self, other: Interval) -> Interval:
        """The smallest interval holding both."""
        if self.is_empty:
            return other
        if other.is_empty:
            return self
        if self.low is None or other.low is None:
            low, low_closed = None, False
        elif self.low != other.low:
            low, low_closed = (
                (self.low, self.low_closed)
                if self.low < other.low
                else (other.low, other.low_closed)
            )
        else:
            low, low_closed = self.low, self.low_closed or other.low_closed
        if self.high is None or other.high is None:
            high, high_closed = None, False
        elif self.high != other.high:
            high, high_closed = (
                (self.high, self.high_closed)
                if self.high > other.high
                else (other.high, other.high_closed)
            )
        else:
            high, high_closed = self.high, self.high_closed or other.high_closed
        return _interval(low, high, low_closed, high_closed)

    def widen(self, relative: Number) -> Interval:
        """Widen each finite end by ``relative`` times its own magnitude (``about 100`` ± 10 %)."""
        r = to_fraction(relative)
        # x ∓ |x|·r on numerators and denominators, one normalisation per end
        # (as in around(): Fraction's operators would take seven steps here).
        rn, rd = abs(r.numerator), r.denominator
        low = high = None
        if self.low is not None:
            n, d = self.low.numerator, self.low.denominator
            low = Fraction(n * rd - abs(n) * rn, d * rd)
        if self.high is not None:
            n, d = self.high.numerator, self.high.denominator
            high = Fraction(n * rd + abs(n) * rn, d * rd)
        return _interval(low, high, self.low_closed, self.high_closed)

    def clamp_nonnegative(self) -> Interval:
        """The part of the interval at or above zero (a count cannot be negative)."""
        return self.intersect(Interval(Fraction(0), None, True, False))

    # ------------------------------------------------------------- arithmetic
    def __neg__(self) -> Interval:
        return _interval(
            None if self.high is None else -self.high,
            None if self.low is None else -self.low,
            self.high_closed,
            self.low_closed,
        )

    def __add__(self, other: Interval | Number) -> Interval:
        o = _as_interval(other)
        if self.is_empty or o.is_empty:
            return Interval.empty()
        low = None if self.low is None or o.low is None else self.low + o.low
        high = None if self.high is None or o.high is None else self.high + o.high
        return _interval(
            low, high, self.low_closed and o.low_closed, self.high_closed and o.high_closed
        )

    __radd__ = __add__

    def __sub__(self, other: Interval | Number) -> Interval:
        return self + (-_as_interval(other))

    def __rsub__(self, other: Interval | Number) -> Interval:
        return _as_interval(other) + (-self)

    def __mul__(self, other: Interval | Number) -> Interval:
        o = _as_interval(other)
        if self.is_empty or o.is_empty:
            return Interval.empty()
        if (
            self.low_closed
            and self.high_closed
            and o.low_closed
            and o.high_closed
            and self.low is not None
            and self.high is not None
            and o.low is not None
            and o.high is not None
        ):
            # Closed and bounded, as most figures are: every product of ends is a
            # closed candidate (zero needs no care), and a point needs two products.
            a, b, c, d = self.low, self.high, o.low, o.high
            products = [a * c, b * c] if c == d else [a * c, a * d, b * c, b * d]
            return _interval(min(products), max(products), True, True)
        candidates = [_mul_end(a, b) for a in _ends(self) for b in _ends(o)]
        return _from_candidates(candidates, self, o)

    __rmul__ = __mul__

    def reciprocal(self) -> Interval:
        """``{1/x : x in self}``, as an interval.

        When zero is an end, the result is unbounded on that side. When zero
        lies strictly inside, the true result is two pieces; the hull of those
        is the whole line, which is what is returned (a division by a figure
        that may be zero tells nothing). Dividing by exactly zero raises
        :class:`~factcheck.errors.IntervalError`.
        """
        if self.is_empty:
            return Interval.empty()
        if self.is_point and self.low == 0:
            raise IntervalError(
                "division by zero", hint="the base of a ratio or change cannot be exactly 0"
            )
        if (self.low is None or self.low < 0) and (self.high is None or self.high > 0):
            return Interval.everything()
        if self.high is not None and self.high <= 0:
            return -((-self).reciprocal())
        # Here every member is >= 0. The point 0 itself has no reciprocal, so a
        # closed end at 0 maps to an unbounded side rather than a crash.
        assert self.low is not None
        if self.high is None:
            low, low_closed = Fraction(0), False
        else:
            low, low_closed = 1 / self.high, self.high_closed
        if self.low == 0:
            return _interval(low, None, low_closed, False)
        return _interval(low, 1 / self.low, low_closed, self.low_closed)

    def __truediv__(self, other: Interval | Number) -> Interval:
        return self * _as_interval(other).reciprocal()

    def __rtruediv__(self, other: Interval | Number) -> Interval:
        return _as_interval(other) * self.reciprocal()

    # ------------------------------------------------------------- comparison
    def certainly_less(self, other: Interval) -> bool:
        """Whether every number here is below every number in ``other``."""
        if self.is_empty or other.is_empty:
            return True
        if self.high is None or other.low is None:
            return False
        if self.high != other.low:
            return self.high < other.low
        return not (self.high_closed and other.low_closed)

    def possibly_less(self, other: Interval) -> bool:
        """Whether some number here is below some number in ``other``."""
        if self.is_empty or other.is_empty:
            return False
        if self.low is None or other.high is None:
            return True
        if self.low != other.high:
            return self.low < other.high
        return False

    # ---------------------------------------------------------------- display
    def __str__(self) -> str:
        if self.is_empty:
            return "∅"
        if self.is_point:
            return _fmt(self.low)
        left = "[" if self.low_closed else "("
        right = "]" if self.high_closed else ")"
        lo = "−∞" if self.low is None else _fmt(self.low)
        hi = "∞" if self.high is None else _fmt(self.high)
        return f"{left}{lo}, {hi}{right}"

    def describe(self, digits: int = 4) -> str:
        """A human reading with at most ``digits`` significant digits, for messages."""
        if self.is_empty:
            return "no value"
        if self.is_point:
            return format_number(self.low, digits)  # type: ignore[arg-type]
        if self.low is None and self.high is None:
            return "any value"
        if self.low is None:
            word = "at most" if self.high_closed else "less than"
            return f"{word} {format_number(self.high, digits)}"  # type: ignore[arg-type]
        if self.high is None:
            word = "at least" if self.low_closed else "more than"
            return f"{word} {format_number(self.low, digits)}"
        return f"{format_number(self.low, digits)}–{format_number(self.high, digits)}"


def format_number(value: Fraction, digits: int = 4) -> str:
    """An exact value written for people: integers in full with separators, others rounded.

    >>> format_number(Fraction(996, 780) * 100 - 100, 3)
    '27.7'
    >>> format_number(Fraction(7177))
    '7,177'
    """
    if value.denominator == 1:
        return f"{value.numerator:,}"
    if value == 0:
        return "0"
    magnitude = abs(value)
    exponent = math.floor(math.log10(magnitude.numerator) - math.log10(magnitude.denominator))
    decimals = max(digits - 1 - exponent, 0)
    text = f"{round_decimal(value, decimals):,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


# Wide enough for any exact result: only the exponent is adjusted in it, never digits.
_UNBOUNDED = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)


def round_decimal(value: Fraction, places: int) -> Decimal:
    """``value`` rounded half to even to ``places`` decimals, exactly, at any magnitude.

    Dividing in the default decimal context keeps 28 significant digits, and
    ``quantize`` then fails on any larger number; rounding the Fraction itself
    has no such limit.

    >>> round_decimal(Fraction(10**40, 3), 1)
    Decimal('3333333333333333333333333333333333333333.3')
    """
    return Decimal(round(value * 10**places)).scaleb(-places, _UNBOUNDED)


def exact_text(value: Fraction) -> str:
    """``value`` written exactly: a decimal when it terminates, else ``p/q``.

    >>> exact_text(Fraction(55, 2)), exact_text(Fraction(1, 3))
    ('27.5', '1/3')
    """
    numerator, denominator = value.numerator, value.denominator
    if denominator == 1:
        return str(numerator)
    # A denominator made of 2s and 5s alone: the decimal ends after as many
    # places as the larger count, and is written from integers, ten times
    # faster than the division below (which still decides every other case,
    # and one longer than the decimal context keeps).
    twos = (denominator & -denominator).bit_length() - 1
    rest, fives = denominator >> twos, 0
    while rest % 5 == 0:
        rest //= 5
        fives += 1
    if rest == 1:
        places = max(twos, fives)
        digits = str(abs(numerator) * 10**places // denominator).rjust(places + 1, "0")
        if len(digits.lstrip("0")) <= getcontext().prec:
            sign = "-" if numerator < 0 else ""
            return f"{sign}{digits[:-places]}.{digits[-places:]}"
    dec = Decimal(numerator) / Decimal(denominator)
    if Fraction(dec) == value:
        return f"{dec:f}"
    return f"{numerator}/{denominator}"


def _fmt(value: Fraction | None) -> str:
    assert value is not None
    return exact_text(value)


def _as_interval(value: Interval | Number) -> Interval:
    return value if isinstance(value, Interval) else Interval.point(value)


def _tighter_low(a: Interval, b: Interval) -> tuple[Fraction | None, bool]:
    if a.low is None:
        return b.low, b.low_closed
    if b.low is None:
        return a.low, a.low_closed
    if a.low != b.low:
        return (a.low, a.low_closed) if a.low > b.low else (b.low, b.low_closed)
    return a.low, a.low_closed and b.low_closed


def _tighter_high(a: Interval, b: Interval) -> tuple[Fraction | None, bool]:
    if a.high is None:
        return b.high, b.high_closed
    if b.high is None:
        return a.high, a.high_closed
    if a.high != b.high:
        return (a.high, a.high_closed) if a.high < b.high else (b.high, b.high_closed)
    return a.high, a.high_closed and b.high_closed


def _ends(i: Interval) -> list[tuple[_Ext, bool]]:
    low: _Ext = -_INF if i.low is None else i.low
    high: _Ext = _INF if i.high is None else i.high
    return [(low, i.low_closed), (high, i.high_closed)]


def _mul_end(a: tuple[_Ext, bool], b: tuple[_Ext, bool]) -> tuple[_Ext, bool]:
    (x, xc), (y, yc) = a, b
    # 0 × ∞ is 0 here: the closed end 0 is a real member, ∞ only a limit.
    if x == 0 and xc:
        return Fraction(0), True
    if y == 0 and yc:
        return Fraction(0), True
    # The only floats among the ends are the infinities. Telling them apart by
    # type, never with math.isinf, matters: that converts a Fraction to float,
    # which overflows beyond 1.8e308 (a 400-digit figure is fine here).
    infinite = isinstance(x, float) or isinstance(y, float)
    if x == 0 or y == 0:
        return Fraction(0), xc and yc and not infinite
    if infinite:
        return (_INF if (x > 0) == (y > 0) else -_INF), False
    return x * y, xc and yc


def _from_candidates(candidates: list[tuple[_Ext, bool]], a: Interval, b: Interval) -> Interval:
    lo_val = min(c[0] for c in candidates)
    hi_val = max(c[0] for c in candidates)
    lo_closed = any(c[1] for c in candidates if c[0] == lo_val)
    hi_closed = any(c[1] for c in candidates if c[0] == hi_val)
    low = None if isinstance(lo_val, float) else lo_val
    high = None if isinstance(hi_val, float) else hi_val
    return _interval(low, high, lo_closed, hi_closed)


def _slot_setter(cls: type[_C], name: str) -> Callable[[_C, Any], None]:
    """The ``__set__`` of a slotted attrs class's field, for a converter-free constructor.

    It stores a value straight into the slot: faster than
    ``object.__setattr__``, which looks the descriptor up each time (see
    :func:`_interval` and ``factcheck.figures._built``).
    """
    setter: Callable[[_C, Any], None] = getattr(cls, name).__set__
    return setter


_set_low = _slot_setter(Interval, "low")
_set_high = _slot_setter(Interval, "high")
_set_low_closed = _slot_setter(Interval, "low_closed")
_set_high_closed = _slot_setter(Interval, "high_closed")
# a field added to Interval must be set by _interval as well
assert [field.name for field in attrs.fields(Interval)] == [
    "low",
    "high",
    "low_closed",
    "high_closed",
]
