"""The JSON report: one object with a summary and every finding (the stable output contract).

Shape (``schema_version`` 1)::

    {
      "schema_version": 1,
      "tool": {"name": "factcheck", "version": "0.1.0"},
      "summary": {"articles": 1, "checks": 3, "findings": 3, "consistent": 2, ...},
      "documents": [{"file": "story.md", "claims_file": "story.claims.yaml", ...}],
      "findings": [{"status": "inconsistent", "rule": "percent_change", "line": 3, ...}]
    }

Keys come in a fixed order and the output ends with a newline, so the same
report always gives the same bytes. Non-ASCII text is written as is (UTF-8).
The module is named ``json_report`` so that it does not hide the standard
library's :mod:`json`.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from factcheck.gcpause import paused_gc
from factcheck.reports.base import BaseRenderer
from factcheck.reports.common import finding_record, iter_findings, summary_record, tool_version

if TYPE_CHECKING:
    from factcheck.engine import Report

__all__ = ["SCHEMA_VERSION", "JsonRenderer", "report_record"]

#: Bumped only when a field is removed or changes meaning; new fields keep it.
SCHEMA_VERSION = 1


def report_record(report: Report) -> dict[str, Any]:
    """The JSON report as Python data (what :class:`JsonRenderer` serialises)."""
    documents = [
        {
            "file": doc.document,
            "claims_file": doc.claims_file,
            "checks": doc.checks,
            "findings": len(doc.findings),
            "counts": {
                status: sum(1 for f in doc.findings if f.status.value == status)
                for status in ("inconsistent", "consistent", "undetermined")
            },
        }
        for doc in report.documents
    ]
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "factcheck", "version": tool_version()},
        "summary": summary_record(report),
        "documents": documents,
        "findings": [finding_record(finding, doc) for doc, finding in iter_findings(report)],
    }


class JsonRenderer(BaseRenderer):
    """One JSON object, indented by two spaces; see the module docstring for the shape."""

    name = "json"
    suffix = ".json"
    media_type = "application/json"

    @paused_gc()  # builds a record of every finding at once: see factcheck.gcpause
    def render(self, report: Report, *, color: bool = False) -> str:
        """The report as JSON text ending in a newline; ``color`` is ignored."""
        return json.dumps(report_record(report), ensure_ascii=False, indent=2) + "\n"
