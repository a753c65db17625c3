"""Findings: the one immutable record that passes from rules to reports.

A rule says *what* it found (status, message, the values it stated and
recomputed); the engine stamps *where* (:class:`Location`) and *how much it
matters* (:class:`Severity`). Reports only read findings.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

import attrs

from factcheck._repr import fields_repr

__all__ = ["Finding", "Location", "Severity", "Status", "Suppression", "Value"]


class Status(enum.StrEnum):
    """The verdict of one check."""

    CONSISTENT = "consistent"  #: some value inside every stated interval makes the relation true
    INCONSISTENT = "inconsistent"  #: no value does
    UNDETERMINED = "undetermined"  #: a figure is missing or unreadable; see the implied value


class Severity(enum.StrEnum):
    """How much a finding matters; ``--fail-on`` compares against it."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is more severe: info 0, warning 1, error 2."""
        return {"info": 0, "warning": 1, "error": 2}[self.value]


@attrs.frozen(order=True)
class Location:
    """Where a finding points in the article.

    ``line`` and ``column`` are 1-based (columns count Unicode code points);
    ``start`` and ``end`` are 0-based character offsets of the flagged text.
    ``claims_line`` is the line in the claims file that set the check up.
    """

    __repr__ = fields_repr

    file: str | None = None
    line: int | None = None
    column: int | None = None
    start: int | None = None
    end: int | None = None
    claims_file: str | None = None
    claims_line: int | None = None
    claims_column: int | None = None


@attrs.frozen
class Value:
    """A value shown in a finding: a name, a human reading, and the exact interval."""

    __repr__ = fields_repr

    name: str  #: e.g. ``"stated change"``, ``"recomputed change"``, ``"implied from"``
    text: str  #: human reading: ``"27.5–28.5%"``
    low: str | None = None  #: exact lower end as a decimal or ``p/q`` string; None = unbounded
    high: str | None = None
    low_closed: bool = True
    high_closed: bool = True
    unit: str = ""

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping."""
        return attrs.asdict(self)


@attrs.frozen
class Suppression:
    """Why a finding is not held against the article, for reports to show (never to drop it).

    ``kind`` is SARIF's: ``"inSource"`` for a ``<!-- factcheck: ignore -->``
    comment in the article, ``"external"`` for a baseline file.
    """

    __repr__ = fields_repr

    kind: str  #: ``"inSource"`` or ``"external"``
    justification: str  #: e.g. ``"<!-- factcheck: ignore --> on line 12"``

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping."""
        return {"kind": self.kind, "justification": self.justification}


@attrs.frozen
class Finding:
    """One verdict about one check (or one claim), ready to report.

    ``quote`` is the flagged text in the article; ``stated``/``recomputed``/
    ``implied`` hold the values behind the message; ``reading`` says which
    interpretation of the figures the verdict used (e.g. "28% read as
    27.5–28.5%").
    """

    __repr__ = fields_repr

    rule: str
    status: Status = attrs.field(converter=Status)
    message: str
    severity: Severity = attrs.field(converter=Severity, default=Severity.INFO)
    check: str = ""  #: the check's id, e.g. ``percent_change[killings_2019->killings_2020]``
    location: Location = attrs.field(factory=Location)
    quote: str = ""
    claims: tuple[str, ...] = ()
    stated: tuple[Value, ...] = ()
    recomputed: tuple[Value, ...] = ()
    implied: tuple[Value, ...] = ()
    reading: str = ""
    explanation: str = ""  #: the arithmetic, one step a line
    extra: Mapping[str, Any] = attrs.field(factory=dict, eq=False)
    #: set when an inline comment or a baseline suppresses the finding; it is
    #: still reported (as suppressed) but no longer fails a run
    suppressed: Suppression | None = None

    def _repr_html_(self) -> str:
        """The finding's card from the HTML report, for a notebook (Jupyter)."""
        from factcheck.reports.html import HtmlRenderer

        return HtmlRenderer().finding_fragment(self)

    @property
    def borderline(self) -> bool:
        """Whether the finding is consistent only at the edges of its figures' rounding.

        The verdict stays exact (*consistent*); the engine gives such a
        finding severity ``warning`` instead of ``info``, so a consistent
        finding above ``info`` is borderline (see ``docs/reports.md``).
        """
        return self.status is Status.CONSISTENT and self.severity is not Severity.INFO

    @property
    def problem(self) -> bool:
        """Whether the finding is a problem (inconsistent, a stale/unreadable claim, or a
        borderline consistent one, which fails only at ``--fail-on warning``).

        A suppressed problem is still one; see :attr:`failed`.
        """
        if self.status is Status.INCONSISTENT:
            return True
        return self.severity is not Severity.INFO

    @property
    def failed(self) -> bool:
        """Whether the finding counts against the article: a problem that is not suppressed."""
        return self.suppressed is None and self.problem

    def sort_key(self) -> tuple[str, int, str, str]:
        """Order findings by file, then position, then rule and check id."""
        loc = self.location
        start = -1 if loc.start is None else loc.start
        return (loc.file or "", start, self.rule, self.check)
