"""The HTML report: one self-contained page: summary, filter, index, articles to review.

The page leads with the counts (by status, severity, rule, article), a
filter by rule, severity and status (a small inline script; without it
everything shows), and an index of problems, failing first. Then one
section per article with something to review: with few articles, the
article whole with every flagged span highlighted by status (inconsistent
red, undetermined amber, consistent green) and linked to its finding; with
many, each finding's sentence instead, so the page grows with the findings
and not with the corpus. Articles without problems are folded at the end.
Nothing is fetched (no fonts, images or scripts from elsewhere), so it can
be attached to a ticket or opened offline, and it reflows on a phone.

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
    MANY_ARTICLES,
    STATUS_ORDER,
    check_label,
    excerpt,
    json_ready,
    location_label,
    per_finding,
    position,
    rule_counts,
    summary_record,
    suppression_note,
    to_review_in,
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
        "rule": finding.rule,
        "where": location_label(finding, doc),
        "check": check_label(finding),
        "message": finding.message,
        "quote": finding.quote,
        "value_rows": values,
        "reading": finding.reading,
        "explanation": finding.explanation,
        "suppressed": suppression_note(finding),
        "failed": finding.failed,
        "excerpt": None,
    }
    # Plain data only, checked here, so that a value the template could not
    # print fails this finding (and its fallback takes its place), not the page.
    return json_ready(record)


def _excerpt(finding: Finding, doc: DocumentReport) -> list[str] | None:
    """The sentence around the finding as ``[before, flagged, after]`` (compact layout)."""
    pos = position(finding, doc.text)
    if pos.start is None or pos.end is None:
        return None
    ex = excerpt(doc.text, pos.start, pos.end)
    return [
        ("…" if ex.cut_before else "") + ex.before,
        ex.flagged,
        ex.after + ("…" if ex.cut_after else ""),
    ]


def _document(doc: DocumentReport, number: int, *, compact: bool) -> dict[str, Any]:
    ids = [f"{number}-{i}" for i in range(1, len(doc.findings) + 1)]
    findings = [_finding(f, doc, fid) for f, fid in zip(doc.findings, ids, strict=True)]
    if compact:
        # Many articles: each finding shows its sentence, and the article is
        # not copied whole, so the page grows with the findings, not the corpus.
        for record, finding in zip(findings, doc.findings, strict=True):
            record["target"] = None
            record["excerpt"] = _excerpt(finding, doc)
    problems = [f for f in findings if f["status"] != "consistent" and not f["suppressed"]]
    return {
        "id": f"doc-{number}",
        "title": doc.document or "text",
        "claims_file": doc.claims_file,
        "checks": doc.checks,
        "pieces": [] if compact else _pieces(doc, ids, findings),
        "problems": problems,
        "suppressed": [f for f in findings if f["suppressed"]],
        "passed": [f for f in findings if f["status"] == "consistent" and not f["suppressed"]],
    }


_SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


class HtmlRenderer(BaseRenderer):
    """A single self-contained HTML page; ``color`` is ignored (the page always has colour)."""

    name = "html"
    suffix = ".html"
    media_type = "text/html"

    def context(self, report: Report) -> dict[str, Any]:
        """What the template shows: summary, index of problems, sections, folded articles."""
        compact = len(report.documents) > MANY_ARTICLES
        documents = [
            _document(doc, n, compact=compact) for n, doc in enumerate(report.documents, 1)
        ]
        review = [to_review_in(doc) for doc in report.documents]
        shown = [d for d, r in zip(documents, review, strict=True) if r]
        folded = [d for d, r in zip(documents, review, strict=True) if not r]
        # Articles with nothing at all to show are only named, a folder at a
        # time, so that thousands of them cost a few bytes each.
        quiet: dict[str, list[str]] = {}
        for doc in folded:
            if not doc["passed"]:
                folder, _, name = str(doc["title"]).replace("\\", "/").rpartition("/")
                quiet.setdefault(folder + "/" if folder else "", []).append(name)
        # The index puts what fails the run first (worst severity first), then
        # what is only undetermined, each in document order.
        index = sorted(
            (f for d in shown for f in d["problems"]),
            key=lambda f: (not f["failed"], -_SEVERITY_RANK[f["severity"]]),
        )
        rules = rule_counts(report)
        severities = sorted(
            {f.severity.value for f in report.findings},
            key=("error", "warning", "info").index,
        )
        return {
            "version": tool_version(),
            "summary": summary_record(report),
            "statuses": STATUS_ORDER,
            "by_rule": rules,
            "severities": severities,
            "index": index,
            "documents": shown,
            "folded": folded,
            "folded_checked": [d for d in folded if d["passed"]],
            "folded_quiet": sorted(quiet.items()),
            "compact": compact,
        }

    def render(self, report: Report, *, color: bool = False) -> str:
        """The report as an HTML document."""
        return _template().render(fragment=False, single=None, **self.context(report))

    def fragment(self, report: Report) -> str:
        """The same report as one ``<div>`` with its own style, for a notebook cell."""
        return _template().render(fragment=True, single=None, **self.context(report))

    def finding_fragment(self, finding: Finding, doc: DocumentReport | None = None) -> str:
        """One finding's card, with the report's style, for a notebook cell.

        ``doc`` is the article it is about, for its place and sentence; without
        it the finding's own location is shown.
        """
        from factcheck.engine import DocumentReport

        if doc is None:
            doc = DocumentReport(finding.location.file, "", (finding,))
        record = _finding(finding, doc, "1-1")
        record["target"] = None
        record["excerpt"] = _excerpt(finding, doc) if doc.text else None
        return _template().render(fragment=True, single=record, **self.context(type(self)._empty()))

    @staticmethod
    def _empty() -> Report:
        from factcheck.engine import Report

        return Report(())
