"""The HTML report: one self-contained page with each article and its flagged figures.

Every flagged span is highlighted in the article by status (inconsistent
red, undetermined amber, consistent green) and links to its finding; every
finding links back to its place in the text. The page has inline CSS only:
no scripts, fonts or images are fetched, so it can be attached to a ticket
or opened offline, and it reflows to one column on a phone.

The template is package data (``templates/report.html.j2``), rendered by jinja2
with autoescaping on, so article text, messages and paths can never inject
markup. jinja2 is imported only when an HTML report is rendered.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import TYPE_CHECKING, Any

from factcheck.files import printable
from factcheck.reports.base import BaseRenderer
from factcheck.reports.common import (
    STATUS_ORDER,
    check_label,
    json_ready,
    location_label,
    per_finding,
    position,
    summary_record,
    tool_version,
    value_rows,
)

if TYPE_CHECKING:
    import jinja2

    from factcheck.engine import DocumentReport, Report
    from factcheck.findings import Finding

__all__ = ["HtmlRenderer"]

#: The page template, shipped as package data next to this module.
_TEMPLATE = "templates/report.html.j2"


@functools.cache
def _template() -> jinja2.Template:
    import jinja2

    env = jinja2.Environment(
        autoescape=True,  # everything comes from input: article, claims, messages
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # Control characters from the input are shown escaped (\x1b), like
        # in every format a person reads; line breaks stay.
        finalize=lambda value: (
            printable(value, keep_breaks=True) if isinstance(value, str) else value
        ),
    )
    source = resources.files("factcheck.reports").joinpath(_TEMPLATE).read_text("utf-8")
    return env.from_string(source)


def _rank(status: str) -> int:
    """Lower is more pressing, so that the worst status of overlapping spans wins."""
    return STATUS_ORDER.index(status)


def _pieces(
    doc: DocumentReport, ids: list[str], shown: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The article cut at every span boundary, each piece with the worst finding covering it.

    Statuses and messages come from ``shown``, the findings as :func:`_finding`
    rendered them, so that a finding shown by its fallback is titled the same way.
    """
    text = doc.text
    spans: list[tuple[int, int, int]] = []  # (start, end, index into doc.findings)
    for i, finding in enumerate(doc.findings):
        pos = position(finding, text)
        if pos.start is not None and pos.end is not None:
            spans.append((pos.start, pos.end, i))
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    starts: dict[int, list[str]] = {}
    opening: dict[int, list[tuple[int, int]]] = {}
    for start, end, i in spans:
        starts.setdefault(start, []).append(f"t-{ids[i]}")
        if start < end:
            opening.setdefault(start, []).append((i, end))
    # A sweep over the cuts keeps the spans that cover the current piece, so
    # that n findings cost about n steps rather than n for every piece.
    active: dict[int, int] = {}  # index into doc.findings -> end of its span
    pieces: list[dict[str, Any]] = []
    for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True):
        active.update(opening.get(a, ()))
        for i in [i for i, end in active.items() if end <= a]:
            del active[i]
        covering = sorted(active)
        piece: dict[str, Any] = {
            "text": text[a:b],
            "anchors": starts.pop(a, []),
            "status": None,
            "target": None,
            "title": "",
        }
        if covering and b > a:
            worst = min(covering, key=lambda i: _rank(shown[i]["status"]))
            piece["status"] = shown[worst]["status"]
            piece["target"] = f"f-{ids[worst]}"
            piece["title"] = " · ".join(
                f"{shown[i]['status']}: {shown[i]['message']}" for i in covering
            )
        if piece["text"] or piece["anchors"]:
            pieces.append(piece)
    return pieces


@per_finding
def _finding(finding: Finding, doc: DocumentReport, fid: str) -> dict[str, Any]:
    pos = position(finding, doc.text)
    values = [
        (f"{group} · {name}" if name else group, text) for group, name, text in value_rows(finding)
    ]
    record = {
        "id": f"f-{fid}",
        "target": f"t-{fid}" if pos.start is not None else None,
        "status": finding.status.value,
        "severity": finding.severity.value,
        "where": location_label(finding, doc),
        "check": check_label(finding),
        "message": finding.message,
        "quote": finding.quote,
        "value_rows": values,
        "reading": finding.reading,
        "explanation": finding.explanation,
    }
    # Plain data only, checked here, so that a value the template could not
    # print fails this finding (and its fallback takes its place), not the page.
    return json_ready(record)


def _document(doc: DocumentReport, number: int) -> dict[str, Any]:
    ids = [f"{number}-{i}" for i in range(1, len(doc.findings) + 1)]
    findings = [_finding(f, doc, fid) for f, fid in zip(doc.findings, ids, strict=True)]
    return {
        "id": f"doc-{number}",
        "title": doc.document or "text",
        "claims_file": doc.claims_file,
        "checks": doc.checks,
        "pieces": _pieces(doc, ids, findings),
        "problems": [f for f in findings if f["status"] != "consistent"],
        "passed": [f for f in findings if f["status"] == "consistent"],
    }


class HtmlRenderer(BaseRenderer):
    """A single self-contained HTML page; ``color`` is ignored (the page always has colour)."""

    name = "html"
    suffix = ".html"
    media_type = "text/html"

    def render(self, report: Report, *, color: bool = False) -> str:
        """The report as an HTML document."""
        return _template().render(
            version=tool_version(),
            summary=summary_record(report),
            statuses=STATUS_ORDER,
            documents=[_document(doc, n) for n, doc in enumerate(report.documents, 1)],
        )
