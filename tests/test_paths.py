"""A claims file's ``document`` is found next to it and never outside the project.

The project is the nearest folder at or above the claims file that holds
``.git`` or ``pyproject.toml`` (else the claims file's own folder). A
document that resolves outside it (``..``, an absolute path, a symbolic link
that leads out) is refused, so that a claims file in a pull request cannot
make a CI report print any file on the machine; ``allow_outside_root=True``,
``--allow-outside-root`` or ``allow_outside_root = true`` in the settings
allow it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.claims import load
from factcheck.cli import main
from factcheck.errors import DocumentError

ARTICLE = "Sales rose from 780 to 996, up 28%.\n"


def _claims(document: str) -> str:
    return f'document: "{document}"\nclaims:\n  rise: "28%"\n'


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    (root / "stories").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "stories" / "story.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "secret.md").write_text("The password is 1234.\n", encoding="utf-8")
    return root


def _write(project: Path, document: str, name: str = "stories/story.claims.yaml") -> Path:
    path = project / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_claims(document), encoding="utf-8")
    return path


def test_document_is_relative_to_the_claims_file_not_the_cwd(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write(project, "story.md")
    monkeypatch.chdir(tmp_path)  # somewhere else entirely
    claimset = load(path)
    assert claimset.text == ARTICLE
    assert Path(claimset.document or "").resolve() == project / "stories" / "story.md"


def test_a_sibling_folder_inside_the_project_is_fine(project: Path) -> None:
    path = _write(project, "../stories/story.md", name="claims/story.claims.yaml")
    assert load(path).text == ARTICLE


@pytest.mark.parametrize("document", ["../../secret.md", "{secret}", "../stories/../../secret.md"])
def test_a_document_outside_the_project_is_refused(
    project: Path, tmp_path: Path, document: str
) -> None:
    path = _write(project, document.format(secret=tmp_path / "secret.md"))
    with pytest.raises(DocumentError, match="outside the project folder") as info:
        load(path)
    assert info.value.file == str(path)
    assert (info.value.line, info.value.column) == (1, 11)  # the value of 'document'
    assert "allow_outside_root" in (info.value.hint or "")
    assert load(path, allow_outside_root=True).text.startswith("The password")


def test_an_absolute_path_inside_the_project_is_fine(project: Path) -> None:
    path = _write(project, str(project / "stories" / "story.md"))
    assert load(path).text == ARTICLE


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_symbolic_link_that_leads_out_is_refused(project: Path, tmp_path: Path) -> None:
    (project / "stories" / "link.md").symlink_to(tmp_path / "secret.md")
    path = _write(project, "link.md")
    with pytest.raises(DocumentError, match="outside the project folder"):
        load(path)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_symbolic_link_that_stays_inside_is_fine(project: Path) -> None:
    (project / "stories" / "alias.md").symlink_to(project / "stories" / "story.md")
    assert load(_write(project, "alias.md")).text == ARTICLE


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_linked_folder_is_judged_by_where_it_leads(project: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "story.md").write_text(ARTICLE, encoding="utf-8")
    (project / "linked").symlink_to(outside, target_is_directory=True)
    path = _write(project, "../linked/story.md")
    with pytest.raises(DocumentError, match="outside the project folder"):
        load(path)


def test_without_a_project_marker_the_claims_folder_is_the_root(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "story.md").write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "a" / "story.claims.yaml"
    path.write_text(_claims("../story.md"), encoding="utf-8")
    with pytest.raises(DocumentError, match="outside the project folder"):
        load(path)
    assert load(path, root=tmp_path).text == ARTICLE


def test_cli_flag_and_setting_allow_outside_documents(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(project, "../../secret.md")
    monkeypatch.chdir(project)
    runner = CliRunner()
    refused = runner.invoke(main, ["audit", "stories", "--format", "json"])
    assert refused.exit_code == 2
    assert "outside the project folder" in refused.stderr
    assert "Traceback" not in refused.output
    allowed = runner.invoke(main, ["audit", "stories", "--format", "json", "--allow-outside-root"])
    assert allowed.exit_code == 1, allowed.output  # checked: the quote is not in that file
    (project / "factcheck.toml").write_text("allow_outside_root = true\n", encoding="utf-8")
    assert runner.invoke(main, ["audit", "stories", "--format", "json"]).exit_code == 1
