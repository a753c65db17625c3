"""A count the lead states, split into parts a few sentences later (scan/splits.py).

Every sentence here is written for the tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.scan import scan


def _splits(text: str) -> list[tuple[str, str, str]]:
    return [
        (f.rule, f.status.value, f.quote)
        for f in scan(text).findings
        if str(f.extra.get("pattern", "")).startswith("N things.")
    ]


_CUTS = (
    "Insurer to cut {total} jobs\n\n"
    "LONDON, 21 November 2007 - Insurer Corvane is to cut {total} jobs over the next two "
    "years as it tries to save £400m a year.\n\n"
    "The company said {a} posts would go in investment banking, {b} in IT and {c} in "
    "human resources.\n"
)


def test_the_parts_of_a_lead_count_confirm_it() -> None:
    text = _CUTS.format(total="2,850", a="1,100", b="1,200", c="550")
    assert _splits(text) == [("sum_at_most", "consistent", "2,850")]


def test_parts_told_without_the_rest_never_flag_the_lead() -> None:
    # they may be other things the words do not tell apart (other places, another round,
    # gross against net: review 3), so a list that exceeds the lead's count says nothing
    text = _CUTS.format(total="2,850", a="1,100", b="1,250", c="550")
    assert _splits(text) == []


@given(
    total=st.integers(100, 90_000),
    a=st.integers(1, 30_000),
    b=st.integers(1, 30_000),
    c=st.integers(1, 30_000),
)
def test_a_split_confirms_exactly_when_its_parts_fit_the_whole(
    total: int, a: int, b: int, c: int
) -> None:
    text = _CUTS.format(total=f"{total:,}", a=f"{a:,}", b=f"{b:,}", c=f"{c:,}")
    found = _splits(text)
    if max(a, b, c) >= total or a + b + c > total:
        assert found == []  # no part as big as the whole; an excess is never flagged
    else:
        assert found == [("sum_at_most", "consistent", f"{total:,}")]


@pytest.mark.parametrize(("rest", "status"), [("10", "consistent"), ("12", "inconsistent")])
def test_the_remaining_part_makes_the_parts_all_of_the_whole(rest: str, status: str) -> None:
    text = (
        "Consumer group sues 45 banks over fees\n\n"
        "ROME, 9 February 2010 - A consumer association has sued 45 banks over hidden "
        "mortgage fees.\n\n"
        f"Of the lenders named in the suit, 35 are Italian while the remaining {rest} are "
        "foreign banks with branches in Italy.\n"
    )
    assert _splits(text) == [("sum_equals", status, "45")]


def test_the_day_a_source_spoke_is_no_time_of_the_parts() -> None:
    text = (
        "Consumer group sues 45 banks\n\n"
        "ROME, 9 February 2010 - A consumer association has sued 45 banks over fees.\n\n"
        "Of the lenders named in the suit, 35 are Italian while the remaining 12 are "
        "foreign banks, the group said on Tuesday.\n"
    )
    assert _splits(text) == [("sum_equals", "inconsistent", "45")]


def test_a_set_named_by_the_leads_deed_is_the_leads_count() -> None:
    # "the companies sued": not the lead's noun, but the lead's own deed
    text = (
        "Dairy sues 45 banks over crash\n\n"
        "The dairy has sued 45 banks as it tries to win back money.\n\n"
        "The firm collapsed with debts of 14bn euros. Its new boss has taken action before.\n\n"
        "Reports say 35 of the companies sued on Thursday are Italian while the remaining "
        "12 are international.\n"
    )
    assert _splits(text) == [("sum_equals", "inconsistent", "45")]


def test_parts_paired_with_their_places_respectively_are_a_split() -> None:
    text = (
        "Bank to lay off 2,850 staff\n\n"
        "The bank is to cut 2,850 jobs as profits fall.\n\n"
        "The cuts will cost 790m euros. About 1,100 jobs will go in investment banking "
        "while 1,200 and 550 will go in IT and human resources respectively.\n"
    )
    assert _splits(text) == [("sum_at_most", "consistent", "2,850")]


def test_people_the_reader_counts_in_its_unit_are_split_too() -> None:
    text = (
        "Earthquake kills 300 people\n\n"
        "An earthquake has killed 300 people in the south, the government said.\n\n"
        "Officials said 190 people died in Tarn and 110 in the port of Sella.\n"
    )
    assert _splits(text) == [("sum_at_most", "consistent", "300 people")]


@pytest.mark.parametrize(("rest", "status"), [("500", "consistent"), ("600", "inconsistent")])
def test_a_lay_off_is_a_cut(rest: str, status: str) -> None:
    text = (
        "Insurer to lay off 1,200 staff\n\n"
        "The insurer is to lay off 1,200 staff as it automates claims handling.\n\n"
        f"The company said 700 posts would go in Norwich and the remaining {rest} in York.\n"
    )
    assert _splits(text) == [("sum_equals", status, "1,200")]


@pytest.mark.parametrize(
    "text",
    [
        # another deed: posts created are no jobs cut
        "Bank to cut 2,850 jobs\n\nThe bank is to cut 2,850 jobs across Europe.\n\n"
        "It said it would create 1,600 posts in India and 1,400 in Poland.\n",
        # another deed in the sentence: an application for redundancy is no cut
        "Post office to cut 2,500 jobs\n\nThe post office is to cut 2,500 jobs.\n\n"
        "Some 1,800 staff have applied for voluntary redundancy and 1,400 for early "
        "retirement.\n",
        # a state, not the deed: beds occupied are no beds cut
        "Trust to cut 300 beds\n\nThe trust is to cut 300 beds.\n\n"
        "On a typical day 250 beds are occupied at the general hospital and 120 at the "
        "community hospital.\n",
        # another time than the lead's, though the lead has one of its own ("since")
        "Bank to cut 3,000 jobs\n\nThe bank will cut 3,000 jobs, its second round since "
        "the crisis.\n\nIn the previous round, 1,800 jobs went in retail banking and 1,600 "
        "in the back office.\n",
        # the set named by the lead's deed, the parts by traits with no rest: they overlap
        "Group sues 45 banks\n\nA consumer group has sued 45 banks over fees.\n\n"
        "Of the lenders named in the suit, 35 are Italian and 20 are listed on the stock "
        "exchange.\n",
        # a later part with a verb of its own that is no cut
        "Engineer to axe 700 jobs\n\nThe engineer is to axe 700 jobs at its UK sites.\n\n"
        "Some 450 jobs will go at the Derby plant, while the other 300 staff there will be "
        "retrained.\n",
    ],
)
def test_parts_of_another_deed_or_time_are_left_alone(text: str) -> None:
    assert _splits(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # "of those" points at the sentence just before: a part of the lead's count
        "Bank to cut 700 jobs\n\nThe bank is cutting 700 jobs, 450 of them in Britain. "
        "Of those jobs, 300 will go in Leeds and the remaining 150 in Edinburgh.\n",
        # a part, then parts of that part ("with")
        "Bank to cut 700 jobs\n\nThe bank is cutting 700 jobs. Of the jobs, 450 are in "
        "the UK, with 300 in Leeds and the remaining 150 in Edinburgh.\n",
        # another period's cuts
        "Bank to cut 700 jobs\n\nThe bank is cutting 700 jobs this year.\n\n"
        "Last year 600 jobs went in Leeds and 500 in York.\n",
        # other things: branches are no jobs
        "Bank to cut 700 jobs\n\nThe bank is cutting 700 jobs.\n\n"
        "It has 600 branches in England and 500 in Scotland.\n",
        # two counts of jobs in the lead that differ: whose parts?
        "Bank to cut 700 jobs\n\nThe bank is cutting 700 jobs and moving 900 jobs to India.\n\n"
        "About 600 jobs will go in Leeds and 500 in York.\n",
        # more cuts than the lead's
        "Bank to cut 700 jobs\n\nThe bank is cutting 700 jobs.\n\n"
        "Another 600 jobs will go in Leeds and 500 in York.\n",
        # a headcount against a cut of it
        "Bank to cut 700 jobs\n\nThe bank is cutting 700 jobs.\n\n"
        "It employs 600 people in Leeds and 500 in York.\n",
        # the thing counted once more, not split: the next split is not the lead's
        "Bank to cut 700 jobs\n\nThe bank is cutting 700 jobs.\n\n"
        "About 400 jobs will go in the UK.\n\n"
        "In all 600 jobs will go in Leeds and 500 in York.\n",
        # traits, which one thing may have both of
        "Bank to cut 700 jobs\n\nThe bank is cutting 700 jobs.\n\n"
        "Of the jobs, 500 are held by women and 400 are part-time.\n",
    ],
)
def test_counts_that_are_no_split_of_the_lead_are_left_alone(text: str) -> None:
    assert _splits(text) == []
