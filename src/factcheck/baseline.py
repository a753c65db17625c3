"""Baselines: adopt factcheck on an archive without fixing every old flag first.

``factcheck scan archive/ --baseline factcheck-baseline.json --update-baseline``
records the problems found today; later runs with ``--baseline`` mark those
same problems *suppressed* (kind ``external``) and fail only on new ones.

A problem is recognised by its file and its fingerprint
(:func:`factcheck.reports.common.fingerprint`: rule, check and quoted text,
never a line number), so editing the text elsewhere in the article, or above
the figure, keeps it recognised; changing the flagged sentence's figures
makes it new. The same problem twice in one article is recorded twice, and
only that many are matched. Paths are stored relative to the baseline file's
folder, so the file works from any working directory.

The file is JSON, sorted, one entry per problem, with the rule, quote and
message for a person reviewing its diff::

    {
      "schema_version": 1,
      "tool": "factcheck",
      "findings": [
        {"file": "2004/riots.md", "fingerprint": "9c0f…", "rule": "percent_of_n",
         "quote": "38%", "message": "38% of 23 is impossible: …"}
      ]
    }
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from factcheck._repr import fields_repr
from factcheck.errors import ConfigError
from factcheck.findings import Suppression

if TYPE_CHECKING:
    from factcheck.engine import DocumentReport
    from factcheck.findings import Finding

__all__ = ["BASELINE_SCHEMA", "Baseline", "baseline_entries", "load_baseline", "write_baseline"]

BASELINE_SCHEMA = 1


def _key_file(file: str | None, root: Path) -> str:
    """``file`` relative to the baseline's folder, with forward slashes."""
    if not file:
        return ""
    try:
        return Path(os.path.relpath(os.path.abspath(file), root)).as_posix()
    except ValueError:  # another drive on Windows
        return Path(file).as_posix()


def _finding_file(finding: Finding, doc: DocumentReport) -> str | None:
    loc = finding.location
    return loc.file or doc.document or loc.claims_file or doc.claims_file


@attrs.frozen
class Baseline:
    """The problems recorded in a baseline file: ``(file, fingerprint)`` and how many times."""

    __repr__ = fields_repr

    path: str
    root: Path  #: the folder paths are relative to
    counts: dict[tuple[str, str], int] = attrs.field(factory=dict, eq=False)

    def apply(self, doc: DocumentReport) -> DocumentReport:
        """``doc`` with its problems that the baseline records marked suppressed."""
        from factcheck.reports.common import fingerprint

        left = Counter(self.counts)
        changed = False
        findings = []
        for finding in doc.findings:
            if finding.failed:
                key = (_key_file(_finding_file(finding, doc), self.root), fingerprint(finding))
                if left[key] > 0:
                    left[key] -= 1
                    finding = attrs.evolve(
                        finding,
                        suppressed=Suppression("external", f"in the baseline {self.path}"),
                    )
                    changed = True
            findings.append(finding)
        return attrs.evolve(doc, findings=tuple(findings)) if changed else doc


def load_baseline(path: Path) -> Baseline:
    """The baseline in ``path``; a file that is missing gives an empty one (nothing recorded)."""
    root = Path(os.path.abspath(path)).parent
    if not path.exists():
        return Baseline(str(path), root)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the baseline: {exc}", file=str(path)) from None
    except json.JSONDecodeError as exc:
        raise ConfigError(
            f"the baseline is not JSON: {exc.msg}",
            file=str(path),
            line=exc.lineno,
            column=exc.colno,
            hint="write it again with --update-baseline",
        ) from None
    entries = data.get("findings") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not all(
        isinstance(e, dict) and isinstance(e.get("fingerprint"), str) for e in entries
    ):
        raise ConfigError(
            "not a factcheck baseline: it needs a 'findings' list of entries with a 'fingerprint'",
            file=str(path),
            hint="write it again with --update-baseline",
        )
    counts = Counter((str(e.get("file") or ""), e["fingerprint"]) for e in entries)
    return Baseline(str(path), root, dict(counts))


def baseline_entries(documents: Iterable[DocumentReport], root: Path) -> list[dict[str, Any]]:
    """One entry per problem of ``documents`` that nothing else suppresses, sorted."""
    from factcheck.reports.common import fingerprint

    entries = [
        {
            "file": _key_file(_finding_file(finding, doc), root),
            "fingerprint": fingerprint(finding),
            "rule": finding.rule,
            "quote": finding.quote,
            "message": finding.message,
        }
        for doc in documents
        for finding in doc.findings
        if finding.problem and (finding.suppressed is None or finding.suppressed.kind == "external")
    ]
    entries.sort(key=lambda e: (e["file"], e["fingerprint"], e["rule"], e["quote"]))
    return entries


def write_baseline(path: Path, documents: Iterable[DocumentReport]) -> int:
    """Record every problem of ``documents`` in ``path``; return how many."""
    entries = baseline_entries(documents, Path(os.path.abspath(path)).parent)
    data = {"schema_version": BASELINE_SCHEMA, "tool": "factcheck", "findings": entries}
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        raise ConfigError(
            f"cannot write the baseline: {exc.strerror}",
            file=str(path),
            hint="check the folder exists and is writable",
        ) from None
    return len(entries)
