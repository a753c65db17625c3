"""What several report formats need: positions, sentences, fingerprints, records.

Everything here is a pure function of a finding and the article text. Offsets
and columns count Unicode code points (Python string indices), which is what
the output contract promises; :func:`display_width` is only for lining up
carets in a terminal, where wide characters such as emoji take two cells.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

import attrs

from factcheck._repr import fields_repr
from factcheck.files import printable
from factcheck.text.anchors import LineIndex

if TYPE_CHECKING:
    from factcheck.engine import DocumentReport, Report
    from factcheck.findings import Finding

__all__ = [
    "MANY_ARTICLES",
    "STATUS_ORDER",
    "Excerpt",
    "Position",
    "check_label",
    "display_width",
    "excerpt",
    "fallback_finding",
    "finding_file",
    "finding_record",
    "fingerprint",
    "iter_findings",
    "json_ready",
    "line_column",
    "location_label",
    "overview_lines",
    "per_finding",
    "position",
    "rule_counts",
    "split_findings",
    "summary_record",
    "suppression_note",
    "to_review_in",
    "tool_version",
    "value_rows",
]

#: Statuses from most to least pressing, the order reports list them in.
STATUS_ORDER = ("inconsistent", "undetermined", "consistent")

#: Above this many articles, reports lead with an overview, leave out the
#: articles with nothing to show, and the HTML shows sentences, not articles.
MANY_ARTICLES = 20

#: Longest sentence shown whole; longer ones are cut around the figure.
MAX_EXCERPT = 160

#: Characters that end a sentence when followed by white space.
_SENTENCE_END = ".!?"


def tool_version() -> str:
    """The version of factcheck written into reports (tests replace it to keep goldens stable)."""
    from factcheck import __version__

    return __version__


@attrs.frozen
class Position:
    """Where a finding's flagged text stands: 1-based lines and code-point columns.

    ``end_column`` is exclusive (the column just after the last character), as
    in SARIF; ``start``/``end`` are the 0-based offsets they were computed from.
    """

    __repr__ = fields_repr

    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None
    start: int | None = None
    end: int | None = None

    @property
    def where(self) -> str:
        """``"line:column"``, ``"line"`` or ``""`` depending on what is known."""
        if self.line is None:
            return ""
        return f"{self.line}:{self.column}" if self.column is not None else str(self.line)


def line_column(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and code-point column of ``offset`` in ``text``.

    >>> line_column("ab\\ncd", 3)
    (2, 1)
    >>> line_column("📈 28%", 2)
    (1, 3)
    """
    return _line_index(text).position(offset)


# Counting the newlines before each offset made a report of n findings on an
# article of n paragraphs take n² steps; the index is built once per text.
_line_index = lru_cache(maxsize=8)(LineIndex)


def _span(finding: Finding, text: str) -> tuple[int, int] | None:
    """The finding's ``(start, end)`` if it is a usable span of ``text``."""
    start, end = finding.location.start, finding.location.end
    if not isinstance(start, int) or not 0 <= start <= len(text):
        return None
    if not isinstance(end, int) or not start <= end <= len(text):
        end = start
    return start, end


# ------------------------------------------------------------------ resilience
P = ParamSpec("P")
T = TypeVar("T")


def _safe_text(value: Any) -> str:
    """``value`` as text, whatever it is; never raises."""
    if isinstance(value, str):
        return value
    try:
        return repr(value)
    except Exception:  # a repr that raises is itself what went wrong
        return f"<unprintable {type(value).__name__}>"


def fallback_finding(finding: Any, error: BaseException) -> Finding:
    """A plain stand-in for a finding that a renderer failed on, carrying the error.

    It keeps what every format needs and cannot go wrong (rule, status,
    severity, check id, file, line and column when they are what they should
    be) and puts the original message and the error in its message. Offsets,
    values and extras are dropped: one of them may be what failed.
    """
    from factcheck.findings import Finding, Location, Severity, Status

    location = getattr(finding, "location", None)

    def whole(name: str) -> int | None:
        value = getattr(location, name, None)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def text(name: str, where: Any = finding) -> str | None:
        value = getattr(where, name, None)
        return value if isinstance(value, str) else None

    status = getattr(finding, "status", None)
    severity = getattr(finding, "severity", None)
    message = _safe_text(getattr(finding, "message", ""))
    return Finding(
        rule=text("rule") or "unknown",
        status=status if isinstance(status, Status) else Status.UNDETERMINED,
        severity=severity if isinstance(severity, Severity) else Severity.ERROR,
        message=f"{message} [report error: this finding could not be shown in full: "
        f"{_error_text(error)}]",
        check=text("check") or "",
        location=Location(
            file=text("file", location),
            line=whole("line"),
            column=whole("column"),
            claims_file=text("claims_file", location),
            claims_line=whole("claims_line"),
            claims_column=whole("claims_column"),
        ),
    )


def json_ready(record: dict[str, Any]) -> dict[str, Any]:
    """``record`` once JSON has shown it can write it (else ``TypeError``/``ValueError``).

    A JSON format writes all its findings in one call at the end; a value in
    one record that JSON cannot hold would fail them all there. Trying each
    record on its own makes it fail inside :func:`per_finding` instead.
    """
    json.dumps(record, ensure_ascii=False)
    return record


def _error_text(error: BaseException) -> str:
    try:
        return f"{type(error).__name__}: {error}"
    except Exception:  # an exception whose message cannot be made
        return type(error).__name__


def per_finding(
    render_one: Callable[Concatenate[Finding, P], T],
) -> Callable[Concatenate[Finding, P], T]:
    """Guard a renderer's function for one finding, so that it cannot lose the others.

    Formats render findings one at a time through a function like this. If it
    fails on a finding (a plugin rule's odd value, a bug of ours), the same
    function renders :func:`fallback_finding` in its place: the report still
    lists every finding, and the broken one says what went wrong. An error in
    the fallback is a bug of the format itself and is raised.
    """

    @functools.wraps(render_one)
    def guarded(finding: Finding, /, *args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return render_one(finding, *args, **kwargs)
        except Exception as exc:  # any failure, so that one finding cannot sink the report
            return render_one(fallback_finding(finding, exc), *args, **kwargs)

    return guarded


def position(finding: Finding, text: str) -> Position:
    """The finding's position, computed from its offsets when the text has them.

    Offsets are the source of truth because they can be checked against the
    text; a line and column stamped by the engine are used when there are no
    offsets (a finding about a claim that has no quote).
    """
    loc = finding.location
    span = _span(finding, text)
    if span is None:
        return Position(line=loc.line, column=loc.column, end_line=loc.line)
    start, end = span
    line, column = line_column(text, start)
    end_line, end_column = line_column(text, end)
    return Position(line, column, end_line, end_column, start, end)


def finding_file(finding: Finding, doc: DocumentReport) -> str | None:
    """The article a finding points into: its own location's file, else the document's."""
    return finding.location.file or doc.document


def iter_findings(report: Report) -> Iterator[tuple[DocumentReport, Finding]]:
    """Every ``(document, finding)`` pair, in document order then the findings' order."""
    for doc in report.documents:
        for finding in doc.findings:
            yield doc, finding


#: The position a scan's check id ends with (``percent_change@12:40``).
_CHECK_POSITION = re.compile(r"@\d+:\d+$")


def fingerprint(finding: Finding) -> str:
    """A stable hash of what a finding is about: rule, check id and quoted text.

    It ignores positions on purpose, so that editing the text above a figure
    does not make code-scanning tools (or a baseline, :mod:`factcheck.baseline`)
    treat an old flag as a new one: the position a scan writes into its check
    id is left out, and the texts of the figures the scan related (its
    ``extra["figures"]``) stand in for it.
    """
    parts = [finding.rule, _CHECK_POSITION.sub("", finding.check), finding.quote]
    figures = finding.extra.get("figures") if isinstance(finding.extra, Mapping) else None
    if figures:
        parts.append(json.dumps(_jsonable(figures), ensure_ascii=False, sort_keys=True))
    key = "\x1f".join(parts)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


@attrs.frozen
class FindingGroups:
    """A document's findings as reports show them: problems, suppressed, consistent."""

    __repr__ = fields_repr

    problems: tuple[Finding, ...]  #: inconsistent or undetermined, and not suppressed
    suppressed: tuple[Finding, ...]
    passed: tuple[Finding, ...]  #: consistent


def split_findings(findings: Iterable[Finding]) -> FindingGroups:
    """``findings`` split into problems, suppressed ones and consistent ones, order kept.

    A borderline finding is consistent but goes with the problems: its
    arithmetic says why it only just holds.
    """
    problems, suppressed, passed = [], [], []
    for finding in findings:
        if finding.suppressed is not None:
            suppressed.append(finding)
        elif finding.status.value == "consistent" and not finding.borderline:
            passed.append(finding)
        else:
            problems.append(finding)
    return FindingGroups(tuple(problems), tuple(suppressed), tuple(passed))


def suppression_note(finding: Finding) -> str:
    """``"suppressed (<!-- factcheck: ignore --> on line 3)"``, or ``""`` when it is not."""
    if finding.suppressed is None:
        return ""
    return f"suppressed ({finding.suppressed.justification})"


def display_width(text: str) -> int:
    """Terminal cells ``text`` takes: wide (East Asian, emoji) 2, combining marks 0.

    >>> display_width("📈 a")
    4
    """
    width = 0
    for char in text:
        if unicodedata.combining(char) or char in "\u200b\u200c\u200d\ufe0f":
            continue
        width += 2 if unicodedata.east_asian_width(char) in "WF" else 1
    return width


@attrs.frozen
class Excerpt:
    """The sentence around a flagged span, on one line, and where the span sits in it.

    ``before + flagged + after`` is the displayed line; ``cut_before`` and
    ``cut_after`` say whether an ellipsis stands for omitted text.
    """

    __repr__ = fields_repr

    before: str
    flagged: str
    after: str
    cut_before: bool = False
    cut_after: bool = False

    @property
    def line(self) -> str:
        """The excerpt as one line, with ellipses where text was cut."""
        return (
            ("…" if self.cut_before else "")
            + self.before
            + self.flagged
            + self.after
            + ("…" if self.cut_after else "")
        )

    @property
    def carets(self) -> str:
        """Spaces and carets that underline ``flagged`` below :attr:`line` in a terminal."""
        pad = display_width(self.before) + (1 if self.cut_before else 0)
        return " " * pad + "^" * max(1, display_width(self.flagged))


def _sentence_bounds(text: str, start: int, end: int, limit: int) -> tuple[int, int]:
    """The start and end offsets of the sentence (within one paragraph) holding a span.

    The search stops ``limit`` characters either side of the span: an excerpt
    shows no more than that, and searching a whole megabyte-long line for
    each of its findings would take time in the square of its length.
    """
    lo = start
    floor = max(0, start - limit)
    while lo > floor:
        prev = text[lo - 1]
        if prev == "\n" or (prev.isspace() and lo >= 2 and text[lo - 2] in _SENTENCE_END):
            break
        lo -= 1
    hi = end
    ceiling = min(len(text), end + limit)
    while hi < ceiling:
        char = text[hi]
        if char == "\n":
            break
        if char in _SENTENCE_END and (hi + 1 == len(text) or text[hi + 1].isspace()):
            hi += 1
            break
        hi += 1
    return lo, hi


def _one_line(text: str) -> str:
    # Tabs and stray line breaks would break the caret alignment; each is one
    # code point, so replacing them keeps offsets intact. Other control
    # characters are shown escaped (ESC as \x1b), here rather than later, so
    # that the carets are counted under what is shown.
    return printable("".join(" " if c in "\t\r\n\v\f" else c for c in text))


def excerpt(text: str, start: int, end: int, *, width: int = MAX_EXCERPT) -> Excerpt:
    """The sentence of ``text`` around ``text[start:end]``, cut to about ``width`` characters.

    A flagged span that runs over several lines is shown up to its first line
    break, so that the excerpt stays one line.

    >>> e = excerpt("Intro. Sales rose 28% in May. Next.", 18, 21)
    >>> e.line
    'Sales rose 28% in May.'
    >>> e.carets
    '           ^^^'
    """
    newline = text.find("\n", start, end)
    if newline != -1:
        end = newline
    room = max(width - (end - start), 20)
    # One character more than fits, so that a sentence cut short here is cut below too.
    lo, hi = _sentence_bounds(text, start, end, room + 1)
    before, flagged, after = text[lo:start], text[start:end], text[end:hi]
    before = before.lstrip()
    after = after.rstrip()
    cut_before = cut_after = False
    if len(before) + len(after) > room:
        keep_before = min(len(before), room // 2)
        keep_after = min(len(after), room - keep_before)
        keep_before = min(len(before), room - keep_after)
        if keep_before < len(before):
            before = before[len(before) - keep_before :]
            # Cut at a word boundary so that the excerpt does not start mid-word.
            space = before.find(" ")
            if 0 <= space < len(before) - 1:
                before = before[space + 1 :]
            cut_before = True
        if keep_after < len(after):
            after = after[:keep_after]
            space = after.rfind(" ")
            if space > 0:
                after = after[:space]
            cut_after = True
    return Excerpt(_one_line(before), _one_line(flagged), _one_line(after), cut_before, cut_after)


def location_label(finding: Finding, doc: DocumentReport) -> str:
    """``file:line:column`` in the article, else in the claims file, else just a file name.

    A finding without a position in the article (a stale claim whose quote
    is gone) is best found through the claims file line that set it up.
    """
    pos = position(finding, doc.text)
    file = finding_file(finding, doc)
    if pos.line is not None:
        return f"{file}:{pos.where}" if file else pos.where
    loc = finding.location
    claims_file = loc.claims_file or doc.claims_file
    if claims_file and loc.claims_line is not None:
        parts = [claims_file, str(loc.claims_line)]
        if loc.claims_column is not None:
            parts.append(str(loc.claims_column))
        return ":".join(parts)
    return file or claims_file or "<text>"


def check_label(finding: Finding) -> str:
    """The check id, prefixed by the rule when the id does not already name it."""
    if not finding.check:
        return finding.rule
    if finding.check == finding.rule or finding.check.startswith(finding.rule + "["):
        return finding.check
    return f"{finding.rule}: {finding.check}"


def value_rows(finding: Finding) -> list[tuple[str, str, str]]:
    """The finding's values as ``(group, name, text)``, group being stated/recomputed/implied.

    A name that repeats its group (``"stated change"`` among the stated
    values) is shortened to the rest (``"change"``), so that reports can
    print the group once.
    """
    rows = []
    for group, values in (
        ("stated", finding.stated),
        ("recomputed", finding.recomputed),
        ("implied", finding.implied),
    ):
        for value in values:
            name = value.name
            if name.startswith(group + " "):
                name = name[len(group) + 1 :]
            rows.append((group, name, value.text))
    return rows


def _jsonable(obj: Any) -> Any:
    """``obj`` with anything JSON cannot hold turned into a string, mappings key-sorted."""
    if obj is None or isinstance(obj, bool | int | float | str):
        return obj
    if isinstance(obj, Mapping):
        return {str(k): _jsonable(v) for k, v in sorted(obj.items(), key=lambda kv: str(kv[0]))}
    if isinstance(obj, list | tuple):
        return [_jsonable(v) for v in obj]
    return str(obj)


@per_finding
def finding_record(finding: Finding, doc: DocumentReport) -> dict[str, Any]:
    """One finding as a JSON-ready mapping in a fixed key order (the JSON report's schema).

    ``line``/``column`` are 1-based and count code points; ``end_line``/
    ``end_column`` point just after the flagged text; ``start``/``end`` are
    0-based offsets. Unknown parts are ``null``.
    """
    pos = position(finding, doc.text)
    loc = finding.location
    record = {
        "status": finding.status.value,
        "severity": finding.severity.value,
        "borderline": finding.borderline,
        "rule": finding.rule,
        "check": finding.check,
        "message": finding.message,
        "file": finding_file(finding, doc),
        "line": pos.line,
        "column": pos.column,
        "end_line": pos.end_line,
        "end_column": pos.end_column,
        "start": pos.start,
        "end": pos.end,
        "quote": finding.quote,
        "claims": list(finding.claims),
        "claims_file": loc.claims_file or doc.claims_file,
        "claims_line": loc.claims_line,
        "claims_column": loc.claims_column,
        "stated": [v.as_dict() for v in finding.stated],
        "recomputed": [v.as_dict() for v in finding.recomputed],
        "implied": [v.as_dict() for v in finding.implied],
        "reading": finding.reading,
        "explanation": finding.explanation,
        "fingerprint": fingerprint(finding),
        "suppressed": None if finding.suppressed is None else finding.suppressed.as_dict(),
        "extra": _jsonable(dict(finding.extra)),
    }
    return json_ready(record)


def summary_record(report: Report) -> dict[str, Any]:
    """Counts for a report: statuses, severities of failures, articles, checks, ``ok``."""
    counts = report.counts()
    failed = dict.fromkeys(("error", "warning", "info"), 0)
    for finding in report.findings:
        if finding.failed:
            failed[finding.severity.value] += 1
    return {
        "articles": len(report.documents),
        "checks": sum(doc.checks for doc in report.documents),
        "findings": len(report.findings),
        "consistent": counts["consistent"],
        "inconsistent": counts["inconsistent"],
        "undetermined": counts["undetermined"],
        "suppressed": counts["suppressed"],
        "failed": failed,
        "ok": report.ok,
        "text": report.summary_line(),
    }


def rule_counts(report: Report) -> list[dict[str, Any]]:
    """Findings per rule by status (and suppressed), the rules with most problems first."""
    table: dict[str, dict[str, Any]] = {}
    for finding in report.findings:
        row = table.setdefault(
            finding.rule,
            {"rule": finding.rule, **dict.fromkeys((*STATUS_ORDER, "suppressed"), 0)},
        )
        row["suppressed" if finding.suppressed is not None else finding.status.value] += 1
    return sorted(
        table.values(),
        key=lambda r: (-r["inconsistent"], -r["undetermined"], -r["suppressed"], r["rule"]),
    )


def to_review_in(doc: DocumentReport) -> bool:
    """Whether an article has something to review: a finding that is not consistent."""
    return any(f.status.value != "consistent" for f in doc.findings)


def overview_lines(report: Report) -> list[tuple[str, str]]:
    """The summary a report of many articles leads with, as ``(label, text)`` lines."""
    summary = summary_record(report)
    to_review = sum(1 for doc in report.documents if to_review_in(doc))
    empty = sum(1 for doc in report.documents if not doc.findings)
    statuses = [f"{summary[s]} {s}" for s in STATUS_ORDER]
    if summary["suppressed"]:
        statuses.append(f"{summary['suppressed']} suppressed")
    failed = summary["failed"]
    rules = []
    for row in rule_counts(report):
        parts = [f"{row[k]} {k}" for k in (*STATUS_ORDER, "suppressed") if row[k]]
        rules.append(f"{row['rule']}: {', '.join(parts)}")
    return [
        (
            "articles",
            f"{summary['articles']}: {to_review} to review, "
            f"{summary['articles'] - to_review} without problems ({empty} without findings)",
        ),
        ("status", ", ".join(statuses)),
        ("failing", ", ".join(f"{failed[k]} {k}" for k in ("error", "warning", "info"))),
        *(("rules" if i == 0 else "", line) for i, line in enumerate(rules)),
    ]
