"""The registry: aliases, currencies as dimensions, percent vs points, counted things."""

from __future__ import annotations

from fractions import Fraction

import pytest

from factcheck.errors import UnitError
from factcheck.units import (
    conversion_factor,
    counted_name,
    declare_counted,
    dimensionless,
    is_currency,
    is_percent,
    is_percentage_point,
    parse_unit,
    same_dimension,
)


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("$", "USD"),
        ("US$", "USD"),
        ("€", "EUR"),
        ("£", "GBP"),
        ("¥", "JPY"),
        ("%", "percent"),
        ("per cent", "percent"),
        ("pct", "percent"),
        ("percentage points", "percentage_point"),
        ("percentage-point", "percentage_point"),
        ("points", "percentage_point"),
        ("people", "person"),
        ("km", "kilometer"),
        ("dollars", "USD"),
        ("euros", "EUR"),
    ],
)
def test_parse_unit_aliases(written: str, name: str) -> None:
    assert str(parse_unit(written)) == name


def test_unknown_unit_has_a_hint() -> None:
    with pytest.raises(UnitError) as info:
        parse_unit("kilometres per fortnight squared banana")
    assert info.value.hint


def test_currencies_are_separate_dimensions() -> None:
    usd, eur = parse_unit("USD"), parse_unit("EUR")
    assert not same_dimension(usd, eur)
    assert is_currency(usd)
    assert not is_currency(parse_unit("percent"))
    with pytest.raises(UnitError):
        conversion_factor(usd, eur)


def test_percent_and_points_never_convert() -> None:
    percent, point = parse_unit("percent"), parse_unit("percentage_point")
    assert is_percent(percent)
    assert is_percentage_point(point)
    assert not same_dimension(percent, point)
    assert conversion_factor(percent, dimensionless()) == Fraction(1, 100)
    with pytest.raises(UnitError):
        conversion_factor(percent, point)


def test_exact_conversions() -> None:
    assert conversion_factor(parse_unit("km"), parse_unit("meter")) == 1000
    assert conversion_factor(parse_unit("mile"), parse_unit("km")) == Fraction(1609344, 1000000)
    assert conversion_factor(parse_unit("week"), parse_unit("day")) == 7


def test_declare_counted_keeps_things_apart() -> None:
    incident = declare_counted("incident", "incidents")
    assert str(incident) == "incident"
    assert declare_counted("incident", "incidents") == incident  # twice is harmless
    assert counted_name("Incidents") == "incident"
    assert counted_name("unicorns") is None
    assert not same_dimension(incident, parse_unit("people"))
    assert str(parse_unit("incidents")) == "incident"


def test_declared_counted_noun_gives_the_figure_its_unit() -> None:
    from factcheck.text.parse import parse_figure
    from factcheck.units import counted_scope, counted_words

    # in a scope, so that no later test reads provinces as a unit of their own
    with counted_scope(counted_words(["province"])):
        assert str(parse_figure("at least 15 provinces").unit) == "province"
    assert str(parse_figure("at least 15 provinces").unit) != "province"


@pytest.mark.parametrize("bad", ["", "two words!", "9lives"])
def test_declare_counted_rejects_bad_names(bad: str) -> None:
    with pytest.raises(UnitError):
        declare_counted(bad)


def test_counted_scope_ends_with_its_block() -> None:
    from factcheck.units import counted_scope, counted_words

    words = counted_words(["checkpoint"])
    with counted_scope(words):
        assert counted_name("checkpoints") == "checkpoint"
        assert str(parse_unit("checkpoints")) == "checkpoint"
    assert counted_name("checkpoints") is None
    with pytest.raises(UnitError):
        parse_unit("checkpoint")  # defined in the registry, but not declared here


def test_registry_equals_what_pints_own_parser_builds() -> None:
    # units.txt is handed to pint as ready definitions (faster); pint's text
    # parser must build the very same units from the same lines.
    from pathlib import Path

    import pint

    from factcheck.units import registry

    path = Path(__file__).parents[1] / "src" / "factcheck" / "units.txt"
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    reference = pint.UnitRegistry(
        None, non_int_type=Fraction, autoconvert_offset_to_baseunit=False, cache_folder=None
    )
    reference.load_definitions([line for line in lines if line and not line.startswith("#")])
    ours = registry()
    names = {definition.name for definition in reference._units.values()}
    assert len(names) > 90
    for name in sorted(names):
        if name.startswith("per_"):
            continue  # pint reads "per_x" as "1 / x" in both registries
        ref = reference.Quantity(Fraction(1), name).to_base_units()
        got = ours.Quantity(Fraction(1), name).to_base_units()
        assert (got.magnitude, dict(got._units)) == (ref.magnitude, dict(ref._units)), name
        assert ours.get_symbol(name) == reference.get_symbol(name)
