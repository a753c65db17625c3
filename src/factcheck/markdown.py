"""Markdown read as Markdown: the prose of a file, at the offsets it has in the file.

:func:`prose_text` returns the text with everything that is not prose
replaced by spaces of the same length (line breaks kept): YAML front matter,
fenced and indented code, inline code, HTML blocks, tags and comments, link
targets, images (alt text included) and bare URLs. Every offset, and so every
line and column, is the same in both texts, so whatever reads the prose
(the scanner, the relation detector, ``factcheck init``) reports places in
the original file without any mapping back. Plain text (``.txt``, or any
suffix but ``.md``/``.markdown``) is returned as it is.

The Markdown is parsed by markdown-it-py (CommonMark). Its inline rules for
code, links, images, autolinks and inline HTML are wrapped to record where
in the source each match lies.

:func:`published_date` gives the publication date of a file: the ``date:``
of its front matter, else a dateline at the top of its prose (below a
``# Headline``).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_inline import StateInline

__all__ = [
    "MARKDOWN_SUFFIXES",
    "Article",
    "front_matter",
    "is_markdown",
    "prose_text",
    "published_date",
    "read_article",
]

MARKDOWN_SUFFIXES = (".md", ".markdown")

#: Line breaks as markdown-it counts them (it normalises them before parsing).
_LINE_BREAK = re.compile(r"\r\n?|\n")
_FRONT_MATTER = re.compile(
    r"\A\ufeff?---[ \t]*\r?\n(?:.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?=\r?\n|\Z)", re.S
)
_URL = re.compile(r"(?i)\b(?:https?://|ftp://|www\.)[^\s<>()\[\]]+")
_BLOCKS_NOT_PROSE = frozenset({"fence", "code_block", "html_block"})
_INLINE_NOT_PROSE = ("backticks", "image", "autolink", "html_inline")
#: What each of those (and a link) needs to be there at all: a backtick or
#: tilde (code spans, fences), "<" (HTML, autolinks), "[" (links, images), or
#: four columns of indentation before text on a line (indented code: spaces,
#: or a tab). A text with none of them is all prose to markdown-it, and is not
#: parsed: importing the parser alone costs a cold audit some 15 ms (docs/performance.md).
_MAY_HIDE_PROSE = re.compile(r"[`~<\[\t]| {4}(?= *[^ \r\n])")


class Article(NamedTuple):
    """An article as the commands read it."""

    text: str  #: the file's text, for quotes and for the sentences reports show
    prose: str  #: :func:`prose_text` of it: what the scanner reads (same offsets)
    published: _dt.date | None  #: :func:`published_date` of it


def read_article(path: Path, **options: Any) -> Article:
    """Read the article at ``path`` with its prose and date.

    ``options`` go to :func:`factcheck.claims.read_document` (UTF-8 only; errors name the file).
    """
    from factcheck.claims import read_document

    text = read_document(path, **options)
    return Article(text, prose_text(text, path.suffix), published_date(text, path.suffix))


def is_markdown(suffix: str) -> bool:
    """Whether a file with this suffix is read as Markdown."""
    return suffix.lower() in MARKDOWN_SUFFIXES


def front_matter(text: str) -> tuple[int, int] | None:
    """The span of the YAML front matter at the top of ``text`` (``---`` ... ``---``)."""
    match = _FRONT_MATTER.match(text)
    return None if match is None else (match.start(), match.end())


def _blank(chars: list[str], start: int, end: int) -> None:
    for at in range(max(start, 0), min(end, len(chars))):
        if chars[at] not in "\r\n":
            chars[at] = " "


def prose_text(text: str, suffix: str = ".md") -> str:
    """``text`` with what is not prose blanked out (same length, same line breaks).

    >>> prose_text("Up `42` [to 5%](http://x.org/2021) <!-- 7 -->", ".md")
    'Up       to 5%                               '
    >>> prose_text("Up `42`", ".txt")
    'Up `42`'
    """
    if not is_markdown(suffix):
        return text
    chars = list(text)
    matter = front_matter(text)
    if matter is not None:
        _blank(chars, *matter)
    body = "".join(chars)
    if _MAY_HIDE_PROSE.search(body) is not None:
        for start, end in _not_prose(text, body):
            _blank(chars, start, end)
    prose = "".join(chars)
    for match in _URL.finditer(prose):
        _blank(chars, match.start(), match.end())
    return "".join(chars)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in _LINE_BREAK.finditer(text))
    return starts


def _not_prose(original: str, text: str) -> Iterator[tuple[int, int]]:
    """Spans of ``text`` (front matter already blank) that Markdown does not show as prose."""
    md = _parser()
    env: dict[str, Any] = {"factcheck_spans": []}
    tokens = md.parse(text, env)
    starts = _line_starts(original)
    starts.append(len(original) + 1)
    records: list[tuple[str, int, int]] = env["factcheck_spans"]
    used = 0
    for token in tokens:
        if token.map is None:
            continue
        first, last = token.map
        if token.type in _BLOCKS_NOT_PROSE:
            yield starts[first], starts[min(last, len(starts) - 1)]
        elif token.type == "inline":
            mine = []
            while used < len(records) and records[used][0] is token.content:
                mine.append(records[used])
                used += 1
            if mine:
                where = _inline_offsets(token.content, original, starts, first, last)
                for _, a, b in mine:
                    yield where(a), where(b - 1) + 1


def _inline_offsets(
    content: str, original: str, starts: list[int], first: int, last: int
) -> Callable[[int], int]:
    """A map from offsets in an inline token's ``content`` to offsets in ``original``.

    The content is the lines ``first``..``last`` of the source with each
    line's block markup (indentation, ``>``, ``#``) taken off: each of its
    lines is found in its source line.
    """
    bases: list[tuple[int, int]] = []  # (offset in content, offset in original) per line
    at = 0
    for number, line in enumerate(content.split("\n")):
        row = min(first + number, last - 1, len(starts) - 2)
        source = original[starts[row] : starts[row + 1]].rstrip("\r\n")
        stripped = source.rstrip()
        if line and stripped.endswith(line):
            column = len(stripped) - len(line)
        else:
            found = source.find(line)
            column = found if found >= 0 else 0
        bases.append((at, starts[row] + column))
        at += len(line) + 1

    def where(offset: int) -> int:
        for base, origin in reversed(bases):
            if offset >= base:
                return origin + offset - base
        return bases[0][1] + offset

    return where


@cache
def _parser() -> MarkdownIt:
    """A CommonMark parser whose inline rules record where code, links and tags lie."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark")
    for name in (*_INLINE_NOT_PROSE, "link"):
        md.inline.ruler.at(name, _recording(name, _rule(md, name)))
    return md


def _rule(md: MarkdownIt, name: str) -> Callable[[StateInline, bool], bool]:
    for rule in md.inline.ruler.__rules__:
        if rule.name == name:
            return rule.fn
    raise LookupError(name)  # pragma: no cover - the preset has every rule named


def _recording(
    name: str, rule: Callable[[StateInline, bool], bool]
) -> Callable[[StateInline, bool], bool]:
    def recorded(state: StateInline, silent: bool) -> bool:
        start = state.pos
        label_end = -1
        if name == "link" and not silent:
            label_end = state.md.helpers.parseLinkLabel(state, start, True)
        if not rule(state, silent):
            return False
        if not silent:
            spans = state.env.setdefault("factcheck_spans", [])
            if name == "link":
                # the label is prose; the brackets and the target are not
                spans.append((state.src, start, start + 1))
                if label_end >= 0:
                    spans.append((state.src, label_end, state.pos))
            else:
                spans.append((state.src, start, state.pos))
        return True

    return recorded


def published_date(text: str, suffix: str = ".md") -> _dt.date | None:
    """The publication date: front matter ``date:``, else the dateline of the prose.

    In Markdown, headings at the top are passed over, so a dateline below a
    ``# Headline`` is found.

    >>> published_date("---\\ntitle: x\\ndate: 2021-06-01\\n---\\nText.")
    datetime.date(2021, 6, 1)
    >>> published_date("# Profits up\\n\\nThursday, 23 March 2023\\n\\nText.")
    datetime.date(2023, 3, 23)
    """
    from factcheck.text.dateline import dateline

    if not is_markdown(suffix):
        return dateline(text)
    date = _front_matter_date(text)
    if date is not None:
        return date
    prose = prose_text(text, suffix)
    lines = prose.split("\n")
    top = 0
    for line in lines:
        stripped = line.strip()
        if stripped and not stripped.startswith("#") and not set(stripped) <= set("=-"):
            break
        top += 1
    return dateline("\n".join(lines[top:]))


def _front_matter_date(text: str) -> _dt.date | None:
    span = front_matter(text)
    if span is None:
        return None
    import yaml

    block = text[span[0] : span[1]].lstrip("\ufeff")
    body = block.split("\n", 1)[1] if "\n" in block else ""
    body = body.rsplit("\n", 1)[0] if body.rstrip().endswith(("---", "...")) else body
    try:
        data = yaml.safe_load(body)
    except yaml.YAMLError:
        return None
    if not isinstance(data, dict):
        return None
    value = data.get("date", data.get("published"))
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        from factcheck.text.dateline import dateline

        try:
            return _dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return dateline(value)
    return None
