"""The output samples in docs/reports.md are the golden files (refresh: tools/report_samples.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_docs_samples_are_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "report_samples.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
