"""Scanning a long article a few paragraphs at a time, so memory does not grow with its length.

The scanner reads sentence by sentence, and no sentence crosses a blank
line, so an article can be cut at blank lines and each piece scanned on its
own with the same result. Only the piece being scanned has its tokens,
figures and relations in memory; what is kept for the whole article are the
findings (few) or, for the figure list, nothing: each figure is written out
as its piece is read. Peak memory stays within about 20 bytes per byte of
article (docs/reliability.md), where scanning it whole cost up to 80.

Each piece starts at the start of a line, so columns hold; the offsets,
lines and check ids (``rule@line:column``) of what it gives are moved to
where the piece stands in the article. The publication date is the
dateline of the whole article, passed to every piece; a piece after the
first is scanned behind two short paragraphs with no figure (``_PAD``), so
that its own first lines are never taken for a dateline, a headline or a
lede. A cut is only made where the figures around it
read the same either way (:func:`_safe_cut`): the scanner reads sentence by
sentence, but a figure can reach over a blank line.

This lives with the callers of :func:`factcheck.scan` (the command line and
its workers), not inside the scanner, which it uses as it is. A scanner that
links figures across a whole article (a headline to "the one" matching move
in the body) cannot be followed piece by piece: in a text read in more than
one piece such findings are left out (:func:`_across_the_article`). The
equivalence test in ``tests/test_hardening.py`` checks a scanner against
the pieces.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from collections.abc import Callable, Iterator
from fractions import Fraction
from typing import Any

import attrs

from factcheck.engine import DocumentReport, Report
from factcheck.findings import Finding
from factcheck.text.hedges import DEFAULT_TOLERANCE

__all__ = ["CHUNK", "Piece", "figure_chunks", "pieces", "scan_in_pieces"]

#: Characters per piece, about: a piece ends at the first blank line after this many.
CHUNK = 64_000

#: What a piece after the first is scanned behind: two short paragraphs with
#: no figure. They stand where the article's dateline, headline and lede
#: would be, so that the piece's own first lines are taken for none of them
#: (a scanner that links a headline or lede to the body then links nothing
#: in this piece, rather than a paragraph from the middle of the article).
_PAD = "Continued.\n\nContinued.\n\n"
# The end of a scan finding's check id: the line and column of its subject.
_CHECK_PLACE = re.compile(r"@(\d+):(\d+)$")
# A blank line: a line break, white space other than line breaks, a line break.
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


@attrs.frozen
class Piece:
    """A stretch of an article: its text, where it starts, and on which line (0-based)."""

    text: str
    start: int
    lines_before: int

    @property
    def padded(self) -> str:
        """The text as it is scanned: after the first piece, behind :data:`_PAD`."""
        return _PAD * (self.start > 0) + self.text

    @property
    def shift(self) -> int:
        """What to add to an offset into :attr:`padded` to make it one into the article."""
        return self.start - len(_PAD) * (self.start > 0)

    @property
    def line_shift(self) -> int:
        """What to add to a line of :attr:`padded` to make it a line of the article."""
        return self.lines_before - _PAD.count("\n") * (self.start > 0)


#: Characters on each side of a cut that are read to see whether the cut is safe.
_AROUND = 2_000


#: What is compared on both sides of a cut: ``(text, lo, hi, keep) -> records``.
Reader = Callable[[str, int, int, tuple[int, int]], list[Any]]


def _figures_near(text: str, lo: int, hi: int, keep: tuple[int, int]) -> list[Any]:
    """The figures of ``text[lo:hi]`` that start inside ``keep``, as comparable records."""
    from factcheck.text.scanner import find_figures

    found = []
    for figure in find_figures(text[lo:hi]):
        start = figure.span[0]
        if keep[0] <= start + lo < keep[1]:
            found.append((start + lo, attrs.evolve(figure, start=0, end=0)))
    return found


def _findings_reader(published: _dt.date | None) -> Reader:
    """A reader of the scan findings near a cut, for articles dated ``published``."""
    from factcheck.scan import scan

    def findings_near(text: str, lo: int, hi: int, keep: tuple[int, int]) -> list[Any]:
        # Behind the padding, as a piece is scanned: no line is taken for a dateline.
        shift = lo - len(_PAD)
        found = []
        for finding in scan(_PAD + text[lo:hi], published=published).findings:
            start = finding.location.start
            if start is not None and keep[0] <= start + shift < keep[1]:
                spans = _shifted(finding.extra.get("spans"), shift)
                found.append((start + shift, finding.rule, finding.status, finding.message, spans))
        return found

    return findings_near


def _line_start(text: str, offset: int) -> int:
    """The start of the line holding ``offset``."""
    return text.rfind("\n", 0, offset) + 1


def _safe_cut(text: str, cut: int, read: Reader) -> bool:
    """Whether what ``read`` finds around ``cut`` (a blank line's end) is the same cut there or not.

    The scanner reads sentence by sentence, but a figure may still reach over
    a blank line ("May.\n\nThe 32" as one date) or take its noun from the
    next paragraph, and a sentence may lean on the one before it; a cut
    there would change what is read.
    """
    lo = _line_start(text, max(0, cut - _AROUND))
    hi = min(len(text), cut + _AROUND)
    near = (max(lo, cut - _AROUND // 2), min(hi, cut + _AROUND // 2))
    whole = read(text, lo, hi, near)
    apart = read(text, lo, cut, near) + read(text, cut, hi, near)
    return whole == apart


def pieces(text: str, size: int = CHUNK, read: Reader = _figures_near) -> Iterator[Piece]:
    """``text`` cut after blank lines into pieces of about ``size`` characters or more.

    A piece ends just after the first blank line at or past ``size``
    characters from its start where a cut changes nothing ``read`` finds
    (by default the figures; see :func:`_safe_cut`); text without one stays
    whole. No cut is made within the first three lines.
    """
    start = 0
    lines = 0
    while start < len(text):
        match = _BLANK_LINE.search(text, start + max(size, 1) - 1)
        while match is not None and (
            lines + text.count("\n", start, match.end()) < 3
            or not _safe_cut(text, match.end(), read)
        ):
            match = _BLANK_LINE.search(text, match.end() - 1)
        end = len(text) if match is None else match.end()
        yield Piece(text[start:end], start, lines)
        lines += text.count("\n", start, end)
        start = end


def _shifted(value: Any, shift: int) -> Any:
    """Offsets in ``value`` (an int, or lists and mappings of them) moved by ``shift``."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value + shift
    if isinstance(value, list | tuple):
        return type(value)(_shifted(v, shift) for v in value)
    if isinstance(value, dict):
        return {k: _shifted(v, shift) for k, v in value.items()}
    return value


def _moved(finding: Finding, piece: Piece) -> Finding:
    """``finding`` of ``piece`` placed in the article: offsets, line and check id moved."""
    shift, lines = piece.shift, piece.line_shift
    if shift == 0 and lines == 0:
        return finding
    loc = finding.location
    location = attrs.evolve(
        loc,
        start=None if loc.start is None else loc.start + shift,
        end=None if loc.end is None else loc.end + shift,
        line=None if loc.line is None else loc.line + lines,
    )
    extra = finding.extra
    if "spans" in extra:
        extra = {**extra, "spans": _shifted(extra["spans"], shift)}
    if "lines" in extra:
        extra = {**extra, "lines": _shifted(extra["lines"], lines)}
    check = _CHECK_PLACE.sub(lambda m: f"@{int(m[1]) + lines}:{m[2]}", finding.check)
    return attrs.evolve(finding, location=location, extra=extra, check=check)


def scan_in_pieces(
    text: str,
    *,
    published: _dt.date | None = None,
    document: str | None = None,
    size: int = CHUNK,
    about_tolerance: Fraction = DEFAULT_TOLERANCE,
) -> Report:
    """:func:`factcheck.scan` of ``text``, a piece at a time: the same report, less memory."""
    from factcheck.scan import scan
    from factcheck.text.dateline import dateline

    date = published if published is not None else dateline(text)
    findings: list[Finding] = []
    checks = 0
    for piece in pieces(text, size, _findings_reader(date)):
        whole = piece.start == 0 and len(piece.text) == len(text)
        report = scan(
            piece.padded, published=date, document=document, about_tolerance=about_tolerance
        )
        for doc in report.documents:
            checks += doc.checks
            findings.extend(
                _moved(f, piece) for f in doc.findings if whole or not _across_the_article(f)
            )
    doc = DocumentReport(document=document, text=text, findings=tuple(findings), checks=checks)
    return Report((doc,))


def _ends(value: Any) -> list[int]:
    """Every offset in ``value`` (an int, or lists and mappings of them)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return [value]
    if isinstance(value, list | tuple):
        return [end for item in value for end in _ends(item)]
    if isinstance(value, dict):
        return [end for item in value.values() for end in _ends(item)]
    return []


def _across_the_article(finding: Finding) -> bool:
    """Whether ``finding`` ties figures farther apart than a cut's reach (:data:`_AROUND`).

    Such a link (a headline to "the one" matching move in the body) rests on
    the whole article, which a piece does not see: it could tie two figures
    that the whole article leaves apart. A false alarm costs more than a
    miss, so a text scanned in pieces leaves such findings out.
    """
    ends = _ends(finding.extra.get("spans"))
    return bool(ends) and max(ends) - min(ends) > _AROUND


def figure_chunks(
    text: str, fmt: str = "json", *, source: str | None, size: int = CHUNK
) -> Iterator[str]:
    """The figure list of ``text`` (as :func:`render_figures` writes it), piece by piece.

    The pieces joined are byte for byte ``render_figures(text, fmt, source=source)``
    (``fmt`` is ``json`` or ``text``); only one piece's figures are in memory at a time.
    """
    from factcheck.reports.figures import check_figure_format, figure_line, figure_record
    from factcheck.text.anchors import LineIndex
    from factcheck.text.scanner import find_figures

    check_figure_format(fmt)
    if fmt == "json":
        head = json.dumps({"schema_version": 1, "file": source}, ensure_ascii=False, indent=2)
        yield head[: -len("\n}")] + ',\n  "figures": ['
    count = 0
    for piece in pieces(text, size):
        padded = piece.padded
        index = LineIndex(padded)
        out = []
        for figure in find_figures(padded):
            record = figure_record(figure, index)
            record["start"] += piece.shift
            record["end"] += piece.shift
            record["line"] += piece.line_shift
            if fmt == "json":
                body = json.dumps(record, ensure_ascii=False, indent=2).replace("\n", "\n    ")
                out.append((",\n    " if count else "\n    ") + body)
            else:
                out.append(figure_line(figure, record, source) + "\n")
            count += 1
        del index, padded
        yield "".join(out)
    if fmt == "json":
        yield "\n  ]\n}\n" if count else "]\n}\n"
    else:
        yield f"{count} figure{'s' if count != 1 else ''}\n"
