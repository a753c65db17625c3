"""Baselines: record today's problems, fail later only on new ones."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from ci_helpers import write_deal
from factcheck.cli import main

GRIM = "Of the 23 people asked, 38% said yes."
POINTS = "Support rose from 40% to 50%, a 10% increase."


def _scan(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["scan", *args, "-j", "1"])
    return result.exit_code, result.output


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "a.md").write_text(f"Intro.\n\n{GRIM}\n", encoding="utf-8")
    (folder / "b.md").write_text(f"{POINTS}\n", encoding="utf-8")
    (folder / "clean.md").write_text("Sales rose from 780 to 996, up 28%.\n", encoding="utf-8")
    return folder


def test_update_records_problems_and_exits_zero(archive: Path) -> None:
    code, _ = _scan("archive", "--baseline", "base.json", "--update-baseline", "-q")
    assert code == 0
    data = json.loads(Path("base.json").read_text(encoding="utf-8"))
    assert data["schema_version"] == 1
    assert [(e["file"], e["rule"]) for e in data["findings"]] == [
        ("archive/a.md", "percent_of_n"),
        ("archive/b.md", "percent_change"),
    ]
    assert "line" not in data["findings"][0]  # nothing that moves with edits elsewhere


def test_later_runs_fail_only_on_new_problems(archive: Path) -> None:
    assert _scan("archive", "--baseline", "base.json", "--update-baseline", "-q")[0] == 0
    assert _scan("archive")[0] == 1  # without the baseline the old problems still fail
    code, out = _scan("archive", "--baseline", "base.json", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["summary"]["suppressed"] == 2
    assert {f["suppressed"]["kind"] for f in data["findings"] if f["suppressed"]} == {"external"}
    # A new problem in an old article fails, and only it is unsuppressed.
    (archive / "a.md").write_text(f"Intro.\n\n{GRIM}\n\n{POINTS}\n", encoding="utf-8")
    code, out = _scan("archive", "--baseline", "base.json", "--format", "json")
    assert code == 1
    failing = [f for f in json.loads(out)["findings"] if f["status"] == "inconsistent"]
    assert [(f["file"], f["rule"], f["suppressed"] is None) for f in failing] == [
        ("archive/a.md", "percent_of_n", False),
        ("archive/a.md", "percent_change", True),
        ("archive/b.md", "percent_change", False),
    ]


def test_edits_elsewhere_keep_a_problem_known(archive: Path) -> None:
    assert _scan("archive", "--baseline", "base.json", "--update-baseline", "-q")[0] == 0
    longer = "A new first paragraph, with 12 figures of its own.\n\nAnd a second line.\n\n"
    (archive / "a.md").write_text(f"{longer}Intro.\n\n{GRIM}\n", encoding="utf-8")
    assert _scan("archive", "--baseline", "base.json", "-q")[0] == 0
    # Changing the flagged sentence's figures makes it a new problem.
    (archive / "a.md").write_text(f"Intro.\n\n{GRIM.replace('23', '25')}\n", encoding="utf-8")
    assert _scan("archive", "--baseline", "base.json", "-q")[0] == 1


def test_the_same_problem_twice_is_matched_only_as_often_as_recorded(archive: Path) -> None:
    assert _scan("archive", "--baseline", "base.json", "--update-baseline", "-q")[0] == 0
    (archive / "a.md").write_text(f"Intro.\n\n{GRIM}\n\n{GRIM}\n", encoding="utf-8")
    code, out = _scan("archive/a.md", "--baseline", "base.json", "--format", "json")
    assert code == 1
    marks = [f["suppressed"] is not None for f in json.loads(out)["findings"]]
    assert sorted(marks) == [False, True]


def test_paths_are_relative_to_the_baseline_file(archive: Path) -> None:
    assert _scan("archive", "--baseline", "base.json", "--update-baseline", "-q")[0] == 0
    os.chdir(archive)
    assert _scan(".", "--baseline", "../base.json", "-q")[0] == 0


def test_streaming_and_many_jobs_use_the_baseline(archive: Path) -> None:
    assert _scan("archive", "--baseline", "base.json", "--update-baseline", "-q")[0] == 0
    result = CliRunner().invoke(
        main, ["scan", "archive", "--baseline", "base.json", "--format", "jsonl", "-j", "2"]
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line["suppressed"]["kind"] for line in lines if line["status"] != "consistent"] == [
        "external",
        "external",
    ]


def test_baseline_setting_and_audit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_deal(tmp_path)
    Path("factcheck.toml").write_text('baseline = "factcheck-baseline.json"\n', encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["audit", ".", "-q"]).exit_code == 1  # a missing file: empty
    assert runner.invoke(main, ["audit", ".", "--update-baseline", "-q"]).exit_code == 0
    assert Path("factcheck-baseline.json").is_file()
    assert runner.invoke(main, ["audit", ".", "-q"]).exit_code == 0


def test_update_needs_a_file(archive: Path) -> None:
    result = CliRunner().invoke(main, ["scan", "archive", "--update-baseline"])
    assert result.exit_code == 2
    assert "--update-baseline needs a file" in result.output


def test_a_broken_baseline_is_a_usage_error_with_its_place(archive: Path) -> None:
    Path("base.json").write_text('{"findings": [\n  {"fingerprint": 1,}\n]}', encoding="utf-8")
    result = CliRunner().invoke(main, ["scan", "archive", "--baseline", "base.json"])
    assert result.exit_code == 2
    assert "base.json:2:" in result.output and "not JSON" in result.output
    Path("base.json").write_text('{"findings": [{"fp": "x"}]}', encoding="utf-8")
    result = CliRunner().invoke(main, ["scan", "archive", "--baseline", "base.json"])
    assert result.exit_code == 2 and "not a factcheck baseline" in result.output
