"""The shared ``__repr__`` of factcheck's attrs classes prints what attrs' own would."""

from __future__ import annotations

from fractions import Fraction

import attrs

from factcheck._repr import fields_repr
from factcheck.claims import ClaimSet
from factcheck.intervals import Interval


def _point(shared: bool) -> type:
    """A class with fields of every kind, with attrs' own ``__repr__`` or the shared one."""

    @attrs.frozen
    class Point:
        if shared:
            __repr__ = fields_repr

        plain: object
        hidden: str = attrs.field(default="h", repr=False)
        shouted: str = attrs.field(default="s", repr=str.upper)
        _private: tuple[int, ...] = ()
        later: list[int] = attrs.field(init=False, factory=list)

    return Point


def test_prints_as_attrs_does() -> None:
    own, shared = _point(shared=False), _point(shared=True)
    assert shared.__repr__ is fields_repr and own.__repr__ is not fields_repr
    for args in [(1,), (2, "x", "loud", (3, 4)), (Fraction(1, 3), "", "")]:
        assert repr(shared(*args)) == repr(own(*args))
    assert repr(shared(1)) == "Point(plain=1, shouted=S, _private=(), later=[])"


def test_factcheck_classes_use_it() -> None:
    assert Interval.__repr__ is fields_repr
    assert repr(Interval.closed(1, 2)) == (
        "Interval(low=Fraction(1, 1), high=Fraction(2, 1), low_closed=True, high_closed=True)"
    )
    shown = repr(ClaimSet.from_text("Up 28%.", document="a.md"))
    assert shown.startswith("ClaimSet(text='Up 28%.', document='a.md', claims_file=None,")
    assert "_resolved" not in shown and "_index" not in shown  # fields with repr=False


def test_report_repr_is_short_and_notebooks_get_the_html_card() -> None:
    from factcheck.engine import DocumentReport, Report
    from factcheck.findings import Finding, Location, Status

    text = "Of the 23 people asked, 38% said <b>yes</b>. " * 5000
    start = text.index("38%")
    finding = Finding(
        "percent_of_n",
        Status.INCONSISTENT,
        "38% of 23 <is> impossible",
        quote="38%",
        location=Location(file="a.md", line=1, column=start + 1, start=start, end=start + 3),
    )
    doc = DocumentReport("a.md", text, (finding,), checks=1)
    report = Report((doc,))
    assert repr(report) == "<Report: 1 inconsistent, 0 consistent, 0 undetermined in 1 article>"
    assert repr(doc) == (
        f"<DocumentReport a.md: 1 check, 1 finding (1 inconsistent), {len(text)} characters>"
    )
    page = report._repr_html_()
    assert page.lstrip().startswith("<style>") and "<html" not in page and "<body" not in page
    assert '<div class="fc">' in page and 'id="f-1-1"' in page
    assert "38% of 23 &lt;is&gt; impossible" in page and "<b>yes" not in page
    assert doc._repr_html_() == page
    card = finding._repr_html_()
    assert '<li class="finding s-inconsistent"' in card and "a.md:1:" in card
    assert "<style>" in card and "summary" not in card.split("</style>")[1]
    from factcheck.reports.html import HtmlRenderer

    with_sentence = HtmlRenderer().finding_fragment(finding, doc)
    assert "<mark>38%</mark>" in with_sentence
