"""Parts against a total: they add up to it or stay within it; a list has the items it says."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from factcheck.errors import RuleError
from factcheck.figures import Amount, Figure
from factcheck.intervals import Interval
from factcheck.rules._common import (
    CheckedRule,
    implied_value,
    interval_value,
    is_count,
    judged,
    one,
    possibly_le,
    says,
    show,
    solved,
)
from factcheck.rules.base import Context, FigureInput, Input, Option, Verdict, figure_list
from factcheck.rules.registry import register

__all__ = ["CountItems", "Product", "SumAtMost", "SumEquals"]


def _parts_and_total(
    figures: Mapping[str, FigureInput],
) -> tuple[Sequence[Figure], Figure | None, Amount]:
    """The parts, the total (if given) and the exact sum of the parts in the total's unit."""
    parts = figure_list(figures.get("parts"))
    if not parts:
        raise RuleError("the check needs at least one claim in 'parts'")
    total = one(figures, "total")
    unit = parts[0].unit if total is None else total.unit
    added = Amount(Interval.point(0), unit)
    for part in parts:
        added = added + part.amount
    return parts, total, added


def _sum_line(parts: Sequence[Figure], added: Amount) -> str:
    return f"{' + '.join(p.text for p in parts)} = {show(added.interval, added.unit)}"


def _pairs(parts: Sequence[Figure], total: Figure | None) -> list[tuple[str, Figure]]:
    pairs: list[tuple[str, Figure]] = [("parts", p) for p in parts]
    if total is not None:
        pairs.append(("total", total))
    return pairs


@register
class SumEquals(CheckedRule):
    """The parts add up to the stated total.

    The parts' intervals are added exactly (each converted to the total's
    unit) and the claim is consistent when the sum overlaps the total's
    interval: rounded or hedged parts are given every value they allow.
    Without a total the rule reports the implied total (as whole numbers for
    counted things).

    Examples:
        - name: 11 and 19 provinces make 30
          text: "One council runs 11 provinces and the other 19, 30 in all."
          claims:
            south: {quote: "11"}
            east: {quote: "19"}
            all: {quote: "30"}
          check: {rule: sum_equals, parts: [south, east], total: all}
          expect: consistent
        - name: 11 and 19 provinces do not make 34
          text: "One council runs 11 provinces and the other 19, all 34 of them."
          claims:
            south: {quote: "11"}
            east: {quote: "19"}
            all: {quote: "34"}
          check: {rule: sum_equals, parts: [south, east], total: all}
          expect: inconsistent
        - name: the total of 11 and 19 is implied
          text: "One council runs 11 provinces and the other 19."
          claims:
            south: {quote: "11"}
            east: {quote: "19"}
          check: {rule: sum_equals, parts: [south, east]}
          expect: undetermined
          implied: "30"
    """

    name = "sum_equals"
    family = "totals"
    summary = "the parts add up to the stated total"
    formula = "Σ parts = total"
    inputs = (
        Input("parts", "the parts", many=True),
        Input("total", "the stated total", optional=True),
    )
    subject = "total"

    def check(
        self, figures: Mapping[str, FigureInput], options: Mapping[str, Any], context: Context
    ) -> Iterable[Verdict]:
        """Add the parts and overlap the sum with the total."""
        parts, total, added = _parts_and_total(figures)
        line = _sum_line(parts, added)
        if total is None:
            value, _ = implied_value(
                "implied total", [added.interval], added.unit, count=is_count(*parts)
            )
            yield solved(
                f"the parts add up to {value.text}",
                _pairs(parts, None),
                (value,),
                explanation=line,
                subject="parts",
            )
            return
        possible = added.interval.overlaps(total.interval)
        yield judged(
            possible,
            f"the parts add up to {show(added.interval, added.unit)}; "
            f"the article's total is {says(total)}",
            _pairs(parts, total),
            recomputed=(interval_value("recomputed total", added.interval, added.unit),),
            explanation=f"{line}\ntotal: {show(total.interval, total.unit)}",
        )


@register
class SumAtMost(CheckedRule):
    """The parts together are not above a stated total.

    For parts that need not cover the whole (sources of an income, some of
    the provinces), the sum must be able to stay at or below the total: the
    claim is consistent when the smallest possible sum is not above the
    largest possible total. Units are converted exactly; money in different
    currencies is undetermined with an error.

    Examples:
        - name: about $460 million twice fits under $1.6 billion
          text: "Income was up to $1.6 billion; mining and opium brought about $460 million each."
          claims:
            income: {quote: "up to $1.6 billion"}
            mining: {quote: "about $460 million"}
            opium: {quote: "about $460 million"}
          check: {rule: sum_at_most, parts: [mining, opium], total: income}
          expect: consistent
        - name: 11 and 19 provinces are more than 25
          text: "One council runs 11 provinces and the other 19, of fewer than 25 in all."
          claims:
            south: {quote: "11"}
            east: {quote: "19"}
            all: {quote: "fewer than 25"}
          check: {rule: sum_at_most, parts: [south, east], total: all}
          expect: inconsistent
    """

    name = "sum_at_most"
    family = "totals"
    summary = "the parts together are not above a stated total"
    formula = "Σ parts ≤ total"
    inputs = (
        Input("parts", "the parts", many=True),
        Input("total", "the stated total"),
    )
    subject = "total"

    def check(
        self, figures: Mapping[str, FigureInput], options: Mapping[str, Any], context: Context
    ) -> Iterable[Verdict]:
        """Compare the smallest possible sum with the largest possible total."""
        parts, total, added = _parts_and_total(figures)
        if total is None:
            raise RuleError("the check needs a 'total'")
        possible = possibly_le(added.interval, total.interval)
        verb = "can stay within" if possible else "are above"
        yield judged(
            possible,
            f"the parts add up to {show(added.interval, added.unit)}, which {verb} {says(total)}",
            _pairs(parts, total),
            recomputed=(interval_value("recomputed total", added.interval, added.unit),),
            explanation=f"{_sum_line(parts, added)}\nΣ parts ≤ {show(total.interval, total.unit)} "
            f"is {'possible' if possible else 'impossible'}",
        )


@register
class Product(CheckedRule):
    """A number of things at an amount each makes the stated total.

    ``total = count × each``: the count's and the amount's intervals are
    multiplied exactly and the claim is consistent when the product overlaps
    the total's interval (converted to the amount's unit), so "more than
    800,000 members … £52 each" allows any total from £41.2m up. The count
    is a plain number of things; the amount and the total are in one unit
    (money in different currencies is undetermined with an error). Without a
    total the rule reports the one implied.

    Examples:
        - name: 50 planes at $120m each are $6bn
          text: "The airline will buy 50 planes at $120m each, a deal worth $6bn."
          claims:
            planes: {quote: "50"}
            price: {quote: "$120m"}
            deal: {quote: "$6bn"}
          check: {rule: product, count: planes, each: price, total: deal}
          expect: consistent
        - name: 50 planes at $120m each are not $8bn
          text: "The airline will buy 50 planes at $120m each, a deal worth $8bn."
          claims:
            planes: {quote: "50"}
            price: {quote: "$120m"}
            deal: {quote: "$8bn"}
          check: {rule: product, count: planes, each: price, total: deal}
          expect: inconsistent
        - name: the value of the order is implied
          text: "The airline will buy 50 planes at $120m each."
          claims:
            planes: {quote: "50"}
            price: {quote: "$120m"}
          check: {rule: product, count: planes, each: price}
          expect: undetermined
          implied: "$5.975 billion–$6.025 billion"
    """

    name = "product"
    family = "totals"
    summary = "a number of things at an amount each makes the stated total"
    formula = "count × each = total"
    inputs = (
        Input("count", "how many things"),
        Input("each", "the amount for each one"),
        Input("total", "the stated total", optional=True),
    )
    subject = "total"

    def check(
        self, figures: Mapping[str, FigureInput], options: Mapping[str, Any], context: Context
    ) -> Iterable[Verdict]:
        """Multiply the count by the amount each and overlap the product with the total."""
        count, each, total = one(figures, "count"), one(figures, "each"), one(figures, "total")
        if count is None or each is None:
            raise RuleError("the check needs a 'count' and an amount 'each'")
        if not is_count(count):
            raise RuleError(
                f"'count' must be a number of things, not {count.text!r}",
                hint="give the amount for each one as 'each' and the number of things as 'count'",
            )
        product = count.interval * each.interval
        line = f"{count.text} × {each.text} = {show(product, each.unit)}"
        pairs: list[tuple[str, Figure]] = [("count", count), ("each", each)]
        if total is None:
            value, _ = implied_value("implied total", [product], each.unit, count=False)
            yield solved(
                f"{count.text} at {each.text} each is {value.text}",
                pairs,
                (value,),
                explanation=line,
                subject="each",
            )
            return
        # shown in the total's unit: 780 million shares at 310p make £2.4bn, not 242bn pence
        product = Amount(product, each.unit).to(total.unit).interval
        line = f"{count.text} × {each.text} = {show(product, total.unit)}"
        stated = total.interval
        possible = product.overlaps(stated)
        yield judged(
            possible,
            f"{count.text} at {each.text} each is {show(product, total.unit)}; "
            f"the article's total is {says(total)}",
            [*pairs, ("total", total)],
            recomputed=(interval_value("recomputed total", product, total.unit),),
            explanation=f"{line}\ntotal: {show(stated, total.unit)}",
        )


_FINAL_AND = re.compile(r"^\s*(?:and|or)\s+", re.IGNORECASE)


def _items(options: Mapping[str, Any]) -> list[str]:
    """The enumerated items: the ``items`` list, or ``enumeration`` split on ``separator``."""
    listed = options.get("items") or []
    if listed:
        return [str(item) for item in listed]
    text = str(options.get("enumeration") or "")
    separator = str(options.get("separator") or ";")
    pieces = [_FINAL_AND.sub("", piece).strip() for piece in text.split(separator)]
    return [piece for piece in pieces if piece]


@register
class CountItems(CheckedRule):
    """A stated count matches the number of items the text lists.

    "The deal contains four elements: …; …; …; and …" — the items are given
    as the option ``items`` (a list) or as ``enumeration``, the quoted list
    split on ``separator`` (default ``;``; a leading "and" or "or" is
    dropped). The count's interval must hold the number of items, so "at
    least three" fits four items and "four" fits only four. With ``ranked``
    the count is a rank and the items are the ones ranked ahead of it: "the
    third biggest, after A and B" names two, so the rank is their number
    plus one.

    Examples:
        - name: four elements are listed
          text: "The deal has four elements: leave; cut ties; talk; and release prisoners."
          claims:
            elements: {quote: "four"}
          check:
            rule: count_items
            count: elements
            options: {enumeration: "leave; cut ties; talk; and release prisoners"}
          expect: consistent
        - name: five elements are said but four are listed
          text: "The deal has five elements: leave; cut ties; talk; and release prisoners."
          claims:
            elements: {quote: "five"}
          check:
            rule: count_items
            count: elements
            options: {items: [leave, cut ties, talk, release prisoners]}
          expect: inconsistent
        - name: a rank names the ones ahead of it
          text: "It is the third biggest carrier, after Aerolink and SkyNorth."
          claims:
            rank: {quote: "third"}
          check:
            rule: count_items
            count: rank
            options: {items: [Aerolink, SkyNorth], ranked: true}
          expect: consistent
    """

    name = "count_items"
    family = "totals"
    summary = "a stated count matches the number of enumerated items"
    formula = "count = number of items (+ 1 for a rank)"
    inputs = (Input("count", "the stated number of items"),)
    options = (
        Option("items", "the enumerated items, one string each", []),
        Option("enumeration", "the list as quoted, to split on the separator", ""),
        Option("separator", "what separates the items in 'enumeration'", ";"),
        Option("ranked", "the count is a rank; the items are the ones ranked ahead", False),
    )
    subject = "count"

    def check(
        self, figures: Mapping[str, FigureInput], options: Mapping[str, Any], context: Context
    ) -> Iterable[Verdict]:
        """Count the items and place the number in the stated count."""
        count = one(figures, "count")
        if count is None:
            raise RuleError("the check needs a 'count'")
        items = _items(options)
        if not items:
            raise RuleError(
                "the check lists no items", hint="give 'items' (a list) or 'enumeration' (a quote)"
            )
        if options.get("ranked"):
            number, head, label = len(items) + 1, f"{_named(len(items))} ranked ahead", "rank"
        else:
            number, head, label = len(items), f"{len(items)} item{_s(len(items))}", "counted items"
        yield judged(
            number in count.interval,
            f"the text lists {head}; the article says {says(count)}",
            [("count", count)],
            recomputed=(interval_value(label, Interval.point(number)),),
            explanation="\n".join(f"{i}. {item}" for i, item in enumerate(items, 1)),
        )


def _s(n: int) -> str:
    return "" if n == 1 else "s"


def _named(n: int) -> str:
    """ "1 name", "2 names": the ones a rank names ahead of it."""
    return f"{n} name{_s(n)}"
