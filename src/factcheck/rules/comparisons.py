"""Comparisons between figures: an order relation, and two figures for one quantity."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from factcheck.errors import RuleError
from factcheck.figures import Figure
from factcheck.intervals import Interval
from factcheck.rules._common import CheckedRule, judged, one, possibly_le, says, show
from factcheck.rules.base import Context, FigureInput, Input, Option, Verdict
from factcheck.rules.registry import register

__all__ = ["Compare", "Compatible", "ordered"]

# Each operator: whether SOME pair of values satisfies it, and how to say it.
_OPERATORS: dict[str, tuple[Callable[[Interval, Interval], bool], str]] = {
    "<": (lambda a, b: a.possibly_less(b), "less than"),
    "<=": (possibly_le, "at most"),
    "=": (lambda a, b: a.overlaps(b), "equal to"),
    ">=": (lambda a, b: possibly_le(b, a), "at least"),
    ">": (lambda a, b: b.possibly_less(a), "more than"),
    "!=": (lambda a, b: not (a.is_point and a == b), "different from"),
}
_ALIASES = {"≤": "<=", "≥": ">=", "==": "=", "≠": "!="}


def ordered(a: Figure, b: Figure, op: str) -> tuple[Interval, Interval, bool]:
    """Both figures in ``a``'s unit, and whether some pair of their values has ``a op b``.

    >>> from factcheck.figures import Figure
    >>> ordered(Figure("7", 7, 7), Figure("about 6", 5, 7), ">")[2]
    True
    """
    left, right = a.interval, b.amount.to(a.unit).interval
    return left, right, _OPERATORS[op][0](left, right)


def _pair(figures: Mapping[str, FigureInput]) -> tuple[Figure, Figure]:
    a, b = one(figures, "a"), one(figures, "b")
    if a is None or b is None:
        raise RuleError("the check needs both 'a' and 'b'", hint="give a claim for each")
    return a, b


@register
class Compare(CheckedRule):
    """One figure stands in a stated order to another: a < b, a ≤ b, a = b, a ≥ b, a > b.

    Both figures are converted to ``a``'s unit exactly. The claim is
    consistent when some value allowed by ``a`` and some value allowed by
    ``b`` satisfy the relation, so hedged figures are given the benefit of
    the doubt: "more than 25,000" is possibly above "about 30,000". ``=``
    means the intervals overlap; ``!=`` fails only when both are the same
    exact number. Figures in different units are undetermined with an error.

    Examples:
        - name: 19 provinces are more than 11
          text: "One council runs 11 provinces, the other 19."
          claims:
            small: {quote: "11"}
            large: {quote: "19"}
          check: {rule: compare, a: large, b: small, options: {op: ">"}}
          expect: consistent
        - name: 11 provinces are not more than 19
          text: "One council runs 11 provinces, the other 19."
          claims:
            small: {quote: "11"}
            large: {quote: "19"}
          check: {rule: compare, a: small, b: large, options: {op: ">"}}
          expect: inconsistent
    """

    name = "compare"
    family = "comparisons"
    summary = "one figure is less than, equal to or more than another"
    formula = "a op b, op ∈ {<, ≤, =, ≥, >, ≠}"
    inputs = (Input("a", "the left-hand figure"), Input("b", "the right-hand figure"))
    options = (Option("op", "the relation a op b must satisfy", "<", (*_OPERATORS, *_ALIASES)),)
    subject = "a"

    def check(
        self, figures: Mapping[str, FigureInput], options: Mapping[str, Any], context: Context
    ) -> Iterable[Verdict]:
        """Test whether some pair of allowed values satisfies the relation."""
        a, b = _pair(figures)
        op = str(options.get("op", "<"))
        op = _ALIASES.get(op, op)
        if op not in _OPERATORS:
            raise RuleError(f"unknown operator {op!r}", hint=f"use one of {', '.join(_OPERATORS)}")
        left, right, possible = ordered(a, b, op)
        words = _OPERATORS[op][1]
        verb = "can be" if possible else "cannot be"
        yield judged(
            possible,
            f"{says(a)} {verb} {words} {says(b)}",
            [("a", a), ("b", b)],
            explanation=f"a = {show(left, a.unit)}\nb = {show(right, a.unit)}\n"
            f"a {op} b is {'possible' if possible else 'impossible'}",
        )


@register
class Compatible(CheckedRule):
    """Two figures for the same quantity agree: some value satisfies both.

    The intervals of the two figures (after exact unit conversion) must
    overlap. This catches a text that says "more than 5,000" prisoners were
    released under a deal that allowed "up to 5,000": more than 5,000 is
    (5,000, ∞), up to 5,000 is [0, 5,000], and no number lies in both. Use it
    when two sentences describe one quantity; for an inequality between two
    quantities use ``compare``.

    Examples:
        - name: more than 5,000 released against up to 5,000 allowed
          text: "The deal allowed up to 5,000 prisoners out; more than 5,000 were released."
          claims:
            allowed: {quote: "up to 5,000"}
            released: {quote: "more than 5,000"}
          check: {rule: compatible, a: released, b: allowed}
          expect: inconsistent
        - name: about 5,000 released is compatible with up to 5,000
          text: "The deal allowed up to 5,000 prisoners out; about 5,000 were released."
          claims:
            allowed: {quote: "up to 5,000"}
            released: {quote: "about 5,000"}
          check: {rule: compatible, a: released, b: allowed}
          expect: consistent
    """

    name = "compatible"
    family = "comparisons"
    summary = "two figures for the same quantity overlap"
    formula = "a ∩ b ≠ ∅"
    inputs = (Input("a", "one statement of the quantity"), Input("b", "another statement of it"))
    subject = "a"

    def check(
        self, figures: Mapping[str, FigureInput], options: Mapping[str, Any], context: Context
    ) -> Iterable[Verdict]:
        """Intersect the two intervals."""
        a, b = _pair(figures)
        left, right = a.interval, b.amount.to(a.unit).interval
        common = left.intersect(right)
        if common.is_empty:
            head = f"{says(a)} and {says(b)} cannot both be true: no value satisfies both"
        else:
            head = f"{says(a)} and {says(b)} agree on {show(common, a.unit)}"
        yield judged(
            not common.is_empty,
            head,
            [("a", a), ("b", b)],
            explanation=f"a = {show(left, a.unit)}\nb = {show(right, a.unit)}\n"
            f"a ∩ b = {show(common, a.unit)}",
        )
