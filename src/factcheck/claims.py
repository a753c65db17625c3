"""Claims files: the figures an article states, quoted, and the checks between them.

A claims file is YAML next to the article::

    document: story.md
    published: 2023-03-23          # optional: else the dateline at the top of the article
    defaults:
      about_tolerance: 10%
    counted: [incident, province]  # counted things kept apart from each other
    claims:
      killings_2019:
        quote: "from 780 in 2019"  # must appear in the article
        figure: "780"              # which part of the quote is the figure
      provinces:
        value: "34"                # reference data from outside the article...
        source: "Government of Afghanistan"   # ...always with a source
    checks:
      - rule: percent_change
        from: killings_2019
        to: killings_2020
        change: killings_rise

:func:`load` reads one safely, validates every key and reference, anchors the
quotes in the article and parses their figures, reporting every problem at
once with file, line and column. :class:`ClaimSet` is also built directly in
Python (:meth:`ClaimSet.from_text`, :meth:`ClaimSet.quote`,
:meth:`ClaimSet.reference`, :meth:`ClaimSet.add_check`).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Mapping
from fractions import Fraction
from pathlib import Path
from typing import Any

import attrs

from factcheck._repr import fields_repr
from factcheck.errors import (
    ClaimsFileError,
    DocumentError,
    FactcheckError,
    FigureChoiceError,
    RuleError,
    did_you_mean,
)
from factcheck.figures import Figure, Kind
from factcheck.files import (
    NotRegularFileError,
    TooLargeError,
    display_path,
    inside,
    project_root,
    read_bounded,
)
from factcheck.findings import Severity
from factcheck.gcpause import paused_gc
from factcheck.intervals import to_fraction
from factcheck.text.anchors import LineIndex, QuoteFinder, find_quote
from factcheck.text.dateline import dateline
from factcheck.units import counted_scope, counted_words
from factcheck.yamlnodes import LIMITS, Limits, Node, compose

__all__ = [
    "Check",
    "Claim",
    "ClaimSet",
    "ResolvedClaim",
    "load",
    "loads",
    "read_document",
]

CLAIM_KEYS = (
    "quote",
    "figure",
    "occurrence",
    "value",
    "source",
    "unit",
    "kind",
    "period",
    "note",
)
CHECK_KEYS = ("rule", "id", "severity", "options", "skip", "xfail", "note")
TOP_KEYS = ("document", "published", "defaults", "counted", "claims", "checks", "title")
DEFAULT_KEYS = ("about_tolerance",)

_ID = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*\Z")


@attrs.frozen
class Claim:
    """One figure the article states (``quote``) or that comes from elsewhere (``value``).

    ``figure`` picks the part of the quote to read when the quote holds more
    than the figure; ``occurrence`` (1-based) says which one when the quote
    appears more than once.
    """

    __repr__ = fields_repr

    id: str
    quote: str | None = None
    figure: str | None = None
    occurrence: int | None = None
    value: str | None = None
    source: str | None = None
    unit: str | None = None
    kind: str | None = None
    period: str | None = None
    note: str | None = None
    line: int | None = None  #: where the claim is written in the claims file
    column: int | None = None


@attrs.frozen
class Check:
    """One rule applied to named claims: ``inputs`` maps each role to a claim id or ids."""

    __repr__ = fields_repr

    rule: str
    inputs: Mapping[str, str | tuple[str, ...]]
    options: Mapping[str, Any] = attrs.field(factory=dict)
    id: str = ""
    severity: Severity | None = None
    skip: str | None = None
    xfail: str | None = None
    note: str | None = None
    line: int | None = None
    column: int | None = None

    def claim_ids(self) -> tuple[str, ...]:
        """Every claim the check uses, in role order."""
        out: list[str] = []
        for value in self.inputs.values():
            out.extend((value,) if isinstance(value, str) else value)
        return tuple(out)


@attrs.frozen
class ResolvedClaim:
    """A claim with its figure read and placed, or the reason it could not be."""

    __repr__ = fields_repr

    claim: Claim
    figure: Figure | None
    start: int | None = None  #: offset of the quote in the article
    end: int | None = None
    problem: str | None = None  #: why the figure is missing
    hint: str | None = None
    #: ``"stale"`` (quote gone), ``"ambiguous"`` (quote found more than once),
    #: ``"unreadable"`` (no figure could be read); ``None`` when resolved
    reason: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the claim has a figure to check."""
        return self.figure is not None


#: The largest article read by default, in bytes (``Limits.max_article_bytes``).
#: Raise it with ``--max-size``, ``max_size`` in the settings or ``Limits``.
MAX_ARTICLE_BYTES = LIMITS.max_article_bytes


def read_document(
    path: Path,
    *,
    display: str | None = None,
    missing_hint: str = "check the path (relative to the claims file)",
    max_bytes: int = MAX_ARTICLE_BYTES,
) -> str:
    """Read an article as UTF-8 (a BOM is dropped); errors name the file and byte offset.

    Only a regular file of at most ``max_bytes`` is read: a device, a FIFO
    or a larger file is a :class:`DocumentError`, at once.
    """
    return _read_utf8(
        path,
        display or display_path(path),
        DocumentError,
        missing_hint=missing_hint,
        folder_hint="name the article file",
        max_bytes=max_bytes,
        size_hint="raise the limit with --max-size or max_size in the settings",
    )


def _read_utf8(
    path: Path,
    name: str,
    error: type[FactcheckError],
    *,
    missing_hint: str,
    folder_hint: str,
    max_bytes: int,
    size_hint: str,
) -> str:
    """A file's text as UTF-8 (BOM dropped); every failure is ``error`` naming ``name``."""
    try:
        data = read_bounded(path, max_bytes)
    except FileNotFoundError:
        raise error("file not found", file=name, hint=missing_hint) from None
    except IsADirectoryError:
        raise error("is a folder, not a file", file=name, hint=folder_hint) from None
    except NotRegularFileError:
        raise error(
            "not a regular file (a device, FIFO or socket): refused, it could be endless",
            file=name,
            hint="name an ordinary file",
        ) from None
    except TooLargeError as exc:
        raise error(
            f"the file is larger than {exc.limit:,} bytes"
            + ("" if exc.size is None else f" ({exc.size:,})"),
            file=name,
            line=1,
            column=1,
            hint=size_hint,
        ) from None
    except OSError as exc:
        raise error(f"cannot read: {exc.strerror or exc}", file=name) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error(
            f"not UTF-8 text: byte 0x{data[exc.start]:02x} at offset {exc.start}",
            file=name,
            line=data.count(b"\n", 0, exc.start) + 1,
            hint="save the file as UTF-8",
        ) from None


@attrs.define
class ClaimSet:
    """The claims and checks about one article, ready to :meth:`check`.

    >>> cs = ClaimSet.from_text("Killings rose from 780 to 996, up 28%.")
    >>> cs.quote("before", "780").quote("after", "996").quote("rise", "28%")  # doctest: +ELLIPSIS
    ClaimSet(...)
    >>> cs.add_check("percent_change", {"from": "before", "to": "after", "change": "rise"})
    ... # doctest: +ELLIPSIS
    ClaimSet(...)
    >>> from factcheck.engine import check_claimset
    >>> check_claimset(cs).ok
    True
    """

    __repr__ = fields_repr

    text: str
    document: str | None = None
    claims_file: str | None = None
    published: _dt.date | None = None
    about_tolerance: Fraction = Fraction(1, 10)
    claims: dict[str, Claim] = attrs.field(factory=dict)
    checks: list[Check] = attrs.field(factory=list)
    #: counted things this claim set declares (word → name), in force only
    #: while its figures are read (see :func:`factcheck.units.counted_scope`)
    counted: dict[str, str] = attrs.field(factory=dict)
    #: the article's file as it was opened (``document`` is its name as shown)
    document_path: Path | None = attrs.field(default=None, repr=False)
    _resolved: dict[str, ResolvedClaim] = attrs.field(factory=dict, repr=False)
    _index: LineIndex | None = attrs.field(default=None, repr=False)
    _finder: QuoteFinder | None = attrs.field(default=None, repr=False)
    # Check ids in use, kept as checks are added so that naming the next one
    # does not scan them all (which made loading n checks take n² steps).
    _taken: set[str] = attrs.field(factory=set, repr=False)
    _taken_for: int = attrs.field(default=0, repr=False)

    # ------------------------------------------------------------- building
    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        document: str | None = None,
        published: _dt.date | None = None,
        about_tolerance: Fraction | str = Fraction(1, 10),
    ) -> ClaimSet:
        """An empty claim set about ``text``; the dateline gives ``published`` if not given."""
        tolerance = (
            _tolerance(about_tolerance) if isinstance(about_tolerance, str) else about_tolerance
        )
        cs = cls(text=text, document=document, about_tolerance=tolerance)
        cs.published = published or dateline(text)
        return cs

    def add_claim(self, claim: Claim) -> ClaimSet:
        """Add a :class:`Claim`; a claim with the same id is an error."""
        if claim.id in self.claims:
            raise ClaimsFileError(
                f"claim {claim.id!r} is defined twice", hint="give each claim its own id"
            )
        self.claims[claim.id] = claim
        self._resolved.pop(claim.id, None)
        return self

    def quote(self, claim_id: str, quote: str, **fields: Any) -> ClaimSet:
        """Add a claim quoted from the article (``figure=``, ``occurrence=``, ``unit=``...)."""
        return self.add_claim(Claim(claim_id, quote=quote, **fields))

    def reference(self, claim_id: str, value: str, *, source: str, **fields: Any) -> ClaimSet:
        """Add a figure from outside the article, with its source."""
        return self.add_claim(Claim(claim_id, value=value, source=source, **fields))

    def add_check(
        self,
        rule: str,
        inputs: Mapping[str, str | Iterable[str]] | None = None,
        /,
        *,
        id: str | None = None,
        severity: Severity | str | None = None,
        options: Mapping[str, Any] | None = None,
        **roles: str | Iterable[str],
    ) -> ClaimSet:
        """Add a check of ``rule``; roles as a mapping or keywords (``from_=`` for ``from``).

        Unknown rules, unknown roles and unknown claims raise
        :class:`~factcheck.errors.RuleError` at once.
        """
        merged: dict[str, str | tuple[str, ...]] = {}
        for key, value in {**(inputs or {}), **roles}.items():
            merged[key.rstrip("_")] = value if isinstance(value, str) else tuple(value)
        check = Check(
            rule=rule,
            inputs=merged,
            options=dict(options or {}),
            id=id or "",
            severity=None if severity is None else Severity(severity),
        )
        problems = _validate_check(check, self.claims, file=None)
        if problems:
            raise problems[0]
        self._append_check(check)
        return self

    def _append_check(self, check: Check) -> None:
        """Append ``check``, named ``rule[claim->claim]`` (``#2``, ``#3``...) when it has no id."""
        if self._taken_for != len(self.checks):  # the list was changed directly: recount
            self._taken = {c.id for c in self.checks}
        cid = check.id
        if not cid:
            cid = base = f"{check.rule}[{'->'.join(check.claim_ids())}]"
            n = 2
            while cid in self._taken:
                cid = f"{base}#{n}"
                n += 1
            check = attrs.evolve(check, id=cid)
        self.checks.append(check)
        self._taken.add(cid)
        self._taken_for = len(self.checks)

    # ----------------------------------------------------------- resolving
    @property
    def line_index(self) -> LineIndex:
        """Line/column lookup for the article."""
        if self._index is None:
            self._index = LineIndex(self.text)
        return self._index

    def resolve(self, claim_id: str) -> ResolvedClaim:
        """The claim's figure, read from its quote or value (cached)."""
        cached = self._resolved.get(claim_id)
        if cached is None:
            if self._finder is None:  # anchor every quote at once: see QuoteFinder
                self._finder = QuoteFinder(self.text)
                self._finder.prepare(c.quote for c in self.claims.values() if c.quote)
            with counted_scope(self.counted):
                cached = _resolve(
                    self.claims[claim_id],
                    self.text,
                    self.published,
                    self.about_tolerance,
                    self._finder,
                )
            self._resolved[claim_id] = cached
        return cached

    def resolve_all(self) -> dict[str, ResolvedClaim]:
        """Every claim resolved."""
        return {cid: self.resolve(cid) for cid in self.claims}


# ---------------------------------------------------------------- resolving


def _parse(text: str, published: _dt.date | None, tolerance: Fraction, kind: str | None) -> Figure:
    from factcheck.text.parse import parse_figure

    kwargs: dict[str, Any] = {"about_tolerance": tolerance}
    if published is not None:
        kwargs["default_year"] = published.year
    if kind is not None:
        kwargs["kind"] = Kind(kind)
    return parse_figure(text, **kwargs)


def _resolve(
    claim: Claim, text: str, published: _dt.date | None, tolerance: Fraction, finder: QuoteFinder
) -> ResolvedClaim:
    if claim.quote is None:
        assert claim.value is not None
        try:
            figure = _parse(claim.value, published, tolerance, claim.kind)
            figure = _with_unit(figure, claim.unit)
        except FactcheckError as exc:
            return ResolvedClaim(
                claim,
                None,
                problem=f"cannot read value: {exc.message}",
                hint=exc.hint,
                reason="unreadable",
            )
        return ResolvedClaim(claim, figure)
    spans = finder.find(claim.quote)
    if not spans:
        return ResolvedClaim(
            claim,
            None,
            problem=f"stale claim: the quote {claim.quote!r} no longer appears in the article"
            + _closest_now(text, claim.quote),
            hint="the article changed: update the quote (and check the figure) or remove the claim",
            reason="stale",
        )
    if claim.occurrence is not None:
        if claim.occurrence > len(spans):
            return ResolvedClaim(
                claim,
                None,
                problem=f"the quote appears {len(spans)} time(s), not {claim.occurrence}",
                hint="lower 'occurrence' or update the quote",
                reason="stale",
            )
        start, end = spans[claim.occurrence - 1]
    elif len(spans) > 1:
        return ResolvedClaim(
            claim,
            None,
            start=spans[0][0],
            end=spans[0][1],
            problem=f"the quote {claim.quote!r} appears {len(spans)} times in the article",
            hint="lengthen the quote, or say which with 'occurrence: N'",
            reason="ambiguous",
        )
    else:
        start, end = spans[0]
    try:
        figure = _figure_in_quote(claim, text, start, end, published, tolerance)
        figure = _with_unit(figure, claim.unit)
    except FactcheckError as exc:
        return ResolvedClaim(
            claim, None, start, end, problem=exc.message, hint=exc.hint, reason="unreadable"
        )
    return ResolvedClaim(claim, figure, start, end)


def _closest_now(text: str, quote: str) -> str:
    """``; the closest passage now is '...' (257 → 275)``, or nothing when none is close."""
    from factcheck.text.anchors import closest_passage, word_changes

    span = closest_passage(text, quote)
    if span is None:
        return ""
    passage = text[span[0] : span[1]]
    changed = word_changes(quote, passage)
    return f"; the closest passage now is {passage!r}" + (
        f" ({', '.join(changed[:3])})" if changed else ""
    )


def _figure_in_quote(
    claim: Claim, text: str, start: int, end: int, published: _dt.date | None, tolerance: Fraction
) -> Figure:
    quoted = text[start:end]
    if claim.figure is not None:
        inner = find_quote(quoted, claim.figure)
        if not inner:
            raise ClaimsFileError(
                f"the figure {claim.figure!r} is not part of the quote {claim.quote!r}",
                hint="'figure' must be a piece of the quote",
            )
        f_start, f_end = inner[0]
        figure = _parse(quoted[f_start:f_end], published, tolerance, claim.kind)
        return figure.with_span(start + f_start, start + f_end)
    try:
        figure = _parse(quoted, published, tolerance, claim.kind)
        return figure.with_span(start, end)
    except FigureChoiceError as first_error:
        # Only when no figure of the kind asked for could be read from the
        # quote whole: the scanner, which reads words in their sentence, may
        # see one. A quote with several figures is never read as one of them
        # ("Eight of the city's 11" is not silently 11), and a figure that
        # cannot be right (a backwards range, 29 February 2023) is reported as
        # it is, not hidden behind the figures around it.
        from factcheck.text.scanner import find_figures

        choices = first_error.choices
        found = [f for f in find_figures(quoted) if claim.kind is None or f.kind == claim.kind]
        if len(found) == 1 and not choices:
            only = found[0]
            s, e = only.span
            return only.with_span(start + s, start + e)
        if len(found) > 1 or choices:
            texts = choices if len(choices) > len(found) else tuple(f.text for f in found)
            listed = ", ".join(repr(t) for t in texts[:5])
            raise ClaimsFileError(
                f"the quote holds {len(texts)} figures ({listed})",
                hint=f"say which one with 'figure:', e.g. figure: {texts[0]!r}",
            ) from None
        raise first_error


def _with_unit(figure: Figure, unit: str | None) -> Figure:
    if unit is None:
        return figure
    from factcheck.units import conversion_factor, dimensionless, parse_unit

    target = parse_unit(unit)
    if figure.unit == target:
        return figure
    if figure.unit == dimensionless() and figure.kind is not Kind.DATE:
        return attrs.evolve(figure, unit=target)
    factor = conversion_factor(figure.unit, target)  # raises UnitError when incompatible
    converted = figure.interval * factor
    return attrs.evolve(
        figure,
        low=converted.low,
        high=converted.high,
        unit=target,
        value=None if figure.value is None else figure.value * factor,
        precision=None if figure.precision is None else figure.precision * factor,
    )


# ----------------------------------------------------------------- loading


class _Problems:
    """Collects every problem in a claims file, so all are reported at once."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.items: list[FactcheckError] = []

    def add(self, message: str, node: Node | None, hint: str | None = None) -> None:
        self.items.append(
            ClaimsFileError(
                message,
                file=self.file,
                line=None if node is None else node.line,
                column=None if node is None else node.column,
                hint=hint,
            )
        )

    def extend(self, errors: Iterable[FactcheckError], node: Node | None) -> None:
        for err in errors:
            self.items.append(
                err.located(
                    file=self.file,
                    line=None if node is None else node.line,
                    column=None if node is None else node.column,
                )
            )

    def raise_if_any(self) -> None:
        if self.items:
            raise ClaimsFileError.from_problems(self.items)


def _unknown_keys(node: Node, allowed: Iterable[str], what: str, problems: _Problems) -> None:
    allowed = tuple(allowed)
    for key, _ in node.items():
        if key.value not in allowed:
            problems.add(
                f"unknown key {key.value!r} in {what}",
                key,
                did_you_mean(key.value, allowed) or f"allowed keys: {', '.join(allowed)}",
            )


def _text(node: Node | None, what: str, problems: _Problems) -> str | None:
    if node is None:
        return None
    if not node.is_scalar or node.kind == "null":
        problems.add(f"{what} must be text", node, "write it as a plain or quoted string")
        return None
    return str(node.value)


def _tolerance(value: str) -> Fraction:
    text = value.strip()
    try:
        # to_fraction, not Fraction: it refuses "1e999999999" instead of hanging on it.
        result = to_fraction(text[:-1].strip()) / 100 if text.endswith("%") else to_fraction(text)
    except (ValueError, ZeroDivisionError):
        raise ClaimsFileError(
            f"cannot read tolerance {value!r}", hint="write a share such as 10% or 0.1"
        ) from None
    if not 0 <= result < 1:
        raise ClaimsFileError(
            f"tolerance {value!r} is out of range", hint="use a share between 0% and 100%"
        )
    return result


@paused_gc()  # builds many objects and keeps them: see factcheck.gcpause
def loads(
    text: str,
    *,
    article: str | None = None,
    file: str = "<claims>",
    base: Path | None = None,
    root: Path | None = None,
    allow_outside_root: bool = False,
    limits: Limits = LIMITS,
) -> ClaimSet:
    """Load a claims file from its YAML ``text``.

    The article is ``article`` when given; otherwise the file named by the
    ``document`` key, resolved against ``base`` (the claims file's folder) and
    refused if it lies outside ``root`` unless ``allow_outside_root``.
    """
    problems = _Problems(file)
    root_node = compose(text, file=file, limits=limits)
    if root_node is None or not root_node.is_map:
        raise ClaimsFileError(
            "a claims file must be a mapping with 'document', 'claims' and 'checks'",
            file=file,
            line=1 if root_node is None else root_node.line,
            column=1 if root_node is None else root_node.column,
            hint="see docs/claims.md for the layout",
        )
    _unknown_keys(root_node, TOP_KEYS, "the claims file", problems)

    # The article.
    doc_node = root_node.get("document")
    document = _text(doc_node, "'document'", problems)
    document_path: Path | None = None
    if article is None:
        if document is None:
            problems.add(
                "missing 'document': the article this file describes",
                root_node,
                "add 'document: story.md' (relative to this file)",
            )
            problems.raise_if_any()
        assert document is not None
        folder = base or Path(".")
        path = folder / document
        project = (root or project_root(folder)).resolve()
        if not allow_outside_root and not inside(path, project):
            raise DocumentError(
                f"document {document!r} lies outside the project folder {str(project)!r}",
                file=file,
                line=None if doc_node is None else doc_node.line,
                column=None if doc_node is None else doc_node.column,
                hint="keep articles inside the project, or allow it explicitly "
                "(--allow-outside-root / allow_outside_root=True)",
            )
        try:
            article = read_document(
                path, display=display_path(path), max_bytes=limits.max_article_bytes
            )
        except DocumentError as exc:
            if exc.line is not None:  # a place in the article (a byte that is not UTF-8)
                raise
            # Missing, a folder, too large...: the fix is in this file, at 'document'.
            raise DocumentError(
                f"document {display_path(document)!r}: {exc.message}",
                file=file,
                line=None if doc_node is None else doc_node.line,
                column=None if doc_node is None else doc_node.column,
                hint=exc.hint,
            ) from None
        document = display_path(path)
        document_path = path

    from factcheck.markdown import published_date

    # a Markdown article's front matter 'date:' counts, and its dateline below a headline
    published = published_date(article, Path(document or "").suffix)
    cs = ClaimSet.from_text(article, document=document, published=published)
    cs.claims_file = file
    cs.document_path = document_path

    # Defaults.
    defaults = root_node.get("defaults")
    if defaults is not None:
        if not defaults.is_map:
            problems.add("'defaults' must be a mapping", defaults)
        else:
            _unknown_keys(defaults, DEFAULT_KEYS, "'defaults'", problems)
            tol = defaults.get("about_tolerance")
            # _text: a list or mapping is "must be text", not its nodes' repr.
            tol_text = _text(tol, "'about_tolerance'", problems)
            if tol is not None and tol_text is not None:
                try:
                    cs.about_tolerance = _tolerance(tol_text)
                except ClaimsFileError as exc:
                    problems.extend([exc], tol)

    # Publication date.
    pub = root_node.get("published")
    pub_text = _text(pub, "'published'", problems)
    if pub_text is not None:
        try:
            cs.published = _dt.date.fromisoformat(pub_text)
        except ValueError:
            problems.add(f"cannot read the date {pub_text!r}", pub, "write it as YYYY-MM-DD")

    # Counted things.
    counted = root_node.get("counted")
    if counted is not None:
        if not counted.is_seq:
            problems.add(
                "'counted' must be a list of words", counted, "e.g. counted: [incident, province]"
            )
        else:
            for item in counted.value:
                word = _text(item, "a counted thing", problems)
                if word:
                    try:
                        cs.counted.update(counted_words([word]))
                    except FactcheckError as exc:
                        problems.extend([exc], item)

    # Claims. Ids of claims rejected above are remembered, so that checks
    # naming them do not repeat the problem as "not defined".
    rejected: set[str] = set()
    claims_node = root_node.get("claims")
    if claims_node is None:
        problems.add("missing 'claims'", root_node, "add a 'claims:' mapping of id → claim")
    elif not claims_node.is_map:
        problems.add("'claims' must be a mapping of id → claim", claims_node)
    else:
        with counted_scope(cs.counted):  # a claim's 'unit' may name one
            for key, node in claims_node.items():
                claim = _load_claim(key, node, problems)
                if claim is not None:
                    cs.claims[claim.id] = claim
                else:
                    rejected.add(str(key.value))

    # Checks.
    checks_node = root_node.get("checks")
    if checks_node is not None and not checks_node.is_seq:
        problems.add("'checks' must be a list", checks_node, "start each check with '- rule: ...'")
    elif checks_node is not None:
        for node in checks_node.value:
            check = _load_check(node, cs.claims, problems, rejected)
            if check is not None:
                cs._append_check(check)
    problems.raise_if_any()

    # Quotes and figures: a figure that cannot be read is the claims file's
    # problem; a quote the article no longer holds is a finding (stale claim).
    for cid in cs.claims:
        resolved = cs.resolve(cid)
        if resolved.reason == "unreadable":
            problems.add(
                f"claim {cid!r}: {resolved.problem}", _claim_node(claims_node, cid), resolved.hint
            )
    problems.raise_if_any()
    return cs


def _claim_node(claims_node: Node | None, cid: str) -> Node | None:
    return None if claims_node is None else claims_node.get(cid)


def _load_claim(key: Node, node: Node, problems: _Problems) -> Claim | None:
    cid = str(key.value)
    if not _ID.match(cid):
        problems.add(f"claim id {cid!r} is not a plain name", key, "use letters, digits, _ . and -")
        return None
    if node.is_scalar and node.kind != "null":
        # Shorthand: `id: "quote text"`.
        return Claim(cid, quote=str(node.value), line=node.line, column=node.column)
    if not node.is_map:
        problems.add(
            f"claim {cid!r} must be a mapping or a quote", node, "give it 'quote:' or 'value:'"
        )
        return None
    _unknown_keys(node, CLAIM_KEYS, f"claim {cid!r}", problems)
    fields = {k: _text(node.get(k), f"'{k}'", problems) for k in CLAIM_KEYS if k != "occurrence"}
    occurrence: int | None = None
    occ_node = node.get("occurrence")
    if occ_node is not None:
        # plain() reads every YAML int spelling (0x10, 1_000, 1:30) or leaves text.
        number = occ_node.plain()
        if not isinstance(number, int) or isinstance(number, bool) or number < 1:
            problems.add("'occurrence' must be a whole number from 1", occ_node)
        else:
            occurrence = number
    if fields["quote"] is None and fields["value"] is None:
        problems.add(
            f"claim {cid!r} has neither 'quote' nor 'value'",
            node,
            "quote the article, or give a 'value' with its 'source'",
        )
        return None
    if fields["quote"] is not None and fields["value"] is not None:
        problems.add(
            f"claim {cid!r} has both 'quote' and 'value'",
            node,
            "a claim either quotes the article or comes from a source",
        )
        return None
    if fields["value"] is not None and not fields["source"]:
        problems.add(
            f"claim {cid!r} gives a value without a 'source'",
            node,
            "say where a figure from outside the article comes from",
        )
    if fields["kind"] is not None and fields["kind"] not in {k.value for k in Kind}:
        problems.add(
            f"unknown kind {fields['kind']!r}",
            node.get("kind"),
            did_you_mean(fields["kind"], [k.value for k in Kind]),
        )
        fields["kind"] = None
    if fields["unit"] is not None:
        from factcheck.units import parse_unit

        try:
            parse_unit(fields["unit"])
        except FactcheckError as exc:
            problems.extend([exc], node.get("unit"))
            fields["unit"] = None
    return Claim(cid, occurrence=occurrence, line=node.line, column=node.column, **fields)


def _load_check(
    node: Node, claims: Mapping[str, Claim], problems: _Problems, rejected: set[str]
) -> Check | None:
    if not node.is_map:
        problems.add("a check must be a mapping with 'rule' and its roles", node)
        return None
    rule_node = node.get("rule")
    rule = _text(rule_node, "'rule'", problems)
    if rule is None:
        problems.add("a check needs a 'rule'", node, "e.g. 'rule: percent_change'")
        return None
    inputs: dict[str, str | tuple[str, ...]] = {}
    for key, value in node.items():
        if key.value in CHECK_KEYS:
            continue
        if value.is_seq:
            ids = tuple(_text(v, f"role {key.value!r}", problems) or "" for v in value.value)
            inputs[key.value] = ids
        else:
            inputs[key.value] = _text(value, f"role {key.value!r}", problems) or ""
    options_node = node.get("options")
    options: dict[str, Any] = {}
    if options_node is not None:
        if not options_node.is_map:
            problems.add("'options' must be a mapping", options_node)
        else:
            options = options_node.plain()
    severity: Severity | None = None
    sev_node = node.get("severity")
    sev_text = _text(sev_node, "'severity'", problems)
    if sev_text is not None:
        try:
            severity = Severity(sev_text)
        except ValueError:
            problems.add(
                f"unknown severity {sev_text!r}",
                sev_node,
                did_you_mean(sev_text, [s.value for s in Severity]) or "use error, warning or info",
            )
    check = Check(
        rule=rule,
        inputs=inputs,
        options=options,
        id=_text(node.get("id"), "'id'", problems) or "",
        severity=severity,
        skip=_text(node.get("skip"), "'skip'", problems),
        xfail=_text(node.get("xfail"), "'xfail'", problems),
        note=_text(node.get("note"), "'note'", problems),
        line=node.line,
        column=node.column,
    )
    errors = _validate_check(check, claims, file=problems.file, rejected=rejected)
    for err in errors:
        # Point at the role's own node where there is one.
        where = node.get(getattr(err, "role", "")) or (
            rule_node if isinstance(err, RuleError) else node
        )
        problems.extend([err], where)
    return None if errors else check


class _RoleError(RuleError):
    def __init__(self, message: str, role: str, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.role = role


def _validate_check(
    check: Check,
    claims: Mapping[str, Claim],
    *,
    file: str | None,
    rejected: set[str] | frozenset[str] = frozenset(),
) -> list[FactcheckError]:
    from factcheck.rules import get_rule

    errors: list[FactcheckError] = []
    try:
        rule = get_rule(check.rule)
    except RuleError as exc:
        return [exc]
    roles = {i.name: i for i in rule.inputs}
    for role, value in check.inputs.items():
        spec = roles.get(role)
        if spec is None:
            errors.append(
                _RoleError(
                    f"rule {rule.name!r} has no role {role!r}",
                    role,
                    did_you_mean(role, roles) or f"its roles: {', '.join(roles) or 'none'}",
                )
            )
            continue
        if isinstance(value, tuple) and not spec.many:
            errors.append(_RoleError(f"role {role!r} takes one claim, not a list", role))
        ids = (value,) if isinstance(value, str) else value
        for cid in ids:
            if cid not in claims and cid not in rejected:
                errors.append(
                    _RoleError(
                        f"role {role!r} names claim {cid!r}, which is not defined",
                        role,
                        did_you_mean(cid, claims) or "define it under 'claims:'",
                    )
                )
    for name, spec in roles.items():
        if not spec.optional and name not in check.inputs:
            errors.append(
                RuleError(
                    f"rule {rule.name!r} needs role {name!r} ({spec.doc})",
                    hint=f"add '{name}: <claim id>' to the check",
                )
            )
    known = {o.name: o for o in rule.options}
    for key, value in check.options.items():
        option = known.get(key)
        if option is None:
            errors.append(
                RuleError(
                    f"rule {rule.name!r} has no option {key!r}",
                    hint=did_you_mean(key, known) or f"its options: {', '.join(known) or 'none'}",
                )
            )
        elif (refused := option.refuses(value)) is not None:
            errors.append(RuleError(f"option {key!r} cannot be {value!r}", hint=refused))
    return errors


def load(
    path: str | Path,
    *,
    root: Path | None = None,
    allow_outside_root: bool = False,
    limits: Limits = LIMITS,
) -> ClaimSet:
    """Load a claims file and the article it describes.

    >>> cs = load("examples/afghanistan/article.claims.yaml")  # doctest: +SKIP
    >>> from factcheck.engine import check_claimset
    >>> check_claimset(cs).ok  # doctest: +SKIP
    False
    """
    p = Path(path)
    name = display_path(path)
    text = _read_utf8(
        p,
        name,
        ClaimsFileError,
        missing_hint="check the path",
        folder_hint="name a *.claims.yaml file",
        max_bytes=limits.max_bytes,
        size_hint="split it, or raise the limit with factcheck.yamlnodes.Limits(max_bytes=...)",
    )
    return loads(
        text,
        file=name,
        base=p.parent,
        root=root,
        allow_outside_root=allow_outside_root,
        limits=limits,
    )
