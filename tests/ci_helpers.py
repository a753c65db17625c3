"""A small story with one inconsistent check, for the tests of the CI controls.

The deal allowed "up to 5,000" prisoners and "more than 5,000" were freed:
the ``compatible`` check of its claims file is inconsistent (severity
error), so ``factcheck audit`` exits 1 unless something controls it.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["DEAL", "write_deal"]

DEAL = "The deal allowed up to 5,000 prisoners; more than 5,000 were freed.\n"

_CLAIMS = """\
document: {article}
claims:
  allowed: {{quote: 'up to 5,000'}}
  freed: {{quote: '{freed}'}}
checks:
  - rule: compatible
    a: freed
    b: allowed
"""


def write_deal(folder: Path, *, name: str = "story", text: str = DEAL) -> Path:
    """Write ``name.md`` (``text``) and ``name.claims.yaml`` in ``folder``; the claims file."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.md").write_text(text, encoding="utf-8")
    freed = "More than 5,000" if "More than 5,000" in text else "more than 5,000"
    claims = folder / f"{name}.claims.yaml"
    claims.write_text(_CLAIMS.format(article=f"{name}.md", freed=freed), encoding="utf-8")
    return claims
