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
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from fractions import Fraction
from functools import cache, lru_cache, wraps
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from factcheck.errors import UnitError, did_you_mean

if TYPE_CHECKING:
    import pint

__all__ = [
    "CURRENCY_SYMBOLS",
    "conversion_factor",
    "counted_name",
    "counted_scope",
    "counted_words",
    "declare_counted",
    "dimensionless",
    "is_counted_name",
    "is_currency",
    "is_percent",
    "is_percentage_point",
    "parse_unit",
    "per_unit",
    "registry",
    "same_dimension",
    "temperature_conversion",
    "unit_text",
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
#: Counted things declared for the whole process (word → base name).
_counted: dict[str, str] = {}
#: Counted things declared for the work under way only (one claims file's
#: ``counted`` list), so that what one file declares never changes how another
#: file's figures read, whichever order or process they are checked in.
_scope: ContextVar[Mapping[str, str]] = ContextVar(
    "factcheck_counted", default=MappingProxyType({})
)
#: Base names of counted things defined at run time (not in units.txt).
_runtime_bases: set[str] = set()


@cache
def registry() -> pint.UnitRegistry[Any]:
    """The process-wide pint registry, built on first use and then reused."""
    import pint  # deferred: importing pint is the largest part of start-up

    reg: pint.UnitRegistry[Any] = pint.UnitRegistry(
        None,
        non_int_type=Fraction,
        autoconvert_offset_to_baseunit=False,
        cache_folder=None,
    )
    lines = [line.strip() for line in _units_text().splitlines()]
    _define(reg, [line for line in lines if line and not line.startswith("#")])
    return reg


def _units_text() -> str:
    # Read beside this module when it is a plain file; importlib.resources,
    # needed only for zipped installs, costs another millisecond of start-up.
    try:
        return Path(__file__).with_name("units.txt").read_text(encoding="utf-8")
    except OSError:
        from importlib import resources

        return resources.files("factcheck").joinpath("units.txt").read_text(encoding="utf-8")


# Definitions are handed to pint as ready objects rather than as text: pint's
# definition parser took about 17 ms of a 250 ms cold `factcheck audit` (more
# than all of factcheck's own work on the example), building the same
# definitions directly takes about 3 ms. See docs/performance.md.
_TERM = re.compile(r"\s*(\*\*|[*/]|\[\w+\]|[A-Za-z_]\w*|\d+(?:\.\d+)?)")


def _expression(text: str) -> tuple[Fraction, dict[str, int]]:
    """``"146097 / 400 * day"`` → ``(Fraction(146097, 400), {"day": 1})``.

    Products and quotients of numbers, names and ``[dimensions]``, each with an
    optional whole ``** power``: all that units.txt uses.
    """
    tokens = _TERM.findall(text)
    if "".join(tokens) != "".join(text.split()):
        raise ValueError(f"cannot read the unit expression {text!r}")
    scale, reference = Fraction(1), dict[str, int]()
    sign, i = 1, 0
    while i < len(tokens):
        token = tokens[i]
        if token in ("*", "/"):
            sign = 1 if token == "*" else -1
            i += 1
            continue
        power = sign
        if tokens[i + 1 : i + 2] == ["**"]:
            power *= int(tokens[i + 2])
            i += 2
        if token[0].isdigit():
            scale *= Fraction(token) ** power
        else:
            reference[token] = reference.get(token, 0) + power
        i += 1
    return scale, {name: power for name, power in reference.items() if power}


def _define(reg: pint.UnitRegistry[Any], lines: Iterable[str]) -> None:
    """Add definitions written as in pint's files (``name = expression = symbol = alias``)."""
    lines = list(lines)
    try:
        from pint.facets.plain.definitions import ScaleConverter, UnitDefinition
        from pint.util import UnitsContainer

        definitions = []
        for line in lines:
            name, value, *names = (part.strip() for part in line.split("="))
            symbol = names[0] if names and names[0] != "_" else None
            aliases = tuple(a for a in names[1:] if a not in ("", "_"))
            scale, reference = _expression(value)
            definitions.append(
                UnitDefinition(
                    name,
                    symbol,
                    aliases,
                    ScaleConverter(scale),  # type: ignore[arg-type]  # exact on purpose
                    UnitsContainer(reference, non_int_type=Fraction),
                )
            )
    except (ImportError, TypeError, ValueError):
        # A pint whose internals moved: its own (slower) parser still works.
        reg.load_definitions(lines)
        return
    for definition in definitions:
        reg.define(definition)  # type: ignore[arg-type]  # pint takes definitions too


def dimensionless() -> pint.Unit:
    """The unit of a bare number."""
    return _named("dimensionless")


@cache
def _named(name: str) -> pint.Unit:
    """A unit of units.txt by its name, looked up once."""
    return _unit(registry(), name)


_CLEAN = re.compile(r"[\s\-]+")
#: Units the scanner and the rules name by their units.txt name.
_PLAIN_NAMES = frozenset({"percent", "year", "minute", "dimensionless", "day", "meter"})


def parse_unit(name: str) -> pint.Unit:
    """Turn a unit as people write it (``"$"``, ``"per cent"``, ``"km"``, ``"people"``) into a unit.

    Raises :class:`~factcheck.errors.UnitError` with a suggestion for names the
    registry does not know.
    """
    if name in _PLAIN_NAMES and counted_name(name) is None:
        # The figure scanner and the rules name these units tens of thousands
        # of times: each is a plain units.txt name (no symbol, alias or
        # separator), so the lookup below would end in _named's own.
        return _named(name)
    key = name.strip()
    if key in CURRENCY_SYMBOLS:
        key = CURRENCY_SYMBOLS[key]
    lowered = key.lower()
    counted = counted_name(lowered)
    if lowered in _ALIASES:
        key = _ALIASES[lowered]
    elif counted is not None:
        key = counted
    reg = registry()
    candidate = _CLEAN.sub("_", key)
    try:
        unit = _unit(reg, candidate)
        if _runtime_bases and _undeclared(unit):
            raise KeyError(candidate)
    except Exception as exc:  # pint raises several unrelated types for bad names
        known = [*reg._units.keys(), *_ALIASES, *_counted, *_scope.get()]
        raise UnitError(f"unknown unit {name!r}", hint=_unknown_unit_hint(name, known)) from exc
    return unit


def _unknown_unit_hint(name: str, known: Iterable[str]) -> str:
    """What to do about an unknown unit: a close name, and for a word the YAML that declares it.

    >>> _unknown_unit_hint("residents", [])
    'if it counts things, declare them in the claims file: counted: [resident]'
    """
    close = did_you_mean(name, known)
    word = name.strip()
    if not _NAME.fullmatch(word):
        return close or "see docs/figures.md for the units understood"
    singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    declare = f"if it counts things, declare them in the claims file: counted: [{singular}]"
    return f"{close} or, {declare}" if close else declare


_NAME = re.compile(r"[^\W\d]\w*")


def _unit(reg: pint.UnitRegistry[Any], candidate: str) -> pint.Unit:
    # A single name is looked up rather than parsed: pint parses unit strings
    # with Python's tokenize module, whose first use compiles a large regular
    # expression (about 5 ms of every cold start).
    if _NAME.fullmatch(candidate):
        from pint.util import UnitsContainer

        name = reg.get_name(candidate)
        unit: pint.Unit = reg.Unit(UnitsContainer({name: 1} if name else {}))
        return unit
    return _whole_powers(reg, reg.Unit(candidate))


def _whole_powers(reg: pint.UnitRegistry[Any], unit: pint.Unit) -> pint.Unit:
    """``unit`` with its whole powers as ints: a registry with Fraction magnitudes
    parses "km^2" as km to the Fraction 2, which pint's formatter cannot print."""
    from pint.util import UnitsContainer

    powers = dict(unit._units.items())
    if all(isinstance(p, int) for p in powers.values()):
        return unit
    whole = {
        name: int(p) if isinstance(p, Fraction) and p.denominator == 1 else p
        for name, p in powers.items()
    }
    result: pint.Unit = reg.Unit(UnitsContainer(whole))
    return result


def _undeclared(unit: pint.Unit) -> bool:
    # A counted thing another claims file declared is in the registry, but
    # must read as unknown here, just as in a process that never saw that file.
    visible = {*_counted.values(), *_scope.get().values()}
    return any(dim[1:-1] in _runtime_bases and dim[1:-1] not in visible for dim in _dims(unit))


def _define_counted(name: str, plurals: Iterable[str]) -> dict[str, str]:
    """Define the counted thing ``name`` in the registry; its words → its base name."""
    base = _CLEAN.sub("_", name.strip().lower())
    if not re.fullmatch(r"[a-z][a-z_]*", base):
        raise UnitError(
            f"cannot declare counted thing {name!r}",
            hint="use a plain word such as 'incident' or 'province'",
        )
    reg = registry()
    with _lock:
        if base not in reg._units:
            _define(reg, [f"{base} = [{base}]"])
            _runtime_bases.add(base)
    return {word.strip().lower(): base for word in (base, *plurals)}


def declare_counted(name: str, *plurals: str) -> pint.Unit:
    """Declare a counted thing (``incident``, ``province``) as a dimension of its own.

    Figures counted in different things never add up or compare silently.
    Declaring the same name twice is harmless.

    >>> str(declare_counted("incident", "incidents"))
    'incident'
    """
    words = _define_counted(name, plurals)
    with _lock:
        _counted.update(words)
    return _unit(registry(), next(iter(words.values())))


def counted_words(things: Iterable[str]) -> dict[str, str]:
    """Define counted ``things`` without declaring them: their words (and plurals in -s) → name.

    Hand the result to :func:`counted_scope` to declare them for a while.
    """
    words: dict[str, str] = {}
    for thing in things:
        words.update(_define_counted(thing, (thing.strip().lower() + "s",)))
    return words


@contextmanager
def counted_scope(words: Mapping[str, str]) -> Iterator[None]:
    """Within the block, the counted things of :func:`counted_words` are declared.

    Unlike :func:`declare_counted`, the declaration ends with the block and is
    seen only by the thread or task that made it: the claims loader reads each
    file's ``counted`` list this way, so that files never affect each other,
    whichever order or process they are checked in.

    >>> with counted_scope(counted_words(["checkpoint"])):
    ...     counted_name("checkpoints")
    'checkpoint'
    >>> counted_name("checkpoints") is None
    True
    """
    token = _scope.set(MappingProxyType({**_scope.get(), **words}))
    try:
        yield
    finally:
        _scope.reset(token)


def counted_name(word: str) -> str | None:
    """The declared counted thing a word names (``"incidents"`` → ``"incident"``), else ``None``.

    Cheap and pint-free, so the figure scanner can ask it of every noun.
    """
    key = word.strip().lower()
    return _scope.get().get(key) or _counted.get(key)


def _dims(unit: pint.Unit) -> Any:
    return unit.dimensionality


def same_dimension(a: pint.Unit, b: pint.Unit) -> bool:
    """Whether amounts in ``a`` and ``b`` can be compared or added after conversion."""
    return bool(_dims(a) == _dims(b))


#: The two temperature scales, each as (degrees per kelvin, the scale's reading at
#: 0 °C). Kept out of pint's offset units: a printed temperature may be a reading or a
#: difference, and only the text tells which.
_TEMPERATURE_SCALES: dict[str, tuple[Fraction, Fraction]] = {
    "degree_Celsius": (Fraction(1), Fraction(0)),
    "degree_Fahrenheit": (Fraction(9, 5), Fraction(32)),
}


def temperature_conversion(
    source: pint.Unit, target: pint.Unit, *, difference: bool = False
) -> tuple[Fraction, Fraction] | None:
    """``(scale, offset)`` with ``target = scale * source + offset``, between two
    temperature scales; ``None`` unless both units are one.

    A reading converts with the offset, a difference (a rise of 2 °C) without it.

    >>> from factcheck.units import parse_unit
    >>> c, f = parse_unit("degC"), parse_unit("degF")
    >>> temperature_conversion(c, f)
    (Fraction(9, 5), Fraction(32, 1))
    >>> temperature_conversion(f, c, difference=True)
    (Fraction(5, 9), Fraction(0, 1))
    """
    a = _TEMPERATURE_SCALES.get(unit_text(source))
    b = _TEMPERATURE_SCALES.get(unit_text(target))
    if a is None or b is None:
        return None
    scale = b[0] / a[0]
    return scale, (Fraction(0) if difference else b[1] - scale * a[1])


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
    return _factor(source, target)


@lru_cache(maxsize=1024)
def _factor(source: pint.Unit, target: pint.Unit) -> Fraction:
    # A pint conversion costs far more than the arithmetic it feeds, and a
    # definition never changes once made: each pair is converted once.
    reg = registry()
    magnitude = reg.Quantity(Fraction(1), source).to(target).magnitude
    return Fraction(magnitude)


def per_unit(compute: Callable[[Any], str]) -> Callable[[Any], str]:
    """``compute`` remembered for each unit object.

    By identity, not equality: hashing a pint unit runs two Python methods, and
    a scan asks about the few unit objects the grammar hands out tens of
    thousands of times a megabyte. Each entry keeps its unit, so an id is never
    reused while it is remembered.
    """
    seen: dict[int, tuple[Any, str]] = {}

    def lookup(unit: Any) -> str:
        hit = seen.get(id(unit))
        if hit is not None and hit[0] is unit:
            return hit[1]
        value = compute(unit)
        if len(seen) >= 1024:
            seen.clear()
        seen[id(unit)] = (unit, value)
        return value

    return wraps(compute)(lookup)


@per_unit
def unit_text(unit: Any) -> str:
    """``str(unit)``, remembered: pint formats a unit anew each time."""
    return str(unit)


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
    return bool(unit == _named("percent"))


def is_percentage_point(unit: pint.Unit) -> bool:
    """Whether ``unit`` is the percentage point."""
    return bool(unit == _named("percentage_point"))


def is_counted_name(name: str) -> bool:
    """Whether ``name`` is a counted thing declared at run time (``incident``, ``province``)."""
    return name in _runtime_bases
