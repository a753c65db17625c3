"""The renderer registry: built-in names, aliases, third-party entry points, lazy imports."""

from __future__ import annotations

import subprocess
import sys
from types import SimpleNamespace
from typing import Any

import pytest

from factcheck.engine import Report
from factcheck.errors import ConfigError
from factcheck.reports import base, get_renderer, render, renderer_names

BUILTIN = ["text", "markdown", "json", "html", "sarif", "github", "junit"]


def test_builtin_names_come_first_in_a_fixed_order() -> None:
    assert renderer_names()[: len(BUILTIN)] == BUILTIN


@pytest.mark.parametrize("name", BUILTIN)
def test_every_builtin_renderer_has_the_interface(name: str) -> None:
    renderer = get_renderer(name)
    assert isinstance(renderer, base.Renderer)
    assert renderer.name == name
    assert renderer.suffix.startswith(".")
    assert "/" in renderer.media_type
    assert isinstance(renderer.render(Report(())), str)


@pytest.mark.parametrize(("alias", "name"), [("md", "markdown"), ("TXT", "text"), ("xml", "junit")])
def test_aliases(alias: str, name: str) -> None:
    assert get_renderer(alias).name == name


def test_unknown_name_suggests_the_closest() -> None:
    with pytest.raises(ConfigError, match="unknown report format 'sarf'") as info:
        get_renderer("sarf")
    assert info.value.hint == "did you mean 'sarif'?"


def test_render_shortcut() -> None:
    assert render(Report(()), "json").startswith("{")


class _Csv:
    name = "csv"
    suffix = ".csv"
    media_type = "text/csv"

    def render(self, report: Report, *, color: bool = False) -> str:
        return "status\n"


def _fake_entry_points(**loaded: Any) -> dict[str, Any]:
    return {
        name: SimpleNamespace(name=name, value=f"plugin:{name}", load=lambda obj=obj: obj)
        for name, obj in loaded.items()
    }


def test_third_party_renderer_from_entry_point(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(base, "_plugins", _fake_entry_points(csv=_Csv))
    assert get_renderer("csv").render(Report(())) == "status\n"
    assert renderer_names()[-1] == "csv"


def test_entry_point_without_the_interface_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(base, "_plugins", _fake_entry_points(bad=object()))
    with pytest.raises(ConfigError, match="does not provide a renderer"):
        get_renderer("bad")


def test_entry_point_that_fails_to_load(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom() -> None:
        raise ImportError("no module named 'gone'")

    monkeypatch.setattr(
        base, "_plugins", {"gone": SimpleNamespace(name="gone", value="gone:R", load=boom)}
    )
    with pytest.raises(ConfigError, match="could not be loaded"):
        get_renderer("gone")


def test_builtin_lookup_reads_no_entry_points(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(base, "_plugins", None)
    get_renderer("json")
    assert base._plugins is None


def test_importing_the_registry_imports_nothing_heavy() -> None:
    code = (
        "import sys, factcheck.reports\n"
        "heavy = ['rich', 'jinja2', 'xml.etree.ElementTree', 'json', 'pint', 'attrs',"
        " 'factcheck.reports.text', 'importlib.metadata']\n"
        "print([m for m in heavy if m in sys.modules])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_plain_text_does_not_import_rich() -> None:
    code = (
        "import sys\n"
        "from factcheck.reports import get_renderer\n"
        "from factcheck.engine import Report\n"
        "get_renderer('text').render(Report(()))\n"
        "print('rich' in sys.modules, 'jinja2' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False False"
