"""Inline suppression: ``<!-- factcheck: ... -->`` comments in the article.

=============================================  ==========================================
comment                                        suppresses
=============================================  ==========================================
``<!-- factcheck: ignore -->``                 findings in the next paragraph
``<!-- factcheck: ignore[share,multiple] -->``  findings of those rules in the next paragraph
``<!-- factcheck: off -->``                    findings from here to ``on`` (or the end)
``<!-- factcheck: off[percent_of_n] -->``      findings of that rule from here to ``on``
``<!-- factcheck: on -->``                     ends every ``off`` above
``<!-- factcheck: on[percent_of_n] -->``       ends the ``off`` of that rule
=============================================  ==========================================

"The next paragraph" runs from the comment to the next blank line after
the text that follows it, so a comment on its own line covers the paragraph
below it, and one at the end of a sentence covers the rest of its paragraph.
Anything after the directive is the reason, shown in the reports:
``<!-- factcheck: ignore[percent_of_n] the survey weights its answers -->``.

A finding is suppressed when the figure it points at stands in such a region.
It is *marked* (``finding.suppressed``), never dropped: JSON shows it with
``"suppressed"``, SARIF with ``suppressions``, the other formats list it
apart, and it no longer fails the run. A comment that factcheck cannot read
(an unknown directive, an unknown rule) is reported as a warning, so a typo
does not silently suppress nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import attrs

from factcheck._repr import fields_repr
from factcheck.controls import may_suppress
from factcheck.findings import Finding, Location, Severity, Status, Suppression

__all__ = ["SUPPRESSION_RULE", "Region", "mask_comments", "regions", "suppress_inline"]

#: The pseudo-rule of a finding about a suppression comment that cannot be read.
SUPPRESSION_RULE = "suppression"

_COMMENT = re.compile(
    r"<!--\s*factcheck\s*:\s*(?P<directive>[A-Za-z_-]*)\s*(?:\[(?P<rules>[^\]]*)\])?"
    r"(?P<reason>(?:(?!-->).)*?)\s*-->",
    re.DOTALL | re.IGNORECASE,
)
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
_DIRECTIVES = ("ignore", "off", "on")


@attrs.frozen
class Region:
    """A stretch ``[start, end)`` of the article where findings of ``rules`` are suppressed.

    ``rules`` is ``None`` for every rule; ``line`` is the comment's line.
    """

    __repr__ = fields_repr

    start: int
    end: int
    rules: frozenset[str] | None
    comment: str
    line: int
    reason: str = ""

    def covers(self, finding: Finding) -> bool:
        """Whether ``finding`` points into this region and is of one of its rules."""
        at = finding.location.start
        if at is None or not self.start <= at < self.end:
            return False
        return self.rules is None or finding.rule in self.rules


@attrs.frozen
class _Problem:
    __repr__ = fields_repr

    start: int
    end: int
    message: str
    hint: str


_ANY_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)


def mask_comments(text: str) -> str:
    """``text`` with every HTML comment blanked out: same length, line breaks kept.

    A reader never sees a comment, so the scanner should not read one: its
    figures are not the article's, and a comment on the line above a
    sentence must not run into it. Offsets into the masked text are offsets
    into ``text``.

    >>> mask_comments("a <!-- x\\ny --> b")
    'a       \\n      b'
    """
    if "<!--" not in text:
        return text
    return _ANY_COMMENT.sub(lambda m: "".join(c if c == "\n" else " " for c in m.group()), text)


def _paragraph_end(text: str, at: int) -> int:
    """The end of the paragraph that starts at the first non-blank character from ``at``."""
    while at < len(text) and text[at].isspace():
        at += 1
    blank = _BLANK_LINE.search(text, at)
    return len(text) if blank is None else blank.start()


def _rule_names(raw: str | None) -> frozenset[str] | None:
    if raw is None:
        return None
    names = frozenset(part.strip() for part in raw.split(",") if part.strip())
    return names or None


def _parse(text: str, known: Iterable[str] | None) -> tuple[list[Region], list[_Problem]]:
    known_rules = None if known is None else set(known)
    found: list[Region] = []
    problems: list[_Problem] = []
    # Open "off" regions: rules (None for all) -> (start, comment, line, reason).
    open_all: tuple[int, str, int, str] | None = None
    open_rules: dict[str, tuple[int, str, int, str]] = {}

    def line_of(offset: int) -> int:
        return text.count("\n", 0, offset) + 1

    def close_rule(name: str, end: int) -> None:
        start, comment, line, reason = open_rules.pop(name)
        found.append(Region(start, end, frozenset({name}), comment, line, reason))

    for match in _COMMENT.finditer(text):
        directive = match.group("directive").lower()
        rules = _rule_names(match.group("rules"))
        reason = " ".join(match.group("reason").split())
        comment, line = match.group(0), line_of(match.start())
        if directive not in _DIRECTIVES:
            problems.append(
                _Problem(
                    match.start(),
                    match.end(),
                    f"unknown factcheck directive {directive or '(none)'!r}: nothing suppressed",
                    "write ignore, off or on, e.g. <!-- factcheck: ignore -->",
                )
            )
            continue
        if rules is not None and known_rules is not None:
            unknown = sorted(rules - known_rules)
            if unknown:
                problems.append(
                    _Problem(
                        match.start(),
                        match.end(),
                        f"unknown rule {unknown[0]!r} in a factcheck comment",
                        "run 'factcheck rules' for the names",
                    )
                )
        if directive == "ignore":
            end = _paragraph_end(text, match.end())
            found.append(Region(match.end(), end, rules, comment, line, reason))
        elif directive == "off":
            if rules is None:
                if open_all is None:
                    open_all = (match.end(), comment, line, reason)
            else:
                for name in rules:
                    open_rules.setdefault(name, (match.end(), comment, line, reason))
        else:  # on
            if rules is None:
                if open_all is not None:
                    start, c, ln, why = open_all
                    found.append(Region(start, match.start(), None, c, ln, why))
                    open_all = None
                for name in list(open_rules):
                    close_rule(name, match.start())
            else:
                for name in rules & set(open_rules):
                    close_rule(name, match.start())
    if open_all is not None:
        start, c, ln, why = open_all
        found.append(Region(start, len(text), None, c, ln, why))
    for name in list(open_rules):
        close_rule(name, len(text))
    return found, problems


def regions(text: str, known_rules: Iterable[str] | None = None) -> list[Region]:
    """The suppressed regions of ``text``, in the order of their comments.

    >>> [(r.rules, r.line) for r in regions("<!-- factcheck: ignore[share] -->\\nA 38% share.")]
    [(frozenset({'share'}), 1)]
    """
    if not may_suppress(text):  # the usual case, decided at once
        return []
    return _parse(text, known_rules)[0]


def _justification(region: Region) -> str:
    text = f"{' '.join(region.comment.split())} on line {region.line}"
    return f"{text}: {region.reason}" if region.reason else text


def suppress_inline(
    findings: Sequence[Finding],
    text: str,
    *,
    document: str | None = None,
    known_rules: Iterable[str] | None = None,
) -> tuple[Finding, ...]:
    """``findings`` with those in a suppressed region of ``text`` marked, plus comment problems.

    A comment that cannot be read becomes a warning finding of the pseudo-rule
    ``suppression`` at the comment, so that it is seen.
    """
    if not may_suppress(text):
        return tuple(findings)
    found, problems = _parse(text, known_rules)
    out: list[Finding] = []
    for finding in findings:
        if finding.suppressed is None and finding.status is not Status.CONSISTENT:
            region = next((r for r in found if r.covers(finding)), None)
            if region is not None:
                finding = attrs.evolve(
                    finding, suppressed=Suppression("inSource", _justification(region))
                )
        out.append(finding)
    if problems:
        from factcheck.text.anchors import LineIndex

        index = LineIndex(text)
        for problem in problems:
            line, column = index.position(problem.start)
            out.append(
                Finding(
                    rule=SUPPRESSION_RULE,
                    status=Status.UNDETERMINED,
                    severity=Severity.WARNING,
                    message=problem.message,
                    check=f"{SUPPRESSION_RULE}@{line}:{column}",
                    location=Location(
                        file=document,
                        line=line,
                        column=column,
                        start=problem.start,
                        end=problem.end,
                    ),
                    quote=text[problem.start : problem.end],
                    explanation=problem.hint,
                )
            )
        out.sort(key=Finding.sort_key)
    return tuple(out)
