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
        ("Violence rose 61%, the monitors said.", ["violence_rose"]),
        # a clause with nothing to name the figure: the sentence's words
        ("It killed him in Abbottabad, Pakistan, on 2 May 2011.", ["date_abbottabad_pakistan"]),
        # never half a word, however long the words after
        ("It rose 5% " + "extraordinarily " * 6, ["extraordinarily_extraordinarily"]),
    ],
)
def test_ids_come_from_the_nearest_words(text: str, expected: list[str]) -> None:
    assert ids(text) == expected


def test_an_id_without_words_is_the_kind() -> None:
    assert ids("5%") == ["quantity"]
