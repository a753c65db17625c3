"""The ``factcheck`` command in a process of its own: the console script, ``python -m factcheck``.

The collector is switched off before click and the command's modules load
(:func:`factcheck.gcpause.pause_start_up`): a pause taken once the command
runs comes after loading them set it off some twenty times, about 1 ms of a
cold audit (docs/performance.md). For that, ``factcheck`` itself and
:mod:`factcheck.errors` do not import :mod:`typing` either.
"""

from __future__ import annotations

from factcheck.gcpause import pause_start_up


def main() -> None:
    """Run this process's command line; the process ends with it."""
    pause_start_up()
    from factcheck.cli import main as command

    command()


if __name__ == "__main__":
    main()
