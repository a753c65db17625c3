"""Shared helpers for the benchmark scripts: timing child processes, medians, tables.

Every benchmark measures the things it compares side by side in one run
(interleaved, so a busy machine slows all of them alike) and prints a
Markdown table that can be pasted into ``docs/performance.md``.
"""

from __future__ import annotations

import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parent.parent


@attrs.frozen
class Sample:
    """One run of a child process."""

    wall: float  #: seconds, start to exit
    cpu: float  #: user + system seconds of the child
    max_rss_mb: float  #: the child's peak resident memory
    returncode: int


def run_timed(
    cmd: Sequence[str], *, cwd: Path | None = None, env: dict[str, str] | None = None
) -> Sample:
    """Run ``cmd`` with output discarded and measure it.

    ``os.wait4`` gives the child's own CPU time and peak memory, which stay
    meaningful when other work shares the machine and wall time does not.
    """
    start = time.perf_counter()
    proc = subprocess.Popen(
        list(cmd), cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    # ru_maxrss is in kilobytes on Linux.
    return Sample(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode)


def median(values: Sequence[float]) -> float:
    """The median (``statistics.median``, named here so scripts read plainly)."""
    return statistics.median(values)


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def factcheck_command(python: str = sys.executable) -> list[str]:
    """How to run ``factcheck`` with ``python``: its console script, as users do, if installed."""
    script = Path(python).parent / "factcheck"
    if script.is_file():
        return [str(script)]
    return [python, "-m", "factcheck"]


def machine() -> str:
    """One line describing the machine and the interpreter the numbers come from."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        from importlib.metadata import version

        pint_version = version("pint")
    except Exception:  # pint missing: the benchmark will say so itself
        pint_version = "?"
    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, pint {pint_version}"
    )


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A Markdown table."""
    cells = [[str(c) for c in headers], *[[str(c) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = [
        "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"
        for row in cells
    ]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def heading(title: str) -> None:
    """Print a title and the machine line, so every pasted result says where it came from."""
    print(f"## {title}\n")
    print(f"machine: {machine()}")
    print(f"command: {' '.join([Path(sys.executable).name, *sys.argv])}\n")


def _burn(_: object) -> float:
    began = time.process_time()
    total = 0
    for i in range(5_000_000):
        total += i
    return time.process_time() - began


def machine_speedup(jobs: int) -> float:
    """How much faster ``jobs`` processes get through pure-Python work than one.

    The ceiling for any speed-up measured here: virtual cores are often
    hyperthreads or shared with other guests, and then give less than their
    number.
    """
    from multiprocessing import get_context

    with get_context("spawn").Pool(jobs) as pool:
        pool.map(_burn, range(jobs))  # start the workers before timing
        began = time.perf_counter()
        pool.map(_burn, range(jobs), chunksize=1)
        parallel = time.perf_counter() - began
        began = time.perf_counter()
        pool.map(_burn, range(1))
        alone = time.perf_counter() - began
    return jobs * alone / parallel
