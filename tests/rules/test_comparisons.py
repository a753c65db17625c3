"""compare and compatible."""

from __future__ import annotations

import operator
from collections.abc import Callable
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.figures import Figure
from factcheck.findings import Severity, Status

from .rule_helpers import exact, run, status

OK, BAD, OPEN = Status.CONSISTENT, Status.INCONSISTENT, Status.UNDETERMINED
OPS: dict[str, Callable[[int, int], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    "=": operator.eq,
    ">=": operator.ge,
    ">": operator.gt,
    "!=": operator.ne,
}


@given(st.integers(-50, 50), st.integers(-50, 50), st.sampled_from(sorted(OPS)))
def test_exact_points_follow_arithmetic(a: int, b: int, op: str) -> None:
    expected = OK if OPS[op](a, b) else BAD
    assert status("compare", {"op": op}, a=exact(a), b=exact(b)) is expected


@given(
    st.integers(-50, 50),
    st.integers(0, 10),
    st.integers(-50, 50),
    st.integers(0, 10),
    st.sampled_from(sorted(OPS)),
)
def test_intervals_are_compared_by_brute_force(a: int, wa: int, b: int, wb: int, op: str) -> None:
    fa, fb = Figure("a", a, a + wa), Figure("b", b, b + wb)
    # Half-steps suffice for closed integer-ended intervals.
    left = [Fraction(a * 2 + i, 2) for i in range(2 * wa + 1)]
    right = [Fraction(b * 2 + i, 2) for i in range(2 * wb + 1)]
    ops = {**OPS}
    expected = OK if any(ops[op](x, y) for x in left for y in right) else BAD  # type: ignore[arg-type]
    assert status("compare", {"op": op}, a=fa, b=fb) is expected


@given(st.integers(0, 100), st.integers(0, 20), st.integers(0, 100), st.integers(0, 20))
def test_compatible_is_symmetric(a: int, wa: int, b: int, wb: int) -> None:
    fa, fb = Figure("a", a, a + wa), Figure("b", b, b + wb)
    assert status("compatible", a=fa, b=fb) is status("compatible", a=fb, b=fa)


def test_seed_prisoners() -> None:
    released = Figure("more than 5,000", 5000, None, False, False, hedge="more_than")
    allowed = Figure("up to 5,000", 0, 5000, hedge="up_to")
    verdict = run("compatible", a=released, b=allowed)
    assert verdict.status is BAD
    assert "no value satisfies both" in verdict.message
    at_least = Figure("at least 5,000", 5000, None, True, False, hedge="at_least")
    assert status("compatible", a=at_least, b=allowed) is OK


def test_unicode_operators() -> None:
    assert status("compare", {"op": "≤"}, a=exact(5), b=exact(5)) is OK
    assert status("compare", {"op": "≠"}, a=exact(5), b=exact(5)) is BAD


@pytest.mark.parametrize("rule", ["compare", "compatible"])
def test_unit_mismatch(rule: str) -> None:
    verdict = run(rule, a=exact(5, "percent"), b=exact(5, "percentage_point"))
    assert verdict.status is OPEN
    assert verdict.severity is Severity.ERROR


def test_units_convert() -> None:
    assert status("compatible", a=exact(1, "km"), b=exact(1000, "m")) is OK
