"""Cold start: a whole ``factcheck audit`` against ``python -c "import pint"``.

The target (the product brief; issue 8 had 1.5x) is that auditing the example
article takes at most 1.2x the time of importing pint, which factcheck cannot
avoid. The commands run interleaved, round after round, in one process of this
script, and the medians are compared, so a machine that gets busier halfway
slows every command alike.

    python benchmarks/cold_start.py                 # 15 rounds
    python benchmarks/cold_start.py --runs 31 --check

``--against DIR`` times another checkout of factcheck (say the code before a
change, ``git worktree add DIR <commit>``) in the same rounds: each
factcheck command runs once from this checkout's ``src/`` and once from
DIR's (by ``PYTHONPATH``), in the rotating order, and the table shows both
against ``import pint`` and the one against the other.

    python benchmarks/cold_start.py --runs 31 --against /tmp/before

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
from pathlib import Path

from _harness import ROOT, Sample, factcheck_command, heading, median, run_timed, table

TARGET = 1.2
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
        # The claims file named: no folder to search, so no ignore files to read.
        "factcheck audit .../article.claims.yaml --format json": [
            *factcheck,
            "audit",
            "examples/afghanistan/article.claims.yaml",
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


def with_checkouts(
    cmds: dict[str, list[str]], env: dict[str, str], checkouts: dict[str, Path]
) -> dict[str, tuple[list[str], dict[str, str]]]:
    """Every factcheck command once per checkout, each importing that checkout's ``src/``.

    The two baselines run without ``PYTHONPATH``, as an installed pint does.
    """
    base = {k: v for k, v in env.items() if k != "PYTHONPATH"}
    runs: dict[str, tuple[list[str], dict[str, str]]] = {}
    for label, cmd in cmds.items():
        if not label.startswith("factcheck"):
            runs[label] = (cmd, base)
            continue
        for name, checkout in checkouts.items():
            runs[f"{label} [{name}]"] = (cmd, {**base, "PYTHONPATH": str(checkout / "src")})
    return runs


def against_rows(
    cmds: dict[str, list[str]], samples: dict[str, list[Sample]]
) -> list[tuple[str, str, str]]:
    """Each factcheck command's median in this checkout over its median in the other."""
    rows = []
    for label in cmds:
        if label.startswith("factcheck"):
            this, before = samples[f"{label} [this]"], samples[f"{label} [before]"]
            wall = median([s.wall for s in this]) / median([s.wall for s in before])
            cpu = median([s.cpu for s in this]) / median([s.cpu for s in before])
            rows.append((label, f"{wall:.3f}x", f"{cpu:.3f}x"))
    return rows


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
    parser.add_argument("--against", type=Path, help="another checkout, timed in the same rounds")
    args = parser.parse_args()

    # pip compiles an installed package's bytecode; an editable install gets it
    # on first import unless this is set, and then every run pays the compile.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    cmds = commands(args.python)
    audit_label = "factcheck audit examples/afghanistan --format json"
    if args.against is None:
        runs = {label: (cmd, env) for label, cmd in cmds.items()}
    else:
        runs = with_checkouts(cmds, env, {"before": args.against.resolve(), "this": ROOT})
        audit_label += " [this]"
    labels = list(runs)
    samples: dict[str, list[Sample]] = {label: [] for label in labels}
    for round_no in range(args.warmup + args.runs):
        # Rotate the order each round so no command always runs right after another.
        shift = round_no % len(labels)
        for label in labels[shift:] + labels[:shift]:
            cmd, cmd_env = runs[label]
            sample = run_timed(cmd, cwd=ROOT, env=cmd_env)
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
    if args.against is not None:
        print(f"\nthis checkout against {args.against} (medians; below 1: faster)\n")
        print(table(("command", "wall", "CPU"), against_rows(cmds, samples)))
    audit = median([s.wall for s in samples[audit_label]]) / base_wall
    audit_cpu = median([s.cpu for s in samples[audit_label]]) / base_cpu
    verdict = "meets" if audit <= TARGET else "misses"
    print(f"\naudit / import pint = {audit:.2f}x: {verdict} the {TARGET}x target")
    # On a shared machine wall time swings with the load; CPU time much less.
    print(f"(CPU time: {audit_cpu:.2f}x)")
    return 1 if args.check and audit > TARGET else 0


if __name__ == "__main__":
    sys.exit(main())
