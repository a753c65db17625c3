"""parse_figure: every wording in docs/figures.md reads as documented."""

from __future__ import annotations

import contextlib
import datetime as dt
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck.errors import FactcheckError, FigureError, InvalidDateError
from factcheck.figures import Hedge, Kind, Trend
from factcheck.text.parse import parse_figure

# (text, interval as printed by Interval.__str__, unit, hedge)
READINGS = [
    # rounding: half a unit of the last printed digit either side
    ("28%", "[27.5, 28.5]", "percent", Hedge.ROUNDED),
    ("2.5%", "[2.45, 2.55]", "percent", Hedge.ROUNDED),
    ("$1.6 billion", "[1550000000, 1650000000]", "USD", Hedge.ROUNDED),
    ("$460 million", "[459500000, 460500000]", "USD", Hedge.ROUNDED),
    ("12 km", "[11.5, 12.5]", "kilometer", Hedge.ROUNDED),
    ("5 °C", "[4.5, 5.5]", "degree_Celsius", Hedge.ROUNDED),
    ("1.6bn", "[1550000000, 1650000000]", "dimensionless", Hedge.ROUNDED),
    ("$5m", "[4500000, 5500000]", "USD", Hedge.ROUNDED),
    ("10k", "[9500, 10500]", "dimensionless", Hedge.ROUNDED),
    ("3 mn", "[2500000, 3500000]", "dimensionless", Hedge.ROUNDED),
    ("2 tn", "[1500000000000, 2500000000000]", "dimensionless", Hedge.ROUNDED),
    ("4 trillion", "[3500000000000, 4500000000000]", "dimensionless", Hedge.ROUNDED),
    ("7 thousand", "[6500, 7500]", "dimensionless", Hedge.ROUNDED),
    # counts printed in full are exact
    ("7,177 incidents", "7177", "dimensionless", Hedge.EXACT),
    ("2,500", "2500", "dimensionless", Hedge.EXACT),
    ("$460", "460", "USD", Hedge.EXACT),
    ("5,000 people", "5000", "person", Hedge.EXACT),
    ("20 years", "20", "year", Hedge.EXACT),
    ("18 months", "18", "month", Hedge.EXACT),
    ("3 weeks", "3", "week", Hedge.EXACT),
    ("10 days", "10", "day", Hedge.EXACT),
    ("36 hours", "36", "hour", Hedge.EXACT),
    ("2.5 years", "[2.45, 2.55]", "year", Hedge.ROUNDED),
    # more than / over / above / in excess of
    ("more than 5,000", "(5000, ∞)", "dimensionless", Hedge.MORE_THAN),
    ("over 5,000", "(5000, ∞)", "dimensionless", Hedge.MORE_THAN),
    ("above 5,000", "(5000, ∞)", "dimensionless", Hedge.MORE_THAN),
    ("in excess of 5,000", "(5000, ∞)", "dimensionless", Hedge.MORE_THAN),
    ("more than $1.6 billion", "(1550000000, ∞)", "USD", Hedge.MORE_THAN),
    ("more than 28%", "(27.5, ∞)", "percent", Hedge.MORE_THAN),
    # at least
    ("at least 15", "[15, ∞)", "dimensionless", Hedge.AT_LEAST),
    ("no fewer than 15", "[15, ∞)", "dimensionless", Hedge.AT_LEAST),
    ("no less than 15", "[15, ∞)", "dimensionless", Hedge.AT_LEAST),
    ("a minimum of 15", "[15, ∞)", "dimensionless", Hedge.AT_LEAST),
    ("15 or more", "[15, ∞)", "dimensionless", Hedge.AT_LEAST),
    ("5,000+", "[5000, ∞)", "dimensionless", Hedge.AT_LEAST),
    # up to
    ("up to 5,000", "[0, 5000]", "dimensionless", Hedge.UP_TO),
    ("as many as 5,000", "[0, 5000]", "dimensionless", Hedge.UP_TO),
    ("at most 5,000", "[0, 5000]", "dimensionless", Hedge.UP_TO),
    ("no more than 5,000", "[0, 5000]", "dimensionless", Hedge.UP_TO),
    ("a maximum of 5,000", "[0, 5000]", "dimensionless", Hedge.UP_TO),
    ("up to 40%", "[0, 40.5]", "percent", Hedge.UP_TO),
    ("15 or fewer", "[0, 15]", "dimensionless", Hedge.UP_TO),
    # less than
    ("fewer than 100", "[0, 100)", "dimensionless", Hedge.LESS_THAN),
    ("less than 100", "[0, 100)", "dimensionless", Hedge.LESS_THAN),
    ("under 100", "[0, 100)", "dimensionless", Hedge.LESS_THAN),
    ("below 100", "[0, 100)", "dimensionless", Hedge.LESS_THAN),
    ("below 5 °C", "(−∞, 5.5)", "degree_Celsius", Hedge.LESS_THAN),
    # ranges
    ("between 58,000 and 100,000", "[58000, 100000]", "dimensionless", Hedge.BETWEEN),
    ("58,000–100,000", "[58000, 100000]", "dimensionless", Hedge.BETWEEN),
    ("58,000-100,000", "[58000, 100000]", "dimensionless", Hedge.BETWEEN),
    ("58,000 – 100,000", "[58000, 100000]", "dimensionless", Hedge.BETWEEN),
    ("8,000 to 10,000", "[8000, 10000]", "dimensionless", Hedge.BETWEEN),
    ("from 8,000 to 10,000", "[8000, 10000]", "dimensionless", Hedge.BETWEEN),
    ("$300 million to $1.6 billion", "[299500000, 1650000000]", "USD", Hedge.BETWEEN),
    ("between $300 million and $1.6 billion", "[299500000, 1650000000]", "USD", Hedge.BETWEEN),
    ("300 million–1.6 billion dollars", "[299500000, 1650000000]", "USD", Hedge.BETWEEN),
    ("8-10 million", "[7500000, 10500000]", "dimensionless", Hedge.BETWEEN),
    ("$8-10 million", "[7500000, 10500000]", "USD", Hedge.BETWEEN),
    ("5–10%", "[4.5, 10.5]", "percent", Hedge.BETWEEN),
    ("between 5 and 10 years", "[5, 10]", "year", Hedge.BETWEEN),
    # about
    ("about 100", "[90, 110]", "dimensionless", Hedge.ABOUT),
    ("approximately 100", "[90, 110]", "dimensionless", Hedge.ABOUT),
    ("around 100", "[90, 110]", "dimensionless", Hedge.ABOUT),
    ("roughly 100", "[90, 110]", "dimensionless", Hedge.ABOUT),
    ("some 100", "[90, 110]", "dimensionless", Hedge.ABOUT),
    ("an estimated 100", "[90, 110]", "dimensionless", Hedge.ABOUT),
    ("estimated 100", "[90, 110]", "dimensionless", Hedge.ABOUT),
    ("circa 100", "[90, 110]", "dimensionless", Hedge.ABOUT),
    ("c. 100", "[90, 110]", "dimensionless", Hedge.ABOUT),
    ("~100", "[90, 110]", "dimensionless", Hedge.ABOUT),
    ("close to 100", "[90, 110]", "dimensionless", Hedge.ABOUT),
    ("approximately $460 million", "[413550000, 506550000]", "USD", Hedge.ABOUT),
    # nearly / almost / just under; just over
    ("nearly 5,000", "[4500, 5000)", "dimensionless", Hedge.NEARLY),
    ("almost 5,000", "[4500, 5000)", "dimensionless", Hedge.NEARLY),
    ("just under 5,000", "[4500, 5000)", "dimensionless", Hedge.NEARLY),
    ("just over 100", "(100, 110]", "dimensionless", Hedge.MORE_THAN),
    # percent and percentage points
    ("5 per cent", "[4.5, 5.5]", "percent", Hedge.ROUNDED),
    ("5 percent", "[4.5, 5.5]", "percent", Hedge.ROUNDED),
    ("5 pct", "[4.5, 5.5]", "percent", Hedge.ROUNDED),
    ("5 percentage points", "[4.5, 5.5]", "percentage_point", Hedge.ROUNDED),
    ("5 points", "[4.5, 5.5]", "percentage_point", Hedge.ROUNDED),
    ("5 pp", "[4.5, 5.5]", "percentage_point", Hedge.ROUNDED),
    ("a 5 percentage-point rise", "[4.5, 5.5]", "percentage_point", Hedge.ROUNDED),
    # currencies
    ("US$5", "5", "USD", Hedge.EXACT),
    ("€5", "5", "EUR", Hedge.EXACT),
    ("£5", "5", "GBP", Hedge.EXACT),
    ("¥5", "5", "JPY", Hedge.EXACT),
    ("USD 5", "5", "USD", Hedge.EXACT),
    ("5 EUR", "5", "EUR", Hedge.EXACT),
    ("GBP 5", "5", "GBP", Hedge.EXACT),
    ("5 dollars", "5", "USD", Hedge.EXACT),
    ("5 US dollars", "5", "USD", Hedge.EXACT),
    ("5 euros", "5", "EUR", Hedge.EXACT),
    ("5 pounds sterling", "5", "GBP", Hedge.EXACT),
    ("5 pounds", "5", "dimensionless", Hedge.EXACT),
    # number words
    ("four", "4", "dimensionless", Hedge.EXACT),
    ("twenty-five", "25", "dimensionless", Hedge.EXACT),
    ("twenty five", "25", "dimensionless", Hedge.EXACT),
    ("a dozen", "12", "dimensionless", Hedge.EXACT),
    ("two dozen", "24", "dimensionless", Hedge.EXACT),
    ("a hundred", "100", "dimensionless", Hedge.EXACT),
    ("two hundred and fifty", "250", "dimensionless", Hedge.EXACT),
    ("two million", "[1500000, 2500000]", "dimensionless", Hedge.ROUNDED),
    ("a million", "[500000, 1500000]", "dimensionless", Hedge.ROUNDED),
    ("four percent", "[3.5, 4.5]", "percent", Hedge.ROUNDED),
    ("one year", "1", "year", Hedge.EXACT),
    ("more than one year", "(1, ∞)", "year", Hedge.MORE_THAN),
    ("hundreds of", "[200, ∞)", "dimensionless", Hedge.AT_LEAST),
    ("thousands of", "[2000, ∞)", "dimensionless", Hedge.AT_LEAST),
    ("dozens of", "[24, ∞)", "dimensionless", Hedge.AT_LEAST),
    ("tens of thousands of", "[20000, ∞)", "dimensionless", Hedge.AT_LEAST),
    ("hundreds of people", "[200, ∞)", "person", Hedge.AT_LEAST),
    # fractions in words: exact, dimensionless
    ("a quarter", "0.25", "dimensionless", Hedge.EXACT),
    ("half", "0.5", "dimensionless", Hedge.EXACT),
    ("a half", "0.5", "dimensionless", Hedge.EXACT),
    ("two-thirds", "2/3", "dimensionless", Hedge.EXACT),
    ("two thirds", "2/3", "dimensionless", Hedge.EXACT),
    ("three quarters", "0.75", "dimensionless", Hedge.EXACT),
    ("one in four", "0.25", "dimensionless", Hedge.EXACT),
    ("three in four", "0.75", "dimensionless", Hedge.EXACT),
    ("three out of four", "0.75", "dimensionless", Hedge.EXACT),
    ("1 in 4", "0.25", "dimensionless", Hedge.EXACT),
    ("two and a half years", "2.5", "year", Hedge.EXACT),
    # negatives
    ("−3%", "[-3.5, -2.5]", "percent", Hedge.ROUNDED),
    ("-3%", "[-3.5, -2.5]", "percent", Hedge.ROUNDED),
    ("0", "0", "dimensionless", Hedge.EXACT),
    ("0%", "[-0.5, 0.5]", "percent", Hedge.ROUNDED),
]


@pytest.mark.parametrize(("text", "interval", "unit", "hedge"), READINGS)
def test_reading(text: str, interval: str, unit: str, hedge: Hedge) -> None:
    figure = parse_figure(text)
    assert str(figure.interval) == interval
    assert str(figure.unit) == unit
    assert figure.hedge is hedge


def test_acceptance_more_than_usd() -> None:
    figure = factcheck.parse_figure("more than $1.6 billion")
    assert figure.high is None
    assert figure.low == 1_550_000_000
    assert not figure.low_closed
    assert str(figure.unit) == "USD"


def test_rounded_value_and_precision() -> None:
    figure = parse_figure("$1.6 billion")
    assert figure.value == 1_600_000_000
    assert figure.precision == 100_000_000
    percent = parse_figure("28%")
    assert (percent.value, percent.precision) == (28, 1)


def test_exact_count_has_no_precision_and_keeps_its_noun() -> None:
    figure = parse_figure("7,177 incidents")
    assert figure.value == 7177
    assert figure.precision is None
    assert figure.noun == "incidents"
    assert parse_figure("7,177 security incidents").noun == "security incidents"


def test_noun_is_at_most_three_words_and_stops_at_verbs() -> None:
    assert parse_figure("7,177 security incidents occurred").noun == "security incidents"
    assert parse_figure("5 very big red balloons").noun == "very big red"


def test_text_and_offsets_are_exact_substrings() -> None:
    source = "  the release of up to 5,000 Taliban prisoners"
    figure = parse_figure(source)
    assert figure.text == "up to 5,000"
    assert source[figure.start : figure.end] == figure.text
    assert figure.noun == "Taliban prisoners"


def test_about_tolerance_parameter() -> None:
    assert str(parse_figure("about 100", about_tolerance=Fraction(1, 5)).interval) == "[80, 120]"
    assert str(parse_figure("nearly 100", about_tolerance=Fraction(1, 20)).interval) == "[95, 100)"
    assert str(parse_figure("about 100", about_tolerance=Fraction(0)).interval) == "100"


@pytest.mark.parametrize("tolerance", [Fraction(-1, 10), Fraction(1), Fraction(3, 2)])
def test_bad_tolerance_is_a_figure_error(tolerance: Fraction) -> None:
    with pytest.raises(FigureError, match="tolerance"):
        parse_figure("about 100", about_tolerance=tolerance)


# ----------------------------------------------------------------------- ranges
def test_range_parts_are_the_printed_ends() -> None:
    figure = parse_figure("between 58,000 and 100,000 fighters")
    assert [p.text for p in figure.parts] == ["58,000", "100,000"]
    assert [p.hedge for p in figure.parts] == [Hedge.EXACT, Hedge.EXACT]
    assert figure.noun == "fighters"


def test_range_keeps_each_end_its_own_scale() -> None:
    figure = parse_figure("$300 million to $1.6 billion")
    low, high = figure.parts
    assert low.value == 300_000_000
    assert high.value == 1_600_000_000


def test_second_end_lends_scale_and_unit_to_the_first() -> None:
    figure = parse_figure("8-10 million")
    assert figure.parts[0].value == 8_000_000
    assert figure.parts[0].precision == 1_000_000


@pytest.mark.parametrize("text", ["between 100 and 50", "from 100 to 50", "100–50"])
def test_reversed_range_raises_pointing_at_it(text: str) -> None:
    with pytest.raises(FigureError, match="backwards") as info:
        parse_figure("They said " + text)
    assert info.value.start == len("They said ")
    assert info.value.end == len("They said ") + len(text)


def test_change_from_to_is_not_a_range() -> None:
    with pytest.raises(FigureError, match="more than one figure"):
        parse_figure("increased from 780 to 996")


# ----------------------------------------------------------------------- trends
@pytest.mark.parametrize(
    ("text", "trend"),
    [
        ("an increase of 28%", Trend.UP),
        ("a 61% increase", Trend.UP),
        ("rose 5%", Trend.UP),
        ("rose by 5%", Trend.UP),
        ("up 5%", Trend.UP),
        ("a 10% rise", Trend.UP),
        ("growth of 3%", Trend.UP),
        ("jumped 40%", Trend.UP),
        ("fell 5%", Trend.DOWN),
        ("down 3%", Trend.DOWN),
        ("a decline of 4%", Trend.DOWN),
        ("dropped 7%", Trend.DOWN),
        ("cut by 10%", Trend.DOWN),
        ("a 5% drop", Trend.DOWN),
        ("rose by more than 5%", Trend.UP),
        ("a fivefold increase", Trend.UP),
    ],
)
def test_trend_words(text: str, trend: Trend) -> None:
    figure = parse_figure(text)
    assert figure.trend is trend


def test_trend_words_stay_out_of_the_span() -> None:
    figure = parse_figure("an increase of 28%")
    assert figure.text == "28%"
    assert figure.value == 28


def test_level_after_rose_to_has_no_trend() -> None:
    assert parse_figure("rose to 996").trend is None


def test_plain_figure_has_no_trend() -> None:
    assert parse_figure("28%").trend is None


# -------------------------------------------------------------------- multiples
@pytest.mark.parametrize(
    ("text", "value", "trend"),
    [
        ("doubled", Fraction(2), Trend.UP),
        ("tripled", Fraction(3), Trend.UP),
        ("quadrupled", Fraction(4), Trend.UP),
        ("halved", Fraction(1, 2), Trend.DOWN),
        ("fivefold", Fraction(5), None),
        ("five-fold", Fraction(5), None),
        ("5-fold", Fraction(5), None),
        ("three times", Fraction(3), None),
        ("twice as many", Fraction(2), None),
    ],
)
def test_multiples(text: str, value: Fraction, trend: Trend | None) -> None:
    figure = parse_figure(text)
    assert figure.kind is Kind.MULTIPLE
    assert figure.value == value
    assert figure.interval.is_point
    assert figure.trend is trend


def test_hedged_multiple() -> None:
    figure = parse_figure("more than doubled")
    assert str(figure.interval) == "(2, ∞)"
    assert figure.kind is Kind.MULTIPLE


def test_decimal_multiple_is_rounded() -> None:
    assert str(parse_figure("2.5 times").interval) == "[2.45, 2.55]"


# --------------------------------------------------------------------- ordinals
@pytest.mark.parametrize(
    ("text", "value"), [("20th", 20), ("1st", 1), ("first", 1), ("twenty-first", 21)]
)
def test_ordinals(text: str, value: int) -> None:
    figure = parse_figure(text)
    assert figure.kind is Kind.ORDINAL
    assert figure.value == value


# ------------------------------------------------------------------------ dates
def test_dates_read_as_day_ordinals() -> None:
    figure = parse_figure("the 29th of February 2020")
    assert figure.kind is Kind.DATE
    assert figure.low == figure.high == dt.date(2020, 2, 29).toordinal()
    assert figure.text == "29th of February 2020"
    assert str(figure.unit) == "day"


def test_bare_year_is_a_quantity_unless_asked_or_in_context() -> None:
    assert parse_figure("2019").kind is Kind.QUANTITY
    year = parse_figure("2019", kind="date")
    assert year.kind is Kind.DATE
    assert year.granularity == "year"
    assert year.dates == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    assert parse_figure("in 2019").kind is Kind.DATE


def test_kind_hint_mismatch_is_an_error() -> None:
    with pytest.raises(FigureError, match="expected a date"):
        parse_figure("5%", kind=Kind.DATE)
    with pytest.raises(FigureError, match="unknown kind"):
        parse_figure("5%", kind="banana")


def test_impossible_date_raises_invalid_date_error_with_offsets() -> None:
    with pytest.raises(InvalidDateError) as info:
        parse_figure("on 29 February 2023")
    assert (info.value.start, info.value.end) == (3, 19)


def test_default_year_completes_a_date() -> None:
    figure = parse_figure("the 14th of April", default_year=2021)
    assert figure.dates == (dt.date(2021, 4, 14), dt.date(2021, 4, 14))
    unknown = parse_figure("the 14th of April")
    assert unknown.kind is Kind.DATE
    assert unknown.low is None
    assert unknown.high is None
    assert unknown.granularity == "day"


# ----------------------------------------------------------------------- errors
@pytest.mark.parametrize("text", ["hello", "", "   ", "1 2 3", "none of them", "1e308"])
def test_not_one_figure_raises(text: str) -> None:
    with pytest.raises(FigureError) as info:
        parse_figure(text)
    assert info.value.hint
    assert info.value.start is not None
    assert info.value.end is not None


def test_second_figure_is_located() -> None:
    with pytest.raises(FigureError) as info:
        parse_figure("1 2 3")
    assert (info.value.start, info.value.end) == (2, 3)


def test_huge_and_tiny_numbers_stay_exact() -> None:
    big = "1" + "0" * 999
    assert parse_figure(big).value == 10**999
    tiny = parse_figure("0." + "0" * 50 + "1%")
    assert tiny.value == Fraction(1, 10**51)
    with pytest.raises(FigureError, match="too long") as info:
        parse_figure("9" * 5000)
    assert info.value.start == 0


def test_input_is_normalised_without_moving_offsets() -> None:
    figure = parse_figure("\ufeff１２％")
    assert str(figure.interval) == "[11.5, 12.5]"
    assert figure.text == "１２％"
    assert (figure.start, figure.end) == (1, 4)


@pytest.mark.parametrize(
    "text", ["1 000 000", "1\u00a0000\u00a0000", "1\u2009000\u2009000", "1\u202f000\u202f000"]
)
def test_space_separators(text: str) -> None:
    assert parse_figure(text).value == 1_000_000


@given(st.text(max_size=60))
def test_any_text_raises_only_factcheck_errors(text: str) -> None:
    with contextlib.suppress(FactcheckError):
        parse_figure(text)


_FRAGMENTS = st.sampled_from(
    [
        "more than",
        "up to",
        "between",
        "and",
        "to",
        "–",
        "-",
        "−",
        "$",
        "€",
        "%",
        "per cent",
        "million",
        "bn",
        "m",
        "about",
        "nearly",
        "from",
        "the",
        "of",
        "29th",
        "February",
        "May",
        "2020",
        "2023",
        "1,000",
        "7,177",
        "0",
        "3.5",
        ".",
        ",",
        "doubled",
        "fold",
        "times",
        "a",
        "quarter",
        "half",
        "two",
        "twenty",
        "-",
        "thousand",
        "in",
        "years",
        "points",
        "Thursday",
        "31",
        "April",
        "9/11",
        "1e5",
        "hundreds",
        "or more",
        "+",
        "~",
    ]
)


@given(st.lists(_FRAGMENTS, max_size=8).map(" ".join))
def test_structured_fragments_raise_only_factcheck_errors(text: str) -> None:
    try:
        figure = parse_figure(text)
    except FactcheckError:
        return
    assert text[figure.start : figure.end] == figure.text
