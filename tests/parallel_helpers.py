"""Folders of small claims files for the tests of many files (parallel, distributed)."""

from __future__ import annotations

from pathlib import Path

# Two articles about incidents: only the first declares "incident" a counted
# thing. Read in one process, the second must not see that declaration, or its
# "7,177 incidents" would stop comparing with a plain 7,000.
COUNTED = """\
document: {name}.md
counted: [incident]
claims:
  now: {{quote: "logged 7,177 incidents", figure: "7,177 incidents"}}
  before: {{quote: "from 4,458 incidents", figure: "4,458 incidents"}}
checks:
  - rule: compare
    a: before
    b: now
    options: {{op: "<"}}
"""
PLAIN = """\
document: {name}.md
claims:
  now: {{quote: "logged 7,177 incidents", figure: "7,177 incidents"}}
  target: {{value: "7,000", source: "the ministry's target"}}
checks:
  - rule: compare
    a: now
    b: target
    options: {{op: ">"}}
"""
ARTICLE = "Police logged 7,177 incidents in 2021, up from 4,458 incidents a year before.\n"


def project(folder: Path, count: int) -> Path:
    """A folder of ``count`` claims files, alternating the two kinds, and one broken file."""
    for i in range(count):
        name = f"story{i:02d}"
        (folder / f"{name}.md").write_text(ARTICLE, encoding="utf-8")
        template = COUNTED if i % 2 == 0 else PLAIN
        (folder / f"{name}.claims.yaml").write_text(template.format(name=name), encoding="utf-8")
    (folder / "story03.claims.yaml").write_text("claims: [not, a, mapping\n", encoding="utf-8")
    return folder
