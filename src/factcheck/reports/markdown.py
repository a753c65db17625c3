"""The Markdown report: a summary and a table, fit for a pull-request comment.

Problems come first in one table; consistent checks follow in a collapsed
``<details>`` block so that a long clean report does not bury the one flag.
Cells escape ``|``, Markdown punctuation and HTML, and turn line breaks
into ``<br>``, so that nothing from the article can break the table or
inject markup into the comment.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.files import one_line, printable
from factcheck.reports.base import BaseRenderer
from factcheck.reports.common import (
    MANY_ARTICLES,
    check_label,
    iter_findings,
    location_label,
    overview_lines,
    per_finding,
    split_findings,
    suppression_note,
)

if TYPE_CHECKING:
    from factcheck.engine import DocumentReport, Report
    from factcheck.findings import Finding

__all__ = ["MarkdownRenderer", "escape_cell"]

_EMOJI = {"inconsistent": "❌", "undetermined": "⚠️", "consistent": "✅"}

# Characters that mean something to GitHub-flavoured Markdown inside a table
# cell (list and heading markers only count at the start of a line, which a
# cell never is). ``&``, ``<`` and ``>`` become entities instead.
_SPECIAL = "\\`*_[]|~"


def escape_cell(text: str) -> str:
    """``text`` made safe for one table cell: punctuation escaped, HTML neutralised, one line.

    Every line break (``\\n``, ``\\r``, CRLF, U+2028...) becomes ``<br>``,
    and other control characters are shown escaped (``\\x1b``).

    >>> escape_cell("a | b\\n<b>")
    'a \\\\| b<br>&lt;b&gt;'
    """
    out = []
    for char in printable(one_line(text, "\n")):
        if char in _SPECIAL:
            out.append("\\" + char)
        elif char == "&":
            out.append("&amp;")
        elif char == "<":
            out.append("&lt;")
        elif char == ">":
            out.append("&gt;")
        elif char == "\n":
            out.append("<br>")
        else:
            out.append(char)
    return "".join(out)


def _code(text: str) -> str:
    """``text`` as inline code in a table cell: the fence outgrows any backticks inside."""
    # A line break would end the table row: every kind is a space here.
    text = printable(one_line(text).replace("\n", " "))
    fence = "`"
    while fence in text:
        fence += "`"
    text = text.replace("|", "\\|")
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


@per_finding
def _row(finding: Finding, doc: DocumentReport) -> str:
    status = finding.status.value
    message = escape_cell(finding.message)
    if finding.quote:
        message += f" — “{escape_cell(finding.quote)}”"
    if finding.suppressed is not None:
        message += f" — {escape_cell(suppression_note(finding))}"
    cells = [
        f"{_EMOJI[status]} {status}",
        finding.severity.value,
        _code(location_label(finding, doc)),
        _code(check_label(finding)),
        message,
    ]
    return "| " + " | ".join(cells) + " |"


_HEADER = "| Status | Severity | Location | Check | Message |\n|---|---|---|---|---|"


class MarkdownRenderer(BaseRenderer):
    """GitHub-flavoured Markdown: a heading with the summary, then tables."""

    name = "markdown"
    suffix = ".md"
    media_type = "text/markdown"

    def render(self, report: Report, *, color: bool = False) -> str:
        """The report as Markdown; ``color`` is ignored."""
        counts = report.counts()
        icon = "❌" if counts["inconsistent"] else "⚠️" if counts["undetermined"] else "✅"
        out = [f"### {icon} factcheck: {escape_cell(report.summary_line())}", ""]
        if len(report.documents) > MANY_ARTICLES:
            out += [
                "| | |",
                "|---|---|",
                *(f"| {escape_cell(k)} | {escape_cell(v)} |" for k, v in overview_lines(report)),
                "",
            ]
        pairs = list(iter_findings(report))
        groups = split_findings(f for _, f in pairs)
        doc_of = {id(f): d for d, f in pairs}
        if groups.problems:
            out += [_HEADER, *(_row(f, doc_of[id(f)]) for f in groups.problems), ""]
        elif not pairs:
            out += ["No findings.", ""]
        else:
            out += ["No problems found.", ""]
        for name, folded in (("suppressed", groups.suppressed), ("consistent", groups.passed)):
            if folded:
                out += [
                    "<details>",
                    f"<summary>{len(folded)} {name}</summary>",
                    "",
                    _HEADER,
                    *(_row(f, doc_of[id(f)]) for f in folded),
                    "",
                    "</details>",
                    "",
                ]
        return "\n".join(out)
