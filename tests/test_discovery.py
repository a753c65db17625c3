"""File discovery for every command: hidden folders, environments, .gitignore (issue 15, item 6)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.discovery import find_files
from factcheck.errors import DocumentError

SUFFIXES = (".md", ".txt")


def tree(root: Path, files: list[str]) -> None:
    for name in files:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Sales rose 5% to 21 in 2020.\n", encoding="utf-8")


def names(root: Path, found: list[Path]) -> list[str]:
    return [p.relative_to(root).as_posix() for p in found]


def test_hidden_folders_and_environments_are_skipped(tmp_path: Path) -> None:
    tree(
        tmp_path,
        [
            "story.md",
            "desk/b.txt",
            ".venv/lib/x.txt",
            ".pytest_cache/README.md",
            "env/pyvenv.cfg",
            "env/lib/licence.txt",
            "node_modules/pkg/README.md",
            ".hidden/c.md",
        ],
    )
    assert names(tmp_path, find_files([tmp_path], SUFFIXES)) == ["desk/b.txt", "story.md"]


def test_gitignore_is_honoured_in_a_work_tree(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("build/\n*.log.md\n!keep.log.md\n", encoding="utf-8")
    tree(
        tmp_path,
        ["a.md", "build/b.md", "x.log.md", "keep.log.md", "sub/c.md", "sub/d.md", "sub/e.txt"],
    )
    (tmp_path / "sub" / ".gitignore").write_text("d.md\n", encoding="utf-8")
    found = names(tmp_path, find_files([tmp_path], SUFFIXES))
    assert found == ["a.md", "keep.log.md", "sub/c.md", "sub/e.txt"]
    # a sub-folder of the work tree: the root's rules still hold
    assert names(tmp_path, find_files([tmp_path / "sub"], SUFFIXES)) == ["sub/c.md", "sub/e.txt"]


def test_gitignore_outside_a_work_tree_is_not_read(tmp_path: Path) -> None:
    (tmp_path / ".gitignore").write_text("*.md\n", encoding="utf-8")
    tree(tmp_path, ["a.md"])
    assert names(tmp_path, find_files([tmp_path], SUFFIXES)) == ["a.md"]


def test_a_file_named_is_always_read(tmp_path: Path) -> None:
    tree(tmp_path, [".venv/x.txt"])
    assert find_files([tmp_path / ".venv" / "x.txt"], SUFFIXES) == [tmp_path / ".venv" / "x.txt"]


def test_include_and_exclude(tmp_path: Path) -> None:
    tree(tmp_path, ["news/a.md", "news/b.md", "drafts/c.md"])
    assert names(tmp_path, find_files([tmp_path], SUFFIXES, include=["news/*"])) == [
        "news/a.md",
        "news/b.md",
    ]
    assert names(tmp_path, find_files([tmp_path], SUFFIXES, exclude=["*/b.md", "drafts/*"])) == [
        "news/a.md"
    ]


def test_a_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file or folder"):
        find_files([tmp_path / "nope"], SUFFIXES)


def test_scan_skips_the_environment_and_takes_include_exclude(tmp_path: Path) -> None:
    tree(tmp_path, ["a.md", "b.md", ".venv/c.md"])
    result = CliRunner().invoke(
        main, ["scan", str(tmp_path), "--exclude", "b.md", "--format", "json", "-j", "1"]
    )
    assert result.exit_code == 0, result.output
    documents = {d["file"] for d in json.loads(result.stdout)["documents"]}
    assert documents == {str(tmp_path / "a.md")}


def test_scan_figures_accepts_a_folder(tmp_path: Path) -> None:
    tree(tmp_path, ["a.md", "b.txt"])
    result = CliRunner().invoke(main, ["scan", str(tmp_path), "--figures", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [f["file"] for f in data["files"]] == [str(tmp_path / "a.md"), str(tmp_path / "b.txt")]
    assert all(f["figures"] for f in data["files"])
    one = CliRunner().invoke(
        main, ["scan", str(tmp_path / "a.md"), "--figures", "--format", "json"]
    )
    assert json.loads(one.stdout)["file"] == str(tmp_path / "a.md")  # one file: as before


def test_audit_skips_hidden_folders(tmp_path: Path) -> None:
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "x.claims.yaml").write_text("not: [valid", encoding="utf-8")
    result = CliRunner().invoke(main, ["audit", str(tmp_path)])
    assert result.exit_code == 2
    assert "no claims files found" in result.output
