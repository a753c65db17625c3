"""Misreadings a review of the reader found (session 9), each a value, sign, unit or hedge
that came out wrong. Sentences written here; the phenomena are those established number
readers test."""

from __future__ import annotations

from fractions import Fraction

import pytest

from factcheck.figures import Hedge
from factcheck.text.scanner import find_figures


def one(sentence: str) -> tuple[str, str, str, Hedge]:
    [figure] = find_figures(sentence)
    return figure.text, str(figure.interval), str(figure.unit), figure.hedge


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a range in words: the second end's scale word is the first's too
        (
            "Between two and three million people watched.",
            ("Between two and three million people", "[1500000, 3500000]", "person"),
        ),
        (
            "Sales reached one to two billion dollars.",
            ("one to two billion dollars", "[500000000, 2500000000]", "USD"),
        ),
        # half a dozen is six
        ("Half a dozen ministers were sacked.", ("Half a dozen", "6", "dimensionless")),
        # a margin either way is no negative number
        (
            "The poll has a margin of error of plus or minus 3 percentage points.",
            ("3 percentage points", "[2.5, 3.5]", "percentage_point"),
        ),
        # a minus before the currency sign
        ("The account was overdrawn at -£2,300.", ("-£2,300", "-2300", "GBP")),
        # dot groups before a full stop
        ("The fine was €1.000.000.", ("€1.000.000", "1000000", "EUR")),
        # a slash fraction before "point"
        ("Yields fell 1/4 point in early trading.", ("1/4 point", "0.25", "percentage_point")),
        # pounds after a scale word are money
        (
            "The scheme will cost three billion pounds.",
            ("three billion pounds", "[2500000000, 3500000000]", "GBP"),
        ),
    ],
)
def test_values_signs_and_units(sentence: str, expected: tuple[str, str, str]) -> None:
    assert one(sentence)[:3] == expected


def test_pounds_of_something_may_be_a_weight() -> None:
    assert one("It recalled 2 million pounds of beef.")[2] == "dimensionless"


def test_a_range_with_a_spaced_minus_after_an_amount_stays_positive() -> None:
    assert [f.value for f in find_figures("between £1m -£2m")] == [1_000_000, 2_000_000]


@pytest.mark.parametrize(
    ("sentence", "text", "low", "unit"),
    [
        ("Billions of pounds have been wasted.", "Billions", 2_000_000_000, "GBP"),
        ("The firm has spent tens of millions of dollars.", "tens of millions", 20_000_000, "USD"),
        ("Several hundred people were evacuated.", "Several hundred", 200, "person"),
        ("A few thousand fans made the trip.", "A few thousand", 2000, "dimensionless"),
    ],
)
def test_vague_amounts_are_floors_with_their_currency(
    sentence: str, text: str, low: int, unit: str
) -> None:
    [figure] = find_figures(sentence)
    assert (figure.text, figure.low, figure.high, str(figure.unit)) == (text, low, None, unit)
    assert figure.hedge is Hedge.AT_LEAST


def test_a_few_words_are_no_figure() -> None:
    assert find_figures("He said a few words, and several people left.") == []


def test_or_so_is_about() -> None:
    text, interval, _, hedge = one("200 or so protesters gathered outside.")
    assert (text, interval, hedge) == ("200 or so", "[180, 220]", Hedge.ABOUT)
    assert Fraction(200) in find_figures("200 or so protesters")[0].interval


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The amendment was backed by three hundred and twelve MPs.", "three hundred and twelve"),
        ("Three MPs voted against.", "Three"),
        ("The side won three Oscars.", "three"),
        # names, then modifiers before the plural
        ("Rumours say two Chinese state-run banks will list.", "two"),
        ("It named four New York hedge funds.", "four"),
        ("Nine Tory backbench MPs rebelled.", "Nine"),
        ("It bought two Texas oil producers.", "two"),
        # a name, then an abbreviation made plural
        ("Three Labour MPs voted against.", "Three"),
    ],
)
def test_a_count_before_a_capitalised_plural(sentence: str, text: str) -> None:
    assert [f.text for f in find_figures(sentence)] == [text]


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("It is the second biggest in Europe after Aerolink.", ["second"]),
        ("She came third behind Lund and Ribeiro.", ["third"]),
        # a turn, a clause without the ones ahead, a month
        ("It was the second time after the vote.", []),
        ("It is the third biggest in Europe.", []),
        ("The second round came after March.", []),
    ],
)
def test_a_word_ordinal_is_a_figure_where_it_ranks(sentence: str, figures: list[str]) -> None:
    assert [f.text for f in find_figures(sentence)] == figures


@pytest.mark.parametrize(
    "sentence",
    [
        "Wales won the Six Nations.",
        "The Three Kings came.",
        # a number with a capital after a name, or before a capitalised plural
        "She presents on Radio Four on weekdays.",
        "Channel Four News evening presenters met.",
        "Six Nations rugby coaches met.",
        "Three Lions squad members trained.",
    ],
)
def test_a_title_keeps_its_number(sentence: str) -> None:
    assert find_figures(sentence) == []


def test_the_age_of() -> None:
    [figure] = find_figures("The singer died at the age of 82.")
    assert (figure.kind.value, str(figure.unit), figure.value) == ("age", "year", 82)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Broadband speeds of 8Mbps are promised.", "megabit_per_second"),
        ("The phone has 512MB of memory.", "megabyte"),
        ("A 20kbps stream is enough for speech.", "kilobit_per_second"),
    ],
)
def test_data_units(sentence: str, unit: str) -> None:
    assert one(sentence)[2] == unit


@pytest.mark.parametrize(
    "sentence",
    [
        "The rocket weighs 1.2 million pounds.",
        "It recalled 2 million pounds of beef, up from 1.6 million pounds.",
        "US beef output hit 26 billion pounds.",
    ],
)
def test_pounds_in_a_sentence_that_weighs_are_no_money(sentence: str) -> None:
    figures = find_figures(sentence)
    assert figures and all(str(f.unit) == "dimensionless" for f in figures)


@pytest.mark.parametrize(
    "sentence", ["Free travel for the over-60s.", "He joined the under-21 side."]
)
def test_a_hyphen_after_a_word_is_no_minus(sentence: str) -> None:
    assert all(f.value is None or f.value > 0 for f in find_figures(sentence))


def test_pounds_of_investment_are_money() -> None:
    text = "The council spends millions of pounds of lottery investment on films."
    assert [str(f.unit) for f in find_figures(text)] == ["GBP"]


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("He joined Radio 1 in 1990.", ["1", "1990"]),
        ("The risk is 1 in 1500.", ["1 in 1500"]),
        ("Odds are put at 1 in 2000.", ["1 in 2000"]),
    ],
)
def test_a_year_after_in_is_no_rate(sentence: str, figures: list[str]) -> None:
    assert [f.text for f in find_figures(sentence)] == figures


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("The rapper 50 Cent sold 5 million records.", [("5 million", "dimensionless")]),
        ("A coffee now costs 50 cents more.", [("50 cents", "cent")]),
    ],
)
def test_a_capitalised_cent_is_a_name(sentence: str, units: list[tuple[str, str]]) -> None:
    assert [(f.text, str(f.unit)) for f in find_figures(sentence)] == units


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("Temperatures hit 35C (95F) on Monday.",
         [("35C", "degree_Celsius"), ("95F", "degree_Fahrenheit")]),
        ("It was -5C overnight.", [("-5C", "degree_Celsius")]),
        ("The 2C target is at risk.", [("2C", "degree_Celsius")]),
        # a name's code: no temperature
        ("Take Terminal 5C to the gate.", []),
        ("The rule is in Section 4C of the act.", []),
    ],
)  # fmt: skip
def test_a_glued_capital_c_or_f_is_a_temperature(
    sentence: str, figures: list[tuple[str, str]]
) -> None:
    assert [(f.text, str(f.unit)) for f in find_figures(sentence)] == figures
