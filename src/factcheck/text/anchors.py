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

import attrs

__all__ = ["LineIndex", "find_quote", "normalize_for_matching"]

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


def normalize_for_matching(text: str) -> tuple[str, list[int]]:
    """Fold typographic variants and runs of whitespace; map each kept character back.

    Returns the folded text and, for each of its characters, the offset of the
    character it came from in ``text`` (plus one entry for the end).
    """
    folded = text.translate(_EQUIVALENT)
    out: list[str] = []
    origin: list[int] = []
    in_space = False
    for i, ch in enumerate(folded):
        if ch.isspace():
            if not in_space:
                out.append(" ")
                origin.append(i)
            in_space = True
            continue
        in_space = False
        out.append(ch)
        origin.append(i)
    origin.append(len(text))
    return "".join(out), origin


def find_quote(text: str, quote: str) -> list[tuple[int, int]]:
    """Every ``(start, end)`` span of ``text`` that matches ``quote`` up to whitespace/typography.

    Offsets are 0-based character offsets into ``text``; ``end`` is exclusive.
    """
    needle, _ = normalize_for_matching(quote.strip())
    if not needle:
        return []
    haystack, origin = normalize_for_matching(text)
    spans: list[tuple[int, int]] = []
    at = haystack.find(needle)
    while at != -1:
        start = origin[at]
        last = origin[at + len(needle) - 1]
        spans.append((start, last + 1))
        at = haystack.find(needle, at + 1)
    return spans


@attrs.frozen
class LineIndex:
    """Turns 0-based character offsets into 1-based (line, column) pairs.

    Columns count Unicode code points (Python string indices), which is what
    SARIF's ``unicodeCodePoints`` and the JSON contract expect. Lines end at
    ``\\n``; a ``\\r`` before it belongs to the line it ends.
    """

    text: str
    _starts: list[int] = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        starts = [0]
        starts.extend(i + 1 for i, ch in enumerate(self.text) if ch == "\n")
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

    def sentence(self, start: int, end: int) -> tuple[str, int, int]:
        """The sentence around ``start``–``end`` and the span's offsets inside it.

        A sentence ends at ., ! or ? followed by whitespace, or at a blank line.
        """
        text = self.text
        left = start
        while left > 0:
            ch = text[left - 1]
            if ch == "\n" and left >= 2 and text[left - 2] == "\n":
                break
            if (
                ch.isspace()
                and left >= 2
                and text[left - 2] in ".!?"
                and not _decimal_at(text, left - 2)
            ):
                break
            left -= 1
        right = end
        while right < len(text):
            ch = text[right]
            if ch in ".!?" and (right + 1 == len(text) or text[right + 1].isspace()):
                right += 1
                break
            if ch == "\n" and right + 1 < len(text) and text[right + 1] == "\n":
                break
            right += 1
        sentence = text[left:right]
        stripped = sentence.lstrip()
        shift = len(sentence) - len(stripped)
        return stripped.rstrip(), start - left - shift, end - left - shift


def _decimal_at(text: str, i: int) -> bool:
    # "1.5" is not a sentence end: a dot between digits.
    return (
        text[i] == "." and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
    )
