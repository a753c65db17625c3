"""Every rule, on any figures in any roles, gives findings: never an exception.

Rules see figures of every kind in every role (a date where a count is
expected, a percent where money is), zero bases, negative and unbounded
figures, 1,000-digit numbers, with and without their options and a
publication date. :func:`factcheck.engine.evaluate_figures` turns a
:class:`~factcheck.errors.FactcheckError` into an undetermined finding, so
nothing at all may escape it; every finding renders.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from hypothesis import event, given
from hypothesis import strategies as st

from factcheck.engine import DocumentReport, Report, evaluate_figures
from factcheck.errors import FactcheckError
from factcheck.figures import Figure
from factcheck.reports import builtin_names, get_renderer
from factcheck.rules import all_rules
from factcheck.rules.base import Context
from factcheck.strategies import figures
from factcheck.text.parse import parse_figure
from fuzz import fuzz

#: Figures at the edges: zero, negative, unbounded, huge and tiny, words, dates.
EDGES = (
    *("0", "0%", "$0", "0 people", "-5", "-0.5%", "-100%", "100%", "150%", "about 0"),
    *("more than 0", "up to 0", "fewer than 0", "nearly 0", "between 0 and 0", "0 to 10"),
    *("-10 to 10", "hundreds of people", "doubled", "halved", "fivefold", "a quarter"),
    *("one in four", "0 percentage points", "-3 percentage points", "$1.6 billion", "€5"),
    *("1" + "0" * 999, "9" * 1000 + " trillion", "0." + "0" * 998 + "1", "between 1 and 1,000"),
    *("20 years", "18 months", "20th", "first", "Monday, 23 March 2023", "March 2023"),
    *("29 February 2020", "2001", "1 January 1000", "31 December 2999", "between 2019 and 2020"),
)


def _read(text: str) -> Figure | None:
    for kind in (None, "date"):
        try:
            return parse_figure(text, kind=kind)
        except FactcheckError:
            continue
    return None


_EDGE_FIGURES = tuple(f for f in map(_read, EDGES) if f is not None)
_figure = st.one_of(figures(), st.sampled_from(_EDGE_FIGURES))
_contexts = st.builds(
    Context,
    published=st.none() | st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)),
    about_tolerance=st.sampled_from([Fraction(0), Fraction(1, 10), Fraction(99, 100)]),
)


def test_every_edge_is_a_figure() -> None:
    assert len(_EDGE_FIGURES) == len(EDGES)


@fuzz(400)
@given(st.sampled_from(all_rules()), _contexts, st.data())
def test_rules_on_any_figures(rule: type, context: Context, data: st.DataObject) -> None:
    roles: dict[str, Figure | tuple[Figure, ...] | None] = {}
    for spec in rule.inputs:
        if spec.optional and data.draw(st.booleans()):
            continue
        roles[spec.name] = (
            tuple(data.draw(st.lists(_figure, max_size=4))) if spec.many else data.draw(_figure)
        )
    options = {}
    for option in rule.options:
        if data.draw(st.booleans()):
            values = st.sampled_from(option.choices) if option.choices else st.just(option.default)
            options[option.name] = data.draw(values)
    findings = evaluate_figures(rule.name, roles, options=options, context=context)
    assert findings, "a check always gives at least one finding"
    for finding in findings:
        event(f"{finding.status.value}")
    report = Report((DocumentReport("article.md", "", tuple(findings)),))
    for name in builtin_names():
        get_renderer(name).render(report)
