"""The relation detector and ``scan``: each pattern, consistent and inconsistent, and silence."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.drafts import draft_claims
from factcheck.engine import check_claimset
from factcheck.figures import Figure
from factcheck.findings import Status
from factcheck.scan import Relation, detect, scan, sentences

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "examples" / "afghanistan" / "article.md"


def found(text: str, published: dt.date | None = None) -> list[tuple[str, str, str]]:
    """(rule, status, flagged text) of every finding, in text order."""
    report = scan(text, published=published)
    return [(f.rule, f.status.value, f.quote) for f in report.findings]


CASES = yaml.safe_load((ROOT / "tests" / "data" / "relation_cases.yaml").read_text("utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_pattern(case: dict[str, str]) -> None:
    assert found(case["text"]) == [(case["rule"], case["status"], case["flagged"])]


PUBLISHED = dt.date(2024, 5, 14)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The bridge opened in 1994, 30 years ago.", "consistent"),
        ("The tunnel, finished in 2009, 12 years ago, cost £48 million.", "inconsistent"),
        # a hedged span is time gone by: 1994 to May 2024 is 29.4 to 30.4 years
        ("The bridge opened in 1994, almost 30 years ago.", "consistent"),
        ("The bridge opened in 1994, more than 30 years ago.", "consistent"),
        ("The bridge opened in 1994, almost 25 years ago.", "inconsistent"),
    ],
)
def test_years_ago_against_the_publication_date(sentence: str, status: str) -> None:
    assert [(r, s) for r, s, _ in found(sentence, PUBLISHED)] == [("elapsed", status)]
    assert found(sentence) == []  # without a date, "ago" is not checked


def test_anniversary_marked_this_year() -> None:
    sentence = "This year marks the 50th anniversary of the 1974 flood."
    assert found(sentence, PUBLISHED) == [("anniversary", "consistent", "50th")]
    assert found(sentence, dt.date(2023, 1, 1)) == [("anniversary", "inconsistent", "50th")]


def test_dateline_is_the_publication_date() -> None:
    text = "Tuesday, 14 May 2024\n\nThe bridge opened in 1994, 30 years ago."
    assert found(text) == [
        ("weekday", "consistent", "Tuesday, 14 May 2024"),
        ("elapsed", "consistent", "30 years"),
    ]
    # an explicit date wins over the dateline
    assert found(text, dt.date(2030, 1, 1))[1] == ("elapsed", "inconsistent", "30 years")


@pytest.mark.parametrize(
    "sentence",
    [
        # no stated change, or a change of something else
        "Prices went from $3 to $4 and rents fell 5%.",
        # a range, not a change
        "Prices range from $370,000 to $5.5 million, about 12% more than last year's homes.",
        # a share of a subgroup
        "Of the 23 people asked, 38% of women said yes.",
        "38% of the 23 member states' budget goes on farming.",
        # hedged or large counts are not tested for granularity
        "Of the 23,000 people asked, 38% said yes.",
        "About 38% of the 23 people asked said yes.",
        # parts whose nouns differ from the total's, or that are not a list
        "Of the 500 employees, 200 work in Paris, which has 2,000,000 inhabitants.",
        # phone numbers, times, addresses, scores, ages, pages
        "Call 555-0134 between 8:30 and 17:00 at 40 Harbour Street, page 12.",
        "United beat Rovers 3-1, their 5th win; Carter, 31, scored twice in 20 minutes.",
        # dates that exist, weekdays without a year
        "It was signed on 29 February 2020 and reviewed on Friday 10 May.",
    ],
)
def test_silence(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Two of the 5 founders have left.",
        # 45 is no part of the 17 (no list), but 2 of the 5 founders is
        "Of the 17 board members, 45 are said to be rich and 2 of the 5 founders left.",
    ],
)
def test_k_of_the_n_things_is_the_only_relation(sentence: str) -> None:
    assert found(sentence) == [("sum_at_most", "consistent", "5")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales rose from $10 million to $12 million, while costs climbed 30%.",
        "Class sizes grew from 26.1 to 27.4 pupils.",
    ],
)
def test_a_move_without_a_stated_change_checks_its_direction_only(sentence: str) -> None:
    assert [(rule, status) for rule, status, _ in found(sentence)] == [("direction", "consistent")]


def test_example_article_flags_its_one_real_tension_and_nothing_else() -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    findings = scan(text, document="article.md").findings
    # "up to 5,000" prisoners under the deal, "more than 5,000" released: no
    # value satisfies both (the tension the claims file's audit flags too)
    failed = [(f.rule, f.extra["figures"]) for f in findings if f.failed]
    assert failed == [("compatible", {"a": "more than 5,000", "b": "up to 5,000"})]
    by_quote = {(f.rule, f.quote): f for f in findings}
    rise = by_quote["percent_change", "28%"]
    assert rise.status is Status.CONSISTENT
    assert rise.extra["figures"] == {"change": "28%", "from": "780", "to": "996"}
    quarter = by_quote["percent_change", "61%"]
    assert quarter.status is Status.UNDETERMINED
    assert "4,444–4,471" in quarter.implied[0].text
    assert by_quote["weekday", "Thursday, March 23, 2023"].status is Status.CONSISTENT


def test_findings_carry_the_output_contract() -> None:
    text = "Intro.\n\nKillings rose from 780 to 996, an increase of 30%."
    report = scan(text, document="story.md")
    (finding,) = report.findings
    loc = finding.location
    assert (loc.file, loc.line, loc.column) == ("story.md", 3, 47)
    assert loc.start is not None
    assert text[loc.start : loc.end] == finding.quote == "30%"
    assert finding.stated and finding.recomputed
    assert finding.check == "percent_change@3:47"
    assert not report.ok
    assert report.documents[0].checks == 1


def test_detect_returns_relations() -> None:
    text = "Sales rose 5% to $3.2 million. Of the 34 provinces, 11 and 19 are run by councils."
    relations = detect(text)
    assert [r.rule for r in relations] == ["percent_change", "sum_at_most"]
    first = relations[0]
    assert isinstance(first, Relation)
    assert text[first.span[0] : first.span[1]] == "Sales rose 5% to $3.2 million."
    assert isinstance(first.roles["change"], Figure)
    assert [f.text for f in relations[1].figures()] == ["11", "19", "34"]
    assert detect("") == []


def test_sentences() -> None:
    text = "Dr. Smith earned $1.5 million. The U.S. Army paid. Next?\n\n# Heading\nA line"
    assert [text[a:b] for a, b in sentences(text)] == [
        "Dr. Smith earned $1.5 million.",
        "The U.S. Army paid.",
        "Next?",
        "# Heading",
        "A line",
    ]


def test_init_prefills_the_detected_checks() -> None:
    text = (
        "Killings rose from 780 to 996, an increase of 28%. Car thefts fell from 2,950 to "
        "2,360, a cut of 25%. The deal was signed on 29 February 2023."
    )
    draft = draft_claims(text, document="story.md")
    checks = draft[draft.index("checks:") :]
    assert "- rule: percent_change" in checks
    assert checks.count("- rule:") == 2
    assert 'quote: "cut of 25%"' in draft  # the claim keeps the direction of the change
    assert "not drafted: valid_date" in draft
    from factcheck.claims import loads

    claimset = loads(draft, article=text)
    statuses = sorted(f.status.value for f in check_claimset(claimset).findings)
    assert statuses == ["consistent", "inconsistent"]


def _cpu(func: object, arg: str) -> float:
    assert callable(func)
    best = float("inf")
    for _ in range(3):
        began = time.process_time()
        func(arg)
        best = min(best, time.process_time() - began)
    return best


@pytest.mark.parametrize(
    "unit",
    [
        "1,2,3,4,5,6,7,8,9,0,",
        "9" * 50 + " ",
        "1 000 000 000 ",
        "more than about nearly up to ",
        "between 5 and from 6 to 7 - 8 – 9 ",
        "rose 5% from 6 to 7, a rise of 8%, ",
        "Of the 5, 6 and 7 and 8, ",
        "12:30 555-0134 3-1 ",
    ],
)
def test_scan_time_grows_linearly(unit: str) -> None:
    # No pattern may backtrack: four times the text takes well under ten times as long.
    small = unit * 250
    large = unit * 1000
    assert _cpu(scan, large) < 10 * max(_cpu(scan, small), 0.002)


_PIECES = st.sampled_from(
    ["1", "23", "4,567", ",", " ", "  ", ".", "-", "%", "more than ", "about ", "up to ",
     "nearly ", "between ", "and ", "from ", "to ", "rose ", "of the ", "million "]
)  # fmt: skip


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, min_size=3, max_size=12).map("".join))
def test_scan_stays_linear_on_any_run(unit: str) -> None:
    small = unit * 200
    large = unit * 800
    assert _cpu(scan, large) < 10 * max(_cpu(scan, small), 0.002)


@pytest.mark.parametrize(
    "sentence",
    [
        # A fraction word describes a part; it is not one of the parts.
        "Of the 12 council seats, 9 went to Labour, three-quarters of the total, "
        "and 3 to the Greens.",
        "Of the 40 schools, 30 are in the city, two-thirds of them primaries, "
        "and 10 in rural areas.",
        "Of the 20 members, 15, or three-quarters, voted yes, and 5 voted no.",
        # An anniversary placed at another time than the day of publication.
        "Next year marks the 50th anniversary of the 1975 flood.",
        "The town will celebrate the 100th anniversary of its 1925 charter in 2025.",
        # "up from 24" is about the goals, not the matches they were scored in
        "The striker scored 30 goals in 38 matches this season, up from 24 last season, "
        "a 25% rise.",
        # the clauses have verbs of their own: no gapped change to fill in
        "Costs were down 3%, and revenue was boosted by 5% to $105 million from $100 million.",
        "Imports fell 3%, and exports were driven by 6% to $53 billion from $50 billion.",
    ],
)
def test_no_false_alarm(sentence: str) -> None:
    assert [f for f in found(sentence, PUBLISHED) if f[1] == "inconsistent"] == []


def test_no_module_of_the_scan_binds_a_name_twice() -> None:
    # The scan's modules hold many patterns; a second pattern of the same name would
    # silently replace the first for every shape that reads it.
    import ast

    for path in sorted((ROOT / "src" / "factcheck" / "scan").glob("*.py")):
        names: list[str] = []
        for node in ast.parse(path.read_text("utf-8")).body:
            if isinstance(node, ast.Assign):
                names += [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names.append(node.target.id)
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names.append(node.name)
        twice = sorted({n for n in names if names.count(n) > 1} - {"__all__"})
        assert not twice, f"{path.name} binds {twice} twice"


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        # three days before: dated in the year of publication, and checked
        (dt.date(2005, 3, 8), [("weekday", "inconsistent", "Tuesday 11 March")]),
        # nine months before: the day may be of the next year, so it is not checked
        (dt.date(2005, 12, 8), []),
        (None, []),
    ],
)
def test_a_weekday_without_a_year_is_checked_near_its_publication(
    published: dt.date | None, expected: list[tuple[str, str, str]]
) -> None:
    text = "The talks will be held on Tuesday 11 March, the minister said."
    assert found(text, published) == expected
    right = "The talks will be held on Friday 11 March, the minister said."
    assert [s for _, s, _ in found(right, published)] == ["consistent"] * len(expected)


@pytest.mark.parametrize(
    "text",
    [
        # another year told in the sentence
        "A year ago, on Thursday 11 March, bombs killed 191 people.",
        "Last year's final, played on Saturday 22 May, was a draw.",
        # a day still to come in the year of publication, told as past: last year's
        "Bombs killed 191 people on Thursday 11 March.",
    ],
)
def test_a_weekday_of_another_year_is_not_checked(text: str) -> None:
    assert found(text, dt.date(2005, 3, 8)) == []


def test_a_weekday_past_in_the_year_of_publication_is_checked() -> None:
    text = "The deal was signed on Tuesday 4 March."
    assert found(text, dt.date(2005, 3, 8)) == [("weekday", "inconsistent", "Tuesday 4 March")]


def test_a_list_closed_by_and_is_no_part_of_the_next_clause() -> None:
    # "eight Kenyans and six Ethiopians" is the list; "25 finished" another count
    text = "The race had 30 starters, among them eight Kenyans and six Ethiopians, and 25 finished."
    assert all(status == "consistent" for _, status, _ in found(text))


def test_a_runner_up_is_no_comparison() -> None:
    # "runner-up on 66m": no "up on" there
    assert found("She threw 68.5m, 2.5m clear of the runner-up on 66m.") == []


def test_a_weekday_range_to_come_is_checked() -> None:
    # "from … to …" is inside the range figure: it still tells a time to come
    text = "The festival runs from Saturday 7 October to Sunday 16 October."
    assert found(text, dt.date(2005, 9, 30)) == [
        ("weekday", "inconsistent", "Saturday 7 October"),
        ("weekday", "consistent", "Sunday 16 October"),
    ]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Of the 350 MPs, 11, or 3%, rebelled.", "consistent"),
        ("11 of the 350 Conservative MPs, or 5%, rebelled.", "inconsistent"),
    ],
)
def test_shares_of_named_groups(text: str, status: str) -> None:
    assert [s for _, s, _ in found(text)] == [status]


@pytest.mark.parametrize(
    "text",
    [
        "The council has set out its spending plans:\n-£2m for parks, up from £1m last year;\n"
        "-£5m for roads, down from £6m.",
        "The budget will spend £3bn in all:\n-£2bn for schools\n-£1bn for roads",
    ],
)
def test_a_dash_that_opens_a_line_is_a_bullet(text: str) -> None:
    assert all(status == "consistent" for _, status, _ in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Tourists returned from Spain on Friday 12 March.",
        "The match was called off due to rain on Friday 12 March.",
    ],
)
def test_a_day_to_come_told_as_past_is_not_checked(text: str) -> None:
    assert found(text, dt.date(2005, 3, 8)) == []


def test_a_weekday_of_last_year_before_publication_is_not_checked() -> None:
    # 2 March 2004 was a Tuesday, 2 March 2005 a Wednesday: "last year" says which
    text = "Last year, on Tuesday 2 March, the firm was floated."
    assert found(text, dt.date(2005, 3, 8)) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Three airlines - British Airways, easyJet, Ryanair and Jet2 - cut fares.",
            "inconsistent",
        ),
        ("Four airlines - British Airways, easyJet, Ryanair and Jet2 - cut fares.", "consistent"),
    ],
)
def test_a_name_in_camel_case_is_listed(text: str, status: str) -> None:
    assert [(rule, s) for rule, s, _ in found(text)] == [("count_items", status)]


def test_two_months_joined_are_one_period() -> None:
    # "in July and August" stands between the level and its change like "in July"
    text = "Skylane carried 2.7 million passengers in July and August, up 8% from 2,500."
    assert found(text) == [("percent_change", "inconsistent", "8%")]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Two Britons - Jack Draper, Katie Boulter and Cameron Norrie - remain.", "inconsistent"),
        ("Three Britons - Jack Draper, Katie Boulter and Cameron Norrie - remain.", "consistent"),
    ],
)
def test_a_capitalised_count_with_its_list(text: str, status: str) -> None:
    assert [(rule, s) for rule, s, _ in found(text)] == [("count_items", status)]


def test_a_title_before_a_colon_keeps_its_number() -> None:
    assert found("Six Nations: Wales beat England by 11 points.") == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "On 4 October 2025 the club, founded in 1925, marked its 100th anniversary.",
            "consistent",
        ),
        (
            "On 4 October 2025 the club, founded in 1925, marked its 90th anniversary.",
            "inconsistent",
        ),
        ("In 2025, the festival, launched in 1985, celebrated its 40th anniversary.", "consistent"),
    ],
)
def test_an_anniversary_counts_from_the_founding_told_beside_it(text: str, status: str) -> None:
    assert [(rule, s) for rule, s, _ in found(text)] == [("anniversary", status)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The club, founded in 1925, marks its 100th anniversary this year.", "consistent"),
        ("The club, founded in 1925, marks its 90th anniversary this year.", "inconsistent"),
    ],
)
def test_an_anniversary_marked_now_is_of_the_publication_year(text: str, expected: str) -> None:
    assert [(rule, s) for rule, s, _ in found(text, dt.date(2025, 5, 1))] == [
        ("anniversary", expected)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # another anniversary than the founding's
        "The festival, launched in 1985, celebrates its 20th anniversary in the UK.",
        # a year of another event is no day the anniversary is marked on
        "The club, founded in 1925, which won the cup in 1990, marked its 90th anniversary.",
        # a time to come
        "The club, founded in 1925, will mark its 90th anniversary next year.",
    ],
)
def test_no_founding_anniversary_is_read_of_another_thing_or_time(text: str) -> None:
    assert found(text, dt.date(2025, 5, 1)) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The firm launched its app in 2009, 12 years after it was founded in 1997.", "consistent"),
        (
            "The firm launched its app in 2009, 14 years after it was founded in 1997.",
            "inconsistent",
        ),
        (
            "In 2021, 13 years after the government took a stake in 2008, the bank was sold.",
            "consistent",
        ),
    ],
)
def test_years_after_an_event_told_in_a_short_clause(text: str, status: str) -> None:
    assert [(rule, s) for rule, s, _ in found(text)] == [("elapsed", status)]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # born late in 1936, she was still 21 in early 1958
        ("Born in 1936 in Leeds, she joined the firm in 1958, at the age of 21.", "consistent"),
        ("Born in 1936 in Leeds, she joined the firm in 1958, at the age of 22.", "consistent"),
        ("Born in Leeds in 1936, she won the title in 1958, aged 25.", "inconsistent"),
    ],
)
def test_an_age_counts_the_years_gone_by_since_the_birth_year(text: str, status: str) -> None:
    assert [(rule, s) for rule, s, _ in found(text)] == [("elapsed", status)]
