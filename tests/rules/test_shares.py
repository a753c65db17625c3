"""share and percent_of_n: properties, the GRIM search, zero wholes, units."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from factcheck.figures import Figure
from factcheck.findings import Severity, Status

from .rule_helpers import exact, places, printed, rounded, run, status

OK, BAD, OPEN = Status.CONSISTENT, Status.INCONSISTENT, Status.UNDETERMINED


@st.composite
def part_and_whole(draw: st.DrawFn) -> tuple[int, int]:
    whole = draw(st.integers(1, 10**6))
    return draw(st.integers(0, whole)), whole


@given(part_and_whole(), places)
def test_rounded_share_of_exact_counts_is_consistent(pw: tuple[int, int], digits: int) -> None:
    part, whole = pw
    share = rounded(printed(Fraction(100 * part, whole), digits), "percent")
    assert status("share", part=exact(part), whole=exact(whole), share=share) is OK


@given(
    part_and_whole(),
    st.fractions(0, 100, max_denominator=40),
    st.fractions(0, 5, max_denominator=8),
)
def test_share_decides_by_containment(
    pw: tuple[int, int], centre: Fraction, half: Fraction
) -> None:
    part, whole = pw
    stated = Figure("x%", centre - half, centre + half, unit="percent")
    expected = OK if centre - half <= Fraction(100 * part, whole) <= centre + half else BAD
    assert status("share", part=exact(part), whole=exact(whole), share=stated) is expected


@given(part_and_whole(), places)
def test_implied_part_holds_the_true_part(pw: tuple[int, int], digits: int) -> None:
    part, whole = pw
    share = rounded(printed(Fraction(100 * part, whole), digits), "percent")
    implied = run("share", whole=exact(whole), share=share).implied[0]
    assert implied.low is not None
    assert implied.high is not None
    assert Fraction(implied.low) <= part <= Fraction(implied.high)


def brute_force(n: int, low: Fraction, high: Fraction) -> bool:
    return any(low <= Fraction(100 * k, n) <= high for k in range(n + 1))


@given(st.integers(1, 300), st.integers(0, 100), places)
def test_grim_matches_brute_force(n: int, percent: int, digits: int) -> None:
    stated = rounded(printed(Fraction(percent), digits), "percent")
    assert stated.low is not None
    assert stated.high is not None
    expected = OK if brute_force(n, stated.low, stated.high) else BAD
    assert status("percent_of_n", n=exact(n), share=stated) is expected


@given(st.integers(1, 500), st.data(), places)
def test_grim_accepts_every_true_share(n: int, data: st.DataObject, digits: int) -> None:
    k = data.draw(st.integers(0, n))
    stated = rounded(printed(Fraction(100 * k, n), digits), "percent")
    assert status("percent_of_n", n=exact(n), share=stated) is OK


def test_seed_style_grim_case() -> None:
    verdict = run("percent_of_n", n=exact(23), share=rounded("38", "percent"))
    assert verdict.status is BAD
    assert "8/23 = 34.8%" in verdict.message
    assert "9/23 = 39.1%" in verdict.message


def test_grim_with_a_range_of_n() -> None:
    between = Figure("between 23 and 24", 23, 24, hedge="between")
    assert status("percent_of_n", n=between, share=rounded("38", "percent")) is OK  # 9/24 = 37.5%
    assert (
        status(
            "percent_of_n",
            n=Figure("more than 20", 20, None, False, False),
            share=rounded("38", "percent"),
        )
        is OPEN
    )


def test_share_as_a_fraction_word() -> None:
    third = Figure("a third", Fraction(1, 3), Fraction(1, 3))
    assert status("share", part=exact(10), whole=exact(30), share=third) is OK
    assert status("share", part=exact(19), whole=exact(34), share=third) is BAD


def test_zero_whole_is_undetermined() -> None:
    assert status("share", part=exact(0), whole=exact(0), share=rounded("10", "percent")) is OPEN


def test_share_of_different_things_is_a_unit_error() -> None:
    verdict = run(
        "share", part=exact(5, "USD"), whole=exact(10, "people"), share=rounded("50", "percent")
    )
    assert verdict.status is OPEN
    assert verdict.severity is Severity.ERROR


def test_share_in_points_is_a_unit_error() -> None:
    verdict = run("share", part=exact(5), whole=exact(10), share=exact(50, "percentage_point"))
    assert verdict.status is OPEN
    assert verdict.severity is Severity.ERROR
