"""Archive audits on a Dask cluster, with the same results as a local run.

An archive of hundreds of thousands of articles outgrows one machine. The
checking of each article stays exactly what :mod:`factcheck.parallel` does
locally (:func:`~factcheck.parallel.audit_file`, one claims file at a time);
only where it runs changes. Files go to the cluster's workers in chunks, a
bounded number of chunks at a time, and the outcomes come back in the order
of the files, so a report is byte for byte the one a local run writes.

Needs the optional extra: ``pip install "factcheck[dask]"``.

From the command line, name the scheduler::

    factcheck audit archive/ --dask-scheduler tcp://scheduler.example:8786 --format json

From Python, with a scheduler address or a ``dask.distributed.Client``::

    from factcheck.distributed import audit_archive
    report = audit_archive(claims_files, "tcp://scheduler.example:8786")

A real cluster: start ``dask scheduler`` on one machine and ``dask worker
tcp://scheduler.example:8786`` on each of the others, all with factcheck
installed (the same version) and the archive readable at the *same paths*
(a shared or replicated file system, or the same container image and
mounts). Relative paths are read from each worker's working directory, so
give absolute paths unless the workers start in the same folder as the
client. Workers on a ``LocalCluster`` (one machine, for trying it out) start
in the client's folder.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from importlib import import_module
from pathlib import Path
from typing import Any, TypeVar

from factcheck.engine import DocumentReport, Report
from factcheck.errors import FactcheckError
from factcheck.parallel import Outcome, audit_file

__all__ = ["audit_archive", "check_address", "run_on_dask"]

T = TypeVar("T")
#: A scheduler address (``"tcp://host:8786"``) or a ``dask.distributed.Client``.
#: Typed loosely: distributed is an optional extra and ships no type hints.
Scheduler = Any

#: Files per task: enough that scheduling costs little next to the checking.
CHUNK = 64
#: How long to try to reach a scheduler named by its address.
CONNECT_TIMEOUT = "10s"


#: Transports a scheduler can be reached over from another process.
_SCHEMES = ("tcp", "tls", "ws", "wss", "ucx")


def check_address(address: str) -> None:
    """Refuse a scheduler address that cannot name a reachable scheduler, with one line.

    A scheduler is ``[tcp://]host:port`` (or ``tls://``, ``ws://``, ``wss://``,
    ``ucx://``); ``inproc://`` names one inside another process, which this
    process cannot reach. Checked before connecting, so that a typo is one
    line, not the traceback of the networking library.

    >>> check_address("tcp://127.0.0.1:8786")
    """
    from urllib.parse import urlsplit

    problem = None
    scheme, sep, rest = address.partition("://")
    if not sep:
        scheme, rest = "tcp", address
    if scheme not in _SCHEMES:
        problem = f"the transport {scheme!r} cannot reach another process"
    else:
        parts = urlsplit(f"{scheme}://{rest}")
        try:
            port = parts.port
        except ValueError:
            port = -1
        if not parts.hostname or any(c.isspace() for c in address):
            problem = "it names no host"
        elif port is None:
            problem = "it names no port"
        elif port < 0:
            problem = "its port is not a number from 0 to 65535"
        elif parts.path not in ("", "/") or parts.query or parts.fragment:
            problem = "it has more than a host and a port"
    if problem is not None:
        raise FactcheckError(
            f"--dask-scheduler {address!r} is not a scheduler address: {problem}",
            hint="write tcp://HOST:PORT, e.g. tcp://127.0.0.1:8786",
        )


def _client(scheduler: Scheduler) -> tuple[Any, bool]:
    """A client for ``scheduler`` and whether this module opened it (and must close it)."""
    try:
        distributed = import_module("distributed")
    except ImportError:
        raise FactcheckError(
            "running on Dask needs the 'distributed' package",
            hint='pip install "factcheck[dask]"',
        ) from None
    if isinstance(scheduler, str):
        check_address(scheduler)
        try:
            return distributed.Client(scheduler, timeout=CONNECT_TIMEOUT), True
        except (OSError, TimeoutError, ValueError, TypeError) as exc:
            raise FactcheckError(
                f"cannot reach the Dask scheduler at {scheduler}: {exc}",
                hint="start one with 'dask scheduler', or check the address and port",
            ) from None
    return scheduler, False


def _run_chunk(task: Callable[[T], Outcome], chunk: Sequence[T]) -> list[Outcome]:
    return [task(item) for item in chunk]


def run_on_dask(
    task: Callable[[T], Outcome],
    items: Sequence[T],
    scheduler: Scheduler,
    *,
    chunk: int = CHUNK,
) -> Iterator[Outcome]:
    """Like :func:`factcheck.parallel.run_all`, on the cluster behind ``scheduler``.

    At most a few chunks per worker thread are out at once, so neither the
    scheduler nor this process holds the whole archive's results, and the
    outcomes are yielded in the order of ``items``.
    """
    client, opened = _client(scheduler)
    try:
        chunks = (items[i : i + chunk] for i in range(0, len(items), chunk))
        window = max(2, 2 * sum(client.nthreads().values()))
        pending: deque[Any] = deque()
        for part in chunks:
            pending.append(client.submit(_run_chunk, task, part, pure=False))
            if len(pending) >= window:
                yield from _take(pending)
        while pending:
            yield from _take(pending)
    finally:
        if opened:
            client.close()


def _take(pending: deque[Any]) -> list[Outcome]:
    future = pending.popleft()
    outcomes: list[Outcome] = future.result()
    future.release()
    return outcomes


def audit_archive(
    claims_files: Sequence[Path],
    scheduler: Scheduler,
    *,
    allow_outside_root: bool = False,
) -> tuple[Report, tuple[str, ...]]:
    """Check every claims file on the cluster: the report, and the lines of any errors.

    The report equals ``Report`` of the same files checked locally, in order;
    a file that could not be checked adds its error lines instead.
    """
    task = partial(audit_file, allow_outside_root=allow_outside_root)
    documents: list[DocumentReport] = []
    errors: list[str] = []
    for outcome in run_on_dask(task, claims_files, scheduler):
        documents.extend(outcome.documents)
        errors.extend(outcome.errors)
    return Report(tuple(documents)), tuple(errors)
