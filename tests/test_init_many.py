"""``factcheck init`` on folders and several files, in one process or many (issue 15, item 3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.claims import load
from factcheck.cli import main

ARTICLE = "Profits rose from 780 to 996, a rise of 28%.\n"


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    for name in ("a.md", "b.txt", "sub/c.md", ".venv/d.md"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def drafts(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.claims.yaml"))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_init_a_folder_writes_next_to_each_article(desk: Path, jobs: str) -> None:
    result = CliRunner().invoke(main, ["init", str(desk), "-j", jobs])
    assert result.exit_code == 0, result.output
    assert drafts(desk) == ["a.claims.yaml", "b.claims.yaml", "sub/c.claims.yaml"]
    assert "wrote 3 drafts" in result.stderr
    for draft in drafts(desk):
        claimset = load(desk / draft)
        assert all(r.ok for r in claimset.resolve_all().values())


def test_init_never_overwrites_unless_asked(desk: Path) -> None:
    mine = desk / "a.claims.yaml"
    mine.write_text("# my own\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["init", str(desk), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert mine.read_text(encoding="utf-8") == "# my own\n"
    assert "left 1 existing claims file as they are" in result.stderr
    assert "--force" in result.stderr
    forced = CliRunner().invoke(main, ["init", str(desk), "-j", "1", "--force"])
    assert forced.exit_code == 0
    assert mine.read_text(encoding="utf-8") != "# my own\n"


def test_init_several_files_and_a_named_file_that_has_a_draft(desk: Path) -> None:
    (desk / "a.claims.yaml").write_text("# my own\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["init", str(desk / "a.md"), str(desk / "b.txt")])
    assert result.exit_code == 2  # a file named is an error when its draft exists
    assert "already exists" in result.stderr and "--force" in result.stderr
    assert (desk / "b.claims.yaml").exists()


def test_output_names_the_draft_of_one_article(desk: Path) -> None:
    bad = CliRunner().invoke(main, ["init", str(desk), "-o", str(desk / "x.claims.yaml")])
    assert bad.exit_code == 2 and "one article" in bad.stderr
    good = CliRunner().invoke(main, ["init", str(desk / "a.md"), "-o", str(desk / "x.claims.yaml")])
    assert good.exit_code == 0, good.output
    assert load(desk / "x.claims.yaml").claims


def test_init_reports_an_unreadable_article_and_goes_on(desk: Path) -> None:
    (desk / "bad.md").write_bytes(b"\xff\xfe not utf-8")
    result = CliRunner().invoke(main, ["init", str(desk), "-j", "1"])
    assert result.exit_code == 2
    assert "bad.md" in result.stderr
    assert "a.claims.yaml" in drafts(desk)
