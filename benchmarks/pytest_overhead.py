"""The pytest plugin's cost per check, against ``factcheck audit`` of the same claims file.

Generated claims files of two sizes are checked both ways, taking turns, in
one run. The cost per check is the slope between the two sizes, which
leaves out what does not grow with the checks (starting Python, importing
pint and pytest): for each way, (time at the larger size - time at the
smaller) / (difference in checks). The plugin's overhead per check is the
difference of the two slopes.

    python benchmarks/pytest_overhead.py                 # 100 and 1,000 checks
    python benchmarks/pytest_overhead.py --sizes 200 2000 --rounds 5

About 40% of the generated checks fail on purpose (the rules' "would fail"
examples), so pytest also pays for writing their failure reports.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from _harness import Sample, factcheck_command, heading, median, run_timed, table
from generate import write


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[100, 1_000])
    parser.add_argument("--rounds", type=int, default=3, help="runs of each (median)")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "fc-bench")
    args = parser.parse_args()

    small, large = args.sizes
    ways = {
        "factcheck audit": lambda folder: [*factcheck_command(), "audit", str(folder), "-q"],
        "pytest (plugin)": lambda folder: [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--rootdir",
            str(folder),
            str(folder),
        ],
    }
    folders = {}
    for size in (small, large):
        folders[size] = args.work / f"pytest-{size}"
        if not (folders[size] / "article.claims.yaml").exists():
            write(size, folders[size])
    samples: dict[tuple[str, int], list[Sample]] = {}
    for _ in range(args.rounds):
        for way, command in ways.items():
            for size, folder in folders.items():
                sample = run_timed(command(folder), cwd=folder)
                samples.setdefault((way, size), []).append(sample)

    heading("pytest plugin overhead")
    rows = []
    slopes = {}
    for way in ways:
        at = {size: median([s.wall for s in samples[way, size]]) for size in (small, large)}
        slopes[way] = (at[large] - at[small]) / (large - small)
        rows.append((way, f"{at[small]:.2f}", f"{at[large]:.2f}", f"{slopes[way] * 1000:.2f}"))
    print(f"median of {args.rounds} runs each\n")
    print(table(("way", f"{small} checks s", f"{large} checks s", "ms per check"), rows))
    overhead = slopes["pytest (plugin)"] - slopes["factcheck audit"]
    ratio = slopes["pytest (plugin)"] / slopes["factcheck audit"]
    print(f"\nplugin overhead: {overhead * 1000:.2f} ms per check ({ratio:.1f}x the audit's cost)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
