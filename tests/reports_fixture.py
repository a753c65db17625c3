"""A fixed, hand-built :class:`Report` that every report format's golden file is made from.

It covers what renderers must get right: two articles (one with a claims
file, one scanned), every status and severity, a finding with no position
(a stale claim), multi-line text with accented letters, a figure standing
after an emoji (so that columns must count code points, not bytes or UTF-16
units), and input that needs escaping in every format (``<b>``, ``|``,
``%``, ``:``, ``,`` and a line break inside a message).
"""

from __future__ import annotations

from factcheck.engine import DocumentReport, Report
from factcheck.findings import Finding, Location, Severity, Status, Value

__all__ = ["ARTICLE", "DRAFT", "EMPTY_REPORT", "make_report"]

ARTICLE = (
    "# Prisoners, violence and the Doha deal\n"
    "\n"
    "The Doha agreement of 29 February 2020 allowed the release of up to 5,000 prisoners.\n"
    "By September more than 5,000 had been freed, a ceiling passed in Hérat and Kabul alike.\n"
    "Attacks rose from 780 to 996 — an increase of 📈 28% in one year.\n"
    "In the first quarter, incidents climbed 61% to 7,177.\n"
    "Café owners said 38% of the 23 people surveyed had left the city.\n"
)

DRAFT = (
    "Draft <b>notes</b> | not for print\n"
    "Support rose from 40% to 50%, a 10% increase.\n"
    "Two-thirds of the 9 stores (6) reopened.\n"
)


def _loc(
    text: str,
    quote: str,
    file: str,
    claims_file: str | None = None,
    claims_line: int | None = None,
) -> Location:
    """The location of the first ``quote`` in ``text``, computed independently of the renderers."""
    start = text.index(quote)
    line = text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    return Location(
        file=file,
        line=line,
        column=column,
        start=start,
        end=start + len(quote),
        claims_file=claims_file,
        claims_line=claims_line,
    )


def make_report() -> Report:
    """The fixture report: two articles, six findings in the first, two in the second."""
    story, claims = "stories/doha.md", "stories/doha.claims.yaml"
    findings = (
        Finding(
            rule="valid_date",
            status=Status.CONSISTENT,
            message="29 February 2020 exists (2020 is a leap year)",
            severity=Severity.INFO,
            check="valid_date[deal_signed]",
            location=_loc(ARTICLE, "29 February 2020", story, claims_file=claims, claims_line=4),
            quote="29 February 2020",
            claims=("deal_signed",),
            reading="29 February 2020 read as the date 2020-02-29",
        ),
        Finding(
            rule="compare",
            status=Status.INCONSISTENT,
            message="“more than 5,000” released cannot be within “up to 5,000” allowed",
            severity=Severity.ERROR,
            check="compare[released<=allowed]",
            location=_loc(ARTICLE, "more than 5,000", story, claims_file=claims, claims_line=12),
            quote="more than 5,000",
            claims=("released", "allowed"),
            stated=(
                Value("released", "more than 5,000", "5000", None, False, False, "prisoner"),
                Value("allowed", "up to 5,000", "0", "5000", True, True, "prisoner"),
            ),
            reading="“more than 5,000” read as (5,000, ∞); “up to 5,000” as [0, 5,000]",
            explanation="released > 5,000\nallowed ≤ 5,000\nno value satisfies released ≤ allowed",
        ),
        Finding(
            rule="percent_change",
            status=Status.CONSISTENT,
            message="780 → 996 is a rise of 27.7%, which rounds to the stated 28%",
            severity=Severity.INFO,
            check="percent_change[attacks_2019->attacks_2020]",
            location=_loc(ARTICLE, "28%", story, claims_file=claims, claims_line=20),
            quote="28%",
            claims=("attacks_2019", "attacks_2020", "attacks_rise"),
            stated=(Value("stated change", "28% (27.5–28.5%)", "27.5", "28.5", unit="percent"),),
            recomputed=(Value("recomputed change", "27.69%", "360/13", "360/13", unit="percent"),),
            reading="28% read as 27.5–28.5% (half a unit of the last digit)",
            explanation="996 / 780 − 1 = 0.27692…\n0.27692… = 27.69%, inside 27.5–28.5%",
        ),
        Finding(
            rule="percent_change",
            status=Status.UNDETERMINED,
            message="no figure for the quarter before; 7,177 after a 61% rise implies 4,444–4,472",
            severity=Severity.WARNING,
            check="percent_change[incidents_q0->incidents_q1]",
            location=_loc(ARTICLE, "61%", story, claims_file=claims, claims_line=27),
            quote="61%",
            claims=("incidents_rise", "incidents_q1"),
            stated=(
                Value("stated change", "61% (60.5–61.5%)", "60.5", "61.5", unit="percent"),
                Value("to", "7,177", "7177", "7177", unit="incident"),
            ),
            implied=(Value("implied from", "4,444–4,472", "4444", "4472", unit="incident"),),
            reading="61% read as 60.5–61.5%",
            explanation=(
                "from = 7,177 / (1 + change)\n7,177 / 1.615 = 4,443.9…\n7,177 / 1.605 = 4,471.7…"
            ),
        ),
        Finding(
            rule="percent_of_n",
            status=Status.INCONSISTENT,
            message="38% of 23 is impossible: 8 of 23 is 34.8% and 9 of 23 is 39.1%",
            severity=Severity.WARNING,
            check="percent_of_n[left_share]",
            location=_loc(ARTICLE, "38%", story, claims_file=claims, claims_line=33),
            quote="38%",
            claims=("left_share", "surveyed"),
            stated=(
                Value("share", "38% (37.5–38.5%)", "37.5", "38.5", unit="percent"),
                Value("n", "23", "23", "23", unit="person"),
            ),
            recomputed=(
                Value("nearest below", "8/23 = 34.78%", "800/23", "800/23", unit="percent"),
                Value("nearest above", "9/23 = 39.13%", "900/23", "900/23", unit="percent"),
            ),
            reading="38% read as 37.5–38.5%",
            explanation="k / 23 for whole k: … 34.78%, 39.13% …\nnone lies in 37.5–38.5%",
        ),
        Finding(
            rule="claim",
            status=Status.UNDETERMINED,
            message="stale claim: the quote “2,500 troops” no longer appears in the article",
            severity=Severity.ERROR,
            check="claim[troops_remaining]",
            location=Location(claims_file=claims, claims_line=41, claims_column=12),
            quote="2,500 troops",
            claims=("troops_remaining",),
        ),
    )
    draft = "notes/draft.txt"
    draft_findings = (
        Finding(
            rule="percent_change",
            status=Status.INCONSISTENT,
            message="40% → 50% is +25%, or +10 percentage points, not a 10% increase:\n"
            "percent and points differ | check the wording",
            severity=Severity.ERROR,
            check="percent_change[scan:2:14]",
            location=_loc(DRAFT, "10% increase", draft),
            quote="10% increase",
            stated=(Value("stated change", "10% (9.5–10.5%)", "9.5", "10.5", unit="percent"),),
            recomputed=(
                Value("recomputed change", "25%", "25", "25", unit="percent"),
                Value("change in points", "10 pp", "10", "10", unit="percentage_point"),
            ),
            reading="a change between two percentages read as a relative change",
            explanation="50 / 40 − 1 = 0.25 = 25%\n50% − 40% = 10 percentage points",
        ),
        Finding(
            rule="share",
            status=Status.CONSISTENT,
            message="6 of 9 is two-thirds",
            severity=Severity.INFO,
            check="share[scan:3:1]",
            location=_loc(DRAFT, "Two-thirds", draft),
            quote="Two-thirds",
            stated=(Value("share", "two-thirds", "2/3", "2/3"),),
            recomputed=(Value("part / whole", "6/9 = 2/3", "2/3", "2/3"),),
            explanation="6 / 9 = 2/3",
        ),
    )
    return Report(
        (
            DocumentReport(story, ARTICLE, findings, claims_file=claims, checks=6),
            DocumentReport(draft, DRAFT, draft_findings, claims_file=None, checks=2),
        )
    )


#: A report with one article and nothing found, for the "empty" edge case.
EMPTY_REPORT = Report((DocumentReport("empty.md", "Nothing to see.\n", (), None, 0),))
