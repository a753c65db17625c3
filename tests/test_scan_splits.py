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


@pytest.mark.parametrize(
    ("parts", "status"),
    [(("1,100", "1,200", "550"), "consistent"), (("1,100", "1,250", "550"), "inconsistent")],
)
def test_the_parts_of_a_lead_count_are_no_more_than_it(
    parts: tuple[str, str, str], status: str
) -> None:
    a, b, c = parts
    text = _CUTS.format(total="2,850", a=a, b=b, c=c)
    assert _splits(text) == [("sum_at_most", status, "2,850")]


@given(
    total=st.integers(100, 90_000),
    a=st.integers(1, 30_000),
    b=st.integers(1, 30_000),
    c=st.integers(1, 30_000),
)
def test_a_split_is_flagged_exactly_when_its_parts_exceed_the_whole(
    total: int, a: int, b: int, c: int
) -> None:
    text = _CUTS.format(total=f"{total:,}", a=f"{a:,}", b=f"{b:,}", c=f"{c:,}")
    found = _splits(text)
    if max(a, b, c) >= total:
        assert found == []  # a part as big as the whole is no part of it
    else:
        assert found == [
            ("sum_at_most", "inconsistent" if a + b + c > total else "consistent", f"{total:,}")
        ]


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
        "while 1,300 and 650 will go in IT and human resources respectively.\n"
    )
    assert _splits(text) == [("sum_at_most", "inconsistent", "2,850")]


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
