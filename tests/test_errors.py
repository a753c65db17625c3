"""The project's own exceptions."""

from __future__ import annotations

from factcheck.errors import ClaimsFileError, FactcheckError, FigureError, did_you_mean


def test_str_has_location_and_hint() -> None:
    err = FigureError("cannot read 'x'", file="a.yaml", line=3, column=7, hint="write a number")
    assert str(err) == "a.yaml:3:7: cannot read 'x' (hint: write a number)"
    assert isinstance(err, FactcheckError)


def test_located_fills_only_missing_parts() -> None:
    err = FactcheckError("m", line=2).located(file="f", line=9, column=4)
    assert (err.file, err.line, err.column) == ("f", 2, 4)


def test_many_problems_become_one_error_in_order() -> None:
    problems: list[FactcheckError] = [
        ClaimsFileError("second", file="c.yaml", line=9, column=1),
        ClaimsFileError("first", file="c.yaml", line=2, column=5),
    ]
    err = ClaimsFileError.from_problems(problems)
    assert err.message == "first (and 1 more problem)"
    assert err.report().splitlines() == ["c.yaml:2:5: first", "c.yaml:9:1: second"]


def test_did_you_mean() -> None:
    assert did_you_mean("qoute", ["quote", "source"]) == "did you mean 'quote'?"
    assert did_you_mean("zzz", ["quote"]) is None
