"""Many files: ``factcheck audit`` and ``factcheck scan`` over a folder, one job or several.

A folder of generated articles (``generate.py``, five checks each by
default) is audited and scanned with ``--jobs 1`` (in one process) and
``--jobs N`` for N up to the machine's cores, taking turns, in one run. For
each it gives wall time, the speed-up over one job, CPU time (all
processes), and the peak memory of the largest process, at two folder sizes
so that one can see how memory grows with the folder: with ``--format json``
(one object, summary first, so held whole until the end) and with
``--format jsonl`` (written article by article). The reports of every job
count are compared byte for byte.

    python benchmarks/many_files.py                  # 1,000 and 10,000 articles
    python benchmarks/many_files.py --sizes 2000 --rounds 2
"""

from __future__ import annotations

import argparse
import filecmp
import itertools
import sys
import tempfile
from pathlib import Path

from _harness import Sample, factcheck_command, heading, machine_speedup, median, run_timed, table
from generate import write


def folder_of(size: int, checks: int, work: Path) -> Path:
    """A folder of ``size`` generated articles (made once, then reused)."""
    folder = work / f"articles-{size}x{checks}"
    done = folder / ".complete"
    if not done.exists():
        for i in range(size):
            write(checks, folder, name=f"a{i:05d}", first=i * checks)
        done.touch()
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--checks", type=int, default=5, help="checks per article")
    parser.add_argument("--jobs", type=int, nargs="+", help="job counts (default: 1 .. cores)")
    parser.add_argument("--rounds", type=int, default=1, help="runs of each (median)")
    parser.add_argument("--formats", nargs="+", default=["json", "jsonl"])
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "fc-bench")
    args = parser.parse_args()

    from factcheck.parallel import available_cores

    job_counts = args.jobs or sorted({1, *range(2, available_cores() + 1)})
    base = factcheck_command()
    rows = []
    identical = True
    for size in args.sizes:
        folder = folder_of(size, args.checks, args.work)
        for command, fmt in itertools.product(("audit", "scan"), args.formats):
            samples: dict[int, list[Sample]] = {jobs: [] for jobs in job_counts}
            outputs = {jobs: args.work / f"{command}-{size}-j{jobs}.{fmt}" for jobs in job_counts}
            for _ in range(args.rounds):
                for jobs in job_counts:
                    cmd = [*base, command, str(folder), "--format", fmt, "--quiet"]
                    cmd += ["--jobs", str(jobs), "--output", str(outputs[jobs])]
                    samples[jobs].append(run_timed(cmd))
            first = outputs[job_counts[0]]
            identical &= all(filecmp.cmp(first, out, shallow=False) for out in outputs.values())
            one = median([s.wall for s in samples[job_counts[0]]])
            for jobs in job_counts:
                wall = median([s.wall for s in samples[jobs]])
                rows.append(
                    (
                        f"{command} --format {fmt}",
                        f"{size:,}",
                        jobs,
                        f"{wall:.1f}",
                        f"{one / wall:.2f}x",
                        f"{median([s.cpu for s in samples[jobs]]):.1f}",
                        f"{size / wall:,.0f}",
                        f"{median([s.max_rss_mb for s in samples[jobs]]):.0f}",
                    )
                )

    heading("Many files")
    print(f"{args.checks} checks per article; median of {args.rounds} run(s) each")
    ceiling = ", ".join(f"{jobs} jobs {machine_speedup(jobs):.2f}x" for jobs in job_counts[1:])
    print(f"this machine's own speed-up on pure-Python work (the ceiling): {ceiling}\n")
    print(
        table(
            (
                "command",
                "articles",
                "--jobs",
                "wall s",
                "speed-up",
                "CPU s (all processes)",
                "articles/s",
                "peak RSS MB (largest process)",
            ),
            rows,
        )
    )
    print(f"\nreports identical for every --jobs: {'yes' if identical else 'NO'}")
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
