"""Spelled-out counts before "of" (issue 15, item 4), and quotes that hold several figures."""

from __future__ import annotations

import pytest

from factcheck.claims import ClaimSet, loads
from factcheck.drafts import draft_claims
from factcheck.errors import ClaimsFileError
from factcheck.text.scanner import find_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eight of the city's 11 fire stations closed.", ["Eight", "11"]),
        ("Three of the five judges agreed.", ["Three", "five"]),
        ("Nine of 10 people said yes.", ["Nine", "10 people"]),
        ("Twelve of the 40 seats changed hands.", ["Twelve", "40"]),
        ("Two of its 14 stores will shut.", ["Two", "14"]),
        # no whole stated: no figure
        ("Two of them left early.", []),
        ("Two of the firm's top managers resigned.", []),
        # "one of" stays a word
        ("One of the 11 stations closed.", ["11"]),
    ],
)
def test_a_spelled_out_count_of_a_stated_whole_is_a_figure(text: str, expected: list[str]) -> None:
    assert [f.text for f in find_figures(text)] == expected


def test_the_count_reads_as_a_whole_number() -> None:
    (eight, _) = find_figures("Eight of the city's 11 fire stations closed.")
    assert eight.value == 8 and eight.low == eight.high == 8


def test_init_drafts_the_count() -> None:
    text = "Eight of the city's 11 fire stations closed last year.\n"
    draft = draft_claims(text, document="a.txt")
    assert '"Eight"' in draft and '"11"' in draft
    claimset = loads(draft, article=text)
    values = sorted(r.figure.value for r in claimset.resolve_all().values() if r.figure)
    assert values == [8, 11]


def test_a_quote_with_several_figures_is_an_error_naming_them() -> None:
    text = "Eight of the city's 11 fire stations closed."
    claims = f"document: a.txt\nclaims:\n  stations: {text[:22]!r}\n"
    with pytest.raises(ClaimsFileError) as caught:
        loads(claims, article=text)
    message = str(caught.value)
    assert "2 figures" in message and "'Eight'" in message and "'11'" in message
    assert "figure:" in message


def test_figure_picks_one_of_them() -> None:
    cs = ClaimSet.from_text("Eight of the city's 11 fire stations closed.")
    cs.quote("closed", "Eight of the city's 11", figure="Eight")
    figure = cs.resolve("closed").figure
    assert figure is not None and figure.value == 8
