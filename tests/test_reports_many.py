"""Reports of many articles: summary first, only articles to review, size by findings."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from factcheck.engine import DocumentReport, Report
from factcheck.findings import Finding, Location, Severity, Status
from factcheck.reports import get_renderer

FILLER = "Nothing to check in this sentence about the weather. " * 200  # about 10 KB


def _report(clean: int, flagged: int = 4) -> Report:
    documents = []
    for i in range(flagged):
        text = f"Intro.\nOf the 23 people asked, 38% said yes in town {i}.\n{FILLER}"
        start = text.index("38%")
        rule, status, severity = (
            ("percent_of_n", Status.INCONSISTENT, Severity.ERROR)
            if i % 2 == 0
            else ("percent_change", Status.UNDETERMINED, Severity.INFO)
        )
        findings = (
            Finding(
                rule,
                status,
                f"finding {i}",
                severity=severity,
                check=f"{rule}@2:{start}",
                quote="38%",
                location=Location(file=f"news/f{i}.md", start=start, end=start + 3),
            ),
            Finding(
                "share",
                Status.CONSISTENT,
                f"fine {i}",
                check="share@2:1",
                location=Location(file=f"news/f{i}.md", start=7, end=12),
            ),
        )
        documents.append(DocumentReport(f"news/f{i}.md", text, findings, checks=2))
    documents += [DocumentReport(f"news/c{i:04}.md", FILLER) for i in range(clean)]
    return Report(tuple(documents))


def test_html_grows_with_findings_not_with_the_corpus() -> None:
    html = get_renderer("html")
    small, large = html.render(_report(50)), html.render(_report(500))
    per_clean_article = (len(large) - len(small)) / 450
    assert per_clean_article < 16  # a name in a folded list, not 10 KB of article
    assert FILLER[:200] not in large  # no article is copied whole
    assert len(large) < 40_000


def test_html_summary_index_and_folded_articles() -> None:
    out = get_renderer("html").render(_report(30))
    assert out.index('class="overview"') < out.index('class="index"') < out.index('class="doc')
    # The index lists the problems, failing first, each linking to its card.
    index = out[out.index('<nav class="index"') : out.index("</nav>")]
    links = re.findall(r'href="#(f-[\d-]+)"', index)
    assert links == ["f-1-1", "f-3-1", "f-2-1", "f-4-1"]
    for link in links:
        assert f'id="{link}"' in out
    assert "4 to review · 2 failing" in index
    # Articles without findings are folded, named a folder at a time.
    folded = out[out.index('<details class="clean"') :]
    assert "30 articles without problems" in folded
    assert "news/</strong> c0000.md c0001.md" in folded
    assert out.count('<section class="doc') == 4
    # The sentence is shown with the figure marked.
    assert "<mark>38%</mark>" in out


def test_html_filter_is_inline_and_offline() -> None:
    out = get_renderer("html").render(_report(30))
    assert re.search(r'<form class="filter" id="filter" hidden>', out)
    assert "<option>percent_of_n</option>" in out
    assert "<script src" not in out and "http" not in out.split("<script>")[1]
    assert 'data-rule="percent_of_n" data-severity="error"' in out


def test_text_report_of_many_articles_leads_with_the_overview() -> None:
    out = get_renderer("text").render(_report(30))
    lines = out.splitlines()
    assert lines[0].split() == [
        "articles",
        "34:",
        "4",
        "to",
        "review,",
        "30",
        "without",
        "problems",
        "(30",
        "without",
        "findings)",
    ]
    assert "rules       percent_of_n: 2 inconsistent" in out
    assert "no findings" not in out
    assert "c0000.md" not in out
    assert out.count("· scanned text") == 4


def test_markdown_report_of_many_articles_leads_with_the_overview() -> None:
    out = get_renderer("markdown").render(_report(30))
    assert "| articles | 34: 4 to review, 30 without problems (30 without findings) |" in out


def test_a_few_articles_keep_the_full_layout() -> None:
    report = _report(3)
    assert "no findings" in get_renderer("text").render(report)
    assert '<pre class="article">' in get_renderer("html").render(report)


# ---------------------------------------------------------- in a real browser
CHROMIUM = next(
    (
        found
        for name in ("chromium", "chromium-browser", "google-chrome")
        if (found := shutil.which(name))
    ),
    None,
)


def _chromium(*args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    return subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


@pytest.mark.skipif(CHROMIUM is None, reason="needs headless chromium")
def test_filter_in_a_real_browser(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(get_renderer("html").render(_report(30)), encoding="utf-8")
    url = page.as_uri()
    dom = _chromium("--dump-dom", url + "#severity=error", profile=tmp_path / "p1").stdout
    assert '<form class="filter" id="filter">' in dom  # the script ran and showed the form
    cards = re.findall(r'<li class="finding [^"]*" id="(f-[\d-]+)"([^>]*)>', dom)
    shown = [card for card, attrs in cards if "hidden" not in attrs]
    assert shown == ["f-1-1", "f-3-1"]  # only the error-severity findings
    assert "2 of 8 findings shown" in dom
    # Rule and status together; the articles without a match are hidden too.
    dom = _chromium(
        "--dump-dom", url + "#rule=share&status=consistent", profile=tmp_path / "p2"
    ).stdout
    sections = re.findall(r'<section class="doc compact" id="(doc-\d+)"([^>]*)>', dom)
    assert all("hidden" not in attrs for _, attrs in sections)
    assert "4 of 8 findings shown" in dom
    png = tmp_path / "shot.png"
    _chromium(f"--screenshot={png}", "--window-size=1000,800", url, profile=tmp_path / "p3")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
