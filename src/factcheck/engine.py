"""The engine: claims and checks in, findings out.

:class:`Report` is what every front end (Python API, CLI, pytest plugin)
gets back; renderers in :mod:`factcheck.reports` turn it into text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from factcheck.claims import Check
from factcheck.errors import FactcheckError, RuleError
from factcheck.findings import Finding, Location, Severity, Status
from factcheck.gcpause import paused_gc
from factcheck.rules.base import Context, Rule, Verdict

if TYPE_CHECKING:
    from factcheck.claims import ClaimSet, ResolvedClaim
    from factcheck.figures import Figure

__all__ = [
    "DocumentReport",
    "Report",
    "check_claimset",
    "claim_findings",
    "evaluate",
    "evaluate_figures",
    "run_check",
]

#: The pseudo-rule under which problems with a claim itself are reported.
QUOTE_RULE = "quote"


@attrs.frozen
class DocumentReport:
    """The findings about one article (one claims file, or one scanned text)."""

    document: str | None  #: the article's path as given (relative to the working directory)
    text: str  #: the article's text, for reports that show sentences
    findings: tuple[Finding, ...] = ()
    claims_file: str | None = None  #: the claims file's path, ``None`` for a scan
    checks: int = 0  #: how many checks ran

    def __repr__(self) -> str:
        """Short: the article's name and counts, not its whole text.

        >>> DocumentReport("a.md", "Up 28% in May.", checks=2)
        <DocumentReport a.md: 2 checks, 0 findings, 14 characters>
        """
        counts = Counter(
            "suppressed" if f.suppressed is not None else f.status.value for f in self.findings
        )
        found = ", ".join(f"{n} {k}" for k, n in counts.items())
        name = self.document or "<text>"
        claims = f" (claims {self.claims_file})" if self.claims_file else ""
        checks = f"{self.checks} check{'s' if self.checks != 1 else ''}"
        findings = f"{len(self.findings)} finding{'s' if len(self.findings) != 1 else ''}"
        if found:
            findings += f" ({found})"
        return f"<DocumentReport {name}{claims}: {checks}, {findings}, {len(self.text)} characters>"

    def _repr_html_(self) -> str:
        """The HTML report's card for this article, for a notebook."""
        return Report((self,))._repr_html_()


@attrs.frozen
class Report:
    """The result of checking one or more articles.

    >>> Report(()).ok
    True
    """

    documents: tuple[DocumentReport, ...]

    def __repr__(self) -> str:
        """Short, whatever the size: ``<Report: 1 inconsistent, … in 1 article>``.

        The findings are in :attr:`findings`; a notebook shows the whole
        report through :meth:`_repr_html_`.
        """
        return f"<Report: {self.summary_line()}>"

    def _repr_html_(self) -> str:
        """The HTML report as one ``<div>`` with its own style, for a notebook (Jupyter)."""
        from factcheck.reports.html import HtmlRenderer

        return HtmlRenderer().fragment(self)

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Every finding of every document, in document order then text order."""
        return tuple(f for doc in self.documents for f in doc.findings)

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    @property
    def ok(self) -> bool:
        """Whether nothing failed at the default level (an error-severity problem)."""
        return not self.failures(Severity.ERROR)

    def failures(self, level: Severity | None) -> tuple[Finding, ...]:
        """Findings that fail at ``level`` (``None`` means never fail)."""
        if level is None:
            return ()
        return tuple(f for f in self.findings if f.failed and f.severity.rank >= level.rank)

    def counts(self) -> dict[str, int]:
        """How many findings of each status, with every status present.

        Suppressed findings are not counted under their status; ``counts()``
        has them under ``"suppressed"``.
        """
        counter = Counter(
            "suppressed" if f.suppressed is not None else f.status.value for f in self.findings
        )
        return {key: counter.get(key, 0) for key in (*(s.value for s in Status), "suppressed")}

    def summary_line(self) -> str:
        """``"1 inconsistent, 14 consistent, 2 undetermined in 1 article"``.

        Suppressed findings, when there are any, are added at the end:
        ``"… in 1 article, 2 suppressed"``.
        """
        counts = self.counts()
        parts = [f"{counts[s]} {s}" for s in ("inconsistent", "consistent", "undetermined")]
        n = len(self.documents)
        line = f"{', '.join(parts)} in {n} article{'s' if n != 1 else ''}"
        return line + (f", {counts['suppressed']} suppressed" if counts["suppressed"] else "")


@paused_gc()  # builds many objects and keeps them: see factcheck.gcpause
def check_claimset(claimset: ClaimSet) -> Report:
    """Resolve every claim and run every check of ``claimset``."""
    findings = list(claim_findings(claimset))
    for check in claimset.checks:
        findings.extend(run_check(claimset, check))
    findings.sort(key=Finding.sort_key)
    doc = DocumentReport(
        document=claimset.document,
        text=claimset.text,
        findings=tuple(findings),
        claims_file=claimset.claims_file,
        checks=len(claimset.checks),
    )
    return Report((doc,))


def _location(
    claimset: ClaimSet, start: int | None, end: int | None, line: int | None, column: int | None
) -> Location:
    if start is None:
        return Location(
            file=claimset.document,
            claims_file=claimset.claims_file,
            claims_line=line,
            claims_column=column,
        )
    text_line, text_column = claimset.line_index.position(start)
    return Location(
        file=claimset.document,
        line=text_line,
        column=text_column,
        start=start,
        end=end,
        claims_file=claimset.claims_file,
        claims_line=line,
        claims_column=column,
    )


def claim_findings(claimset: ClaimSet) -> Iterator[Finding]:
    """Findings about claims that could not be resolved (stale, ambiguous, unreadable)."""
    for cid in claimset.claims:
        resolved = claimset.resolve(cid)
        if resolved.problem is None:
            continue
        claim = resolved.claim
        yield Finding(
            rule=QUOTE_RULE,
            status=Status.UNDETERMINED,
            severity=Severity.ERROR,
            message=f"claim {cid!r}: {resolved.problem}",
            check=f"{QUOTE_RULE}[{cid}]",
            location=_location(claimset, resolved.start, resolved.end, claim.line, claim.column),
            quote=claim.quote or claim.value or "",
            claims=(cid,),
            explanation=resolved.hint or "",
            extra={"reason": resolved.reason},
        )


def _subject_span(
    check: Check, verdict: Verdict, default_role: str, resolved: dict[str, ResolvedClaim]
) -> ResolvedClaim | None:
    roles = [verdict.subject or default_role, *check.inputs]
    for role in roles:
        ids = check.inputs.get(role)
        if ids is None:
            continue
        for cid in (ids,) if isinstance(ids, str) else ids:
            item = resolved.get(cid)
            if item is not None and item.start is not None:
                return item
    return None


def run_check(claimset: ClaimSet, check: Check) -> list[Finding]:
    """The findings of one check (usually one)."""
    from factcheck.rules import get_rule

    rule_cls = get_rule(check.rule)
    resolved = {cid: claimset.resolve(cid) for cid in check.claim_ids()}
    missing = [cid for cid, r in resolved.items() if not r.ok]
    base = {
        "rule": rule_cls.name,
        "check": check.id,
        "claims": check.claim_ids(),
    }
    if missing:
        first = _subject_span(check, Verdict(Status.UNDETERMINED, ""), rule_cls.subject, resolved)
        return [
            Finding(
                status=Status.UNDETERMINED,
                severity=Severity.WARNING,
                message=f"not checked: claim{'s' if len(missing) > 1 else ''} "
                + ", ".join(repr(m) for m in missing)
                + " could not be read from the article",
                location=_location(
                    claimset,
                    None if first is None else first.start,
                    None if first is None else first.end,
                    check.line,
                    check.column,
                ),
                quote=""
                if first is None or first.start is None
                else claimset.text[first.start : first.end],
                **base,  # type: ignore[arg-type]
            )
        ]
    figures: dict[str, Figure | tuple[Figure, ...] | None] = {}
    for role in rule_cls.inputs:
        ids = check.inputs.get(role.name)
        if ids is None:
            figures[role.name] = () if role.many else None
        elif isinstance(ids, str):
            fig = resolved[ids].figure
            figures[role.name] = (fig,) if role.many and fig is not None else fig
        else:
            figures[role.name] = tuple(f for cid in ids if (f := resolved[cid].figure) is not None)
    context = Context(
        published=claimset.published,
        about_tolerance=claimset.about_tolerance,
        text=claimset.text,
    )
    verdicts = evaluate(rule_cls, figures, check.options, context)
    findings = []
    for verdict in verdicts:
        item = _subject_span(check, verdict, rule_cls.subject, resolved)
        start = None if item is None else item.start
        end = None if item is None else item.end
        if item is not None and item.figure is not None and item.figure.end is not None:
            start, end = item.figure.span
        findings.append(
            Finding(
                status=verdict.status,
                severity=_severity(verdict, check, rule_cls.severity),
                message=verdict.message,
                location=_location(claimset, start, end, check.line, check.column),
                quote="" if start is None else claimset.text[start:end],
                stated=verdict.stated,
                recomputed=verdict.recomputed,
                implied=verdict.implied,
                reading=verdict.reading,
                explanation=verdict.explanation,
                **base,  # type: ignore[arg-type]
            )
        )
    return findings


def evaluate(
    rule_cls: type[Rule],
    figures: Mapping[str, Figure | tuple[Figure, ...] | None],
    options: Mapping[str, Any],
    context: Context,
    *,
    borderline: bool = True,
) -> list[Verdict]:
    """Run one rule on figures; an error the inputs cause becomes an undetermined verdict.

    ``borderline=False`` leaves consistent verdicts unmarked (see
    :func:`_mark_borderline`), for a caller that keeps none of them.
    """
    merged = {**rule_cls.option_defaults(), **options}
    try:
        verdicts = list(rule_cls().evaluate(figures, merged, context))
        if not borderline:
            return verdicts
        return _mark_borderline(rule_cls, figures, merged, context, verdicts)
    except FactcheckError as exc:
        return [
            Verdict(
                Status.UNDETERMINED,
                f"cannot check: {exc.message}",
                explanation=exc.hint or "",
                severity=Severity.ERROR,
            )
        ]


#: Share of each rounded figure's rounding interval, at each end, that a consistent
#: verdict must not need: with every rounded figure cut to its inner 90 %
#: (27.55–28.45 for "28%") the verdict must still be consistent, or it is borderline.
BORDERLINE_MARGIN = Fraction(1, 20)


def _mark_borderline(
    rule_cls: type[Rule],
    figures: Mapping[str, Figure | tuple[Figure, ...] | None],
    options: Mapping[str, Any],
    context: Context,
    verdicts: list[Verdict],
) -> list[Verdict]:
    """``verdicts`` with each consistent one that holds only at the rounding's edges marked.

    The rule runs again on the figures cut to their inner part (see
    :data:`BORDERLINE_MARGIN` and :meth:`Figure.inner`); a consistent verdict
    whose counterpart is then inconsistent is *borderline*. Nothing is
    re-run when no verdict is consistent or no figure is rounded.
    """
    if not any(v.status is Status.CONSISTENT for v in verdicts):
        return verdicts
    inner: dict[str, Figure | tuple[Figure, ...] | None] = {}
    changed = False
    for role, value in figures.items():
        if value is None:
            inner[role] = None
            continue
        if isinstance(value, tuple):
            cut = tuple(f.inner(BORDERLINE_MARGIN) for f in value)
            changed |= any(a is not b for a, b in zip(cut, value, strict=True))
            inner[role] = cut
        else:
            one = value.inner(BORDERLINE_MARGIN)
            changed |= one is not value
            inner[role] = one
    if not changed:
        return verdicts
    try:
        again = list(rule_cls().evaluate(inner, options, context))
    except FactcheckError:
        return verdicts
    if len(again) != len(verdicts):
        return verdicts
    marked = []
    for verdict, tight in zip(verdicts, again, strict=True):
        if verdict.status is Status.CONSISTENT and tight.status is Status.INCONSISTENT:
            note = (
                "borderline: consistent only at the edges of the rounding; with every "
                "rounded figure cut to the inner 90% of its rounding interval it is not"
            )
            explanation = f"{verdict.explanation}\n{note}" if verdict.explanation else note
            verdict = attrs.evolve(verdict, borderline=True, explanation=explanation)
        marked.append(verdict)
    return marked


def evaluate_figures(
    rule: str,
    figures: Mapping[str, Figure | tuple[Figure, ...] | None],
    *,
    options: Mapping[str, Any] | None = None,
    context: Context | None = None,
    severity: Severity | None = None,
) -> list[Finding]:
    """Findings of ``rule`` on figures given directly, with no article or claims file.

    >>> from factcheck import parse_figure
    >>> [f.status.value for f in evaluate_figures("percent_change", {
    ...     "from": parse_figure("780"), "to": parse_figure("996"), "change": parse_figure("28%")})]
    ['consistent']
    """
    rule_cls, verdicts = _figure_verdicts(rule, figures, options or {}, context or Context())
    return [
        Finding(
            rule=rule_cls.name,
            status=v.status,
            severity=_verdict_severity(v, severity, rule_cls.severity),
            message=v.message,
            check=rule_cls.name,
            stated=v.stated,
            recomputed=v.recomputed,
            implied=v.implied,
            reading=v.reading,
            explanation=v.explanation,
        )
        for v in verdicts
    ]


def _figure_verdicts(
    rule: str,
    figures: Mapping[str, Figure | tuple[Figure, ...] | None],
    options: Mapping[str, Any],
    context: Context,
    *,
    borderline: bool = True,
) -> tuple[type[Rule], list[Verdict]]:
    """The rule named ``rule`` and its verdicts on figures given directly.

    The part of :func:`evaluate_figures` before the findings: the scanner
    builds each finding itself, with its place in the article, in one go.
    ``borderline`` as for :func:`evaluate`.
    """
    from factcheck.rules import get_rule

    rule_cls = get_rule(rule)
    full = {i.name: figures.get(i.name, () if i.many else None) for i in rule_cls.inputs}
    unknown = set(figures) - set(full)
    if unknown:
        raise RuleError(
            f"rule {rule!r} has no role {sorted(unknown)[0]!r}",
            hint=f"its roles: {', '.join(full)}",
        )
    return rule_cls, evaluate(rule_cls, full, options, context, borderline=borderline)


def _severity(verdict: Verdict, check: Check, default: Severity) -> Severity:
    return _verdict_severity(verdict, check.severity, default)


def _verdict_severity(verdict: Verdict, override: Severity | None, default: Severity) -> Severity:
    """A verdict's severity: info when consistent, else its own, the check's or the rule's."""
    if verdict.status is Status.CONSISTENT:
        return Severity.WARNING if verdict.borderline else Severity.INFO
    if verdict.severity is not None:
        return verdict.severity
    if verdict.status is Status.INCONSISTENT:
        return override or default
    return Severity.INFO
