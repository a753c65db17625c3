"""Scanning speed on a folder of real articles, one core, figures alone and the whole scan.

The issue bar is the whole ``scan`` at 2 MB/s or more on one core over the
development corpus. Articles are read once, then scanned one at a time as
``factcheck scan`` does; the best of a few rounds of CPU time is kept, so a
busy machine skews it less.

    python benchmarks/corpus_speed.py                          # ../shared/corpus/bbc-2004
    python benchmarks/corpus_speed.py --corpus DIR --rounds 5

``--against DIR`` measures another checkout of factcheck (say the code before a
change, ``git worktree add DIR <commit>``) side by side with this one: each
turn runs both, one after the other, in fresh processes (each importing its
own ``src/``), and the best of all turns is kept for each, so that a machine
that gets busier slows both alike.

    python benchmarks/corpus_speed.py --rounds 5 --against /tmp/before --turns 3
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from _harness import ROOT, heading, table

CORPUS = ROOT.parent / "shared" / "corpus" / "bbc-2004"
TASKS = ("find_figures", "scan")


def best_seconds(task: Callable[[str], Any], texts: Sequence[str], rounds: int) -> float:
    """The least CPU time ``task`` took over every text, of ``rounds`` rounds."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for text in texts:
            task(text)
        best = min(best, time.process_time() - start)
    return best


def measure(corpus: Path, rounds: int) -> tuple[int, int, dict[str, float]]:
    """Articles, bytes, and the best CPU seconds of each task over the corpus."""
    files = sorted(p for p in corpus.rglob("*") if p.suffix in (".txt", ".md"))
    if not files:
        return 0, 0, {}
    from factcheck.scan import scan
    from factcheck.text.scanner import find_figures

    texts = [p.read_text(encoding="utf-8") for p in files]
    size = sum(len(t.encode("utf-8")) for t in texts)
    scan(texts[0])  # warm the registry and the caches
    tasks = {"find_figures": find_figures, "scan": scan}
    return len(texts), size, {name: best_seconds(tasks[name], texts, rounds) for name in TASKS}


def side_by_side(corpus: Path, rounds: int, against: Path, turns: int) -> int:
    """This checkout and ``against`` measured in turns, each in its own process."""
    heading("Scanning speed, side by side")
    checkouts = {"before": against.resolve(), "this": ROOT}
    best: dict[str, dict[str, float]] = {name: {} for name in checkouts}
    size = 0
    for _ in range(turns):
        for name, checkout in checkouts.items():
            env = {**os.environ, "PYTHONPATH": str(checkout / "src")}
            args = ["--corpus", str(corpus), "--rounds", str(rounds), "--json"]
            done = subprocess.run(
                [sys.executable, __file__, *args],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            found = json.loads(done.stdout)
            size = found["bytes"]
            for task, seconds in found["seconds"].items():
                best[name][task] = min(best[name].get(task, float("inf")), seconds)
    if not size:
        print(f"no articles under {corpus}: nothing to measure")
        return 0
    print(f"{size / 1e6:.2f} MB, best CPU time of {rounds} rounds x {turns} turns each\n")
    rows = []
    for task in TASKS:
        before, this = best["before"][task], best["this"][task]
        rows.append(
            [
                task,
                f"{size / before / 1e6:.2f}",
                f"{size / this / 1e6:.2f}",
                f"{before / this:.2f}x",
            ]
        )
    print(table(["task", f"before MB/s ({against})", "this MB/s", "speed-up"], rows))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--against", type=Path, help="another checkout, measured side by side")
    parser.add_argument("--turns", type=int, default=3, help="turns of both (with --against)")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.against is not None:
        return side_by_side(args.corpus, args.rounds, args.against, args.turns)
    articles, size, seconds = measure(args.corpus, args.rounds)
    if args.json:
        print(json.dumps({"articles": articles, "bytes": size, "seconds": seconds}))
        return 0
    if not articles:
        print(f"no articles under {args.corpus}: nothing to measure")
        return 0
    print(f"{articles} articles, {size / 1e6:.2f} MB")
    for name, taken in seconds.items():
        print(f"{name:13} {size / taken / 1e6:5.2f} MB/s  ({taken:.2f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
