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
import signal
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
from factcheck.yamlnodes import LIMITS

#: The largest article read unless told otherwise (see ``--max-size``).
MAX_ARTICLE_BYTES = LIMITS.max_article_bytes

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

    from factcheck.findings import Severity

__all__ = [
    "Outcome",
    "Terminated",
    "audit_file",
    "available_cores",
    "guarded",
    "init_file",
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
    #: the files this check read (the claims file, the article), so that the
    #: command can refuse to write its report over one of them
    inputs: tuple[str, ...] = ()


def audit_file(
    path: Path, allow_outside_root: bool = False, max_bytes: int = MAX_ARTICLE_BYTES
) -> Outcome:
    """Load one claims file and check it (its article: at most ``max_bytes``)."""
    from factcheck.claims import load
    from factcheck.yamlnodes import Limits

    try:
        claimset = load(
            path,
            allow_outside_root=allow_outside_root,
            limits=Limits(max_article_bytes=max_bytes),
        )
        inputs: tuple[str, ...] = (os.fspath(path),)
        if claimset.document_path is not None:
            inputs += (os.fspath(claimset.document_path),)
        return Outcome(check_claimset(claimset).documents, inputs=inputs)
    except FactcheckError as exc:
        return Outcome((broken_file(path, exc),), errors=error_lines(exc), inputs=(str(path),))


def broken_file(path: Path, exc: FactcheckError, *, article: bool = False) -> DocumentReport:
    """A file that could not be checked, as findings, so no report format omits it.

    A tool that reads only the JSON or SARIF must see that a file was not
    checked; the exit code (2) says so too. A claims file's problems point
    into it (rule ``claims_file``); an article that cannot be read, or a
    folder that cannot be searched, is the finding of the rule ``document``.
    """
    from factcheck.errors import ClaimsFileError
    from factcheck.files import display_path
    from factcheck.findings import Finding, Location, Status
    from factcheck.findings import Severity as _Severity

    name = display_path(path)
    rule = "document" if article else "claims_file"
    problems = exc.problems if isinstance(exc, ClaimsFileError) else [exc]
    findings = tuple(
        Finding(
            rule=rule,
            status=Status.UNDETERMINED,
            severity=_Severity.ERROR,
            message=f"not checked: {problem.message}"
            + (f" (hint: {problem.hint})" if problem.hint else ""),
            check=f"{rule}[{display_path(path.name)}]",
            location=Location(file=problem.file or name, line=problem.line)
            if article
            else Location(
                claims_file=problem.file or name,
                claims_line=problem.line,
                claims_column=problem.column,
            ),
        )
        for problem in problems
    )
    if article:
        return DocumentReport(document=name, text="", findings=findings)
    return DocumentReport(document=None, text="", findings=findings, claims_file=name)


def scan_file(
    path: Path,
    published: _dt.date | None = None,
    about_tolerance: Fraction | None = None,
    max_bytes: int = MAX_ARTICLE_BYTES,
) -> Outcome:
    """Read one article and check the arithmetic its prose states (``factcheck scan``).

    Markdown is scanned as :func:`factcheck.markdown.prose_text` gives it; the
    report shows the file's own text, at the same offsets. The article is
    read whole (at most ``max_bytes``) but scanned a few paragraphs at a time
    (:mod:`factcheck.chunked`), so memory stays bounded.
    """
    from factcheck.files import display_path
    from factcheck.markdown import read_article

    inputs = (os.fspath(path),)
    try:
        article = read_article(path, max_bytes=max_bytes)
    except FactcheckError as exc:
        return Outcome((broken_file(path, exc, article=True),), error_lines(exc), inputs=inputs)
    documents = scan_text(
        article.prose,
        published=published or article.published,
        document=display_path(path),
        about_tolerance=about_tolerance,
    )
    return Outcome(tuple(attrs.evolve(d, text=article.text) for d in documents), inputs=inputs)


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
    from factcheck.chunked import scan_in_pieces
    from factcheck.suppress import mask_comments
    from factcheck.text.hedges import DEFAULT_TOLERANCE

    masked = mask_comments(text)
    report = scan_in_pieces(
        masked,
        published=published,
        document=document,
        about_tolerance=DEFAULT_TOLERANCE if about_tolerance is None else about_tolerance,
    )
    documents = report.documents
    if masked is not text:
        documents = tuple(attrs.evolve(doc, text=text) for doc in documents)
    return documents


def init_file(
    item: tuple[Path, bool], force: bool = False, max_bytes: int | None = None
) -> Outcome:
    """Write the draft claims file of one article (``factcheck init``).

    ``item`` is the article and whether it was named on the command line: an
    existing claims file is then an error unless ``force``; one next to an
    article found in a folder is left as it is. ``text`` is the path
    written, empty when nothing was.
    """
    from factcheck.drafts import write_draft

    path, named = item
    try:
        return Outcome(text=str(write_draft(path, force=force, max_bytes=max_bytes)))
    except FileExistsError as exc:
        if not named:
            return Outcome(text="")
        return Outcome(
            errors=(f"{exc.args[0]}: already exists (hint: pass --force to overwrite it)",)
        )
    except FactcheckError as exc:
        return Outcome(errors=error_lines(exc))


def guarded(item: T, *, task: Callable[[T], Outcome]) -> Outcome:
    """``task(item)``, with any exception it raises turned into that item's error.

    A bug of ours, or memory running out on one huge article, then costs
    that file only: the others are still checked and reported, and the run
    exits 2. (``KeyboardInterrupt`` and ``SystemExit`` still stop the run.)
    """
    try:
        return task(item)
    except Exception as exc:  # whatever it is, it must not sink the other files
        from factcheck.files import display_path

        name = display_path(item) if isinstance(item, str | os.PathLike) else repr(item)
        error = FactcheckError(
            f"internal error while checking this file: {type(exc).__name__}: {exc}",
            file=name,
            hint="please report it at the project's issue tracker, with the file if you can",
        )
        if isinstance(item, Path):
            return Outcome((broken_file(item, error, article=True),), error_lines(error))
        return Outcome(errors=error_lines(error))


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
        inputs=outcome.inputs,
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
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        # Leaving the block (an interrupt included) terminates the workers.
        with _context().Pool(workers, initializer=_worker_signals) as pool:
            yield from pool.imap(task, items, chunksize)
    finally:
        signal.signal(signal.SIGTERM, previous)


class Terminated(KeyboardInterrupt):
    """SIGTERM arrived while workers ran: stop them, as an interrupt does (exit 143)."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


def _worker_signals() -> None:
    # The controlling process decides what an interrupt or a SIGTERM means and
    # terminates the workers; a worker that handled them itself would print a
    # KeyboardInterrupt or, writing to the closed pipe, a BrokenPipeError traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _context() -> BaseContext:
    # Forking is the cheapest start (workers inherit every loaded module and
    # the unit registry) but is only safe while this process has one thread;
    # otherwise, and off Linux, workers start afresh. Imported here: loading
    # multiprocessing costs a one-file audit 3 ms it does not need.
    import multiprocessing

    if sys.platform == "linux" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")
