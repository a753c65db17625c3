"""``factcheck scan`` on the project's labelled corpus: no false alarm, and most relations found."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"

#: Recall measured when the corpus was written (1.0) less a margin, so that a
#: change that loses a relation or two shows up without failing at once.
RECALL_FLOOR = 0.9


@pytest.fixture(scope="module")
def scan_eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("scan_eval", BENCHMARKS / "scan_eval.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["scan_eval"] = module
    spec.loader.exec_module(module)
    return module


def test_corpus_is_large_enough(scan_eval: ModuleType) -> None:
    labels = scan_eval.load_labels()
    assert len(labels) >= 12
    every = [label for found in labels.values() for label in found]
    assert len(every) >= 50
    assert {label.status for label in every} >= {"consistent", "inconsistent", "undetermined"}


def test_precision_is_perfect(scan_eval: ModuleType) -> None:
    score = scan_eval.evaluate()
    alarms = [a for o in score.outcomes for a in o.false_alarms]
    assert score.precision == 1.0, alarms
    assert score.recall >= RECALL_FLOOR, [m for o in score.outcomes for m in o.misses]
