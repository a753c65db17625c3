"""Checking throughput: one claims file of 10, 100, 1k, 10k and 100k checks.

Each size is generated (``generate.py``: every rule's documented examples,
made unique per block) and then loaded, checked and rendered as JSON in a
fresh process of its own, so that peak memory is that size's alone. Growth
must be linear: ten times the checks in at most eleven times the time.

    python benchmarks/throughput.py                      # 10 .. 100k
    python benchmarks/throughput.py --sizes 10 100 1000  # quicker
    python benchmarks/throughput.py --profile 10000      # cProfile of one size

Times are the CPU time of the measuring process (the work is single-threaded),
which a busy machine disturbs far less than wall time. The generated files
are kept in ``--work`` (default: a folder under the system's temp directory)
and reused when they exist.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from _harness import heading, peak_rss_mb, table

from factcheck.engine import check_claimset

SIZES = (10, 100, 1_000, 10_000, 100_000)
LINEAR = 11.0  #: at most this much more time for ten times the checks


def measure(claims_file: Path, expected: list[str]) -> dict[str, float]:
    """Load, check and render one claims file in this process; times in seconds."""
    from factcheck.claims import load
    from factcheck.reports import get_renderer
    from factcheck.units import registry
    from factcheck.yamlnodes import Limits

    registry()  # start-up is the cold-start benchmark's business, not this one's
    get_renderer("json")
    base_rss = peak_rss_mb()
    big = Limits(max_bytes=2**34, max_nodes=2**31, max_depth=64)
    t0 = time.process_time()
    claimset = load(claims_file, limits=big)
    t1 = time.process_time()
    report = check_claimset(claimset)
    t2 = time.process_time()
    rendered = get_renderer("json").render(report, color=False)
    t3 = time.process_time()
    statuses: dict[str, list[str]] = {}
    for finding in report.findings:
        statuses.setdefault(finding.check, []).append(finding.status.value)
    wrong = sum(statuses.get(c.id) != [e] for c, e in zip(claimset.checks, expected, strict=True))
    return {
        "checks": len(claimset.checks),
        "load": t1 - t0,
        "check": t2 - t1,
        "render": t3 - t2,
        "rss": peak_rss_mb() - base_rss,
        "bytes": claims_file.stat().st_size + claims_file.with_name("article.md").stat().st_size,
        "json_bytes": len(rendered),
        "wrong": wrong,
    }


def files_for(size: int, work: Path) -> tuple[Path, list[str]]:
    """The generated claims file of ``size`` checks and the expected statuses."""
    from generate import write

    folder = work / f"checks-{size}"
    expected_file = folder / "expected.json"
    if not expected_file.exists():
        expected = write(size, folder)
        expected_file.write_text(json.dumps(expected))
    return folder / "article.claims.yaml", json.loads(expected_file.read_text())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "fc-bench")
    parser.add_argument("--profile", type=int, metavar="SIZE", help="cProfile one size instead")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the per-size child process
    args = parser.parse_args()

    if args.one is not None:
        claims_file, expected = files_for(args.one, args.work)
        print(json.dumps(measure(claims_file, expected)))
        return 0
    if args.profile is not None:
        import cProfile
        import pstats

        claims_file, expected = files_for(args.profile, args.work)
        profiler = cProfile.Profile()
        profiler.runcall(measure, claims_file, expected)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
        return 0

    results = []
    for size in args.sizes:
        files_for(size, args.work)  # generate outside the timed child
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(size), "--work", str(args.work)],
            capture_output=True,
            text=True,
            check=True,
        )
        results.append(json.loads(out.stdout))

    heading("Checking throughput")
    rows = []
    previous = None
    worst = 0.0
    for r in results:
        total = r["load"] + r["check"]
        growth = ""
        if previous is not None:
            ratio = total / previous[1] * (previous[0] / r["checks"]) * 10
            growth = f"{ratio:.1f}x"
            if r["checks"] >= 1000:  # below that, fixed costs dominate either way
                worst = max(worst, ratio)
        previous = (r["checks"], total)
        rows.append(
            (
                f"{r['checks']:,}",
                f"{r['bytes'] / 1e6:.2f}",
                f"{r['load']:.3f}",
                f"{r['check']:.3f}",
                f"{r['render']:.3f}",
                f"{r['checks'] / total:,.0f}",
                growth,
                f"{r['rss']:.0f}",
                Counter({"ok": r["checks"] - r["wrong"], "wrong": r["wrong"]})["wrong"],
            )
        )
    print(
        table(
            (
                "checks",
                "input MB",
                "load s (CPU)",
                "check s (CPU)",
                "JSON s (CPU)",
                "checks/s (load+check)",
                "time for 10x",
                "peak RSS MB",
                "not as documented",
            ),
            rows,
        )
    )
    verdict = "linear" if worst <= LINEAR else "NOT linear"
    print(f"\nworst growth for 10x checks (from 1k up): {worst:.1f}x: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
