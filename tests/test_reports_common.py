"""Positions, excerpts and fingerprints shared by the report formats."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from factcheck.findings import Finding, Location, Status
from factcheck.reports.common import (
    check_label,
    display_width,
    excerpt,
    fingerprint,
    line_column,
    location_label,
    position,
)
from reports_fixture import ARTICLE, make_report


def test_line_column_counts_code_points_after_an_emoji() -> None:
    start = ARTICLE.index("28%")
    assert line_column(ARTICLE, start) == (5, 49)
    # 📈 is one code point, two UTF-16 units and four UTF-8 bytes: we count one.
    line = ARTICLE.split("\n")[4]
    assert line[48:51] == "28%"


@given(st.text(), st.data())
def test_line_column_agrees_with_splitlines(text: str, data: st.DataObject) -> None:
    offset = data.draw(st.integers(0, len(text)))
    line, column = line_column(text, offset)
    lines = text.split("\n")
    assert sum(len(x) + 1 for x in lines[: line - 1]) + column - 1 == offset


def test_position_prefers_offsets_and_gives_exclusive_end() -> None:
    doc = make_report().documents[0]
    pos = position(doc.findings[2], doc.text)
    assert (pos.line, pos.column, pos.end_line, pos.end_column) == (5, 49, 5, 52)


def test_position_without_offsets_uses_the_stamped_line() -> None:
    finding = Finding("r", Status.UNDETERMINED, "m", location=Location(line=3, column=2))
    assert position(finding, "text").where == "3:2"


def test_offsets_outside_the_text_are_ignored() -> None:
    finding = Finding("r", Status.CONSISTENT, "m", location=Location(start=50, end=60))
    assert position(finding, "short").line is None


def test_location_label_falls_back_to_the_claims_file() -> None:
    doc = make_report().documents[0]
    assert location_label(doc.findings[5], doc) == "stories/doha.claims.yaml:41:12"
    assert location_label(doc.findings[1], doc) == "stories/doha.md:4:14"


def test_check_label() -> None:
    assert check_label(Finding("share", Status.CONSISTENT, "m", check="share[a]")) == "share[a]"
    assert check_label(Finding("share", Status.CONSISTENT, "m", check="x")) == "share: x"
    assert check_label(Finding("share", Status.CONSISTENT, "m")) == "share"


def test_excerpt_is_the_sentence_with_carets_under_the_figure() -> None:
    start = ARTICLE.index("28%")
    ex = excerpt(ARTICLE, start, start + 3)
    assert ex.line == "Attacks rose from 780 to 996 — an increase of 📈 28% in one year."
    # The emoji takes two terminal cells, so the carets move one further right.
    assert ex.carets == " " * 49 + "^^^"


def test_long_sentences_are_cut_at_words_around_the_figure() -> None:
    text = "word " * 100 + "rose 28% " + "more " * 100 + "end."
    start = text.index("28%")
    ex = excerpt(text, start, start + 3, width=60)
    assert ex.cut_before
    assert ex.cut_after
    assert ex.line.startswith("…word")
    assert len(ex.line) <= 62
    assert ex.line[ex.carets.index("^")] == "2"


def test_display_width() -> None:
    assert display_width("abc") == 3
    assert display_width("日本") == 4
    assert display_width("e\u0301") == 1


def test_fingerprint_ignores_position_but_not_quote() -> None:
    finding = make_report().documents[0].findings[1]
    moved = attrs.evolve(finding, location=Location(start=0, end=3, line=1, column=1))
    requoted = attrs.evolve(finding, quote="more than 6,000")
    assert fingerprint(moved) == fingerprint(finding)
    assert fingerprint(requoted) != fingerprint(finding)
    assert len(fingerprint(finding)) == 32
