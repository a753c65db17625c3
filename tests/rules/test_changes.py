"""percent_change, point_change and multiple: properties, rounding edges, units."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.figures import Figure
from factcheck.findings import Severity, Status

from .rule_helpers import exact, places, printed, rounded, run, status

OK, BAD, OPEN = Status.CONSISTENT, Status.INCONSISTENT, Status.UNDETERMINED
levels = st.integers(min_value=1, max_value=10**6)


def change_of(a: int, b: int) -> Fraction:
    return Fraction(b - a, a) * 100


# --------------------------------------------------------------- properties
@given(levels, st.integers(min_value=0, max_value=10**6), places)
def test_correctly_rounded_change_is_consistent(a: int, b: int, digits: int) -> None:
    stated = rounded(printed(change_of(a, b), digits), "percent")
    assert status("percent_change", from_=exact(a), to=exact(b), change=stated) is OK


@given(levels, levels, places)
def test_fall_printed_with_trend_down_is_consistent(a: int, b: int, digits: int) -> None:
    change = change_of(a, b)
    stated = rounded(printed(abs(change), digits), "percent", trend="down" if change < 0 else "up")
    assert status("percent_change", from_=exact(a), to=exact(b), change=stated) is OK


@given(
    levels,
    levels,
    st.fractions(min_value=-100, max_value=1000, max_denominator=50),
    st.fractions(min_value=0, max_value=10, max_denominator=20),
)
def test_exact_levels_decide_by_containment(
    a: int, b: int, centre: Fraction, half: Fraction
) -> None:
    stated = Figure("x%", centre - half, centre + half, unit="percent", hedge="rounded")
    expected = OK if centre - half <= change_of(a, b) <= centre + half else BAD
    assert status("percent_change", from_=exact(a), to=exact(b), change=stated) is expected


@given(levels, levels, places, st.integers(min_value=0, max_value=3))
def test_widening_the_levels_never_breaks_a_consistent_claim(
    a: int, b: int, digits: int, slack: int
) -> None:
    stated = rounded(printed(change_of(a, b), digits), "percent")
    wide_a = Figure("a", a - Fraction(slack, 2), a + Fraction(slack, 2)) if slack < a else exact(a)
    wide_b = Figure("b", b - slack, b + slack)
    assert status("percent_change", from_=wide_a, to=wide_b, change=stated) is OK


@given(levels, levels, places)
def test_implied_base_holds_the_true_base(a: int, b: int, digits: int) -> None:
    stated = rounded(printed(change_of(a, b), digits), "percent")
    verdict = run("percent_change", to=exact(b), change=stated)
    assert verdict.status is OPEN
    (implied,) = verdict.implied
    if implied.low is not None and implied.high is not None:
        assert Fraction(implied.low) <= a <= Fraction(implied.high)


@given(st.integers(0, 100), st.integers(0, 100))
def test_point_change_of_exact_shares(a: int, b: int) -> None:
    points = exact(b - a, "percentage_point")
    pa, pb = exact(a, "percent"), exact(b, "percent")
    assert status("point_change", from_=pa, to=pb, change=points) is OK
    assert status("percent_change", from_=pa, to=pb, change=points) is OK


@given(levels, st.integers(2, 10))
def test_multiple_of_exact_levels(a: int, n: int) -> None:
    factor = exact(n, kind="multiple")
    assert status("multiple", from_=exact(a), to=exact(a * n), factor=factor) is OK
    assert status("multiple", from_=exact(a), to=exact(a * n + 1), factor=factor) is BAD


# ------------------------------------------------------------ worked cases
def test_seed_28_percent() -> None:
    verdict = run(
        "percent_change", from_=exact(780), to=exact(996), change=rounded("28", "percent")
    )
    assert verdict.status is OK
    assert "27.7%" in verdict.message
    assert "27.5–28.5%" in verdict.message


def test_seed_61_percent_implies_whole_incidents() -> None:
    verdict = run("percent_change", to=exact(7177), change=rounded("61", "percent"))
    assert verdict.status is OPEN
    assert verdict.implied[0].text == "4,444–4,471"
    assert verdict.implied[0].low == "4444"


@pytest.mark.parametrize(
    ("after", "stated", "expected"),
    [
        ("127.5", "28", OK),  # lower edge of 28% is closed: round half up accepted
        ("128.5", "28", OK),  # upper edge closed too: round half down accepted
        ("127.4", "28", BAD),
        ("128.6", "28", BAD),
        ("126.5", "27", OK),
    ],
)
def test_rounding_edges(after: str, stated: str, expected: Status) -> None:
    result = status(
        "percent_change", from_=exact(100), to=exact(after), change=rounded(stated, "percent")
    )
    assert result is expected


def test_open_edge_excludes_the_bound() -> None:
    more_than_28 = Figure(
        "more than 28%", 28, None, False, False, unit="percent", hedge="more_than"
    )
    assert status("percent_change", from_=exact(100), to=exact(128), change=more_than_28) is BAD
    assert status("percent_change", from_=exact(100), to=exact(129), change=more_than_28) is OK


def test_zero_base_is_undetermined_with_reason() -> None:
    verdict = run("percent_change", from_=exact(0), to=exact(5), change=rounded("10", "percent"))
    assert verdict.status is OPEN
    assert "base is 0" in verdict.message


def test_hedged_base_that_may_be_zero_is_divided_without_zero() -> None:
    up_to = Figure("up to 5,000", 0, 5000, hedge="up_to")
    assert (
        status("percent_change", from_=up_to, to=exact(7177), change=rounded("61", "percent")) is OK
    )
    twenty = rounded("20", "percent")
    assert status("percent_change", from_=up_to, to=exact(7177), change=twenty) is BAD


def test_base_crossing_zero_is_split_exactly() -> None:
    base = Figure("−10 to 10", -10, 10)
    # to = 20: ratios are ≤ −2 or ≥ 2, so changes ≤ −300% or ≥ 100%; 50% fits neither piece.
    fifty, one_fifty = rounded("50", "percent"), rounded("150", "percent")
    assert status("percent_change", from_=base, to=exact(20), change=fifty) is BAD
    assert status("percent_change", from_=base, to=exact(20), change=one_fifty) is OK


def test_negative_change_and_trend() -> None:
    fell = rounded("20", "percent", trend="down")
    assert status("percent_change", from_=exact(100), to=exact(80), change=fell) is OK
    assert status("percent_change", from_=exact(100), to=exact(120), change=fell) is BAD
    message = run("percent_change", from_=exact(100), to=exact(80), change=fell).message
    assert "a fall of 20%" in message


def test_unbounded_levels() -> None:
    more_than = Figure("more than 25,000", 25000, None, False, False, hedge="more_than")
    assert (
        status("percent_change", from_=exact(20000), to=more_than, change=rounded("61", "percent"))
        is OK
    )
    assert (
        status("percent_change", from_=exact(20000), to=more_than, change=rounded("10", "percent"))
        is BAD
    )


def test_percent_points_confusion_is_explained() -> None:
    verdict = run(
        "percent_change",
        from_=exact(40, "percent"),
        to=exact(50, "percent"),
        change=rounded("10", "percent"),
    )
    assert verdict.status is BAD
    assert "10 percentage points" in verdict.message
    assert "25%" in verdict.message


def test_point_change_printed_with_percent_is_read_as_percent() -> None:
    verdict = run(
        "point_change",
        from_=exact(10, "percent"),
        to=exact(11, "percent"),
        change=rounded("10", "percent"),
    )
    assert verdict.status is OK  # 10 → 11 is a 10% rise, as printed
    assert "1 percentage points" in verdict.explanation or "percentage point" in verdict.explanation


def test_point_change_of_counts_is_a_plain_difference() -> None:
    assert status("point_change", from_=exact(780), to=exact(996), change=exact(216)) is OK
    assert status("point_change", from_=exact(780), to=exact(996), change=exact(200)) is BAD


def test_implied_later_level_and_implied_change() -> None:
    later = run("percent_change", from_=exact(780), change=rounded("28", "percent"))
    assert later.implied[0].text == "995–1,002"
    change = run("percent_change", from_=exact(780), to=exact(996))
    assert change.implied[0].text.startswith("27.69")


def test_two_missing_inputs_are_reported_not_raised() -> None:
    verdict = run("percent_change", to=exact(996))
    assert verdict.status is OPEN
    assert verdict.severity is Severity.ERROR


# ---------------------------------------------------------------- units
@pytest.mark.parametrize(
    ("before", "after"),
    [(exact(780, "people"), exact(996, "USD")), (exact(5, "USD"), exact(6, "EUR"))],
)
def test_mismatched_units_are_undetermined_errors(before: Figure, after: Figure) -> None:
    verdict = run("percent_change", from_=before, to=after, change=rounded("28", "percent"))
    assert verdict.status is OPEN
    assert verdict.severity is Severity.ERROR
    assert "cannot" in verdict.message


def test_points_change_of_non_shares_is_a_unit_error() -> None:
    verdict = run(
        "point_change",
        from_=exact(5, "USD"),
        to=exact(6, "USD"),
        change=exact(1, "percentage_point"),
    )
    assert verdict.status is OPEN
    assert verdict.severity is Severity.ERROR


def test_multiple_words() -> None:
    halved = exact(2, kind="multiple", trend="down", text="halved")
    assert status("multiple", from_=exact(80), to=exact(40), factor=halved) is OK
    three_more = exact(3, kind="multiple", text="three times more")
    assert status("multiple", from_=exact(10), to=exact(40), factor=three_more) is BAD
    assert (
        status("multiple", {"reading": "more"}, from_=exact(10), to=exact(40), factor=three_more)
        is OK
    )
    assert status("multiple", from_=exact(0), to=exact(40), factor=three_more) is OPEN


def test_pence_read_as_people_print_them() -> None:
    from factcheck.scan import scan

    (finding,) = scan("Shares rose 5p to 150p from 140p.").findings
    assert "a rise of 10p; the article says 5p, which covers 5p" in finding.message


def test_a_rates_implied_base_names_the_points_reading_too() -> None:
    # "edged up 0.1% to 4.7%": of a rate, a bare "%" change may be points
    verdict = run("percent_change", to=rounded("4.7", "percent"), change=rounded("0.1", "percent"))
    assert verdict.status is OPEN
    assert verdict.implied[0].text == "4.643–4.748%"
    assert "or 4.5–4.7% if 0.1% is in percentage points" in verdict.message
    # an amount's base has one reading
    money = run("percent_change", to=rounded("4.7", "GBP"), change=rounded("10", "percent"))
    assert "percentage points" not in money.message
