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
from collections.abc import Sequence
from fractions import Fraction
from typing import Any

from factcheck.figures import Figure
from factcheck.intervals import exact_text
from factcheck.text.anchors import LineIndex

__all__ = [
    "check_figure_format",
    "figure_line",
    "figure_record",
    "render_figure_files",
    "render_figures",
]


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


def check_figure_format(fmt: str) -> None:
    """Refuse a format the figure list does not have, with a :class:`ConfigError`.

    The report formats (sarif, html...) describe findings, not figures.
    """
    if fmt not in ("json", "text"):
        from factcheck.errors import ConfigError

        raise ConfigError(
            f"the figure list has no format {fmt!r}", hint="use --format json or --format text"
        )


def figure_line(figure: Figure, record: dict[str, Any], source: str | None) -> str:
    """One figure of the text listing, from its record (no line break).

    The record's ``text`` is the file's own (markup inside a figure included).
    """
    return (
        f"{source or '<text>'}:{record['line']}:{record['column']}: {record['text']!r} "
        f"{record['kind']} {figure.describe()} [{record['hedge']}]"
    )


def render_figure_files(files: Sequence[tuple[str, str, str | None]], fmt: str = "json") -> str:
    """The figure lists of several files, each ``(source, text, prose)``.

    One file is listed as :func:`render_figures` lists it; several are, in
    JSON, ``{"schema_version": 1, "files": [...]}`` holding one such listing
    per file, and in text one listing after another.
    """
    if len(files) == 1:
        source, text, prose = files[0]
        return render_figures(text, fmt, source=source, prose=prose)
    if fmt != "json":
        return "".join(render_figures(t, fmt, source=s, prose=p) for s, t, p in files)
    listed = [json.loads(render_figures(t, fmt, source=s, prose=p)) for s, t, p in files]
    for listing in listed:
        del listing["schema_version"]
    return json.dumps({"schema_version": 1, "files": listed}, ensure_ascii=False, indent=2) + "\n"


def render_figures(
    text: str, fmt: str = "json", *, source: str | None = None, prose: str | None = None
) -> str:
    """Find every figure in ``text`` and list them as ``json`` or as plain ``text``.

    ``prose`` is what is read instead when given (for Markdown,
    :func:`factcheck.markdown.prose_text` of ``text``: the same offsets); each
    figure's ``text`` is then the file's own, markup inside it included.

    Any other format is a :class:`~factcheck.errors.ConfigError`. For long
    articles, :func:`factcheck.chunked.figure_chunks` gives the same text a
    piece at a time.
    """
    from factcheck.text.scanner import find_figures

    check_figure_format(fmt)
    index = LineIndex(text)
    figures = find_figures(text if prose is None else prose)
    records = [figure_record(f, index) for f in figures]
    if prose is not None:
        for record in records:
            record["text"] = text[record["start"] : record["end"]]
    if fmt == "json":
        payload = {"schema_version": 1, "file": source, "figures": records}
        return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    lines = [figure_line(fig, rec, source) for fig, rec in zip(figures, records, strict=True)]
    lines.append(f"{len(records)} figure{'s' if len(records) != 1 else ''}")
    return "\n".join(lines) + "\n"
