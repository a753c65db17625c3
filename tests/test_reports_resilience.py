"""A report never loses findings: one a format cannot show is shown by its fallback.

Every format renders findings one at a time through a function guarded by
:func:`factcheck.reports.common.per_finding`; when it fails on a finding
(here: values of the wrong type, the kind of thing a plugin rule might
produce), the others are rendered in full and the broken one as
:func:`~factcheck.reports.common.fallback_finding`, which says what went wrong.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from factcheck.claims import load
from factcheck.engine import DocumentReport, Report, check_claimset
from factcheck.findings import Finding, Location, Severity, Status, Value
from factcheck.reports import builtin_names, get_renderer
from factcheck.reports.common import fallback_finding

EXAMPLE = Path(__file__).parents[1] / "examples" / "afghanistan" / "article.claims.yaml"
TEXT = "Sales rose from 780 to 996, an increase of 28%. Prices fell."


class Unprintable:
    """A value whose str() and repr() both fail."""

    def __str__(self) -> str:
        raise ValueError("cannot print me")

    __repr__ = __str__


def _good(message: str, start: int, end: int) -> Finding:
    return Finding(
        rule="percent_change",
        status=Status.INCONSISTENT,
        severity=Severity.ERROR,
        message=message,
        check=f"check-{message}",
        location=Location(file="story.md", line=1, start=start, end=end),
        quote=TEXT[start:end],
        stated=(Value("stated change", "28%", "27.5", "28.5", unit="percent"),),
    )


def _broken(**fields: Any) -> Finding:
    base: dict[str, Any] = {
        "rule": "percent_change",
        "status": Status.INCONSISTENT,
        "message": "broken",
        "severity": Severity.ERROR,
        "check": "check-broken",
        "location": Location(file="story.md", line=1, start=16, end=19),
    }
    base.update(fields)
    return Finding(**base)


# Each breaks some formats; none may break a report.
BROKEN = {
    "message that cannot be printed": _broken(message=Unprintable()),
    "value that is not a Value": _broken(stated=("27.5–28.5%",)),
    "offsets that are not numbers": _broken(location=Location(start="16", end=None)),  # type: ignore[arg-type]
    "quote that is not text": _broken(quote=28),
    "explanation with an unprintable part": _broken(explanation=Unprintable()),
}


def _report(broken: Finding) -> Report:
    findings = (_good("first", 16, 19), broken, _good("last", 43, 46))
    return Report((DocumentReport("story.md", TEXT, findings, claims_file="story.claims.yaml"),))


@pytest.mark.parametrize("name", builtin_names())
@pytest.mark.parametrize("case", BROKEN)
def test_one_broken_finding_does_not_hide_the_others(name: str, case: str) -> None:
    report = _report(BROKEN[case])
    out = get_renderer(name).render(report)
    assert "first" in out and "last" in out, "the good findings are rendered"
    assert "check-broken" in out or "report error" in out or "broken" in out
    if name == "json":
        data = json.loads(out)
        assert [f["check"] for f in data["findings"]] == [
            "check-first",
            "check-broken",
            "check-last",
        ]


def test_the_fallback_says_what_went_wrong() -> None:
    out = get_renderer("text").render(_report(BROKEN["message that cannot be printed"]))
    assert "<unprintable Unprintable> [report error" in out
    assert "AttributeError" in out


@pytest.mark.parametrize(
    "thing", [object(), None, "text", _broken(location="nowhere", rule=None, check=Unprintable())]
)
def test_a_fallback_can_be_made_of_anything(thing: object) -> None:
    error = ValueError("boom")
    fallback = fallback_finding(thing, error)
    assert "ValueError: boom" in fallback.message
    for name in builtin_names():
        get_renderer(name).render(Report((DocumentReport(None, "", (fallback,)),)))


def test_json_lists_every_finding_the_text_report_shows_for_the_example() -> None:
    report = check_claimset(load(EXAMPLE))
    text = get_renderer("text").render(report)
    data = json.loads(get_renderer("json").render(report))
    assert len(data["findings"]) == len(report.findings) > 10
    # Every problem the text report shows in full, and every consistent check it
    # lists in brief, is in the JSON report at the same place with the same check.
    shown = re.findall(r"^(?:[✗?] \w+ \(\w+\)|  ✓)  ?(\S+)  ", text, re.MULTILINE)
    listed = []
    for f in data["findings"]:
        listed.append(
            f"{f['file']}:{f['line']}:{f['column']}"
            if f["line"] is not None
            else f"{f['claims_file']}:{f['claims_line']}:{f['claims_column']}"
        )
        assert f["check"] in text
    assert Counter(shown) == Counter(listed)
