"""Cold start: a whole ``factcheck audit`` against ``python -c "import pint"``.

The target (issue 8) is that auditing the example article takes at most 1.5x
the time of importing pint, which factcheck cannot avoid. The commands run
interleaved, round after round, in one process of this script, and the
medians are compared, so a machine that gets busier halfway slows every
command alike.

    python benchmarks/cold_start.py                 # 15 rounds
    python benchmarks/cold_start.py --runs 31 --check

Run it in an environment with only factcheck installed (``pip install -e .``):
pint imports dask, numpy, babel and uncertainties at start-up when they are
installed, which makes the baseline slower and the ratio look better than a
user would see. The script says so when it finds them.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

from _harness import ROOT, Sample, factcheck_command, heading, median, run_timed, table

TARGET = 1.5
#: Packages pint imports eagerly when present (see pint/compat.py).
PINT_OPTIONALS = ("dask", "numpy", "babel", "uncertainties")


def commands(python: str) -> dict[str, list[str]]:
    """The commands compared, by label; ``import pint`` is the baseline."""
    factcheck = factcheck_command(python)
    return {
        "python -c pass": [python, "-c", "pass"],
        'python -c "import pint"': [python, "-c", "import pint"],
        "factcheck audit examples/afghanistan --format json": [
            *factcheck,
            "audit",
            "examples/afghanistan",
            "--format",
            "json",
        ],
        "factcheck audit examples/afghanistan (text)": [
            *factcheck,
            "audit",
            "examples/afghanistan",
            "--no-color",
        ],
        "factcheck scan --figures article.md --format json": [
            *factcheck,
            "scan",
            "examples/afghanistan/article.md",
            "--figures",
            "--format",
            "json",
        ],
    }


def optional_extras(python: str) -> list[str]:
    """Which of pint's optional start-up imports the interpreter ``python`` can find."""
    code = (
        "import importlib.util as u; "
        f"print(' '.join(m for m in {PINT_OPTIONALS!r} if u.find_spec(m)))"
    )
    out = subprocess.run([python, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.split()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed rounds (default 15)")
    parser.add_argument("--warmup", type=int, default=2, help="untimed rounds first")
    parser.add_argument("--python", default=sys.executable, help="interpreter to measure")
    parser.add_argument("--check", action="store_true", help=f"exit 1 above {TARGET}x")
    args = parser.parse_args()

    cmds = commands(args.python)
    labels = list(cmds)
    # pip compiles an installed package's bytecode; an editable install gets it
    # on first import unless this is set, and then every run pays the compile.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    samples: dict[str, list[Sample]] = {label: [] for label in labels}
    for round_no in range(args.warmup + args.runs):
        # Rotate the order each round so no command always runs right after another.
        shift = round_no % len(labels)
        for label in labels[shift:] + labels[:shift]:
            sample = run_timed(cmds[label], cwd=ROOT, env=env)
            if sample.returncode not in (0, 1):  # 1: the audit found the example's flag
                print(f"{label!r} exited {sample.returncode}", file=sys.stderr)
                return 2
            if round_no >= args.warmup:
                samples[label].append(sample)

    heading("Cold start")
    extras = optional_extras(args.python)
    if extras:
        print(
            f"note: pint will also import {', '.join(extras)} here; the baseline is slower "
            "than in a plain install and the ratios look better than they are.\n"
        )
    base_wall = median([s.wall for s in samples['python -c "import pint"']])
    base_cpu = median([s.cpu for s in samples['python -c "import pint"']])
    rows = []
    for label in labels:
        wall = median([s.wall for s in samples[label]])
        cpu = median([s.cpu for s in samples[label]])
        rss = median([s.max_rss_mb for s in samples[label]])
        rows.append(
            (
                label,
                f"{wall * 1000:.0f}",
                f"{wall / base_wall:.2f}x",
                f"{cpu * 1000:.0f}",
                f"{cpu / base_cpu:.2f}x",
                f"{rss:.0f}",
            )
        )
    print(f"median of {args.runs} interleaved runs each\n")
    print(
        table(("command", "wall ms", "wall vs pint", "CPU ms", "CPU vs pint", "peak RSS MB"), rows)
    )
    audit = median([s.wall for s in samples[labels[2]]]) / base_wall
    audit_cpu = median([s.cpu for s in samples[labels[2]]]) / base_cpu
    verdict = "meets" if audit <= TARGET else "misses"
    print(f"\naudit / import pint = {audit:.2f}x: {verdict} the {TARGET}x target")
    # On a shared machine wall time swings with the load; CPU time much less.
    print(f"(CPU time: {audit_cpu:.2f}x)")
    return 1 if args.check and audit > TARGET else 0


if __name__ == "__main__":
    sys.exit(main())
