"""The HTML report: self-contained, escaped, linked."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from factcheck.engine import DocumentReport, Report
from factcheck.findings import Finding, Location, Status
from factcheck.reports import get_renderer
from reports_fixture import EMPTY_REPORT, make_report


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: set[str] = set()
        self.srcs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        for key, value in attrs:
            if key == "id" and value:
                self.ids.append(value)
            if key == "href" and value:
                self.hrefs.append(value)
            if key == "src" and value:
                self.srcs.append(value)


def _parse(html: str) -> _Collect:
    parser = _Collect()
    parser.feed(html)
    return parser


def test_script_in_the_article_is_escaped() -> None:
    text = 'Sales <script>alert("x")</script> rose 28%.'
    start = text.index("28%")
    finding = Finding(
        "r",
        Status.INCONSISTENT,
        "bad <img src=x onerror=alert(1)>",
        quote="<b>28%</b>",
        location=Location(start=start, end=start + 3),
    )
    out = get_renderer("html").render(Report((DocumentReport("<x>.md", text, (finding,)),)))
    assert '<script>alert("x")' not in out
    assert "&lt;script&gt;" in out
    assert "<img" not in out
    assert "<b>28%" not in out
    assert "&lt;x&gt;.md" in out
    # The one script is the page's own filter, with nothing from the input in it.
    assert out.count("<script") == 1
    script = out[out.index("<script>") : out.index("</script>")]
    assert "alert" not in script and "28%" not in script


def test_self_contained_and_responsive() -> None:
    out = get_renderer("html").render(make_report())
    parsed = _parse(out)
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in out
    assert not parsed.srcs
    assert not re.search(r"(?:href|src)=\"https?:", out)
    assert "@import" not in out
    assert "link" not in parsed.tags


def test_every_link_has_a_target_and_every_span_is_highlighted() -> None:
    out = get_renderer("html").render(make_report())
    parsed = _parse(out)
    assert len(parsed.ids) == len(set(parsed.ids))
    for href in parsed.hrefs:
        assert href.lstrip("#") in parsed.ids
    assert out.count('class="mark s-inconsistent"') == 3
    assert out.count('class="mark s-undetermined"') == 1
    assert out.count('class="mark s-consistent"') == 3


def test_article_text_survives_whole() -> None:
    report = make_report()
    out = get_renderer("html").render(report)
    article = re.search(r'<pre class="article">(.*?)</pre>', out, re.S)
    assert article is not None
    plain = re.sub(r"<[^>]+>", "", article.group(1))
    plain = plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    assert plain == report.documents[0].text


def test_overlapping_spans_take_the_worst_status() -> None:
    text = "rose from 780 to 996, 28%"
    findings = (
        Finding("a", Status.CONSISTENT, "ok", location=Location(start=0, end=25)),
        Finding("b", Status.INCONSISTENT, "bad", location=Location(start=22, end=25)),
    )
    out = get_renderer("html").render(Report((DocumentReport("a.md", text, findings),)))
    assert '<a class="mark s-inconsistent" href="#f-1-2"' in out
    assert '<a class="mark s-consistent" href="#f-1-1"' in out


def test_empty_report() -> None:
    assert "No findings." in get_renderer("html").render(EMPTY_REPORT)
