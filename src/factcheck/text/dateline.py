"""The publication date an article prints at its top (its dateline).

Relative dates ("last year", "20 years ago") and anniversaries are resolved
against it, both by claims files (when ``published:`` is left out) and by
the zero-config scan.

>>> import datetime
>>> dateline("Thursday, March 23, 2023\\n\\nKillings rose 28%.") == datetime.date(2023, 3, 23)
True
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from fractions import Fraction

from factcheck.errors import FactcheckError
from factcheck.figures import Kind
from factcheck.text.tokens import normalize

__all__ = ["dateline"]

#: Markdown emphasis, heading and quote marks around a dateline are not part of it.
_DATELINE_MARKUP = re.compile(r"^[#>*_\s]+|[*_\s]+$")
#: A year after normalising (which makes "②" or "２" a digit the tokenizer reads as a number).
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


@functools.lru_cache(maxsize=2)
def dateline(text: str) -> _dt.date | None:
    """The publication date from a dateline on the first non-empty line, or on the
    second under a headline, if it is one.

    >>> dateline("Bank holds rates\\n\\n14 March 2025\\n\\nThe bank held rates.")
    datetime.date(2025, 3, 14)
    """
    # Remembered for the last text or two only: a scan asks it of the same text
    # three times in a row (scan, detect, the publication figure), and a larger
    # cache would keep large articles alive.
    # Only the top matters: splitting a long article whole cost as much as its length.
    lines: list[str] = []
    for raw in text.lstrip("\ufeff")[:1000].splitlines()[:5]:
        if not raw.strip():
            continue
        # (a long line is no dateline: spare it the markup pattern, dear on a paragraph)
        lines.append(_DATELINE_MARKUP.sub("", raw) if len(raw) <= 80 else raw)
        if len(lines) == 2:
            break
    # the first line, when it is the date alone (perhaps with "Published:", a byline or
    # a place): "Remembering 6 June 1944" or "On 3 March 2020, lockdown began." tells
    # an event's date. Then the line under a headline, only with a word of publishing,
    # a byline or a place: a bare date there may be the event's ("The night the Wall
    # fell" / "9 November 1989").
    first = _one_day(lines[0], beside=_BESIDE_DATE) if lines else None
    if first is not None or len(lines) < 2:
        return first
    return _one_day(lines[1], beside=_PUBLISHED_BESIDE)


#: A word of publishing ("Published:", "Updated"), a byline ("By A Lee,") or a place
#: in capitals ("LONDON,").
_PUBLISHING = (
    r"(?:(?i:published|updated|posted|last\s+updated)|[Bb]y\s+[^,]{1,40}|[A-Z]{2,}[A-Z ]*)"
)
#: What may stand beside a dateline: nothing, or one of those.
_BESIDE_DATE = re.compile(_PUBLISHING + r"?[\s:,|–—-]*")
#: Under a headline, one of those words must be there.
_PUBLISHED_BESIDE = re.compile(_PUBLISHING + r"[\s:,|–—-]*")


def _one_day(line: str, *, beside: re.Pattern[str]) -> _dt.date | None:
    """The day a short line is, when it is one date with its year and nothing else
    but what ``beside`` allows."""
    from factcheck.text.parse import parse_figure

    if len(line) > 60:
        return None
    if _YEAR.search(normalize(line)) is None:
        # A single day needs its year, written in four digits: most first lines are
        # headlines ("Tottenham bid £8m"), and reading them cost 3% of a scan.
        return None
    try:
        figure = parse_figure(line, about_tolerance=Fraction(1, 10), kind=Kind.DATE)
    except FactcheckError:
        return None
    dates = figure.dates
    if dates is None or dates[0] != dates[1]:
        return None
    if not beside.fullmatch(line.replace(figure.text, "", 1).strip(" .")):
        return None
    return dates[0]
