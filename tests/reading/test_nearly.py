"""Issue 14: "nearly/almost/just under X" never reaches above X; "just over X" never below."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.figures import Hedge
from factcheck.strategies import printed_numbers
from factcheck.text.parse import parse_figure
from factcheck.text.scanner import find_figures

F = Fraction
NEARLY = ("nearly", "almost", "just under", "just below", "just short of", "not quite")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # the bug: the rounding interval of "3 million" reached 3.5 million
        ("nearly 3 million", F(2_250_000), F(3_000_000)),
        ("almost 3 million", F(2_250_000), F(3_000_000)),
        ("just under $1.6 billion", F(1_395_000_000), F(1_600_000_000)),
        ("nearly 28%", F(2475, 100), F(28)),
        ("almost 5,000", F(4500), F(5000)),
        ("nearly 2.5 km", F(2205, 1000), F(25, 10)),
    ],
)
def test_nearly_stops_below_the_printed_number(text: str, low: Fraction, high: Fraction) -> None:
    figure = parse_figure(text)
    assert figure.hedge is Hedge.NEARLY
    assert (figure.low, figure.high) == (low, high)
    assert figure.low_closed and not figure.high_closed


def test_nearly_a_range_stays_below_its_far_end() -> None:
    figure = parse_figure("almost 8-10 million")
    assert figure.high == 10_000_000
    assert not figure.high_closed


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("just over 3 million", F(3_000_000), F(3_850_000)),
        ("just over 100", F(100), F(110)),
        ("slightly more than 2.5%", F(25, 10), F(2805, 1000)),
    ],
)
def test_just_over_starts_above_the_printed_number(
    text: str, low: Fraction, high: Fraction
) -> None:
    figure = parse_figure(text)
    assert figure.hedge is Hedge.MORE_THAN
    assert (figure.low, figure.high) == (low, high)
    assert not figure.low_closed and figure.high_closed


def test_the_scanner_reads_nearly_the_same_way() -> None:
    [figure] = find_figures("Nearly 3 million people voted.")
    assert figure.high == 3_000_000
    assert not figure.high_closed


def test_nearly_a_vague_plural_keeps_no_upper_bound() -> None:
    figure = parse_figure("nearly hundreds of")
    assert figure.high is None


@given(printed_numbers(max_digits=7), st.sampled_from(NEARLY))
def test_nearly_never_holds_the_printed_value_or_more(
    printed: tuple[str, Fraction, int], hedge: str
) -> None:
    text, value, _ = printed
    figure = parse_figure(f"{hedge} {text}")
    assert figure.high == value
    assert not figure.high_closed
    # and it is still inside "about X": a hedge never shrinks what "about" widens
    about = parse_figure(f"about {text}")
    assert about.low is not None and figure.low is not None
    assert about.low <= figure.low
    assert about.high is not None and figure.high <= about.high


@given(printed_numbers(max_digits=7))
def test_just_over_never_holds_the_printed_value_or_less(
    printed: tuple[str, Fraction, int],
) -> None:
    text, value, _ = printed
    figure = parse_figure(f"just over {text}")
    assert figure.low == value
    assert not figure.low_closed
    assert figure.high is not None and figure.high >= value


@given(printed_numbers(max_digits=6, scales=False), printed_numbers(max_digits=6, scales=False))
def test_nearly_is_monotone_in_the_printed_number(
    a: tuple[str, Fraction, int], b: tuple[str, Fraction, int]
) -> None:
    (ta, va, _), (tb, vb, _) = sorted([a, b], key=lambda p: p[1])
    fa, fb = parse_figure(f"nearly {ta}"), parse_figure(f"nearly {tb}")
    assert fa.high is not None and fb.high is not None
    assert fa.high <= fb.high
    assert va <= vb
