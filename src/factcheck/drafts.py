"""Draft claims files (``factcheck init``): every figure of an article, quoted and parsed.

The draft is a starting point for an editor: each figure gets a claim with a
quote that is unique in the article, the figure's reading as a comment, and
an id made from the words next to it. Checks the relation detector can see
in the text are pre-filled when it is available.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from factcheck.errors import FactcheckError
from factcheck.figures import Figure, Kind
from factcheck.text.anchors import find_quote

if TYPE_CHECKING:
    from factcheck.claims import Claim, ClaimSet
    from factcheck.scan import Relation

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


#: Characters YAML does not allow in a file (or reads away, as the BOM), even quoted.
_UNPRINTABLE = re.compile("[\x7f-\x84\x86-\x9f\ud800-\udfff\ufeff\ufffe\uffff]")


def _yaml_str(text: str) -> str:
    # A JSON string is a valid YAML double-quoted scalar, escapes included;
    # the characters a YAML file cannot hold are written as escapes too.
    return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m[0]):04x}", json.dumps(text, ensure_ascii=False))


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


def draft_claims(
    text: str,
    *,
    document: str,
    prose: str | None = None,
    published: _dt.date | None = None,
) -> str:
    """A claims-file draft for ``text`` as YAML (the article is named ``document``).

    Every figure becomes a claim; every relation :func:`factcheck.scan.detect`
    sees in a sentence becomes a check on those claims, so ``factcheck audit``
    on the untouched draft checks what ``factcheck scan`` checks.

    Figures are looked for in ``prose`` (default: ``text``; for Markdown,
    :func:`factcheck.markdown.prose_text`, which keeps every offset), quotes
    are made unique in ``text``, which the claims file is loaded against.
    ``published`` (default: the dateline) is written as ``published:``.
    """
    from factcheck.claims import ClaimSet
    from factcheck.scan import detect
    from factcheck.text.dateline import dateline
    from factcheck.text.scanner import find_figures

    if prose is None:
        prose = text
    # Dates written without a year ("on 14 April") belong to the publication
    # year, as they will when the claims file is loaded.
    if published is None:
        published = dateline(prose)
    lines = [
        "# Draft written by `factcheck init`: check every reading, delete what is not",
        "# worth checking, and add checks (see `factcheck rules`).",
        f"document: {_yaml_str(document)}",
    ]
    if published is not None:
        lines.append(f"published: {published.isoformat()}")
    lines.append("claims:")
    claims_line = len(lines) - 1
    taken: dict[str, int] = {}
    figures = find_figures(prose, default_year=None if published is None else published.year)
    # Times of day are found but not checked: no claim can quote them yet.
    figures = [f for f in figures if f.kind is not Kind.TIME]
    relations = detect(prose, published=published)
    units = _claim_units(relations, figures)
    ids: dict[tuple[int, int], str] = {}
    # The loader's own claim set reads every drafted claim, so that a claim it
    # could not read is left as a comment instead of breaking the draft.
    reader = ClaimSet.from_text(text, published=published)
    for figure in figures:
        base = suggest_id(prose, figure)
        taken[base] = taken.get(base, 0) + 1
        cid = base if taken[base] == 1 else f"{base}_{taken[base]}"
        claim = _readable_claim(reader, cid, text, figure, units.get(figure.span))
        if claim is None:
            lines.append(
                f"  # not drafted: {_yaml_str(figure.text)} ({figure.describe()}) "
                "cannot be read from a quote alone"
            )
            continue
        ids[figure.span] = cid
        lines.append(f"  {cid}:  # {figure.describe()} [{figure.hedge.value}]")
        lines.extend(f"    {key}: {value}" for key, value in _claim_fields(claim))
    if not ids:
        lines[claims_line] = "claims: {}"
    checks = _draft_checks(relations, ids, figures)
    lines.extend(checks or ["checks: []"])
    return "\n".join(lines) + "\n"


def _claim_fields(claim: Claim) -> list[tuple[str, str]]:
    """The keys a drafted claim writes, in the order the docs show them."""
    fields: list[tuple[str, str]] = [("quote", _yaml_str(claim.quote or ""))]
    if claim.figure is not None:
        fields.append(("figure", _yaml_str(claim.figure)))
    if claim.occurrence is not None:
        fields.append(("occurrence", str(claim.occurrence)))
    if claim.unit is not None:
        fields.append(("unit", _yaml_str(claim.unit)))
    return fields


def _readable_claim(
    reader: ClaimSet, cid: str, text: str, figure: Figure, unit: str | None
) -> Claim | None:
    """A claim on ``figure`` that ``reader`` (a loader's claim set) reads, or ``None``.

    The figure's own span comes first (with the words a change's direction
    needs); a vague amount that needs its noun to be read ("thousands of
    people") is quoted with the words after it, one more at a time.
    """
    from factcheck.claims import Claim
    from factcheck.units import parse_unit

    if unit is not None:
        try:
            parse_unit(unit)
        except FactcheckError:
            unit = None
    fallback: Claim | None = None
    for start, end in _spans_to_try(text, figure):
        q_start, q_end = unique_quote(text, start, end)
        quote = text[q_start:q_end]
        spans = find_quote(text, quote)
        occurrence = None
        if len(spans) > 1 and (q_start, q_end) in spans:
            occurrence = spans.index((q_start, q_end)) + 1
        claim = Claim(
            cid,
            quote=quote,
            figure=None if quote == text[start:end] else text[start:end],
            occurrence=occurrence,
            unit=unit,
        )
        reader.claims[cid] = claim
        reader._resolved.pop(cid, None)
        read = reader.resolve(cid).figure
        if read is not None and read.interval == figure.interval and read.unit == figure.unit:
            return claim  # read as the scanner read it
        if read is not None and fallback is None:
            fallback = claim
    if fallback is None:
        del reader.claims[cid]
    else:
        reader.claims[cid] = fallback
    return fallback


def _spans_to_try(text: str, figure: Figure) -> list[tuple[int, int]]:
    """Spans that may quote ``figure``: its readable span, then it with up to 3 words after."""
    first = _readable_span(text, figure)
    spans = [first]
    end = first[1]
    for _ in range(3):
        match = _WORD_AFTER.match(text[end : end + 40])
        if match is None:
            break
        end += match.end()
        spans.append((first[0], end))
    return spans


_WORD_BEFORE = re.compile(r"\S+\s*$")
_WORD_AFTER = re.compile(r"^\s*\S+")


def _readable_span(text: str, figure: Figure) -> tuple[int, int]:
    """The span a claim must quote for its figure to read as the scanner read it.

    A change's direction lives in the words around the number ("a cut of
    44%", "a 61% increase"), which the figure's own span leaves out; the
    claim's ``figure:`` takes in the fewest of them that give the same trend.
    """
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
            options = ", ".join(f"{k}: {_yaml_option(v)}" for k, v in relation.options.items())
            lines.append(f"    options: {{{options}}}")
    if not lines:
        return []
    if not any(line.startswith("  - ") for line in lines):
        return ["checks: []", *lines]  # comments alone would make 'checks' null
    return ["checks:", *lines]


def _yaml_option(value: object) -> str:
    """An option's value as YAML: a list stays a list ("items: [Leeds, York]")."""
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_yaml_str(str(v)) for v in value) + "]"
    return _yaml_str(str(value))
