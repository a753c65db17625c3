"""The terminal report: problems in full with the sentence underlined, consistent checks in brief.

For each article: a heading; each inconsistent or undetermined finding with
its status, severity, ``file:line:column``, check id, message, the sentence
with the figure underlined by carets, the values stated and recomputed, the
reading and the arithmetic; then the consistent findings one line each. A
summary line ends the report.

The layout is built once as styled spans; plain output joins the text, and
coloured output (``color=True``) hands the same spans to rich, which is only
imported then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.files import printable
from factcheck.reports.base import BaseRenderer
from factcheck.reports.common import (
    check_label,
    excerpt,
    location_label,
    per_finding,
    position,
    value_rows,
)

if TYPE_CHECKING:
    from factcheck.engine import DocumentReport, Report
    from factcheck.findings import Finding

__all__ = ["TextRenderer"]

#: A span of output text and its rich style (``None`` = unstyled).
Span = tuple[str, str | None]
Line = list[Span]

_MARK = {"inconsistent": "✗", "undetermined": "?", "consistent": "✓"}
_STYLE = {"inconsistent": "bold red", "undetermined": "bold yellow", "consistent": "green"}
_LABEL_WIDTH = 12  # "explanation" plus a space, so that values line up
_INDENT = "  "


def _labelled(label: str, lines: list[str], style: str | None = None) -> list[Line]:
    """``label`` in a fixed-width column, then one output line per entry of ``lines``."""
    out: list[Line] = []
    for i, text in enumerate(lines):
        head = label.ljust(_LABEL_WIDTH) if i == 0 else " " * _LABEL_WIDTH
        out.append([(_INDENT + head, "dim"), (text, style)])
    return out


@per_finding
def _full(finding: Finding, doc: DocumentReport) -> list[Line]:
    """A problem finding, shown whole."""
    status = finding.status.value
    out: list[Line] = [
        [
            (f"{_MARK[status]} {status}", _STYLE[status]),
            (f" ({finding.severity.value})  ", "dim"),
            (location_label(finding, doc), "bold"),
            ("  ", None),
            (check_label(finding), "cyan"),
        ],
    ]
    # A multi-line message keeps its own lines, each indented like the first.
    out.extend([(_INDENT + part, None)] for part in finding.message.split("\n"))
    pos = position(finding, doc.text)
    if pos.start is not None and pos.end is not None:
        ex = excerpt(doc.text, pos.start, pos.end)
        gutter = _INDENT + "  │ "
        out.append([(gutter, "dim"), (ex.line, None)])
        out.append([(gutter, "dim"), (ex.carets, _STYLE[status])])
    elif finding.quote:
        # Not in the article (a stale claim): show what the claim quotes.
        out.extend(_labelled("quote", [f"“{finding.quote}”"]))
    rows = value_rows(finding)
    for group in ("stated", "recomputed", "implied"):
        lines = [f"{name}: {text}" if name else text for g, name, text in rows if g == group]
        out.extend(_labelled(group, lines, None if group == "stated" else "bold"))
    if finding.reading:
        out.extend(_labelled("reading", [finding.reading]))
    if finding.explanation:
        out.extend(_labelled("arithmetic", finding.explanation.split("\n")))
    claims_file = finding.location.claims_file or doc.claims_file
    if claims_file and finding.location.claims_line is not None and pos.line is not None:
        # When the location above already is the claims file, do not repeat it.
        out.extend(_labelled("claims", [f"{claims_file}:{finding.location.claims_line}"]))
    return out


@per_finding
def _brief(finding: Finding, doc: DocumentReport) -> Line:
    """A consistent finding on one line."""
    message = finding.message.replace("\n", " ")
    return [
        (_INDENT + _MARK["consistent"] + " ", _STYLE["consistent"]),
        (location_label(finding, doc), None),
        ("  ", None),
        (check_label(finding), "cyan"),
        ("  ", None),
        (message, "dim"),
    ]


def _document(doc: DocumentReport) -> list[Line]:
    """The section of one article."""
    title = doc.document or "<text>"
    facts = [f"claims {doc.claims_file}"] if doc.claims_file else ["scanned text"]
    facts.append(f"{doc.checks} check{'s' if doc.checks != 1 else ''}")
    out: list[Line] = [
        [(title, "bold underline"), (" · " + " · ".join(facts), "dim")],
    ]
    problems = [f for f in doc.findings if f.status.value != "consistent"]
    passed = [f for f in doc.findings if f.status.value == "consistent"]
    if not doc.findings:
        out.append([(_INDENT + "no findings", "dim")])
    for finding in problems:
        out.append([])
        out.extend(_full(finding, doc))
    if passed:
        out.append([])
        out.append([(f"{len(passed)} consistent:", _STYLE["consistent"])])
        out.extend(_brief(f, doc) for f in passed)
    return out


def _layout(report: Report) -> list[Line]:
    """The whole report as styled lines."""
    out: list[Line] = []
    for doc in report.documents:
        out.extend(_document(doc))
        out.append([])
    counts = report.counts()
    worst = next((s for s in ("inconsistent", "undetermined") if counts[s]), "consistent")
    out.append([(report.summary_line(), "bold " + _STYLE[worst].replace("bold ", ""))])
    return out


# Every span goes through printable(): a control character from the article
# or a claims file (ESC, an OSC title or clipboard sequence, clear-screen) is
# shown as ``\x1b``, never sent to the terminal, coloured or not.


def _plain(lines: list[Line]) -> str:
    return "".join("".join(printable(text) for text, _ in line).rstrip() + "\n" for line in lines)


def _coloured(lines: list[Line]) -> str:
    import io

    from rich.console import Console
    from rich.text import Text

    buffer = io.StringIO()
    # A huge width and soft wrap: the caller's terminal wraps, rich must not,
    # or carets would no longer sit under their figure.
    console = Console(
        file=buffer,
        force_terminal=True,
        color_system="standard",
        width=10_000,
        soft_wrap=True,
        highlight=False,
        emoji=False,
        markup=False,
    )
    for line in lines:
        console.print(Text.assemble(*[(printable(t), s or "") for t, s in line]))
    return buffer.getvalue()


class TextRenderer(BaseRenderer):
    """Plain (or, with ``color=True``, ANSI-coloured) text for a terminal or a log."""

    name = "text"
    suffix = ".txt"
    media_type = "text/plain"

    def render(self, report: Report, *, color: bool = False) -> str:
        """The report as lines of text ending in the summary line."""
        lines = _layout(report)
        return _coloured(lines) if color else _plain(lines)
