"""What a rule is: a named relation between figures, with its formula and examples.

A rule is a class with metadata as data (``name``, ``summary``, ``formula``,
``inputs``, ``options``) and one method, :meth:`Rule.evaluate`, that looks at
resolved figures and returns :class:`Verdict` records. The engine turns
verdicts into :class:`~factcheck.findings.Finding` records by adding where
(the claims' positions) and how much it matters (severity).

The class docstring *is* the rule's documentation. Its ``Examples`` section
holds YAML cases (an article sentence, claims, one check and the expected
status) that the test suite runs and ``docs/rules.md`` renders, so the docs
cannot drift from the code.

Writing your own rule::

    from factcheck.rules import Rule, Input, Verdict, register

    @register
    class NotNegative(Rule):
        '''A figure that cannot be below zero.'''
        name = "not_negative"
        summary = "the figure is zero or more"
        formula = "value ≥ 0"
        inputs = (Input("value", "the figure"),)

        def evaluate(self, figures, options, context):
            ...

and expose it to other projects through the ``factcheck.rules`` entry point
group.
"""

from __future__ import annotations

import datetime as _dt
import inspect
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction
from typing import Any, ClassVar

import attrs

from factcheck._repr import fields_repr
from factcheck.figures import Figure
from factcheck.findings import Severity, Status, Value
from factcheck.intervals import Interval, exact_text

__all__ = [
    "Context",
    "Input",
    "Option",
    "Rule",
    "Verdict",
    "value_of",
]


@attrs.frozen
class Input:
    """A role a rule's check fills with claims (``from``, ``to``, ``change``)."""

    __repr__ = fields_repr

    name: str
    doc: str
    many: bool = False  #: takes a list of claims (parts of a total, enumerated items)
    optional: bool = False  #: may be left out; the rule then solves for it


@attrs.frozen
class Option:
    """A setting of a rule, declared as data and validated by one shared checker."""

    __repr__ = fields_repr

    name: str
    doc: str
    default: Any
    choices: tuple[Any, ...] = ()  #: allowed values; empty means any value of the default's type

    def refuses(self, value: Any) -> str | None:
        """Why ``value`` cannot be this option's setting (a hint), or ``None`` when it can.

        Rules use their options without checking them again, so a claims file
        that gives ``max_n: lots`` or ``items: 5`` must be stopped here.

        >>> Option("max_n", "", 100).refuses("lots")
        'write a whole number, e.g. max_n: 100'
        """
        if self.choices:
            if value in self.choices:
                return None
            return f"choose one of: {', '.join(map(str, self.choices))}"
        expected = type(self.default)
        # bool is an int to Python, but `max_n: true` is a mistake, and so is `strict: 1`.
        if isinstance(value, expected) and isinstance(value, bool) == (expected is bool):
            return None
        return f"write {_TYPE_WORDS.get(expected, expected.__name__)}, e.g. {self.name}: " + (
            f"{self.default!r}" if not isinstance(self.default, bool) else str(self.default).lower()
        )


_TYPE_WORDS = {bool: "true or false", int: "a whole number", str: "text", list: "a list"}


@attrs.frozen
class Context:
    """What a check may need besides its figures."""

    __repr__ = fields_repr

    published: _dt.date | None = None  #: the article's publication date
    about_tolerance: Fraction = Fraction(1, 10)  #: relative widening of "about X"
    text: str = ""  #: the article, for rules that look at wording


@attrs.frozen
class Verdict:
    """A rule's answer about one check, before the engine places it.

    ``subject`` names the input role whose claim the finding points at; the
    rule's :attr:`Rule.subject` is used when it is ``None``.
    """

    __repr__ = fields_repr

    status: Status = attrs.field(converter=Status)
    message: str
    subject: str | None = None
    stated: tuple[Value, ...] = ()
    recomputed: tuple[Value, ...] = ()
    implied: tuple[Value, ...] = ()
    reading: str = ""
    explanation: str = ""
    severity: Severity | None = None  #: overrides the rule's default when set
    #: consistent only thanks to the outer edges of the rounding (set by the engine)
    borderline: bool = False


FigureInput = Figure | tuple[Figure, ...] | None


class Rule:
    """Base class of every rule. Subclasses set the metadata and implement :meth:`evaluate`."""

    name: ClassVar[str] = ""
    summary: ClassVar[str] = ""
    formula: ClassVar[str] = ""
    inputs: ClassVar[tuple[Input, ...]] = ()
    options: ClassVar[tuple[Option, ...]] = ()
    #: severity of an inconsistent verdict unless the check says otherwise
    severity: ClassVar[Severity] = Severity.ERROR
    #: the input role a finding points at by default
    subject: ClassVar[str] = ""
    #: the family the rule belongs to, for grouping in docs (changes, shares, dates, ...)
    family: ClassVar[str] = "general"

    def evaluate(
        self,
        figures: Mapping[str, FigureInput],
        options: Mapping[str, Any],
        context: Context,
    ) -> Iterable[Verdict]:
        """Check the relation on resolved figures; yield one or more verdicts."""
        raise NotImplementedError

    # ------------------------------------------------------------ documentation
    @classmethod
    def doc(cls) -> str:
        """The rule's docstring, dedented, without the Examples section."""
        text = inspect.cleandoc(cls.__doc__ or "")
        head, _, _ = text.partition("Examples:")
        return head.strip()

    @classmethod
    def examples_yaml(cls) -> str:
        """The YAML source of the docstring's Examples section (a list of cases)."""
        text = inspect.cleandoc(cls.__doc__ or "")
        _, sep, tail = text.partition("Examples:")
        return textwrap.dedent(tail).strip("\n") if sep else ""

    @classmethod
    def input_names(cls) -> tuple[str, ...]:
        """The names of the rule's input roles, in order."""
        return tuple(i.name for i in cls.inputs)

    @classmethod
    def option_defaults(cls) -> dict[str, Any]:
        """Each option's default value."""
        return {o.name: o.default for o in cls.options}


def value_of(name: str, interval: Interval, unit: str = "", *, digits: int = 4) -> Value:
    """A :class:`~factcheck.findings.Value` for a finding, with exact ends and a human reading."""
    suffix = "%" if unit == "percent" else (f" {unit}" if unit and unit != "dimensionless" else "")
    return Value(
        name=name,
        text=interval.describe(digits) + suffix,
        low=_exact(interval.low),
        high=_exact(interval.high),
        low_closed=interval.low_closed,
        high_closed=interval.high_closed,
        unit="" if unit == "dimensionless" else unit,
    )


def _exact(value: Fraction | None) -> str | None:
    return None if value is None else exact_text(value)


def figure_list(value: FigureInput) -> Sequence[Figure]:
    """An input as a sequence, whether the check gave one claim or a list."""
    if value is None:
        return ()
    if isinstance(value, Figure):
        return (value,)
    return value
