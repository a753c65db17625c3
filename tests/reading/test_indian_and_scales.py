"""Issue 14: Indian numbering (lakh, crore, 12,34,567) and scale words the reader does not know."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.errors import FigureError
from factcheck.figures import Hedge
from factcheck.text.parse import parse_figure
from factcheck.text.scanner import find_figures


def indian(n: int) -> str:
    """``n`` grouped the Indian way: the last three digits, then groups of two."""
    digits = str(n)
    if len(digits) <= 3:
        return digits
    head, tail = digits[:-3], digits[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *groups, tail])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("13 lakh", 1_300_000),
        ("1 crore", 10_000_000),
        ("2.5 crore", 25_000_000),
        ("4 lakhs", 400_000),
        ("two lakh people", 200_000),
        ("3 crores", 30_000_000),
    ],
)
def test_lakh_and_crore_are_scale_words(text: str, value: int) -> None:
    figure = parse_figure(text)
    assert figure.value == value
    assert figure.hedge is Hedge.ROUNDED  # rounded at the scale, as "13 million" is


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rs 5.14 lakh crore", 5_140_000_000_000),
        ("Rs 1 lakh crore", 10**12),
        ("50 thousand crore rupees", 500_000_000_000),
        ("Rs 1,200cr", 12_000_000_000),
        ("₹1,200cr", 12_000_000_000),
    ],
)
def test_a_lakh_crore_and_cr_after_rupees(text: str, value: int) -> None:
    figure = parse_figure(text)
    assert figure.value == value
    assert str(figure.unit) == "INR"


def test_cr_is_a_crore_only_after_rupees() -> None:
    # "1,200cr" alone may be anything: no scale is read
    assert parse_figure("1,200").value == 1200
    with pytest.raises(FigureError):
        parse_figure("1,200cr")


def test_lakh_rounds_at_a_lakh() -> None:
    figure = parse_figure("13 lakh")
    assert (figure.low, figure.high) == (1_250_000, 1_350_000)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12,34,567", 1_234_567),
        ("1,00,000", 100_000),
        ("12,34,567.89", Fraction(123456789, 100)),
        ("99,99,99,999", 9_999_99_999),
    ],
)
def test_indian_digit_groups_are_one_number(text: str, value: Fraction) -> None:
    [figure] = find_figures(f"Revenue was {text} rupees.")
    assert figure.value == value


def test_western_groups_still_read() -> None:
    assert parse_figure("1,234,567").value == 1_234_567
    assert [f.value for f in find_figures("the marks were 12,34 and 56")] == [12, 34, 56]


@given(st.integers(1000, 10**15))
def test_indian_grouping_round_trips(n: int) -> None:
    figure = parse_figure(indian(n))
    assert figure.value == n
    assert figure.low == figure.high == n  # a count printed in full is exact


@given(st.integers(1, 999), st.sampled_from(["lakh", "crore"]))
def test_indian_scales_are_monotone_and_hold_the_printed_value(n: int, word: str) -> None:
    factor = 10**5 if word == "lakh" else 10**7
    figure, bigger = parse_figure(f"{n} {word}"), parse_figure(f"{n + 1} {word}")
    assert figure.value == n * factor
    assert figure.value in figure.interval
    assert figure.low is not None and bigger.low is not None and figure.low < bigger.low


@pytest.mark.parametrize("word", ["zillion", "gazillion", "septillion", "bazillions"])
def test_an_unknown_scale_word_is_refused_never_dropped(word: str) -> None:
    with pytest.raises(FigureError, match="unknown scale word"):
        parse_figure(f"5 {word}")
    with pytest.raises(FigureError, match="unknown scale word"):
        parse_figure(f"five {word} dollars")
    # the scanner reads no figure there at all, rather than a bare 5
    assert find_figures(f"It cost 5 {word} dollars.") == []


@given(st.integers(1, 10**6), st.from_regex(r"[a-z]{1,6}illion", fullmatch=True))
def test_no_illion_word_ever_vanishes(n: int, word: str) -> None:
    for figure in find_figures(f"It cost {n:,} {word} dollars."):
        assert word in figure.text  # read with its scale, or not read
