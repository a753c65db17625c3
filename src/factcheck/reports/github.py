"""GitHub Actions workflow commands: one annotation per problem, then a summary notice.

Each inconsistent or undetermined finding becomes::

    ::error file=story.md,line=4,col=14,endLine=4,endColumn=28,title=factcheck compare::message

with ``error`` for severity error, ``warning`` for warning and ``notice``
for info. Consistent findings are not annotated (they would drown the
problems in the pull-request view); a final ``::notice::`` gives the summary.

Escaping follows the runner's rules: in the message ``%``, ``\\r`` and
``\\n`` become ``%25``, ``%0D`` and ``%0A``; property values additionally
escape ``:`` and ``,`` as ``%3A`` and ``%2C``. ``endColumn`` is inclusive
(the column of the flagged text's last character), as GitHub highlights it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.files import printable
from factcheck.reports.base import BaseRenderer
from factcheck.reports.common import (
    check_label,
    finding_file,
    iter_findings,
    per_finding,
    position,
)

if TYPE_CHECKING:
    from factcheck.engine import DocumentReport, Report
    from factcheck.findings import Finding

__all__ = ["GithubRenderer", "escape_data", "escape_property", "unescape"]

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """``text`` escaped for the message part of a workflow command.

    Other control characters are shown escaped (``\\x1b``): the workflow
    log is a terminal of sorts.

    >>> escape_data("100%\\ndone")
    '100%25%0Adone'
    """
    text = printable(text, keep_breaks=True)
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """``text`` escaped for a ``key=value`` property of a workflow command.

    >>> escape_property("a.md:3, b")
    'a.md%3A3%2C b'
    """
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def unescape(text: str) -> str:
    """The inverse of :func:`escape_data` and :func:`escape_property` (what the runner shows)."""
    out = []
    i = 0
    codes = {"%25": "%", "%0D": "\r", "%0A": "\n", "%3A": ":", "%2C": ","}
    while i < len(text):
        chunk = text[i : i + 3]
        if chunk in codes:
            out.append(codes[chunk])
            i += 3
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _message(finding: Finding) -> str:
    """The annotation body: message, the quoted figure, reading and arithmetic."""
    parts = [finding.message]
    if finding.quote:
        parts.append(f"quote: “{finding.quote}”")
    if finding.reading:
        parts.append(f"reading: {finding.reading}")
    if finding.explanation:
        parts.append(finding.explanation)
    return "\n".join(parts)


@per_finding
def _annotation(finding: Finding, doc: DocumentReport) -> str:
    pos = position(finding, doc.text)
    props: list[tuple[str, str]] = []
    file = finding_file(finding, doc)
    if pos.line is None:
        # No place in the article: point at the claims file line that set the check up.
        claims_file = finding.location.claims_file or doc.claims_file
        if claims_file and finding.location.claims_line is not None:
            props += [("file", claims_file), ("line", str(finding.location.claims_line))]
            if finding.location.claims_column is not None:
                props.append(("col", str(finding.location.claims_column)))
        elif file:
            props.append(("file", file))
    else:
        if file:
            props.append(("file", file))
        props.append(("line", str(pos.line)))
        if pos.column is not None:
            props.append(("col", str(pos.column)))
        if pos.end_line is not None and pos.end_column is not None:
            props.append(("endLine", str(pos.end_line)))
            # GitHub's endColumn is inclusive; ours is exclusive.
            props.append(("endColumn", str(max(pos.column or 1, pos.end_column - 1))))
    props.append(("title", f"factcheck {finding.status.value}: {check_label(finding)}"))
    rendered = ",".join(f"{key}={escape_property(value)}" for key, value in props)
    command = _COMMAND[finding.severity.value]
    return f"::{command} {rendered}::{escape_data(_message(finding))}"


class GithubRenderer(BaseRenderer):
    """Workflow commands for GitHub Actions logs; print them from a step to annotate a PR."""

    name = "github"
    suffix = ".txt"
    media_type = "text/plain"

    def render(self, report: Report, *, color: bool = False) -> str:
        """One command per line; ``color`` is ignored (the runner parses these lines)."""
        lines = [
            _annotation(finding, doc)
            for doc, finding in iter_findings(report)
            if finding.status.value != "consistent" and finding.suppressed is None
        ]
        lines.append(f"::notice title=factcheck::{escape_data(report.summary_line())}")
        return "\n".join(lines) + "\n"
