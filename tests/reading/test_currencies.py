"""Issue 14: currencies as codes, words and signs before or after the number, country
dollars that are never USD, sub-units, and more ISO currencies."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.text.parse import parse_figure
from factcheck.text.scanner import find_figures
from factcheck.units import is_currency


def _one(text: str) -> tuple[str, Fraction | None, str]:
    [figure] = find_figures(text)
    return figure.text, figure.value, str(figure.unit)


@pytest.mark.parametrize(
    ("text", "quoted", "unit"),
    [
        ("It costs 20 usd.", "20 usd", "USD"),
        ("It costs 20 USD.", "20 USD", "USD"),
        ("It costs usd 20.", "usd 20", "USD"),
        ("It costs rmb 10.", "rmb 10", "CNY"),
        ("It costs RMB 10.", "RMB 10", "CNY"),
        ("It costs Rs 20.", "Rs 20", "INR"),
        ("It costs Rs. 20.", "Rs. 20", "INR"),
        ("It costs RM 20.", "RM 20", "MYR"),
        ("It costs 20 us dollar.", "20 us dollar", "USD"),
        ("It costs 20 chinese yuan.", "20 chinese yuan", "CNY"),
        ("It costs 20 Mexican pesos.", "20 Mexican pesos", "MXN"),
        ("It costs SFr 20.", "SFr 20", "CHF"),
        ("It costs SKr20.", "SKr20", "SEK"),
        ("It costs NKr 20.", "NKr 20", "NOK"),
        ("It costs DKr 20.", "DKr 20", "DKK"),
        ("It costs 20 kronor.", "20 kronor", "SEK"),
    ],
)
def test_codes_and_words_before_or_after_in_any_case(text: str, quoted: str, unit: str) -> None:
    assert _one(text) == (quoted, 20 if "10" not in quoted else 10, unit)


@pytest.mark.parametrize(
    ("text", "quoted", "unit"),
    [
        ("It costs 10 € a day.", "10 €", "EUR"),
        ("It costs 10€ a day.", "10€", "EUR"),
        ("It costs 10$ a day.", "10$", "USD"),
        ("It costs 10 £ a day.", "10 £", "GBP"),
    ],
)
def test_the_sign_after_the_number(text: str, quoted: str, unit: str) -> None:
    assert _one(text) == (quoted, 10, unit)


def test_a_sign_that_opens_the_next_amount_stays_with_it() -> None:
    assert [(f.text, str(f.unit)) for f in find_figures("from 5 €10 more")] == [
        ("5", "dimensionless"),
        ("€10", "EUR"),
    ]


def test_a_scale_glued_to_a_code() -> None:
    figure = parse_figure("30 MUSD")
    assert (figure.value, str(figure.unit)) == (30_000_000, "USD")
    assert (figure.low, figure.high) == (29_500_000, 30_500_000)  # rounded at the million


@pytest.mark.parametrize(
    ("written", "unit"),
    [
        ("C$", "CAD"),
        ("c$", "CAD"),
        ("C $", "CAD"),
        ("HK$", "HKD"),
        ("hk$", "HKD"),
        ("hk $", "HKD"),
        ("Mex$", "MXN"),
        ("MXN$", "MXN"),
        ("NZ$", "NZD"),
        ("A$", "AUD"),
        ("S$", "SGD"),
        ("NT$", "TWD"),
        ("US $", "USD"),
    ],
)
def test_country_dollars_are_never_usd(written: str, unit: str) -> None:
    assert _one(f"The fee is {written}5 a month.") == (f"{written}5", 5, unit)
    assert _one(f"The fee is {written} 5 a month.")[2] == unit


def test_an_article_before_a_dollar_sign_is_no_country() -> None:
    assert _one("A $5 fee was charged.")[2] == "USD"
    assert _one("They paid a $5 fee.")[2] == "USD"


def test_words_that_are_countries_only_in_capitals() -> None:
    assert _one("We can $5 a month.")[2] == "USD"
    assert _one("c. $5 a month")[1:] == (5, "USD")  # "c." is circa


@given(
    st.sampled_from(["C", "c", "HK", "hk", "NZ", "Mex", "MXN", "NT", "CAN", "A", "a"]),
    st.booleans(),
    st.integers(1, 10**6),
)
def test_a_country_dollar_is_never_usd(prefix: str, spaced: bool, n: int) -> None:
    text = f"paid {prefix}{' ' if spaced else ''}${n:,} in fees"
    figures = find_figures(text)
    money = [f for f in figures if f.value == n]
    assert len(money) == 1
    glued_only = prefix in ("a", "A", "c")
    if spaced and glued_only:
        assert str(money[0].unit) == "USD"  # "a $5 fee"
    else:
        assert str(money[0].unit) != "USD"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("3 dollars 50 cents", Fraction(7, 2), "USD"),
        ("20 dollars 43 cents", Fraction(2043, 100), "USD"),
        ("$3 and 50 cents", Fraction(7, 2), "USD"),
        ("£3 and 50p", Fraction(7, 2), "GBP"),
        ("£3 50p", Fraction(7, 2), "GBP"),
        ("€3 and 5 cents", Fraction(305, 100), "EUR"),
    ],
)
def test_sub_units_add_to_the_amount(text: str, value: Fraction, unit: str) -> None:
    figure = parse_figure(text)
    assert (figure.value, str(figure.unit)) == (value, unit)
    assert figure.low == figure.high == value  # money printed in full is exact


def test_pence_belong_to_pounds_only() -> None:
    assert len(find_figures("$3 and 50p")) == 2


def test_euro_cents_are_hundredths_of_a_euro() -> None:
    figure = parse_figure("50 euro cents")
    assert is_currency(figure.unit)
    assert figure.amount.to("EUR").interval.low == Fraction(1, 2)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("5 BTC", "BTC"),
        ("5 bitcoins", "BTC"),
        ("CRC 5", "CRC"),
        ("5 GEL", "GEL"),
        ("LKR 5", "LKR"),
        ("5 LBP", "LBP"),
        ("5 BGN", "BGN"),
        ("5 MNT", "MNT"),
        ("5 French francs", "FRF"),
        ("5 Deutsche marks", "DEM"),
        ("5 pesetas", "ESP"),
        ("5 guilders", "NLG"),
        ("5 lire", "ITL"),
    ],
)
def test_more_currencies(text: str, unit: str) -> None:
    figure = parse_figure(text)
    assert str(figure.unit) == unit
    assert is_currency(figure.unit)


@pytest.mark.parametrize("text", ["They try 10 times.", "He drew 10 pen portraits."])
def test_lower_case_codes_that_are_words_stay_words(text: str) -> None:
    assert all(str(f.unit) == "dimensionless" for f in find_figures(text))


_CODES = st.sampled_from(["USD", "EUR", "GBP", "CNY", "INR", "CAD", "BTC", "CHF"])


@given(st.integers(0, 10**9), _CODES, st.booleans(), st.booleans())
def test_a_code_reads_the_same_before_or_after_in_either_case(
    n: int, code: str, after: bool, lower: bool
) -> None:
    written = code.lower() if lower else code
    text = f"{n:,} {written}" if after else f"{written} {n:,}"
    figure = parse_figure(text)
    assert (figure.value, str(figure.unit)) == (n, code)
    assert figure.low == figure.high == n


@given(st.integers(0, 10**6), st.integers(0, 99), st.sampled_from(["dollars", "euros"]))
def test_sub_units_round_trip(whole: int, cents: int, word: str) -> None:
    figure = parse_figure(f"{whole:,} {word} {cents} cents")
    assert figure.value == whole + Fraction(cents, 100)
    assert figure.value in figure.interval


def test_won_is_money_only_after_a_scale_word() -> None:
    # "12 won by Labour" is a verb; "2.53 trillion won" is Korea's currency
    (figure,) = find_figures("Of the seats, 12 won by Labour were new.")
    assert str(figure.unit) == "dimensionless"
    (figure,) = find_figures("Samsung earned 2.53 trillion won.")
    assert str(figure.unit) == "KRW"
