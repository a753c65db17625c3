"""Where things stand in a text: offsets to lines and columns, and finding quotes.

Claims quote the article; a quote is found again even if the article's
whitespace or typographic punctuation changed (curly vs straight quotes,
en/em dashes vs hyphens), but not if any word or digit changed — then the
claim is stale.

>>> index = LineIndex("one\\ntwo 996")
>>> index.position(8)
(2, 5)
>>> find_quote("rose from 780 to 996", "from  780")
[(5, 13)]
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Iterable
from functools import lru_cache

import attrs

from factcheck._repr import fields_repr

__all__ = [
    "LineIndex",
    "QuoteFinder",
    "closest_passage",
    "find_quote",
    "normalize_for_matching",
    "word_changes",
]

# Characters that count as the same for matching a quote: typographic quotes
# and dashes, and every kind of space (no-break, thin, narrow no-break).
_EQUIVALENT = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "″": '"',
        "–": "-",
        "—": "-",
        "‒": "-",
        "―": "-",
        "−": "-",
        "‐": "-",
        "‑": "-",
    }
)


_SPACES = re.compile(r"\s+")
_NEWLINE = re.compile("\n")
_RUNS = re.compile(r"\s{2,}")  # only runs of two or more shift offsets


class _Folded:
    """A text folded for matching, and how to map its offsets back.

    ``starts[k]`` is where the k-th unshifted stretch begins in ``text``
    (folded) and ``origins[k]`` where it began in the original: only runs of
    two or more spaces shift offsets, so this is far smaller than a table of
    every character. (A plain class: an attrs class costs 0.6 ms of start-up.)
    """

    __slots__ = ("origins", "starts", "text")

    def __init__(self, text: str, starts: array[int], origins: array[int]) -> None:
        self.text = text
        self.starts = starts
        self.origins = origins

    def origin(self, at: int) -> int:
        k = bisect.bisect_right(self.starts, at) - 1
        return self.origins[k] + at - self.starts[k]


def _fold(text: str) -> _Folded:
    translated = text.translate(_EQUIVALENT)
    starts, origins = array("q", [0]), array("q", [0])
    removed = 0
    for run in _RUNS.finditer(translated):
        removed += run.end() - run.start() - 1
        starts.append(run.end() - removed)
        origins.append(run.end())
    # str.isspace and the regex class \s agree on every code point, so this
    # folds exactly the characters the matching rule calls whitespace.
    return _Folded(_SPACES.sub(" ", translated), starts, origins)


# A claims file anchors all its quotes in one article: folding it once rather
# than once per quote made loading n claims take n times the article's length
# in Python steps (the largest cost of a cold audit after pint). Keyed on the
# text itself, so any caller gets the benefit; a few entries are enough.
_fold_cached = lru_cache(maxsize=8)(_fold)


def normalize_for_matching(text: str) -> tuple[str, list[int]]:
    """Fold typographic variants and runs of whitespace; map each kept character back.

    Returns the folded text and, for each of its characters, the offset of the
    character it came from in ``text`` (plus one entry for the end).
    """
    folded = _fold(text)
    origin = [folded.origin(i) for i in range(len(folded.text))]
    origin.append(len(text))
    return folded.text, origin


def find_quote(text: str, quote: str) -> list[tuple[int, int]]:
    """Every ``(start, end)`` span of ``text`` that matches ``quote`` up to whitespace/typography.

    Offsets are 0-based character offsets into ``text``; ``end`` is exclusive.
    To find many quotes in one text, :class:`QuoteFinder` is faster.
    """
    return QuoteFinder(text).find(quote)


#: Articles longer than this are not searched for a stale quote's closest passage.
CLOSEST_LIMIT = 300_000
_WORDS = re.compile(r"\S+")


def closest_passage(text: str, quote: str) -> tuple[int, int] | None:
    """The span of ``text`` most like ``quote`` (a quote that no longer matches), if any is.

    Every run of as many words as the quote has is compared with it; the most
    alike must share at least half of it.

    >>> text = "Killings rose from 275 in 2010 to 996."
    >>> s, e = closest_passage(text, "from 257 in 2010")
    >>> text[s:e]
    'from 275 in 2010'
    """
    import difflib

    quote = " ".join(quote.split())
    if not quote or not text or len(text) > CLOSEST_LIMIT:
        return None
    words = [(m.start(), m.end()) for m in _WORDS.finditer(text)]
    size = len(quote.split())
    matcher = difflib.SequenceMatcher(None, "", quote, autojunk=False)
    best, best_ratio = None, 0.5
    for i in range(max(0, len(words) - size + 1)):
        start, end = words[i][0], words[i + size - 1][1]
        matcher.set_seq1(" ".join(text[start:end].split()))
        if matcher.real_quick_ratio() < best_ratio or matcher.quick_ratio() < best_ratio:
            continue
        ratio = matcher.ratio()
        if ratio > best_ratio or (best is None and ratio >= best_ratio):
            best, best_ratio = (start, end), ratio
    if best is None:
        return None
    start, end = best
    # no punctuation beyond what the quote itself has at its ends
    while end > start and text[end - 1] in ".,;:!?)\"'”’" and not quote.endswith(text[end - 1]):
        end -= 1
    while start < end and text[start] in "(\"'“‘" and not quote.startswith(text[start]):
        start += 1
    return start, end


def word_changes(old: str, new: str) -> list[str]:
    """The words of ``old`` replaced, removed or added in ``new``, as ``old → new``.

    >>> word_changes("from 257 in 2010", "from 275 in 2010")
    ['257 → 275']
    """
    import difflib

    before, after = _WORDS.findall(old), _WORDS.findall(new)
    out = []
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag != "equal":
            out.append(f"{' '.join(before[a0:a1]) or '∅'} → {' '.join(after[b0:b1]) or '∅'}")
    return out


class QuoteFinder:
    """Finds quotes in one text, many at a time.

    Finding one quote means searching the whole text for every place it
    matches, so n quotes cost n passes over the text: for an article with
    thousands of claims that grows with the square of its size. After
    :meth:`prepare` with many quotes, one pass over the text finds them all.

    >>> finder = QuoteFinder("rose from 780 to 996, then from 996 to 1,020")
    >>> finder.prepare(["from 780", "996"])
    >>> finder.find("996")
    [(17, 20), (32, 35)]
    """

    #: With fewer quotes than this, a search per quote (in C) is the faster.
    BATCH = 500
    #: Quotes at least this long are found through their first characters.
    PREFIX = 8

    def __init__(self, text: str) -> None:
        self._folded = _fold_cached(text)
        self._found: dict[str, list[int]] = {}
        self._needles: dict[str, str] = {}

    def _needle(self, quote: str) -> str:
        """``quote`` folded as the text is: prepared quotes are asked for again one by one."""
        needle = self._needles.get(quote)
        if needle is None:
            # the folded text alone: a needle needs no map of its offsets
            needle = self._needles[quote] = _SPACES.sub(" ", quote.strip().translate(_EQUIVALENT))
        return needle

    def find(self, quote: str) -> list[tuple[int, int]]:
        """The spans of ``quote`` in the text (see :func:`find_quote`)."""
        needle = self._needle(quote)
        if not needle:
            return []
        starts = self._found.get(needle)
        if starts is None:
            starts = self._found[needle] = self._search(needle)
        folded = self._folded
        return [(folded.origin(at), folded.origin(at + len(needle) - 1) + 1) for at in starts]

    def prepare(self, quotes: Iterable[str]) -> None:
        """Find ``quotes`` now, all in one pass over the text when there are many."""
        needles = {self._needle(q) for q in quotes} - self._found.keys() - {""}
        if len(needles) < self.BATCH:
            return  # found one by one, when asked
        long = [n for n in needles if len(n) >= self.PREFIX]
        if long:
            self._scan(long, min(16, *map(len, long)))
        by_length: dict[int, list[str]] = {}
        for needle in needles:
            if len(needle) < self.PREFIX:
                by_length.setdefault(len(needle), []).append(needle)
        for width, short in by_length.items():
            self._scan(short, width)

    def _search(self, needle: str) -> list[int]:
        text = self._folded.text
        starts = []
        at = text.find(needle)
        while at != -1:
            starts.append(at)
            at = text.find(needle, at + 1)
        return starts

    def _scan(self, needles: list[str], width: int) -> None:
        # Look up the `width` characters at every position of the text among
        # the needles' beginnings, and compare the whole needle only there.
        by_prefix: dict[str, list[str]] = {}
        for needle in needles:
            by_prefix.setdefault(needle[:width], []).append(needle)
            self._found[needle] = []
        text = self._folded.text
        candidates_at = by_prefix.get
        for at in range(len(text) - width + 1):
            candidates = candidates_at(text[at : at + width])
            if candidates is not None:
                for needle in candidates:
                    if text.startswith(needle, at):
                        self._found[needle].append(at)


# Never compared: without eq, attrs compiles no __eq__/__hash__ at import (cold start).
@attrs.frozen(eq=False)
class LineIndex:
    """Turns 0-based character offsets into 1-based (line, column) pairs.

    Columns count Unicode code points (Python string indices), which is what
    SARIF's ``unicodeCodePoints`` and the JSON contract expect. Lines end at
    ``\\n``; a ``\\r`` before it belongs to the line it ends.
    """

    __repr__ = fields_repr

    text: str
    _starts: list[int] = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        starts = [0]
        starts.extend(match.end() for match in _NEWLINE.finditer(self.text))
        object.__setattr__(self, "_starts", starts)

    def position(self, offset: int) -> tuple[int, int]:
        """``(line, column)`` of ``offset``, both 1-based."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def line_text(self, line: int) -> str:
        """The text of 1-based ``line`` without its line ending."""
        start = self._starts[line - 1]
        end = self._starts[line] - 1 if line < len(self._starts) else len(self.text)
        return self.text[start:end].rstrip("\r")
