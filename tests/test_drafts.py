"""Claim ids suggested by ``factcheck init``."""

from __future__ import annotations

import pytest

from factcheck.drafts import suggest_id
from factcheck.text.scanner import find_figures


def ids(text: str) -> list[str]:
    return [suggest_id(text, f) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The UN recorded 7,177 security incidents.", ["security_incidents"]),
        # the words after, within the clause, before the words of the next clause
        ("Violence rose 61%, the monitors said.", ["violence_rise"]),
        # a date is named by itself
        ("It killed him in Abbottabad, Pakistan, on 2 May 2011.", ["date_2_may_2011"]),
        # never half a word, however long the words after
        ("It rose 5% " + "extraordinarily " * 6, ["extraordinarily_extraordinarily_rise"]),
        # the measure, not the currency, scale or time words (issue 15)
        (
            "Profits rose 5% to £600m in the three months to June.",
            ["profits_rise", "profits", "profits"],
        ),
        ("The firm made a profit of $10.9bn.", ["firm_profit"]),
        ("Sales were up 6.1% on the year.", ["sales_rise"]),
        ("Losses deepened to £51.6m from £1.2m.", ["losses", "losses"]),
        ("Ana Ruiz, 54, said the city had failed.", ["ana_ruiz"]),
        # no half word ("the s of 65s"): the sentence's words
        ("A rise in the over 65s, the IMF said.", ["imf"]),
        # the year a figure is for
        (
            "Sales rose from 780 in 2019 to 996 in 2020.",
            ["sales_2019", "date_2019", "sales_2020", "date_2020"],
        ),
    ],
)
def test_ids_come_from_the_nearest_words(text: str, expected: list[str]) -> None:
    assert ids(text) == expected


def test_an_id_without_words_is_the_kind() -> None:
    assert ids("5%") == ["quantity"]


def test_a_draft_names_are_unique_and_checks_read_from_to_change() -> None:
    from factcheck.claims import loads
    from factcheck.drafts import draft_claims

    text = "Sales rose from 780 in 2019 to 996 in 2020, an increase of 28%.\n"
    draft = draft_claims(text, document="a.txt")
    check = loads(draft, article=text).checks[0]
    assert check.id == "percent_change[sales_2019->sales_2020->sales_rise]"


def test_a_quote_never_runs_from_the_headline_into_the_dateline() -> None:
    from factcheck.drafts import draft_claims

    text = "Profits up 5%\nMonday 3 May 2004\n\nProfits up 5% and more.\n"
    draft = draft_claims(text, document="a.txt")
    quotes = [line for line in draft.splitlines() if "quote:" in line]
    assert quotes and not any("\\n" in q for q in quotes), draft


def test_a_quote_widened_for_its_noun_stays_on_its_line() -> None:
    from factcheck.drafts import draft_claims

    draft = draft_claims("Sales reached 14m\n\nMore people came.\n", document="a.txt")
    assert "\\n" not in "".join(line for line in draft.splitlines() if "quote:" in line)


_SPREAD = "Budget plan\n\nMinisters will spend £2.4bn over four years, or {} a year.\n"
_POLL = "Poll\n\nIn the poll, 58% were in favour, with {} against and 12% undecided.\n"
_MAJORITY = "Vote\n\nA majority of members ({}) backed the plan.\n"
_GROUP = "Squad\n\nLeeds {} Ann Cole and Bea Dunn start on the bench.\n"
_AGE = "Born in 1936 in Leeds, she joined the firm in 1958, at the age of {}.\n"
_DOWN_FROM = "Output grew {} in the quarter. That was down from 0.2% in the one before.\n"
_ORDER = "Shops\n\nThe firm opened its first shop in 2003 after a pilot in {}.\n"


@pytest.mark.parametrize(
    ("text", "drafted", "status"),
    [
        # a span of years is drafted as the count it multiplies
        (_SPREAD.format("£600m"), ('figure: "four"', "rule: product"), "consistent"),
        (_SPREAD.format("£900m"), ('figure: "four"', "rule: product"), "inconsistent"),
        # shares of one group are drafted with the 100% they fit in
        (_POLL.format("30%"), ('value: "100%"', "rule: sum_at_most"), "consistent"),
        (_POLL.format("50%"), ('value: "100%"', "rule: sum_at_most"), "inconsistent"),
        # "a majority" is drafted as the value the word means
        (_MAJORITY.format("61%"), ('value: "more than 50%"', "rule: compatible"), "consistent"),
        (_MAJORITY.format("46%"), ('value: "more than 50%"', "rule: compatible"), "inconsistent"),
        # a group word is drafted as the count it means
        (_GROUP.format("duo"), ('value: "2"', "rule: count_items"), "consistent"),
        (_GROUP.format("trio"), ('value: "3"', "rule: count_items"), "inconsistent"),
        # two dated events in the order "after" tells, a flag option written as YAML
        (_ORDER.format("2001"), ("rule: order", "options: {strict: false}"), "consistent"),
        (_ORDER.format("2004"), ("rule: order", "options: {strict: false}"), "inconsistent"),
        # an age is drafted in years, with the option that counts the years gone by
        (_AGE.format("22"), ('unit: "year"', 'options: {count: "completed"}'), "consistent"),
        (_AGE.format("25"), ('unit: "year"', 'options: {count: "completed"}'), "inconsistent"),
        # a change the scan compares as a level gets a second claim on its number alone
        (_DOWN_FROM.format("0.1%"), ('quote: "0.1%"', "rule: compare"), "consistent"),
        (_DOWN_FROM.format("0.3%"), ('quote: "0.3%"', "rule: compare"), "inconsistent"),
    ],
)
def test_a_scan_check_with_a_figure_no_quote_reads_is_drafted(
    text: str, drafted: tuple[str, str], status: str
) -> None:
    from factcheck import check_claimset
    from factcheck.claims import loads
    from factcheck.drafts import draft_claims

    draft = draft_claims(text, document="a.txt")
    assert all(line in draft for line in drafted), draft
    report = check_claimset(loads(draft, article=text))
    assert [f.status.value for f in report.findings] == [status]


def test_a_check_the_scan_only_confirms_is_drafted_with_a_warning() -> None:
    from factcheck.drafts import draft_claims

    text = "Ministers hope the share will rise to 75% by 2028 and 100% by 2030.\n"
    draft = draft_claims(text, document="a.txt")
    (line,) = [x for x in draft.splitlines() if "by Y and B by Z" in x]
    assert "confirms only in scan" in line
    plain = draft_claims("Sales rose from 780 to 996, an increase of 28%.\n", document="a.txt")
    assert "confirms only" not in plain


@pytest.mark.parametrize(
    ("text", "left"),
    [
        # the scan reads the rate as a share (0.67%), which no quote of "6.7" gives
        (
            "Police recorded 2,140 burglaries, equivalent to 6.7 for every 1,000 of the "
            "town's 318,000 residents.\n",
            "# not drafted: share on",
        ),
        # the scan dates the second day in a year the text does not print
        (
            "Drivers will strike on Tuesday 7 October and again on Friday 10 October.\n",
            "# not drafted: weekday on",
        ),
    ],
)
def test_a_check_whose_figure_no_quote_gives_is_left_as_a_comment(text: str, left: str) -> None:
    from factcheck import check_claimset
    from factcheck.claims import loads
    from factcheck.drafts import draft_claims

    draft = draft_claims(text, document="a.txt")
    assert left in draft, draft
    # and what is drafted raises no alarm on the correct text
    report = check_claimset(loads(draft, article=text))
    assert "inconsistent" not in {f.status.value for f in report.findings}
