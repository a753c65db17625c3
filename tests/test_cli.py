"""The command line: the example end to end, exit codes, and the smaller commands."""

from __future__ import annotations

import atexit
import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck import __version__
from factcheck.cli import _exit_at_once, main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "afghanistan"


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return CliRunner()


def test_example_json_matches_golden(runner: CliRunner, golden: Callable[[str, str], None]) -> None:
    result = runner.invoke(main, ["audit", "examples/afghanistan", "--format", "json"])
    assert result.exit_code == 1, result.output
    text = result.stdout.replace(f'"version": "{__version__}"', '"version": "<version>"')
    golden("example/afghanistan.json", text)


def test_example_findings(runner: CliRunner) -> None:
    result = runner.invoke(main, ["audit", "examples/afghanistan", "--format", "json"])
    data = json.loads(result.stdout)
    by_check = {f["check"]: f for f in data["findings"]}
    rise = by_check["percent_change[killings_2019->killings_2020->killings_rise]"]
    assert rise["status"] == "consistent"
    assert rise["quote"] in {"780", "996", "28%"}
    prisoners = by_check["prisoners_released_within_deal"]
    assert (prisoners["status"], prisoners["severity"]) == ("inconsistent", "error")
    assert prisoners["quote"] == "more than 5,000"
    implied = by_check["percent_change[incidents_q1_2021->incidents_rise]"]
    assert implied["status"] == "undetermined"
    assert "4,444–4,471" in implied["implied"][0]["text"]
    for finding in data["findings"]:
        article = (EXAMPLE / "article.md").read_text(encoding="utf-8")
        assert article[finding["start"] : finding["end"]] == finding["quote"]
        line_start = article.rfind("\n", 0, finding["start"]) + 1
        assert finding["column"] == finding["start"] - line_start + 1
        assert finding["line"] == article.count("\n", 0, finding["start"]) + 1
    errors = [
        f for f in data["findings"] if f["status"] == "inconsistent" and f["severity"] == "error"
    ]
    assert len(errors) == 1, "the article has exactly one real tension"


def test_fail_on_levels(runner: CliRunner) -> None:
    args = ["audit", "examples/afghanistan", "--format", "json", "--quiet"]
    assert runner.invoke(main, [*args, "--fail-on", "error"]).exit_code == 1
    assert runner.invoke(main, [*args, "--fail-on", "never"]).exit_code == 0
    assert runner.invoke(main, [*args, "--fail-on", "warning"]).exit_code == 1


def test_exit_zero_when_consistent(tmp_path: Path, runner: CliRunner) -> None:
    (tmp_path / "pyproject.toml").write_text("")
    (tmp_path / "a.md").write_text("Killings rose from 780 to 996, up 28%.\n", encoding="utf-8")
    (tmp_path / "a.claims.yaml").write_text(
        "document: a.md\nclaims: {x: '780', y: '996', r: '28%'}\n"
        "checks:\n  - {rule: percent_change, from: x, to: y, change: r}\n",
        encoding="utf-8",
    )
    result = runner.invoke(main, ["audit", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "0 inconsistent, 1 consistent, 0 undetermined in 1 article" in result.stdout


def test_text_report_is_the_default(runner: CliRunner) -> None:
    result = runner.invoke(main, ["audit", str(EXAMPLE / "article.claims.yaml"), "--no-color"])
    assert "✗ inconsistent (error)" in result.stdout
    assert "^^^^^^^^^^^^^^^" in result.stdout
    assert "\x1b[" not in result.stdout


def test_output_file(tmp_path: Path, runner: CliRunner) -> None:
    out = tmp_path / "report.sarif"
    result = runner.invoke(
        main, ["audit", "examples/afghanistan", "--format", "sarif", "-o", str(out)]
    )
    assert result.exit_code == 1
    assert result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == "2.1.0"


def test_every_format_renders_the_example(runner: CliRunner) -> None:
    for fmt in ("text", "markdown", "json", "html", "sarif", "github", "junit"):
        result = runner.invoke(main, ["audit", "examples/afghanistan", "--format", fmt])
        assert result.exit_code == 1, (fmt, result.output)
        assert "5,000" in result.stdout, fmt


def test_missing_path_is_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(main, ["audit", "no/such/thing"])
    assert result.exit_code == 2
    assert "no such file or folder" in result.stderr
    assert "Traceback" not in result.output


def test_unknown_format_is_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(main, ["audit", "examples/afghanistan", "--format", "sarfi"])
    assert result.exit_code == 2
    assert "did you mean 'sarif'?" in result.stderr


def test_include_and_exclude(tmp_path: Path, runner: CliRunner) -> None:
    (tmp_path / "pyproject.toml").write_text("")
    for name in ("keep", "drop"):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "a.md").write_text("It rose from 1 to 2, up 100%.\n", encoding="utf-8")
        (folder / "a.claims.yaml").write_text(
            "document: a.md\nclaims: {x: 'from 1', y: 'to 2', r: '100%'}\n"
            "checks:\n  - {rule: percent_change, from: x, to: y, change: r}\n",
            encoding="utf-8",
        )
    result = runner.invoke(
        main, ["audit", str(tmp_path), "--exclude", "drop/*", "--format", "json"]
    )
    data = json.loads(result.stdout)
    assert [d["claims_file"] for d in data["documents"]] == [
        str(tmp_path / "keep" / "a.claims.yaml")
    ]


def test_rules_lists_and_explains(runner: CliRunner) -> None:
    listing = runner.invoke(main, ["rules"])
    assert listing.exit_code == 0
    assert "percent_change" in listing.stdout and "relative_date" in listing.stdout
    one = runner.invoke(main, ["rules", "percent_change"])
    assert "formula:" in one.stdout and "examples:" in one.stdout
    bad = runner.invoke(main, ["rules", "percent_chnage"])
    assert bad.exit_code == 2
    assert "did you mean 'percent_change'?" in bad.stderr


def test_init_writes_a_loadable_draft(tmp_path: Path, runner: CliRunner) -> None:
    (tmp_path / "pyproject.toml").write_text("")
    article = tmp_path / "story.md"
    article.write_text((EXAMPLE / "article.md").read_text(encoding="utf-8"), encoding="utf-8")
    result = runner.invoke(main, ["init", str(article)])
    assert result.exit_code == 0, result.output
    draft = tmp_path / "story.claims.yaml"
    text = draft.read_text(encoding="utf-8")
    assert "7,177" in text and "more than 5,000" in text
    from factcheck.claims import load

    claims = load(draft)
    assert len(claims.claims) > 20
    assert all(claims.resolve(cid).ok for cid in claims.claims)
    again = runner.invoke(main, ["init", str(article)])
    assert again.exit_code == 2
    assert "--force" in again.stderr
    assert runner.invoke(main, ["init", str(article), "--force"]).exit_code == 0


def test_config_defaults_apply(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "factcheck.toml").write_text('format = "json"\nfail_on = "never"\n')
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["audit", str(EXAMPLE), "--allow-outside-root"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["summary"]["inconsistent"] == 4


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(main, ["--version"])
    assert __version__ in result.stdout


def test_a_broken_claims_file_is_in_every_report(tmp_path: Path, runner: CliRunner) -> None:
    (tmp_path / "pyproject.toml").write_text("")
    (tmp_path / "a.md").write_text("It rose from 1 to 2, up 100%.\n", encoding="utf-8")
    (tmp_path / "a.claims.yaml").write_text("document: a.md\nclaims: {x: [1\n", encoding="utf-8")
    (tmp_path / "b.claims.yaml").write_text(
        "document: a.md\nclaims: {x: 'from 1', y: 'to 2', r: '100%'}\n"
        "checks:\n  - {rule: percent_change, from: x, to: y, change: r}\n",
        encoding="utf-8",
    )
    result = runner.invoke(main, ["audit", str(tmp_path), "--format", "json"])
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data["summary"]["ok"] is False
    finding, checked = data["findings"]
    assert checked["status"] == "consistent"
    assert finding["rule"] == "claims_file"
    assert finding["claims_line"] == 3
    assert "invalid YAML" in finding["message"]


# The command as its console script runs it: main() on the process's own arguments.
_CONSOLE = """
import atexit, os, threading
from factcheck.cli import main

def last_word():  # a thread that outlives the command
    threading.main_thread().join()
    os.write(1, b"thread done\\n")

atexit.register(os.write, 1, b"exit handler ran\\n")
if os.environ.get("LEAVE_A_THREAD"):
    threading.Thread(target=last_word).start()
main()
"""


@pytest.mark.parametrize("thread", [False, True])
def test_the_command_ends_with_its_whole_output_and_exit_handlers(thread: bool) -> None:
    env = {k: v for k, v in os.environ.items() if k != "LEAVE_A_THREAD"}
    if thread:
        env["LEAVE_A_THREAD"] = "1"
    run = subprocess.run(
        [sys.executable, "-c", _CONSOLE, "audit", str(EXAMPLE), "--format", "json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 1, run.stderr  # the example's flagged claim
    report, _, after = run.stdout.partition("\n}\n")
    assert json.loads(report + "\n}")["summary"]["checks"] == 12
    # With a thread still running, Python's own exit waits for it.
    assert after == ("thread done\n" if thread else "") + "exit handler ran\n"


class _ExitedError(Exception):
    pass


@pytest.mark.parametrize(
    ("code", "threads", "exits"),
    [(1, 1, True), (None, 1, True), (1, 2, False), ("a message", 1, False)],
)
def test_exit_at_once_only_when_nothing_needs_pythons_own_exit(
    monkeypatch: pytest.MonkeyPatch, code: int | str | None, threads: int, exits: bool
) -> None:
    ran: list[str] = []

    def exit_now(status: int) -> None:
        raise _ExitedError(status)

    monkeypatch.setattr(os, "_exit", exit_now)
    monkeypatch.setattr(atexit, "_run_exitfuncs", lambda: ran.append("handlers"))
    monkeypatch.setattr(threading, "active_count", lambda: threads)
    if exits:
        with pytest.raises(_ExitedError) as exited:
            _exit_at_once(SystemExit(code))
        assert exited.value.args == (code or 0,) and ran == ["handlers"]
    else:
        _exit_at_once(SystemExit(code))  # returns: the usual exit follows
        assert ran == []


def test_python_m_factcheck_runs_the_command() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "factcheck", "--version"], capture_output=True, text=True, check=True
    )
    assert run.stdout.strip() == f"factcheck, version {__version__}"


def test_the_command_module_loads_neither_typing_nor_click() -> None:
    # factcheck.__main__ pauses the collector before they load (see there).
    code = "import sys, factcheck.__main__; print(sorted({'typing', 'click'} & set(sys.modules)))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


def _imported(args: list[str], cwd: Path) -> set[str]:
    """The modules a ``factcheck`` process imports (``python -X importtime``)."""
    run = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "factcheck", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
    )
    assert run.returncode in (0, 1), run.stderr
    return {
        line.rsplit("|", 1)[1].strip()
        for line in run.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }


#: What a cold audit of a plain Markdown article does without (docs/performance.md,
#: "Session 8 cold start"): the Markdown parser (nothing in the article can hide
#: prose), the ignore-file matcher (no ignore file met), the suppression
#: comments (none in the article), the scanner and the optional formats' libraries.
_NOT_FOR_A_PLAIN_AUDIT = (
    "markdown_it",
    "pathspec",
    "factcheck.suppress",
    "factcheck.scan",
    "factcheck.drafts",
    "factcheck.distributed",
    "rich",
    "jinja2",
    "dask",
)


@pytest.mark.parametrize("named", ["article.claims.yaml", "."], ids=["file", "folder"])
def test_a_cold_audit_imports_only_what_the_article_needs(tmp_path: Path, named: str) -> None:
    for name in ("article.md", "article.claims.yaml"):
        (tmp_path / name).write_bytes((EXAMPLE / name).read_bytes())
    imported = _imported(["audit", named, "--format", "json"], cwd=tmp_path)
    assert "pint" in imported and "factcheck.engine" in imported  # it did audit
    assert sorted(set(_NOT_FOR_A_PLAIN_AUDIT) & imported) == []


def test_what_an_article_needs_is_still_imported(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("drafts/\n", encoding="utf-8")
    claims = (EXAMPLE / "article.claims.yaml").read_text(encoding="utf-8")
    article = (EXAMPLE / "article.md").read_text(encoding="utf-8")
    (tmp_path / "article.claims.yaml").write_text(claims, encoding="utf-8")
    comment = "<!-- factcheck: ignore -->\n[A link](http://example.org) to `code`.\n\n"
    (tmp_path / "article.md").write_text(article + comment, encoding="utf-8")
    imported = _imported(["audit", ".", "--format", "json"], cwd=tmp_path)
    assert {"markdown_it", "pathspec", "factcheck.suppress"} <= imported
