"""Checking many articles: one at a time in this process, or on a pool of processes.

Each article is checked on its own (:func:`audit_file`, :func:`scan_file`)
and gives an :class:`Outcome`: its document reports, or the error lines that
stopped it. :func:`run_all` runs such a task over many files and yields the
outcomes *in the order of the files*, as they are ready, whatever process
did the work, so a report is the same with one job or many.

>>> outcome = audit_file(Path("examples/afghanistan/article.claims.yaml"))  # doctest: +SKIP
>>> [d.document for d in outcome.documents]  # doctest: +SKIP
['examples/afghanistan/article.md']

The same tasks run on a Dask cluster through :mod:`factcheck.distributed`.
"""

from __future__ import annotations

import datetime as _dt
import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import attrs

from factcheck._repr import fields_repr
from factcheck.engine import DocumentReport, check_claimset
from factcheck.errors import FactcheckError, error_lines

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

    from factcheck.findings import Severity

__all__ = [
    "Outcome",
    "audit_file",
    "available_cores",
    "rendered",
    "run_all",
    "scan_file",
    "scan_text",
]

T = TypeVar("T")


@attrs.frozen
class Outcome:
    """What checking one file gave: its document reports, or why it could not be checked."""

    __repr__ = fields_repr

    documents: tuple[DocumentReport, ...] = ()
    #: one line per problem (``file:line:column: message (hint: ...)``); they
    #: travel as text because an exception's extra fields do not survive pickling
    errors: tuple[str, ...] = ()
    #: the documents as a streaming format wrote them, in place of ``documents``
    #: (see :func:`rendered`)
    text: str | None = None
    #: with ``text``: whether a finding failed at the threshold it was given
    failed: bool = False


def audit_file(path: Path, allow_outside_root: bool = False) -> Outcome:
    """Load one claims file and check it."""
    from factcheck.claims import load

    try:
        claimset = load(path, allow_outside_root=allow_outside_root)
        return Outcome(check_claimset(claimset).documents)
    except FactcheckError as exc:
        return Outcome((broken_file(path, exc),), errors=error_lines(exc))


def broken_file(path: Path, exc: FactcheckError) -> DocumentReport:
    """A claims file that could not be loaded, as findings, so no report format omits it.

    A tool that reads only the JSON or SARIF must see that a file was not
    checked; the exit code (2) says so too.
    """
    from factcheck.errors import ClaimsFileError
    from factcheck.findings import Finding, Location, Status
    from factcheck.findings import Severity as _Severity

    problems = exc.problems if isinstance(exc, ClaimsFileError) else [exc]
    findings = tuple(
        Finding(
            rule="claims_file",
            status=Status.UNDETERMINED,
            severity=_Severity.ERROR,
            message=f"not checked: {problem.message}"
            + (f" (hint: {problem.hint})" if problem.hint else ""),
            check=f"claims_file[{path.name}]",
            location=Location(
                claims_file=problem.file or str(path),
                claims_line=problem.line,
                claims_column=problem.column,
            ),
        )
        for problem in problems
    )
    return DocumentReport(document=None, text="", findings=findings, claims_file=str(path))


def scan_file(
    path: Path, published: _dt.date | None = None, about_tolerance: Fraction | None = None
) -> Outcome:
    """Read one article and check the arithmetic its prose states (``factcheck scan``).

    Markdown is scanned as :func:`factcheck.markdown.prose_text` gives it; the
    report shows the file's own text, at the same offsets.
    """
    from factcheck.markdown import read_article

    try:
        article = read_article(path)
    except FactcheckError as exc:
        return Outcome(errors=error_lines(exc))
    documents = scan_text(
        article.prose,
        published=published or article.published,
        document=str(path),
        about_tolerance=about_tolerance,
    )
    return Outcome(tuple(attrs.evolve(d, text=article.text) for d in documents))


def scan_text(
    text: str,
    *,
    published: _dt.date | None = None,
    document: str | None = None,
    about_tolerance: Fraction | None = None,
) -> tuple[DocumentReport, ...]:
    """The scan of ``text`` with its HTML comments left unread (see :func:`scan_file`).

    A ``<!-- factcheck: ignore -->`` and any other comment is not prose: its
    figures are not read, and it does not run into the sentence below it. The
    report shows the text as written, at the same offsets.
    """
    from factcheck.scan import scan
    from factcheck.suppress import mask_comments

    masked = mask_comments(text)
    tolerance = {} if about_tolerance is None else {"about_tolerance": about_tolerance}
    documents = scan(masked, published=published, document=document, **tolerance).documents
    if masked is not text:
        documents = tuple(attrs.evolve(doc, text=text) for doc in documents)
    return documents


def rendered(
    item: T, *, task: Callable[[T], Outcome], fmt: str, threshold: Severity | None
) -> Outcome:
    """``task(item)``, written out by the streaming format ``fmt`` where it ran.

    The process that checked the documents renders them too, so the one that
    collects the outcomes only writes text and does not hold the many jobs
    back; the documents themselves are not sent back at all.
    """
    from factcheck.engine import Report
    from factcheck.reports import get_renderer

    outcome = task(item)
    return Outcome(
        errors=outcome.errors,
        text="".join(get_renderer(fmt).stream(outcome.documents)),  # type: ignore[attr-defined]
        failed=bool(Report(outcome.documents).failures(threshold)),
    )


def available_cores() -> int:
    """How many cores this process may run on (the default number of jobs)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def run_all(task: Callable[[T], Outcome], items: Sequence[T], jobs: int = 1) -> Iterator[Outcome]:
    """``task`` of every item, in order; on ``jobs`` processes when ``jobs`` > 1.

    ``task`` and the items must pickle (module-level functions, paths), since
    they are sent to the worker processes. Items go out in chunks, so that a
    worker asks for more work a few times rather than once per small article,
    and outcomes come back one by one, so memory holds only what is finished.
    """
    if jobs <= 1 or len(items) <= 1:
        yield from map(task, items)
        return
    from factcheck.units import registry

    registry()  # built once here: forked workers inherit it
    workers = min(jobs, len(items))
    chunksize = max(1, min(32, len(items) // (workers * 8)))
    with _context().Pool(workers) as pool:
        yield from pool.imap(task, items, chunksize)


def _context() -> BaseContext:
    # Forking is the cheapest start (workers inherit every loaded module and
    # the unit registry) but is only safe while this process has one thread;
    # otherwise, and off Linux, workers start afresh. Imported here: loading
    # multiprocessing costs a one-file audit 3 ms it does not need.
    import multiprocessing

    if sys.platform == "linux" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")
