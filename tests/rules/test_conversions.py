"""same_rate: the conversions between two currencies in one text use about one rate."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.figures import Figure, Hedge
from factcheck.findings import Severity, Status

from .rule_helpers import exact, printed, rounded, run, status

OK, BAD, OPEN = Status.CONSISTENT, Status.INCONSISTENT, Status.UNDETERMINED

#: exchange rates a text might use (pounds per dollar, yen per euro, ...)
rates = st.fractions(min_value=Fraction(1, 200), max_value=200).filter(lambda r: r > 0)
#: amounts in millions, as printed with one decimal
amounts = st.lists(st.integers(10, 100_000), min_size=2, max_size=6)


def _converted(tenths: int, rate: Fraction, places: int) -> tuple[str, str]:
    """An amount in tenths (``$12.3m`` for 123) and its conversion printed to ``places``."""
    amount = Fraction(tenths, 10)
    return printed(amount, 1), printed(amount * rate, places)


@given(rates, amounts, st.integers(1, 3))
def test_conversions_at_one_rate_printed_rounded_agree(
    rate: Fraction, tenths: list[int], places: int
) -> None:
    # containment: whatever the rate, rounding each conversion keeps them in agreement
    pairs = [_converted(t, rate, places) for t in tenths]
    if any(Fraction(c) == 0 for _, c in pairs):
        return  # a conversion printed as 0 gives no rate
    verdict = run(
        "same_rate",
        amounts=tuple(rounded(a, "USD") for a, _ in pairs),
        converted=tuple(rounded(c, "GBP") for _, c in pairs),
    )
    assert verdict.status is OK


@given(rates, amounts, st.integers(0, 5), st.sampled_from([10, 100, 1000]))
def test_a_slip_of_scale_in_one_conversion_is_named(
    rate: Fraction, tenths: list[int], which: int, factor: int
) -> None:
    pairs = [_converted(t, rate, 3) for t in tenths]
    if any(Fraction(c) < 1 for _, c in pairs):
        return  # conversions printed with few digits are too coarse for this test
    k = which % len(pairs)
    slipped = str(Fraction(pairs[k][1]) * factor)
    slipped = printed(Fraction(slipped), 3)
    converted = [c if i != k else slipped for i, (_, c) in enumerate(pairs)]
    verdict = run(
        "same_rate",
        amounts=tuple(rounded(a, "USD") for a, _ in pairs),
        converted=tuple(rounded(c, "GBP") for c in converted),
    )
    assert verdict.status is BAD
    if len(pairs) > 2:
        assert f"{pairs[k][0]} → {slipped} uses" in verdict.message


@given(st.integers(1, 40), st.integers(0, 60), st.integers(0, 60))
def test_the_tolerance_is_monotone(spread: int, t1: int, t2: int) -> None:
    # two exact conversions whose rates differ by spread percent: a wider tolerance
    # never turns consistent into inconsistent
    amounts_ = (exact(100, "USD"), exact(100, "USD"))
    converted = (exact(50, "GBP"), exact(Fraction(50 * (100 + spread), 100), "GBP"))
    narrow, wide = sorted((t1, t2))
    at = {
        t: status("same_rate", {"tolerance": t}, amounts=amounts_, converted=converted)
        for t in (narrow, wide)
    }
    assert at[narrow] is not OK or at[wide] is OK
    # "50" covers 49.5-50.5 only: beyond 2% with no tolerance the rates disagree
    if spread > 2:
        assert status("same_rate", {"tolerance": 0}, amounts=amounts_, converted=converted) is BAD


@pytest.mark.parametrize(
    ("maker", "status_"),
    [("£2.25bn", OK), ("£2.52bn", OK), ("£3.25bn", BAD)],
)
def test_hand_picked_transpositions(maker: str, status_: Status) -> None:
    # $4.2bn at the other pair's 0.52-0.55 is £2.2-2.3bn; £2.52bn is 12% off, within two
    # widened rates of 10%; £3.25bn is not
    verdict = run(
        "same_rate",
        amounts=(rounded("4.2", "USD"), rounded("2.3", "USD")),
        converted=(rounded(maker[1:-2], "GBP"), rounded("1.23", "GBP")),
    )
    assert verdict.status is status_


def test_a_plain_whole_number_conversion_is_rounded_to_its_last_digit() -> None:
    # $399 (£211) and $250 (£133): 0.5288 and 0.532 are one rate rounded to whole pounds
    verdict = run(
        "same_rate",
        {"tolerance": 0},
        amounts=(exact(399, "USD"), exact(250, "USD")),
        converted=(exact(211, "GBP"), exact(133, "GBP")),
    )
    assert verdict.status is OK


def test_two_conversions_that_disagree_are_both_named() -> None:
    verdict = run(
        "same_rate",
        amounts=(rounded("20", "USD"), rounded("1.8", "USD")),
        converted=(rounded("10.5", "GBP"), rounded("0.0094", "GBP")),
    )
    assert verdict.status is BAD
    assert verdict.message.startswith("the conversions use rates")
    assert "(20 → 10.5)" in verdict.message


@pytest.mark.parametrize(
    ("amounts_", "converted", "hint"),
    [
        ((exact(1, "USD"),), (exact(1, "GBP"),), "same order"),
        ((exact(1, "USD"), exact(2, "USD")), (exact(1, "GBP"),), "same order"),
        ((exact(1, "USD"), exact(2, "EUR")), (exact(1, "GBP"), exact(2, "GBP")), "one pair"),
        ((exact(1), exact(2)), (exact(1, "GBP"), exact(2, "GBP")), "one pair"),
        ((exact(0, "USD"), exact(2, "USD")), (exact(1, "GBP"), exact(2, "GBP")), "positive"),
    ],
)
def test_unusable_inputs_are_undetermined_with_a_hint(
    amounts_: tuple, converted: tuple, hint: str
) -> None:
    verdict = run("same_rate", amounts=amounts_, converted=converted)
    assert verdict.status is OPEN
    assert verdict.severity is Severity.ERROR
    assert hint in verdict.explanation


# ------------------------------------------------------------------ converted
@given(st.integers(1, 100_000), st.integers(0, 2))
def test_a_measure_converted_and_rounded_is_consistent(miles: int, places: int) -> None:
    # round trip: the exact conversion, printed rounded, holds it
    km = Fraction(miles) * Fraction(1609344, 1000000)
    verdict = run(
        "converted", amount=exact(miles, "mile"), converted=rounded(printed(km, places), "km")
    )
    assert verdict.status is OK


@given(st.integers(10, 100_000), st.sampled_from([Fraction(3, 2), Fraction(1, 2), 10]))
def test_a_wrong_conversion_is_inconsistent(miles: int, slip: Fraction) -> None:
    km = Fraction(miles) * Fraction(1609344, 1000000) * slip
    verdict = run("converted", amount=exact(miles, "mile"), converted=rounded(printed(km, 2), "km"))
    assert verdict.status is BAD


@pytest.mark.parametrize(
    ("hectares", "status_"), [("5,200", OK), ("5,220", OK), ("5,300", BAD), ("5,100", BAD)]
)
def test_a_whole_conversion_is_rounded_to_its_last_digit(hectares: str, status_: Status) -> None:
    # 12,900 acres are 5,220.4 hectares: "5,200" (to hundreds) holds it, "5,300" does not
    value = int(hectares.replace(",", ""))
    verdict = run(
        "converted",
        {"tolerance": 0},
        amount=exact(12900, "acre", text="12,900 acres"),
        converted=exact(value, "hectare", text=f"{hectares} hectares"),
    )
    assert verdict.status is status_


def test_a_conversion_between_dimensions_is_refused() -> None:
    verdict = run("converted", amount=exact(10, "km"), converted=exact(6, "kg"))
    assert verdict.status is OPEN
    assert "different things" in verdict.message


def _km_or_more(km: int) -> Figure:
    return Figure(f"{km}km or more", Fraction(km), None, True, False, "km", Hedge.AT_LEAST, km)


def test_a_conversion_with_an_open_end_stays_open() -> None:
    # "more than 10 miles (16km or more)": the bracket has no upper end, and no upper
    # end is invented for it (the fuzz test found the check failing on one)
    verdict = run("converted", amount=exact(10, "mile"), converted=_km_or_more(16))
    assert verdict.status is OK
    assert run("converted", amount=exact(10, "mile"), converted=_km_or_more(30)).status is BAD


# ------------------------------------------------------------------ known_rate
#: pounds, euros and yen a dollar bought in 2004-05
_RATES_2005 = {"GBP": Fraction(54, 100), "EUR": Fraction(78, 100), "JPY": Fraction(108)}


@given(st.sampled_from(sorted(_RATES_2005)), st.integers(1, 10**6), st.integers(1, 3))
def test_a_rate_of_the_time_is_known(currency: str, dollars: int, places: int) -> None:
    converted = printed(Fraction(dollars) * _RATES_2005[currency], places)
    verdict = run(
        "known_rate", amount=exact(dollars, "USD"), converted=rounded(converted, currency)
    )
    assert verdict.status is OK


@given(
    st.sampled_from(sorted(_RATES_2005)),
    st.integers(1000, 10**6),
    st.sampled_from([Fraction(1, 1000), Fraction(1, 10), 10, 1000]),
)
def test_a_slip_of_scale_is_no_known_rate(currency: str, dollars: int, slip: Fraction) -> None:
    converted = printed(Fraction(dollars) * _RATES_2005[currency] * slip, 3)
    verdict = run(
        "known_rate", amount=exact(dollars, "USD"), converted=rounded(converted, currency)
    )
    assert verdict.status is BAD


def test_a_currency_without_a_record_is_undetermined_with_a_hint() -> None:
    verdict = run("known_rate", amount=exact(100, "USD"), converted=exact(4500, "INR"))
    assert verdict.status is OPEN
    assert "known_rate knows" in verdict.explanation


def test_a_negative_tolerance_is_refused() -> None:
    for rule, roles in (
        (
            "same_rate",
            {
                "amounts": (exact(1, "USD"), exact(2, "USD")),
                "converted": (exact(1, "GBP"), exact(2, "GBP")),
            },
        ),
        ("converted", {"amount": exact(10, "km"), "converted": exact(6, "mile")}),
    ):
        verdict = run(rule, {"tolerance": -200}, **roles)
        assert verdict.status is OPEN
        assert "must be 0 or more" in verdict.message


@pytest.mark.parametrize(
    ("amount", "converted", "status_"),
    [
        # the number as printed is converted, not its rounding range
        (rounded("1", "inch"), rounded("3.5", "cm"), BAD),
        (rounded("10.0", "mile"), rounded("20", "km"), BAD),
        (rounded("100", "mile"), rounded("200", "km"), BAD),
        # a rounded conversion may be a few percent off: 300 miles are 483km
        (rounded("300", "mile"), rounded("500", "km"), OK),
        (rounded("38", "mph"), rounded("60", "km/h"), OK),
    ],
)
def test_converted_converts_the_printed_number(
    amount: Figure, converted: Figure, status_: Status
) -> None:
    assert status("converted", amount=amount, converted=converted) is status_


def test_no_group_holding_most_conversions_names_none() -> None:
    # two pairs at 0.5 and two at 5: which pair is wrong the text does not tell
    verdict = run(
        "same_rate",
        amounts=tuple(exact(v, "USD") for v in (1, 2, 1, 2)),
        converted=tuple(exact(v, "GBP") for v in ("0.5", 1, 5, 10)),
    )
    assert verdict.status is BAD
    assert verdict.message.startswith("the conversions use rates")


def test_money_is_no_measure_for_converted() -> None:
    verdict = run("converted", amount=exact(10, "USD"), converted=exact(6, "GBP"))
    assert verdict.status is OPEN


# ------------------------------------------------------------------ converted: temperatures
#: a temperature reading in tenths of a degree, from -60.0 to 60.0 °C
tenths_celsius = st.integers(-600, 600)


def _fahrenheit(celsius: Fraction, *, difference: bool = False) -> Fraction:
    return celsius * Fraction(9, 5) + (0 if difference else 32)


@given(tenths_celsius, st.integers(0, 2), st.sampled_from(["level", "either"]))
def test_a_temperature_reading_converted_and_rounded_is_consistent(
    tenths: int, places: int, reading: str
) -> None:
    # round trip: the exact °F of a printed °C reading, printed rounded, holds it
    celsius = Fraction(tenths, 10)
    verdict = run(
        "converted",
        {"reading": reading},
        amount=rounded(printed(celsius, 1), "degC"),
        converted=rounded(printed(_fahrenheit(celsius), places), "degF"),
    )
    assert verdict.status is OK


@given(tenths_celsius, st.integers(0, 1))
def test_fahrenheit_converts_back_to_celsius(tenths: int, places: int) -> None:
    fahrenheit = Fraction(tenths, 10)
    celsius = (fahrenheit - 32) * Fraction(5, 9)
    verdict = run(
        "converted",
        {"reading": "level"},
        amount=rounded(printed(fahrenheit, 1), "degF"),
        converted=rounded(printed(celsius, places), "degC"),
    )
    assert verdict.status is OK


@given(st.integers(1, 100), st.integers(0, 1))
def test_a_difference_converts_without_the_offset(tenths: int, places: int) -> None:
    # "warmed by 1.5C (2.7F)": a difference, and a reading taken for one is refused
    celsius = Fraction(tenths, 10)
    difference = rounded(printed(_fahrenheit(celsius, difference=True), places), "degF")
    amount = rounded(printed(celsius, 1), "degC")
    assert status("converted", {"reading": "difference"}, amount=amount, converted=difference) is OK
    assert status("converted", {"reading": "either"}, amount=amount, converted=difference) is OK
    assert status("converted", {"reading": "level"}, amount=amount, converted=difference) is BAD


@given(tenths_celsius, st.integers(2, 40))
def test_a_reading_off_by_two_degrees_or_more_is_inconsistent(tenths: int, off: int) -> None:
    # monotone: once a printed °F is two degrees or more from the exact one it fails
    celsius = Fraction(tenths, 10)
    for slip in (off, -off):
        wrong = rounded(printed(_fahrenheit(celsius) + slip, 1), "degF")
        verdict = run(
            "converted",
            {"reading": "level"},
            amount=rounded(printed(celsius, 1), "degC"),
            converted=wrong,
        )
        assert verdict.status is BAD


@pytest.mark.parametrize(
    ("celsius", "fahrenheit", "status_"),
    [
        ("34.7", "94.5", OK),  # 94.46 °F
        ("34.7", "94", OK),  # a whole-degree bracket of a reading with a decimal
        ("34.7", "98.5", BAD),
        ("-40", "-40", OK),  # where the scales meet
        ("0", "32", OK),
        ("-5", "23", OK),
        ("-5", "41", BAD),  # the sign dropped before converting
        ("20", "36", BAD),  # a reading converted as a difference
        ("100", "212", OK),
    ],
)
def test_hand_picked_temperature_readings(celsius: str, fahrenheit: str, status_: Status) -> None:
    verdict = run(
        "converted",
        {"reading": "level"},
        amount=rounded(celsius, "degC"),
        converted=rounded(fahrenheit, "degF"),
    )
    assert verdict.status is status_
    assert "as a reading is" in verdict.message


def _up_to(value: int, unit: str) -> Figure:
    v = Fraction(value)
    return Figure(
        f"up to {value}",
        Fraction(0),
        v + Fraction(1, 2),
        unit=unit,
        hedge=Hedge.UP_TO,
        value=v,
        precision=Fraction(1),
    )


@pytest.mark.parametrize(("kmh", "status_"), [(154, OK), (155, OK), (54, BAD), (254, BAD)])
def test_a_bound_converts_its_number(kmh: int, status_: Status) -> None:
    # "up to 96mph (154km/h)": 96mph is 154.5km/h, and the bracket shares the bound
    assert status("converted", amount=_up_to(96, "mph"), converted=_up_to(kmh, "km/h")) is status_
    assert status("converted", amount=_up_to(96, "mph"), converted=rounded(str(kmh), "km/h")) is (
        status_
    )
