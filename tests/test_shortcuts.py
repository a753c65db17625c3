"""The scanner's shortcuts skip only work that would find nothing.

Several readers are guarded by a cheap test that runs first (where a date
may start, which words start a number in words, which word must follow
``in``, ``at`` or ``more`` for a figure to start there). Each test must be
implied by its reader: wherever the test says no, the reader finds nothing
and raises nothing. Checked on prose built from the grammar's own
vocabulary (:func:`factcheck.strategies.prose`), so a word taught to a
reader but not to its shortcut fails here.
"""

from __future__ import annotations

import re
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.scan import mentions
from factcheck.strategies import prose
from factcheck.text import dates, numbers, tokens
from factcheck.text.grammar import _SECOND_WORDS, START_SYMBOLS, Grammar, Options, is_start
from factcheck.text.tokens import KIND, LOW, NUM, SYM, TEXT, tokenize


@settings(max_examples=300)
@given(prose(max_pieces=20))
def test_no_date_is_read_where_none_may_start(text: str) -> None:
    tokens = tokenize(text)
    for i, tok in enumerate(tokens):
        if not dates.may_start(tok):
            assert dates.read_date(tokens, i) is None
            assert dates.read_date(tokens, i, 2020) is None


@settings(max_examples=300)
@given(prose(max_pieces=20))
def test_numbers_in_words_start_only_at_their_first_words(text: str) -> None:
    tokens = tokenize(text)
    for i, tok in enumerate(tokens):
        if tok[KIND] != NUM and tok[LOW] not in numbers._WORD_NUMBER_STARTS:
            assert numbers.read_fraction_words(tokens, i) is None
            assert numbers.read_number_words(tokens, i) is None


@settings(max_examples=300)
@given(prose(max_pieces=20))
def test_no_figure_starts_where_is_start_says_no(text: str) -> None:
    tokens = tokenize(text)
    # strict: the grammar would raise, too, at a place it could read something wrong
    grammar = Grammar(text, tokens, Options(Fraction(1, 10), strict=True, bare_years=True))
    for i, tok in enumerate(tokens):
        ruled_out = (tok[LOW] in _SECOND_WORDS and not is_start(tokens, i)) or (
            tok[KIND] == SYM and tok[TEXT] not in START_SYMBOLS
        )
        if ruled_out:
            assert grammar.figure_at(i) is None


def test_phrase_words_still_start_their_phrases() -> None:
    for text, figure in [
        ("in excess of 300 people", "in excess of 300 people"),
        ("at least 12%", "at least 12%"),
        ("as many as 40 boats", "as many as 40"),
        ("more than $1.6 billion", "more than $1.6 billion"),
    ]:
        tokens = tokenize(text)
        assert is_start(tokens, 0)
        grammar = Grammar(text, tokens, Options(Fraction(1, 10), bare_years=True))
        reading = grammar.figure_at(0)
        assert reading is not None
        assert reading.figure.text == figure


def test_every_comparison_word_holds_a_piece_may_compare_looks_for() -> None:
    # _COMPARISON, _ANAPHOR and _FURTHER_COMPARISON each need one of these words
    from factcheck.scan.levels import _OPS, may_compare

    for op in _OPS:
        assert may_compare(op), op
        assert may_compare(f"sales were well {op}"), op


def test_a_total_before_a_figure_holds_al() -> None:
    # scan.detect looks for "al" before it asks TOTAL_BEFORE
    from factcheck.scan.levels import TOTAL_BEFORE

    for words in ("total", "Totalling", "TOTALLED", "totals of", "in  all", "In All", "altogether"):
        for text in (f"{words} ", f"a {words}", f"{words}\n"):
            assert TOTAL_BEFORE.search(text)
            assert "al" in text.lower()


def test_measure_nouns_end_in_words_measure_of_looks_for() -> None:
    # mentions._measure_in skips words that end no measure noun, as printed
    from factcheck.scan.mentions import _MEASURE_ENDS, MEASURES

    for noun in MEASURES:
        assert "'" not in noun and "’" not in noun
        assert noun.split()[-1] in _MEASURE_ENDS


_TIME_GUARD = f"(?={mentions._TIME_OPENERS})"
#: _TIME_PHRASE without the lookahead for an opener that it tries first
_UNGUARDED = re.compile(mentions._TIME_PHRASE.pattern.replace(_TIME_GUARD, "", 1))
#: Pieces of a gap between figures: time phrases, the words they are made of,
#: placeholders, and what stands around them (a plural, a possessive, a digit).
_GAP_PIECES = st.one_of(
    st.from_regex(_UNGUARDED, fullmatch=True),
    st.sampled_from(
        sorted(
            set(re.findall(r"[a-z]{2,}", _UNGUARDED.pattern))
            | {"a", "‹q›", "‹u›", "‹d›", "‹y›", "'s", "’s", ",", "-", "sales", "mondays", "é", "5"}
        )
    ),
)


@settings(max_examples=1000)
@given(st.lists(st.tuples(_GAP_PIECES, st.sampled_from([" ", "", "  ", "\n", "-"])), max_size=8))
def test_time_phrases_open_with_their_openers(pieces: list[tuple[str, str]]) -> None:
    # mentions._TIME_PHRASE looks ahead for an opener first: without that lookahead
    # it removes the same phrases
    assert _TIME_GUARD in mentions._TIME_PHRASE.pattern
    gap = "".join(piece + space for piece, space in pieces)
    assert mentions._TIME_PHRASE.sub(" ", gap) == _UNGUARDED.sub(" ", gap)


#: The token pattern as it was before its runs of words were made possessive.
_BACKTRACKING_TOKEN = re.compile(tokens._TOKEN.pattern.replace("++", "+"))


@settings(max_examples=1000)
@given(
    st.one_of(
        prose(max_pieces=20),
        st.text(alphabet="abUSNHé ’'.$,-1\n", max_size=40),
    )
)
def test_possessive_runs_match_as_backtracking_ones(text: str) -> None:
    # tokens._TOKEN reads a run's words possessively: it reads what it would read if
    # it could give their letters back
    assert "++" in tokens._TOKEN.pattern
    assert tokens._TOKEN.findall(text) == _BACKTRACKING_TOKEN.findall(text)
