"""JSON Lines: one finding per line, written as soon as its article is checked.

Every line is one JSON object, the very record the JSON report lists under
``findings`` (same keys, same order), written on one line::

    {"status": "inconsistent", "severity": "error", "rule": "compatible", ...}

The JSON report (``--format json``) puts its summary first, so nothing of it
can be written before the last article is checked and all of it is held in
memory. For an archive audit of many thousands of articles use
``--format jsonl``: the command line writes each article's lines as it
finishes and forgets it, so memory stays flat however long the archive is
(docs/performance.md). Consumers can count the lines for a summary.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from factcheck.reports.base import BaseRenderer
from factcheck.reports.common import finding_record

if TYPE_CHECKING:
    from factcheck.engine import DocumentReport, Report

__all__ = ["JsonLinesRenderer"]


class JsonLinesRenderer(BaseRenderer):
    """One finding per line; :meth:`stream` gives the lines article by article."""

    name = "jsonl"
    suffix = ".jsonl"
    media_type = "application/jsonl"

    def render(self, report: Report, *, color: bool = False) -> str:
        """Every line at once; ``color`` is ignored."""
        return "".join(self.stream(report.documents))

    def stream(self, documents: Iterable[DocumentReport]) -> Iterator[str]:
        """The lines of each document in turn, each ending in a newline."""
        for doc in documents:
            for finding in doc.findings:
                yield json.dumps(finding_record(finding, doc), ensure_ascii=False) + "\n"
