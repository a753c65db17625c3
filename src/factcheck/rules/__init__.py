"""The rule library: each module one family of relations between figures.

Importing this package registers the built-in rules.
"""

from __future__ import annotations

# Importing the family modules registers the built-in rules.
from factcheck.rules import (  # noqa: F401  (imported for registration)
    changes,
    comparisons,
    conversions,
    dates,
    ranges,
    shares,
    totals,
)
from factcheck.rules.base import Context, Input, Option, Rule, Verdict, value_of
from factcheck.rules.registry import ENTRY_POINT_GROUP, all_rules, get_rule, register

__all__ = [
    "ENTRY_POINT_GROUP",
    "Context",
    "Input",
    "Option",
    "Rule",
    "Verdict",
    "all_rules",
    "get_rule",
    "register",
    "value_of",
]
