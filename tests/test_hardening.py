"""Issue 12, "Hardening II": no leak, no lost file, no hang, bounded memory.

Each test is named after the item of the issue it covers and failed before
the fix. Commands run in process with click's runner, except where a real
process is the point (signals, FIFOs); those are bounded by a timeout.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from test_cli_errors import ARTICLE, CLAIMS, run
from test_cli_errors import project as cli_project  # noqa: F401 (a fixture)

BAD_ARTICLE = ARTICLE.replace("28%", "40%")
#: Generous: every command here takes well under a second when it does not hang.
TIMEOUT = 60


@pytest.fixture
def project(cli_project: Path) -> Path:  # noqa: F811 (the fixture imported above)
    """The project of test_cli_errors (the cwd), with a secret just outside it."""
    (cli_project.parent / "secret.md").write_text("The CI token is 4242-1337.\n", "utf-8")
    return cli_project


def cli(*args: str, cwd: Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    """``python -m factcheck ARGS`` in a real process, bounded in time."""
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
        **kwargs,  # type: ignore[call-overload]
    )


# ------------------------------------------------------------------ security


@pytest.mark.parametrize("fmt", ["text", "html", "json"])
def test_item1_scan_skips_links_leading_out_of_the_project(project: Path, fmt: str) -> None:
    folder = project / "stories"
    folder.mkdir()
    (folder / "story.md").write_text(ARTICLE, encoding="utf-8")
    (folder / "x.md").symlink_to(project.parent / "secret.md")
    result = run("scan", "stories", "--format", fmt, "--jobs", "1")
    assert "4242-1337" not in result.stdout
    assert "skipped stories/x.md" in result.stderr
    assert "outside the project folder" in result.stderr
    assert "996" in result.stdout  # the article inside is still scanned
    assert result.exit_code == 0


def test_item1_a_link_inside_the_project_is_read(project: Path) -> None:
    folder = project / "stories"
    folder.mkdir()
    (folder / "alias.md").symlink_to(project / "story.md")
    result = run("scan", "stories", "--format", "json", "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["findings"][0]["file"] == "stories/alias.md"


def test_item1_allow_outside_root_reads_the_link(project: Path) -> None:
    folder = project / "stories"
    folder.mkdir()
    (project.parent / "secret.md").write_text(ARTICLE, encoding="utf-8")
    (folder / "x.md").symlink_to(project.parent / "secret.md")
    result = run("scan", "stories", "--allow-outside-root", "--format", "json", "--jobs", "1")
    assert result.exit_code == 0
    assert "skipped" not in result.stderr
    assert json.loads(result.stdout)["findings"]


def test_item1_audit_skips_claims_files_linked_from_outside(project: Path) -> None:
    folder = project / "claims"
    folder.mkdir()
    outside = project.parent / "other"
    outside.mkdir()
    (outside / "a.claims.yaml").write_text("document: ../secret.md\n", encoding="utf-8")
    (folder / "a.claims.yaml").symlink_to(outside / "a.claims.yaml")
    result = run("audit", "claims", "--jobs", "1")
    assert "skipped claims/a.claims.yaml" in result.stderr
    assert "4242" not in result.output


# ----------------------------------------------------------------- data loss


@pytest.mark.parametrize(
    "args",
    [
        ("scan", "story.md", "-o", "story.md"),
        ("scan", "story.md", "--format", "jsonl", "-o", "story.md"),
        ("scan", "story.md", "--figures", "--format", "json", "-o", "story.md"),
        ("audit", "story.claims.yaml", "-o", "story.claims.yaml"),
        ("audit", "story.claims.yaml", "-o", "./story.md"),  # the article it names
        ("audit", "story.claims.yaml", "--format", "jsonl", "-o", "story.md"),
        ("init", "story.md", "-o", "story.md", "--force"),
    ],
)
def test_item5_output_over_an_input_is_refused(project: Path, args: tuple[str, ...]) -> None:
    result = run(*args, *(("--jobs", "1") if args[0] != "init" else ()))
    assert result.exit_code == 2, result.output
    assert "would overwrite" in result.stderr
    assert (project / "story.md").read_text(encoding="utf-8") == ARTICLE
    assert (project / "story.claims.yaml").read_text(encoding="utf-8") == CLAIMS


def test_item5_output_through_a_hard_link_is_refused(project: Path) -> None:
    os.link(project / "story.md", project / "report.txt")
    result = run("scan", "story.md", "-o", "report.txt", "--jobs", "1")
    assert result.exit_code == 2
    assert (project / "story.md").read_text(encoding="utf-8") == ARTICLE


@pytest.mark.parametrize("stop", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_item6_a_failed_write_keeps_the_previous_report(project: Path, stop: BaseException) -> None:
    from factcheck.cli import _write

    report = project / "report.json"
    report.write_text("previous good report\n", encoding="utf-8")

    def pieces() -> object:
        yield "the first half of a new report"
        raise stop  # the disk fills up, or the run is interrupted, half-way

    with pytest.raises((SystemExit, KeyboardInterrupt)):
        _write(report, pieces())  # type: ignore[arg-type]
    assert report.read_text(encoding="utf-8") == "previous good report\n"
    assert [p.name for p in project.iterdir() if p.name.startswith(".report")] == []


def test_item6_an_interrupted_stream_exits_130_and_leaves_no_cut_report(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(3):
        (project / f"s{i}.md").write_text(ARTICLE, encoding="utf-8")
    report = project / "report.jsonl"
    report.write_text("previous\n", encoding="utf-8")
    import factcheck.parallel

    real = factcheck.parallel.scan_file
    calls = []

    def interrupted(path: Path, **kwargs: object) -> factcheck.parallel.Outcome:
        calls.append(path)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(factcheck.parallel, "scan_file", interrupted)
    args = ["scan", "s0.md", "s1.md", "s2.md", "--format", "jsonl", "-o", "report.jsonl"]
    result = run(*args, "--jobs", "1")
    assert result.exit_code == 130
    assert "interrupted" in result.stderr
    assert "Traceback" not in result.stderr
    assert report.read_text(encoding="utf-8") == "previous\n"
    assert [p.name for p in project.iterdir() if p.name.startswith(".report")] == []


@pytest.mark.parametrize(
    ("signame", "code", "word"), [("SIGTERM", 143, "terminated"), ("SIGINT", 130, "interrupted")]
)
def test_item6_a_signal_stops_the_workers_without_tracebacks(
    project: Path, signame: str, code: int, word: str
) -> None:
    # A worker sends the signal itself, so the test needs no timing: the
    # controlling process gets it while the pool is running.
    for i in range(4):
        (project / f"s{i}.md").write_text(ARTICLE, encoding="utf-8")
    script = textwrap.dedent(
        """
        import os, signal, sys
        import factcheck.parallel as parallel
        from factcheck.cli import main
        real = parallel.scan_file
        def scan_file(path, **kwargs):
            if path.name == "s0.md":
                os.kill(os.getppid(), signal.SIGNAME)
            return real(path, **kwargs)
        parallel.scan_file = scan_file
        sys.argv = ["factcheck", "scan", "s0.md", "s1.md", "s2.md", "s3.md",
                    "--jobs", "2", "--format", "jsonl", "-o", "out.jsonl"]
        main()
        """
    ).replace("SIGNAME", signame)
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert done.returncode == code, done.stderr
    assert "Traceback" not in done.stderr
    assert "BrokenPipe" not in done.stderr
    assert word in done.stderr
    assert not (project / "out.jsonl").exists()


# ------------------------------------------------------------ hangs, memory


@pytest.mark.parametrize(
    "args",
    [
        ("scan", "/dev/zero"),
        ("scan", "/dev/zero", "--figures"),
        ("audit", "/dev/zero"),
        ("init", "/dev/zero", "-o", "zero.claims.yaml"),
    ],
)
def test_item8_devices_are_refused_at_once(project: Path, args: tuple[str, ...]) -> None:
    done = cli(*args, cwd=project)
    assert done.returncode == 2, done.stderr
    assert "not a regular file" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_item8_a_fifo_is_refused_on_the_command_line_and_as_document(project: Path) -> None:
    os.mkfifo(project / "pipe.md")
    done = cli("scan", "pipe.md", cwd=project)
    assert done.returncode == 2, done.stderr
    assert "pipe.md" in done.stderr and "not a regular file" in done.stderr
    (project / "pipe.claims.yaml").write_text(
        CLAIMS.replace("story.md", "pipe.md"), encoding="utf-8"
    )
    done = cli("audit", "pipe.claims.yaml", cwd=project)
    assert done.returncode == 2, done.stderr
    assert "pipe.claims.yaml:1:11: document 'pipe.md': not a regular file" in done.stderr


def test_item9_article_size_limit_from_option_and_settings(project: Path) -> None:
    (project / "big.md").write_text(ARTICLE * 100, encoding="utf-8")
    result = run("scan", "big.md", "--max-size", "1kB", "--jobs", "1")
    assert result.exit_code == 2
    assert "larger than 1,000 bytes" in result.stderr
    assert "--max-size" in result.stderr
    assert run("scan", "big.md", "--max-size", "1MB", "--jobs", "1").exit_code == 0
    (project / "factcheck.toml").write_text('max_size = "1kB"\n', encoding="utf-8")
    assert run("scan", "big.md", "--jobs", "1").exit_code == 2
    assert run("scan", "big.md", "--figures").exit_code == 2
    (project / "big.claims.yaml").write_text(CLAIMS.replace("story.md", "big.md"), "utf-8")
    result = run("audit", "big.claims.yaml", "--jobs", "1")
    assert result.exit_code == 2
    assert "larger than 1,000 bytes" in result.stderr
    assert run("scan", "big.md", "--max-size", "2kB", "--jobs", "1").exit_code == 2
    assert run("scan", "big.md", "--max-size", "lots").exit_code == 2


def test_item9_a_crash_in_one_file_is_that_files_error(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "bad.md").write_text(BAD_ARTICLE, encoding="utf-8")
    import factcheck.chunked

    real = factcheck.chunked.scan_in_pieces

    def explode(text: str, **kwargs: object) -> object:
        if "40%" in text:
            raise MemoryError
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(factcheck.chunked, "scan_in_pieces", explode)
    result = run("scan", "bad.md", "story.md", "--format", "json", "--jobs", "1")
    assert result.exit_code == 2
    assert "bad.md: internal error while checking this file: MemoryError" in result.stderr
    findings = json.loads(result.stdout)["findings"]
    assert {f["file"] for f in findings} == {"bad.md", "story.md"}
    assert "Traceback" not in result.stderr


def test_item9_pieces_give_the_report_of_the_whole(tmp_path: Path) -> None:
    from factcheck.chunked import figure_chunks, scan_in_pieces
    from factcheck.reports import get_renderer
    from factcheck.reports.figures import render_figures
    from factcheck.scan import scan

    paragraphs = [
        "Killings rose from 780 in 2019 to 996 in 2020, an increase of 28%.",
        "It fell on 3 May.\n\nThe 32 officers were there.",  # a date over a blank line
        "78,000\n\nS Bennett (Kent).",  # a noun from the next paragraph
        "Of the 23 people asked, 38% said yes.",
        "Sales doubled from $3.2 million to $6.4 million.",
    ]
    text = "12 May 2004\n\n" + "\n\n".join(paragraphs * 5) + "\n"
    json_report = get_renderer("json")
    whole = json_report.render(scan(text, document="a.md"))
    for size in (1, 50, 200, 10_000):
        assert json_report.render(scan_in_pieces(text, document="a.md", size=size)) == whole
        for fmt in ("json", "text"):
            pieces = "".join(figure_chunks(text, fmt, source="a.md", size=size))
            assert pieces == render_figures(text, fmt, source="a.md")


# ------------------------------------------------------------ errors, edges


@pytest.mark.parametrize(
    ("address", "problem"),
    [
        ("not a url", "names no host"),
        ("tcp://127.0.0.1", "names no port"),
        ("inproc://x", "cannot reach another process"),
        ("tcp://h:99999", "port is not a number"),
    ],
)
def test_item10_a_malformed_dask_address_is_one_line(
    project: Path, address: str, problem: str
) -> None:
    result = run("audit", "story.claims.yaml", "--dask-scheduler", address)
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr
    assert problem in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def _unreadable(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    # Permissions do not stop root, so the refusal is simulated where folders are listed.
    real = os.scandir

    def scandir(path: object = ".") -> object:
        if Path(str(path)).name == name:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)


@pytest.mark.parametrize("command", ["scan", "audit"])
def test_item12_an_unreadable_folder_is_named(
    project: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    (project / "locked").mkdir()
    _unreadable(monkeypatch, "locked")
    result = run(command, ".", "--format", "json", "--jobs", "1")
    assert result.exit_code == 2
    assert "locked: cannot read this folder" in result.stderr
    assert "no claims files found" not in result.stderr
    files = {f["file"] or f["claims_file"] for f in json.loads(result.stdout)["findings"]}
    assert "locked" in files


@pytest.mark.parametrize("fmt", ["json", "sarif", "junit", "text", "markdown"])
def test_item12_scan_lists_unreadable_files_in_every_format(project: Path, fmt: str) -> None:
    (project / "latin1.md").write_bytes("Caf\xe9 sales rose 5%.\n".encode("latin-1"))
    result = run("scan", "story.md", "latin1.md", "--format", fmt, "--jobs", "1")
    assert result.exit_code == 2
    assert "latin1.md" in result.stderr
    assert "latin1.md" in result.stdout
    assert "not UTF-8" in result.stdout


def test_item15_a_missing_document_names_the_claims_file_and_line(project: Path) -> None:
    (project / "gone.claims.yaml").write_text(
        CLAIMS.replace("story.md", "gone.md"), encoding="utf-8"
    )
    result = run("audit", "gone.claims.yaml", "--jobs", "1")
    assert result.exit_code == 2
    assert "gone.claims.yaml:1:11: document 'gone.md': file not found" in result.stderr


# ------------------------------------------------------- what reaches a person

ESCAPES = "\x1b]52;c;c2VjcmV0\x07\x1b[2J\x1b]0;pwned\x07\x9b31m\x7f"
HOSTILE = f"Killings rose from 780 in 2019 to 996 in 2020, an increase of 40% {ESCAPES}in a year.\n"


def _one_finding_report(file: str, **fields: str) -> object:
    """A report of one inconsistent finding in ``file``, with ``fields`` (message, check...)."""
    from factcheck.engine import DocumentReport, Report
    from factcheck.findings import Finding, Location, Severity, Status

    finding = Finding(
        rule="range",
        status=Status.INCONSISTENT,
        severity=Severity.ERROR,
        location=Location(file=file, line=1, column=1),
        **fields,  # type: ignore[arg-type]
    )
    return Report((DocumentReport(document=file, text="", findings=(finding,)),))


def _hostile_report() -> object:
    """A scanned article with escapes in its sentence, and a finding with them everywhere."""
    from factcheck.engine import Report
    from factcheck.scan import scan

    scanned = scan(HOSTILE, document="story.md").documents[0]
    assert any(f.status.value == "inconsistent" for f in scanned.findings)
    planted = _one_finding_report(
        f"file{ESCAPES}.md",
        message=f"message {ESCAPES}",
        check=f"range[{ESCAPES}]",
        quote=f"quote {ESCAPES}",
        reading=f"reading {ESCAPES}",
        explanation=f"arithmetic {ESCAPES}",
    )
    return Report((scanned, *planted.documents))  # type: ignore[attr-defined]


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "github", "junit"])
@pytest.mark.parametrize("color", [False, True])
def test_item2_control_characters_never_reach_a_person_raw(fmt: str, color: bool) -> None:
    from factcheck.reports import get_renderer

    out = get_renderer(fmt).render(_hostile_report(), color=color)  # type: ignore[arg-type]
    for char in "\x07\x7f\x9b":
        assert char not in out, (fmt, char)
    # The only ESC left is the colour the text report adds itself.
    assert "\x1b]" not in out and "\x1b[2J" not in out
    if fmt != "junit":  # (JUnit drops what XML cannot hold)
        assert "\\x1b]52;c;c2VjcmV0\\x07" in out  # shown, escaped


def test_item2_carets_still_sit_under_the_figure() -> None:
    from factcheck.reports import get_renderer

    out = get_renderer("text").render(_hostile_report())  # type: ignore[arg-type]
    lines = out.splitlines()
    i = next(i for i, line in enumerate(lines) if "│" in line and "40%" in line)
    text, carets = lines[i], lines[i + 1]
    assert text[carets.index("^") : carets.rindex("^") + 1] == "40%"


def test_item2_text_report_written_with_o_is_escaped(project: Path) -> None:
    (project / "story.md").write_text(HOSTILE, encoding="utf-8")
    result = run("scan", "story.md", "-o", "report.txt", "--jobs", "1")
    assert result.exit_code == 1
    written = (project / "report.txt").read_text(encoding="utf-8")
    assert "\x1b" not in written and "\x07" not in written
    assert "\\x1b[2J" in written


def test_item2_claims_file_text_is_escaped_too(project: Path) -> None:
    claims = CLAIMS.replace('rise: "28%"', 'rise: "40%"').replace(
        "checks:", '  stale: {quote: "gone\\e]0;pwned\\a 5%"}\nchecks:'
    )
    (project / "story.claims.yaml").write_text(claims, encoding="utf-8")
    (project / "story.md").write_text(BAD_ARTICLE, encoding="utf-8")
    result = run("audit", "story.claims.yaml", "--no-color", "--jobs", "1")
    assert result.exit_code == 1, result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "\\x1b]0;pwned\\x07" in result.stdout


@pytest.mark.parametrize("brk", ["\r", "\r\n", "\x0b", "\x0c", "\x85", "\u2028", "\u2029", "\x1e"])
def test_item3_markdown_treats_every_line_break_alike(brk: str) -> None:
    from factcheck.reports import get_renderer

    report = _one_finding_report(
        f"a{brk}<b>.md",
        message=f"bad{brk}<img src=x onerror=alert(1)>",
        check=f"range[a{brk}|<script>]",
    )
    out = get_renderer("markdown").render(report)  # type: ignore[arg-type]
    rows = [line for line in out.splitlines() if line.startswith("| ❌")]
    assert len(rows) == 1, out  # the row is whole: no break ended it
    assert rows[0].endswith(" |")
    assert "<img" not in out  # (in the check id and file name, code spans keep markup inert)
    assert brk not in out.replace("\n", "")


def test_item7_a_file_name_that_is_not_utf8_in_every_format(project: Path) -> None:
    from factcheck.reports.base import builtin_names

    name = os.fsdecode(b"caf\xe9.md")
    claims = os.fsdecode(b"caf\xe9.claims.yaml")
    (project / name).write_text(BAD_ARTICLE, encoding="utf-8")
    (project / "bad.md").write_text(BAD_ARTICLE, encoding="utf-8")
    (project / claims).write_text(CLAIMS.replace("story.md", "bad.md"), "utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8"}
    for fmt in builtin_names():
        for args in (("scan", name), ("audit", claims)):
            done = cli(*args, "--format", fmt, "--jobs", "1", cwd=project, env=env)
            assert done.returncode == 1, (fmt, args, done.stderr)
            assert "Traceback" not in done.stderr
            shown = ("caf\\xe9.", "caf\\\\xe9.", "caf%5Cxe9.")  # as is, in JSON, in a URI
            assert any(form in done.stdout for form in shown), (fmt, done.stdout)
            if fmt in ("json", "sarif"):
                json.loads(done.stdout)
            if fmt == "jsonl":
                [json.loads(line) for line in done.stdout.splitlines()]
        out = project / f"report.{fmt}"
        done = cli("scan", name, "--format", fmt, "-o", str(out), cwd=project, env=env)
        assert done.returncode == 1, done.stderr
        assert out.stat().st_size > 0
    done = cli("scan", name, "--figures", "--format", "json", cwd=project, env=env)
    assert json.loads(done.stdout)["file"] == "caf\\xe9.md"


@pytest.mark.parametrize(
    ("name", "uri", "base"),
    [
        ("a\\b.md", "a%5Cb.md", True),  # a backslash is part of a POSIX name
        ("sub/../x.md", "x.md", True),
        ("./sub/x.md", "sub/x.md", True),
        ("/srv/news/x.md", "file:///srv/news/x.md", False),  # absolute: no uriBaseId
    ],
)
def test_item16_sarif_uris(name: str, uri: str, base: bool) -> None:
    from factcheck.engine import DocumentReport, Report
    from factcheck.findings import Finding, Location, Status
    from factcheck.reports import get_renderer

    finding = Finding(
        rule="range", status=Status.INCONSISTENT, message="m", location=Location(line=1, column=1)
    )
    doc = DocumentReport(document=name, text="x", findings=(finding,))
    log = json.loads(get_renderer("sarif").render(Report((doc,))))
    artifact = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert artifact["artifactLocation"]["uri"] == uri
    assert ("uriBaseId" in artifact["artifactLocation"]) is base


@pytest.mark.parametrize("char", ["\x7f", "\x80", "\x84", "\x86", "\x9f", "\ufffe", "\uffff"])
def test_item13_init_drafts_load_whatever_the_quotes_hold(project: Path, char: str) -> None:
    from factcheck.claims import load

    # In a quote (the first 28% is quoted up to the next one's difference) and in the name.
    name = f"story{char}.md"
    (project / name).write_text(f"Sales 28%{char}May. Sales 28% June.\n", encoding="utf-8")
    result = run("init", name, "-o", "draft.claims.yaml")
    assert result.exit_code == 0, result.output
    draft = (project / "draft.claims.yaml").read_text(encoding="utf-8")
    assert char not in draft
    claimset = load(project / "draft.claims.yaml")
    assert claimset.document_path is not None and claimset.document_path.name == name
    assert any(char in (c.quote or "") for c in claimset.claims.values())


# ------------------------------------------------------------ reading (item 14)


@pytest.mark.parametrize("text", ["10^10^10", "2.5×10^3^2"])
def test_item14_a_power_of_a_power_is_refused_not_cut(text: str) -> None:
    from factcheck import parse_figure
    from factcheck.errors import FigureError
    from factcheck.text.scanner import find_figures

    with pytest.raises(FigureError, match="power of a power"):
        parse_figure(text)
    # The scan reads no figure there, rather than 10^10 and a stray "^10".
    assert [f.text for f in find_figures(f"It is {text} in all.")] == []


@pytest.mark.parametrize(
    ("text", "iso"), [("3000-01-01", "3000-01-01"), ("0999-12-31", "0999-12-31")]
)
def test_item14_iso_dates_of_any_four_digit_year_are_dates(text: str, iso: str) -> None:
    from factcheck import parse_figure
    from factcheck.text.scanner import find_figures

    figure = parse_figure(text)
    assert figure.kind.value == "date"
    assert figure.dates is not None and figure.dates[0].isoformat() == iso
    assert [f.text for f in find_figures(f"Due on {text}, they said.")] == [text]


@pytest.mark.parametrize("text", ["1 January 0", "0000-01-01"])
def test_item14_year_zero_is_refused_with_the_reason(text: str) -> None:
    from factcheck import parse_figure
    from factcheck.errors import InvalidDateError
    from factcheck.scan import scan

    with pytest.raises(InvalidDateError, match="there is no year 0"):
        parse_figure(text)
    findings = scan(f"It began on {text}.\n").findings
    assert [(f.rule, f.status.value) for f in findings] == [("valid_date", "inconsistent")]
    assert "no year 0" in findings[0].message
    assert "31 days" not in findings[0].message


def test_item14_day_zero_and_a_count_after_a_date() -> None:
    from factcheck.scan import scan

    (finding,) = scan("It began on January 0.\n").findings
    assert "there is no day 0" in finding.message
    # "1 January" and a count of 0 people: no date "January 0" to flag.
    assert scan("On 1 January 0 people died.\n").findings == ()


def test_item14_a_claims_file_reads_a_date_in_3000(project: Path) -> None:
    from factcheck.claims import loads

    cs = loads(
        'claims:\n  due: "3000-01-01"\n',
        article="The capsule opens on 3000-01-01.\n",
    )
    figure = cs.resolve("due").figure
    assert figure is not None and figure.kind.value == "date"


@pytest.mark.parametrize(
    ("yaml", "where", "message"),
    [
        ("published: [1, 2]", "3:12", "'published' must be text"),
        ("published: {a: 1}", "3:12", "'published' must be text"),
        ("defaults: {about_tolerance: [1]}", "3:29", "'about_tolerance' must be text"),
        ("defaults: {about_tolerance: {a: 1}}", "3:29", "'about_tolerance' must be text"),
        ("published: 2020-13-01", "3:12", "cannot read the date '2020-13-01'"),
    ],
)
def test_item15_lists_and_mappings_are_plain_messages(
    project: Path, yaml: str, where: str, message: str
) -> None:
    claims = CLAIMS.replace("claims:\n", f"{yaml}\nclaims:\n", 1)
    claims = "# a comment\n" + claims  # so that the line is not 2 by chance
    (project / "story.claims.yaml").write_text(claims, encoding="utf-8")
    result = run("audit", "story.claims.yaml", "--jobs", "1")
    assert result.exit_code == 2
    assert f"story.claims.yaml:{where}: {message}" in result.stderr, result.stderr
    assert "Node(" not in result.stderr


@pytest.mark.parametrize("value", ["[1]", "{a: 1}"])
def test_item15_severity_given_a_list_or_mapping(project: Path, value: str) -> None:
    claims = CLAIMS.replace("change: rise}", f"change: rise, severity: {value}}}")
    (project / "story.claims.yaml").write_text(claims, encoding="utf-8")
    result = run("audit", "story.claims.yaml", "--jobs", "1")
    assert result.exit_code == 2
    assert "story.claims.yaml:7:77: 'severity' must be text" in result.stderr, result.stderr
    assert "Node(" not in result.stderr


def _peak_rss(args: list[str], cwd: Path) -> int:
    """The peak resident memory, in bytes, of ``python -m factcheck ARGS`` (Linux: ru_maxrss)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", *args],
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    assert os.waitstatus_to_exitcode(status) in (0, 1)
    return usage.ru_maxrss * 1024


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss in kilobytes is Linux's")
@pytest.mark.parametrize("figures", [False, True])
def test_item9_memory_per_byte_of_article_stays_under_20(tmp_path: Path, figures: bool) -> None:
    # The example article, repeated to 3 MB: the whole-article scan took 75-85
    # bytes of memory per byte of text here; by pieces it takes 2-3.
    example = Path(__file__).parent.parent / "examples" / "afghanistan" / "article.md"
    paragraph = example.read_text(encoding="utf-8").strip() + "\n\n"
    big = tmp_path / "big.md"
    big.write_text(paragraph * (3_000_000 // len(paragraph)), encoding="utf-8")
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    extra = ["--figures"] if figures else ["-j", "1"]
    peaks = [
        _peak_rss(["scan", str(path), *extra, "--format", "json", "-o", "out.json"], tmp_path)
        for path in (empty, big)
    ]
    per_byte = (peaks[1] - peaks[0]) / big.stat().st_size
    assert per_byte < 20, per_byte


def test_item7_init_refuses_an_article_name_that_is_not_utf8(project: Path) -> None:
    name = os.fsdecode(b"caf\xe9.md")
    (project / name).write_text(ARTICLE, encoding="utf-8")
    result = run("init", name)
    assert result.exit_code == 2
    assert "caf\\xe9.md: a claims file cannot name this article" in result.stderr
    assert not (project / os.fsdecode(b"caf\xe9.claims.yaml")).exists()


def test_item9_pieces_leave_out_links_across_the_article(monkeypatch: pytest.MonkeyPatch) -> None:
    # A scanner that ties a headline to "the one" matching figure far below
    # rests on the whole article; a piece cannot judge that, so such a
    # finding is left out when (and only when) the text is read in pieces.
    import factcheck.scan as relations
    from factcheck.chunked import scan_in_pieces
    from factcheck.engine import DocumentReport, Report
    from factcheck.findings import Finding, Location, Status

    def scan(text: str, **_: object) -> Report:
        at = text.find("Sales")  # the "headline": the first one in the text
        far = Finding(
            rule="compatible",
            status=Status.INCONSISTENT,
            message="headline and body",
            location=Location(start=at, end=at + 5),
            extra={"spans": {"a": [at, at + 5], "b": [len(text) - 1, len(text)]}},
        )
        found = (far,) if at >= 0 else ()
        return Report((DocumentReport(document=None, text=text, findings=found),))

    monkeypatch.setattr(relations, "scan", scan)
    text = ("Sales rose 5%.\n\n" + "x " * 3000 + "\n\n") * 3
    assert len(scan_in_pieces(text, size=len(text)).findings) == 1  # one piece: as it is
    assert scan_in_pieces(text, size=100).findings == ()
