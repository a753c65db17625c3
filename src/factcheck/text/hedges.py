"""Hedge words (``more than``, ``up to``, ``about``) and the intervals they make.

A hedge acts on the *rounding interval* of the printed number, the values the
number stands for before any hedge: ``more than $1.6 billion`` excludes only
what "$1.6 billion" could not exceed, so it reads (1.55e9, ∞). Each hedge
takes the widest reading an editor could mean, because a false alarm costs
more than a miss.

>>> from factcheck.intervals import Interval
>>> str(hedge_interval(HEDGE_WORDS["about"], Interval.point(100), Fraction(1, 10)))
'[90, 110]'
>>> rounding = Interval.closed(1_550_000_000, 1_650_000_000)        # "$1.6 billion"
>>> str(hedge_interval(HEDGE_WORDS["more than"], rounding, Fraction(1, 10)))
'(1550000000, ∞)'
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

import attrs

from factcheck._repr import fields_repr
from factcheck.errors import FigureError
from factcheck.figures import Hedge
from factcheck.intervals import Interval
from factcheck.text.tokens import Token, match_phrase, phrase_index

__all__ = [
    "DEFAULT_TOLERANCE",
    "HEDGE_WORDS",
    "SIGNED_UNITS",
    "SUFFIX_HEDGES",
    "HedgeWord",
    "check_tolerance",
    "floored_at_zero",
    "hedge_interval",
    "plain_word",
    "read_hedge",
    "read_suffix_hedge",
]

#: The default relative tolerance of ``about``/``nearly``/``just over``: 10 %.
DEFAULT_TOLERANCE = Fraction(1, 10)


# Never compared: without eq, attrs compiles no __eq__/__hash__ at import (cold start).
@attrs.frozen(eq=False)
class HedgeWord:
    """What a hedge phrase means: the :class:`~factcheck.figures.Hedge` and, for
    ``just over``, that the reading is bounded above by the tolerance."""

    __repr__ = fields_repr

    hedge: Hedge
    just_over: bool = False


_MORE = HedgeWord(Hedge.MORE_THAN)
_LEAST = HedgeWord(Hedge.AT_LEAST)
_UPTO = HedgeWord(Hedge.UP_TO)
_LESS = HedgeWord(Hedge.LESS_THAN)
_ABOUT = HedgeWord(Hedge.ABOUT)
_NEARLY = HedgeWord(Hedge.NEARLY)
_JUST_OVER = HedgeWord(Hedge.MORE_THAN, just_over=True)

#: Every hedge phrase written before a figure, and its meaning.
HEDGE_WORDS: dict[str, HedgeWord] = {
    # (X, ∞)
    "more than": _MORE,
    "over": _MORE,
    "above": _MORE,
    "in excess of": _MORE,
    "greater than": _MORE,
    "higher than": _MORE,
    "well over": _MORE,
    "well above": _MORE,
    "upwards of": _MORE,
    "in upwards of": _MORE,
    ">": _MORE,
    "bigger than": _MORE,
    "larger than": _MORE,
    # verbs that pass a figure: "sales exceeded $3 billion"
    "exceeded": _MORE,
    "exceeds": _MORE,
    "exceeding": _MORE,
    "topped": _MORE,
    "surpassed": _MORE,
    "surpassing": _MORE,
    "surpasses": _MORE,
    "tops": _MORE,
    "topping": _MORE,
    "passes": _MORE,
    "passed": _MORE,
    "passing": _MORE,
    # [X, ∞)
    "at least": _LEAST,
    "no fewer than": _LEAST,
    "no less than": _LEAST,
    "not less than": _LEAST,
    "not fewer than": _LEAST,
    "a minimum of": _LEAST,
    "≥": _LEAST,
    ">=": _LEAST,
    "greater than or equal to": _LEAST,
    "more than or equal to": _LEAST,
    "equal to or greater than": _LEAST,
    "equal to or more than": _LEAST,
    "no smaller than": _LEAST,
    # [0, X]
    "up to": _UPTO,
    "as many as": _UPTO,
    "as much as": _UPTO,
    "at most": _UPTO,
    "no more than": _UPTO,
    "not more than": _UPTO,
    "a maximum of": _UPTO,
    "≤": _UPTO,
    "<=": _UPTO,
    "less than or equal to": _UPTO,
    "fewer than or equal to": _UPTO,
    "equal to or less than": _UPTO,
    "equal to or fewer than": _UPTO,
    "no greater than": _UPTO,
    "no larger than": _UPTO,
    "not exceeding": _UPTO,
    "not to exceed": _UPTO,
    # [0, X)
    "fewer than": _LESS,
    "less than": _LESS,
    "under": _LESS,
    "below": _LESS,
    "lower than": _LESS,
    "smaller than": _LESS,
    "sub-": _LESS,  # "sub-7 nanometre chips"
    "<": _LESS,
    # X ± tolerance
    "about": _ABOUT,
    "approximately": _ABOUT,
    "approx.": _ABOUT,
    "approx": _ABOUT,
    "around": _ABOUT,
    "roughly": _ABOUT,
    "some": _ABOUT,
    "an estimated": _ABOUT,
    "estimated": _ABOUT,
    "an approximate": _ABOUT,
    "circa": _ABOUT,
    "c.": _ABOUT,
    "ca.": _ABOUT,
    "~": _ABOUT,
    "≈": _ABOUT,
    # "close to" can fall on either side of X, so it reads as "about".
    "close to": _ABOUT,
    "in the region of": _ABOUT,
    # [X − tolerance, X)
    "nearly": _NEARLY,
    "almost": _NEARLY,
    "just under": _NEARLY,
    "just below": _NEARLY,
    "just short of": _NEARLY,
    "just shy of": _NEARLY,
    "not quite": _NEARLY,
    # (X, X + tolerance]
    "just over": _JUST_OVER,
    "just above": _JUST_OVER,
    "just more than": _JUST_OVER,
    "slightly more than": _JUST_OVER,
    "slightly over": _JUST_OVER,
    "a little over": _JUST_OVER,
    "a little more than": _JUST_OVER,
}

#: Hedges written after a figure: ``5,000 or more``, ``15 or fewer``, ``5,000+``, ``200 or so``.
SUFFIX_HEDGES: dict[str, HedgeWord] = {
    "or more": _LEAST,
    "or over": _LEAST,
    "and over": _LEAST,
    "and above": _LEAST,
    "or above": _LEAST,
    "+": _LEAST,
    "plus": _LEAST,
    "or less": _UPTO,
    "or fewer": _UPTO,
    "and under": _UPTO,
    "or under": _UPTO,
    "or so": _ABOUT,
}


#: Units whose scale runs below zero, so "under 5 °C" has no floor at 0.
SIGNED_UNITS = frozenset({"degree_Celsius", "degree_Fahrenheit"})


def floored_at_zero(unit_name: str | None, value: Fraction | None) -> bool:
    """Whether ``up to``/``less than`` a figure in ``unit_name`` starts at 0.

    Counts, money and shares cannot go below zero; temperatures can, and so
    can whatever was printed negative.
    """
    return unit_name not in SIGNED_UNITS and (value is None or value >= 0)


def plain_word(hedge: Hedge) -> HedgeWord:
    """The plain hedge phrase for ``hedge``, for a figure that takes its hedge from another.

    ``just over`` comes back as ``more than``: the wider of the two readings.
    """
    return _PLAIN[hedge]


_PLAIN = {word.hedge: word for word in (_MORE, _LEAST, _UPTO, _LESS, _ABOUT, _NEARLY)}


_PREFIX_INDEX = phrase_index(HEDGE_WORDS)
_SUFFIX_INDEX = phrase_index(SUFFIX_HEDGES)
#: First tokens of prefix hedge phrases, for the scanner's quick test.
HEDGE_STARTS = frozenset(_PREFIX_INDEX)
#: Every prefix hedge phrase as its tokens' lower-case texts, for the scanner's quick tests.
HEDGE_PHRASES = tuple(words for entries in _PREFIX_INDEX.values() for words, _ in entries)


def read_hedge(tokens: Sequence[Token], i: int) -> tuple[HedgeWord, int] | None:
    """The hedge phrase starting at ``tokens[i]``, with the index after it."""
    return match_phrase(_PREFIX_INDEX, tokens, i)


def read_suffix_hedge(tokens: Sequence[Token], i: int) -> tuple[HedgeWord, int] | None:
    """A hedge written after the figure (``or more``) at ``tokens[i]``."""
    return match_phrase(_SUFFIX_INDEX, tokens, i)


def check_tolerance(tolerance: Fraction) -> Fraction:
    """``tolerance`` as a Fraction in [0, 1), or a :class:`FigureError` saying why not."""
    try:
        tol = Fraction(tolerance)
    except (TypeError, ValueError) as exc:
        raise FigureError(
            f"tolerance {tolerance!r} is not a number", hint="use a fraction such as 1/10"
        ) from exc
    if not 0 <= tol < 1:
        raise FigureError(
            f"tolerance {tol} is outside [0, 1)",
            hint="the tolerance is relative: 1/10 widens 'about 100' to 90–110",
        )
    return tol


def hedge_interval(
    word: HedgeWord,
    rounding: Interval,
    tolerance: Fraction,
    *,
    nonnegative: bool = True,
    printed: Fraction | None = None,
) -> Interval:
    """The interval a hedged figure allows, from the rounding interval of its number.

    ``nonnegative`` says the quantity cannot be below zero (counts, money,
    shares), so ``up to``/``less than`` start at 0; otherwise (temperatures,
    a printed negative number) they are unbounded below.

    ``tolerance`` is relative (1/10 = 10 %). An unbounded end of ``rounding``
    (``hundreds of`` is at least 200) stays unbounded: ``more than hundreds
    of`` is (200, ∞), ``up to hundreds of`` [0, ∞).

    ``printed`` is the number as printed (3 million for "nearly 3 million"):
    ``nearly``/``almost``/``just under`` never reach it and ``just over``
    never falls to it, whatever the rounding interval around it allows, so
    "nearly 3 million" is [2.25, 3) million, not [2.25, 3.5). Without it
    (a figure that borrows its hedge from another) the rounding interval's
    end is the bound.
    """
    low, high = rounding.low, rounding.high
    hedge = word.hedge
    # Below zero only for quantities that can be negative ("below 5 °C") or
    # were printed negative; "fewer than 0 people" reads as empty, which is
    # what it is.
    zero_floor = nonnegative and (high is None or high >= 0)
    floor = Fraction(0) if zero_floor else None
    if hedge is Hedge.MORE_THAN:
        if word.just_over:
            return Interval(
                low if printed is None else printed,
                None if high is None else high + abs(high) * tolerance,
                False,
                True,
            )
        return Interval(low, None, False, False)
    if hedge is Hedge.AT_LEAST:
        return Interval(low, None, rounding.low_closed, False)
    if hedge is Hedge.UP_TO:
        return Interval(floor, high, zero_floor, rounding.high_closed)
    if hedge is Hedge.LESS_THAN:
        return Interval(floor, high, zero_floor, False)
    if hedge is Hedge.ABOUT:
        return rounding.widen(tolerance)
    if hedge is Hedge.NEARLY:
        return Interval(
            None if low is None else low - abs(low) * tolerance,
            high if printed is None else printed,
            True,
            False,
        )
    return rounding
