"""The pre-commit hooks and the GitHub Action, run as they run in CI."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from ci_helpers import write_deal
from factcheck.precommit import claims_files, main

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

POINTS = "Support rose from 40% to 50%, a 10% increase.\n"


def _run(
    command: list[str], *, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``command`` run to its end, its output captured as text; it may fail."""
    return subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "story.md").write_text(POINTS, encoding="utf-8")
    write_deal(tmp_path / "news", name="deal")
    (tmp_path / "news" / "clean.md").write_text("Sales rose.\n", encoding="utf-8")
    return tmp_path


# ------------------------------------------------------------------ pre-commit
def _hooks() -> dict[str, dict[str, object]]:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    return {hook["id"]: hook for hook in hooks}


def test_hook_manifest() -> None:
    hooks = _hooks()
    assert set(hooks) == {"factcheck-audit", "factcheck-scan"}
    for hook in hooks.values():
        assert hook["language"] == "python"  # pre-commit installs this repository
        assert {"id", "name", "entry", "language"} <= set(hook)
    assert hooks["factcheck-scan"]["entry"] == "factcheck scan"
    assert hooks["factcheck-audit"]["entry"] == "python -m factcheck.precommit"
    audit_files = re.compile(str(hooks["factcheck-audit"]["files"]))
    scan_files = re.compile(str(hooks["factcheck-scan"]["files"]))
    for name in ("a/story.md", "story.markdown", "notes.txt", "a/story.claims.yaml"):
        assert audit_files.search(name)
    for name in ("a/story.md", "notes.txt"):
        assert scan_files.search(name)
    for name in ("setup.py", "story.claims.yaml.bak", "pyproject.toml"):
        assert not audit_files.search(name) and not scan_files.search(name)


def test_audit_hook_maps_articles_to_their_claims_files(newsroom: Path) -> None:
    assert claims_files(["news/story.md", "news/deal.md", "news/deal.claims.yaml", "x.py"]) == [
        "news/deal.claims.yaml"
    ]
    assert main(["--jobs", "1", "-q", "news/story.md", "news/clean.md"]) == 0  # nothing to audit
    assert main(["--jobs", "1", "-q", "news/deal.md"]) == 1
    assert main(["--jobs", "1", "-q", "--fail-on", "never", "news/deal.md"]) == 0


def _command_line(entry: str, args: list[str], files: list[str]) -> list[str]:
    """The command pre-commit runs: the entry, the hook's args, then the files."""
    head, *rest = entry.split()
    program = sys.executable if head == "python" else str(BIN / head)
    return [program, *rest, *args, *files]


@pytest.mark.parametrize(
    ("hook", "files", "code"),
    [
        ("factcheck-scan", ["news/story.md"], 1),
        ("factcheck-scan", ["news/clean.md"], 0),
        ("factcheck-audit", ["news/deal.md", "news/story.md"], 1),
        ("factcheck-audit", ["news/story.md", "news/clean.md"], 0),
    ],
)
def test_hook_command_lines(newsroom: Path, hook: str, files: list[str], code: int) -> None:
    spec = _hooks()[hook]
    args = [str(a) for a in spec.get("args", [])]  # type: ignore[attr-defined]
    proc = _run(_command_line(str(spec["entry"]), args, files))
    assert proc.returncode == code, proc.stdout + proc.stderr


def _git(*args: str, cwd: Path) -> None:
    done = _run(["git", "-c", "user.email=ci@example.org", "-c", "user.name=ci", *args], cwd=cwd)
    assert done.returncode == 0, done.stderr


@pytest.mark.skipif(
    shutil.which("git") is None or not (ROOT / ".git").exists(),
    reason="needs git and this repository's git checkout",
)
def test_pre_commit_try_repo(newsroom: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    """pre-commit's own ``try-repo`` installs this repository and runs both hooks.

    It installs the package into a fresh environment through pip, from the
    configured index; where that fails (no index at all), the test is skipped
    and the command lines above still run.
    """
    pre_commit = pytest.importorskip("pre_commit")
    del pre_commit
    _git("init", "-q", cwd=newsroom)
    _git("add", ".", cwd=newsroom)
    _git("commit", "-qm", "news", cwd=newsroom)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path_factory.mktemp("pre-commit-home"))}

    def try_repo(hook: str, *files: str) -> subprocess.CompletedProcess[str]:
        return _run(
            [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), hook, "--files", *files],
            cwd=newsroom,
            env=env,
        )

    first = try_repo("factcheck-scan", "news/story.md", "news/clean.md")
    if "An unexpected error has occurred" in first.stdout + first.stderr:
        pytest.skip(f"pre-commit could not install the hook here: {first.stdout[-500:]}")
    assert first.returncode == 1, first.stdout
    assert "factcheck scan" in first.stdout and "Failed" in first.stdout
    assert "news/story.md:1:33" in first.stdout
    audit = try_repo("factcheck-audit", "news/deal.md", "news/story.md")
    assert audit.returncode == 1 and "compatible[freed->allowed]" in audit.stdout, audit.stdout
    clean = try_repo("factcheck-audit", "news/story.md", "news/clean.md")
    assert clean.returncode == 0 and "Passed" in clean.stdout, clean.stdout


# ------------------------------------------------------------- GitHub Action
def test_action_manifest_runs_the_script_with_every_input() -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    run = next(step for step in steps if step.get("id") == "run")
    assert run["run"] == 'bash "${{ github.action_path }}/.ci/action.sh"'
    assert (ROOT / ".ci" / "action.sh").is_file()
    mapped = {
        value.removeprefix("${{ inputs.").removesuffix(" }}") for value in run["env"].values()
    }
    assert mapped == set(action["inputs"]) - {"python-version"}
    install = next(step for step in steps if step.get("name") == "Install factcheck")
    assert "github.action_path" in install["run"]
    upload = steps[-1]
    assert upload["uses"].startswith("github/codeql-action/upload-sarif@")
    assert "inputs.sarif != ''" in upload["if"]
    assert set(action["outputs"]) == {"exit-code", "sarif-file"}


def _action(newsroom: Path, **settings: str) -> tuple[subprocess.CompletedProcess[str], Path]:
    out, summary = newsroom / "github_output", newsroom / "summary.md"
    env = {
        **os.environ,
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "GITHUB_OUTPUT": str(out),
        "GITHUB_STEP_SUMMARY": str(summary),
        **{f"FACTCHECK_{key.upper()}": value for key, value in settings.items()},
    }
    return _run(["bash", str(ROOT / ".ci" / "action.sh")], cwd=newsroom, env=env), newsroom


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_action_script_annotates_uploads_and_summarises(newsroom: Path) -> None:
    proc, where = _action(
        newsroom, command="scan", paths="news", sarif="out.sarif", args="--jobs 1"
    )
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.startswith("::error file=news/story.md,line=1,col=33")
    assert "::notice title=factcheck::" in proc.stdout
    outputs = (where / "github_output").read_text(encoding="utf-8").splitlines()
    assert outputs == ["exit-code=1", "sarif-file=out.sarif"]
    sarif = json.loads((where / "out.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"]
    assert (where / "summary.md").read_text(encoding="utf-8").startswith("### ❌ factcheck:")


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_action_script_audit_baseline_and_bad_input(newsroom: Path) -> None:
    proc, where = _action(newsroom, paths="news", summary="false", args="--jobs 1")
    assert proc.returncode == 1 and "compatible" in proc.stdout
    assert not (where / "summary.md").exists()
    recorded = _run(
        [str(BIN / "factcheck"), "audit", "news", "--baseline", "base.json", "--update-baseline"],
        cwd=newsroom,
    )
    assert recorded.returncode == 0, recorded.stderr
    proc, where = _action(newsroom, paths="news", baseline="base.json", summary="false")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "exit-code=0" in (where / "github_output").read_text(encoding="utf-8")
    proc, _ = _action(newsroom, command="lint")
    assert proc.returncode == 2 and "must be audit or scan" in proc.stderr
    proc, _ = _action(newsroom, paths="no/such/folder")
    assert proc.returncode == 2 and "no such file or folder" in proc.stderr
