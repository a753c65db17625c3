"""Settings from pyproject.toml / factcheck.toml."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.config import load_config
from factcheck.errors import ConfigError


def test_no_file_means_no_settings(tmp_path: Path) -> None:
    assert load_config(tmp_path) == {}


def test_pyproject_table_is_read(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.factcheck]\nformat = "json"\nfail-on = "warning"\n'
    )
    assert load_config(tmp_path / "sub" / "dir") == {"format": "json", "fail_on": "warning"}


def test_factcheck_toml_wins_in_its_folder(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nformat = "json"\n')
    (tmp_path / "factcheck.toml").write_text('format = "markdown"\n')
    assert load_config(tmp_path) == {"format": "markdown"}


def test_unknown_key_is_an_error_with_line(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text('format = "json"\nfail_onn = "warning"\n')
    with pytest.raises(ConfigError, match="unknown setting 'fail_onn'") as info:
        load_config(tmp_path)
    assert info.value.line == 2
    assert info.value.hint == "did you mean 'fail_on'?"


def test_wrong_value_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text('fail_on = "sometimes"\n')
    with pytest.raises(ConfigError, match="must be 'error' or 'warning' or 'never'"):
        load_config(tmp_path)


def test_bad_toml_has_position(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text('format = "json\n')
    with pytest.raises(ConfigError, match="invalid TOML") as info:
        load_config(tmp_path)
    assert info.value.line == 1


@pytest.mark.parametrize(
    "text",
    [
        '[tool.factcheck]\nformat = "json"\n',
        '[tool]\nfactcheck = { format = "json" }\n',
        'tool.factcheck.format = "json"\n',
        '[ tool . "factcheck" ]\nformat = "json"\n',
    ],
)
def test_every_way_to_write_the_table_is_read(tmp_path: Path, text: str) -> None:
    (tmp_path / "pyproject.toml").write_text(text)
    assert load_config(tmp_path) == {"format": "json"}


def test_pyproject_without_our_table_is_not_parsed(tmp_path: Path) -> None:
    # Invalid TOML elsewhere in someone's pyproject.toml is not our business.
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "factcheck\n[tool.ruff]\n')
    assert load_config(tmp_path) == {}


def test_jobs_must_not_be_negative(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text("jobs = -2\n")
    with pytest.raises(ConfigError, match="jobs"):
        load_config(tmp_path)
