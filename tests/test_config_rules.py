"""Per-rule settings: switch rules (and scan relation families) off, override severities."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest
from click.testing import CliRunner

from ci_helpers import write_deal
from factcheck.cli import main
from factcheck.config import load_config
from factcheck.controls import RuleSetting
from factcheck.errors import ConfigError
from factcheck.findings import Severity
from factcheck.tomlpos import locate

GRIM = "Of the 23 people asked, 38% said yes."
POINTS = "Support rose from 40% to 50%, a 10% increase."


def test_every_form_of_a_rule_setting(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        "[tool.factcheck.rules]\n"
        "percent_of_n = false\n"
        'share = "warning"\n'
        'multiple = "off"\n'
        'percent_change = { severity = "error" }\n'
        "order = { enabled = false }\n"
        "point_change = true\n",
        encoding="utf-8",
    )
    assert load_config(tmp_path)["rules"] == {
        "percent_of_n": RuleSetting(enabled=False),
        "share": RuleSetting(severity=Severity.WARNING),
        "multiple": RuleSetting(enabled=False),
        "percent_change": RuleSetting(severity=Severity.ERROR),
        "order": RuleSetting(enabled=False),
        "point_change": RuleSetting(),
    }


def test_about_tolerance_setting(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text('about_tolerance = "5%"\n', encoding="utf-8")
    assert load_config(tmp_path)["about_tolerance"] == Fraction(1, 20)


@pytest.mark.parametrize(
    ("text", "message", "line", "column", "hint"),
    [
        (
            "[tool.factcheck.rules]\npercnt_of_n = false\n",
            "unknown rule 'percnt_of_n'",
            2,
            1,
            "did you mean 'percent_of_n'?",
        ),
        (
            '[tool.factcheck]\nformat = "json"\n  rules = { share = { severty = "warning" } }\n',
            "unknown key 'severty' for rule 'share'",
            3,
            23,
            "did you mean 'severity'?",
        ),
        (
            '[tool.factcheck.rules.share]\nenabled = true\nseverity = "fatal"\n',
            "'severity' of rule 'share' must be 'error', 'warning' or 'info', not 'fatal'",
            3,
            1,
            None,
        ),
        (
            '[tool.factcheck]\nrules.share = "loud"\n',
            "rule 'share' cannot be set to 'loud'",
            2,
            7,
            None,
        ),
        (
            '[tool.factcheck]\nrules = "all"\n',
            "setting 'rules' must be a table of rules",
            2,
            1,
            None,
        ),
        (
            '[project]\nname = "x"\n\n[ tool . "factcheck" ]\nformat = "json"\n   fail_onn = 1\n',
            "unknown setting 'fail_onn'",
            6,
            4,
            "did you mean 'fail_on'?",
        ),
        (
            '[tool.factcheck]\nabout_tolerance = "150%"\n',
            "setting 'about_tolerance' must be a share between 0% and 100%",
            2,
            1,
            None,
        ),
    ],
)
def test_errors_name_file_line_and_column(
    tmp_path: Path, text: str, message: str, line: int, column: int, hint: str | None
) -> None:
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path)
    error = info.value
    assert error.message.startswith(message)
    assert (error.file, error.line, error.column) == (
        str(tmp_path / "pyproject.toml"),
        line,
        column,
    )
    if hint is not None:
        assert error.hint == hint


def test_the_command_line_prints_the_position(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("factcheck.toml").write_text("[rules]\nshare = { enabld = false }\n", encoding="utf-8")
    Path("s.md").write_text(GRIM, encoding="utf-8")
    result = CliRunner().invoke(main, ["scan", "s.md"])
    assert result.exit_code == 2
    assert "factcheck.toml:2:11: unknown key 'enabld' for rule 'share'" in result.output
    assert "did you mean 'enabled'?" in result.output


@pytest.mark.parametrize(
    ("key", "value"),
    [
        (("a", "b"), "[a]\nb = 1"),
        (("a", "b", "c"), 'a.b = { "c" = 1 }'),
        (("a", "b"), "[a]\ns = '''\nb = 2\n'''\nb = 3"),
        (("x", "y"), "[a]\nb = 1"),
    ],
)
def test_locate(key: tuple[str, ...], value: str) -> None:
    expected = {
        "[a]\nb = 1": (2, 1),
        'a.b = { "c" = 1 }': (1, 9),
        "[a]\ns = '''\nb = 2\n'''\nb = 3": (5, 1),
    }
    found = locate(value, key)
    assert found == (None if key == ("x", "y") else expected[value])


# ------------------------------------------------------------------ end to end
def _scan_json(tmp_path: Path, settings: str, *extra: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    (tmp_path / "factcheck.toml").write_text(settings, encoding="utf-8")
    (tmp_path / "s.md").write_text(f"{GRIM}\n\n{POINTS}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["scan", "s.md", "--format", "json", "-j", "1", *extra])
    return result.exit_code, json.loads(result.output)


def test_a_rule_switched_off_is_gone_from_the_scan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, data = _scan_json(tmp_path, "[rules]\npercent_of_n = false\n")
    assert code == 1
    assert [f["rule"] for f in data["findings"]] == ["percent_change"]
    assert data["summary"]["checks"] == 1
    code, data = _scan_json(tmp_path, '[rules]\npercent_of_n = "off"\npercent_change = false\n')
    assert code == 0 and data["findings"] == []


def test_a_severity_override_decides_the_exit_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    settings = '[rules]\npercent_of_n = "warning"\npercent_change = { severity = "info" }\n'
    code, data = _scan_json(tmp_path, settings)
    assert code == 0
    assert [(f["rule"], f["severity"]) for f in data["findings"]] == [
        ("percent_of_n", "warning"),
        ("percent_change", "info"),
    ]
    code, _ = _scan_json(tmp_path, settings, "--fail-on", "warning")
    assert code == 1


def test_rule_settings_apply_to_audit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_deal(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["audit", ".", "-q"]).exit_code == 1
    Path("factcheck.toml").write_text('[rules]\ncompatible = "warning"\n', encoding="utf-8")
    assert runner.invoke(main, ["audit", ".", "-q"]).exit_code == 0
    assert runner.invoke(main, ["audit", ".", "-q", "--fail-on", "warning"]).exit_code == 1


def test_inline_suppression_can_be_switched_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("factcheck.toml").write_text("inline_suppression = false\n", encoding="utf-8")
    Path("s.md").write_text(f"<!-- factcheck: ignore -->\n{GRIM}\n", encoding="utf-8")
    assert CliRunner().invoke(main, ["scan", "s.md", "-q"]).exit_code == 1
