"""SARIF 2.1.0, for code-scanning dashboards (GitHub code scanning, VS Code SARIF viewer).

One run; the driver lists one reporting descriptor per rule that produced a
finding. Columns are Unicode code points (``columnKind`` is
``"unicodeCodePoints"``), ``endColumn`` is exclusive, paths are relative
URIs with forward slashes against ``%SRCROOT%``.

How statuses map to SARIF (``kind`` and ``level``):

===============================================  ========  ==========================
finding                                          kind      level
===============================================  ========  ==========================
inconsistent                                     ``fail``  error / warning / note by severity
undetermined, severity warning or error          ``fail``  error / warning by severity
undetermined, severity info                      ``open``  ``none``
consistent                                       ``pass``  ``none``
===============================================  ========  ==========================

Consistent findings are kept as passes rather than left out, so a
dashboard can show what was checked; viewers hide ``level: none`` results by
default. ``partialFingerprints`` hold a hash of rule, check id and quote,
which survives edits elsewhere in the article.
"""

from __future__ import annotations

import json
import os
import posixpath
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as url_quote

import attrs

from factcheck._repr import fields_repr
from factcheck.reports.base import BaseRenderer
from factcheck.reports.common import (
    check_label,
    finding_file,
    fingerprint,
    iter_findings,
    json_ready,
    per_finding,
    position,
    tool_version,
)

if TYPE_CHECKING:
    from factcheck.engine import DocumentReport, Report
    from factcheck.findings import Finding

__all__ = [
    "SARIF_SCHEMA",
    "RuleText",
    "SarifRenderer",
    "artifact_uri",
    "describe_rule",
    "is_absolute_uri",
]

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_FINGERPRINT_KEY = "factcheck/v1"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


@attrs.frozen
class RuleText:
    """What SARIF shows about a rule: a one-line description and a longer help text."""

    __repr__ = fields_repr

    short: str
    help: str


def describe_rule(name: str) -> RuleText | None:
    """The rule's summary and documentation from the rule registry, if it knows ``name``."""
    try:
        from factcheck.rules import get_rule

        rule = get_rule(name)
    except Exception:  # an unknown or broken rule still gets a generic description
        return None
    short = rule.summary or name
    parts = [short]
    if rule.formula:
        parts.append(f"Formula: {rule.formula}")
    doc = (rule.__doc__ or "").strip().split("\n\n")[0].strip()
    if doc and doc != short:
        parts.append(doc)
    return RuleText(short=short, help="\n\n".join(parts))


def _generic(name: str) -> RuleText:
    return RuleText(
        short=f"factcheck rule {name}",
        help=f"Run 'factcheck rules {name}' for the rule's formula and examples.",
    )


def artifact_uri(path: str, *, windows: bool = os.name == "nt") -> str:
    """A file path as a SARIF artifact URI: forward slashes, normalised, percent-encoded.

    A backslash separates folders only on Windows (``windows``); elsewhere it
    is part of a name (``a\\b.md`` is one file) and is encoded as ``%5C``.
    ``sub/../x.md`` becomes ``x.md``. An absolute path becomes a ``file://``
    URI, which needs no ``uriBaseId`` (see :func:`is_absolute_uri`).

    >>> artifact_uri("stories\\\\Hérat report.md", windows=True)
    'stories/H%C3%A9rat%20report.md'
    >>> artifact_uri("a\\\\b.md", windows=False)
    'a%5Cb.md'
    >>> artifact_uri("sub/../x.md")
    'x.md'
    """
    drive = ""
    if windows:
        path = path.replace("\\", "/")
        if len(path) > 1 and path[1] == ":" and path[0].isalpha():  # C:/stories/a.md
            drive, path = "/" + path[:2], path[2:]
    absolute = bool(drive) or path.startswith("/")
    path = posixpath.normpath(path) if path else path
    if path.startswith("//"):  # normpath keeps a leading double slash
        path = "/" + path.lstrip("/")
    encoded = url_quote(path, safe="/")
    return f"file://{drive}{encoded}" if absolute else encoded


def is_absolute_uri(uri: str) -> bool:
    """Whether ``uri`` (from :func:`artifact_uri`) stands on its own, without ``%SRCROOT%``."""
    return uri.startswith("file://")


def _kind_level(finding: Finding) -> tuple[str, str]:
    status = finding.status.value
    if status == "consistent":
        return "pass", "none"
    if status == "undetermined" and not finding.problem:
        return "open", "none"
    return "fail", _LEVEL[finding.severity.value]


def _location(finding: Finding, doc: DocumentReport) -> dict[str, Any] | None:
    pos = position(finding, doc.text)
    file = finding_file(finding, doc)
    region: dict[str, Any] = {}
    if pos.line is not None:
        region["startLine"] = pos.line
        if pos.column is not None:
            region["startColumn"] = pos.column
        if pos.end_line is not None and pos.end_column is not None:
            region["endLine"] = pos.end_line
            region["endColumn"] = pos.end_column
        if finding.quote:
            region["snippet"] = {"text": finding.quote}
    else:
        # No place in the article (a stale claim): point at the claims file instead.
        loc = finding.location
        claims_file = loc.claims_file or doc.claims_file
        if claims_file and loc.claims_line is not None:
            file = claims_file
            region["startLine"] = loc.claims_line
            if loc.claims_column is not None:
                region["startColumn"] = loc.claims_column
    if not file:
        return None
    uri = artifact_uri(file)
    artifact = {"uri": uri} if is_absolute_uri(uri) else {"uri": uri, "uriBaseId": "%SRCROOT%"}
    physical: dict[str, Any] = {"artifactLocation": artifact}
    if region:
        physical["region"] = region
    return {"physicalLocation": physical}


@per_finding
def _result(finding: Finding, doc: DocumentReport, rule_index: int) -> dict[str, Any]:
    kind, level = _kind_level(finding)
    text = finding.message
    if finding.explanation:
        text += "\n" + finding.explanation
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "kind": kind,
        "level": level,
        "message": {"text": text},
    }
    location = _location(finding, doc)
    if location is not None:
        result["locations"] = [location]
    if finding.suppressed is not None:
        result["suppressions"] = [
            {
                "kind": finding.suppressed.kind,
                "status": "accepted",
                "justification": finding.suppressed.justification,
            }
        ]
    result["partialFingerprints"] = {_FINGERPRINT_KEY: fingerprint(finding)}
    result["properties"] = {
        "status": finding.status.value,
        "severity": finding.severity.value,
        "check": check_label(finding),
        "claims": list(finding.claims),
        "quote": finding.quote,
        "reading": finding.reading,
        "stated": [v.as_dict() for v in finding.stated],
        "recomputed": [v.as_dict() for v in finding.recomputed],
        "implied": [v.as_dict() for v in finding.implied],
    }
    return json_ready(result)


class SarifRenderer(BaseRenderer):
    """SARIF 2.1.0 JSON.

    ``describe`` looks up a rule's description (the rule registry by
    default); ``information_uri`` is the tool's home page, left out when
    unknown (by default it comes from the installed package's metadata).
    """

    name = "sarif"
    suffix = ".sarif"
    media_type = "application/sarif+json"

    def __init__(
        self,
        *,
        describe: Callable[[str], RuleText | None] = describe_rule,
        information_uri: str | None = None,
    ) -> None:
        self.describe = describe
        self.information_uri = information_uri

    def _homepage(self) -> str | None:
        if self.information_uri is not None:
            return self.information_uri
        try:
            from importlib.metadata import PackageNotFoundError, metadata

            meta = metadata("factcheck")
        except (ImportError, PackageNotFoundError):
            return None
        for entry in meta.get_all("Project-URL") or []:
            label, _, url = str(entry).partition(",")
            if label.strip().lower() in {"homepage", "home", "source", "repository"}:
                return url.strip()
        home = meta.get_all("Home-page") or []
        return str(home[0]) if home else None

    def render(self, report: Report, *, color: bool = False) -> str:
        """The SARIF log as JSON text ending in a newline; ``color`` is ignored."""
        names = sorted({str(finding.rule) for finding in report.findings})
        index = {name: i for i, name in enumerate(names)}
        rules = []
        for name in names:
            text = self.describe(name) or _generic(name)
            rules.append(
                {
                    "id": name,
                    "name": name,
                    "shortDescription": {"text": text.short},
                    "help": {"text": text.help},
                }
            )
        driver: dict[str, Any] = {"name": "factcheck", "version": tool_version()}
        homepage = self._homepage()
        if homepage:
            driver["informationUri"] = homepage
        driver["rules"] = rules
        log = {
            "$schema": SARIF_SCHEMA,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {"driver": driver},
                    "columnKind": "unicodeCodePoints",
                    "results": [
                        _result(finding, doc, index[str(finding.rule)])
                        for doc, finding in iter_findings(report)
                    ],
                }
            ],
        }
        return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
