"""Draft claims files (``factcheck init``): every figure of an article, quoted and parsed.

The draft is a starting point for an editor: each figure gets a claim with a
quote that is unique in the article, the figure's reading as a comment, and
an id made from the words next to it. Checks the relation detector can see
in the text are pre-filled when it is available.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from factcheck.figures import Figure, Kind
from factcheck.text.anchors import find_quote

if TYPE_CHECKING:
    from factcheck.text.relations import Relation

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


# What YAML may not hold raw (outside its printable set) that JSON leaves raw:
# DEL, the C1 controls but NEL, lone surrogates, U+FFFE and U+FFFF.
_NOT_YAML = re.compile("[\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


def _yaml_str(text: str) -> str:
    """``text`` as a YAML double-quoted scalar that loads back to ``text``.

    A JSON string is one, escapes included, once the characters YAML refuses
    raw are escaped too (``\\u007f``, ``\\u0085``...).

    >>> _yaml_str("a\\x7fb\\ufffe")
    '"a\\\\u007fb\\\\ufffe"'
    """
    quoted = json.dumps(text, ensure_ascii=False)
    return _NOT_YAML.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


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


#: Where the words that name a figure stop: the end of its clause, or of its sentence.
_CLAUSE_END = re.compile(r"[.;:!?()\n]|,\s")
_SENTENCE_END = re.compile(r"[.;:!?\n]\s")
_REACH = 60


def _words_after(text: str, end: int, stops: re.Pattern[str]) -> list[str]:
    window = text[end : end + _REACH]
    stop = stops.search(window)
    if stop is not None:
        window = window[: stop.start()]
    elif end + _REACH < len(text) and text[end + _REACH].isalpha():
        window = window[: window.rfind(" ") + 1]  # no word cut in half
    return [w for w in _WORD.findall(window) if w.lower() not in _STOP]


def _words_before(text: str, start: int, stops: re.Pattern[str]) -> list[str]:
    window = text[max(0, start - _REACH) : start]
    found = list(stops.finditer(window))
    if found:
        window = window[found[-1].end() :]
    elif start - _REACH > 0 and text[start - _REACH - 1].isalpha():
        window = window[window.find(" ") + 1 :]
    return [w for w in _WORD.findall(window) if w.lower() not in _STOP]


def suggest_id(text: str, figure: Figure) -> str:
    """An id from the figure's noun, else the nearest words of its clause, else of its sentence.

    Words after the figure come first ("7,177 security incidents"), then those
    before it ("killings of civil servants climbed from 780").

    >>> from factcheck.text.scanner import find_figures
    >>> text = "Targeted killings rose from 780 in 2019 to 996, a 28% rise."
    >>> [suggest_id(text, f) for f in find_figures(text)]
    ['killings_rose', 'date_killings_rose', 'killings_rose', 'rise']
    """
    start, end = figure.span
    words: list[str] = []
    if figure.noun:
        words = _WORD.findall(figure.noun)
    for stops in (_CLAUSE_END, _SENTENCE_END):
        if not words:
            words = _words_after(text, end, stops)[:2]
        if not words:
            words = _words_before(text, start, stops)[-2:]
    base = (
        "_".join(w.lower().replace("'", "").replace("-", "_") for w in words) or figure.kind.value
    )
    if figure.kind is Kind.DATE:
        base = "date_" + base if not base.startswith("date") else base
    return base[:40]


def draft_claims(text: str, *, document: str) -> str:
    """A claims-file draft for ``text`` as YAML (the article is named ``document``).

    Every figure becomes a claim; every relation :func:`factcheck.text.relations.detect`
    sees in a sentence becomes a check on those claims, so ``factcheck audit``
    on the untouched draft checks what ``factcheck scan`` checks.
    """
    from factcheck.claims import dateline
    from factcheck.text.relations import detect
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
    figures = find_figures(text, default_year=None if published is None else published.year)
    # Times of day are found but not checked: no claim can quote them yet.
    figures = [f for f in figures if f.kind is not Kind.TIME]
    relations = detect(text, published=published)
    units = _claim_units(relations, figures)
    ids: dict[tuple[int, int], str] = {}
    for figure in figures:
        start, end = _readable_span(text, figure)
        q_start, q_end = unique_quote(text, start, end)
        base = suggest_id(text, figure)
        taken[base] = taken.get(base, 0) + 1
        cid = base if taken[base] == 1 else f"{base}_{taken[base]}"
        ids[figure.span] = cid
        quote = text[q_start:q_end]
        lines.append(f"  {cid}:  # {figure.describe()} [{figure.hedge.value}]")
        lines.append(f"    quote: {_yaml_str(quote)}")
        if quote != text[start:end]:
            lines.append(f"    figure: {_yaml_str(text[start:end])}")
        if figure.span in units:
            lines.append(f"    unit: {_yaml_str(units[figure.span])}")
    if len(lines) == 4:
        lines[-1] = "claims: {}"
    checks = _draft_checks(relations, ids, figures)
    lines.extend(checks or ["checks: []"])
    return "\n".join(lines) + "\n"


_WORD_BEFORE = re.compile(r"\S+\s*$")
_WORD_AFTER = re.compile(r"^\s*\S+")


def _readable_span(text: str, figure: Figure) -> tuple[int, int]:
    """The span a claim must quote for its figure to read as the scanner read it.

    A change's direction lives in the words around the number ("a cut of
    44%", "a 61% increase"), which the figure's own span leaves out; the
    claim's ``figure:`` takes in the fewest of them that give the same trend.
    """
    from factcheck.errors import FactcheckError
    from factcheck.text.parse import parse_figure

    start, end = figure.span
    if figure.trend is None:
        return start, end
    candidates = []
    left = start
    for _ in range(4):
        match = _WORD_BEFORE.search(text, 0, left)
        if match is None:
            break
        left = match.start()
        candidates.append((left, end))
    match = _WORD_AFTER.match(text[end:])
    if match is not None:
        candidates.insert(0, (start, end + match.end()))
    for a, b in candidates:
        try:
            read = parse_figure(text[a:b])
        except FactcheckError:
            continue
        if read.trend is figure.trend and read.interval == figure.interval:
            return a, b
    return start, end


def _claim_units(
    relations: Sequence[Relation], figures: Sequence[Figure]
) -> dict[tuple[int, int], str]:
    """Counts the detector read in another count's unit ("from 780 to 996 people")."""
    by_span = {f.span: f for f in figures}
    units: dict[tuple[int, int], str] = {}
    for relation in relations:
        for figure in relation.figures():
            claimed = by_span.get(figure.span)
            if claimed is not None and str(claimed.unit) != str(figure.unit):
                units[figure.span] = str(figure.unit)
    return units


def _draft_checks(
    relations: Sequence[Relation], ids: Mapping[tuple[int, int], str], figures: Sequence[Figure]
) -> list[str]:
    """The ``checks:`` block for the relations whose every figure has a claim.

    A relation that needs something a claim cannot say (a direction taken from
    a verb further away, a part of a range, a date that does not exist) is
    left as a comment for the editor.
    """
    by_span = {f.span: f for f in figures}
    lines: list[str] = []
    for relation in relations:
        roles: list[str] = []
        missing = False
        for role, value in relation.roles.items():
            members = (value,) if isinstance(value, Figure) else value
            names = []
            for figure in members:
                claimed = by_span.get(figure.span)
                if figure.span not in ids or claimed is None or claimed.trend != figure.trend:
                    missing = True
                    break
                names.append(ids[figure.span])
            if missing:
                break
            shown = names[0] if isinstance(value, Figure) else "[" + ", ".join(names) + "]"
            roles.append(f"    {role}: {shown}")
        if missing:
            quoted = ", ".join(repr(f.text) for f in relation.figures())
            lines.append(f"  # not drafted: {relation.rule} on {quoted} ({relation.pattern})")
            continue
        lines.append(f"  - rule: {relation.rule}  # {relation.pattern}")
        lines.extend(roles)
        if relation.options:
            options = ", ".join(f"{k}: {_yaml_str(str(v))}" for k, v in relation.options.items())
            lines.append(f"    options: {{{options}}}")
    if not lines:
        return []
    return ["checks:", *lines]
