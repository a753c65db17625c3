"""Where sentences end: the scan reads relations one sentence at a time."""

from __future__ import annotations

import itertools
import re

__all__ = ["MAX_SENTENCE", "sentences"]

# ------------------------------------------------------------------ sentences
# A sentence ends at . ! or ? followed by white space, at a blank line, and
# around headings and list items. Every pattern is a plain scan with no
# nested repetition, so splitting is linear in the text.
# Every alternative's first character is read by one leading character set, and
# each alternative then looks back at it: a pattern that opens with a set lets
# the engine skip ahead to those characters in one tight loop (a leading
# lookahead, the earlier form, still tried the pattern at every position; a
# plain alternation at every position was twice as slow again). The
# alternatives, in their order: ". ", a blank line, a line that opens a list
# item or heading, a heading after a line break, a heading that opens the text.
_BOUNDARY = re.compile(
    r"[.!?\n#](?:"
    r"(?<=[.!?])[.!?]*[\"'”’)\]]*(?=\s)"
    r"|(?<=\n)[ \t]*\n"
    r"|(?<=\n)(?=[ \t]*(?:#|[-*+][ \t]|\d{1,3}[.)][ \t]))"
    r"|(?<=\n#)[^\n]*\n|(?<![\s\S]{2})(?<=#)[^\n]*\n)"
)
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "no",
        "nos",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "u.s",
        "u.k",
        "u.n",
        "approx",
        "ca",
        "c",
        "gen",
        "gov",
        "sen",
        "rep",
        "prof",
        "inc",
        "corp",
        "ltd",
        "co",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "fig",
        "figs",
        "p",
        "pp",
        "vol",
        "ft",
        "a.m",
        "p.m",
    ]
)
_WORD_BEFORE = re.compile(r"(?:[^\W\d_]|\.)+$")
#: How far back an abbreviation is looked for: one character more than the longest
#: (a longer run of letters is no abbreviation, however long it is).
_REACH = max(map(len, _ABBREVIATIONS)) + 1
#: Longest sentence read for relations; longer runs are lists or tables, not prose.
MAX_SENTENCE = 1500


def sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text``, white space trimmed, in order.

    >>> text = "Sales rose 5% to $3.2 million. Mr. Smith left.\\n\\n# News"
    >>> [text[a:b] for a, b in sentences(text)]
    ['Sales rose 5% to $3.2 million.', 'Mr. Smith left.', '# News']
    """
    cuts: list[int] = [0]
    for match in _BOUNDARY.finditer(text):
        at = match.start()
        # the first character, not the whole match: no string is made for it
        if text[at] == "." and _abbreviation_before(text, at):
            continue
        cuts.append(match.end())
    cuts.append(len(text))
    spans: list[tuple[int, int]] = []
    for a, b in itertools.pairwise(cuts):
        # one space after a full stop, mostly: tested once before the loop
        if a < b and text[a].isspace():
            a += 1
            while a < b and text[a].isspace():
                a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append((a, b))
    return spans


def _abbreviation_before(text: str, at: int) -> bool:
    """Whether the full stop at ``at`` ends an abbreviation (``Mr.``, ``U.S.``) or an initial."""
    # One search in C instead of a loop over characters (a scan asks this at every
    # full stop): the letters and dots right before, no more than _REACH of them
    # (the search tries every start in reach: the fewer, the faster).
    if at >= _REACH and text[at - _REACH : at].isalpha():
        # Letters all the way back (two full stops in five here): the search would
        # find _REACH of them, too many for an abbreviation or an initial.
        return False
    reach = max(0, at - _REACH)
    space = text.rfind(" ", reach, at)
    word = text[space + 1 : at] if space >= 0 else ""
    if not word.isalpha():
        # Not the plain case of letters after a space (str.isalpha() letters are all
        # [^\W\d_] ones, and a space is none: there the search finds the same word).
        match = _WORD_BEFORE.search(text, reach, at)
        if match is None:
            return False
        word = match.group()
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())
