"""The figure listing of ``factcheck scan FILE --figures``: every figure found, as data.

JSON fields per figure (the output contract): ``text``, ``start``, ``end``
(0-based character offsets), ``line``, ``column`` (1-based, code points),
``kind``, ``value``, ``low``, ``high``, ``low_closed``, ``high_closed``,
``unit``, ``hedge``, ``trend`` and ``exact`` (the ends as exact decimal or
``p/q`` strings, since JSON numbers are floating point for most readers).
Unbounded ends are ``null``.
"""

from __future__ import annotations

import json
from fractions import Fraction
from typing import Any

from factcheck.figures import Figure
from factcheck.intervals import exact_text
from factcheck.text.anchors import LineIndex

__all__ = ["figure_record", "render_figures"]


def _exact(value: Fraction | None) -> str | None:
    return None if value is None else exact_text(value)


def _number(value: Fraction | None) -> int | float | None:
    if value is None:
        return None
    if value.denominator == 1:
        return value.numerator
    try:
        return float(value)
    except OverflowError:
        return None


def figure_record(figure: Figure, index: LineIndex) -> dict[str, Any]:
    """One figure as a JSON-ready mapping."""
    start, end = figure.span
    line, column = index.position(start)
    unit = str(figure.unit)
    dates = figure.dates
    record: dict[str, Any] = {
        "text": figure.text,
        "start": start,
        "end": end,
        "line": line,
        "column": column,
        "kind": figure.kind.value,
        "value": _number(figure.value),
        "low": _number(figure.low),
        "high": _number(figure.high),
        "low_closed": figure.low_closed,
        "high_closed": figure.high_closed,
        "unit": "" if unit == "dimensionless" else unit,
        "hedge": figure.hedge.value,
        "trend": None if figure.trend is None else figure.trend.value,
        "exact": {
            "value": _exact(figure.value),
            "low": _exact(figure.low),
            "high": _exact(figure.high),
        },
    }
    if dates is not None:
        record["dates"] = [dates[0].isoformat(), dates[1].isoformat()]
    if figure.noun:
        record["noun"] = figure.noun
    return record


def render_figures(
    text: str, fmt: str = "json", *, source: str | None = None, prose: str | None = None
) -> str:
    """Find every figure in ``text`` and list them as ``json`` or as plain ``text``.

    ``prose`` is what is read instead when given (for Markdown,
    :func:`factcheck.markdown.prose_text` of ``text``: the same offsets); each
    figure's ``text`` is then the file's own, markup inside it included.

    Any other format is a :class:`~factcheck.errors.ConfigError`: the report
    formats (sarif, html...) describe findings, not figures.
    """
    from factcheck.text.scanner import find_figures

    if fmt not in ("json", "text"):
        from factcheck.errors import ConfigError

        raise ConfigError(
            f"the figure list has no format {fmt!r}", hint="use --format json or --format text"
        )

    index = LineIndex(text)
    figures = find_figures(text if prose is None else prose)
    records = [figure_record(f, index) for f in figures]
    if prose is not None:
        for record in records:
            record["text"] = text[record["start"] : record["end"]]
    if fmt == "json":
        payload = {"schema_version": 1, "file": source, "figures": records}
        return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    lines = []
    for fig, rec in zip(figures, records, strict=True):
        lines.append(
            f"{source or '<text>'}:{rec['line']}:{rec['column']}: {rec['text']!r} "
            f"{rec['kind']} {fig.describe()} [{rec['hedge']}]"
        )
    lines.append(f"{len(records)} figure{'s' if len(records) != 1 else ''}")
    return "\n".join(lines) + "\n"
