"""Fill the output samples in ``docs/reports.md`` from the golden files, or check them.

Usage::

    python tools/report_samples.py          # rewrite the samples in docs/reports.md
    python tools/report_samples.py --check  # exit 1 if they differ from tests/golden/reports

Each sample sits between ``<!-- sample:NAME -->`` and ``<!-- /sample -->``
markers; NAME is a golden file (``report.txt``) or a derived excerpt
(``json-excerpt``, ``sarif-excerpt``) of a long one.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "reports.md"
GOLDEN = ROOT / "tests" / "golden" / "reports"

_FENCE = {".txt": "text", ".md": "markdown", ".xml": "xml", ".json": "json", ".sarif": "json"}
_BLOCK = re.compile(r"(<!-- sample:(?P<name>[\w.-]+) -->\n)(?P<body>.*?)(<!-- /sample -->)", re.S)


def _excerpt(name: str) -> tuple[str, str]:
    """The text and fence language of sample ``name``."""
    if name == "json-excerpt":
        data = json.loads((GOLDEN / "report.json").read_text(encoding="utf-8"))
        data["findings"] = data["findings"][1:2]
        data["documents"] = data["documents"][:1]
        return json.dumps(data, ensure_ascii=False, indent=2), "json"
    if name == "sarif-excerpt":
        data = json.loads((GOLDEN / "report.sarif").read_text(encoding="utf-8"))
        run = data["runs"][0]
        run["tool"]["driver"]["rules"] = run["tool"]["driver"]["rules"][1:2]
        run["results"] = run["results"][1:2]
        return json.dumps(data, ensure_ascii=False, indent=2), "json"
    path = GOLDEN / name
    return path.read_text(encoding="utf-8").rstrip("\n"), _FENCE.get(path.suffix, "text")


def render(doc: str) -> str:
    """``doc`` with every sample block refilled."""

    def fill(match: re.Match[str]) -> str:
        text, lang = _excerpt(match["name"])
        # A fence longer than any run of backticks inside keeps Markdown samples intact.
        fence = "````" if "```" in text else "```"
        return f"{match.group(1)}{fence}{lang}\n{text}\n{fence}\n{match.group(4)}"

    return _BLOCK.sub(fill, doc)


def main(argv: list[str]) -> int:
    """Rewrite or check the samples; returns the exit code."""
    current = DOC.read_text(encoding="utf-8")
    wanted = render(current)
    if "--check" in argv:
        if wanted != current:
            print("docs/reports.md samples are stale: run python tools/report_samples.py")
            return 1
        return 0
    DOC.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
