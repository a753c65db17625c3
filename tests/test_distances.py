"""Bare lengths in metres that the grammar read as millions (factcheck.text.distances)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from factcheck.text.scanner import find_figures


@pytest.mark.parametrize(
    ("sentence", "text", "metres"),
    [
        ("She won the women's 800m in Birmingham.", "800m", 800),
        ("He is the Olympic 200m champion.", "200m", 200),
        ("The 60m hurdles final was close.", "60m", 60),
        ("She won the 400m in 49.5 seconds.", "400m", 400),
        ("He won the 1,000m at the meeting.", "1,000m", 1000),
        ("She cleared 4.88m at the meeting.", "4.88m", Fraction(488, 100)),
        ("He set a personal best of 16.76m.", "16.76m", Fraction(1676, 100)),
        ("She reached 1.80m in the high jump.", "1.80m", Fraction(18, 10)),
    ],
)
def test_an_athletics_distance_is_in_metres(sentence: str, text: str, metres: Fraction) -> None:
    [figure] = [f for f in find_figures(sentence) if f.text == text]
    assert str(figure.unit) == "meter"
    assert figure.value == metres


@pytest.mark.parametrize(
    "sentence",
    [
        "The firm won the 5m contract.",
        "It won 5m in damages.",
        "Sales of 400m units were made.",
        "The group lost 5m last year.",
    ],
)
def test_a_glued_m_elsewhere_stays_millions(sentence: str) -> None:
    [figure] = find_figures(sentence)
    assert figure.low is not None and figure.low > 1_000_000


def test_distances_in_one_sentence_are_all_metres() -> None:
    sentence = "She threw 68.5m to win the javelin, 2.5m clear of the runner-up on 66m."
    assert [str(f.unit) for f in find_figures(sentence)] == ["meter"] * 3
    article = "He won the 800m. Then he ran the 10,000m and the 1500m."
    assert [str(f.unit) for f in find_figures(article)] == ["meter"] * 3
    # money beside them keeps its currency, and a bare "5m fee" stays millions
    money = find_figures("She won the women's 800m. The club lost £3m and a 5m fee.")
    assert [str(f.unit) for f in money] == ["meter", "GBP", "dimensionless"]


def test_a_race_ending_its_phrase_in_an_article_of_distances() -> None:
    # "the 1500m," has no verb of racing before it: the article's 800m makes it a race
    text = "She won the women's 800m. Then came the 1500m, which she also won."
    assert [str(f.unit) for f in find_figures(text)] == ["meter", "meter"]
    # without a distance in the article it stays millions
    assert [str(f.unit) for f in find_figures("Then came the 1500m, which she won.")] == [
        "dimensionless"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "He won 5m gold coins in the lottery.",
        "Olympic chiefs set a record of 5m visitors.",
        "The club has 2m season ticket holders.",
        "Farah, who won the 5,000m title, signed a 2m deal.",
    ],
)
def test_a_glued_m_that_counts_things_stays_millions(sentence: str) -> None:
    counted = [f for f in find_figures(sentence) if f.noun and f.noun.split()[0] != "title"]
    assert counted and all(str(f.unit) == "dimensionless" for f in counted)


def test_an_article_of_athletics_reads_its_bare_lengths_as_metres() -> None:
    text = (
        "She cleared 4.88m to win. The 1500m was won by Smith, and Jones leapt with 6.92m. "
        "The club has 2m members."
    )
    units = {f.text: str(f.unit) for f in find_figures(text)}
    assert units == {"4.88m": "meter", "1500m": "meter", "6.92m": "meter", "2m": "dimensionless"}
