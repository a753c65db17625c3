"""Markdown read as Markdown, at the offsets of the original file (issue 15, item 5)."""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import markdown
from factcheck.claims import load
from factcheck.cli import main
from factcheck.markdown import front_matter, prose_text, published_date
from factcheck.strategies import prose
from factcheck.text.scanner import find_figures

STORY = """---
title: Ferry fares 2024
date: 2023-03-23
tags: [42, 2019]
---
# Ferry fares up 12% in a year

<!-- editor: check the 300 figure -->
Fares rose from 250 to 280 pence, up 12%, the operator's [report 7](http://example.org/2023/99)
said. ![chart of 31 routes](chart-2022.png) Run `fares --year 2021` to see them.

```text
total = 9000
```

    indented 4444

<span class="n">Some</span> 3 million trips, see https://example.org/2022/55 for more.
"""


def blanked(text: str) -> set[int]:
    out = prose_text(text, ".md")
    return {i for i, (a, b) in enumerate(zip(text, out, strict=True)) if a != b}


def test_prose_keeps_every_offset_and_line_break() -> None:
    out = prose_text(STORY, ".md")
    assert len(out) == len(STORY)
    assert [i for i, c in enumerate(out) if c == "\n"] == [
        i for i, c in enumerate(STORY) if c == "\n"
    ]
    assert set(out) - set(STORY) <= {" "}


@pytest.mark.parametrize(
    "hidden",
    [
        "title: Ferry fares 2024",  # front matter
        "<!-- editor: check the 300 figure -->",  # HTML comment
        "(http://example.org/2023/99)",  # link target
        "![chart of 31 routes](chart-2022.png)",  # image and its alt text
        "`fares --year 2021`",  # inline code
        "total = 9000",  # fenced code
        "indented 4444",  # indented code
        '<span class="n">',  # inline HTML
        "https://example.org/2022/55",  # bare URL
    ],
)
def test_what_is_not_prose_is_blank(hidden: str) -> None:
    start = STORY.index(hidden)
    assert prose_text(STORY, ".md")[start : start + len(hidden)].strip() == ""


@pytest.mark.parametrize("kept", ["Ferry fares up 12% in a year", "report 7", "Some", "3 million"])
def test_prose_is_kept(kept: str) -> None:
    start = STORY.index(kept)
    assert prose_text(STORY, ".md")[start : start + len(kept)] == kept


def test_plain_text_stays_plain() -> None:
    assert prose_text(STORY, ".txt") is STORY


def test_figures_of_markdown_are_the_prose_ones() -> None:
    texts = [f.text for f in find_figures(prose_text(STORY, ".md"))]
    assert "250" in texts and "12%" in texts
    for hidden in ("9000", "4444", "2021", "300", "31"):
        assert not any(hidden in t for t in texts), texts


def test_front_matter_span() -> None:
    assert front_matter("---\na: 1\n---\nText") == (0, 12)
    assert front_matter("---\n---\nText") == (0, 7)
    assert front_matter("Text\n---\n") is None


@pytest.mark.parametrize(
    ("text", "suffix", "expected"),
    [
        (STORY, ".md", _dt.date(2023, 3, 23)),
        ("---\ndate: 2021-06-01T10:00:00Z\n---\nText", ".md", _dt.date(2021, 6, 1)),
        ("---\ndate: 'June 1, 2021'\n---\nText", ".md", _dt.date(2021, 6, 1)),
        ("# Profits up\n\nThursday, 23 March 2023\n\nText.", ".md", _dt.date(2023, 3, 23)),
        # a bare date under a plain headline line may be the event's, not the article's
        ("Profits up\n\nThursday, 23 March 2023\n\nText.", ".md", None),
        ("Profits up\n\nPublished: 23 March 2023\n\nText.", ".md", _dt.date(2023, 3, 23)),
        # prose under a headline is no dateline, though it holds a date
        ("Profits up\n\nProfits rose on 23 March 2023.\n\nText.", ".md", None),
        ("Thursday, 23 March 2023\n\nText.", ".txt", _dt.date(2023, 3, 23)),
        ("---\ndate: [unclosed\n---\nText", ".md", None),
    ],
)
def test_publication_date(text: str, suffix: str, expected: _dt.date | None) -> None:
    assert published_date(text, suffix) == expected


# Markdown pieces around prose that holds figures: every figure found must
# stand at the same characters in the original file, outside the markup.
_MARKUP = st.sampled_from(
    [
        "# ",
        "## ",
        "> ",
        "- ",
        "1. ",
        "`",
        "``",
        "*",
        "**",
        "_",
        "[",
        "](http://x.org/12)",
        "![",
        "<b>",
        "</b>",
        "<!-- 5 -->",
        "\n",
        "\n\n",
        "\n```\n",
        "\n    ",
        "\r\n",
        "<http://y.org/7>",
        "---\n",
        "\\",
        "&amp;",
        "\t",
    ]
)


@st.composite
def markdown_texts(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.one_of(_MARKUP, prose(max_pieces=6)), max_size=14))
    return "".join(pieces)


@settings(max_examples=300, deadline=None)
@given(markdown_texts())
def test_every_markdown_span_points_at_the_original(text: str) -> None:
    out = prose_text(text, ".md")
    assert len(out) == len(text)
    hidden = {i for i, (a, b) in enumerate(zip(text, out, strict=True)) if a != b}
    for figure in find_figures(out):
        start, end = figure.span
        # the figure's characters in the file, with any markup inside it blank
        assert out[start:end] == figure.text
        assert start not in hidden and end - 1 not in hidden


# Block and inline markup that hides nothing, and indentation short of code:
# with these alone prose_text skips the parser (markdown._MAY_HIDE_PROSE).
_MARKUP_THAT_HIDES_NOTHING = st.sampled_from(
    [
        "# ",
        "#",
        "> ",
        ">",
        "  > ",
        "- ",
        "* ",
        "+ ",
        "1. ",
        "2) ",
        " ",
        "  ",
        "   ",
        "    ",  # four spaces: the parser is skipped only before a line's end
        "*",
        "**",
        "_",
        "!",
        "]",
        "(x.org/5)",
        ">b>",
        "&amp;",
        "&#42;",
        "\\",
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        "---\n",
        "===\n",
        "***\n",
        "| a | b |\n",
        "\f",
        "\u00a0",
        "\x00",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(_MARKUP_THAT_HIDES_NOTHING, prose(max_pieces=3)), max_size=16))
def test_the_parser_is_skipped_only_where_it_would_hide_nothing(pieces: list[str]) -> None:
    text = "".join(pieces)
    if markdown._MAY_HIDE_PROSE.search(text) is None:
        assert list(markdown._not_prose(text, text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "    code",
        "\tcode",
        ">     code",
        "-     code",
        "1. a\n\n       code",
        "~~~\ncode\n~~~",
        "``code``",
        "<div>\nx\n</div>",
        "a <b>x</b>",
        "[a](b)",
        "[a]\n\n[a]: http://x.org",
    ],
)
def test_what_can_hide_prose_is_parsed(text: str) -> None:
    assert markdown._MAY_HIDE_PROSE.search(text) is not None
    assert list(markdown._not_prose(text, text))


def test_scan_figures_json_places_markdown_figures_in_the_file(tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text(STORY, encoding="utf-8")
    result = CliRunner().invoke(main, ["scan", str(story), "--figures", "--format", "json"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)["figures"]
    assert records
    lines = STORY.split("\n")
    for record in records:
        assert STORY[record["start"] : record["end"]] == record["text"]
        line = lines[record["line"] - 1]
        column = record["column"] - 1
        assert line[column : column + len(record["text"])] == record["text"]
    # a figure begins and ends in prose ('Some</span> 3 million' holds a tag inside)
    assert not {i for r in records for i in (r["start"], r["end"] - 1)} & blanked(STORY)


def test_scan_reports_markdown_sentences_from_the_file(tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text(
        "---\ndate: 2023-03-23\n---\n# Fares\n\nKillings rose from 780 in `x` 2019 to 996 "
        "in 2020, an increase of 50% ([source 7](http://x.org/8)).\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["scan", str(story), "--format", "json"])
    data = json.loads(result.stdout)
    text = story.read_text(encoding="utf-8")
    findings = data["findings"]
    assert any(f["status"] == "inconsistent" for f in findings), findings
    for finding in findings:
        assert text[finding["start"] : finding["end"]] == finding["quote"]


def test_init_on_markdown_writes_published_and_loads(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    story = tmp_path / "story.md"
    story.write_text(STORY, encoding="utf-8")
    result = CliRunner().invoke(main, ["init", str(story)])
    assert result.exit_code == 0, result.output
    draft = (tmp_path / "story.claims.yaml").read_text(encoding="utf-8")
    assert "published: 2023-03-23" in draft
    for hidden in ("9000", "4444", "2021", "Ferry fares 2024"):
        assert hidden not in draft
    claimset = load(tmp_path / "story.claims.yaml")
    assert claimset.published == _dt.date(2023, 3, 23)
    assert all(r.ok for r in claimset.resolve_all().values())
