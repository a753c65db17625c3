"""factcheck: check that the numbers in a piece of writing agree with each other.

Stated figures become exact intervals in units; rules recompute derived
figures and flag what cannot be true.

>>> import factcheck
>>> f = factcheck.parse_figure("more than $1.6 billion")
>>> f.high is None, str(f.unit)
(True, 'USD')

Names are imported on first use, so ``import factcheck`` stays fast.
"""

from __future__ import annotations

from importlib import import_module

from factcheck.errors import FactcheckError

__version__ = "0.1.0"

# Not typing's: the command pauses the garbage collector only after this
# package is imported, and typing is large (see factcheck.__main__).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from factcheck.claims import Check, Claim, ClaimSet, load, loads
    from factcheck.engine import DocumentReport, Report, check_claimset
    from factcheck.figures import Amount, Figure, Hedge, Kind, Trend
    from factcheck.findings import Finding, Location, Severity, Status
    from factcheck.intervals import Interval
    from factcheck.rules import Rule, register
    from factcheck.scan.detect import detect, scan
    from factcheck.text.parse import parse_figure
    from factcheck.text.scanner import find_figures

_LAZY: dict[str, str] = {
    "Amount": "factcheck.figures",
    "Check": "factcheck.claims",
    "Claim": "factcheck.claims",
    "ClaimSet": "factcheck.claims",
    "DocumentReport": "factcheck.engine",
    "Figure": "factcheck.figures",
    "Finding": "factcheck.findings",
    "Hedge": "factcheck.figures",
    "Interval": "factcheck.intervals",
    "Kind": "factcheck.figures",
    "Location": "factcheck.findings",
    "Report": "factcheck.engine",
    "Rule": "factcheck.rules",
    "Severity": "factcheck.findings",
    "Status": "factcheck.findings",
    "Trend": "factcheck.figures",
    "check_claimset": "factcheck.engine",
    "detect": "factcheck.scan",
    "find_figures": "factcheck.text.scanner",
    "load": "factcheck.claims",
    "loads": "factcheck.claims",
    "parse_figure": "factcheck.text.parse",
    "register": "factcheck.rules",
    "scan": "factcheck.scan",
}

__all__ = ["FactcheckError", "__version__", *sorted(_LAZY)]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
