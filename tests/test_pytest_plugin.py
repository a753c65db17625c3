"""The pytest plugin, driven through pytester as a newsroom's CI would run it."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    """Run pytest in a subprocess, as CI does.

    In-process runs share sys.modules with this session, and some installed
    pytest plugins leave importlib.metadata unable to find any package after
    pytester restores its snapshot; a subprocess is immune to that.
    """
    return pytester.runpytest_subprocess("-p", "no:cacheprovider", *args)


ARTICLE = (
    "Targeted killings rose from 780 in 2019 to 996 in 2020, an increase of 28%.\n"
    "The deal allowed up to 5,000 prisoners; more than 5,000 were freed.\n"
)

CLAIMS = """\
document: story.md
claims:
  before: {quote: "from 780 in 2019", figure: "780"}
  after: {quote: "to 996 in 2020", figure: "996"}
  rise: "28%"
  allowed: {quote: "up to 5,000"}
  freed: {quote: "more than 5,000"}
checks:
  - rule: percent_change
    from: before
    to: after
    change: rise
  - rule: compatible
    a: freed
    b: allowed
"""


def write_claims(pytester: pytest.Pytester, text: str) -> None:
    # makefile() would drop the ".claims" part of the name.
    (pytester.path / "story.claims.yaml").write_text(text, encoding="utf-8")


@pytest.fixture
def newsroom(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makefile(".md", story=ARTICLE)
    write_claims(pytester, CLAIMS)
    pytester.makeini("[pytest]\n")
    return pytester


def test_one_item_per_check_and_failures_explained(newsroom: pytest.Pytester) -> None:
    result = run(newsroom, "-v")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*story.claims.yaml::percent_change[[]before->after->rise[]] PASSED*",
            "*story.claims.yaml::compatible[[]freed->allowed[]] FAILED*",
        ]
    )
    out = result.stdout.str()
    assert "more than 5,000" in out and "^" in out
    assert "Traceback" not in out and "factcheck/engine.py" not in out


def test_k_selects_checks(newsroom: pytest.Pytester) -> None:
    result = run(newsroom, "-k", "percent_change")
    result.assert_outcomes(passed=1, deselected=1)


def test_editing_a_figure_fails_one_more_item(newsroom: pytest.Pytester) -> None:
    newsroom.makefile(".md", story=ARTICLE.replace("996", "969"))
    write_claims(
        newsroom,
        CLAIMS.replace("to 996 in 2020", "to 969 in 2020").replace(
            'figure: "996"', 'figure: "969"'
        ),
    )
    result = run(newsroom)
    result.assert_outcomes(failed=2)


def test_stale_quote_fails_the_build(newsroom: pytest.Pytester) -> None:
    newsroom.makefile(".md", story=ARTICLE.replace("996", "969"))
    result = run(newsroom, "-v")
    result.stdout.fnmatch_lines(["*::quote[[]after[]] FAILED*"])
    assert "no longer appears" in result.stdout.str()


def test_warning_passes_unless_asked(newsroom: pytest.Pytester) -> None:
    write_claims(newsroom, CLAIMS.replace("b: allowed", "b: allowed\n    severity: warning"))
    result = run(newsroom, "-W", "default")
    result.assert_outcomes(passed=2, warnings=1)
    strict = run(newsroom, "--factcheck-fail-on=warning")
    strict.assert_outcomes(passed=1, failed=1)


def test_skip_and_xfail(newsroom: pytest.Pytester) -> None:
    text = CLAIMS.replace(
        "b: allowed", "b: allowed\n    xfail: known tension, see issue 12"
    ).replace("change: rise", "change: rise\n    skip: not today")
    write_claims(newsroom, text)
    result = run(newsroom, "-rsx")
    result.assert_outcomes(skipped=1, xfailed=1)
    result.stdout.fnmatch_lines(["*not today*", "*known tension*"])


def test_broken_claims_file_is_a_collection_error(newsroom: pytest.Pytester) -> None:
    write_claims(newsroom, CLAIMS.replace("rule: compatible", "rule: nope"))
    result = run(newsroom)
    result.assert_outcomes(errors=1)
    out = result.stdout.str()
    assert "story.claims.yaml:13:" in out and "unknown rule 'nope'" in out
    assert "Traceback" not in out


def test_report_file(newsroom: pytest.Pytester) -> None:
    result = run(newsroom, "--factcheck-report=out.json", "--factcheck-format=json")
    result.assert_outcomes(passed=1, failed=1)
    import json

    data = json.loads((newsroom.path / "out.json").read_text(encoding="utf-8"))
    assert {f["status"] for f in data["findings"]} == {"consistent", "inconsistent"}


def test_xdist(newsroom: pytest.Pytester) -> None:
    result = run(newsroom, "-n", "2", "--factcheck-report=out.md", "--factcheck-format=markdown")
    result.assert_outcomes(passed=1, failed=1)
    assert "compatible" in (newsroom.path / "out.md").read_text(encoding="utf-8")


def test_junitxml_carries_the_location(newsroom: pytest.Pytester) -> None:
    run(newsroom, "--junitxml=junit.xml", "-o", "junit_family=xunit2")
    xml = (newsroom.path / "junit.xml").read_text(encoding="utf-8")
    assert "story.md:2:" in xml


def test_fixture_for_checks_in_python(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        def test_rise(factcheck):
            factcheck.check("percent_change", from_="780", to="996", change="28%")

        def test_wrong(factcheck):
            factcheck.check("percent_change", from_="780", to="996", change="38%")
        """
    )
    result = run(pytester)
    result.assert_outcomes(passed=1, failed=1)
    assert "38%" in result.stdout.str()


def test_example_fails_in_one_more_place_after_an_edit(pytester: pytest.Pytester) -> None:
    from pathlib import Path

    example = Path(__file__).resolve().parents[1] / "examples" / "afghanistan"
    article = (example / "article.md").read_text(encoding="utf-8")
    (pytester.path / "article.md").write_text(article, encoding="utf-8")
    (pytester.path / "article.claims.yaml").write_text(
        (example / "article.claims.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    before = run(pytester).parseoutcomes().get("failed", 0)
    (pytester.path / "article.md").write_text(article.replace("996", "969"), encoding="utf-8")
    after = run(pytester).parseoutcomes().get("failed", 0)
    # the stale claim, and the check that uses it (it checks nothing: no pass)
    assert (before, after) == (1, 3)


def test_a_check_on_a_stale_claim_fails_with_one_line(
    newsroom: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # the summary line whole
    newsroom.makefile(".md", story=ARTICLE.replace("996", "969"))
    result = run(newsroom, "-v", "-rA")
    result.assert_outcomes(failed=3)  # quote[after], the check on it, and compatible
    result.stdout.fnmatch_lines(["*percent_change[[]before->after->rise[]] FAILED*"])
    out = result.stdout.str()
    assert "factcheck: not checked: claim 'after' could not be read from the article" in out
    assert "Traceback" not in out and "pytest_plugin.py" not in out
    summary = out[out.index("short test summary") :]
    line = next(x for x in summary.splitlines() if "percent_change" in x)
    assert line.startswith("FAILED") and "not checked" in line


def test_a_check_on_a_stale_claim_can_be_skipped(newsroom: pytest.Pytester) -> None:
    newsroom.makefile(".md", story=ARTICLE.replace("996", "969"))
    result = run(newsroom, "--factcheck-stale=skip", "-rs")
    result.assert_outcomes(failed=2, skipped=1)
    result.stdout.fnmatch_lines(["SKIPPED*story.claims.yaml*not checked: claim 'after'*"])
    assert "pytest_plugin.py" not in result.stdout.str()
    newsroom.makeini("[pytest]\nfactcheck_stale = skip\n")
    result = run(newsroom)
    result.assert_outcomes(failed=2, skipped=1)


def test_document_is_bounded_by_the_project_not_the_rootdir(pytester: pytest.Pytester) -> None:
    # Issue 12, item 4: the CLI's rule (nearest .git or pyproject.toml), whatever --rootdir says.
    (pytester.path / "private.md").write_text("The token is 4242.\n", encoding="utf-8")
    project = pytester.path / "proj"
    project.mkdir()
    (project / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    (project / "story.claims.yaml").write_text(
        'document: ../private.md\nclaims:\n  token: "4242"\n', encoding="utf-8"
    )
    result = run(pytester, "--rootdir=/", "proj", "-q")
    result.stdout.fnmatch_lines(["*lies outside the project folder*"])
    assert result.ret != 0
    result.assert_outcomes(errors=1)


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ("--factcheck-format=nosuch", "*--factcheck-format: unknown report format 'nosuch'*"),
        ("--factcheck-report=nope/r.json", "*--factcheck-report nope/r.json: the folder*"),
    ],
)
def test_bad_report_options_stop_the_run_before_any_test(
    newsroom: pytest.Pytester, option: str, message: str
) -> None:
    # Issue 12, item 11: noticed at configure time, not after every test ran.
    result = run(newsroom, option)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([message])
    assert "Traceback" not in result.stderr.str()
    assert "passed" not in result.stdout.str() and "failed" not in result.stdout.str()
