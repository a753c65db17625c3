"""Helpers for the report tests: deterministic renderers and a fixed tool version."""

from __future__ import annotations

from factcheck.reports import Renderer, get_renderer
from factcheck.reports.sarif import RuleText, SarifRenderer

__all__ = ["GOLDEN_FILES", "GOLDEN_VERSION", "golden_renderer"]

#: The version written into golden files, so that a release does not change them.
GOLDEN_VERSION = "0.0.0+golden"

#: Format name -> golden file under tests/golden/reports/.
GOLDEN_FILES = {
    "text": "report.txt",
    "markdown": "report.md",
    "json": "report.json",
    "html": "report.html",
    "sarif": "report.sarif",
    "github": "report.github.txt",
    "junit": "report.junit.xml",
}


def _describe(name: str) -> RuleText:
    # Fixed text: the real rule registry changes as rules are written.
    return RuleText(short=f"the {name} rule", help=f"How the {name} rule checks figures.")


def golden_renderer(name: str) -> Renderer:
    """The renderer for ``name``, with anything that depends on the environment fixed."""
    if name == "sarif":
        return SarifRenderer(describe=_describe, information_uri="https://example.org/factcheck")
    return get_renderer(name)
