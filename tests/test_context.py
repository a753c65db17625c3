"""What a number is by its context: no quantity (phones, streets, scores…), a time, an age."""

from __future__ import annotations

import itertools
from fractions import Fraction

import pytest

from factcheck.figures import Kind
from factcheck.text.context import skipped_spans
from factcheck.text.scanner import find_figures


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.kind.value) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # phone numbers
        ("Call 555-0134 today.", []),
        ("Call 0800 555 0199 or 01632 960 412.", []),
        ("Ring +44 20 7946 0958 now.", []),
        ("Dial (212) 555-0100.", []),
        # street numbers
        ("Visit 40 Harbour Street.", []),
        ("at 22 Park Row and 9 E 71st St", []),
        ("Unit 3 at 16-18 Industrial Avenue", []),
        # list markers and page references
        ("1. First\n2) Second", []),
        ("See page 12 and pp. 14-22.", []),
        # scores, not ranges
        ("United beat Rovers 3-1 on Saturday.", []),
        ("It ended 2-2.", []),
        ("They won 2-3 after extra time.", []),
        ("a 1-2 defeat", []),
        # labels and names
        ("Route 9 and category 4 and type 2 diabetes", []),
        ("the new iPhone 11 Pro and the Big 12.", []),
        ("Boeing's 787 Dreamliner", []),
        ("The FTSE 100 rose.", []),
    ],
)
def test_not_quantities(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a 5-10 rise", [("5-10", "quantity")]),
        ("300 Taliban prisoners", [("300", "quantity")]),
        ("Labour 29 and the Greens 9", [("29", "quantity"), ("9", "quantity")]),
        ("between 1,500 and 2,000 soldiers", [("between 1,500 and 2,000", "quantity")]),
        ("rose 5 points", [("5 points", "quantity")]),
    ],
)
def test_still_quantities(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("at 10:30 pm", 22 * 60 + 30),
        ("by 17:00.", 17 * 60),
        ("at 10.45pm", 22 * 60 + 45),
        ("at 5am.", 5 * 60),
        ("from 3 p.m.", 15 * 60),
        ("at 12 am", 0),
    ],
)
def test_times_of_day(text: str, minutes: int) -> None:
    (figure,) = find_figures(text)
    assert figure.kind is Kind.TIME
    assert figure.value == Fraction(minutes)
    assert text[figure.start : figure.end] == figure.text
    assert not figure.text.endswith(".") or figure.text.endswith("m.")


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("a 45-year-old man", "45-year-old", "year"),
        ("a 50 year-old woman", "50 year-old", "year"),
        ("her 18 month-old daughter", "18 month-old", "month"),
        ("The director, Ana Ruiz, 54, said", "54", "year"),
        ("those aged 65 and over", "65 and over", "year"),
        ("a 2,900 year-old site", "2,900 year-old", "year"),
    ],
)
def test_ages_are_kept_and_labelled(text: str, written: str, unit: str) -> None:
    (figure,) = find_figures(text)
    assert (figure.text, figure.kind, str(figure.unit)) == (written, Kind.AGE, unit)


def test_units_written_against_the_number() -> None:
    found = {f.text: str(f.unit) for f in find_figures("54GB, 120Hz, 640bhp, 45g, 118.5p, 3min")}
    assert found == {
        "54GB": "gigabyte",
        "120Hz": "hertz",
        "640bhp": "horsepower",
        "45g": "gram",
        "118.5p": "penny",
        "3min": "minute",
    }
    assert kinds("5G and 4G networks") == []


def test_year_ranges_and_years_before_singular_nouns() -> None:
    (between,) = find_figures("sampling between 2014 and 2017 came back")
    assert between.kind is Kind.DATE
    (flood,) = find_figures("the 1974 flood")
    assert flood.kind is Kind.DATE
    (soldiers,) = find_figures("2000 soldiers")
    assert soldiers.kind is Kind.QUANTITY


def test_skipped_spans_are_ordered_and_linear() -> None:
    text = "Call 555-0134 at 10:30 pm, 40 Harbour Street, page 3, won 3-1. " * 2000
    spans = skipped_spans(text)
    assert len(spans) == 5 * 2000
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


def test_the_base_of_a_rate_is_no_figure() -> None:
    found = [f.text for f in find_figures("Deaths fell to 9.8 per 1,000 live births, 4 per 100.")]
    assert found == ["9.8", "4"]
    assert [f.text for f in find_figures("one death per 100,000 people")] == ["one"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a suspended hyphen: the number shares the compound after it
        (
            "Of these, 22.1% of 10- and 11-year-olds were obese.",
            [("22.1%", "quantity"), ("10", "age")],
        ),
        ("Prices of two- and three-bedroom homes rose 5%.", [("5%", "quantity")]),
        # a plain hyphenated range is still a range
        ("Sales rose 10-15% last year.", [("10-15%", "quantity")]),
    ],
)
def test_a_number_before_a_suspended_hyphen_counts_nothing(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(f.text, f.kind.value) for f in find_figures(text)]
    assert found[: len(expected)] == expected
