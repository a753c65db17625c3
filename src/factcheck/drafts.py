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
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.errors import FactcheckError
from factcheck.figures import Figure, Kind, Trend
from factcheck.text.anchors import find_quote
from factcheck.text.vocabulary import CHANGE_VERBS, GROUP_SIZES, NOUN_VERBS, STOP_WORDS

if TYPE_CHECKING:
    from factcheck.claims import Claim, ClaimSet
    from factcheck.scan import Relation

__all__ = ["CLAIMS_SUFFIX", "draft_claims", "suggest_id", "unique_quote", "write_draft"]

CLAIMS_SUFFIX = ".claims.yaml"

#: A whole word: not the "m" of "£1.2m" nor the "s" of "1990s".
_WORD = re.compile(r"(?<![0-9A-Za-z])[A-Za-z][A-Za-z'’-]*")
_WORD_TAIL = re.compile(r"^[A-Za-z'’-]+")
_MORE_NOT_NAMES = """
        cent percent per pc points point bn m k billion million thousand trillion
        dollars dollar pounds pound euros euro yen us usd gbp eur
        he she we i you him her his hers us our ours your me my it they them
        told tells according added announced reported expected estimated
        made make makes showed shows show hit hits reached reach reaches paid pay pays
        spent spend spends cost costs sold sell sells bought buy buys won win wins got
        get gets took take takes gave give gives set sets saw see sees has had have
        today yesterday tomorrow ago later earlier recently now then time times
        year years month months week weeks day days quarter quarters decade decades
        gmt bst am pm
        january february march april may june july august september october
        november december monday tuesday wednesday thursday friday saturday sunday
        well around nearly almost just roughly approximately some only
        """
#: Words that never name a measure: function words, pronouns, verbs of change
#: and of saying, time words, scale and currency words.
_NOT_NAMES = frozenset((*STOP_WORDS, *NOUN_VERBS, *CHANGE_VERBS, *_MORE_NOT_NAMES.split()))
#: Characters YAML does not allow in a file (or reads away, as the BOM), even quoted.
_UNPRINTABLE = re.compile("[\x7f-\x84\x86-\x9f\ud800-\udfff\ufeff\ufffe\uffff]")


_SURROGATE = re.compile("[\ud800-\udfff]")


def _yaml_str(text: str) -> str:
    """``text`` as a YAML double-quoted scalar that loads back to ``text``.

    A JSON string is one, escapes included, once the characters YAML refuses
    raw are escaped too (``\\u007f``, ``\\u0085``...).

    >>> _yaml_str("a\\x7fb\\ufffe")
    '"a\\\\u007fb\\\\ufffe"'
    """
    quoted = json.dumps(text, ensure_ascii=False)
    return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


def unique_quote(text: str, start: int, end: int, *, limit: int = 120) -> tuple[int, int]:
    """Grow ``text[start:end]`` word by word until it appears once in ``text``.

    The quote stays on its line: it never runs from a headline into the
    dateline below (a quote that cannot be made unique gets ``occurrence:``).
    """
    left, right = start, end
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end == -1:
        line_end = len(text)
    while len(find_quote(text, text[left:right])) > 1 and right - left < limit:
        grew = False
        if right < line_end:
            nxt = text.find(" ", right + 1, line_end)
            right = line_end if nxt == -1 else nxt
            grew = True
        if len(find_quote(text, text[left:right])) > 1 and left > line_start:
            prev = text.rfind(" ", line_start, max(left - 1, line_start))
            left = line_start if prev == -1 else prev + 1
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
    if end > 0 and text[end - 1].isalnum():
        window = _WORD_TAIL.sub("", window)  # the "s" of "65s" is no word
    return _names(window)


def _words_before(text: str, start: int, stops: re.Pattern[str]) -> list[str]:
    window = text[max(0, start - _REACH) : start]
    found = list(stops.finditer(window))
    if found:
        window = window[found[-1].end() :]
    elif start - _REACH > 0 and text[start - _REACH - 1].isalpha():
        window = window[window.find(" ") + 1 :]
    return _names(window)


def _names(window: str) -> list[str]:
    """The words of ``window`` that can name a measure (no verbs, time or currency words).

    A word in ``-ed`` after another is taken for the verb that follows a
    subject ("losses deepened"), one before it for an adjective ("targeted
    killings").
    """
    words = [w for w in _WORD.findall(window) if w.lower().strip("'’") not in _NOT_NAMES]
    return [w for i, w in enumerate(words) if i == 0 or not w.lower().endswith("ed")]


def suggest_id(text: str, figure: Figure) -> str:
    """An id naming the measure a figure states: what it counts, else the subject before it.

    The figure's own noun comes first ("7,177 security incidents"), then the
    words before it in its clause, which name what rose or fell ("profits
    rose 5%"), then those after it, then those of its sentence. Verbs,
    pronouns, time, scale and currency words never name a measure. A year
    right after the figure ends the id ("780 in 2019"), a change ends in
    ``_rise`` or ``_fall``; a date is named by itself.

    >>> from factcheck.text.scanner import find_figures
    >>> text = "Targeted killings rose from 780 in 2019 to 996, a 28% rise."
    >>> [suggest_id(text, f) for f in find_figures(text)]
    ['targeted_killings_2019', 'date_2019', 'targeted_killings', 'targeted_killings_rise']
    """
    start, end = figure.span
    if figure.kind is Kind.DATE:
        return f"date_{_slug(figure.text)}"[:40].strip("_")  # "date_12_september_2020"
    words: list[str] = []
    if figure.noun and len(figure.noun) > 1:
        words = _names(figure.noun) or _WORD.findall(figure.noun)
    for stops in (_CLAUSE_END, _SENTENCE_END):
        if not words:
            words = _words_before(text, start, stops)[-2:]
        if not words:
            words = _words_after(text, end, stops)[:2]
    base = "_".join(_slug(w) for w in words) or figure.kind.value
    year = _YEAR_AFTER.match(text, end)
    if year is not None:
        base = f"{base[:34]}_{year[1]}"  # "from 780 in 2019": sales_2019
    if figure.trend is not None:
        change = "rise" if figure.trend is Trend.UP else "fall"
        if not base.endswith(change):
            base = f"{base[:34]}_{change}"
    found = base[:40].strip("_") or figure.kind.value
    # a YAML word as a key reads as null or a boolean, not as the claim's name
    return f"{found}_figure" if found in _YAML_WORDS else found


#: Keys a YAML loader reads as something else than text ("null:", "yes:").
_YAML_WORDS = frozenset({"null", "true", "false", "yes", "no", "on", "off", "y", "n"})
#: The year a figure is for, right after it: "780 in 2019", "$2bn for 2004".
_YEAR_AFTER = re.compile(r"\s+(?:in|for|during|by)\s+(?:the\s+year\s+)?((?:19|20)\d\d)\b")


def _slug(word: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", word.lower().replace("'", "").replace("’", "")).strip("_")


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
    # The 100% that shares of one group fit in stands nowhere in the text: it is
    # drafted as a value the editor can see and remove.
    wholes = {
        f.span: f for r in relations for f in r.figures() if f.start == f.end and f.text == "100%"
    }
    figures = [*figures, *wholes.values()]
    for number, span in enumerate(wholes, 1):
        cid = f"whole_{number}"
        ids[span] = cid
        lines.append(f"  {cid}:  # the whole the shares are of")
        lines.append('    value: "100%"')
        lines.append('    source: "every share of one group adds up to at most all of it"')
    # "a majority", "Leicester duo A and B": figures the scan reads from a word. No quote
    # parses to them, so each is drafted as the value the word means, with the
    # article's words as its source.
    for prefix, meaning in (("majority", _majority_meaning), ("group", _group_meaning)):
        words = {
            f.span: (f, meant)
            for r in relations
            for f in r.figures()
            if f.span not in ids and (meant := meaning(f)) is not None
        }
        figures = [*figures, *(word for word, _ in words.values())]
        for number, (span, (word, (value, said))) in enumerate(words.items(), 1):
            cid = f"{prefix}_{number}"
            ids[span] = cid
            lines.append(f"  {cid}:  # {word.describe()}")
            lines.append(f'    value: "{value}"')
            lines.append(f"    source: {_yaml_str(f'the article says {word.text!r}: {said}')}")
    # A change the scan reads as a level in one relation ("grew 0.3%. That was down
    # from 0.2%": the 0.3% against the 0.2%) gets a second claim on its number alone,
    # which reads without the verb's direction.
    claimed_at = {f.span: f for f in figures}
    levels: dict[tuple[int, int], str] = {}
    for figure in (f for r in relations for f in r.figures()):
        told = claimed_at.get(figure.span)
        if figure.trend is not None or told is None or told.trend is None:
            continue
        if figure.span in levels or figure.span not in ids:
            continue
        cid = f"{ids[figure.span]}_level"
        claim = _readable_claim(reader, cid, text, figure, None)
        if claim is not None:
            levels[figure.span] = cid
            lines.append(f"  {cid}:  # {figure.describe()}, as a level")
            lines.extend(f"    {key}: {value}" for key, value in _claim_fields(claim))
    if not ids:
        lines[claims_line] = "claims: {}"
    checks = _draft_checks(relations, ids, figures, levels)
    lines.extend(checks or ["checks: []"])
    return "\n".join(lines) + "\n"


def _majority_meaning(figure: Figure) -> tuple[str, str] | None:
    """The value "a majority" means, and how the draft says it; ``None`` for other figures."""
    if not figure.text.lower().endswith("majority"):
        return None
    return "more than 50%", "more than half"


def _group_meaning(figure: Figure) -> tuple[str, str] | None:
    """The count a group word means ("trio": 3), and how the draft says it."""
    size = GROUP_SIZES.get(figure.text.lower())
    return None if size is None else (str(size), f"{size} members")


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

    if unit == "dimensionless" and figure.kind is Kind.DURATION:
        return _count_of_periods(reader, cid, text, figure)
    if unit is None and figure.kind is Kind.AGE:
        unit = str(figure.unit)  # "at the age of 22": the quote alone reads a bare count
    if unit is not None:
        try:
            parse_unit(unit)
        except FactcheckError:
            unit = None
    fallback: Claim | None = None
    for start, end in _spans_to_try(text, figure):
        q_start, q_end = unique_quote(text, start, end)
        quote = text[q_start:q_end]
        if _SURROGATE.search(quote):
            continue  # no YAML file (and no UTF-8) can hold half a character
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
        reader.claims.pop(cid, None)
    else:
        reader.claims[cid] = fallback
    return fallback


#: A span of time: the number, then the period ("five years", "12 months").
_SPAN_NUMBER = re.compile(r"(?P<number>.+?)\s+(?:years?|months?|weeks?|days?|decades?)")


def _count_of_periods(reader: ClaimSet, cid: str, text: str, figure: Figure) -> Claim | None:
    """ "five years" read as the count five, for a check that multiplies by the years
    ("£3.4bn over five years, or £680m a year"): the quote keeps the period, the
    figure is the number alone."""
    from factcheck.claims import Claim

    match = _SPAN_NUMBER.fullmatch(text, *figure.span)
    if match is None:
        return None
    quote = text[figure.start : figure.span[1]]
    spans = find_quote(text, quote)
    occurrence = spans.index(figure.span) + 1 if len(spans) > 1 and figure.span in spans else None
    claim = Claim(cid, quote=quote, figure=match.group("number"), occurrence=occurrence)
    reader.claims[cid] = claim
    reader._resolved.pop(cid, None)
    read = reader.resolve(cid).figure
    if read is None or read.value != figure.value or read.kind is not Kind.QUANTITY:
        reader.claims.pop(cid, None)
        return None
    return claim


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


def write_draft(
    article: Path,
    target: Path | None = None,
    *,
    force: bool = False,
    max_bytes: int | None = None,
) -> Path:
    """Draft the claims file of ``article`` and write it to ``target``; return where.

    ``target`` defaults to the article's name with ``.claims.yaml``. An
    existing file is overwritten only with ``force``, else this raises
    :class:`FileExistsError`; an article that cannot be read (or is larger
    than ``max_bytes``), or whose name a UTF-8 claims file cannot hold,
    raises :class:`~factcheck.errors.DocumentError`.
    """
    import os

    from factcheck.errors import DocumentError
    from factcheck.files import display_path
    from factcheck.markdown import read_article

    target = target or article.with_name(article.stem + CLAIMS_SUFFIX)
    if target.exists() and not force:
        raise FileExistsError(target)
    limit = {} if max_bytes is None else {"max_bytes": max_bytes}
    read = read_article(article, missing_hint="check the path to the article", **limit)
    document = Path(os.path.relpath(article.resolve(), target.resolve().parent)).as_posix()
    if _SURROGATE.search(document):
        # A claims file is UTF-8 YAML: no escape in it stands for a byte that
        # is not UTF-8, so a draft naming this file could not be loaded.
        raise DocumentError(
            f"{display_path(document)}: a claims file cannot name this article "
            "(its name is not UTF-8)",
            hint="rename it to a UTF-8 name",
        )
    draft = draft_claims(read.text, document=document, prose=read.prose, published=read.published)
    try:
        with target.open("w" if force else "x", encoding="utf-8") as handle:
            handle.write(draft)
    except FileExistsError:
        raise
    except OSError as exc:
        raise DocumentError(
            f"cannot write {target}: {exc.strerror}",
            hint="check the folder exists and is writable",
        ) from None
    return target


_WORD_BEFORE = re.compile(r"\S+[^\S\n]*$")  # never over a line break
_WORD_AFTER = re.compile(r"^[^\S\n]*\S+")


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


def _reads_alike(claimed: Figure, figure: Figure) -> bool:
    """Whether the figure a quote gives is the one the scan's relation holds: a rate per
    1,000 the scan read as a share, or a date it dated in a year the text does not
    print, is no figure a claim can give."""
    if figure.kind is Kind.DATE or claimed.kind is Kind.DATE:
        return claimed.low == figure.low and claimed.high == figure.high
    if figure.value is None or claimed.value is None:
        return True
    return claimed.value == figure.value


def _draft_checks(
    relations: Sequence[Relation],
    ids: Mapping[tuple[int, int], str],
    figures: Sequence[Figure],
    levels: Mapping[tuple[int, int], str] | None = None,
) -> list[str]:
    """The ``checks:`` block for the relations whose every figure has a claim.

    A relation that needs something a claim cannot say (a direction taken from
    a verb further away, a part of a range, a date that does not exist) is
    left as a comment for the editor.
    """
    from factcheck.rules import get_rule

    by_span = {f.span: f for f in figures}
    levels = levels or {}
    lines: list[str] = []
    for relation in relations:
        roles: list[str] = []
        missing = False
        # in the rule's order, so that the check's id reads from->to->change
        order = {name: i for i, name in enumerate(get_rule(relation.rule).input_names())}
        ordered = sorted(relation.roles.items(), key=lambda item: order.get(item[0], len(order)))
        for role, value in ordered:
            members = (value,) if isinstance(value, Figure) else value
            names = []
            for figure in members:
                claimed = by_span.get(figure.span)
                if figure.trend is None and figure.span in levels:
                    names.append(levels[figure.span])  # a change read as its level
                    continue
                if (
                    figure.span not in ids
                    or claimed is None
                    or claimed.trend != figure.trend
                    or not _reads_alike(claimed, figure)
                ):
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
        # the scan only confirms these: the wording allows another reading that a
        # person should rule out before the check may fail
        doubt = "; confirms only in scan: check the reading" if relation.confirm_only else ""
        lines.append(f"  - rule: {relation.rule}  # {relation.pattern}{doubt}")
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
    """An option's value as YAML: a list stays a list ("items: [Leeds, York]"), a
    flag stays a flag ("strict: false"), a number a number ("tolerance: 300")."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):  # quoted, "tolerance: '300'" is text and refused
        return str(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_yaml_str(str(v)) for v in value) + "]"
    return _yaml_str(str(value))
