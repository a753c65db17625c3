"""The one pint registry of the process, and how names and symbols become units.

The registry is built lazily from factcheck's own small definitions file
(``units.txt``) with :class:`~fractions.Fraction` magnitudes, so conversion
factors are exact and start-up stays fast. Currencies are separate dimensions,
counted things (people, incidents) can be kept apart, and percent and
percentage points are distinct and not convertible.

>>> str(parse_unit("$"))
'USD'
>>> conversion_factor(parse_unit("percent"), parse_unit("dimensionless"))
Fraction(1, 100)
"""

from __future__ import annotations

import re
import threading
from fractions import Fraction
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from factcheck.errors import UnitError, did_you_mean

if TYPE_CHECKING:
    import pint

__all__ = [
    "CURRENCY_SYMBOLS",
    "conversion_factor",
    "counted_name",
    "declare_counted",
    "dimensionless",
    "is_currency",
    "is_percent",
    "is_percentage_point",
    "parse_unit",
    "registry",
    "same_dimension",
]

#: Currency symbols and prefixes, longest first where one is a prefix of another.
CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD",
    "U.S.$": "USD",
    "A$": "AUD",
    "C$": "CAD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "R$": "BRL",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₽": "RUB",
    "₩": "KRW",
    "₺": "TRY",
    "₦": "NGN",
    "₪": "ILS",
    "؋": "AFN",
    "Af": "AFN",
}

# Words people write for units that pint's own names do not cover.
_ALIASES: dict[str, str] = {
    "%": "percent",
    "per cent": "percent",
    "pct": "percent",
    "percentage point": "percentage_point",
    "percentage points": "percentage_point",
    "percentage-point": "percentage_point",
    "points": "percentage_point",
    "": "dimensionless",
    "count": "dimensionless",
    "number": "dimensionless",
}

_lock = threading.Lock()
_counted: dict[str, str] = {}


@cache
def registry() -> pint.UnitRegistry[Any]:
    """The process-wide pint registry, built on first use and then reused."""
    import pint  # deferred: importing pint is the largest part of start-up

    text = resources.files("factcheck").joinpath("units.txt").read_text(encoding="utf-8")
    reg: pint.UnitRegistry[Any] = pint.UnitRegistry(
        None,
        non_int_type=Fraction,
        autoconvert_offset_to_baseunit=False,
        cache_folder=None,
    )
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            reg.define(line)
    return reg


def dimensionless() -> pint.Unit:
    """The unit of a bare number."""
    return registry().dimensionless


_CLEAN = re.compile(r"[\s\-]+")


def parse_unit(name: str) -> pint.Unit:
    """Turn a unit as people write it (``"$"``, ``"per cent"``, ``"km"``, ``"people"``) into a unit.

    Raises :class:`~factcheck.errors.UnitError` with a suggestion for names the
    registry does not know.
    """
    key = name.strip()
    if key in CURRENCY_SYMBOLS:
        key = CURRENCY_SYMBOLS[key]
    lowered = key.lower()
    if lowered in _ALIASES:
        key = _ALIASES[lowered]
    elif lowered in _counted:
        key = _counted[lowered]
    reg = registry()
    candidate = _CLEAN.sub("_", key)
    try:
        unit: pint.Unit = reg.Unit(candidate)
    except Exception as exc:  # pint raises several unrelated types for bad names
        known = [*reg._units.keys(), *_ALIASES, *_counted]
        raise UnitError(
            f"unknown unit {name!r}",
            hint=did_you_mean(name, known)
            or "declare counted things with factcheck.units.declare_counted() "
            "or the claims file's 'counted' list",
        ) from exc
    return unit


def declare_counted(name: str, *plurals: str) -> pint.Unit:
    """Declare a counted thing (``incident``, ``province``) as a dimension of its own.

    Figures counted in different things never add up or compare silently.
    Declaring the same name twice is harmless.

    >>> str(declare_counted("incident", "incidents"))
    'incident'
    """
    base = _CLEAN.sub("_", name.strip().lower())
    if not re.fullmatch(r"[a-z][a-z_]*", base):
        raise UnitError(
            f"cannot declare counted thing {name!r}",
            hint="use a plain word such as 'incident' or 'province'",
        )
    reg = registry()
    with _lock:
        if base not in reg._units:
            reg.define(f"{base} = [{base}]")
        for word in (base, *plurals):
            _counted[word.strip().lower()] = base
    unit: pint.Unit = reg.Unit(base)
    return unit


def counted_name(word: str) -> str | None:
    """The declared counted thing a word names (``"incidents"`` → ``"incident"``), else ``None``.

    Cheap and pint-free, so the figure scanner can ask it of every noun.
    """
    return _counted.get(word.strip().lower())


def _dims(unit: pint.Unit) -> Any:
    return unit.dimensionality


def same_dimension(a: pint.Unit, b: pint.Unit) -> bool:
    """Whether amounts in ``a`` and ``b`` can be compared or added after conversion."""
    return bool(_dims(a) == _dims(b))


def conversion_factor(source: pint.Unit, target: pint.Unit) -> Fraction:
    """The exact factor ``f`` such that ``x source == x * f target``.

    Raises :class:`~factcheck.errors.UnitError` when the dimensions differ.
    """
    if source == target:
        return Fraction(1)
    if not same_dimension(source, target):
        raise UnitError(
            f"cannot convert {_name(source)} to {_name(target)}",
            hint="the figures measure different things; check the claims' units",
        )
    reg = registry()
    magnitude = reg.Quantity(Fraction(1), source).to(target).magnitude
    return Fraction(magnitude)


def _name(unit: pint.Unit) -> str:
    text = str(unit)
    return text or "a bare number"


def is_currency(unit: pint.Unit) -> bool:
    """Whether ``unit`` is a single currency."""
    dims = dict(_dims(unit))
    return (
        len(dims) == 1 and next(iter(dims)).startswith("[currency_") and set(dims.values()) == {1}
    )


def is_percent(unit: pint.Unit) -> bool:
    """Whether ``unit`` is percent (a share, not a difference of shares)."""
    return bool(unit == registry().percent)


def is_percentage_point(unit: pint.Unit) -> bool:
    """Whether ``unit`` is the percentage point."""
    return bool(unit == registry().percentage_point)
