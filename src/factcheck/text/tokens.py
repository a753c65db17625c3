"""Splitting prose into tokens that keep their exact offsets.

The grammar works on tokens, never on raw characters, so every figure it reads
can point back at the exact characters it came from. Normalisation never
changes the length of the text for the same reason: full-width digits
(``１２``) and exotic spaces become their plain forms one character for one
character, and a byte-order mark becomes a space.

>>> [t[TEXT] for t in tokenize("more than $1.6bn, 7,177 U.S. troops")]
['more', 'than', '$', '1.6', 'bn', ',', '7,177', 'U.S.', 'troops']
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import Final, NamedTuple, TypeVar

__all__ = [
    "END",
    "KIND",
    "LOW",
    "NUM",
    "PARA",
    "SPACED",
    "START",
    "SYM",
    "TEXT",
    "WORD",
    "Starts",
    "Token",
    "match_phrase",
    "normalize",
    "phrase_fits",
    "phrase_index",
    "tokenize",
    "tokenize_marking",
]

_T = TypeVar("_T")

#: token kinds
NUM = "num"
WORD = "word"
SYM = "sym"


#: One token: its kind, exact text, lower-cased text, offsets, whether whitespace
#: precedes it (``5-fold`` and ``5 - fold`` differ) and whether a blank line does
#: (a figure never spans paragraphs). A plain tuple, read by the index constants
#: below (``tok[LOW]``): a text has hundreds of tokens and most are never looked
#: at, and a plain tuple costs half what a ``NamedTuple`` costs to make (its own
#: free list, no copy from a tuple built first); reading a field by a constant
#: index is also cheaper than a named field's descriptor.
Token = tuple[str, str, str, int, int, bool, bool]
# Final, so that mypy types each field: tok[TEXT] is a str, tok[START] an int.
KIND: Final = 0
TEXT: Final = 1
LOW: Final = 2
START: Final = 3
END: Final = 4
SPACED: Final = 5
PARA: Final = 6


class Starts(NamedTuple):
    """The tokens :func:`tokenize_marking` marks: every number, a word whose lower-cased
    text is in ``words`` or whose text is in ``cased``, a symbol in ``symbols``."""

    words: frozenset[str]
    cased: frozenset[str]
    symbols: frozenset[str]
    #: ``words`` and ``cased`` lower-cased: the one test that rules out most words
    either: frozenset[str]

    @classmethod
    def of(
        cls, words: Iterable[str], cased: Iterable[str] = (), symbols: Iterable[str] = ()
    ) -> Starts:
        """The marks for these words, words as written, and symbols."""
        lows, written = frozenset(words), frozenset(cased)
        return cls(lows, written, frozenset(symbols), lows | {w.lower() for w in written})


_NO_STARTS = Starts.of(())


# Separators are grouped by kind so that one number never mixes them, and every
# repeated group starts with a separator: no two quantifiers compete for the
# same characters, so matching stays linear. After normalize() every exotic
# space (no-break, thin, narrow no-break) is a plain space.
_NUMERAL = (
    r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])"  # Indian grouping: 12,34,567.89
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)"  # 7,177 and 1,234.5
    r"|\d{1,3}(?:\.\d{3}){2,}(?!\d|\.\d)"  # 1.000.000 (two dot groups cannot be decimals)
    r"|\d{1,3}(?: \d{3})+(?:\.\d+)?(?![\d,])"  # 1 000 000
    r"|\d+(?:\.\d+)?"
    r"|(?<![\w.])\.\d+"  # .001 (a decimal written without its leading zero)
)
_TOKEN = re.compile(
    r"(?P<space>\s*)"  # whitespace before the token, remembered, never a token
    # Plain words one space apart, most of any prose, in one match: the words the
    # alternatives below would read one by one (split at the spaces). The last
    # one must end where they would end it too: at no letter, apostrophe, full
    # stop (an abbreviation) or dollar sign ("US$"); no other alternative reads
    # a word of letters followed by a space. Each word is possessive (++): a
    # word cut short is followed by a letter, which neither a space nor the
    # lookahead accepts, so giving letters back finds no other match; without
    # it, a run that ends at a full stop (every sentence's last word) or an
    # apostrophe gave them back one at a time before dropping the last word.
    r"(?:(?P<run>[a-zA-Z]++(?: [a-zA-Z]++)+)(?![^\W\d_]|['’.$])"
    # dollars with their country: "US$5", and "$US5" as Australian papers write it
    # (each alternative is guarded by its possible first characters, so a word
    # does not try every way a number or a dollar sign could start)
    r"|(?=[UNHACRS$])(?P<sym>(?<![^\W\d_])(?:U\.S\.\$|US\$|NZ\$|HK\$|[ACRS]\$)|\$(?:US|NZ|HK|[AC])(?=\d))"
    rf"|(?=[\d.])(?P<num>{_NUMERAL})"
    # U.S. / Taliban’s; a word that starts with an ASCII letter is read by the
    # second alternative, the same letters (the same maximal run) found faster:
    # a plain character set instead of a Unicode category test per letter
    # (the abbreviation looks ahead for its first full stop: most words have none)
    r"|(?P<word>(?=.\.)(?:[^\W\d_]\.){2,}"
    r"|[a-zA-Z]+[^\W\d_]*(?:['’][^\W\d_]+)*"
    r"|[^\W\d_]+(?:['’][^\W\d_]+)*)"
    r"|(?P<other>[^\s\w]|_))"
)

_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@cache
def _fold(char: str) -> str:
    folded = unicodedata.normalize("NFKC", char)
    if char == "\ufeff":
        return " "
    # Keep offsets: a character whose compatibility form is longer stays as is.
    return folded if len(folded) == 1 else char


def normalize(text: str) -> str:
    """``text`` with full-width forms and odd spaces folded, same length as ``text``.

    >>> normalize("１２％ and 1\\u202f000")
    '12% and 1 000'
    """
    if text.isascii():
        return text
    # Only the characters beyond ASCII can fold: one search in C picks them out
    # (news text has a few quotes and pound signs), not a set of every character.
    table = {ord(c): f for c in set(_NON_ASCII.findall(text)) if (f := _fold(c)) != c}
    # A text already normalised (the scanner normalises once) is returned as is.
    return text.translate(table) if table else text


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text`` (normalised first), whitespace dropped but remembered.

    Never raises: every character belongs to some token or to whitespace.
    """
    return tokenize_marking(text, _NO_STARTS)[0]


def tokenize_marking(
    text: str, starts: Starts, *, normalized: bool = False
) -> tuple[list[Token], list[int]]:
    """:func:`tokenize`, and the indices of the tokens ``starts`` marks, in order.

    The scanner's places worth a look, marked while the tokens are made: a
    second pass over every token cost as much again as marking them here.
    ``normalized`` says the caller has normalised ``text`` already (the
    scanner does, for its other readers): a text beyond ASCII is then not
    searched for foldable characters a second time.
    """
    if not normalized:
        text = normalize(text)
    tokens: list[Token] = []
    marked: list[int] = []
    append = tokens.append
    mark = marked.append
    words, cased, symbols, either = starts
    # findall hands back strings, not match objects (twice as fast). The
    # matches tile the text, since every character that is no whitespace
    # starts a token, so the offsets are the running sum of the lengths.
    end = 0
    for space, run, sym, num, word, other in _TOKEN.findall(text):
        if space == " " and word:
            # a word after one space that is no run's (before a comma, say)
            start = end + 1
            end = start + len(word)
            low = word.lower()
            if low in either and (low in words or word in cased):
                mark(len(tokens))
            append((WORD, word, low, start, end, True, False))
            continue
        if space:
            start = end + len(space)
            spaced = True
            para = space != " " and space.count("\n") > 1
        else:
            start = end
            spaced = start == 0
            para = False
        if run:
            for part in run.split(" "):
                end = start + len(part)
                low = part.lower()
                if low in either and (low in words or part in cased):
                    mark(len(tokens))
                append((WORD, part, low, start, end, spaced, para))
                start, spaced, para = end + 1, True, False
        elif word:
            end = start + len(word)
            low = word.lower()
            if low in either and (low in words or word in cased):
                mark(len(tokens))
            append((WORD, word, low, start, end, spaced, para))
        elif num:
            end = start + len(num)
            mark(len(tokens))
            append((NUM, num, num, start, end, spaced, para))
        else:
            value = sym or other
            end = start + len(value)
            if value in symbols:
                mark(len(tokens))
            append((SYM, value, value.lower(), start, end, spaced, para))
    return tokens, marked


def phrase_index(table: Mapping[str, _T]) -> dict[str, list[tuple[tuple[str, ...], _T]]]:
    """``table``'s phrases as lower-case token texts, indexed by their first token.

    Each list is longest first, so "no more than" wins over a shorter phrase
    that starts the same way.
    """
    index: dict[str, list[tuple[tuple[str, ...], _T]]] = {}
    for phrase, meaning in table.items():
        words = tuple(t[LOW] for t in tokenize(phrase))
        index.setdefault(words[0], []).append((words, meaning))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


def phrase_fits(tokens: Sequence[Token], i: int, words: tuple[str, ...]) -> bool:
    """Whether the phrase ``words`` is written at ``tokens[i]``, whose text is its index key."""
    if i + len(words) > len(tokens):
        return False
    # a plain loop, no generator: this runs at every place a figure may start
    for k in range(1, len(words)):  # noqa: SIM110 (see above)
        if tokens[i + k][LOW] != words[k]:
            return False
    return True


def match_phrase(
    index: Mapping[str, list[tuple[tuple[str, ...], _T]]], tokens: Sequence[Token], i: int
) -> tuple[_T, int] | None:
    """The longest phrase of ``index`` written at ``tokens[i]``: its meaning and the index after it.

    >>> match_phrase(phrase_index({"more than": 1, "more": 2}), tokenize("more than 5"), 0)
    (1, 2)
    """
    if i >= len(tokens):
        return None
    for words, meaning in index.get(tokens[i][LOW], ()):
        if phrase_fits(tokens, i, words):
            return meaning, i + len(words)
    return None
