"""The scan's conversion stage: bracket conversions of one article checked for one rate."""

from __future__ import annotations

import pytest

from factcheck.findings import Status
from factcheck.scan import scan


def _rates(text: str) -> list[tuple[str, str]]:
    return [
        (f.status.value, f.extra["pattern"]) for f in scan(text).findings if f.rule == "same_rate"
    ]


@pytest.mark.parametrize(
    ("maker", "expected"),
    [
        ("$4.2bn (£2.25bn)", [("consistent", "conversions in brackets")]),
        # a transposed digit: $2.4bn at the mine's rate is about £1.3bn
        ("$2.4bn (£2.25bn)", [("inconsistent", "conversions in brackets")]),
    ],
)
def test_conversions_of_one_time_share_a_rate(maker: str, expected: list) -> None:
    text = (
        f"The group paid {maker} for the engine maker.\n\n"
        "It also agreed to buy a copper mine for $2.3bn (£1.23bn), the firm said."
    )
    assert _rates(text) == expected


def test_amounts_of_other_years_are_held_only_to_their_scale() -> None:
    # converted at each year's rate: 0.0094 and 0.0082 dollars per yen are both fine
    text = (
        "Cost cuts turned a 684bn yen ($6.4bn) loss in 2000 into a 331bn yen ($2.7bn) "
        "profit the following year."
    )
    assert _rates(text) == [("consistent", "conversions of any time")]


def test_a_slip_of_scale_is_found_across_years() -> None:
    text = (
        "The market was worth $20 million (£10.5 million) in 2004, but is set to be worth "
        "$1.8 billion (£9.4 million) by 2009, analysts say."
    )
    (finding,) = [f for f in scan(text).findings if f.rule == "same_rate"]
    assert finding.status is Status.INCONSISTENT
    assert "$1.8 billion → £9.4 million" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        # one conversion: nothing to compare it with
        "The firm paid $4.2bn (£2.25bn) for the engine maker.",
        # a bound fixes no rate
        "It raised more than $5m (£1.1m) and paid $2.3bn (£1.23bn) for a mine.",
        # two currency pairs, one conversion each
        "It paid $4.2bn (£2.25bn) for the maker and 3bn euros (£2.1bn) for the mine.",
    ],
)
def test_no_rate_check_without_two_conversions_of_one_pair(text: str) -> None:
    assert _rates(text) == []


def test_the_finding_names_every_conversion() -> None:
    text = "It paid $2.4bn (£2.25bn) for the maker and $2.3bn (£1.23bn) for the mine."
    (finding,) = [f for f in scan(text).findings if f.rule == "same_rate"]
    assert finding.extra["figures"] == {
        "amounts": ["$2.4bn", "$2.3bn"],
        "converted": ["£2.25bn", "£1.23bn"],
    }


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Gusts reached 38mph (61km/h) on the coast.", "consistent"),
        ("The estate covers 12,900 acres (5,200 hectares) of scrub.", "consistent"),
        ("The estate covers 12,900 acres (3,200 hectares) of scrub.", "inconsistent"),
        # a bound's bracket converts its number
        ("Gusts of up to 96mph (154km/h) are forecast.", "consistent"),
        ("Gusts of up to 96mph (54km/h) are forecast.", "inconsistent"),
        ("The fire spread more than 1,000 miles (1,600km) east.", "consistent"),
        # temperatures: a plain reading converts with the offset
        ("The capital hit 34.7C (94.5F) on Monday.", "consistent"),
        ("The capital hit 34.7C (98.5F) on Monday.", "inconsistent"),
        ("The city recorded a high of 20C (36F) on Monday.", "inconsistent"),
        ("Overnight it fell to -5C (23F) in the glens.", "consistent"),
        ("Overnight it fell to -5C (41F) in the glens.", "inconsistent"),
        ("Highs of 100F (38C) are forecast for Texas.", "consistent"),
        # a temperature with a word of change may be a difference: either reading holds
        ("Temperatures plunged 20C (36F) overnight.", "consistent"),
        ("The gap between day and night reached 12C (21.6F).", "consistent"),
        ("Leaders want warming kept below 1.5C (2.7F) this century.", "consistent"),
        ("Lows were 8C (14.4F) under the seasonal norm.", "consistent"),
        # ... but no reading fits a wrong one
        ("The region has warmed by 1.5C (4.7F) since 1900.", "inconsistent"),
    ],
)
def test_a_measure_in_other_units_is_checked(text: str, status: str) -> None:
    assert [
        (f.status.value, f.extra["pattern"]) for f in scan(text).findings if f.rule == "converted"
    ] == [(status, "a measure in other units")]


@pytest.mark.parametrize(
    "text",
    [
        # a year in the sentence before dates the deal: its rate is that year's
        "In 2001 the group bought its rival. It paid $106bn (£73bn).||"
        "It now sells its cable arm for $17.5bn (£9.4bn) and its studio for $2bn (£1.1bn).",
        # words of another time: "when it bought", "a decade ago", "original"
        "When it bought the brand, the carmaker paid $6.5bn (£4.1bn).||"
        "It now values it at $1.5bn (£810m) and has put $600m (£325m) into it.",
        # euro cents and US cents, and rupees of two countries, share a name
        "The Irish airline charges 50 cents (34p).||Its US rival charges 75 cents (40p).",
        "Nepal's budget is 126bn rupees ($1.77bn).||India has pledged 6.5bn rupees ($148m).",
        # a letter before the symbol the reader does not know: Zimbabwe dollars
        "Bread costs Z$20,000 (£1.08) in Harare.||Donors pledged $20m (£10.8m) in food aid.",
        # two amounts, one bracket: the conversions are not paired up
        "They made 40bn yen and 55bn yen ($360m, $500m).||Sales were 5.2 trillion yen ($47bn).",
        # pence and pounds are one currency: the bracket is a total, not a conversion
        "It placed 5m shares at 250p (£12.5m).||A further 2m were sold at 300p (£6m).",
    ],
)
def test_conversions_of_unclear_time_or_currency_raise_no_alarm(text: str) -> None:
    findings = scan(text.replace("||", "\n\n")).findings
    assert Status.INCONSISTENT not in {f.status for f in findings}


def test_a_lone_conversion_is_reported_only_when_its_rate_was_never_seen() -> None:
    # a rate the pound has had says nothing: no finding; a slip of scale is flagged
    assert not scan("It paid $4.2bn (£2.25bn) for the maker.").findings
    (finding,) = scan("It paid $4.2bn (£22.5bn) for the maker.").findings
    assert (finding.rule, finding.status) == ("known_rate", Status.INCONSISTENT)
    # conversions another of their pair checks are not held to the record as well
    both = "It paid $4.2bn (£2.25bn) for the maker and $2.3bn (£1.23bn) for the mine."
    assert [f.rule for f in scan(both).findings] == ["same_rate"]


@pytest.mark.parametrize(
    "text",
    [
        # the bracket restates a compound measure, not its last part
        "The centre, who is 6 feet 2 inches (1.88 metres) tall, signed on.",
        "The champion weighed in at 15 stone 7 lb (98kg) on Friday.",
        # troy ounces, imperial gallons, long tons: units whose size the text does not say
        "The mine produced 2.3 million ounces (72 tonnes) of gold.",
        "Each household uses 35 gallons (159 litres) of water a day.",
        # a conversion printed no finer than its amount
        "The pipeline runs for 300 miles (500km) across the desert.",
        # "¥" may be yuan; a bare "$" beside "US$" is a local dollar
        "The Shanghai bank earned ¥5.2bn ($640m) in the first half.",
        "The Toronto bank will pay $2.35 billion (£1.07 billion).||"
        "It will also take on US$500 million (£270 million) of debt.",
        # one sentence, two times: a year or an era may date one conversion only
        "The firm, which paid $1.2bn (£830m) for it in 2001, sold it for $650m (£351m).",
    ],
)
def test_measures_and_currencies_the_text_leaves_unclear_raise_no_alarm(text: str) -> None:
    findings = scan(text.replace("||", "\n\n")).findings
    assert Status.INCONSISTENT not in {f.status for f in findings}


def test_a_failing_rate_check_sits_on_the_wrong_conversion() -> None:
    text = "It paid $5m (£3m) and $6m (£3.6m) for two shops.\n\nA mill cost $8m (£80m)."
    (finding,) = [f for f in scan(text).findings if f.rule == "same_rate"]
    assert finding.status is Status.INCONSISTENT
    assert finding.quote == "£80m"


def test_a_year_in_the_sentence_before_dates_a_sentence_opening_on_a_sign() -> None:
    text = (
        "The pound fell in 1985. $10m (£9.5m) was paid for the mill then.\n\n"
        "Now the group paid $10m (£5.5m) for it and $20m (£11m) for a mine."
    )
    assert Status.INCONSISTENT not in {f.status for f in scan(text).findings}


@pytest.mark.parametrize(
    ("bracket", "status"),
    [("($640m; £350m)", None), ("($640m; £3.5bn)", Status.INCONSISTENT)],
)
def test_two_conversions_in_one_bracket_convert_into_each_other(
    bracket: str, status: Status | None
) -> None:
    # "68.4bn yen ($640m; £350m)" also says $640m is £350m: a rate the two have had
    findings = scan(f"The carmaker lost 68.4bn yen {bracket} last year.").findings
    flagged = [f for f in findings if f.status is Status.INCONSISTENT]
    assert bool(flagged) == (status is not None)
    # the slip is named wherever it is seen: against the yen and against the dollar
    assert all(f.quote == "£3.5bn" for f in flagged)
    assert any("$640m → £3.5bn" in f.message for f in flagged) == (status is not None)


def test_a_decade_dates_a_conversion_to_another_time() -> None:
    # "in the late 1990s" the won bought fewer dollars than now: no one rate for both
    text = (
        "In the late 1990s the government spent 60 trillion won ($45bn) on the banks.\n\n"
        "It has now sold its last stake for 1.2 trillion won ($1.15bn)."
    )
    assert not [f for f in scan(text).findings if f.status.value == "inconsistent"]


@pytest.mark.parametrize(("pounds", "status"), [("£4.4bn", "consistent"), ("£6bn", "inconsistent")])
def test_a_target_year_is_no_time_of_its_own_rate(pounds: str, status: str) -> None:
    # the amount expected "by 2015" is converted at today's rate, as the other one is
    text = (
        "Exports should more than double to $21bn (£11bn).\n\n"
        f"The country would pay almost 6bn euros ($8bn; {pounds}) into the fund by 2015."
    )
    assert _rates(text) == [(status, "conversions in brackets")]


def test_a_year_told_without_a_future_still_dates_a_conversion() -> None:
    text = (
        "Exports rose to $21bn (£11bn) this year.\n\n"
        "In 1999 the country paid 6bn euros ($8bn; £6bn) into the fund."
    )
    assert _rates(text) == [("consistent", "conversions of any time")]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("£2,300, the equivalent of €2,690", "consistent"),
        # a slipped digit: €26,900 is more than ten times the pounds
        ("£2,300, the equivalent of €26,900", "inconsistent"),
    ],
)
def test_conversions_in_prose_share_a_rate(second: str, expected: str) -> None:
    text = (
        "The fee is £2,000, the equivalent of €2,340. "
        f"The bond is {second}. A ticket costs £150, which works out at about €176."
    )
    assert {status for status, _ in _rates(text)} == {expected}


@pytest.mark.parametrize(
    "text",
    [
        # one currency: another amount, not the same one again
        "The fee is £2,000, or £40 a week.",
        # the amount after "or" is an alternative with its own clause
        "Fines of $5m or £9m apply to firms that lie.",
    ],
)
def test_prose_conversion_needs_two_currencies_set_apart(text: str) -> None:
    assert _rates(text) == []
    assert all(f.rule != "known_rate" for f in scan(text).findings)


def test_a_prose_conversion_is_folded_into_its_amount() -> None:
    text = "Profits rose 20% to $1.2bn, or about £640m, from $1.09bn."
    assert ("percent_change", Status.INCONSISTENT) in {
        (f.rule, f.status) for f in scan(text).findings
    }
