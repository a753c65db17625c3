"""within: values and their sum inside a range."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from factcheck.figures import Figure
from factcheck.findings import Severity, Status

from .rule_helpers import exact, run, status

OK, BAD, OPEN = Status.CONSISTENT, Status.INCONSISTENT, Status.UNDETERMINED
MILLION = 1_000_000


def between(low: int, high: int, unit: str = "USD") -> Figure:
    return Figure(f"between {low} and {high}", low, high, unit=unit, hedge="between")


def test_seed_sectors_inside_the_income_range() -> None:
    income = between(300 * MILLION, 1600 * MILLION)
    sector = Figure("about $460 million", 414 * MILLION, 506 * MILLION, unit="USD", hedge="about")
    verdict = run("within", {"sum": True}, value=(sector, sector), range=income)
    assert verdict.status is OK
    assert "sum" in verdict.explanation


def test_sum_outside_the_range() -> None:
    income = between(300 * MILLION, 1600 * MILLION)
    sector = exact(900 * MILLION, "USD")
    assert status("within", value=(sector, sector), range=income) is OK
    verdict = run("within", {"sum": True}, value=(sector, sector), range=income)
    assert verdict.status is BAD
    assert "their sum" in verdict.message


@given(st.integers(0, 1000), st.integers(0, 1000), st.integers(-100, 1100))
def test_exact_value_inside_exactly_when_between_the_ends(a: int, b: int, x: int) -> None:
    low, high = min(a, b), max(a, b)
    expected = OK if low <= x <= high else BAD
    assert status("within", value=exact(x), range=between(low, high, "")) is expected


@given(st.integers(1, 1000), st.fractions(0, 1, max_denominator=10))
def test_open_range_end_excludes_its_bound(high: int, fraction: Fraction) -> None:
    below = Figure("under", 0, high, True, False)
    assert status("within", value=exact(high), range=below) is BAD
    expected = OK if fraction < 1 else BAD
    assert status("within", value=exact(high * fraction), range=below) is expected


def test_unbounded_range() -> None:
    more_than = Figure("more than 5,000", 5000, None, False, False)
    assert status("within", value=exact(10**9), range=more_than) is OK
    assert status("within", value=exact(5000), range=more_than) is BAD


def test_unit_mismatch() -> None:
    verdict = run("within", value=exact(5, "people"), range=between(1, 10))
    assert verdict.status is OPEN
    assert verdict.severity is Severity.ERROR
