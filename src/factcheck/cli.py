"""The ``factcheck`` command: the only module that prints.

Exit codes: 0 nothing failed at the ``--fail-on`` level, 1 something did,
2 bad usage or unreadable input. Every error a user can cause is one line on
stderr with a hint, never a traceback.
"""

from __future__ import annotations

import atexit
import fnmatch
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
    from factcheck.engine import Report
    from factcheck.findings import Severity
    from factcheck.parallel import Outcome

__all__ = ["main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
#: an interrupt (SIGINT, Ctrl-C) and SIGTERM: 128 + the signal's number, as shells do
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143
CLAIMS_SUFFIX = ".claims.yaml"

F = TypeVar("F", bound=Callable[..., Any])


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


def _outcomes(
    task: Callable[[Path], Outcome],
    files: list[Path],
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
    from factcheck.engine import Report
    from factcheck.parallel import rendered
    from factcheck.reports import get_renderer

    params = ctx.params
    output_options = {key: params[key] for key in ("fmt", "output", "fail_on", "no_color")}
    quiet = params["quiet"]
    renderer = get_renderer(output_options["fmt"] or settings.get("format", "text"))
    threshold = _threshold(output_options["fail_on"], settings)
    streaming = hasattr(renderer, "stream")
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
        code = _emit(Report(documents), quiet=quiet, settings=settings, **output_options)
    ctx.exit(EXIT_USAGE if seen["broken"] else code)


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
    text = renderer.render(report, color=_use_color(no_color, output, settings))
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


def _find(
    paths: Iterable[Path],
    wanted: Callable[[Path, Path], bool],
    *,
    article: bool,
    allow_outside_root: bool = False,
) -> Found:
    """Files named by ``paths``: files as given, folders searched recursively for ``wanted`` ones.

    ``wanted(file, folder)`` says whether a file found in a folder counts. A
    file found in a folder that is a link leading out of the project (the
    nearest folder with ``.git`` or ``pyproject.toml``, as for a claims
    file's document) is skipped with one line saying so, unless
    ``allow_outside_root``. A folder that cannot be read is an error naming
    it, reported with the files (exit 2); it is never skipped silently.
    """
    from factcheck.files import display_path, inside, project_root
    from factcheck.parallel import Outcome, broken_file

    found = Found([])
    for path in paths:
        if path.is_dir():
            root = project_root(path)
            candidates: list[Path] = []

            def unreadable(exc: OSError, top: Path = path) -> None:
                folder = Path(exc.filename) if exc.filename else top
                error = FactcheckError(
                    f"cannot read this folder: {exc.strerror or exc}; its files were not checked",
                    file=display_path(folder),
                    hint="check its permissions",
                )
                problem = broken_file(folder, error, article=article)
                found.problems.append(Outcome((problem,), errors=error_lines(error)))

            for folder, _, names in os.walk(path, onerror=unreadable):
                for name in names:
                    candidate = Path(folder, name)
                    if wanted(candidate, path) and candidate.is_file():
                        candidates.append(candidate)
            for candidate in sorted(candidates):
                # The walk does not follow linked folders, so only a file that
                # is itself a link can lead out (checking that is one lstat).
                if (
                    not allow_outside_root
                    and candidate.is_symlink()
                    and not inside(candidate, root)
                ):
                    click.echo(
                        f"factcheck: warning: skipped {display_path(candidate)}: it leads to "
                        f"{display_path(candidate.resolve())}, outside the project folder "
                        f"{display_path(root)} (--allow-outside-root reads it)",
                        err=True,
                    )
                    continue
                found.files.append(candidate)
        elif path.exists() or path.is_symlink():
            found.files.append(path)  # named by the user: read (or refused) as it is
        else:
            _fail(f"{display_path(path)}: no such file or folder", "check the path")
    return found


def discover(
    paths: Iterable[Path],
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    *,
    allow_outside_root: bool = False,
) -> Found:
    """Claims files named by ``paths``: files as given, folders searched recursively."""

    def wanted(candidate: Path, folder: Path) -> bool:
        if not candidate.name.endswith(CLAIMS_SUFFIX):
            return False
        rel = candidate.relative_to(folder).as_posix()
        if include and not any(fnmatch.fnmatch(rel, g) for g in include):
            return False
        return not any(fnmatch.fnmatch(rel, g) for g in exclude)

    return _find(paths, wanted, article=False, allow_outside_root=allow_outside_root)


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
    # A bar only helps for many files, and only when a person is watching.
    if quiet or total < 20 or not sys.stderr.isatty():
        return items
    from rich.progress import track

    return track(items, total=total, description=what, console=None, transient=True)


ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")


def discover_articles(paths: Iterable[Path], *, allow_outside_root: bool = False) -> Found:
    """Articles named by ``paths``: files as given, folders searched for .md, .markdown, .txt."""
    return _find(
        paths,
        lambda candidate, _: candidate.suffix in ARTICLE_SUFFIXES,
        article=True,
        allow_outside_root=allow_outside_root,
    )


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--figures", is_flag=True, help="List every figure found instead of checking.")
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
@_output_options
@click.pass_context
def scan(
    ctx: click.Context,
    paths: tuple[Path, ...],
    figures: bool,
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
    found = discover_articles(paths, allow_outside_root=outside)
    max_bytes = _max_bytes(max_size, settings)
    if not found.files and not found.problems:
        _fail("no articles found", f"name files or folders holding {', '.join(ARTICLE_SUFFIXES)}")
    if figures:
        _list_figures(ctx, found, fmt, output, quiet, max_bytes)
    from factcheck.parallel import scan_file

    task = partial(
        scan_file,
        published=None if published is None else published.date(),
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
    """``scan --figures``: the figures of one file, written a few paragraphs at a time."""
    from factcheck.chunked import CHUNK, figure_chunks
    from factcheck.claims import read_document
    from factcheck.files import display_path
    from factcheck.reports.figures import check_figure_format

    if len(found.files) != 1 or found.problems:
        _fail("--figures lists the figures of one file", "name a single file")
    path = found.files[0]
    check_figure_format(fmt or "text")
    _refuse_overwriting(output, [path])
    try:
        text = read_document(path, max_bytes=max_bytes)
    except FactcheckError as exc:
        _report_error(exc)
        ctx.exit(EXIT_USAGE)
    if len(text) > CHUNK:
        # Beyond one piece, the collector must run between the pieces, or the
        # garbage of each stays until the end (a 10 MB article: 120 MB more).
        end_start_up()
    _write_stream(figure_chunks(text, fmt or "text", source=display_path(path)), output, quiet)
    ctx.exit(EXIT_OK)


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
@click.argument("article", type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite an existing claims file.")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Where to write (default: ARTICLE with .claims.yaml).",
)
@_max_size_option
@click.pass_context
def init(
    ctx: click.Context, article: Path, force: bool, output: Path | None, max_size: str | None
) -> None:
    """Write a draft claims file with every figure of ARTICLE quoted and parsed."""
    from factcheck.claims import read_document
    from factcheck.drafts import draft_claims
    from factcheck.files import display_path

    target = output or article.with_name(article.stem + CLAIMS_SUFFIX)
    _refuse_overwriting(target, [article])
    if target.exists() and not force:
        _fail(f"{display_path(target)} already exists", "pass --force to overwrite it")
    try:
        text = read_document(
            article,
            missing_hint="check the path to the article",
            max_bytes=_max_bytes(max_size, _settings(ctx)),
        )
    except FactcheckError as exc:
        _report_error(exc)
        ctx.exit(EXIT_USAGE)
    document = os.path.relpath(article.resolve(), target.resolve().parent)
    if any("\ud800" <= c <= "\udfff" for c in document):
        # A claims file is UTF-8 YAML: no escape in it stands for a byte that
        # is not UTF-8, so a draft naming this file could not be loaded.
        _fail(
            f"{display_path(document)}: a claims file cannot name this article "
            "(its name is not UTF-8)",
            "rename it to a UTF-8 name",
        )
    yaml_text = draft_claims(text, document=Path(document).as_posix())
    _write(target, yaml_text)
    click.echo(f"wrote {display_path(target)}", err=True)


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` and return the exit code (for tests and embedding)."""
    try:
        main.main(
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
    return EXIT_OK
