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

import attrs

from factcheck.files import printable
from factcheck.reports.base import BaseRenderer
from factcheck.reports.common import (
    MANY_ARTICLES,
    Excerpt,
    check_label,
    display_width,
    excerpt,
    location_label,
    overview_lines,
    per_finding,
    position,
    split_findings,
    suppression_note,
    value_rows,
)

#: The pseudo-rule of claims that could not be checked (``factcheck.engine.QUOTE_RULE``).
QUOTE_RULE = "quote"

if TYPE_CHECKING:
    from factcheck.engine import DocumentReport, Report
    from factcheck.findings import Finding

__all__ = ["TextRenderer", "fitted_excerpt"]

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


_GUTTER = _INDENT + "  │ "
#: The narrowest excerpt a terminal gets, however narrow it is.
_MIN_EXCERPT = 20


def fitted_excerpt(text: str, start: int, end: int, columns: int | None) -> Excerpt:
    """The excerpt around ``text[start:end]`` that fits ``columns`` terminal cells after the gutter.

    The sentence is windowed around the figure (ellipses where it is cut), so
    the line never wraps and the carets stay under the figure. ``None``: the
    width of a log (about :data:`~factcheck.reports.common.MAX_EXCERPT` characters).
    """
    if columns is None:
        return excerpt(text, start, end)
    room = max(columns - display_width(_GUTTER), _MIN_EXCERPT)
    width = room
    ex = excerpt(text, start, end, width=width)
    # wide characters take two cells: narrow the window until the line fits
    while display_width(ex.line) > room and width > _MIN_EXCERPT:
        width -= max(1, (display_width(ex.line) - room) // 2)
        ex = excerpt(text, start, end, width=max(width, _MIN_EXCERPT))
    # still too wide (a narrow terminal, wide characters): cut around the figure
    while display_width(ex.line) > room and (ex.after or ex.before):
        if len(ex.after) >= len(ex.before):
            ex = attrs.evolve(ex, after=ex.after[:-1], cut_after=True)
        else:
            ex = attrs.evolve(ex, before=ex.before[1:], cut_before=True)
    return ex


@per_finding
def _full(finding: Finding, doc: DocumentReport, columns: int | None = None) -> list[Line]:
    """A problem finding, shown whole (its excerpt fitted to ``columns`` cells)."""
    status = finding.status.value
    word = f"{status}, borderline" if finding.borderline else status
    out: list[Line] = [
        [
            (f"{_MARK[status]} {word}", _STYLE[status]),
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
        ex = fitted_excerpt(doc.text, pos.start, pos.end, columns)
        out.append([(_GUTTER, "dim"), (ex.line, None)])
        out.append([(_GUTTER, "dim"), (ex.carets, _STYLE[status])])
    elif finding.quote:
        # Not in the article (a stale claim): show what the claim quotes.
        out.extend(_labelled("quote", [f"“{finding.quote}”"]))
    rows = value_rows(finding)
    for group in ("stated", "recomputed", "implied"):
        lines = [f"{name}: {text}" if name else text for g, name, text in rows if g == group]
        out.extend(_labelled(group, lines, None if group == "stated" else "bold"))
    if finding.reading:
        out.extend(_labelled("reading", [finding.reading]))
    arithmetic, fixes = _explanation(finding)
    out.extend(_labelled("arithmetic", arithmetic))
    out.extend(_labelled("fix", fixes))
    claims_file = finding.location.claims_file or doc.claims_file
    if claims_file and finding.location.claims_line is not None and pos.line is not None:
        # When the location above already is the claims file, do not repeat it.
        out.extend(_labelled("claims", [f"{claims_file}:{finding.location.claims_line}"]))
    return out


def _explanation(finding: Finding) -> tuple[list[str], list[str]]:
    """The finding's explanation split into arithmetic and how to fix (``hint:`` lines).

    A claim that could not be checked (rule ``quote``) has no arithmetic:
    its explanation is all fix.
    """
    if not finding.explanation:
        return [], []
    lines = finding.explanation.split("\n")
    if finding.rule == QUOTE_RULE:
        return [], lines
    arithmetic = [line for line in lines if not line.startswith("hint: ")]
    fixes = [line.removeprefix("hint: ") for line in lines if line.startswith("hint: ")]
    return arithmetic, fixes


@per_finding
def _brief(finding: Finding, doc: DocumentReport) -> Line:
    """A consistent (or suppressed) finding on one line."""
    message = finding.message.replace("\n", " ")
    status = finding.status.value
    line: Line = [
        (_INDENT + _MARK[status] + " ", _STYLE[status]),
        (location_label(finding, doc), None),
        ("  ", None),
        (check_label(finding), "cyan"),
        ("  ", None),
        (message, "dim"),
    ]
    if finding.suppressed is not None:
        line.append((f"  [{suppression_note(finding)}]", "dim"))
    return line


def _document(doc: DocumentReport, columns: int | None = None) -> list[Line]:
    """The section of one article."""
    title = doc.document or "<text>"
    facts = [f"claims {doc.claims_file}"] if doc.claims_file else ["scanned text"]
    facts.append(f"{doc.checks} check{'s' if doc.checks != 1 else ''}")
    out: list[Line] = [
        [(title, "bold underline"), (" · " + " · ".join(facts), "dim")],
    ]
    groups = split_findings(doc.findings)
    if not doc.findings:
        out.append([(_INDENT + "no findings", "dim")])
    for finding in groups.problems:
        out.append([])
        out.extend(_full(finding, doc, columns))
    for name, brief, style in (
        ("suppressed", groups.suppressed, "dim"),
        ("consistent", groups.passed, _STYLE["consistent"]),
    ):
        if brief:
            out.append([])
            out.append([(f"{len(brief)} {name}:", style)])
            out.extend(_brief(f, doc) for f in brief)
    return out


def _layout(report: Report, columns: int | None = None) -> list[Line]:
    """The whole report as styled lines (excerpts fitted to ``columns`` cells).

    A report of many articles leads with an overview and leaves out the
    articles without findings (the overview counts them).
    """
    out: list[Line] = []
    many = len(report.documents) > MANY_ARTICLES
    if many:
        for label, text in overview_lines(report):
            out.extend(_labelled(label, [text]))
        out.append([])
    for doc in report.documents:
        if many and not doc.findings:
            continue
        out.extend(_document(doc, columns))
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

    def render(self, report: Report, *, color: bool = False, width: int | None = None) -> str:
        """The report as lines of text ending in the summary line.

        ``width``: the terminal's columns, which excerpts are fitted to
        (``None``, for a file or a log: about 160 characters).
        """
        lines = _layout(report, width)
        return _coloured(lines) if color else _plain(lines)
