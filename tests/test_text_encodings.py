"""Text as it really arrives: BOM, CRLF, odd spaces and dashes, full-width digits.

Offsets in findings and figure lists refer to the article *as decoded*: a
UTF-8 byte-order mark is dropped on reading (it is not part of the text),
and CRLF line endings are kept, each ``\\r`` counting as one character of the
line it ends. So ``text[start:end]`` is the flagged text when ``text`` is the
file's bytes decoded as ``utf-8-sig``, and lines and columns
agree with those offsets.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.claims import load, read_document
from factcheck.cli import main
from factcheck.engine import check_claimset
from factcheck.errors import ClaimsFileError, DocumentError
from factcheck.text.parse import parse_figure

BOM = "\ufeff"
ARTICLE = (
    "Dateline\r\n"
    "Killings rose from 780 in 2019 to 996 in 2020, an increase of 28%.\r\n"
    "The deal allowed up to 5\u00a0000 releases; more than 5\u2009000 were freed.\r\n"
    "Temperatures fell to \u22125 and the budget was 1\u2013\uff13 million"
    " \u2014 \uff12\uff18% up.\r\n"
)
CLAIMS = """document: story.md
claims:
  before: {quote: "from 780", figure: "780"}
  after: {quote: "to 996", figure: "996"}
  rise: "28%"
  allowed: {quote: "up to 5 000"}
  freed: {quote: "more than 5 000"}
checks:
  - {rule: percent_change, from: before, to: after, change: rise}
  - {rule: compatible, a: allowed, b: freed}
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    (tmp_path / "story.md").write_bytes((BOM + ARTICLE).encode("utf-8"))
    (tmp_path / "story.claims.yaml").write_bytes((BOM + CLAIMS).replace("\n", "\r\n").encode())
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _decoded(path: Path) -> str:
    return path.read_bytes().decode("utf-8-sig")  # as read, CRLF kept


def _line_column(text: str, offset: int) -> tuple[int, int]:
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def test_the_bom_is_dropped_and_crlf_kept(project: Path) -> None:
    text = read_document(project / "story.md")
    assert not text.startswith(BOM)
    assert text == ARTICLE


def test_findings_point_into_the_decoded_text(project: Path) -> None:
    report = check_claimset(load(project / "story.claims.yaml"))
    text = _decoded(project / "story.md")
    statuses = {f.rule: f.status.value for f in report.findings}
    assert statuses == {"percent_change": "consistent", "compatible": "inconsistent"}
    for finding in report.findings:
        loc = finding.location
        assert loc.start is not None and loc.end is not None
        assert text[loc.start : loc.end] == finding.quote
        assert (loc.line, loc.column) == _line_column(text, loc.start)


def test_json_report_offsets_lines_and_columns(project: Path) -> None:
    result = CliRunner().invoke(main, ["audit", "story.claims.yaml", "--format", "json"])
    assert result.exit_code == 1, result.output
    text = _decoded(project / "story.md")
    findings = json.loads(result.stdout)["findings"]
    assert {f["quote"] for f in findings} == {"28%", "up to 5\u00a0000"}
    for finding in findings:
        assert text[finding["start"] : finding["end"]] == finding["quote"]
        assert (finding["line"], finding["column"]) == _line_column(text, finding["start"])


def test_figure_list_reads_every_form(project: Path) -> None:
    result = CliRunner().invoke(main, ["scan", "story.md", "--figures", "--format", "json"])
    assert result.exit_code == 0, result.output
    text = _decoded(project / "story.md")
    figures = {f["text"]: f for f in json.loads(result.stdout)["figures"]}
    for figure in figures.values():
        assert text[figure["start"] : figure["end"]] == figure["text"]
        assert (figure["line"], figure["column"]) == _line_column(text, figure["start"])
    assert figures["up to 5\u00a0000"]["high"] == 5000  # no-break space between thousands
    assert figures["more than 5\u2009000"]["low"] == 5000  # thin space
    assert figures["\u22125"]["value"] == -5  # Unicode minus
    assert (figures["1\u2013\uff13 million"]["low"], figures["1\u2013\uff13 million"]["high"]) == (
        500_000,
        3_500_000,
    )  # en dash range, full-width 3, the scale lent to both ends
    assert (figures["\uff12\uff18%"]["low"], figures["\uff12\uff18%"]["high"]) == (27.5, 28.5)


@pytest.mark.parametrize(
    ("written", "low", "high"),
    [
        ("5\u00a0000", 5000, 5000),
        ("5\u202f000 people", 5000, 5000),
        ("\u221212%", -12.5, -11.5),
        ("between 5\u20138%", 4.5, 8.5),
        ("5\u20148 people", 5, 8),
        ("\uff11\uff10\uff10", 100, 100),
        ("\ufeff12%", 11.5, 12.5),
    ],
)
def test_odd_characters_inside_figures(written: str, low: float, high: float) -> None:
    figure = parse_figure(written)
    assert (figure.low, figure.high) == (low, high)
    assert written[figure.start : figure.end] == figure.text


def test_claims_file_with_bom_and_crlf_reports_the_right_line(project: Path) -> None:
    bad = CLAIMS.replace('rise: "28%"', 'rise: "28%"\n  bogus: {qoute: "28%"}')
    bad = bad.replace("document:", "title: story\ndocument:")
    (project / "story.claims.yaml").write_bytes((BOM + bad).replace("\n", "\r\n").encode())
    with pytest.raises(ClaimsFileError) as info:
        load(project / "story.claims.yaml")
    [problem] = [p for p in info.value.problems if "unknown key 'qoute'" in p.message]
    assert (problem.line, problem.column) == (7, 11)  # each CRLF is one line break


def test_a_file_that_is_not_utf8_names_the_byte(project: Path) -> None:
    (project / "story.md").write_bytes(b"caf\xe9 rose 28%\r\nand \xff\n")
    with pytest.raises(DocumentError) as info:
        read_document(project / "story.md")
    assert "byte 0xe9 at offset 3" in str(info.value)
    assert info.value.file == str(project / "story.md")
    assert info.value.line == 1
