"""Draft claims files (``factcheck init``): every figure of an article, quoted and parsed.

The draft is a starting point for an editor: each figure gets a claim with a
quote that is unique in the article, the figure's reading as a comment, and
an id made from the words next to it. Checks the relation detector can see
in the text are pre-filled when it is available.
"""

from __future__ import annotations

import json
import re

from factcheck.figures import Figure, Kind
from factcheck.text.anchors import find_quote

__all__ = ["draft_claims", "suggest_id", "unique_quote"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "by",
        "for",
        "and",
        "or",
        "than",
        "more",
        "less",
        "over",
        "under",
        "about",
        "some",
        "nearly",
        "almost",
        "up",
        "as",
        "from",
        "with",
        "its",
        "their",
        "his",
        "her",
        "this",
        "that",
        "these",
        "those",
        "is",
        "was",
        "were",
        "be",
        "been",
        "per",
        "cent",
        "percent",
    ]
)


def _yaml_str(text: str) -> str:
    # A JSON string is a valid YAML double-quoted scalar, escapes included.
    return json.dumps(text, ensure_ascii=False)


def unique_quote(text: str, start: int, end: int, *, limit: int = 120) -> tuple[int, int]:
    """Grow ``text[start:end]`` word by word until it appears once in ``text``."""
    left, right = start, end
    while len(find_quote(text, text[left:right])) > 1 and right - left < limit:
        grew = False
        if right < len(text):
            nxt = text.find(" ", right + 1)
            right = len(text) if nxt == -1 else nxt
            grew = True
        if len(find_quote(text, text[left:right])) > 1 and left > 0:
            prev = text.rfind(" ", 0, max(left - 1, 0))
            left = 0 if prev == -1 else prev + 1
            grew = True
        if not grew:
            break
    return left, right


def suggest_id(text: str, figure: Figure) -> str:
    """An id from the figure's noun or the words after (or before) it."""
    start, end = figure.span
    words: list[str] = []
    if figure.noun:
        words = _WORD.findall(figure.noun)
    if not words:
        words = [w for w in _WORD.findall(text[end : end + 40]) if w.lower() not in _STOP][:2]
    if not words:
        words = [
            w for w in _WORD.findall(text[max(0, start - 40) : start]) if w.lower() not in _STOP
        ][-2:]
    base = (
        "_".join(w.lower().replace("'", "").replace("-", "_") for w in words) or figure.kind.value
    )
    if figure.kind is Kind.DATE:
        base = "date_" + base if not base.startswith("date") else base
    return base[:40]


def draft_claims(text: str, *, document: str) -> str:
    """A claims-file draft for ``text`` as YAML (the article is named ``document``)."""
    from factcheck.claims import dateline
    from factcheck.text.scanner import find_figures

    lines = [
        "# Draft written by `factcheck init`: check every reading, delete what is not",
        "# worth checking, and add checks (see `factcheck rules`).",
        f"document: {_yaml_str(document)}",
        "claims:",
    ]
    taken: dict[str, int] = {}
    # Dates written without a year ("on 14 April") belong to the dateline's year,
    # as they will when the claims file is loaded.
    published = dateline(text)
    for figure in find_figures(text, default_year=None if published is None else published.year):
        start, end = figure.span
        q_start, q_end = unique_quote(text, start, end)
        base = suggest_id(text, figure)
        taken[base] = taken.get(base, 0) + 1
        cid = base if taken[base] == 1 else f"{base}_{taken[base]}"
        quote = text[q_start:q_end]
        lines.append(f"  {cid}:  # {figure.describe()} [{figure.hedge.value}]")
        lines.append(f"    quote: {_yaml_str(quote)}")
        if quote != figure.text:
            lines.append(f"    figure: {_yaml_str(figure.text)}")
    if len(lines) == 4:
        lines[-1] = "claims: {}"
    lines.append("checks: []")
    return "\n".join(lines) + "\n"
