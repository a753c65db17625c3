"""Many files on many processes: the same report, errors and exit code as one process."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from factcheck.claims import load
from factcheck.cli import _jobs, main
from factcheck.engine import check_claimset
from factcheck.gcpause import end_start_up, pause_start_up, paused_gc
from factcheck.parallel import audit_file, available_cores, run_all
from parallel_helpers import project


def _run(args: list[str]) -> Result:
    return CliRunner().invoke(main, args)


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
@pytest.mark.parametrize("command", ["audit", "scan"])
def test_jobs_give_the_same_output_errors_and_exit_code(
    tmp_path: Path, command: str, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project(tmp_path, 8))
    one = _run([command, ".", "--format", fmt, "--jobs", "1"])
    two = _run([command, ".", "--format", fmt, "--jobs", "2"])
    assert one.exit_code == two.exit_code
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr
    if command == "audit":
        assert one.exit_code == 2  # the broken file
        assert "story03.claims.yaml" in one.stderr
        assert one.stdout.count('"status": "consistent"') == 7


def test_jsonl_lines_are_the_json_reports_findings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project(tmp_path, 4))
    whole = json.loads(_run(["audit", ".", "--format", "json", "-j", "1"]).stdout)
    streamed = _run(["audit", ".", "--format", "jsonl", "-j", "2", "-o", "out.jsonl"])
    assert streamed.exit_code == 2 and streamed.stdout == ""
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == whole["findings"]


def test_a_counted_thing_stays_with_its_claims_file(tmp_path: Path) -> None:
    project(tmp_path, 2)
    counted = load(tmp_path / "story00.claims.yaml")
    assert str(counted.resolve("now").figure.unit) == "incident"  # type: ignore[union-attr]
    plain = load(tmp_path / "story01.claims.yaml")
    figure = plain.resolve("now").figure
    assert figure is not None and str(figure.unit) == "dimensionless"
    assert [f.status.value for f in check_claimset(plain).findings] == ["consistent"]


def test_run_all_keeps_the_order_of_the_files(tmp_path: Path) -> None:
    files = sorted(project(tmp_path, 6).glob("*.claims.yaml"))
    outcomes = list(run_all(audit_file, files, jobs=2))
    assert [o.documents[0].claims_file for o in outcomes] == [str(f) for f in files]
    assert outcomes == [audit_file(f) for f in files]
    # The broken file comes back as its errors and as a report of findings saying so.
    broken = outcomes[3]
    assert broken.errors
    assert [f.rule for f in broken.documents[0].findings] == ["claims_file"]


def test_jobs_come_from_the_option_then_the_setting_then_the_cores() -> None:
    assert _jobs(3, {"jobs": 2}) == 3
    assert _jobs(None, {"jobs": 2}) == 2
    assert _jobs(None, {}) == available_cores()
    assert _jobs(0, {"jobs": 2}) == available_cores()


def test_jobs_setting_in_factcheck_toml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project(tmp_path, 2))
    (tmp_path / "factcheck.toml").write_text("jobs = -1\n")
    result = _run(["audit", ".", "--format", "json"])
    assert result.exit_code == 2 and "jobs" in result.stderr
    (tmp_path / "factcheck.toml").write_text("jobs = 2\n")
    assert _run(["audit", "story00.claims.yaml", "--format", "json"]).exit_code == 0


def test_scan_figures_wants_one_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project(tmp_path, 2))
    result = _run(["scan", ".", "--figures"])
    assert result.exit_code == 2 and "one file" in result.stderr


def test_paused_gc_nests_and_restores() -> None:
    assert gc.isenabled()
    with paused_gc():
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled(), "a collector switched off by the caller stays off"
    finally:
        gc.enable()


def test_the_start_up_pause_ends_once_and_leaves_a_switched_off_collector_alone() -> None:
    pause_start_up()
    try:
        assert not gc.isenabled()
        end_start_up()
        assert gc.isenabled()
        gc.disable()
        end_start_up()
        assert not gc.isenabled(), "resumed once only"
        pause_start_up()  # switched off by someone else: not this pause's to end
        end_start_up()
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()


# The command as a console script runs it: main() on this process's own
# arguments. Every check of a file says whether the collector was on.
_SPY = """
import gc, os
import factcheck.parallel
checked = factcheck.parallel.audit_file
def audit_file(path, **options):
    # One write each, so that two workers' lines cannot run into each other.
    os.write(2, b"collector on\\n" if gc.isenabled() else b"collector off\\n")
    return checked(path, **options)
factcheck.parallel.audit_file = audit_file
from factcheck.cli import main
main()
"""


@pytest.mark.parametrize(("jobs", "expected"), [("1", ["off", "on", "on"]), ("2", ["on"] * 3)])
def test_the_collector_is_off_at_start_up_and_on_for_later_files_and_workers(
    tmp_path: Path, jobs: str, expected: list[str]
) -> None:
    project(tmp_path, 2)  # two claims files and a broken one
    run = subprocess.run(
        [sys.executable, "-c", _SPY, "audit", ".", "--jobs", jobs, "--format", "json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 2, run.stderr  # the broken file
    states = [line.split()[-1] for line in run.stderr.splitlines() if "collector" in line]
    assert states == expected
