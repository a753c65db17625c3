"""The explicit registry of rules, and discovery of third-party rules.

Built-in rules register themselves when :mod:`factcheck.rules` is imported.
Rules from other packages are found through the ``factcheck.rules`` entry
point group, and only there: nothing is imported because a claims file names
it.
"""

from __future__ import annotations

from typing import TypeVar

from factcheck.errors import RuleError, near_names
from factcheck.rules.base import Rule

__all__ = ["ENTRY_POINT_GROUP", "all_rules", "get_rule", "register"]

ENTRY_POINT_GROUP = "factcheck.rules"

_RULES: dict[str, type[Rule]] = {}
_plugins_loaded = False

R = TypeVar("R", bound=type[Rule])


def register(rule: R) -> R:
    """Class decorator: make ``rule`` available to claims files under ``rule.name``.

    Registering a second rule under a taken name is an error, so a plugin
    cannot silently replace a built-in rule.
    """
    if not rule.name:
        raise RuleError(
            f"rule class {rule.__name__} has no name", hint="set the class attribute 'name'"
        )
    existing = _RULES.get(rule.name)
    if existing is not None and existing is not rule:
        raise RuleError(
            f"a rule named {rule.name!r} is already registered ({existing.__module__})",
            hint="choose another name for your rule",
        )
    _RULES[rule.name] = rule
    return rule


def _load_plugins() -> None:
    global _plugins_loaded
    if _plugins_loaded:
        return
    _plugins_loaded = True
    # Imported here, as in factcheck.reports.base: only a rule name that is
    # not built in needs it (docs/performance.md).
    from importlib.metadata import entry_points

    for ep in entry_points(group=ENTRY_POINT_GROUP):
        loaded = ep.load()
        if isinstance(loaded, type) and issubclass(loaded, Rule):
            register(loaded)


def get_rule(name: str) -> type[Rule]:
    """The rule registered as ``name``; a :class:`RuleError` with a suggestion otherwise."""
    if name not in _RULES:
        _load_plugins()
    try:
        return _RULES[name]
    except KeyError:
        _load_plugins()
        near = near_names(name, _RULES)
        hint = "run 'factcheck rules' to list the rules"
        if near:
            hint = f"did you mean {near[0]!r}?"
        if len(near) > 1:
            others = ", ".join(repr(n) for n in near[1:])
            hint += f" (near it: {others}; 'factcheck rules' lists them all)"
        raise RuleError(f"unknown rule {name!r}", hint=hint) from None


def all_rules() -> list[type[Rule]]:
    """Every registered rule, built-in and from plugins, sorted by family and name."""
    _load_plugins()
    return sorted(_RULES.values(), key=lambda r: (r.family, r.name))
