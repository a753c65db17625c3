"""A relation a text states between its own figures: the unit the scan checks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from factcheck._repr import fields_repr
from factcheck.figures import Figure

__all__ = ["Relation", "RoleValue"]

RoleValue = Figure | tuple[Figure, ...]


@attrs.frozen
class Relation:
    """A relation a sentence states between its own figures, ready for a rule.

    ``roles`` maps the rule's input roles to figures (a tuple for list
    roles such as ``parts``); ``options`` are the rule's options; ``span`` is
    the sentence's ``(start, end)`` offsets in the text; ``pattern`` names the
    wording that was recognised (see ``docs/scan.md``). A ``confirm_only``
    relation was read with a rival reading the words allow ("the figure" when
    two figures of its kind stand before it): it may confirm, but a scan never
    flags it. A ``flag_only`` relation is a loose bound that any sensible text
    meets (a conversion's rate against the rates its currencies have had): a
    scan reports it only when it fails.
    """

    __repr__ = fields_repr

    rule: str
    roles: Mapping[str, RoleValue] = attrs.field(hash=False)
    span: tuple[int, int]
    pattern: str
    options: Mapping[str, Any] = attrs.field(factory=dict, hash=False)
    confirm_only: bool = False
    flag_only: bool = False

    def figures(self) -> list[Figure]:
        """Every figure the relation uses, in role order."""
        out: list[Figure] = []
        for value in self.roles.values():
            out.extend((value,) if isinstance(value, Figure) else value)
        return out
