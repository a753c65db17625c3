"""Scanning speed on a folder of real articles, one core, figures alone and the whole scan.

The issue bar is the whole ``scan`` at 2 MB/s or more on one core over the
development corpus. Articles are read once, then scanned one at a time as
``factcheck scan`` does; the best of a few rounds of CPU time is kept, so a
busy machine skews it less.

    python benchmarks/corpus_speed.py                          # ../shared/corpus/bbc-2004
    python benchmarks/corpus_speed.py --corpus DIR --rounds 5
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from _harness import ROOT

CORPUS = ROOT.parent / "shared" / "corpus" / "bbc-2004"


def best_seconds(task: Callable[[str], Any], texts: Sequence[str], rounds: int) -> float:
    """The least CPU time ``task`` took over every text, of ``rounds`` rounds."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for text in texts:
            task(text)
        best = min(best, time.process_time() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    files = sorted(p for p in args.corpus.rglob("*") if p.suffix in (".txt", ".md"))
    if not files:
        print(f"no articles under {args.corpus}: nothing to measure")
        return 0
    from factcheck.scan import scan
    from factcheck.text.scanner import find_figures

    texts = [p.read_text(encoding="utf-8") for p in files]
    size = sum(len(t.encode("utf-8")) for t in texts)
    scan(texts[0])  # warm the registry and the caches
    print(f"{len(texts)} articles, {size / 1e6:.2f} MB")
    for name, task in (("find_figures", find_figures), ("scan", scan)):
        seconds = best_seconds(task, texts, args.rounds)
        print(f"{name:13} {size / seconds / 1e6:5.2f} MB/s  ({seconds:.2f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
