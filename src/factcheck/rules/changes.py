"""Changes between two figures: percent change, percentage-point change, multiples.

A change is read the way it is printed: a figure with ``%`` is a relative
change, one in percentage points (or "points") is a difference of shares, and
one in any other unit (people, dollars) is a plain difference. When the two
figures are themselves shares, the other reading is worked out too, and the
message says so when it would rescue or sink the claim — "from 40% to 50%, a
10% increase" is the classic confusion: 10 points, or 25%.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, ClassVar

import attrs

from factcheck._repr import fields_repr
from factcheck.errors import RuleError
from factcheck.figures import Amount, Figure, Kind, Trend
from factcheck.findings import Status
from factcheck.intervals import Interval
from factcheck.rules._common import (
    CheckedRule,
    divide,
    figure_value,
    gather,
    given,
    implied_value,
    interval_value,
    is_count,
    judged,
    nonzero_pieces,
    one,
    overlaps_any,
    places_for,
    reading,
    says,
    show,
    signed,
    solved,
    stated_values,
    verdict_of,
)
from factcheck.rules.base import Context, FigureInput, Input, Option, Verdict
from factcheck.rules.comparisons import ordered
from factcheck.rules.registry import register
from factcheck.units import dimensionless, is_percent, is_percentage_point, same_dimension

__all__ = ["Direction", "MarketMove", "Multiple", "PercentChange", "PointChange"]

_RELATIVE = "relative"
_POINTS = "points"
_ABSOLUTE = "absolute"

_FORMULAS = {
    _RELATIVE: "change = (to − from) / from × 100",
    _POINTS: "change = to − from, in percentage points",
    _ABSOLUTE: "change = to − from",
}
_UNITS = {_RELATIVE: "percent", _POINTS: "percentage_point"}


# Never compared: without eq, attrs compiles no __eq__/__hash__ at import (cold start).
@attrs.frozen(eq=False)
class _Change:
    """The three figures of a change check and the reading the change is taken in."""

    __repr__ = fields_repr

    start: Figure | None
    end: Figure | None
    change: Figure | None
    mode: str
    #: each figure's level, by the figure's id: a check asks for each level several times
    _levels: dict[int, Interval] = attrs.field(factory=dict, init=False, eq=False, repr=False)

    @property
    def reference(self) -> Figure:
        """The figure whose unit the levels are expressed in."""
        figure = self.start or self.end
        assert figure is not None  # callers ensure at most one of the three is missing
        return figure

    def level(self, figure: Figure) -> Interval:
        """A level (from or to) in the unit the reading works in."""
        found = self._levels.get(id(figure))
        if found is None:
            if self.mode == _POINTS:
                found = figure.amount.to("percent").interval
            else:
                found = figure.amount.to(self.reference.unit).interval
            self._levels[id(figure)] = found
        return found

    @property
    def level_unit(self) -> Any:
        """The unit of the levels in this reading."""
        return "percent" if self.mode == _POINTS else self.reference.unit

    @property
    def change_unit(self) -> Any:
        """The unit of the change in this reading."""
        return _UNITS.get(self.mode, self.reference.unit)

    def stated(self) -> Interval:
        """The stated change, signed, in the reading's unit."""
        assert self.change is not None
        amount = Amount(signed(self.change), self.change.unit)
        if self.mode == _POINTS or is_percentage_point(self.change.unit):
            # Points do not convert to anything: in the confused reading
            # (10% read as points, or 10 points read as %) the printed number
            # is taken as it stands.
            return amount.interval
        return amount.to(self.change_unit).interval

    def recomputed(self) -> list[Interval]:
        """The change the two levels imply."""
        assert self.start is not None
        assert self.end is not None
        before, after = self.level(self.start), self.level(self.end)
        if self.mode == _RELATIVE:
            return [(ratio - 1) * 100 for ratio in divide(after, before)]
        return [after - before]

    def solve_start(self) -> list[Interval]:
        """The levels before that the end and the change allow."""
        assert self.end is not None
        after = self.level(self.end)
        if self.mode == _RELATIVE:
            return divide(after, 1 + self.stated() / 100)
        return [after - self.stated()]

    def solve_end(self) -> list[Interval]:
        """The levels after that the start and the change allow."""
        assert self.start is not None
        before = self.level(self.start)
        if self.mode == _RELATIVE:
            return [before * (1 + self.stated() / 100)]
        return [before + self.stated()]


def _mode(change: Figure | None, levels: Sequence[Figure], default: str) -> str:
    """The reading a change is taken in: from its printed unit, else the rule's default."""
    if change is not None:
        if is_percentage_point(change.unit):
            return _POINTS
        if is_percent(change.unit) or str(change.unit) == "per_mille":
            return _RELATIVE
        if not same_dimension(change.unit, dimensionless()):
            return _ABSOLUTE
        # A bare number ("a quarter more", "up 216") takes the rule's own reading.
    if default == _POINTS and not all(is_percent(f.unit) for f in levels):
        return _ABSOLUTE
    return default


def _phrase(pieces: Sequence[Interval], unit: Any, places: int) -> str:
    """``a rise of 27.7%``, ``a fall of 3 percentage points``, ``a change of −2–5%``."""
    if not pieces:
        return "undefined"
    lows = [p.low for p in pieces]
    highs = [p.high for p in pieces]
    if all(lo is not None and lo >= 0 for lo in lows):
        return "a rise of " + " or ".join(show(p, unit, places) for p in pieces)
    if all(hi is not None and hi <= 0 for hi in highs):
        return "a fall of " + " or ".join(show(-p, unit, places) for p in pieces)
    return "a change of " + " or ".join(show(p, unit, places) for p in pieces)


def _zero_base(setup: _Change) -> Verdict:
    """The verdict for a relative change whose base can only be zero."""
    assert setup.start is not None
    return Verdict(
        Status.UNDETERMINED,
        f"a percent change from {setup.start.text} is undefined: the base is 0, and no "
        "percentage of 0 reaches another number",
        stated=(figure_value("stated from", setup.start),),
        reading=reading(setup.start),
        explanation="change = (to − from) / from × 100\nfrom = 0, so the division has no answer",
    )


def _other_reading(setup: _Change) -> tuple[str, bool] | None:
    """For shares, the change worked out in the other reading: (wording, fits the stated figure)."""
    levels = [f for f in (setup.start, setup.end) if f is not None]
    if setup.mode not in (_RELATIVE, _POINTS) or not all(is_percent(f.unit) for f in levels):
        return None
    other = attrs.evolve(setup, mode=_POINTS if setup.mode == _RELATIVE else _RELATIVE)
    stated = other.stated()
    pieces = other.recomputed()
    fits = overlaps_any(pieces, stated)
    return _phrase(pieces, other.change_unit, 1), fits


def _check_full(setup: _Change) -> Verdict:
    """All three figures given: does the recomputed change cover the stated one?"""
    assert setup.start is not None
    assert setup.end is not None
    assert setup.change is not None
    start, end, change = setup.start, setup.end, setup.change
    if setup.mode == _RELATIVE and not nonzero_pieces(setup.level(start)):
        return _zero_base(setup)
    stated = setup.stated()
    pieces = setup.recomputed()
    places = places_for(change)
    status = verdict_of(overlaps_any(pieces, stated))
    phrase = _phrase(pieces, setup.change_unit, places)
    # a stated fall reads as its size, as the recomputed one does: "a fall of £1.15–1.25bn"
    falling = stated.high is not None and stated.high <= 0 and stated.low is not None
    covered = (
        f"a fall of {show(-stated, setup.change_unit)}"
        if falling
        else show(stated, setup.change_unit)
    )
    message = (
        f"{start.text} → {end.text} is {phrase}; the article says {change.text}, "
        f"which covers {covered}"
    )
    lines = [
        _FORMULAS[setup.mode],
        f"from {show(setup.level(start), setup.level_unit)}, "
        f"to {show(setup.level(end), setup.level_unit)}",
        f"recomputed: {phrase}",
        f"stated: {show(stated, setup.change_unit)}",
    ]
    other = _other_reading(setup)
    if other is not None:
        wording, fits = other
        lines.append(f"the other reading: {wording} ({'fits' if fits else 'does not fit'})")
        if status is Status.INCONSISTENT and fits:
            kind = "percent change" if setup.mode == _POINTS else "percentage-point change"
            message += (
                f"; it matches {wording} instead — percent and percentage points are "
                f"confused: a {kind} is what fits"
            )
    return Verdict(
        status,
        f"{message}: {status.value}",
        subject="change",
        stated=stated_values(_roles(setup)),
        recomputed=tuple(interval_value("recomputed change", p, setup.change_unit) for p in pieces),
        reading=f"{reading(change, stated)} as a {setup.mode} change",
        explanation="\n".join(lines),
    )


def _roles(setup: _Change) -> list[tuple[str, Figure]]:
    pairs = [("from", setup.start), ("to", setup.end), ("change", setup.change)]
    return [(role, figure) for role, figure in pairs if figure is not None]


def _check_missing(setup: _Change, missing: str) -> Verdict:
    """One figure left out: solve for it and report the implied value."""
    if missing == "change":
        if setup.mode == _RELATIVE and not nonzero_pieces(setup.level(setup.reference)):
            return _zero_base(setup)
        pieces = setup.recomputed()
        unit = setup.change_unit
        count = False
    elif missing == "from":
        pieces = setup.solve_start()
        unit = setup.level_unit
        count = is_count(setup.reference)
    else:
        pieces = setup.solve_end()
        unit = setup.level_unit
        count = is_count(setup.reference)
    value, shown = implied_value(f"implied {missing}", pieces, unit, count=count)
    known = ", ".join(f"{role} {figure.text}" for role, figure in _roles(setup))
    whole = " (whole numbers, as it counts things)" if count else ""
    if missing != "change" and setup.mode == _RELATIVE and is_percent(setup.reference.unit):
        # "edged up 0.1% to 4.7%": of a rate, a bare "%" change is as often points
        points = attrs.evolve(setup, mode=_POINTS)
        other = points.solve_start() if missing == "from" else points.solve_end()
        assert setup.change is not None
        as_points = implied_value("other", other, unit, count=False)[0].text
        whole += f", or {as_points} if {setup.change.text} is in percentage points"
    return solved(
        f"{known} imply {missing} {value.text}{whole}",
        _roles(setup),
        (value,),
        explanation=f"{_FORMULAS[setup.mode]}\nsolved for {missing}: {show(shown, unit)}",
    )


def _evaluate_change(figures: Mapping[str, FigureInput], default: str) -> Iterable[Verdict]:
    """Shared by percent_change and point_change: the reading decides the arithmetic."""
    found, missing = gather(figures, ("from", "to", "change"))
    levels = [f for f in (found["from"], found["to"]) if f is not None]
    setup = _Change(
        found["from"], found["to"], found["change"], _mode(found["change"], levels, default)
    )
    yield _check_full(setup) if missing is None else _check_missing(setup, missing)


_CHANGE_INPUTS = (
    Input("from", "the earlier figure", optional=True),
    Input("to", "the later figure", optional=True),
    Input("change", "the stated change", optional=True),
)


class _ChangeRule(CheckedRule):
    """What percent_change and point_change share: roles, family and the evaluation."""

    family = "changes"
    inputs = _CHANGE_INPUTS
    subject = "change"
    #: the reading of a change printed without a unit of its own
    default_reading: ClassVar[str] = _RELATIVE

    def check(
        self, figures: Mapping[str, FigureInput], options: Mapping[str, Any], context: Context
    ) -> Iterable[Verdict]:
        """Recompute the change, or solve for the missing figure."""
        return _evaluate_change(figures, self.default_reading)


@register
class PercentChange(_ChangeRule):
    """A stated percent change matches the two figures it is between.

    The rule recomputes ``(to − from) / from × 100`` with exact interval
    arithmetic on every value the stated figures allow, and the claim is
    consistent when some recomputed value lies inside the stated change's
    interval ("28%" covers 27.5–28.5%, accepting rounding half up or down).
    A change that reads as a fall ("fell 20%", a figure with trend ``down``)
    is taken as −20%.

    The printed unit of the change decides the reading: ``%`` is a relative
    change; percentage points are checked as a difference of shares. When the
    two figures are shares, the other reading is worked out as well, and a
    claim that only the other reading fits is inconsistent with a message
    naming the confusion.

    A base that can only be 0 makes the change undefined (undetermined). A
    base that may be 0 or change sign is divided piece by piece, excluding 0,
    so hedged figures such as "up to 5,000" still give exact answers. When
    one of the three figures is left out the rule solves for it and reports
    the implied value; an implied count is given as the whole numbers
    possible (7,177 after a 61% rise implies 4,444–4,471: 4,472 would be a
    60.5% rise).

    Examples:
        - name: a 28% rise from 780 to 996 is consistent
          text: "Killings rose from 780 in 2019 to 996 in 2020, an increase of 28%."
          claims:
            before: {quote: "780"}
            after: {quote: "996"}
            rise: {quote: "28%"}
          check: {rule: percent_change, from: before, to: after, change: rise}
          expect: consistent
        - name: a 30% rise from 780 to 996 is inconsistent
          text: "Killings rose from 780 in 2019 to 996 in 2020, an increase of 30%."
          claims:
            before: {quote: "780"}
            after: {quote: "996"}
            rise: {quote: "30%"}
          check: {rule: percent_change, from: before, to: after, change: rise}
          expect: inconsistent
        - name: a 61% rise to 7,177 implies the earlier figure
          text: "7,177 incidents, a 61% increase over the same period a year earlier."
          claims:
            now: {quote: "7,177"}
            rise: {quote: "61%"}
          check: {rule: percent_change, to: now, change: rise}
          expect: undetermined
          implied: "4,444–4,471"
        - name: from 40% to 50% is a 25% rise, not 10%
          text: "Turnout went from 40% to 50%, a 10% increase."
          claims:
            before: {quote: "40%"}
            after: {quote: "50%"}
            rise: {quote: "10%"}
          check: {rule: percent_change, from: before, to: after, change: rise}
          expect: inconsistent
    """

    name = "percent_change"
    summary = "a stated percent change matches the figures before and after"
    formula = "change = (to − from) / from × 100"
    default_reading = _RELATIVE


@register
class PointChange(_ChangeRule):
    """A stated difference matches the two figures: percentage points for shares.

    The rule recomputes ``to − from``. For two shares (40% and 50%) the
    difference is in percentage points; for other figures (780 and 996
    people) it is a plain difference in their unit. Intervals are subtracted
    exactly, and the claim is consistent when some recomputed value lies
    inside the stated change's interval; a change with trend ``down`` counts
    as negative.

    The printed unit decides the reading, whichever rule checks it: a change
    printed with ``%`` is read as a percent change, because that is how a
    reader takes it. When the levels are shares, the points reading is also
    shown, so "from 40% to 50%, up 10%" is flagged with the note that 10
    points would fit. Missing figures are solved for as in ``percent_change``.

    Examples:
        - name: a 10-point rise from 40% to 50% is consistent
          text: "Turnout went from 40% to 50%, a rise of 10 percentage points."
          claims:
            before: {quote: "40%"}
            after: {quote: "50%"}
            rise: {quote: "10 percentage points"}
          check: {rule: point_change, from: before, to: after, change: rise}
          expect: consistent
        - name: a 5-point rise from 40% to 50% is inconsistent
          text: "Turnout went from 40% to 50%, a rise of 5 percentage points."
          claims:
            before: {quote: "40%"}
            after: {quote: "50%"}
            rise: {quote: "5 percentage points"}
          check: {rule: point_change, from: before, to: after, change: rise}
          expect: inconsistent
        - name: a 10% rise printed for a 10-point rise is flagged
          text: "Turnout went from 40% to 50%, up 10%."
          claims:
            before: {quote: "40%"}
            after: {quote: "50%"}
            rise: {quote: "10%"}
          check: {rule: point_change, from: before, to: after, change: rise}
          expect: inconsistent
        - name: the earlier share is implied by the later one and the points
          text: "Turnout reached 50%, up 10 percentage points."
          claims:
            after: {quote: "50%"}
            rise: {quote: "10 percentage points"}
          check: {rule: point_change, to: after, change: rise}
          expect: undetermined
          implied: "39–41%"
    """

    name = "point_change"
    summary = "a stated difference (percentage points for shares) matches the two figures"
    formula = "change = to − from (percentage points when from and to are shares)"
    default_reading = _POINTS


def _factor(figure: Figure, reading_: str) -> Interval:
    """The multiplier a ratio word stands for ("halved" is ½, "three times more" may be 4)."""
    interval = figure.amount.to("dimensionless").interval
    nonnegative = interval.low is not None and interval.low >= 1
    if figure.trend is Trend.DOWN and nonnegative:
        return Interval.point(1) / interval
    if reading_ == "more" and figure.kind is Kind.MULTIPLE:
        return interval + 1
    return interval


@register
class Multiple(CheckedRule):
    """A ratio word (doubled, halved, n-fold, n times) matches the two figures.

    The rule recomputes ``to / from`` exactly and the claim is consistent
    when the stated factor's interval holds some recomputed value. A factor
    figure with trend ``down`` ("halved", "cut threefold") stands for its
    reciprocal. "Three times more" is read as ×3 by default, the common
    usage; the option ``reading: more`` reads it as ×4 (three times as much
    *more*). A base that can only be 0 is undetermined; one missing figure is
    solved for and reported as implied.

    Examples:
        - name: doubling from 40 to 80 is consistent
          text: "Cases doubled from 40 to 80."
          claims:
            before: {quote: "40"}
            after: {quote: "80"}
            factor: {quote: "doubled"}
          check: {rule: multiple, from: before, to: after, factor: factor}
          expect: consistent
        - name: tripling from 40 to 80 is inconsistent
          text: "Cases tripled from 40 to 80."
          claims:
            before: {quote: "40"}
            after: {quote: "80"}
            factor: {quote: "tripled"}
          check: {rule: multiple, from: before, to: after, factor: factor}
          expect: inconsistent
        - name: a doubling to 80 implies 40 before
          text: "Cases doubled to 80."
          claims:
            after: {quote: "80"}
            factor: {quote: "doubled"}
          check: {rule: multiple, to: after, factor: factor}
          expect: undetermined
          implied: "40"
    """

    name = "multiple"
    family = "changes"
    summary = "a stated multiple (doubled, halved, n-fold) matches the two figures"
    formula = "factor = to / from"
    inputs = (
        Input("from", "the earlier figure", optional=True),
        Input("to", "the later figure", optional=True),
        Input("factor", "the stated multiple", optional=True),
    )
    options = (
        Option(
            "reading",
            "'times': n times = ×n; 'more': n times more = ×(n+1)",
            "times",
            ("times", "more"),
        ),
    )
    subject = "factor"

    def check(
        self, figures: Mapping[str, FigureInput], options: Mapping[str, Any], context: Context
    ) -> Iterable[Verdict]:
        """Recompute the ratio, or solve for the missing figure."""
        found, _ = gather(figures, ("from", "to", "factor"))
        start, end, stated_factor = found["from"], found["to"], found["factor"]
        factor = (
            None
            if stated_factor is None
            else _factor(stated_factor, options.get("reading", "times"))
        )
        known = given(found)
        if start is None or end is None:
            assert factor is not None
            level = end or start
            assert level is not None
            unit = level.unit
            pieces = divide(level.interval, factor) if start is None else [level.interval * factor]
            role = "from" if start is None else "to"
            value, _ = implied_value(f"implied {role}", pieces, unit, count=is_count(level))
            yield solved(
                f"{level.text} and a factor of {show(factor)} imply {role} {value.text}",
                known,
                (value,),
                explanation=f"to = from × factor\nsolved for {role}: {value.text}",
            )
            return
        ratios = divide(end.amount.to(start.unit).interval, start.interval)
        if not ratios:
            yield solved(
                f"a multiple of {start.text} is undefined: the base is 0",
                known,
                (),
                explanation="factor = to / from\nfrom = 0, so the division has no answer",
            )
            return
        shown = " or ".join(show(r, "", 2) for r in ratios)
        if factor is None:
            yield solved(
                f"{end.text} is {shown} times {start.text}",
                known,
                tuple(interval_value("implied factor", r) for r in ratios),
                explanation=f"factor = to / from = {shown}",
            )
            return
        assert stated_factor is not None
        yield judged(
            overlaps_any(ratios, factor),
            f"{end.text} is {shown} times {start.text}; the article's "
            f'"{stated_factor.text}" means ×{show(factor)}',
            known,
            recomputed=tuple(interval_value("recomputed factor", r) for r in ratios),
            reading_text=f'"{stated_factor.text}" read as ×{show(factor)}',
            explanation=f"factor = to / from = {end.text} / {start.text} = {shown}\n"
            f"stated factor: {show(factor)}",
        )


_DIRECTIONS: dict[str, tuple[str, str]] = {
    # trend: (the relation "to ? from" must allow, how to say the stated move)
    "up": (">", "a rise"),
    "down": ("<", "a fall"),
}


@register
class Direction(CheckedRule):
    """A stated direction (up, down) agrees with the levels before and after.

    "Earned $3.7bn, down from $3.8bn" states a fall: the later level must be
    below the earlier one for some values both figures allow. The levels are
    compared exactly after converting ``from`` to ``to``'s unit; rounding
    gives the benefit of the doubt ("down from 4.7% to 4.7%" can be a fall
    of a few hundredths). It catches a base off by a thousand ("A$1.33bn, up
    from A$246bn") and levels written the wrong way round. A stated amount of
    change, when the article gives one, is checked by ``point_change``.

    Examples:
        - name: a fall from $3.8bn to $3.7bn is consistent
          text: "The group earned $3.7bn, down from $3.8bn a year earlier."
          claims:
            before: {quote: "$3.8bn"}
            after: {quote: "$3.7bn"}
          check: {rule: direction, from: before, to: after, options: {trend: down}}
          expect: consistent
        - name: up from a base a thousand times larger is inconsistent
          text: "Revenue reached A$1.33bn, up from A$246bn."
          claims:
            before: {quote: "A$246bn"}
            after: {quote: "A$1.33bn"}
          check: {rule: direction, from: before, to: after, options: {trend: up}}
          expect: inconsistent
    """

    name = "direction"
    family = "changes"
    summary = "a stated rise or fall agrees with the levels before and after"
    formula = "up: to > from; down: to < from"
    inputs = (Input("from", "the earlier level"), Input("to", "the later level"))
    options = (Option("trend", "the stated direction of the move", "up", tuple(_DIRECTIONS)),)
    subject = "to"

    def check(
        self, figures: Mapping[str, FigureInput], options: Mapping[str, Any], context: Context
    ) -> Iterable[Verdict]:
        """Test whether some pair of allowed levels moves the stated way."""
        start, end = one(figures, "from"), one(figures, "to")
        if start is None or end is None:
            raise RuleError("the check needs both 'from' and 'to'", hint="give a claim for each")
        trend = str(options.get("trend", "up"))
        op, move = _DIRECTIONS[trend]
        after, before, possible = ordered(end, start, op)
        verb = "can be" if possible else "cannot be"
        yield judged(
            possible,
            f"{says(start)} to {says(end)} {verb} {move}",
            [("from", start), ("to", end)],
            explanation=f"from = {show(before, end.unit)}\nto = {show(after, end.unit)}\n"
            f"{move} needs to {op} from: {'possible' if possible else 'impossible'}",
        )


@register
class MarketMove(CheckedRule):
    """A move given as an amount and a percent, with the level it ended at, agrees.

    Market reports state one move three ways: "shares closed up 64 pence, or
    6%, at 1130p". The level before the move is the level after it less the
    move (plus it, after a fall): 1130p − 64p = 1066p, and 64 / 1066 = 6.0%,
    inside the 5.5–6.5% that "6%" allows. Everything is exact interval
    arithmetic on the printed figures; the direction comes from ``trend``
    (default: the move's or the percent's own, "up" when neither says).
    Index points are in the index's own unit ("rose 20.54 points, or 0.2%,
    to 10,847.66").

    Examples:
        - name: up 64 pence, or 6%, at 1130p is consistent
          text: "Shares closed up 64 pence, or 6%, at 1130p."
          claims:
            move: {quote: "64 pence"}
            pct: {quote: "6%"}
            close: {quote: "1130p"}
          check: {rule: market_move, move: move, change: pct, to: close}
          expect: consistent
        - name: up 64 pence, or 8%, at 1130p is inconsistent
          text: "Shares closed up 64 pence, or 8%, at 1130p."
          claims:
            move: {quote: "64 pence"}
            pct: {quote: "8%"}
            close: {quote: "1130p"}
          check: {rule: market_move, move: move, change: pct, to: close}
          expect: inconsistent
    """

    name = "market_move"
    family = "changes"
    summary = "a move stated as an amount and a percent agrees with the level it ended at"
    formula = "change = move / (to ∓ move) × 100"
    inputs = (
        Input("move", "the amount of the move"),
        Input("change", "the move as a percent"),
        Input("to", "the level after the move"),
    )
    options = (Option("trend", "the direction of the move", "", ("", *_DIRECTIONS)),)
    subject = "change"

    def check(
        self, figures: Mapping[str, FigureInput], options: Mapping[str, Any], context: Context
    ) -> Iterable[Verdict]:
        """Recompute the percent from the move and the base it implies."""
        move, change, end = one(figures, "move"), one(figures, "change"), one(figures, "to")
        if move is None or change is None or end is None:
            raise RuleError(
                "the check needs 'move', 'change' and 'to'", hint="give a claim for each"
            )
        trend = str(options.get("trend") or "") or ((move.trend or change.trend or Trend.UP).value)
        if is_percentage_point(move.unit) and not is_percent(end.unit):
            amount = move.interval  # index points are in the index's own unit
        else:
            amount = move.amount.to(end.unit).interval
        if amount.high is not None and amount.high < 0:
            amount = -amount  # "-64p" states the size of a fall with its sign
        base = end.interval - amount if trend == "up" else end.interval + amount
        pieces = [piece * 100 for piece in divide(amount, base)]
        stated = change.interval
        if stated.high is not None and stated.high < 0:
            stated = -stated  # "-6%" states the size of a fall with its sign
        shown = " or ".join(show(piece, change.unit, places_for(change)) for piece in pieces)
        sign = "−" if trend == "up" else "+"
        yield judged(
            overlaps_any(pieces, stated),
            f"{move.text} on a base of {end.text} {sign} {move.text} is {shown}; "
            f'the article says "{change.text}"',
            [("move", move), ("change", change), ("to", end)],
            recomputed=tuple(interval_value("recomputed change", p, change.unit) for p in pieces),
            explanation=f"from = to {sign} move = {show(base, end.unit)}\n"
            f"change = move / from × 100 = {shown}\nstated: {show(stated, change.unit)}",
        )
