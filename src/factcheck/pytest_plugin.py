"""The pytest plugin: claims files become test items in editorial CI.

Installing factcheck is enough; pytest finds the plugin through the
``pytest11`` entry point. Every check of every ``*.claims.yaml`` file is one
test item (``article.claims.yaml::percent_change[killings_2019->killings_2020]``),
and every claim whose quote no longer resolves is one more, so a stale quote
fails the build.

Outcomes: an ``error`` finding fails; a ``warning`` passes with a pytest
warning unless ``--factcheck-fail-on=warning``; undetermined findings are
reported and pass unless ``--factcheck-fail-undetermined``. ``skip:`` and
``xfail:`` on a check map to pytest marks.
"""

from __future__ import annotations

import fnmatch
import os
import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from factcheck.engine import check_claimset

if TYPE_CHECKING:
    from factcheck.claims import Check, ClaimSet
    from factcheck.figures import Figure
    from factcheck.findings import Finding

__all__ = ["CheckItem", "ClaimItem", "ClaimsFile", "FactcheckFixture", "FactcheckWarning"]

_SEEN_FILES = pytest.StashKey[set[str]]()


class FactcheckWarning(UserWarning):
    """A warning-severity finding that did not fail the run."""


class StaleCheckError(Exception):
    """A check that could not run because a claim it uses no longer resolves."""


class CheckFailedError(Exception):
    """A check failed; carries the findings for :meth:`CheckItem.repr_failure`."""

    def __init__(self, findings: list[Finding], claimset: ClaimSet | None) -> None:
        super().__init__(findings[0].message if findings else "factcheck failure")
        self.findings = findings
        self.claimset = claimset


# ------------------------------------------------------------------- options


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("factcheck", "checking the figures of articles")
    group.addoption(
        "--factcheck-fail-on",
        choices=("error", "warning"),
        default=None,
        help="fail items on findings of this severity or worse (default: error)",
    )
    group.addoption(
        "--factcheck-fail-undetermined",
        action="store_true",
        default=None,
        help="fail items whose check could not be decided (a missing or unreadable figure)",
    )
    group.addoption(
        "--factcheck-report",
        metavar="PATH",
        default=None,
        help="write one audit report of the claims files run in this session",
    )
    group.addoption(
        "--factcheck-format",
        default="text",
        help="format of --factcheck-report (text, markdown, json, html, sarif, github, junit)",
    )
    group.addoption(
        "--factcheck-stale",
        choices=("fail", "skip"),
        default=None,
        help="what a check whose claim went stale does: fail (default) or skip",
    )
    group.addoption(
        "--no-factcheck",
        action="store_true",
        default=False,
        help="do not collect claims files",
    )
    parser.addini(
        "factcheck_files",
        type="args",
        default=["*.claims.yaml"],
        help="glob patterns of claims files to collect (default: *.claims.yaml)",
    )
    parser.addini(
        "factcheck_fail_on",
        default="error",
        help="default for --factcheck-fail-on",
    )
    parser.addini(
        "factcheck_stale",
        default="fail",
        help="default for --factcheck-stale (fail or skip)",
    )


def pytest_configure(config: pytest.Config) -> None:
    _check_report_options(config)
    config.stash[_SEEN_FILES] = set()
    config.addinivalue_line(
        "markers", "factcheck: a test item generated from a factcheck claims file"
    )


def _check_report_options(config: pytest.Config) -> None:
    """Refuse a bad ``--factcheck-format`` or ``--factcheck-report`` before any test runs.

    Both are used only when the session ends; noticed there, they would cost
    a whole run and end in a traceback.
    """
    from factcheck.errors import FactcheckError
    from factcheck.reports import get_renderer

    fmt = config.getoption("--factcheck-format")
    try:
        get_renderer(fmt)
    except FactcheckError as exc:
        raise pytest.UsageError(f"--factcheck-format: {exc}") from None
    target = config.getoption("--factcheck-report")
    if target:
        folder = Path(target).parent
        if not folder.is_dir():
            raise pytest.UsageError(
                f"--factcheck-report {target}: the folder {str(folder)!r} does not exist"
            )
        if Path(target).is_dir():
            raise pytest.UsageError(f"--factcheck-report {target}: is a folder, name a file")
        if not os.access(folder, os.W_OK):
            raise pytest.UsageError(f"--factcheck-report {target}: cannot write in {str(folder)!r}")


def _fail_on(config: pytest.Config) -> str:
    value = config.getoption("--factcheck-fail-on") or config.getini("factcheck_fail_on")
    return str(value)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    config = parent.config
    if config.getoption("--no-factcheck"):
        return None
    patterns = config.getini("factcheck_files")
    if any(fnmatch.fnmatch(file_path.name, p) for p in patterns):
        collector: ClaimsFile = ClaimsFile.from_parent(parent, path=file_path)
        return collector
    return None


# --------------------------------------------------------------- collection


class ClaimsFile(pytest.File):
    """A claims file: one item per check plus one per claim that does not resolve."""

    claimset: ClaimSet | None = None

    def collect(self) -> Iterator[pytest.Item]:
        from factcheck.claims import load

        # The project (nearest .git or pyproject.toml) bounds 'document', as
        # for 'factcheck audit': pytest's rootdir can be anything (--rootdir=/).
        self.claimset = load(_display_path(self.path))
        for cid in self.claimset.claims:
            if self.claimset.resolve(cid).problem is not None:
                yield ClaimItem.from_parent(self, name=f"quote[{cid}]", claim_id=cid)
        stale = self.config.getoption("--factcheck-stale") or self.config.getini("factcheck_stale")
        for check in self.claimset.checks:
            item = CheckItem.from_parent(self, name=check.id, check=check)
            if check.skip:
                item.add_marker(pytest.mark.skip(reason=check.skip))
            elif stale == "skip" and (reason := item.unresolved()) is not None:
                item.add_marker(pytest.mark.skip(reason=reason))
            if check.xfail:
                item.add_marker(pytest.mark.xfail(reason=check.xfail, strict=True))
            yield item

    def repr_failure(
        self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None
    ) -> str | Any:
        from factcheck.errors import ClaimsFileError, FactcheckError

        exc = excinfo.value
        if isinstance(exc, ClaimsFileError):
            return "factcheck: invalid claims file\n" + exc.report()
        if isinstance(exc, FactcheckError):
            return f"factcheck: {exc}"
        return super().repr_failure(excinfo)


class _FactcheckItem(pytest.Item):
    """Shared behaviour: outcome from findings, failure text, location in the claims file."""

    claims_line: int | None = None

    @property
    def claimset(self) -> ClaimSet:
        parent = self.parent
        assert isinstance(parent, ClaimsFile) and parent.claimset is not None
        return parent.claimset

    def findings(self) -> list[Finding]:
        raise NotImplementedError

    def runtest(self) -> None:
        from factcheck.findings import Severity, Status

        self.config.stash[_SEEN_FILES].add(str(self.path))
        findings = _inline_suppressed(self.findings(), self.claimset)
        threshold = Severity(_fail_on(self.config))
        strict = bool(self.config.getoption("--factcheck-fail-undetermined"))
        failing = [
            f
            for f in findings
            if (f.failed and f.severity.rank >= threshold.rank)
            or (strict and f.status is Status.UNDETERMINED and f.suppressed is None)
        ]
        if failing:
            raise CheckFailedError(failing, self.claimset)
        for f in findings:
            if f.failed:
                # Point the warning at the claims file, not at this plugin.
                warnings.warn_explicit(
                    FactcheckWarning(f"{self.nodeid}: {f.message}"),
                    FactcheckWarning,
                    filename=str(self.path),
                    lineno=self.claims_line or 0,
                )

    def repr_failure(
        self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None
    ) -> str | Any:
        exc = excinfo.value
        if isinstance(exc, CheckFailedError):
            return explain(exc.findings, exc.claimset)
        if isinstance(exc, StaleCheckError):
            return f"factcheck: {exc}"
        from factcheck.errors import FactcheckError

        if isinstance(exc, FactcheckError):
            return f"factcheck: {exc}"
        return super().repr_failure(excinfo)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        line = None if self.claims_line is None else self.claims_line - 1
        return self.path, line, f"factcheck {self.name}"


def _inline_suppressed(findings: list[Finding], claimset: ClaimSet) -> list[Finding]:
    """``findings`` with those under a ``<!-- factcheck: ignore -->`` comment marked suppressed.

    Only this item's own findings: a comment factcheck cannot read is reported
    by ``factcheck audit``, not by every test item of the article.
    """
    from factcheck.controls import may_suppress, rule_names

    if not may_suppress(claimset.text):
        return findings
    from factcheck.suppress import suppress_inline

    marked = suppress_inline(findings, claimset.text, known_rules=rule_names())
    return [f for f in marked if any(f.check == g.check for g in findings)]


class CheckItem(_FactcheckItem):
    """One check of a claims file."""

    def __init__(self, *, check: Check, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.check = check
        self.claims_line = check.line
        self.add_marker(pytest.mark.factcheck)

    def unresolved(self) -> str | None:
        """Why the check cannot run (a claim it uses no longer resolves), or ``None``."""
        missing = [c for c in self.check.claim_ids() if not self.claimset.resolve(c).ok]
        if not missing:
            return None
        what = ", ".join(repr(m) for m in missing)
        return (
            f"not checked: claim{'s' if len(missing) > 1 else ''} {what} "
            "could not be read from the article"
        )

    def runtest(self) -> None:
        reason = self.unresolved()
        if reason is not None:
            # A check on a claim that went stale checks nothing: never a pass.
            raise StaleCheckError(reason)
        super().runtest()

    def findings(self) -> list[Finding]:
        from factcheck.engine import run_check

        return run_check(self.claimset, self.check)


class ClaimItem(_FactcheckItem):
    """A claim whose quote is stale, ambiguous or unreadable."""

    def __init__(self, *, claim_id: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.claim_id = claim_id
        self.claims_line = self.claimset.claims[claim_id].line
        self.add_marker(pytest.mark.factcheck)

    def findings(self) -> list[Finding]:
        from factcheck.engine import claim_findings

        return [f for f in claim_findings(self.claimset) if f.claims == (self.claim_id,)]


def explain(findings: list[Finding], claimset: ClaimSet | None) -> str:
    """The failure text: each finding with its message, sentence and arithmetic."""
    from factcheck.engine import DocumentReport, Report
    from factcheck.reports import get_renderer

    doc = DocumentReport(
        document=None if claimset is None else claimset.document,
        text="" if claimset is None else claimset.text,
        findings=tuple(findings),
        claims_file=None if claimset is None else claimset.claims_file,
    )
    text = get_renderer("text").render(Report((doc,)), color=False)
    lines = text.rstrip("\n").splitlines()
    # The report's heading and summary lines say nothing an item's failure needs.
    if lines and lines[-1].endswith(("article", "articles")):
        lines = lines[:-1]
    # The first line is the article's heading ("story.md · claims ... · 3 checks").
    if len(lines) > 1 and lines[1] == "":
        lines = lines[2:]
    return "\n".join(lines).strip("\n")


def _display_path(path: Path) -> Path:
    """``path`` relative to the working directory when it lies below it, for shorter messages."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


# ------------------------------------------------------------ session report


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    # Runs in the controller under xdist too, so the report file sees every worker's files.
    if report.when != "call" or "factcheck" not in report.keywords:
        return
    _session_files.add(report.fspath)


_session_files: set[str] = set()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    target = session.config.getoption("--factcheck-report")
    if not target or hasattr(session.config, "workerinput"):
        return
    from factcheck.claims import load
    from factcheck.engine import DocumentReport, Report
    from factcheck.errors import FactcheckError
    from factcheck.files import write_atomic
    from factcheck.reports import get_renderer

    root = Path(str(session.config.rootpath))
    documents: list[DocumentReport] = []
    for name in sorted(_session_files):
        path = root / name
        try:
            documents.extend(check_claimset(load(path)).documents)
        except FactcheckError:
            continue  # already reported as a collection error
    renderer = get_renderer(session.config.getoption("--factcheck-format"))
    write_atomic(Path(target), [renderer.render(Report(tuple(documents)))])
    _session_files.clear()


# ----------------------------------------------------------------- fixture


class FactcheckFixture:
    """Checks written in Python: ``factcheck.check("percent_change", from_="780", ...)``.

    Roles take figure text (parsed with :func:`factcheck.parse_figure`) or
    :class:`~factcheck.figures.Figure` objects. A failing check fails the test
    with the same explanation a claims file would give.
    """

    def __init__(self, config: pytest.Config) -> None:
        self._config = config

    def check(
        self,
        rule: str,
        roles: Mapping[str, Any] | None = None,
        /,
        *,
        options: Mapping[str, Any] | None = None,
        published: Any = None,
        **more: Any,
    ) -> list[Finding]:
        """Run ``rule`` on the figures; fail the test when the check fails."""
        from factcheck.engine import evaluate_figures
        from factcheck.findings import Severity, Status
        from factcheck.rules.base import Context

        figures = {k.rstrip("_"): _figure(v) for k, v in {**(roles or {}), **more}.items()}
        findings = evaluate_figures(
            rule, figures, options=options, context=Context(published=published)
        )
        threshold = Severity(_fail_on(self._config))
        failing = [
            f
            for f in findings
            if (f.failed and f.severity.rank >= threshold.rank) or (f.status is Status.INCONSISTENT)
        ]
        if failing:
            pytest.fail(explain(failing, None), pytrace=False)
        return findings


def _figure(value: Any) -> Figure | tuple[Figure, ...] | None:
    from factcheck.figures import Figure
    from factcheck.text.parse import parse_figure

    if value is None or isinstance(value, Figure):
        return value
    if isinstance(value, list | tuple):
        return tuple(v if isinstance(v, Figure) else parse_figure(str(v)) for v in value)
    return parse_figure(str(value))


@pytest.fixture
def factcheck(request: pytest.FixtureRequest) -> FactcheckFixture:
    """Check figures from Python: ``factcheck.check(rule, role=figure, ...)``."""
    return FactcheckFixture(request.config)
