"""sum_equals, sum_at_most and count_items."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.figures import Figure
from factcheck.findings import Severity, Status

from .rule_helpers import exact, run, status

OK, BAD, OPEN = Status.CONSISTENT, Status.INCONSISTENT, Status.UNDETERMINED
counts = st.lists(st.integers(0, 10**6), min_size=1, max_size=6)


def about(value: int, tolerance: int = 10) -> Figure:
    return Figure(
        f"about {value}", value - value // tolerance, value + value // tolerance, hedge="about"
    )


@given(counts)
def test_exact_parts_add_up(parts: list[int]) -> None:
    figures = tuple(exact(p) for p in parts)
    assert status("sum_equals", parts=figures, total=exact(sum(parts))) is OK
    assert status("sum_equals", parts=figures, total=exact(sum(parts) + 1)) is BAD
    implied = run("sum_equals", parts=figures).implied[0]
    assert implied.low == implied.high == str(sum(parts))


@given(counts)
def test_hedged_parts_cover_the_exact_total(parts: list[int]) -> None:
    figures = tuple(about(p) for p in parts)
    assert status("sum_equals", parts=figures, total=exact(sum(parts))) is OK


@given(counts, st.integers(-3, 3))
def test_sum_at_most_matches_arithmetic(parts: list[int], slack: int) -> None:
    total = sum(parts) + slack
    expected = OK if sum(parts) <= total else BAD
    assert (
        status("sum_at_most", parts=tuple(exact(p) for p in parts), total=exact(total)) is expected
    )


def test_sum_at_most_with_open_bounds() -> None:
    fewer_than_30 = Figure("fewer than 30", 0, 30, True, False, hedge="less_than")
    assert status("sum_at_most", parts=(exact(11), exact(19)), total=fewer_than_30) is BAD
    assert status("sum_at_most", parts=(exact(11), exact(18)), total=fewer_than_30) is OK
    unbounded = Figure("more than 5", 5, None, False, False)
    assert status("sum_at_most", parts=(exact(11), exact(19)), total=unbounded) is OK


def test_money_in_two_currencies_is_a_unit_error() -> None:
    verdict = run("sum_equals", parts=(exact(5, "USD"), exact(5, "EUR")), total=exact(10, "USD"))
    assert verdict.status is OPEN
    assert verdict.severity is Severity.ERROR


def test_money_converts_exactly() -> None:
    parts = (exact(460_000_000, "USD"), exact(460_000_000, "USD"))
    assert status("sum_equals", parts=parts, total=exact(920_000_000, "USD")) is OK


def test_count_items() -> None:
    four = exact(4, text="four")
    enumeration = {"enumeration": "cut ties; start talks; prevent a haven; and release prisoners"}
    assert status("count_items", enumeration, count=four) is OK
    assert status("count_items", {"items": ["a", "b", "c"]}, count=four) is BAD
    at_least_three = Figure("at least three", 3, None, True, False)
    assert status("count_items", {"items": ["a", "b", "c", "d"]}, count=at_least_three) is OK
    assert (
        status("count_items", {"enumeration": "a, b, or c", "separator": ","}, count=exact(3)) is OK
    )


def test_count_items_without_items_is_an_error_verdict() -> None:
    from factcheck.engine import evaluate
    from factcheck.rules import Context, get_rule

    (verdict,) = evaluate(get_rule("count_items"), {"count": exact(4)}, {}, Context())
    assert verdict.status is OPEN
