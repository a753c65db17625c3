"""Shares: a part of a whole, and whether a percentage of n people can exist at all."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from fractions import Fraction
from typing import Any

from factcheck.errors import RuleError
from factcheck.figures import Figure, Hedge
from factcheck.intervals import Interval
from factcheck.rules._common import (
    CheckedRule,
    describe,
    divide,
    gather,
    given,
    implied_value,
    integers_in,
    interval_value,
    is_count,
    judged,
    one,
    overlaps_any,
    places_for,
    says,
    show,
    solved,
)
from factcheck.rules.base import Context, FigureInput, Input, Option, Verdict
from factcheck.rules.registry import register
from factcheck.units import unit_text

__all__ = ["PercentOfN", "Share"]

_FORMULA = "share = part / whole × 100"


def _of_a_whole_count(stated: Interval, share: Figure, whole: Figure) -> Interval:
    """A fraction word's share of a whole count, widened to one count either side.

    "433 of the 650 seats, or two-thirds": things that come whole cannot be
    two-thirds of 650 exactly, so the word is said of the nearest count; a share
    in digits ("66.6%") keeps its own rounding.
    """
    exact_word = (
        share.hedge is Hedge.EXACT
        and not any(ch.isdigit() for ch in share.text)
        and unit_text(share.unit) == "dimensionless"
    )
    if not exact_word or whole.hedge is not Hedge.EXACT or not is_count(whole):
        return stated
    if whole.value is None or whole.value <= 0 or stated.low is None or stated.high is None:
        return stated
    step = Fraction(100) / whole.value
    return Interval.closed(stated.low - step, stated.high + step)


@register
class Share(CheckedRule):
    """A stated share matches its part and its whole.

    The rule recomputes ``part / whole × 100`` exactly on every value the
    part and the whole allow (the part is converted to the whole's unit) and
    the claim is consistent when the stated share's interval holds some
    recomputed value. The share may be printed as a percent ("38%") or as a
    fraction word ("a quarter", "two-thirds"): both are converted exactly,
    except that a fraction word of a whole count holds within one count of
    that whole either side ("433 of the 650 seats, or two-thirds": the word is
    said of the nearest count). A whole that can only be 0 is undetermined.
    With one of the three left out the rule solves for it; an implied part or
    whole that counts things is given as whole numbers.

    Examples:
        - name: 11 of 34 provinces is 32%
          text: "The council controls 11 of the country's 34 provinces, or 32%."
          claims:
            part: {quote: "11"}
            whole: {quote: "34"}
            share: {quote: "32%"}
          check: {rule: share, part: part, whole: whole, share: share}
          expect: consistent
        - name: 19 of 34 provinces is not a third
          text: "The council controls 19 of the country's 34 provinces, a third of them."
          claims:
            part: {quote: "19"}
            whole: {quote: "34"}
            share: {quote: "a third"}
          check: {rule: share, part: part, whole: whole, share: share}
          expect: inconsistent
        - name: 433 of 650 seats is two-thirds, to the nearest seat
          text: "Of the 650 seats, 433 went to the coalition, or two-thirds."
          claims:
            part: {quote: "433"}
            whole: {quote: "650"}
            share: {quote: "two-thirds"}
          check: {rule: share, part: part, whole: whole, share: share}
          expect: consistent
        - name: 25% of 7,177 implies the part
          text: "25% of the 7,177 incidents were in the south."
          claims:
            whole: {quote: "7,177"}
            share: {quote: "25%"}
          check: {rule: share, whole: whole, share: share}
          expect: undetermined
          implied: "1,759–1,830"
    """

    name = "share"
    family = "shares"
    summary = "a stated share equals part / whole"
    formula = _FORMULA
    inputs = (
        Input("part", "the part", optional=True),
        Input("whole", "the whole it is a part of", optional=True),
        Input("share", "the stated share (a percent or a fraction)", optional=True),
    )
    subject = "share"

    def check(
        self, figures: Mapping[str, FigureInput], options: Mapping[str, Any], context: Context
    ) -> Iterable[Verdict]:
        """Recompute the share, or solve for the figure left out."""
        found, _ = gather(figures, ("part", "whole", "share"))
        part, whole, share = found["part"], found["whole"], found["share"]
        pairs = given(found)
        stated = None if share is None else share.amount.to("percent").interval
        if stated is not None and share is not None and whole is not None:
            stated = _of_a_whole_count(stated, share, whole)
        if part is not None and whole is not None:
            ratios = [r * 100 for r in divide(part.amount.to(whole.unit).interval, whole.interval)]
            shown = describe(ratios, "percent", places_for(share))
            if not ratios:
                yield solved(
                    f"a share of {whole.text} is undefined: the whole is 0",
                    pairs,
                    (),
                    explanation=f"{_FORMULA}\nwhole = 0, so the division has no answer",
                )
            elif share is None or stated is None:
                yield solved(
                    f"{part.text} of {whole.text} is {shown}",
                    pairs,
                    tuple(interval_value("implied share", r, "percent") for r in ratios),
                    explanation=f"{_FORMULA} = {shown}",
                )
            else:
                yield judged(
                    overlaps_any(ratios, stated),
                    f"{part.text} of {whole.text} is {shown}; the article says {says(share)}",
                    pairs,
                    recomputed=tuple(
                        interval_value("recomputed share", r, "percent") for r in ratios
                    ),
                    explanation=f"{_FORMULA}\n= {part.text} / {whole.text} × 100 = {shown}\n"
                    f"stated: {show(stated, 'percent')}",
                    reading_text=f'"{share.text}" read as {show(stated, "percent")}',
                )
            return
        assert stated is not None
        fraction = stated / 100
        if part is None:
            assert whole is not None
            pieces, role, unit, base = [whole.interval * fraction], "part", whole.unit, whole
        else:
            pieces, role, unit, base = divide(part.interval, fraction), "whole", part.unit, part
        value, _ = implied_value(f"implied {role}", pieces, unit, count=is_count(base))
        yield solved(
            f"{', '.join(says(f) for _, f in pairs)} imply {role} {value.text}",
            pairs,
            (value,),
            explanation=f"{_FORMULA}\nsolved for {role}: {value.text}",
        )


def _possible_counts(share: Interval, n: int) -> tuple[int | None, int | None]:
    """The first and last whole k with k / n × 100 inside ``share``."""
    return integers_in(share * Fraction(n, 100))


def _neighbours(share: Interval, n: int) -> str:
    """The two fractions k/n that sit either side of ``share``, for the message."""
    # The first known of midpoint, low and high: "more than 0%" has only a low
    # end, and it is 0, which must not count as missing.
    centre = next((v for v in (share.midpoint, share.low, share.high) if v is not None), 0)
    below = max(0, min(n, int(centre * n / 100)))
    parts = []
    for k in sorted({below, min(n, below + 1)}):
        parts.append(f"{k}/{n} = {show(Interval.point(Fraction(100 * k, n)), 'percent', 1)}")
    return " and ".join(parts)


@register
class PercentOfN(CheckedRule):
    """A percentage of a whole number of things can exist (the GRIM test).

    A share of ``n`` counted things must be ``k / n`` for some whole ``k``
    between 0 and ``n``. The rule looks for such a ``k`` whose exact share
    lies inside the stated percent's interval: 38% of 23 people would be
    8.74 people, and neither 8/23 = 34.8% nor 9/23 = 39.1% rounds to 38%, so
    the claim is inconsistent. When ``n`` is itself a range every whole ``n``
    in it is tried (a range wide enough always has one); an unbounded ``n``
    is undetermined.

    Examples:
        - name: 38% of 23 people cannot exist
          text: "Of the 23 people asked, 38% said yes."
          claims:
            n: {quote: "23"}
            share: {quote: "38%"}
          check: {rule: percent_of_n, n: n, share: share}
          expect: inconsistent
        - name: 39% of 23 people is 9 of them
          text: "Of the 23 people asked, 39% said yes."
          claims:
            n: {quote: "23"}
            share: {quote: "39%"}
          check: {rule: percent_of_n, n: n, share: share}
          expect: consistent
        - name: 38% of more than 20 people is not decided
          text: "Of more than 20 people asked, 38% said yes."
          claims:
            n: {quote: "more than 20"}
            share: {quote: "38%"}
          check: {rule: percent_of_n, n: n, share: share}
          expect: undetermined
    """

    name = "percent_of_n"
    family = "shares"
    summary = "a stated percent of n things is k/n for some whole k"
    formula = "∃ k ∈ {0, …, n}: k / n × 100 ∈ share"
    inputs = (
        Input("n", "how many things the share is of"),
        Input("share", "the stated share (a percent)"),
    )
    options = (Option("max_n", "largest number of wholes n to try when n is a range", 100000),)
    subject = "share"

    def check(
        self, figures: Mapping[str, FigureInput], options: Mapping[str, Any], context: Context
    ) -> Iterable[Verdict]:
        """Search the whole n in range for a whole k whose share fits."""
        count, share = one(figures, "n"), one(figures, "share")
        if count is None or share is None:
            raise RuleError("the check needs both 'n' and 'share'")
        stated = share.amount.to("percent").interval
        first_n, last_n = integers_in(count.interval.clamp_nonnegative())
        pairs: list[tuple[str, Figure]] = [("n", count), ("share", share)]
        if first_n is None or last_n is None:
            yield solved(
                f"{says(count)} is unbounded, so whether {share.text} of it can exist "
                "is not decided",
                pairs,
                (),
                explanation="k / n × 100 must equal the share for a whole k; n has no upper end",
                subject="n",
            )
            return
        limit = int(options.get("max_n", 100000))
        first_n = max(first_n, 1)
        found = _search(stated, first_n, last_n, limit)
        if found is None and last_n - first_n >= limit:
            yield solved(
                f"{says(count)} spans too many whole numbers to try",
                pairs,
                (),
                explanation=f"more than {limit} values of n",
            )
            return
        if found is not None:
            n, k = found
            head = (
                f"{k} of {n} is {show(Interval.point(Fraction(100 * k, n)), 'percent', 1)}, "
                f"which fits {says(share)}"
            )
        else:
            n = first_n
            head = f"no whole number of {says(count)} is {says(share)}: {_neighbours(stated, n)}"
        yield judged(
            found is not None,
            head,
            pairs,
            explanation="k = share × n / 100 must be a whole number\n"
            f"share: {show(stated, 'percent')}",
        )


def _search(share: Interval, first_n: int, last_n: int, limit: int) -> tuple[int, int] | None:
    """The first ``(n, k)`` with ``k / n`` inside ``share``, trying at most ``limit`` n."""
    for n in range(first_n, min(last_n, first_n + limit) + 1):
        k_first, k_last = _possible_counts(share, n)
        k_first = max(k_first if k_first is not None else 0, 0)
        k_last = min(k_last if k_last is not None else n, n)
        if k_first <= k_last:
            return n, k_first
    return None
