"""Values inside a stated range."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from factcheck.errors import RuleError
from factcheck.figures import Amount, Figure
from factcheck.rules._common import CheckedRule, judged, one, says, show
from factcheck.rules.base import Context, FigureInput, Input, Option, Verdict, figure_list
from factcheck.rules.registry import register

__all__ = ["Within"]


@register
class Within(CheckedRule):
    """A value — or each of several values, and optionally their sum — lies inside a range.

    Each value's interval must overlap the range's interval after exact unit
    conversion: some value the figure allows lies inside the range. With
    ``sum: true`` the values are also added (exact interval addition) and the
    total must overlap the range too, which checks that parts of an annual
    income fit the stated annual income: "about $460 million" from each of two
    sectors is $414–506 million each and $828 million–1.012 billion together,
    inside "between $300 million and $1.6 billion". Hedges shape the
    intervals as usual (``about`` widens by the context's tolerance).

    Examples:
        - name: two sectors of about $460 million fit a $300 million–$1.6 billion income
          text: >-
            Income was between $300 million and $1.6 billion a year;
            mining and opium brought about $460 million each.
          claims:
            income: {quote: "between $300 million and $1.6 billion"}
            mining: {quote: "about $460 million"}
            opium: {quote: "about $460 million"}
          check: {rule: within, value: [mining, opium], range: income, options: {sum: true}}
          expect: consistent
        - name: two sectors of $900 million each exceed a $1.6 billion ceiling together
          text: >-
            Income was between $300 million and $1.6 billion a year;
            mining and opium brought $900 million each.
          claims:
            income: {quote: "between $300 million and $1.6 billion"}
            mining: {quote: "$900 million"}
            opium: {quote: "$900 million"}
          check: {rule: within, value: [mining, opium], range: income, options: {sum: true}}
          expect: inconsistent
    """

    name = "within"
    family = "ranges"
    summary = "each value (and optionally their sum) lies inside a stated range"
    formula = "value ∈ range (and Σ values ∈ range with sum: true)"
    inputs = (
        Input("value", "the value or values to place", many=True),
        Input("range", "the stated range"),
    )
    options = (Option("sum", "also check that the values added up lie inside the range", False),)
    subject = "value"

    def check(
        self, figures: Mapping[str, FigureInput], options: Mapping[str, Any], context: Context
    ) -> Iterable[Verdict]:
        """Overlap every value, and their sum when asked, with the range."""
        values = list(figure_list(figures.get("value")))
        bounds = one(figures, "range")
        if bounds is None or not values:
            raise RuleError("the check needs a 'range' and at least one 'value'")
        unit = bounds.unit
        target = bounds.interval
        lines = [f"range: {show(target, unit)}"]
        outside: list[str] = []
        for figure in values:
            placed = figure.amount.to(unit).interval
            inside = placed.overlaps(target)
            lines.append(f"{figure.text}: {show(placed, unit)} {'inside' if inside else 'outside'}")
            if not inside:
                outside.append(says(figure))
        subjects: list[tuple[str, Figure]] = [("value", f) for f in values]
        if options.get("sum", False) and len(values) > 1:
            total = sum((f.amount for f in values[1:]), start=values[0].amount)
            placed = Amount.to(total, unit).interval
            inside = placed.overlaps(target)
            lines.append(f"sum: {show(placed, unit)} {'inside' if inside else 'outside'}")
            if not inside:
                outside.append(f"their sum ({show(placed, unit)})")
        where = says(bounds)
        if outside:
            head = f"{' and '.join(outside)} {'is' if len(outside) == 1 else 'are'} outside {where}"
        else:
            checked = "each value and their sum" if options.get("sum", False) else "each value"
            head = f"{checked} can lie inside {where}"
        yield judged(
            not outside,
            head,
            [*subjects, ("range", bounds)],
            explanation="\n".join(lines),
        )
