"""Build figures and run one rule in a line, without the parser or a claims file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

from hypothesis import strategies as st

from factcheck.figures import Figure
from factcheck.findings import Status
from factcheck.rules import Context, Verdict, get_rule

__all__ = [
    "day",
    "exact",
    "places",
    "printed",
    "rounded",
    "run",
    "status",
    "years",
]


def exact(value: Any, unit: str = "", *, text: str | None = None, **fields: Any) -> Figure:
    """A figure printed in full: exactly ``value``."""
    v = Fraction(str(value)) if not isinstance(value, Fraction) else value
    return Figure(text or str(value), v, v, unit=unit, value=v, **fields)


def rounded(printed_value: str, unit: str = "", **fields: Any) -> Figure:
    """A rounded figure as printed (``"28"`` → 27.5–28.5), half a unit of the last digit."""
    dec = Decimal(printed_value)
    precision = Fraction(Decimal(1).scaleb(dec.as_tuple().exponent))  # type: ignore[arg-type]
    v = Fraction(dec)
    suffix = "%" if unit == "percent" else ""
    return Figure(
        f"{printed_value}{suffix}",
        v - precision / 2,
        v + precision / 2,
        unit=unit,
        hedge="rounded",
        value=v,
        precision=precision,
        **fields,
    )


def printed(value: Fraction, places: int) -> str:
    """``value`` rounded half-up to ``places`` decimals, as a string a writer would print."""
    dec = Decimal(value.numerator) / Decimal(value.denominator)
    return str(dec.quantize(Decimal(1).scaleb(-places), rounding="ROUND_HALF_UP"))


def day(iso: str, **fields: Any) -> Figure:
    """A date figure for one day."""
    d = dt.date.fromisoformat(iso)
    n = d.toordinal()
    return Figure(iso, n, n, unit="day", kind="date", granularity="day", **fields)


def years(first: int, last: int | None = None, text: str | None = None) -> Figure:
    """A date figure for a whole year (or span of years)."""
    last = first if last is None else last
    lo, hi = dt.date(first, 1, 1).toordinal(), dt.date(last, 12, 31).toordinal()
    return Figure(text or str(first), lo, hi, unit="day", kind="date", granularity="year")


def run(
    rule: str,
    options: Mapping[str, Any] | None = None,
    context: Context | None = None,
    **roles: Any,
) -> Verdict:
    """The single verdict of ``rule`` on the figures (``from_=`` for the role ``from``)."""
    cls = get_rule(rule)
    figures = {name.rstrip("_"): value for name, value in roles.items()}
    full = {i.name: figures.get(i.name, () if i.many else None) for i in cls.inputs}
    merged = {**cls.option_defaults(), **(options or {})}
    verdicts = list(cls().evaluate(full, merged, context or Context()))
    assert len(verdicts) == 1, verdicts
    return verdicts[0]


def status(rule: str, options: Mapping[str, Any] | None = None, **roles: Any) -> Status:
    """Just the status of :func:`run`."""
    return run(rule, options, **roles).status


#: decimal places a writer might print a share or change with
places = st.integers(min_value=0, max_value=2)
