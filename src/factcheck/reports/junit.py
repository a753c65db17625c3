"""JUnit XML, for CI systems that show test results (GitLab, Jenkins, Azure, CircleCI).

One ``<testsuite>`` per article, one ``<testcase>`` per finding (a check, or a
claim that could not be checked). ``classname`` is the claims file, or the
article when the text was scanned; ``name`` is the check id.

=============================================  ==================
finding                                        test case
=============================================  ==================
consistent                                     passed
inconsistent (any severity)                    ``<failure>``
undetermined, severity error                   ``<failure>``
undetermined, severity warning or info         ``<skipped>``
=============================================  ==================

An undetermined check with severity error is a failure because that is how
the engine marks a claim that must hold but could not be checked (a stale
quote); a merely unresolved figure is "skipped", visible but not red.
The failure text starts with ``file:line:column``, because the xunit2
dialect has no attributes for a position; ``file`` and ``line`` attributes
are added too for readers that know them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.files import printable
from factcheck.reports.base import BaseRenderer
from factcheck.reports.common import (
    check_label,
    finding_file,
    location_label,
    per_finding,
    position,
    suppression_note,
    value_rows,
)

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

    from factcheck.engine import DocumentReport, Report
    from factcheck.findings import Finding

__all__ = ["JunitRenderer", "outcome"]

# XML 1.0 cannot hold most control characters, even escaped; article text
# pasted from elsewhere sometimes has them, so they are dropped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    # Shown escaped like in every format a person reads; what XML still
    # cannot hold (a vertical tab, a form feed) is dropped.
    return _NOT_XML.sub("", printable(text, keep_breaks=True))


def outcome(finding: Finding) -> str:
    """``"passed"``, ``"failure"`` or ``"skipped"``: what the finding is as a test case."""
    status = finding.status.value
    if finding.suppressed is not None:
        return "skipped"
    if status == "consistent":
        return "passed"
    if status == "inconsistent" or finding.severity.value == "error":
        return "failure"
    return "skipped"


def _skip_message(finding: Finding) -> str:
    text = f"{finding.status.value}: {finding.message}"
    return f"{suppression_note(finding)}: {text}" if finding.suppressed is not None else text


def _details(finding: Finding, doc: DocumentReport) -> str:
    """The failure body: where, the message, the quote, values and arithmetic."""
    lines = [f"{location_label(finding, doc)}: {finding.message}"]
    if finding.quote:
        lines.append(f"quote: “{finding.quote}”")
    lines += [
        f"{group} {name}: {text}" if name else f"{group}: {text}"
        for group, name, text in value_rows(finding)
    ]
    if finding.reading:
        lines.append(f"reading: {finding.reading}")
    if finding.explanation:
        lines += finding.explanation.split("\n")
    return "\n".join(lines)


@per_finding
def _testcase(finding: Finding, doc: DocumentReport, index: int) -> tuple[Element, str]:
    """The test case of one finding, and its outcome; the caller adds it to its suite."""
    from xml.etree.ElementTree import Element, SubElement

    pos = position(finding, doc.text)
    attrs = {
        "classname": _clean(doc.claims_file or doc.document or "text"),
        "name": _clean(check_label(finding) or f"finding {index}"),
        "time": "0",
    }
    file = finding_file(finding, doc)
    if file:
        attrs["file"] = _clean(file)
    if pos.line is not None:
        attrs["line"] = str(pos.line)
    case = Element("testcase", attrs)
    result = outcome(finding)
    if result == "failure":
        failure = SubElement(
            case,
            "failure",
            {
                "message": _clean(f"{location_label(finding, doc)}: {finding.message}"),
                "type": finding.status.value,
            },
        )
        failure.text = _clean(_details(finding, doc))
    elif result == "skipped":
        skipped = SubElement(case, "skipped", {"message": _clean(_skip_message(finding))})
        skipped.text = _clean(_details(finding, doc))
    return case, result


class JunitRenderer(BaseRenderer):
    """JUnit XML with one test suite per article."""

    name = "junit"
    suffix = ".xml"
    media_type = "application/xml"

    def render(self, report: Report, *, color: bool = False) -> str:
        """The report as a JUnit XML document with declaration; ``color`` is ignored."""
        from xml.etree.ElementTree import Element, SubElement, indent, tostring

        root = Element("testsuites", {"name": "factcheck"})
        totals = {"tests": 0, "failures": 0, "skipped": 0}
        for doc in report.documents:
            suite = SubElement(
                root, "testsuite", {"name": _clean(doc.document or doc.claims_file or "text")}
            )
            counts = {"tests": 0, "failures": 0, "skipped": 0}
            for index, finding in enumerate(doc.findings, 1):
                case, result = _testcase(finding, doc, index)
                suite.append(case)
                counts["tests"] += 1
                if result == "failure":
                    counts["failures"] += 1
                elif result == "skipped":
                    counts["skipped"] += 1
            for key, value in counts.items():
                suite.set(key, str(value))
                totals[key] += value
            suite.set("errors", "0")
            suite.set("time", "0")
        for key, value in totals.items():
            root.set(key, str(value))
        root.set("errors", "0")
        root.set("time", "0")
        indent(root)
        body = tostring(root, encoding="unicode")
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
