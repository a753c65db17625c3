"""The ``factcheck-audit`` pre-commit hook: audit the claims files of the changed articles.

pre-commit passes the staged files that match the hook (articles and claims
files); ``factcheck audit`` wants claims files. This maps each article to the
claims file beside it (``story.md`` -> ``story.claims.yaml``), keeps claims
files as they are, and runs ``factcheck audit`` on them with the hook's
``args``. An article without a claims file has nothing to audit (the
``factcheck-scan`` hook checks its own arithmetic). Used as::

    python -m factcheck.precommit [OPTION...] FILE...

Options are the ``factcheck audit`` options (``--fail-on warning``,
``--format github``…); every other argument is a file.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

__all__ = ["claims_files", "main"]

CLAIMS_SUFFIXES = (".claims.yaml", ".claims.yml")
ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")
#: ``factcheck audit`` options that take a value (the next argument is not a file).
_VALUED = {
    "--format",
    "--output",
    "-o",
    "--fail-on",
    "--include",
    "--exclude",
    "--jobs",
    "-j",
    "--baseline",
    "--dask-scheduler",
}


def claims_files(paths: Iterable[str]) -> list[str]:
    """The claims files that ``paths`` (articles and claims files) call for, once each, in order."""
    found: dict[str, None] = {}
    for raw in paths:
        path = Path(raw)
        if path.name.endswith(CLAIMS_SUFFIXES):
            found.setdefault(raw)
            continue
        if path.suffix not in ARTICLE_SUFFIXES:
            continue
        for suffix in CLAIMS_SUFFIXES:
            candidate = path.with_name(path.stem + suffix)
            if candidate.is_file():
                found.setdefault(candidate.as_posix())
                break
    return list(found)


def _split(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """``argv`` as (options with their values, files)."""
    options: list[str] = []
    files: list[str] = []
    expect_value = False
    for arg in argv:
        if expect_value:
            options.append(arg)
            expect_value = False
        elif arg.startswith("-") and len(arg) > 1:
            options.append(arg)
            expect_value = arg in _VALUED
        else:
            files.append(arg)
    return options, files


def main(argv: Sequence[str] | None = None) -> int:
    """Audit the claims files among ``argv``'s files; ``factcheck audit``'s exit code (0: none)."""
    from factcheck.cli import run

    options, files = _split(sys.argv[1:] if argv is None else argv)
    claims = claims_files(files)
    if not claims:
        return 0
    return run(["audit", *options, *claims])


if __name__ == "__main__":
    sys.exit(main())
