"""Numbers at the edges give findings or errors with explanations, never exceptions.

Through the public API only: claims files (:func:`factcheck.claims.loads`)
and :func:`factcheck.engine.evaluate_figures`. Huge and tiny numbers, zero
bases, divisors whose interval holds zero, backwards ranges, negative
values and figures in units that do not go together.
"""

from __future__ import annotations

import pytest

from factcheck import parse_figure
from factcheck.claims import loads
from factcheck.engine import check_claimset, evaluate_figures
from factcheck.errors import ClaimsFileError, FigureError
from factcheck.findings import Finding
from factcheck.text.scanner import find_figures


def _check(article: str, claims: str, check: str) -> Finding:
    """The one finding of ``check`` on ``claims`` quoted from ``article``."""
    claimset = loads(f"claims:\n{claims}\nchecks:\n  - {check}\n", article=article)
    findings = [f for f in check_claimset(claimset).findings if f.rule != "quote"]
    assert len(findings) == 1, findings
    return findings[0]


def _change(
    article: str, before: str, after: str, change: str, rule: str = "percent_change"
) -> Finding:
    claims = f'  a: "{before}"\n  b: "{after}"\n  c: "{change}"'
    return _check(article, claims, f"{{rule: {rule}, from: a, to: b, change: c}}")


# ------------------------------------------------------------- huge and tiny


def test_scientific_notation_is_an_error_naming_the_claim() -> None:
    with pytest.raises(ClaimsFileError, match="scientific notation is not read: '1e308'") as info:
        loads("claims:\n  big: '1e308'\n", article="It reached 1e308 units.")
    assert (info.value.line, info.value.column) == (2, 8)  # the quote in the claims file
    assert "scale word" in (info.value.hint or "")


def test_ten_to_the_999_written_with_a_caret_is_an_error_naming_the_claim() -> None:
    with pytest.raises(ClaimsFileError, match=r"power of ten 10\^999 is too large") as info:
        loads("claims:\n  big: '10^999'\n", article="It reached 10^999 units.")
    assert (info.value.line, info.value.column) == (2, 8)
    assert "10^300" in (info.value.hint or "")


def test_ten_to_the_999_is_no_figure_in_a_scan() -> None:
    assert find_figures("It reached 10^999 units, or 2×10^-999 kg.") == []


def test_ten_to_the_999_written_out_is_read_exactly_and_checked() -> None:
    big, double = "1" + "0" * 999, "2" + "0" * 999
    finding = _change(f"It rose from {big} to {double}, up 100%.", big, double, "100%")
    assert finding.status.value == "consistent"
    assert finding.quote == "100%"


def test_a_number_too_long_to_read_is_an_error() -> None:
    long = "9" * 1001
    with pytest.raises(ClaimsFileError, match="1001 digits is too long to read"):
        loads(f"claims:\n  big: '{long}'\n", article=f"It reached {long} units.")


def test_tiny_figures_with_hundreds_of_decimals() -> None:
    tiny, double = "0." + "0" * 400 + "1", "0." + "0" * 400 + "2"
    finding = _change(f"It rose from {tiny} to {double}, up 100%.", tiny, double, "100%")
    assert finding.status.value == "consistent"


def test_a_rise_to_a_number_of_forty_digits() -> None:
    # Formatting the recomputed change failed beyond 28 significant digits.
    big = "1" + "0" * 40
    finding = _change(f"It rose from 3 to {big}, up 28%.", "from 3", big, "28%")
    assert finding.status.value == "inconsistent"
    assert "28%" in finding.message


# --------------------------------------------------------------------- zero


def test_a_percent_change_from_zero_is_undetermined_and_says_why() -> None:
    finding = _change("Cases rose from 0 to 5, up 50%.", "from 0", "to 5", "50%")
    assert finding.status.value == "undetermined"
    assert "from 0 is undefined" in finding.message
    assert "the division has no answer" in finding.explanation


def test_a_base_whose_interval_holds_zero() -> None:
    finding = _change(
        "From between -5 and 5 cases to 10, up 50%.", "between -5 and 5", "to 10", "50%"
    )
    assert finding.status.value in {"inconsistent", "undetermined"}
    assert finding.explanation


@pytest.mark.parametrize(
    ("rule", "roles"),
    [
        ("share", {"part": "5 people", "whole": "0 people", "share": "20%"}),
        ("share", {"part": "5", "whole": "between 0 and 10", "share": "20%"}),
        ("multiple", {"from": "0", "to": "5", "factor": "doubled"}),
        ("multiple", {"from": "between -1 and 1", "to": "5", "factor": "doubled"}),
        ("percent_of_n", {"n": "0 people", "share": "38%"}),
        ("percent_of_n", {"n": "23 people", "share": "more than 0%"}),
        ("point_change", {"from": "0%", "to": "0%", "change": "0 percentage points"}),
    ],
)
def test_zero_in_any_role_gives_a_finding(rule: str, roles: dict[str, str]) -> None:
    figures = {role: parse_figure(text) for role, text in roles.items()}
    [finding] = evaluate_figures(rule, figures)
    assert finding.message
    if finding.status.value != "consistent":
        assert finding.explanation


# ---------------------------------------------------------- backwards ranges


def test_a_backwards_range_is_an_error_pointing_at_the_text() -> None:
    text = "Estimates put it between 100 and 50 fighters."
    with pytest.raises(FigureError, match="range runs backwards") as info:
        parse_figure(text)
    assert info.value.start is not None and info.value.end is not None
    assert text[info.value.start : info.value.end] == "between 100 and 50"
    assert "smaller end first" in (info.value.hint or "")
    with pytest.raises(ClaimsFileError, match="range runs backwards: 'between 100 and 50'"):
        loads("claims:\n  f: 'between 100 and 50 fighters'\n", article=text)
    assert [f.text for f in find_figures(text)] != ["between 100 and 50"]


# ------------------------------------------------------------------ negatives


def test_negative_values_are_checked() -> None:
    finding = _change("It went from -5 to -10, down 100%.", "from -5", "to -10", "100%")
    assert finding.status.value == "consistent"
    finding = _change(
        "Temperatures went from −5 to 5, a change of 10 points.",
        "from −5",
        "to 5",
        "10 points",
        rule="point_change",
    )
    assert finding.message


# ------------------------------------------------------------------ units


def test_money_and_people_do_not_compare() -> None:
    finding = _check(
        "It cost $5 million for 300 people.",
        '  a: "$5 million"\n  b: "300 people"',
        "{rule: compare, a: a, b: b}",
    )
    assert finding.status.value == "undetermined"
    assert "cannot convert person to USD" in finding.message
    assert "different things" in finding.explanation


def test_money_and_people_do_not_add_up() -> None:
    finding = _check(
        "It cost $5 million for 300 people, a total of 400.",
        '  a: "$5 million"\n  b: "300 people"\n  t: "total of 400"',
        "{rule: sum_equals, parts: [a, b], total: t}",
    )
    assert finding.status.value == "undetermined"
    assert "cannot add" in finding.message


def test_percent_and_points_are_not_confused() -> None:
    article = "Support rose from 40% to 50%, a 10% increase."
    finding = _change(article, "from 40%", "to 50%", "a 10% increase")
    assert finding.status.value == "inconsistent"
    assert "percentage points" in finding.message
    points = _change(
        "Support rose from 40% to 50%, 10 percentage points.",
        "from 40%",
        "to 50%",
        "10 percentage points",
    )
    assert points.status.value == "consistent"


def test_two_currencies_do_not_mix() -> None:
    finding = _check(
        "It cost $5 million here and €5 million there.",
        '  a: "$5 million"\n  b: "€5 million"',
        "{rule: compare, a: a, b: b, options: {op: '='}}",
    )
    assert finding.status.value == "undetermined"
    assert "EUR" in finding.message and "USD" in finding.message
