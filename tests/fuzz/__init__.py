"""Fuzz tests: each public entry point that reads input, fed random and structured input.

How many examples each test runs is its ``fuzz(n)`` count times the
``FACTCHECK_FUZZ_SCALE`` environment variable (default 1), so a longer run
needs no code change::

    FACTCHECK_FUZZ_SCALE=50 pytest tests/fuzz --hypothesis-show-statistics
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

__all__ = ["SCALE", "fuzz"]

#: Multiplies every fuzz test's example count.
SCALE = float(os.environ.get("FACTCHECK_FUZZ_SCALE", "1"))


def fuzz(max_examples: int) -> settings:
    """Settings for a fuzz test: ``max_examples`` times :data:`SCALE`, no deadline.

    No deadline because an example's time depends on the input's size, which
    is the point; hangs are tested separately, by scaling (tests/test_hangs.py).
    """
    return settings(
        max_examples=max(1, round(max_examples * SCALE)),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
