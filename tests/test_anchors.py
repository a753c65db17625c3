"""Finding quotes again and placing offsets on lines and columns."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.text.anchors import LineIndex, find_quote, normalize_for_matching


def test_whitespace_and_typography_do_not_matter() -> None:
    text = "Killings rose\nfrom  780 in 2019 — to 996, the ‘report’ said."
    start = text.index("from")
    assert find_quote(text, "from 780 in 2019 - to 996") == [(start, text.index(","))]
    start = text.index("the ‘")
    assert find_quote(text, "the 'report'") == [(start, start + len("the ‘report’"))]


def test_changed_digits_do_not_match() -> None:
    assert find_quote("rose from 780 to 996", "rose from 780 to 969") == []


def test_every_occurrence_is_found() -> None:
    assert find_quote("5,000 and 5,000", "5,000") == [(0, 5), (10, 15)]


def test_empty_quote_matches_nothing() -> None:
    assert find_quote("abc", "   ") == []


@given(st.text(min_size=1, max_size=60), st.text(max_size=30), st.text(max_size=30))
def test_a_quote_cut_from_the_text_is_found_at_its_place(
    quote: str, before: str, after: str
) -> None:
    text = before + quote + after
    spans = find_quote(text, quote)
    if quote.strip():
        folded_quote, _ = normalize_for_matching(quote.strip())
        assert spans, "a quote taken from the text must be found"
        for start, end in spans:
            assert normalize_for_matching(text[start:end])[0] == folded_quote


def test_line_and_column_count_code_points() -> None:
    text = "héllo\n🙂 996 here\r\nlast"
    index = LineIndex(text)
    assert index.position(0) == (1, 1)
    assert index.position(text.index("996")) == (2, 3)
    assert index.position(text.index("last")) == (3, 1)
    assert index.line_text(2) == "🙂 996 here"


@given(st.text(max_size=80), st.data())
def test_position_round_trips(text: str, data: st.DataObject) -> None:
    offset = data.draw(st.integers(0, len(text)))
    index = LineIndex(text)
    line, column = index.position(offset)
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    assert starts[line - 1] + column - 1 == offset


def test_quote_finder_finds_many_quotes_as_one_by_one() -> None:
    # Above QuoteFinder.BATCH quotes, one pass over the text finds them all;
    # the spans must be exactly those of one search per quote.
    from factcheck.text.anchors import QuoteFinder

    words = ["rose", "from", "780", "to", "996,", "a", "28%", "rise", "–", "’s", "\n", "  "]
    text = " ".join(words[(i * 7) % len(words)] for i in range(3000))
    quotes = [
        " ".join(words[(j + k) % len(words)] for k in range(1 + j % 4))
        for j in range(QuoteFinder.BATCH + 100)
    ]
    batch = QuoteFinder(text)
    batch.prepare(quotes)
    for quote in quotes:
        assert batch.find(quote) == QuoteFinder(text).find(quote) == find_quote(text, quote)
