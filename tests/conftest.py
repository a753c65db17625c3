"""Shared pytest set-up. Each section is self-contained; add yours as a new section."""

from __future__ import annotations

# --- golden files (report renderers) ----------------------------------------
# Golden files hold the expected output of a renderer for a fixed input.
# Regenerate them with `pytest --regen-golden` or FACTCHECK_REGEN_GOLDEN=1,
# then review the diff before committing.
import os
from collections.abc import Callable
from pathlib import Path

import pytest

GOLDEN_DIR = Path(__file__).parent / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add ``--regen-golden``."""
    parser.addoption(
        "--regen-golden",
        action="store_true",
        default=False,
        help="rewrite golden files from the current output instead of comparing",
    )


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """Compare text with ``tests/golden/<relative path>``, or rewrite it when regenerating."""
    regen = bool(request.config.getoption("--regen-golden")) or os.environ.get(
        "FACTCHECK_REGEN_GOLDEN", ""
    ) not in ("", "0")

    def check(relative: str, actual: str) -> None:
        path = GOLDEN_DIR / relative
        if regen:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8", newline="")
            return
        if not path.exists():
            pytest.fail(f"missing golden file {path}; run pytest --regen-golden to create it")
        expected = path.read_text(encoding="utf-8")
        assert actual == expected, f"{relative} differs; run pytest --regen-golden and review"

    return check


# --- end of golden files -----------------------------------------------------
