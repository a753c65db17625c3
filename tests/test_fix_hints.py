"""Messages that say how to fix (issue 15, item 7)."""

from __future__ import annotations

import pytest

from factcheck.claims import loads
from factcheck.engine import check_claimset
from factcheck.errors import ClaimsFileError, RuleError, UnitError
from factcheck.figures import Amount
from factcheck.intervals import Interval
from factcheck.reports import get_renderer
from factcheck.rules import get_rule
from factcheck.text.anchors import closest_passage, word_changes
from factcheck.units import parse_unit

ARTICLE = "The village had 275 residents in 2020, up from 250 in 2010. Of them, 200 were adults."


def test_a_bare_number_and_a_counted_thing_hint_at_the_unit() -> None:
    with pytest.raises(UnitError) as caught:
        _ = Amount(Interval.point(1), parse_unit("person")) + Amount(Interval.point(2))
    assert "cannot add person and a bare number" in caught.value.message
    assert "'unit: person'" in (caught.value.hint or "")


def test_an_unknown_counted_word_hints_at_the_yaml() -> None:
    with pytest.raises(UnitError) as caught:
        parse_unit("residents")
    hint = caught.value.hint or ""
    assert "counted: [resident]" in hint
    assert "declare_counted" not in hint


def test_an_unknown_rule_lists_the_near_rules() -> None:
    with pytest.raises(RuleError) as caught:
        get_rule("sum")
    hint = caught.value.hint or ""
    assert "'sum_at_most'" in hint and "'sum_equals'" in hint
    with pytest.raises(RuleError) as caught:
        get_rule("percent")
    hint = caught.value.hint or ""
    assert "'percent_change'" in hint and "'percent_of_n'" in hint


def test_an_unknown_rule_in_a_claims_file_names_them() -> None:
    claims = (
        "document: a.txt\nclaims:\n  adults: '200 were adults'\n"
        "checks:\n  - rule: percent\n    part: adults\n"
    )
    with pytest.raises(ClaimsFileError, match="percent_change"):
        loads(claims, article=ARTICLE)


def test_a_stale_quote_shows_the_closest_passage_and_what_changed() -> None:
    claims = "document: a.txt\nclaims:\n  before: {quote: 'from 257 in 2010', figure: '257'}\n"
    cs = loads(claims, article=ARTICLE)
    problem = cs.resolve("before").problem or ""
    assert "'from 250 in 2010'" in problem
    assert "(257 → 250)" in problem


def test_closest_passage_needs_a_real_likeness() -> None:
    assert closest_passage(ARTICLE, "completely different words here") is None
    assert closest_passage("", "x") is None
    assert word_changes("rose 5% to 21", "rose 6% to 21") == ["5% → 6%"]
    assert word_changes("a b", "a b c") == ["∅ → c"]


def test_fix_hints_are_not_labelled_arithmetic() -> None:
    claims = (
        "document: a.txt\ncounted: [resident]\nclaims:\n"
        "  total: {quote: '275 residents', unit: resident}\n"
        "  adults: '200 were adults'\n"
        "  gone: {quote: 'from 257 in 2010', figure: '257'}\n"
        "checks:\n  - rule: sum_at_most\n    parts: [adults]\n    total: total\n"
    )
    text = get_renderer("text").render(check_claimset(loads(claims, article=ARTICLE)))
    fixes = [line for line in text.splitlines() if line.strip().startswith("fix")]
    assert any("'unit: resident'" in line for line in fixes), text
    assert any("update the quote" in line for line in fixes), text
    assert not any(
        "hint:" in line or "update the quote" in line
        for line in text.splitlines()
        if line.strip().startswith("arithmetic")
    ), text


def test_the_closest_passage_of_a_short_quote_is_the_most_alike() -> None:
    text = "Numbers rose from 410,000 in 2022 to 429,000 in 2023."
    span = closest_passage(text, "492,000")
    assert span is not None and text[span[0] : span[1]] == "429,000"
