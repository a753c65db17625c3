"""Every error a user can cause on the command line: one line and a hint, exit 2, no traceback.

Each case sets up a small project in a temporary folder, runs the command in
process with click's runner, and checks the contract: exit code 2, nothing
on standard output, an error on standard error that starts with
``factcheck: error:`` and names the file (and line) at fault, and no
traceback.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from factcheck.cli import main

ARTICLE = "Killings rose from 780 in 2019 to 996 in 2020, an increase of 28%.\n"
CLAIMS = """document: story.md
claims:
  before: {quote: "from 780", figure: "780"}
  after: {quote: "to 996", figure: "996"}
  rise: "28%"
checks:
  - {rule: percent_change, from: before, to: after, change: rise}
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder (it has a pyproject.toml) with an article and its claims; the cwd."""
    root = tmp_path / "project"
    root.mkdir()
    (root / "pyproject.toml").write_text("[project]\nname = 'stories'\n", encoding="utf-8")
    (root / "story.md").write_text(ARTICLE, encoding="utf-8")
    (root / "story.claims.yaml").write_text(CLAIMS, encoding="utf-8")
    monkeypatch.chdir(root)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return root


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def assert_user_error(result: Result, *expected: str) -> list[str]:
    """The error contract; returns the error lines (each also checked for ``expected``)."""
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines and lines[0].startswith("factcheck: error: "), result.stderr
    errors = [line for line in lines if line.startswith("factcheck: error: ")]
    # Each error is one line; the only other lines are the hints that go with them.
    assert all(line.startswith(("factcheck: error: ", "  hint: ")) for line in lines), lines
    for text in expected:
        assert text in result.stderr, (text, result.stderr)
    return errors


def test_the_project_checks_cleanly(project: Path) -> None:
    result = run("audit", "story.claims.yaml", "--format", "json")
    assert result.exit_code == 0, result.output


def test_missing_path(project: Path) -> None:
    assert_user_error(run("audit", "nope.claims.yaml"), "nope.claims.yaml", "no such file")


def test_missing_article_to_scan(project: Path) -> None:
    assert_user_error(run("scan", "nope.md"), "nope.md")


def test_folder_without_claims_files(project: Path) -> None:
    (project / "empty").mkdir()
    assert_user_error(run("audit", "empty"), "no claims files found", "hint")


def test_unreadable_claims_file(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Permissions do not stop root, so the refusal is simulated where the file is read.
    import factcheck.claims

    real = factcheck.claims.read_bounded

    def refuse(path: Path, limit: int) -> bytes:
        if path.name == "story.claims.yaml":
            raise PermissionError(13, "Permission denied")
        return real(path, limit)

    monkeypatch.setattr(factcheck.claims, "read_bounded", refuse)
    assert_user_error(
        run("audit", "story.claims.yaml", "--jobs", "1"), "story.claims.yaml", "cannot read"
    )


def test_bad_yaml(project: Path) -> None:
    (project / "story.claims.yaml").write_text("claims: [1, 2\nchecks: 3\n", encoding="utf-8")
    errors = assert_user_error(run("audit", "story.claims.yaml"), "invalid YAML")
    assert "story.claims.yaml:" in errors[0]


def test_every_problem_of_a_claims_file_on_its_own_line(project: Path) -> None:
    bad = CLAIMS.replace("document:", "documnet:").replace("rule: percent_change", "rule: pct")
    (project / "story.claims.yaml").write_text(bad, encoding="utf-8")
    errors = assert_user_error(run("audit", "story.claims.yaml"), "did you mean 'document'?")
    assert len(errors) >= 2
    assert all(line.startswith("factcheck: error: story.claims.yaml:") for line in errors)


def test_article_that_is_not_utf8(project: Path) -> None:
    (project / "story.md").write_bytes(b"Killings rose from 780 \xe9 to 996.\n")
    # "Killings rose from 780 " is 23 bytes: the bad byte is at offset 23, on line 1.
    assert_user_error(
        run("audit", "story.claims.yaml"), "story.md:1:", "byte 0xe9 at offset 23", "save the file"
    )
    assert_user_error(run("scan", "story.md"), "story.md:1:", "byte 0xe9 at offset 23")
    assert_user_error(run("scan", "story.md", "--figures"), "not UTF-8", "offset 23")
    assert_user_error(run("init", "story.md", "-o", "new.claims.yaml"), "not UTF-8")


def test_claims_file_that_is_not_utf8(project: Path) -> None:
    (project / "story.claims.yaml").write_bytes(CLAIMS.encode("utf-8") + b"# caf\xe9\n")
    assert_user_error(run("audit", "story.claims.yaml"), "story.claims.yaml", "not UTF-8")


@pytest.mark.parametrize("command", [["audit", "story.claims.yaml"], ["scan", "story.md"]])
def test_unknown_format(project: Path, command: list[str]) -> None:
    assert_user_error(run(*command, "--format", "jsn"), "unknown report format 'jsn'", "json")


def test_unknown_format_for_the_figure_list(project: Path) -> None:
    assert_user_error(run("scan", "story.md", "--figures", "--format", "sarif"), "sarif")


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        ('fail-onn = "warning"', "unknown setting 'fail-onn'"),
        ("fail_on = 3", "setting 'fail_on' must be"),
        ("include = [1, 2]", "setting 'include' must be"),
        ('format = "jsn"', "unknown report format 'jsn'"),
        ("[[broken", "invalid TOML"),
    ],
)
def test_bad_setting_in_factcheck_toml(project: Path, setting: str, expected: str) -> None:
    (project / "factcheck.toml").write_text(f"{setting}\n", encoding="utf-8")
    assert_user_error(run("audit", "story.claims.yaml"), expected)


def test_document_outside_the_project(project: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.md"
    outside.write_text(ARTICLE, encoding="utf-8")
    claims = CLAIMS.replace("document: story.md", "document: ../elsewhere.md")
    (project / "story.claims.yaml").write_text(claims, encoding="utf-8")
    assert_user_error(
        run("audit", "story.claims.yaml"), "outside the project folder", "--allow-outside-root"
    )
    allowed = run("audit", "story.claims.yaml", "--allow-outside-root")
    assert allowed.exit_code == 0, allowed.output


@pytest.mark.parametrize(
    "command",
    [
        ["audit", "story.claims.yaml"],
        ["scan", "story.md"],
        ["scan", "story.md", "--figures"],
        ["init", "story.md", "--force"],
    ],
)
def test_output_that_cannot_be_written(project: Path, command: list[str]) -> None:
    (project / "folder").mkdir()
    assert_user_error(run(*command, "-o", "folder"), "folder", "is a directory")
    assert_user_error(run(*command, "-o", "no/such/folder/out.txt"), "cannot write", "hint")


def test_init_refuses_to_overwrite(project: Path) -> None:
    assert_user_error(run("init", "story.md"), "already exists", "--force")


def test_usage_errors_are_one_line_too(project: Path) -> None:
    assert_user_error(run("audti", "story.claims.yaml"), "No such command 'audti'", "--help")
    assert_user_error(run("audit", "story.claims.yaml", "--fail-on", "often"), "--fail-on")
    assert_user_error(run("scan", "story.md", "--published", "yesterday"), "--published")


def test_unknown_rule(project: Path) -> None:
    assert_user_error(run("rules", "percent_chnage"), "unknown rule", "percent_change")


def test_unknown_rule_named_like_python(project: Path) -> None:
    claims = CLAIMS.replace("rule: percent_change", "rule: os.system")
    (project / "story.claims.yaml").write_text(claims, encoding="utf-8")
    assert_user_error(run("audit", "story.claims.yaml"), "unknown rule 'os.system'")


def test_article_that_is_a_folder(project: Path) -> None:
    (project / "story.md").unlink()
    (project / "story.md").mkdir()
    assert_user_error(run("audit", "story.claims.yaml"), "story.md", "folder")


def test_a_closed_stdout_is_no_traceback() -> None:
    example = Path(__file__).resolve().parents[1] / "examples" / "afghanistan"
    run = subprocess.run(
        [sys.executable, "-m", "factcheck", "audit", str(example)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
        preexec_fn=lambda: os.close(1),  # as the shell's ">&-" leaves it
    )
    assert "Traceback" not in run.stderr
    assert run.returncode == 1  # the example's one real tension, as always
