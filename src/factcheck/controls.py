"""What a project decides about findings once the rules have spoken, in one place.

``factcheck audit`` and ``factcheck scan`` both pass every article's findings
through :func:`apply_controls`, after checking and before reporting, so that
these controls do not depend on how a finding was made:

1. **rules switched off** in the settings (``[tool.factcheck.rules]``
   ``share = false``): their findings are dropped, as if the rule had not run;
2. **severities overridden** in the settings (``share = {severity = "error"}``);
3. **inline comments** in the article (``<!-- factcheck: ignore -->``,
   :mod:`factcheck.suppress`): findings marked suppressed;
4. a **baseline** file (:mod:`factcheck.baseline`): problems recorded there
   marked suppressed.

A suppressed finding stays in the report and no longer fails the run.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from factcheck._repr import fields_repr
from factcheck.findings import Severity, Status

if TYPE_CHECKING:
    from factcheck.baseline import Baseline
    from factcheck.engine import DocumentReport
    from factcheck.parallel import Outcome

__all__ = [
    "PSEUDO_RULES",
    "Controls",
    "RuleSetting",
    "apply_controls",
    "controlled",
    "may_suppress",
    "rule_names",
]

T = TypeVar("T")

#: A suppression comment names the tool in any case ("<!-- FactCheck: ignore -->").
_NAMES_US = re.compile("factcheck", re.IGNORECASE)


def may_suppress(text: str) -> bool:
    """Whether ``text`` may hold a suppression comment: an HTML comment and the tool's
    name in any case. Most articles have neither, and are decided at once."""
    return "<!--" in text and _NAMES_US.search(text) is not None


#: Rule names findings carry that no registered rule has: a claim that could
#: not be read (``quote``), a claims file that could not be loaded, a
#: suppression comment that could not be read.
PSEUDO_RULES = ("quote", "claims_file", "suppression")


@functools.cache
def rule_names() -> frozenset[str]:
    """Every name a finding's ``rule`` can take: the registered rules and the pseudo-rules."""
    from factcheck.rules import all_rules

    return frozenset(rule.name for rule in all_rules()) | frozenset(PSEUDO_RULES)


@attrs.frozen
class RuleSetting:
    """A project's setting for one rule: whether it runs, and the severity of its problems."""

    __repr__ = fields_repr

    enabled: bool = True
    severity: Severity | None = None


@attrs.frozen
class Controls:
    """The controls :func:`apply_controls` applies; the default changes nothing but comments."""

    __repr__ = fields_repr

    rules: Mapping[str, RuleSetting] = attrs.field(factory=dict)
    inline: bool = True  #: honour ``<!-- factcheck: ... -->`` comments
    baseline: Baseline | None = None

    @classmethod
    def from_settings(
        cls, settings: Mapping[str, Any], *, baseline: Baseline | None = None
    ) -> Controls:
        """The controls that validated settings (:func:`factcheck.config.load_config`) ask for."""
        return cls(
            rules=settings.get("rules", {}),
            inline=settings.get("inline_suppression", True),
            baseline=baseline,
        )


def _configured(doc: DocumentReport, rules: Mapping[str, RuleSetting]) -> DocumentReport:
    findings = []
    dropped_checks: set[str] = set()
    for finding in doc.findings:
        setting = rules.get(finding.rule)
        if setting is None:
            findings.append(finding)
            continue
        if not setting.enabled:
            dropped_checks.add(finding.check)
            continue
        if (
            setting.severity is not None
            and finding.status is not Status.CONSISTENT
            and (finding.status is Status.INCONSISTENT or finding.severity is not Severity.INFO)
        ):
            finding = attrs.evolve(finding, severity=setting.severity)
        findings.append(finding)
    return attrs.evolve(
        doc, findings=tuple(findings), checks=max(0, doc.checks - len(dropped_checks))
    )


def apply_controls(
    documents: Iterable[DocumentReport], controls: Controls
) -> tuple[DocumentReport, ...]:
    """``documents`` with the project's controls applied (see the module docstring)."""
    out = []
    for doc in documents:
        if controls.rules:
            doc = _configured(doc, controls.rules)
        # A suppression is an HTML comment that names factcheck (in any case): an
        # article without both has none, and does without importing the module.
        if controls.inline and doc.text and may_suppress(doc.text):
            from factcheck.suppress import suppress_inline

            findings = suppress_inline(
                doc.findings, doc.text, document=doc.document, known_rules=rule_names()
            )
            doc = attrs.evolve(doc, findings=findings)
        if controls.baseline is not None:
            doc = controls.baseline.apply(doc)
        out.append(doc)
    return tuple(out)


def controlled(item: T, *, task: Callable[[T], Outcome], controls: Controls) -> Outcome:
    """``task(item)`` with :func:`apply_controls` applied to its documents.

    A module-level function, so that it travels to worker processes and Dask
    workers: the controls are applied where the article was checked, before a
    streaming format writes it.
    """
    outcome = task(item)
    if not outcome.documents:
        return outcome
    return attrs.evolve(outcome, documents=apply_controls(outcome.documents, controls))
