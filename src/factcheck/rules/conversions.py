"""Conversions: the amounts a text converts between two currencies share one rate, a rate
the two currencies have had, and a measure restated in other units holds its conversion."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction
from typing import Any

from factcheck.errors import RuleError
from factcheck.figures import Figure, Hedge
from factcheck.intervals import Interval
from factcheck.rules._common import CheckedRule, judged, one, show, unit_name
from factcheck.rules.base import Context, FigureInput, Input, Option, Verdict, figure_list
from factcheck.rules.registry import register
from factcheck.units import (
    conversion_factor,
    is_currency,
    same_dimension,
    temperature_conversion,
)

__all__ = [
    "Converted",
    "KnownRate",
    "SameRate",
    "known_rates",
    "largest_agreement",
    "rate_of",
    "widen_rate",
]


def _printed(figure: Figure, interval: Interval | None = None) -> Interval:
    """Every value a converted amount may have stood for before it was printed.

    A conversion is always rounded, so a whole number printed plainly covers
    half a unit of its last non-zero digit either way ("£211" is £210.50–£211.50,
    "£950,000" £945,000–£955,000, "£50" £49.50–£50.50: two significant
    digits at least), as "£3.35m" covers half of its last digit. ``interval``
    replaces the figure's own (a bound's number as printed, see :func:`_number`).
    """
    interval = figure.interval if interval is None else interval
    value = figure.value
    if value is None or value.denominator != 1 or value == 0:
        return interval
    if figure.precision is not None and figure.precision < 1:
        return interval  # "140.0F": printed to a decimal place, rounded no further
    # rounded to its last non-zero digit, keeping two significant ones: "£950,000" to
    # ten thousands, "£50" to pounds
    digits = len(str(abs(value.numerator)))
    zeros = digits - len(str(abs(value.numerator)).rstrip("0"))
    half = Fraction(10 ** max(0, min(zeros, digits - 2)), 2)
    return interval.hull(Interval.closed(value - half, value + half))


def rate_of(amount: Figure, converted: Figure) -> Interval | None:
    """The rates (``converted`` per unit of ``amount``) the two printed figures allow."""
    # (the amount keeps its own reading, rounding and hedge; the conversion is widened
    # further, as a writer rounds a conversion more loosely than a figure of record)
    low, high = amount.interval, _printed(converted)
    if low.low is None or low.high is None or high.low is None or high.high is None:
        return None  # a bound ("more than $5m") fixes no rate
    if low.low <= 0 or high.low <= 0:
        return None
    return Interval.closed(high.low / low.high, high.high / low.low)


def _amount_and_conversion(figures: Mapping[str, FigureInput]) -> tuple[Figure, Figure]:
    """The two figures of a rule on one conversion (``amount`` and ``converted``)."""
    amount, converted = one(figures, "amount"), one(figures, "converted")
    if amount is None or converted is None:
        raise RuleError("the check needs an 'amount' and its 'converted' figure")
    return amount, converted


def widen_rate(rate: Interval, tolerance: Fraction) -> Interval:
    """A rate widened by half the tolerance each way: two rates may then differ by it.

    An open end stays open ("at least 200 people" restated has no upper end).
    """
    half = tolerance / 2
    return Interval(
        None if rate.low is None else rate.low / (1 + half),
        None if rate.high is None else rate.high * (1 + half),
        rate.low is not None,
        rate.high is not None,
    )


def _tolerance(options: Mapping[str, Any], default: int = 10) -> Fraction:
    """The ``tolerance`` option as a fraction, refused when negative."""
    percent = options.get("tolerance", default)
    if percent < 0:
        raise RuleError(
            f"'tolerance' must be 0 or more, not {percent}", hint="write e.g. tolerance: 10"
        )
    return Fraction(percent, 100)


def largest_agreement(rates: Sequence[Interval]) -> list[int]:
    """The indices of the most rates that share one value (the first such group)."""
    best: list[int] = []
    for candidate in rates:
        assert candidate.low is not None
        point = candidate.low  # a largest group always shares some rate's lower end
        group = [k for k, rate in enumerate(rates) if point in rate]
        if len(group) > len(best):
            best = group
    return best


@register
class SameRate(CheckedRule):
    """Every conversion between the same two currencies in one text uses about one rate.

    A business story gives most of its amounts twice, "$4.2bn (£2.25bn)": the
    bracket converts the figure at the day's rate. Each pair gives the rates
    its two printed figures allow (a converted amount is always rounded, so
    "£211" covers £210.50–£211.50); two rates may differ by ``tolerance``
    percent beyond that (rates move, and a writer may round a rate). The
    claim is consistent when all the rates, so widened, share a value, and
    otherwise the conversions outside the largest group that does are named:
    a transposed digit ("$2.4bn (£2.25bn)" beside "$2.3bn (£1.23bn)"), a
    scale slip ("$1.8 billion (£9.4 million)") or a lost scale word ("$6.3
    (£3.35m)"). Amounts of another time may have been converted at that
    time's rate: compare those with a wide ``tolerance`` (300 lets two rates
    be about six times apart, which still finds a slip of scale; the scan
    does so for conversions it cannot date).

    Examples:
        - name: two conversions at one rate
          text: "It paid $4.2bn (£2.25bn) for the maker and $2.3bn (£1.23bn) for the mine."
          claims:
            maker: {quote: "$4.2bn"}
            maker_gbp: {quote: "£2.25bn"}
            mine: {quote: "$2.3bn"}
            mine_gbp: {quote: "£1.23bn"}
          check: {rule: same_rate, amounts: [maker, mine], converted: [maker_gbp, mine_gbp]}
          expect: consistent
        - name: a transposed digit in a conversion
          text: "It paid $2.4bn (£2.25bn) for the maker and $2.3bn (£1.23bn) for the mine."
          claims:
            maker: {quote: "$2.4bn"}
            maker_gbp: {quote: "£2.25bn"}
            mine: {quote: "$2.3bn"}
            mine_gbp: {quote: "£1.23bn"}
          check: {rule: same_rate, amounts: [maker, mine], converted: [maker_gbp, mine_gbp]}
          expect: inconsistent
    """

    name = "same_rate"
    family = "conversions"
    summary = "the conversions between two currencies in one text use about one rate"
    formula = "converted / amount is about the same for every pair"
    inputs = (
        Input("amounts", "the amounts as first stated, all in one currency", many=True),
        Input("converted", "each amount converted, in the same order, in one currency", many=True),
    )
    options = (
        Option("tolerance", "how far, in percent, two rates may differ beyond rounding", 10),
    )
    subject = "converted"

    def check(
        self, figures: Mapping[str, FigureInput], options: Mapping[str, Any], context: Context
    ) -> Iterable[Verdict]:
        """Widen each pair's rates by the tolerance and find the conversions that share one."""
        amounts = figure_list(figures.get("amounts"))
        converted = figure_list(figures.get("converted"))
        if len(amounts) != len(converted) or len(amounts) < 2:
            raise RuleError(
                "the check needs two or more 'amounts' and as many 'converted' figures",
                hint="list each amount and its conversion in the same order",
            )
        for group in (amounts, converted):
            names = {unit_name(f.unit) for f in group}
            if len(names) != 1 or not all(is_currency(f.unit) for f in group):
                raise RuleError(
                    "each of 'amounts' and 'converted' must be money in one currency, "
                    f"not {', '.join(sorted(names))}",
                    hint="check conversions between one pair of currencies at a time",
                )
        source, target = unit_name(amounts[0].unit), unit_name(converted[0].unit)
        if source == target:
            raise RuleError(
                f"'amounts' and 'converted' are both in {source}: no conversion",
                hint="give the amounts in one currency and their conversions in another",
            )
        tolerance = _tolerance(options)
        rates: list[Interval] = []
        for amount, into in zip(amounts, converted, strict=True):
            rate = rate_of(amount, into)
            if rate is None:
                raise RuleError(
                    f"{amount.text!r} and {into.text!r} give no rate",
                    hint="give positive amounts with both ends known",
                )
            rates.append(rate)
        agreeing = largest_agreement([widen_rate(r, tolerance) for r in rates])
        unit = f"{target} per {source}"
        pairs = [
            *(("amounts", f) for f in amounts),
            *(("converted", f) for f in converted),
        ]
        lines = [
            f"{a.text} → {c.text}: {show(r, unit)}"
            for a, c, r in zip(amounts, converted, rates, strict=True)
        ]
        explanation = "\n".join([*lines, f"rates may differ by {tolerance * 100}% beyond rounding"])
        if len(agreeing) == len(rates):
            yield judged(
                True,
                f"{len(rates)} conversions from {source} to {target} use "
                f"{show(Interval.hull_of(rates), unit)}",
                pairs,
                explanation=explanation,
            )
            return
        if len(agreeing) < 2 or 2 * len(agreeing) <= len(rates):
            # no group holds most of the conversions: which are wrong is not known
            head = "the conversions use rates " + ", ".join(
                f"{show(r, unit)} ({a.text} → {c.text})"
                for a, c, r in zip(amounts, converted, rates, strict=True)
            )
        else:
            others = [k for k in range(len(rates)) if k not in agreeing]
            shared = Interval.hull_of(rates[k] for k in agreeing)
            head = "; ".join(
                f"{amounts[k].text} → {converted[k].text} uses {show(rates[k], unit)}"
                for k in others
            ) + (f", the other conversions {show(shared, unit)} (within {tolerance * 100}%)")
        yield judged(False, head, pairs, explanation=explanation)


@register
class Converted(CheckedRule):
    """A measure restated in other units holds the exact conversion, as rounded.

    "38mph (61km/h)", "12,900 acres (5,200 hectares)", "700 pounds (320kg)":
    the bracket converts the amount before it with a fixed factor, so the
    exact conversion of the amount as printed must fall within the bracket's
    figure as it was rounded, give or take ``tolerance`` percent (writers
    round a conversion loosely: "300 miles (500km)" is 483km). A converted
    whole number is taken as rounded to its last non-zero digit, keeping two
    significant digits ("5,200" covers 5,150–5,250, "61" covers 60.5–61.5).
    A bound converts its number ("up to 96mph (154km/h)": 96mph is 154.5km/h);
    an approximate or ranged amount ("about 38mph") converts as the interval it is.

    Temperatures convert with an offset, and only the text tells whether a
    figure is a reading ("a high of 30C (86F)": °F = °C × 9/5 + 32) or a
    difference ("warmed by 1.5C (2.7F)": °F = °C × 9/5). ``reading`` says
    which; ``either`` accepts both. A percentage has no meaning on a scale
    with an offset, so a temperature is held to its rounding alone: the amount
    as printed, converted, must meet the bracket's figure as printed.

    Examples:
        - name: miles an hour in kilometres an hour
          text: "Gusts reached 38mph (61km/h) on the coast."
          claims:
            mph: {quote: "38mph"}
            kmh: {quote: "61km/h"}
          check: {rule: converted, amount: mph, converted: kmh}
          expect: consistent
        - name: a bracket with the wrong conversion
          text: "The estate covers 12,900 acres (3,200 hectares)."
          claims:
            acres: {quote: "12,900 acres"}
            hectares: {quote: "3,200 hectares"}
          check: {rule: converted, amount: acres, converted: hectares}
          expect: inconsistent
        - name: a bound converts its number
          text: "Gusts of up to 96mph (54km/h) are forecast."
          claims:
            mph: {quote: "up to 96mph"}
            kmh: {quote: "54km/h"}
          check: {rule: converted, amount: mph, converted: kmh}
          expect: inconsistent
        - name: a temperature reading
          text: "The city recorded a high of 34.7C (94.5F) on Monday."
          claims:
            c: {quote: "34.7C"}
            f: {quote: "94.5F"}
          check: {rule: converted, amount: c, converted: f, options: {reading: level}}
          expect: consistent
        - name: a reading converted as if it were a difference
          text: "The city recorded a high of 20C (36F) on Monday."
          claims:
            c: {quote: "20C"}
            f: {quote: "36F"}
          check: {rule: converted, amount: c, converted: f, options: {reading: level}}
          expect: inconsistent
        - name: a rise in temperature converts without the offset
          text: "The region has warmed by 1.5C (2.7F) since 1900."
          claims:
            c: {quote: "1.5C"}
            f: {quote: "2.7F"}
          check: {rule: converted, amount: c, converted: f, options: {reading: difference}}
          expect: consistent
    """

    name = "converted"
    family = "conversions"
    summary = "a measure restated in other units holds the exact conversion"
    formula = (
        "amount in the converted unit ∈ converted, as rounded; "
        "°F = °C × 9/5 + 32 for a reading, × 9/5 for a difference"
    )
    inputs = (
        Input("amount", "the measure as first stated"),
        Input("converted", "the same measure in other units"),
    )
    options = (
        Option("tolerance", "how far, in percent, a rounded conversion may be off", 5),
        Option(
            "reading",
            "for temperatures: a reading (with the offset), a difference, or either",
            "either",
            ("level", "difference", "either"),
        ),
    )
    subject = "converted"

    def check(
        self, figures: Mapping[str, FigureInput], options: Mapping[str, Any], context: Context
    ) -> Iterable[Verdict]:
        """Convert the amount exactly and overlap it with the converted figure as rounded."""
        amount, converted = _amount_and_conversion(figures)
        if temperature_conversion(amount.unit, converted.unit) is not None:
            yield self._temperature(amount, converted, options.get("reading", "either"))
            return
        if not same_dimension(amount.unit, converted.unit):
            raise RuleError(
                f"{amount.text!r} and {converted.text!r} measure different things",
                hint="give two figures of one quantity in two units",
            )
        if is_currency(amount.unit) or not amount.unit.dimensionality:
            raise RuleError(
                f"{amount.text!r} is no measure in units",
                hint="converted checks lengths, weights, speeds, areas; for money, known_rate",
            )
        factor = conversion_factor(amount.unit, converted.unit)
        # the bracket converts the number as printed ("38mph" is 61.16km/h, "up to 96mph"
        # is up to 154.5km/h), unless an approximation or a range makes the amount itself
        # an interval ("about 38mph")
        exact = _as_printed(amount, converted) * factor
        tolerance = _tolerance(options, 5)
        printed = widen_rate(_printed(converted, _number(converted)), 2 * tolerance)
        yield judged(
            exact.overlaps(printed),
            f"{amount.text} is {show(exact, converted.unit)}; the text gives "
            f'"{converted.text}", which as rounded, give or take {tolerance * 100}%, is '
            f"{show(printed, converted.unit)}",
            [("amount", amount), ("converted", converted)],
            explanation=f"{amount.text} = {show(exact, converted.unit)}\n"
            f"{converted.text} as rounded, give or take {tolerance * 100}%: "
            f"{show(printed, converted.unit)}",
        )

    @staticmethod
    def _temperature(amount: Figure, converted: Figure, reading: str) -> Verdict:
        """A temperature against its conversion, as a reading, a difference or either."""
        # both as printed: a bracket converts the reading before it was rounded, so the
        # amount's own rounding is part of what the conversion may be
        source = _number(amount)
        printed = _printed(converted, _number(converted))
        readings = ("level", "difference") if reading == "either" else (reading,)
        lines, fits = [], False
        for kind in readings:
            scale_offset = temperature_conversion(
                amount.unit, converted.unit, difference=kind == "difference"
            )
            assert scale_offset is not None  # (the caller checked both are temperatures)
            scale, offset = scale_offset
            exact = source * scale + offset
            fits = fits or exact.overlaps(printed)
            word = "a reading" if kind == "level" else "a difference"
            lines.append(f"{amount.text} as {word} is {show(exact, converted.unit)}")
        return judged(
            fits,
            "; ".join(lines) + f'; the text gives "{converted.text}", which as rounded is '
            f"{show(printed, converted.unit)}",
            [("amount", amount), ("converted", converted)],
            explanation="\n".join(
                [*lines, f"{converted.text} as rounded: {show(printed, converted.unit)}"]
            ),
        )


#: Hedges that state a bound: the bracket after one converts its number.
_BOUNDS = frozenset({Hedge.MORE_THAN, Hedge.AT_LEAST, Hedge.UP_TO, Hedge.LESS_THAN, Hedge.NEARLY})


def _number(figure: Figure) -> Interval:
    """The number a figure prints, as rounded: a bound's own number ("up to 96mph" is
    95.5–96.5), a plain figure's interval, an approximation's or a range's whole one."""
    if figure.hedge in _BOUNDS and figure.value is not None and figure.precision is not None:
        half = figure.precision / 2
        return Interval.closed(figure.value - half, figure.value + half)
    return figure.interval


def _as_printed(amount: Figure, converted: Figure) -> Interval:
    """What a bracket converts: the amount's number exactly as printed when it is plain
    or a bound the bracket shares ("up to 96mph (154km/h)"), else its interval."""
    if amount.value is not None and (
        amount.hedge in (Hedge.EXACT, Hedge.ROUNDED)
        or (
            amount.hedge in _BOUNDS
            and converted.hedge in (amount.hedge, Hedge.EXACT, Hedge.ROUNDED)
        )
    ):
        return Interval.point(amount.value)
    return amount.interval


#: Units of each currency a US dollar has bought since 1971 (the end of fixed rates; the
#: euro since 1999), lowest and highest, each widened by a quarter so that a day's
#: extreme or a rounded rate stays inside: the pound went from $2.65 (1972) to $1.04
#: (1985, 2022), the yen from 360 (1971) to 76 (2011), the euro from $0.83 (2000) to
#: $1.60 (2008). A conversion outside is a slip of scale, not a rate.
def _seen(lowest: Fraction, highest: Fraction) -> tuple[Fraction, Fraction]:
    """A currency's lowest and highest units per dollar, widened by a quarter each way."""
    return lowest * Fraction(3, 4), highest * Fraction(5, 4)


_PER_DOLLAR: dict[str, tuple[Fraction, Fraction]] = {
    "USD": (Fraction(1), Fraction(1)),
    "GBP": _seen(Fraction(37, 100), Fraction(97, 100)),
    "EUR": _seen(Fraction(62, 100), Fraction(121, 100)),
    "JPY": _seen(Fraction(75), Fraction(360)),
    "CHF": _seen(Fraction(73, 100), Fraction(432, 100)),
    "CAD": _seen(Fraction(92, 100), Fraction(161, 100)),
    "AUD": _seen(Fraction(67, 100), Fraction(207, 100)),
    "NZD": _seen(Fraction(70, 100), Fraction(255, 100)),
    "HKD": _seen(Fraction(46, 10), Fraction(96, 10)),
    "SGD": _seen(Fraction(12, 10), Fraction(31, 10)),
    "CNY": _seen(Fraction(15, 10), Fraction(87, 10)),
}


def known_rates(source: str, target: str) -> Interval | None:
    """The rates (``target`` per ``source``) the two currencies have had since 1971,
    widened, or ``None`` for a currency without a record here."""
    a, b = _PER_DOLLAR.get(source), _PER_DOLLAR.get(target)
    if a is None or b is None:
        return None
    return Interval.closed(b[0] / a[1], b[1] / a[0])


@register
class KnownRate(CheckedRule):
    """A currency conversion uses a rate its two currencies have had.

    Between major currencies (the dollar, pound, euro, yen, Swiss franc,
    Canadian, Australian, New Zealand, Hong Kong and Singapore dollars, and
    the yuan) the rate has stayed within bounds since 1971; the rule holds
    each conversion to those bounds, widened by a quarter at each end. That
    is loose for a rate (it cannot tell 0.53 from 0.60 pounds to the dollar)
    but finds a slip of scale: "$4.2bn (£22.5bn)", "$1.8 billion (£9.4
    million)". For conversions of one text against each other, see
    ``same_rate``.

    Examples:
        - name: a rate the pound has had against the dollar
          text: "The group paid $4.2bn (£2.25bn) for the maker."
          claims:
            price: {quote: "$4.2bn"}
            pounds: {quote: "£2.25bn"}
          check: {rule: known_rate, amount: price, converted: pounds}
          expect: consistent
        - name: a slip of scale in a conversion
          text: "The group paid $4.2bn (£22.5bn) for the maker."
          claims:
            price: {quote: "$4.2bn"}
            pounds: {quote: "£22.5bn"}
          check: {rule: known_rate, amount: price, converted: pounds}
          expect: inconsistent
    """

    name = "known_rate"
    family = "conversions"
    summary = "a currency conversion uses a rate its two currencies have had"
    formula = "converted / amount within the pair's rates since 1971"
    inputs = (
        Input("amount", "the amount as first stated"),
        Input("converted", "the amount converted into another currency"),
    )
    subject = "converted"

    def check(
        self, figures: Mapping[str, FigureInput], options: Mapping[str, Any], context: Context
    ) -> Iterable[Verdict]:
        """Divide the conversion by the amount and compare with the pair's known rates."""
        amount, converted = _amount_and_conversion(figures)
        source, target = unit_name(amount.unit), unit_name(converted.unit)
        known = known_rates(source, target)
        if known is None or source == target:
            raise RuleError(
                f"no record of rates from {source or 'a number'} to {target or 'a number'}",
                hint="known_rate knows the dollar, pound, euro, yen, Swiss franc, the "
                "Canadian, Australian, New Zealand, Hong Kong and Singapore dollars and the yuan",
            )
        rate = rate_of(amount, converted)
        if rate is None:
            raise RuleError(
                f"{amount.text!r} and {converted.text!r} give no rate",
                hint="give positive amounts with both ends known",
            )
        unit = f"{target} per {source}"
        yield judged(
            rate.overlaps(known),
            f"{amount.text} → {converted.text} uses {show(rate, unit)}; the two currencies "
            f"have been at {show(known, unit)} since 1971 (widened)",
            [("amount", amount), ("converted", converted)],
            explanation=f"{amount.text} → {converted.text}: {show(rate, unit)}\n"
            f"known since 1971, widened by a quarter: {show(known, unit)}",
        )
