"""The ``factcheck`` command: the only module that prints.

Exit codes: 0 nothing failed at the ``--fail-on`` level, 1 something did,
2 bad usage or unreadable input. Every error a user can cause is one line on
stderr with a hint, never a traceback.
"""

from __future__ import annotations

import atexit
import gc
import itertools
import os
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import attrs
import click

from factcheck import __version__
from factcheck.errors import FactcheckError, error_lines
from factcheck.gcpause import end_start_up, pause_start_up

if TYPE_CHECKING:
    from factcheck.engine import DocumentReport, Report
    from factcheck.findings import Severity
    from factcheck.parallel import Outcome

__all__ = ["main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
#: an interrupt (SIGINT, Ctrl-C) and SIGTERM: 128 + the signal's number, as shells do
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143
CLAIMS_SUFFIX = ".claims.yaml"

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")


def _fail(message: str, hint: str | None = None) -> NoReturn:
    click.echo(f"factcheck: error: {message}", err=True)
    if hint:
        click.echo(f"  hint: {hint}", err=True)
    sys.exit(EXIT_USAGE)


def _write(path: Path, text: str | Iterable[str]) -> None:
    """Write ``text`` (or its pieces, as they come) to ``path`` as UTF-8, whole or not at all.

    The pieces go to a temporary file beside ``path`` that replaces it only
    when all are written (:func:`factcheck.files.write_atomic`): a full disk
    or an interrupted run leaves the previous file untouched. A file that
    cannot be written is a one-line error.
    """
    from factcheck.files import display_path, write_atomic

    try:
        write_atomic(path, [text] if isinstance(text, str) else text)
    except OSError as exc:
        _fail(
            f"cannot write {display_path(path)}: {exc.strerror or exc}",
            "check the folder exists and is writable",
        )


def _refuse_overwriting(output: Path | None, inputs: Iterable[str | Path]) -> None:
    """Stop (exit 2) when ``output`` is one of the files the run reads.

    Writing a report over its own claims file or article destroys the very
    text it is about, and a streaming format would do so before reading it.
    """
    if output is None:
        return
    from factcheck.files import display_path, same_file

    for item in inputs:
        if same_file(output, Path(item)):
            _fail(
                f"the report would overwrite {display_path(item)}, which it reads",
                "write the report (-o) to another file",
            )


def _report_error(exc: FactcheckError) -> None:
    _print_errors(error_lines(exc))


def _print_errors(lines: Iterable[str]) -> None:
    for line in lines:
        click.echo(f"factcheck: error: {line}", err=True)


# ------------------------------------------------------------------ settings


def _settings(ctx: click.Context) -> dict[str, Any]:
    """Defaults from ``[tool.factcheck]`` in pyproject.toml or from factcheck.toml."""
    from factcheck.config import load_config

    del ctx
    return load_config(Path.cwd())


@cache
def _skip_final_collection() -> None:
    """Spare the exiting process Python's last full garbage collection.

    Everything a run made is still alive when the command ends, and collecting
    it all took about 20 ms of a 220 ms cold audit (docs/performance.md).
    Freezing moves those objects out of the collector's sight; exit handlers
    and the flushing of output still run as usual.
    """
    atexit.register(gc.freeze)


def _exit_at_once(stop: SystemExit) -> None:
    """End the process here, unless something needs Python's own exit; then return.

    Python's exit takes every object of the run apart one by one: 3–5 ms of a
    cold audit (docs/performance.md), for memory the system takes back anyway.
    Exit handlers still run and both standard streams are flushed first. Left
    to the usual exit, so that they behave as they always have: an exit code
    that is not a number, other threads still running (Python waits for them),
    and a stream that cannot be flushed (a closed pipe).
    """
    code = stop.code
    if code is not None and not isinstance(code, int):
        return
    if threading.active_count() > 1:
        return
    atexit._run_exitfuncs()
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return
    os._exit(code or 0)


class _Group(click.Group):
    """A command group that turns any :class:`FactcheckError` into one line and exit 2."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        own_command_line = False
        if kwargs.get("standalone_mode", True):  # the process ends with the command
            _skip_final_collection()
            # Only for this process's own command line: a caller that passes
            # arguments (click's CliRunner, in tests) goes on running after it.
            own_command_line = (args[0] if args else kwargs.get("args")) is None
            if own_command_line:
                pause_start_up()
        try:
            return super().main(*args, **kwargs)
        except SystemExit as stop:
            if own_command_line:
                _exit_at_once(stop)
            raise

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt as stop:
            # Not exit 1, which means that a finding failed: 128 + the signal's
            # number, as a shell reports a command a signal ended.
            from factcheck.parallel import Terminated

            terminated = isinstance(stop, Terminated)
            click.echo(f"factcheck: {'terminated' if terminated else 'interrupted'}", err=True)
            ctx.exit(EXIT_TERMINATED if terminated else EXIT_INTERRUPTED)
        except FactcheckError as exc:
            _report_error(exc)
            ctx.exit(EXIT_USAGE)
        except click.UsageError as exc:
            # One line like every other error, rather than click's usage block.
            where = exc.ctx.command_path if exc.ctx is not None else ctx.command_path
            _fail(exc.format_message(), f"see '{where} --help'")


def _output_options(func: F) -> F:
    """Options shared by the commands that write a report."""
    decorators = [
        click.option(
            "--format",
            "fmt",
            default=None,
            metavar="FORMAT",
            help="Report format: text, markdown, json, jsonl, html, sarif, github, junit, "
            "or one a plugin adds (default: text).",
        ),
        click.option(
            "--output",
            "-o",
            type=click.Path(dir_okay=False, writable=True, path_type=Path),
            help="Write the report to FILE instead of standard output.",
        ),
        click.option(
            "--fail-on",
            type=click.Choice(["error", "warning", "never"]),
            default=None,
            help="Exit 1 when a finding of this severity or worse fails (default: error).",
        ),
        click.option(
            "--quiet", "-q", is_flag=True, help="Print nothing; only the exit code tells."
        ),
        click.option(
            "--no-color", is_flag=True, help="Never colour the output (NO_COLOR is honoured too)."
        ),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def _parallel_options(func: F) -> F:
    """``--jobs`` and ``--dask-scheduler``, shared by the commands that check many files."""
    jobs = click.option(
        "--jobs",
        "-j",
        type=click.IntRange(min=0),
        default=None,
        metavar="N",
        help="Check files on N processes (default: all cores; 1: in this process).",
    )
    dask = click.option(
        "--dask-scheduler",
        default=None,
        metavar="ADDRESS",
        help="Check files on the Dask cluster of this scheduler (needs factcheck[dask]).",
    )
    return jobs(dask(func))


def _remember(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """Keep an option of the shared controls in ``ctx.meta``, out of the commands' signatures."""
    ctx.meta[f"factcheck.{param.name}"] = value
    return value


def _control_options(func: F) -> F:
    """``--baseline`` and ``--update-baseline``, shared by ``audit`` and ``scan``."""
    baseline = click.option(
        "--baseline",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        expose_value=False,
        callback=_remember,
        help="Problems recorded in this file are reported as suppressed; only new ones fail.",
    )
    update = click.option(
        "--update-baseline",
        is_flag=True,
        expose_value=False,
        callback=_remember,
        help="Record today's problems in the --baseline file (and exit 0).",
    )
    return baseline(update(func))


def _controls(ctx: click.Context, settings: dict[str, Any]) -> tuple[Any, Path | None, bool]:
    """The controls of this run (factcheck.controls), the baseline path, whether to update it."""
    from factcheck.controls import Controls

    path = ctx.meta.get("factcheck.baseline")
    if path is None and settings.get("baseline"):
        path = Path(settings["baseline"])
    update = bool(ctx.meta.get("factcheck.update_baseline"))
    if update and path is None:
        _fail("--update-baseline needs a file", "name it with --baseline FILE")
    baseline = None
    if path is not None and not update:
        from factcheck.baseline import load_baseline

        baseline = load_baseline(path)
    return Controls.from_settings(settings, baseline=baseline), path, update


def _outcomes(
    task: Callable[[T], Outcome],
    files: list[T],
    jobs: int | None,
    scheduler: str | None,
    settings: dict[str, Any],
) -> Iterable[Outcome]:
    """The outcome of ``task`` for each file, in order: on Dask, on processes, or here.

    Any exception of ``task`` on one file becomes that file's error
    (:func:`factcheck.parallel.guarded`): the other files are still reported.
    """
    from factcheck.parallel import guarded

    task = partial(guarded, task=task)
    if scheduler:
        from factcheck.distributed import check_address, run_on_dask

        check_address(scheduler)

        return run_on_dask(task, files, scheduler)
    from factcheck.parallel import run_all

    processes = _jobs(jobs, settings)
    if processes > 1 and len(files) > 1:
        end_start_up()  # before the workers fork: they inherit the collector's state
    return run_all(task, files, processes)


def _jobs(jobs: int | None, settings: dict[str, Any]) -> int:
    """The number of processes: the option, else the ``jobs`` setting, else every core (0 too)."""
    from factcheck.parallel import available_cores

    wanted = jobs if jobs is not None else settings.get("jobs", 0)
    return wanted or available_cores()


def _finish(
    ctx: click.Context,
    task: Callable[[Path], Outcome],
    found: Found,
    what: str,
    settings: dict[str, Any],
) -> NoReturn:
    """Run ``task`` on every file, report the documents in order after their errors, and exit.

    The command's own options (``ctx.params``) say how: ``--jobs``,
    ``--dask-scheduler`` and the output options.

    Exit 2 when a file could not be checked, else as ``--fail-on`` says. A
    format that can stream (``jsonl``) is rendered where each file is checked
    and written as it comes, and nothing is kept: memory stays flat over any
    number of files, and the many jobs are not held back by this process.
    """
    from factcheck.controls import controlled
    from factcheck.engine import Report
    from factcheck.parallel import rendered
    from factcheck.reports import get_renderer

    params = ctx.params
    output_options = {key: params[key] for key in ("fmt", "output", "fail_on", "no_color")}
    quiet = params["quiet"]
    renderer = get_renderer(output_options["fmt"] or settings.get("format", "text"))
    threshold = _threshold(output_options["fail_on"], settings)
    controls, baseline_path, update_baseline = _controls(ctx, settings)
    task = partial(controlled, task=task, controls=controls)
    # Updating a baseline needs every document at the end: no streaming then.
    streaming = hasattr(renderer, "stream") and not update_baseline
    if streaming:
        task = partial(rendered, task=task, fmt=renderer.name, threshold=threshold)
    parallel = (params["jobs"], params["dask_scheduler"])
    files = found.files
    _refuse_overwriting(output_options["output"], files)
    outcomes = _progress(_outcomes(task, files, *parallel, settings), len(files), quiet, what)
    # Folders that could not be searched come first, like files that could not be read.
    outcomes = itertools.chain(found.problems, outcomes)
    seen = {"broken": False, "failed": False}

    def collected() -> Iterator[Outcome]:
        for outcome in outcomes:
            end_start_up()
            # Before anything is written over it (the writing is atomic, at the end).
            _refuse_overwriting(output_options["output"], outcome.inputs)
            _print_errors(outcome.errors)
            seen["broken"] |= bool(outcome.errors)
            seen["failed"] |= outcome.failed
            yield outcome

    if streaming:
        _write_stream((o.text or "" for o in collected()), output_options["output"], quiet)
        code = EXIT_FAILED if seen["failed"] else EXIT_OK
    else:
        documents = tuple(d for o in collected() for d in o.documents)
        # A file that could not be checked is in the report (as a finding) only
        # beside files that were: alone, stderr and exit 2 say all there is.
        if seen["broken"] and all(_is_broken(d) for d in documents):
            ctx.exit(EXIT_USAGE)
        if update_baseline and baseline_path is not None:
            documents = _update_baseline(baseline_path, documents, quiet)
        code = _emit(Report(documents), quiet=quiet, settings=settings, **output_options)
    ctx.exit(EXIT_USAGE if seen["broken"] else code)


def _update_baseline(
    path: Path, documents: tuple[DocumentReport, ...], quiet: bool
) -> tuple[DocumentReport, ...]:
    """Record the problems of ``documents`` in ``path``; the documents with them suppressed."""
    from factcheck.baseline import load_baseline, write_baseline

    count = write_baseline(path, documents)
    if not quiet:
        click.echo(f"factcheck: recorded {count} problem(s) in the baseline {path}", err=True)
    baseline = load_baseline(path)
    return tuple(baseline.apply(doc) for doc in documents)


def _is_broken(doc: Any) -> bool:
    """Whether ``doc`` only stands for a file or folder that could not be checked."""
    return doc.text == "" and all(f.rule in ("claims_file", "document") for f in doc.findings)


def _write_stream(chunks: Iterable[str], output: Path | None, quiet: bool) -> None:
    """Write ``chunks`` as they come to ``output`` or standard output (made even if quiet)."""
    if output is not None:
        _write(output, chunks)
        return
    for chunk in chunks:
        if not quiet:
            click.echo(chunk, nl=False)


def _threshold(fail_on: str | None, settings: dict[str, Any]) -> Severity | None:
    """The severity at which a finding fails the run (``None``: never)."""
    from factcheck.findings import Severity

    level = fail_on or settings.get("fail_on", "error")
    return None if level == "never" else Severity(level)


def _use_color(no_color: bool, output: Path | None, settings: dict[str, Any]) -> bool:
    if (
        no_color
        or output is not None
        or os.environ.get("NO_COLOR")
        or settings.get("color") is False
    ):
        return False
    # No stdout at all ("factcheck audit … >&-") is no terminal either.
    return sys.stdout is not None and sys.stdout.isatty()


def _terminal_width() -> int | None:
    """The columns of the terminal the report goes to: ``COLUMNS``, else the terminal's own.

    ``None`` when standard output is no terminal (a pipe, a file) and ``COLUMNS`` is unset.
    """
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if sys.stdout is None or not sys.stdout.isatty():
        return None
    try:
        return os.get_terminal_size(sys.stdout.fileno()).columns
    except (OSError, ValueError):
        return None


def _emit(
    report: Report,
    *,
    fmt: str | None,
    output: Path | None,
    fail_on: str | None,
    quiet: bool,
    no_color: bool,
    settings: dict[str, Any],
) -> int:
    from factcheck.reports import get_renderer

    fmt = fmt or settings.get("format", "text")
    renderer = get_renderer(fmt)
    options: dict[str, Any] = {}
    if renderer.name == "text" and output is None:
        options["width"] = _terminal_width()
    text = renderer.render(report, color=_use_color(no_color, output, settings), **options)
    if output is not None:
        _write(output, text)
    elif not quiet:
        click.echo(text, nl=not text.endswith("\n"))
    return EXIT_FAILED if report.failures(_threshold(fail_on, settings)) else EXIT_OK


# ------------------------------------------------------------------- commands


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
def main() -> None:
    """Check that the numbers in a piece of writing agree with each other."""


@attrs.frozen
class Found:
    """The files to check, and the folders that could not be searched (as outcomes)."""

    files: list[Path]
    problems: list[Outcome] = attrs.field(factory=list)


def _found(
    paths: Iterable[Path],
    suffixes: Sequence[str],
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    *,
    article: bool,
    allow_outside_root: bool = False,
) -> Found:
    """:func:`factcheck.discovery.find_files`, with the project's containment.

    A file found in a folder that is a link leading out of the project (the
    nearest folder with ``.git`` or ``pyproject.toml``, as for a claims
    file's document) is skipped with one line saying so, unless
    ``allow_outside_root``. A folder that cannot be read is an error naming
    it, reported with the files (exit 2); it is never skipped silently. A
    path that does not exist is a one-line error.
    """
    from factcheck.discovery import find_files
    from factcheck.errors import DocumentError
    from factcheck.files import display_path, inside, project_root
    from factcheck.parallel import Outcome, broken_file

    found = Found([])

    def unreadable(exc: OSError) -> None:
        folder = Path(exc.filename) if exc.filename else Path(".")
        error = FactcheckError(
            f"cannot read this folder: {exc.strerror or exc}; its files were not checked",
            file=display_path(folder),
            hint="check its permissions",
        )
        problem = broken_file(folder, error, article=article)
        found.problems.append(Outcome((problem,), errors=error_lines(error)))

    named = set(paths)
    try:
        files = find_files(paths, suffixes, include, exclude, onerror=unreadable)
    except DocumentError as exc:
        _fail(exc.message, exc.hint)
    roots: dict[Path, Path] = {}
    for candidate in files:
        # Only a file found in a folder can lead out unasked; the walk does not
        # follow linked folders, so only a file that is itself a link can.
        if candidate not in named and not allow_outside_root and candidate.is_symlink():
            folder = candidate.parent
            root = roots.setdefault(folder, project_root(folder))
            if not inside(candidate, root):
                click.echo(
                    f"factcheck: warning: skipped {display_path(candidate)}: it leads to "
                    f"{display_path(candidate.resolve())}, outside the project folder "
                    f"{display_path(root)} (--allow-outside-root reads it)",
                    err=True,
                )
                continue
        found.files.append(candidate)
    return found


def discover(
    paths: Iterable[Path],
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    *,
    allow_outside_root: bool = False,
) -> Found:
    """Claims files named by ``paths``: files as given, folders searched recursively."""
    return _found(
        paths,
        (CLAIMS_SUFFIX,),
        include,
        exclude,
        article=False,
        allow_outside_root=allow_outside_root,
    )


def _max_size_option(func: F) -> F:
    """``--max-size``: the largest article read, for the commands that read articles."""
    return click.option(
        "--max-size",
        "max_size",
        default=None,
        metavar="SIZE",
        help="Refuse articles larger than SIZE (bytes, or with kB, MB, GB; default: 50MB).",
    )(func)


def _max_bytes(option: str | None, settings: dict[str, Any]) -> int:
    """The article size limit in bytes: the option, else the ``max_size`` setting, else 50 MB."""
    from factcheck.config import parse_size
    from factcheck.parallel import MAX_ARTICLE_BYTES

    if option is None:
        return int(settings.get("max_size", MAX_ARTICLE_BYTES))
    try:
        return parse_size(option)
    except ValueError as exc:
        _fail(f"--max-size: {exc}", "write a size such as 50MB, 500kB or 1000000")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_max_size_option
@click.option("--include", multiple=True, help="Only claims files matching this glob (repeatable).")
@click.option("--exclude", multiple=True, help="Skip claims files matching this glob (repeatable).")
@click.option(
    "--allow-outside-root",
    is_flag=True,
    help="Let a claims file's document lie outside the project folder.",
)
@_parallel_options
@_control_options
@_output_options
@click.pass_context
def audit(
    ctx: click.Context,
    paths: tuple[Path, ...],
    max_size: str | None,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    allow_outside_root: bool,
    jobs: int | None,
    dask_scheduler: str | None,
    fmt: str | None,
    output: Path | None,
    fail_on: str | None,
    quiet: bool,
    no_color: bool,
) -> None:
    """Check claims files (or folders of *.claims.yaml) and report the findings."""
    from factcheck.parallel import audit_file

    settings = _settings(ctx)
    outside = allow_outside_root or settings.get("allow_outside_root", False)
    found = discover(
        paths,
        include or tuple(settings.get("include", ())),
        exclude or tuple(settings.get("exclude", ())),
        allow_outside_root=outside,
    )
    if not found.files and not found.problems:
        _fail("no claims files found", f"name *{CLAIMS_SUFFIX} files or folders holding them")
    task = partial(audit_file, allow_outside_root=outside, max_bytes=_max_bytes(max_size, settings))
    _finish(ctx, task, found, "auditing", settings)


def _progress(items: Iterable[Outcome], total: int, quiet: bool, what: str) -> Iterable[Outcome]:
    """``items`` with a progress bar on stderr, when a person is watching many files.

    The bar goes to stderr and only when stderr is a terminal, so that a
    report on stdout (``factcheck scan dir > out.txt``) stays byte-clean.
    """
    if quiet or total < 20 or sys.stderr is None or not sys.stderr.isatty():
        return items
    from rich.console import Console
    from rich.progress import track

    console = Console(stderr=True)
    return track(items, total=total, description=what, console=console, transient=True)


ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")


def discover_articles(
    paths: Iterable[Path],
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    *,
    allow_outside_root: bool = False,
) -> Found:
    """Articles named by ``paths``: files as given, folders searched for .md, .markdown, .txt."""
    return _found(
        paths,
        ARTICLE_SUFFIXES,
        include,
        exclude,
        article=True,
        allow_outside_root=allow_outside_root,
    )


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--figures", is_flag=True, help="List every figure found instead of checking.")
@click.option("--include", multiple=True, help="Only articles matching this glob (repeatable).")
@click.option("--exclude", multiple=True, help="Skip articles matching this glob (repeatable).")
@_max_size_option
@click.option(
    "--allow-outside-root",
    is_flag=True,
    help="Read files that links in a folder lead to outside the project folder.",
)
@click.option(
    "--published",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Publication date (default: the dateline at the top of the text).",
)
@_parallel_options
@_control_options
@_output_options
@click.pass_context
def scan(
    ctx: click.Context,
    paths: tuple[Path, ...],
    figures: bool,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    max_size: str | None,
    allow_outside_root: bool,
    published: Any,
    jobs: int | None,
    dask_scheduler: str | None,
    fmt: str | None,
    output: Path | None,
    fail_on: str | None,
    quiet: bool,
    no_color: bool,
) -> None:
    """Check the arithmetic of raw text (files, or folders of .md/.txt); no claims file needed."""
    settings = _settings(ctx)
    outside = allow_outside_root or settings.get("allow_outside_root", False)
    found = discover_articles(
        paths,
        include or tuple(settings.get("include", ())),
        exclude or tuple(settings.get("exclude", ())),
        allow_outside_root=outside,
    )
    max_bytes = _max_bytes(max_size, settings)
    if not found.files and not found.problems:
        _fail("no articles found", f"name files or folders holding {', '.join(ARTICLE_SUFFIXES)}")
    if figures:
        _list_figures(ctx, found, fmt, output, quiet, max_bytes)
    from factcheck.parallel import scan_file

    task = partial(
        scan_file,
        published=None if published is None else published.date(),
        about_tolerance=settings.get("about_tolerance"),
        max_bytes=max_bytes,
    )
    _finish(ctx, task, found, "scanning", settings)


def _list_figures(
    ctx: click.Context,
    found: Found,
    fmt: str | None,
    output: Path | None,
    quiet: bool,
    max_bytes: int,
) -> NoReturn:
    """``scan --figures``: the figures of each file; one long file a few paragraphs at a time."""
    from factcheck.chunked import CHUNK, figure_chunks
    from factcheck.files import display_path
    from factcheck.markdown import read_article
    from factcheck.reports.figures import check_figure_format, render_figure_files

    check_figure_format(fmt or "text")
    _refuse_overwriting(output, found.files)
    for problem in found.problems:
        _print_errors(problem.errors)
    listed: list[tuple[str, str, str | None]] = []
    broken = bool(found.problems)
    for file in found.files:
        try:
            article = read_article(file, max_bytes=max_bytes)
        except FactcheckError as exc:
            _report_error(exc)
            broken = True
            continue
        listed.append((display_path(file), article.text, article.prose))
    if not listed:
        ctx.exit(EXIT_USAGE)
    if len(listed) == 1 and len(listed[0][1]) > CHUNK:
        source, text, prose = listed.pop()
        # one long article: read a piece at a time (its prose has the same offsets)
        body = text if prose is None else prose
        # Beyond one piece, the collector must run between the pieces, or the
        # garbage of each stays until the end (a 10 MB article: 120 MB more).
        end_start_up()
        _write_stream(figure_chunks(body, fmt or "text", source=source), output, quiet)
    else:
        rendered = render_figure_files(listed, fmt or "text")
        if output is not None:
            _write(output, rendered)
        elif not quiet:
            click.echo(rendered, nl=not rendered.endswith("\n"))
    ctx.exit(EXIT_USAGE if broken else EXIT_OK)


@main.command()
@click.argument("name", required=False)
def rules(name: str | None) -> None:
    """List the rules, or show one with its formula, options and examples."""
    from factcheck.rules import all_rules, get_rule

    if name is None:
        for rule in all_rules():
            click.echo(f"{rule.name:<18} {rule.family:<12} {rule.summary}")
        return
    try:
        rule = get_rule(name)
    except FactcheckError as exc:
        _fail(exc.message, exc.hint)
    click.echo(f"{rule.name} ({rule.family}): {rule.summary}\n")
    click.echo(f"formula: {rule.formula}\n")
    if rule.inputs:
        click.echo("roles:")
        for role in rule.inputs:
            flags = ", ".join(
                f for f, on in (("list", role.many), ("optional", role.optional)) if on
            )
            click.echo(f"  {role.name}: {role.doc}" + (f" ({flags})" if flags else ""))
    if rule.options:
        click.echo("options:")
        for option in rule.options:
            click.echo(f"  {option.name} (default {option.default!r}): {option.doc}")
    click.echo("\n" + rule.doc())
    examples = rule.examples_yaml()
    if examples:
        click.echo("\nexamples:\n" + examples)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite existing claims files.")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Where to write, for one article (default: ARTICLE with .claims.yaml).",
)
@click.option("--include", multiple=True, help="Only articles matching this glob (repeatable).")
@click.option("--exclude", multiple=True, help="Skip articles matching this glob (repeatable).")
@_max_size_option
@_parallel_options
@click.option("--quiet", "-q", is_flag=True, help="Print nothing; only the exit code tells.")
@click.pass_context
def init(
    ctx: click.Context,
    paths: tuple[Path, ...],
    force: bool,
    output: Path | None,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    max_size: str | None,
    jobs: int | None,
    dask_scheduler: str | None,
    quiet: bool,
) -> None:
    """Write a draft claims file next to each article, every figure quoted and parsed.

    PATHS are articles, or folders searched for .md, .markdown and .txt. An
    existing claims file is overwritten only with --force (one beside an
    article found in a folder is left as it is).
    """
    from factcheck.parallel import init_file

    settings = _settings(ctx)
    max_bytes = _max_bytes(max_size, settings)
    found = discover_articles(paths, include, exclude)
    for problem in found.problems:
        _print_errors(problem.errors)
    files = found.files
    if not files:
        _fail("no articles found", f"name files or folders holding {', '.join(ARTICLE_SUFFIXES)}")
    if output is not None:
        if len(files) != 1:
            _fail("--output names the draft of one article", "name a single article")
        from factcheck.drafts import write_draft

        _refuse_overwriting(output, files)
        try:
            write_draft(files[0], output, force=force, max_bytes=max_bytes)
        except FileExistsError:
            _fail(f"{output} already exists", "pass --force to overwrite it")
        except FactcheckError as exc:
            _report_error(exc)
            ctx.exit(EXIT_USAGE)
        if not quiet:
            click.echo(f"wrote {output}", err=True)
        ctx.exit(EXIT_OK)
    named = {p for p in paths if not p.is_dir()}
    items = [(f, f in named) for f in files]
    task = partial(init_file, force=force, max_bytes=max_bytes)
    outcomes = _outcomes(task, items, jobs, dask_scheduler, settings)
    written = skipped = 0
    broken = False
    for outcome in _progress(outcomes, len(items), quiet, "drafting"):
        _print_errors(outcome.errors)
        broken |= bool(outcome.errors)
        if outcome.text:
            written += 1
            if not quiet and len(items) == 1:
                click.echo(f"wrote {outcome.text}", err=True)
        elif not outcome.errors:
            skipped += 1
    if not quiet and len(items) > 1:
        click.echo(f"wrote {written} draft{'s' if written != 1 else ''}", err=True)
    if skipped and not quiet:
        click.echo(
            f"left {skipped} existing claims file{'s' if skipped != 1 else ''} as they are"
            " (hint: pass --force to overwrite them)",
            err=True,
        )
    ctx.exit(EXIT_USAGE if broken or found.problems else EXIT_OK)


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` and return the exit code (for tests and embedding)."""
    try:
        # Outside standalone mode click returns the code of ctx.exit(...) rather than raising.
        code = main.main(
            args=list(argv) if argv is not None else None,
            prog_name="factcheck",
            standalone_mode=False,
        )
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        return EXIT_USAGE
    except click.exceptions.Abort:
        return EXIT_USAGE
    except SystemExit as exc:
        return int(exc.code or 0)
    return code if isinstance(code, int) else EXIT_OK
