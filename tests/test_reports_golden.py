"""Every format's output for the fixture report matches its golden file.

Regenerate with ``pytest tests/test_reports_golden.py --regen-golden`` (or
``FACTCHECK_REGEN_GOLDEN=1``) and review the diff.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import factcheck
from reports_fixture import make_report
from reports_helpers import GOLDEN_FILES, GOLDEN_VERSION, golden_renderer


@pytest.mark.parametrize("name", sorted(GOLDEN_FILES))
def test_golden(
    name: str, golden: Callable[[str, str], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(factcheck, "__version__", GOLDEN_VERSION)
    output = golden_renderer(name).render(make_report())
    golden(f"reports/{GOLDEN_FILES[name]}", output)


@pytest.mark.parametrize("name", sorted(GOLDEN_FILES))
def test_output_is_deterministic(name: str) -> None:
    report = make_report()
    assert golden_renderer(name).render(report) == golden_renderer(name).render(make_report())
