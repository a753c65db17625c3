"""Claims files: loading, validation with positions, quote anchoring, the Python API."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.claims import ClaimSet, load, loads
from factcheck.engine import check_claimset
from factcheck.errors import ClaimsFileError, DocumentError, RuleError
from factcheck.text.dateline import dateline

ARTICLE = (
    "Thursday, March 23, 2023\n\n"
    "Targeted killings rose from 780 in 2019 to 996 in 2020, an increase of 28%.\n"
    "The deal allowed up to 5,000 prisoners; more than 5,000 were freed.\n"
)

GOOD = """\
document: story.md
claims:
  killings_2019: {quote: "from 780 in 2019", figure: "780"}
  killings_2020: {quote: "to 996 in 2020", figure: "996"}
  killings_rise: "28%"
  allowed: {quote: "up to 5,000"}
  freed: {quote: "more than 5,000"}
checks:
  - rule: percent_change
    from: killings_2019
    to: killings_2020
    change: killings_rise
  - rule: compatible
    a: freed
    b: allowed
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'news'\n")
    (tmp_path / "story.md").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def write_claims(project: Path, text: str, name: str = "story.claims.yaml") -> Path:
    path = project / name
    path.write_text(text, encoding="utf-8")
    return path


def test_load_and_check(project: Path) -> None:
    cs = load(write_claims(project, GOOD))
    assert cs.published == dt.date(2023, 3, 23)
    assert [c.id for c in cs.checks] == [
        "percent_change[killings_2019->killings_2020->killings_rise]",
        "compatible[freed->allowed]",
    ]
    report = check_claimset(cs)
    by_rule = {f.rule: f for f in report.findings}
    assert by_rule["percent_change"].status.value == "consistent"
    assert by_rule["compatible"].status.value == "inconsistent"
    assert not report.ok


def test_findings_point_at_the_figure(project: Path) -> None:
    report = check_claimset(load(write_claims(project, GOOD)))
    finding = next(f for f in report.findings if f.rule == "percent_change")
    loc = finding.location
    assert loc.start is not None and loc.end is not None
    assert ARTICLE[loc.start : loc.end] in {"780", "996", "28%"}
    line_start = ARTICLE.rfind("\n", 0, loc.start) + 1
    assert loc.line == ARTICLE.count("\n", 0, loc.start) + 1
    assert loc.column == loc.start - line_start + 1
    assert loc.claims_line is not None


def test_stale_quote_is_a_finding_not_an_old_number(project: Path) -> None:
    (project / "story.md").write_text(ARTICLE.replace("996", "969"), encoding="utf-8")
    report = check_claimset(load(write_claims(project, GOOD)))
    stale = [f for f in report.findings if f.rule == "quote"]
    assert len(stale) == 1
    assert "no longer appears" in stale[0].message
    assert stale[0].severity.value == "error"
    dependent = next(f for f in report.findings if f.rule == "percent_change")
    assert dependent.status.value == "undetermined"
    assert "killings_2020" in dependent.message


def test_every_problem_is_reported_at_once_with_positions(project: Path) -> None:
    bad = (
        GOOD.replace('killings_rise: "28%"', 'killings_rise: {qoute: "28%"}')
        .replace("to: killings_2020", "to: killings_202")
        .replace("rule: compatible", "rule: compatibel")
    )
    with pytest.raises(ClaimsFileError) as info:
        load(write_claims(project, bad))
    messages = info.value.report().splitlines()
    assert len(messages) == 4, messages
    assert all(m.startswith(str(project / "story.claims.yaml") + ":") for m in messages)
    text = "\n".join(messages)
    assert "unknown key 'qoute'" in text and "did you mean 'quote'?" in text
    assert "neither 'quote' nor 'value'" in text
    assert (
        "'killings_202', which is not defined" in text and "did you mean 'killings_2020'?" in text
    )
    assert "unknown rule 'compatibel'" in text and "did you mean 'compatible'?" in text
    first = info.value.problems[0]
    assert (first.line, first.column) == (5, 18)


def test_unreadable_figure_is_a_load_error(project: Path) -> None:
    bad = GOOD.replace('killings_rise: "28%"', 'killings_rise: {value: "lots", source: "x"}')
    with pytest.raises(ClaimsFileError, match="killings_rise") as info:
        load(write_claims(project, bad))
    assert info.value.line == 5


def test_value_needs_a_source(project: Path) -> None:
    bad = GOOD.replace('killings_rise: "28%"', 'killings_rise: {value: "28%"}')
    with pytest.raises(ClaimsFileError, match="without a 'source'"):
        load(write_claims(project, bad))


def test_ambiguous_quote_and_occurrence(project: Path) -> None:
    text = GOOD.replace('freed: {quote: "more than 5,000"}', 'freed: {quote: "5,000"}')
    report = check_claimset(load(write_claims(project, text)))
    assert any("appears 2 times" in f.message for f in report.findings)
    fixed = GOOD.replace(
        'freed: {quote: "more than 5,000"}', 'freed: {quote: "5,000", occurrence: 2}'
    )
    cs = load(write_claims(project, fixed))
    resolved = cs.resolve("freed")
    assert resolved.ok and resolved.start == ARTICLE.rindex("5,000")


def test_document_outside_the_project_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "secret.md"
    outside.write_text("1 + 1", encoding="utf-8")
    project = tmp_path / "proj"
    project.mkdir()
    (project / "pyproject.toml").write_text("")
    path = write_claims(project, "document: ../secret.md\nclaims: {}\n")
    with pytest.raises(DocumentError, match="outside the project") as info:
        load(path)
    assert info.value.line == 1
    assert load(path, allow_outside_root=True).text == "1 + 1"


def test_document_that_is_not_utf8(project: Path) -> None:
    (project / "story.md").write_bytes(b"caf\xe9 780\n")
    with pytest.raises(DocumentError, match="offset 3"):
        load(write_claims(project, GOOD))


def test_missing_document(project: Path) -> None:
    with pytest.raises(DocumentError, match="file not found"):
        load(write_claims(project, GOOD.replace("story.md", "nope.md")))


def test_missing_claims_file(tmp_path: Path) -> None:
    with pytest.raises(ClaimsFileError, match="file not found"):
        load(tmp_path / "none.claims.yaml")


def test_not_a_mapping() -> None:
    with pytest.raises(ClaimsFileError, match="must be a mapping"):
        loads("- a\n- b\n", article="x")


def test_tolerance_and_published_are_read() -> None:
    cs = loads(
        "published: 2021-06-01\ndefaults: {about_tolerance: 5%}\nclaims: {}\n", article="text"
    )
    assert cs.published == dt.date(2021, 6, 1)
    assert cs.about_tolerance == pytest.approx(0.05)


def test_bad_tolerance_and_date() -> None:
    with pytest.raises(ClaimsFileError) as info:
        loads("published: 23/03/2023\ndefaults: {about_tolerance: 150%}\nclaims: {}\n", article="t")
    assert len(info.value.problems) == 2


def test_python_api_builds_the_same_checks() -> None:
    cs = ClaimSet.from_text(ARTICLE)
    cs.quote("before", "from 780 in 2019", figure="780").quote("after", "996").quote("rise", "28%")
    cs.add_check("percent_change", from_="before", to="after", change="rise")
    (finding,) = check_claimset(cs).findings
    assert finding.status.value == "consistent"
    with pytest.raises(RuleError, match="no role 'chnage'"):
        cs.add_check("percent_change", {"from": "before", "chnage": "rise"})
    with pytest.raises(RuleError, match="not defined"):
        cs.add_check("percent_change", {"from": "before", "to": "missing", "change": "rise"})


def test_dateline() -> None:
    assert dateline("Thursday, March 23, 2023\n\nText") == dt.date(2023, 3, 23)
    assert dateline("**23 March 2023**\nText") == dt.date(2023, 3, 23)
    assert dateline("Killings rose 28% in 2020.") is None
    assert dateline("") is None


# --- regressions found by fuzzing (issue 7) ---------------------------------


@pytest.mark.parametrize(("written", "ok"), [("0x1", True), ("1_0", True), ("1:30", False)])
def test_occurrence_in_any_yaml_int_spelling(written: str, ok: bool) -> None:
    # int() of the text as written raised ValueError for 0x1 and 1:30.
    text = f'claims:\n  a: {{quote: "5,000", occurrence: {written}}}\n'
    if ok:
        assert loads(text, article=ARTICLE).claims["a"].occurrence is not None
    else:
        with pytest.raises(ClaimsFileError, match="'occurrence' must be a whole number"):
            loads(text, article=ARTICLE)


def test_a_tolerance_with_a_huge_exponent_is_refused_at_once() -> None:
    # Fraction("1e99999999") hung the loader.
    text = "defaults: {about_tolerance: 1e99999999}\nclaims: {a: '28%'}\n"
    with pytest.raises(ClaimsFileError, match="cannot read tolerance '1e99999999'"):
        loads(text, article=ARTICLE)


@pytest.mark.parametrize(
    ("options", "hint"),
    [
        ("{max_n: lots}", "a whole number"),
        ("{max_n: true}", "a whole number"),
        ("{max_n: 1.5}", "a whole number"),
    ],
)
def test_option_values_must_have_the_defaults_type(options: str, hint: str) -> None:
    # A rule used `int(options["max_n"])` and `for item in options["items"]`
    # unchecked: ValueError and TypeError out of check().
    text = (
        "claims: {n: '780', s: '28%'}\n"
        f"checks:\n  - {{rule: percent_of_n, n: n, share: s, options: {options}}}\n"
    )
    with pytest.raises(ClaimsFileError, match="option 'max_n' cannot be") as info:
        loads(text, article=ARTICLE)
    assert hint in (info.value.hint or "")


def test_items_must_be_a_list() -> None:
    text = (
        "claims: {n: 'up to 5,000'}\n"
        "checks:\n  - {rule: count_items, count: n, options: {items: 5}}\n"
    )
    with pytest.raises(ClaimsFileError, match="option 'items' cannot be 5"):
        loads(text, article=ARTICLE)


def test_a_backwards_range_in_a_quote_is_reported_as_such() -> None:
    # The scanner's reading ("the quote holds 2 figures") hid the real problem.
    with pytest.raises(ClaimsFileError, match="range runs backwards: 'between 100 and 50'"):
        loads("claims: {a: 'between 100 and 50'}\n", article="It was between 100 and 50 people.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bank holds rates\n\nPublished: Monday 3 June 2025\n\nText.", dt.date(2025, 6, 3)),
        ("Bank holds rates\n\nLONDON, 3 June 2025\n\nText.", dt.date(2025, 6, 3)),
        ("Bank holds rates\n\nBy Ann Lee, 3 June 2025\n\nText.", dt.date(2025, 6, 3)),
        # a date in the headline tells an event; the dateline under it wins
        ("Remembering 6 June 1944\n\nPublished: 6 June 2025\n\nText.", dt.date(2025, 6, 6)),
        # a bare date under a headline may be the event's ("The night the Wall fell")
        ("The night the Wall fell\n\n9 November 1989\n\nText.", None),
        # a sentence on the first line holds an event's date
        ("On 3 March 2020, lockdown began.\n\nText.", None),
        # prose under the headline, though it holds a date
        ("Bank holds rates at 5%\n\nThe bank held rates on 14 March 2025.", None),
        # a date further down is the story's, not the article's
        ("Bank holds rates\n\nThe bank held rates.\n\n14 March 2025", None),
    ],
)
def test_a_dateline_under_the_headline(text: str, expected: dt.date | None) -> None:
    assert dateline(text) == expected
