"""Numbers in prose that are not quantities, and quantities that are ages.

The grammar reads any number; the words around it say what it is. This
module holds what :func:`~factcheck.text.scanner.find_figures` uses to tell:

* spans that hold no figure at all: phone numbers (``555-0134``, ``0800 555
  0199``), street numbers (``40 Harbour Street``), list markers (``1.`` at
  the start of a line), page references (``page 12``, ``pp. 14-22``) and
  scores (``won 3-1``, ``a 2-2 draw``);
* times of day (``10:30 pm``, ``17:00``, ``5am``), which become figures of
  kind ``time`` (minutes after midnight);
* the base of a rate (``9.8 per 1,000 births``);
* labels and names: a number after a label word (``Route 9``, ``category 4``,
  ``type 2``) or glued to a name (``iPhone 11``, ``Big 12``, ``Boeing's 787
  Dreamliner``) is no amount;
* ages (``a 45-year-old``, ``aged 17``, ``Ana Ruiz, 54,``), kept as figures of
  kind ``age``;
* distances in metres that the grammar read as millions (``the 400m title``,
  ``cleared 4.88m``; see :mod:`factcheck.text.distances`).

Every pattern here is linear: no nested repetition, bounded lookarounds.

>>> [(s.kind, s.start, s.end) for s in skipped_spans("Call 555-0134 at 40 Harbour Street.")]
[('phone', 5, 13), ('street', 17, 34)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction

import attrs

from factcheck._repr import fields_repr
from factcheck.figures import Figure, Hedge, Kind
from factcheck.text.dates import MONTHS, WEEKDAYS
from factcheck.text.distances import a_distance, as_metres
from factcheck.text.tokens import KIND, LOW, NUM, PARA, TEXT, WORD, Token
from factcheck.text.unitwords import CURRENCY_CODES, unit
from factcheck.units import unit_text

__all__ = ["Span", "refine", "skipped_spans"]

_STREET_WORDS = (
    "Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Place|Pl|Court|Ct|"
    "Square|Sq|Terrace|Row|Close|Crescent|Highway|Hwy|Parkway|Pkwy|Circle|Mews"
)
_IN_NUMBER = r"[\w.,$€£¥-]"  # what a number that is not part of a longer one never follows
_NOT_AFTER = rf"(?<!{_IN_NUMBER})"  # a number that starts here is not part of a longer one
_AM_PM = r"[AaPp](?:\.[Mm]\.|[Mm]\b)"
_SPANS = re.compile(
    # every alternative starts with a digit, "+", "(" or "p": the lookahead fails fast elsewhere
    r"(?=[\d+(Pp])(?:"
    # Only a page reference starts with "p", and no span starts with a digit inside a
    # number or a word (each digit's alternative looks behind as _NOT_AFTER does, or
    # for a line start): one test each spares the other alternatives at such places,
    # most of the places the lookahead lets through. The matches are the same.
    rf"(?:(?=[+(])|(?=\d){_NOT_AFTER})(?:"
    r"(?P<phone>\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}(?!\w)"
    r"|\(\d{2,5}\)[ .-]?\d{3,4}[ .-]?\d{3,4}(?!\w)"
    rf"|{_NOT_AFTER}0\d{{2,4}}[ -]\d{{3,4}}(?:[ -]\d{{3,4}})?(?![\w.,]?\d)"
    rf"|{_NOT_AFTER}\d{{3}}-\d{{3}}-\d{{4}}(?!\w)"
    rf"|{_NOT_AFTER}\d{{3}}-0\d{{3}}(?!\w))"
    rf"|(?P<time>{_NOT_AFTER}(?:[01]?\d|2[0-3])(?:(?::[0-5]\d(?![\d:]|[.,]\d))(?:[ \t]?{_AM_PM})?"
    rf"|(?:\.[0-5]\d)?[ \t]?{_AM_PM}))"
    rf"|(?P<street>{_NOT_AFTER}\d{{1,5}}(?:[-–]\d{{1,5}})?[A-Za-z]?"
    r"(?:[ \t]+[A-Z0-9][\w'’.-]*){0,3}?"
    rf"[ \t]+(?:{_STREET_WORDS})\b)"
    r"|(?P<marker>(?:(?<=\n)|(?<![\s\S]))\(?\d{1,3}[.)](?=[ \t]))"
    rf"|(?P<score>{_NOT_AFTER}\d{{1,3}}[-–]\d{{1,3}}(?![\w%°]|[.,]\d)))"
    r"|(?P<page>(?<!\w)(?:[Pp]ages?|pp?\.)[ \t]*\d+(?:[ \t]*(?:-|–|to|and)[ \t]*\d+)?)"
    r")"
)
#: Every place a span of _SPANS can start, and a few more: a digit that is not
#: part of a longer number (as _NOT_AFTER, looking back past the digit; a line
#: start qualifies), with the rest of its digits, "+", "(", and "p"/"P" where a
#: page reference could follow. The pattern opens with a character set, so the
#: engine skips to those characters in one tight loop; _SPANS, tried only at
#: these places, then finds what its own search would.
_SPAN_STARTS = re.compile(
    rf"[\d+(Pp](?:(?<=\d)(?<!{_IN_NUMBER}\d)\d*|(?<=[+(])|(?<=[Pp])age|(?<=p)p?\.)"
)
#: The same for a text that is all ASCII, where a digit is 0-9: a set of plain
#: characters is tested faster than one with a Unicode category in it.
_ASCII_SPAN_STARTS = re.compile(
    rf"[0-9+(Pp](?:(?<=[0-9])(?<!{_IN_NUMBER}[0-9])[0-9]*|(?<=[+(])|(?<=[Pp])age|(?<=p)p?\.)"
)
_SCORE_BEFORE = re.compile(
    r"\b(?:won|win|wins|beat|beats|beaten|lost|lose|loses|drew|draw|defeated|defeat|victory|"
    r"led|lead|leads|leading|trailing|trailed|tied|tie|score|scored|scoreline|at)\W+"
    r"(?:[A-Za-z’']+\W+){0,2}$"
)
_SCORE_AFTER = re.compile(
    r"\W+(?:win|wins|victory|defeat|loss|draw|lead|home|away|thrashing|aggregate|scoreline)\b"
)


@attrs.frozen
class Span:
    """Characters ``start``–``end`` that hold no quantity, and why (``phone``, ``time``, …)."""

    __repr__ = fields_repr

    kind: str
    start: int
    end: int


def _is_score(text: str, start: int, end: int) -> bool:
    """``3-1`` is a score when it runs backwards or the words around say so; ``5-10`` a range."""
    first, _, second = re.split(r"([-–])", text[start:end], maxsplit=1)
    if int(second) <= int(first):
        return True
    before = text[max(0, start - 40) : start]
    return bool(_SCORE_BEFORE.search(before) or _SCORE_AFTER.match(text, end, end + 20))


def _enough_digits(found: str) -> bool:
    return sum(ch.isdigit() for ch in found) >= 7


def skipped_spans(text: str) -> list[Span]:
    """Phone numbers, times of day, street numbers, list markers, page references and scores.

    ``text`` should be normalised (:func:`~factcheck.text.tokens.normalize`);
    spans are in order and do not overlap.
    """
    spans: list[Span] = []
    at_span = _SPANS.match
    after = 0  # where the last span ended: the next begins no earlier
    places = _ASCII_SPAN_STARTS if text.isascii() else _SPAN_STARTS
    for place in places.finditer(text):
        start = place.start()
        if start < after:
            continue
        # The same matches as _SPANS.finditer(text), which tries every position
        # in turn (a lookahead for the first character at each): two to three
        # times slower, and skipped_spans runs over every text a scan reads.
        match = at_span(text, start)
        if match is None:
            continue
        after = match.end()
        kind = match.lastgroup
        assert kind is not None
        start, end = match.span()
        if kind == "phone" and not _enough_digits(match.group()):
            continue
        if kind == "score" and not _is_score(text, start, end):
            continue
        spans.append(Span(kind, start, end))
    return spans


def time_figure(text: str, span: Span) -> Figure | None:
    """A time of day as a figure: minutes after midnight, ``None`` when it cannot be one."""
    written = text[span.start : span.end].rstrip()
    match = re.match(r"(\d{1,2})(?:[:.](\d\d))?\s?([AaPp])?", written)
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    half = (match.group(3) or "").lower()
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "p" else 0)
    minutes = Fraction(hour * 60 + minute)
    return Figure(
        written,
        minutes,
        minutes,
        unit="minute",
        kind=Kind.TIME,
        value=minutes,
        granularity="minute",
        start=span.start,
        end=span.start + len(written),
    )


# ------------------------------------------------------------------ labels, names
#: Words after which a number is a label, not an amount ("Route 9", "type 2 diabetes").
LABEL_WORDS = frozenset(
    [
        "page",
        "pages",
        "chapter",
        "section",
        "article",
        "paragraph",
        "clause",
        "item",
        "figure",
        "fig",
        "table",
        "step",
        "phase",
        "stage",
        "level",
        "category",
        "grade",
        "tier",
        "class",
        "type",
        "version",
        "model",
        "number",
        "no",
        "ward",
        "room",
        "gate",
        "platform",
        "route",
        "flight",
        "exit",
        "junction",
        "channel",
        "episode",
        "volume",
        "vol",
        "issue",
        "district",
        "precinct",
        "zone",
        "division",
        "top",
        "game",
        "round",
        "unit",
    ]
)
_SENTENCE_PUNCT = frozenset('.!?:;"“”(—–-#*')
_AGE_WORDS = frozenset({"aged", "age", "ages"})
_AGE_AFTER = re.compile(r"[ \t]?-?[ \t]?(year|month|week|day)s?[ \t]?-?[ \t]?old\b")
_AGE_UNITS = {"year": "year", "month": "month", "week": "week", "day": "day"}


def _has_capital(tok: Token) -> bool:
    return tok[KIND] == WORD and not tok[TEXT].islower()


def _sentence_start(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` opens a sentence (or a line, or the text)."""
    if k == 0 or tokens[k][PARA]:
        return True
    return tokens[k - 1][TEXT][-1] in _SENTENCE_PUNCT


def _bare_integer(figure: Figure) -> bool:
    """A plain whole number: no unit, no scale word, no hedge, no noun."""
    return (
        figure.kind is Kind.QUANTITY
        and figure.hedge is Hedge.EXACT
        and figure.text.isdigit()
        and figure.unit is unit("dimensionless")  # the grammar's own cached unit
        and figure.value is not None
        and figure.value.denominator == 1
    )


def _name_before(tokens: Sequence[Token], k: int) -> bool:
    """``iPhone 11``, ``the Big 12``, ``COVID 19``, ``Note 20 Ultra``: a number in a name.

    A capitalised word right before the number makes a name when the word is
    an acronym or mixes cases (``FTSE``, ``iPhone``), when ``the`` comes
    before it, or when another capitalised word or the sentence's end comes
    after the number. "Labour 29 and the Greens 9" stays a list of counts.
    """
    if k == 0:
        return False
    prev = tokens[k - 1]
    if (
        prev[KIND] != WORD
        or not _has_capital(prev)
        or tokens[k][PARA]
        or prev[TEXT] in MONTHS
        or prev[TEXT] in WEEKDAYS
        or prev[TEXT] in CURRENCY_CODES
        or _sentence_start(tokens, k - 1)
    ):
        return False
    word = prev[TEXT]
    if word.isupper() or not word[0].isupper() or any(ch.isupper() for ch in word[1:]):
        return True  # FTSE 100, iPhone 11
    if word.endswith("s") and not word.endswith("ss"):
        return False  # "the Greens 9", "the Liberals 31": a tally, not a name
    if k >= 2 and tokens[k - 2][LOW] == "the":
        return True  # the Big 12, the Fortune 100
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is None or nxt[TEXT] in (".", "!", "?", ":", ";") or _has_capital(nxt)


#: A digit with superscript digits after it: a power ("10³⁰"), not a unit's ("m²").
_SUPERSCRIPT_POWER = re.compile("[0-9][⁰¹²³⁴⁵⁶⁷⁸⁹⁻]")
#: Words after a number that make it a code: "the 90049 ZIP code", "a 0161 area code".
_CODE_WORDS = {"zip": "code", "postal": "code", "area": "code", "dialling": "code", "postcode": ""}


def _code_after(tokens: Sequence[Token], k: int) -> bool:
    """``the 90049 ZIP code``, ``ZIP code 90210``, ``area code 415``: a number that is a code."""
    if k >= 2 and tokens[k - 1][LOW] in ("code", "codes", "postcode"):
        return tokens[k - 1][LOW] == "postcode" or tokens[k - 2][LOW] in _CODE_WORDS
    if k + 1 >= len(tokens):
        return False
    second = _CODE_WORDS.get(tokens[k + 1][LOW])
    if second is None:
        return False
    return not second or (k + 2 < len(tokens) and tokens[k + 2][LOW] in (second, second + "s"))


def _model_after(tokens: Sequence[Token], k: int) -> bool:
    """``787 Dreamliner``: a number glued to a name after it (``300 Taliban prisoners`` is not)."""
    if k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    if not _has_capital(nxt) or nxt[TEXT] in MONTHS or nxt[TEXT] in WEEKDAYS:
        return False
    if nxt[TEXT] in CURRENCY_CODES or nxt[LOW].endswith("s") or nxt[TEXT].isupper():
        return False
    after = tokens[k + 2] if k + 2 < len(tokens) else None
    # "300 Taliban prisoners", "350 Conservative MPs": a plural after the name counts
    return not (
        after is not None
        and after[KIND] == WORD
        and after[LOW][-1] == "s"
        and (after[TEXT].islower() or after[TEXT][:-1].isupper())
    )


def _apposition_age(tokens: Sequence[Token], k: int, figure: Figure) -> bool:
    """``Ana Ruiz, 54, said``: a number alone between commas after a name."""
    if not (1 <= (figure.value or 0) < 120) or k < 2 or k + 2 >= len(tokens):
        return False
    before, after = tokens[k - 2], tokens[k + 2]
    return (
        tokens[k - 1][TEXT] == ","
        and before[KIND] == WORD
        # a name, or one person ("the chairman, 54,", "the actress, 54,"); "of the 350
        # members, 11," counts
        and not (
            before[TEXT].islower() and before[LOW].endswith("s") and not before[LOW].endswith("ss")
        )
        and tokens[k + 1][TEXT] == ","
        and after[KIND] == WORD
        and after[TEXT].islower()
        and after[LOW] != "or"  # "11, or 3%," restates the count
    )


#: A suspended hyphen after a number: "10- and 11-year-olds", "two- or three-bedroom".
_SUSPENDED = re.compile(
    r"-[ \t]+(?:and|or|to)[ \t]+[\w.]+-(?:(?P<age>year-olds?\b)|[a-z])", re.IGNORECASE
)


def _as_age(figure: Figure, text: str, end: int, unit: str) -> Figure:
    return attrs.evolve(figure, kind=Kind.AGE, unit=unit, text=text[figure.start : end], end=end)


def refine(figure: Figure, tokens: Sequence[Token], k: int, text: str) -> Figure | None:
    """The figure read at token ``k`` as what its context says it is, or ``None`` for no figure.

    Labels and names are dropped (``Route 9``, ``iPhone 11``, ``787
    Dreamliner``) and ages become kind ``age``.
    """
    end = figure.span[1]
    after = _AGE_AFTER.match(text, end) if figure.kind in (Kind.QUANTITY, Kind.DURATION) else None
    if after is not None:
        return _as_age(figure, text, after.end(), _AGE_UNITS[after.group(1)])
    if figure.kind is Kind.DURATION and text.startswith("-old", end):
        return _as_age(figure, text, end + 4, unit_text(figure.unit))
    if figure.kind is Kind.QUANTITY and text.startswith("-", end):
        suspended = _SUSPENDED.match(text, end)
        if suspended is not None:
            # "10- and 11-year-olds", "two- and three-bedroom homes": the number shares the
            # compound after it, an age or a modifier, and counts nothing
            if suspended.group("age"):
                return attrs.evolve(figure, kind=Kind.AGE, unit="year")
            return None
    if figure.kind is Kind.QUANTITY and k > 0 and tokens[k - 1][LOW] in _AGE_WORDS:
        return attrs.evolve(figure, kind=Kind.AGE, unit="year")
    if (
        figure.kind is Kind.QUANTITY
        and k > 1
        and tokens[k - 1][LOW] == "of"
        and tokens[k - 2][LOW] in _AGE_WORDS
        and unit_text(figure.unit) == "dimensionless"
    ):
        return attrs.evolve(figure, kind=Kind.AGE, unit="year")  # "at the age of 82"
    if _SUPERSCRIPT_POWER.search(text, figure.start, end):
        return None  # "10³⁰" folds to "1030": no reading rather than a wrong one
    if a_distance(figure, text):
        return as_metres(figure)  # "the 400m title", "cleared 4.88m": no millions
    if (
        k > 0
        and tokens[k - 1][LOW] == "per"
        and unit_text(figure.unit) in ("dimensionless", "person")
    ):
        return None  # "9.8 per 1,000 live births": the base of a rate, not an amount
    if not _bare_integer(figure):
        return figure
    if k > 0 and tokens[k - 1][LOW] in LABEL_WORDS:
        return None
    if _code_after(tokens, k):
        return None
    if _apposition_age(tokens, k, figure):
        return attrs.evolve(figure, kind=Kind.AGE, unit="year")
    if _name_before(tokens, k) or (tokens[k][KIND] == NUM and _model_after(tokens, k)):
        return None
    return figure
