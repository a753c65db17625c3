"""The NewsQuant scoring script maps factcheck's readings onto NewsQuant's conventions."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import newsquant_eval


def changes(sentence: str) -> list[tuple[str, object, str]]:
    return [(q.text, q.value, q.change) for q in newsquant_eval.factcheck_quantities(sentence)]


def test_just_under_is_less_than_and_its_conversions_too() -> None:
    found = changes("It makes just under 296 hp (224 kW / 300 PS) and nearly 450 Nm.")
    assert [c for _, _, c in found] == ["<", "<", "<", "~"]


def test_nearly_before_a_bracket_stays_about() -> None:
    assert [c for _, _, c in changes("nearly 296 hp (224 kW)")] == ["~", "~"]


@pytest.mark.parametrize(
    "sentence",
    [
        "It has dropped from $75 U.S. per barrel to $45.88 on December 20.",
        "Bitcoin fell from $36,040 at 10.45pm last night to $34,935 at 5am.",
    ],
)
def test_from_a_to_b_is_one_quantity_across_abbreviations_and_times(sentence: str) -> None:
    (quantity,) = newsquant_eval.factcheck_quantities(sentence)
    assert isinstance(quantity.value, tuple)


def test_from_a_to_b_never_crosses_a_sentence_end() -> None:
    found = newsquant_eval.factcheck_quantities("Prices fell from $75. Then to $45.88 it went.")
    assert len(found) == 2
