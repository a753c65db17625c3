"""sum_equals, sum_at_most and count_items."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from factcheck.figures import Figure
from factcheck.findings import Severity, Status

from .rule_helpers import exact, rounded, run, status

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


@given(st.integers(1, 12), st.integers(1, 12))
def test_a_rank_is_one_more_than_the_names_ahead(rank: int, ahead: int) -> None:
    names = {"items": [f"name {i}" for i in range(ahead)], "ranked": True}
    expected = OK if rank == ahead + 1 else BAD
    assert status("count_items", names, count=exact(rank)) is expected
    # without "ranked" the same figure counts the names themselves
    assert status("count_items", {"items": names["items"]}, count=exact(rank)) is (
        OK if rank == ahead else BAD
    )


def test_count_items_without_items_is_an_error_verdict() -> None:
    from factcheck.engine import evaluate
    from factcheck.rules import Context, get_rule

    (verdict,) = evaluate(get_rule("count_items"), {"count": exact(4)}, {}, Context())
    assert verdict.status is OPEN


@given(st.integers(1, 10**5), st.integers(1, 10**6), st.integers(-3, 3))
def test_product_matches_arithmetic(count: int, each: int, slack: int) -> None:
    total = count * each + slack
    expected = OK if slack == 0 else BAD
    verdict = status(
        "product", count=exact(count), each=exact(each, "USD"), total=exact(total, "USD")
    )
    assert verdict is expected


@given(st.integers(1, 999), st.integers(10, 999))
def test_rounded_product_contains_the_exact_one(count: int, each: int) -> None:
    # a rounded amount each (e.g. "$1.2m") allows every total within half a unit per thing
    price = rounded(f"{each / 10:.1f}", "USD")
    total = exact(Fraction(count * each, 10), "USD")
    assert status("product", count=exact(count), each=price, total=total) is OK


def test_product_with_an_open_count() -> None:
    more_than = Figure("more than 800,000", 800_000, None, False, False, hedge="more_than")
    each = rounded("52", "GBP")
    assert status("product", count=more_than, each=each, total=rounded("42000000", "GBP")) is OK
    assert status("product", count=more_than, each=each, total=rounded("25000000", "GBP")) is BAD


def test_product_implies_the_total() -> None:
    implied = run("product", count=exact(50), each=exact(120_000_000, "USD")).implied[0]
    assert implied.low == implied.high == "6000000000"


def test_product_count_must_count_things() -> None:
    verdict = run(
        "product", count=exact(50, "USD"), each=exact(120, "USD"), total=exact(6000, "USD")
    )
    assert verdict.status is OPEN
    assert verdict.severity is Severity.ERROR
