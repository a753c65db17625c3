"""The project's exceptions: every error a user can cause is a :class:`FactcheckError`.

Each error knows where it happened (file, line, column, 1-based; column counts
Unicode code points) and carries a hint that says how to fix it, so that the
CLI and the pytest plugin can print one clear line instead of a traceback.

>>> err = ClaimsFileError("unknown key 'qoute'", file="a.claims.yaml", line=4, column=5,
...                       hint="did you mean 'quote'?")
>>> print(err)
a.claims.yaml:4:5: unknown key 'qoute' (hint: did you mean 'quote'?)
"""

from __future__ import annotations

from collections.abc import Iterable

# Not typing's: see the same line in factcheck/__init__.py.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = [
    "ClaimsFileError",
    "ConfigError",
    "DocumentError",
    "FactcheckError",
    "FigureChoiceError",
    "FigureError",
    "IntervalError",
    "InvalidDateError",
    "RuleError",
    "UnitError",
    "did_you_mean",
    "error_lines",
]


class FactcheckError(Exception):
    """Base of every error that input (text, YAML, options) can cause.

    ``start``/``end`` are 0-based character offsets into the text the error is
    about, when that text is a figure or an article rather than a file.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
        start: int | None = None,
        end: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.hint = hint
        self.start = start
        self.end = end

    @property
    def where(self) -> str:
        """``file:line:column`` with whatever parts are known, or ``""``."""
        parts = [str(p) for p in (self.file, self.line, self.column) if p is not None]
        return ":".join(parts)

    def located(
        self, *, file: str | None = None, line: int | None = None, column: int | None = None
    ) -> FactcheckError:
        """Fill in location parts that are still unknown and return ``self``.

        Lets a caller that knows the file (the claims loader) complete an error
        raised by code that only knew the text (the figure parser).
        """
        if self.file is None:
            self.file = file
        if self.line is None:
            self.line = line
        if self.column is None:
            self.column = column
        return self

    def __str__(self) -> str:
        where = self.where
        text = f"{where}: {self.message}" if where else self.message
        if self.hint:
            text += f" (hint: {self.hint})"
        return text


class FigureError(FactcheckError):
    """A stated figure that cannot be read (e.g. ``"between 100 and 50"``)."""


class FigureChoiceError(FigureError):
    """A text that holds no figure, several, or none of the kind asked for.

    Unlike a plain :class:`FigureError` (a figure that cannot be right, such
    as a backwards range), nothing is wrong with the figures themselves: it is
    unclear which one is meant, and a quote can say so with ``figure:``.
    """

    #: the figures the text holds when it holds several (their texts)
    choices: tuple[str, ...] = ()


class InvalidDateError(FigureError):
    """A date that does not exist, such as 29 February 2023."""


class UnitError(FactcheckError):
    """An unknown unit, or units that cannot be combined (USD + people)."""


class IntervalError(FactcheckError):
    """Interval arithmetic that has no answer, such as dividing by exactly zero."""


class ClaimsFileError(FactcheckError):
    """A claims file that is not valid YAML or does not follow the schema.

    A file with several problems raises one error whose ``problems`` lists them
    all (the first is also the error itself), so a user fixes everything in
    one pass instead of one problem per run.
    """

    def __init__(
        self, message: str, *, problems: list[FactcheckError] | None = None, **where: Any
    ) -> None:
        super().__init__(message, **where)
        self.problems: list[FactcheckError] = problems if problems else [self]

    @classmethod
    def from_problems(cls, problems: list[FactcheckError]) -> ClaimsFileError:
        """One error standing for several, sorted by position."""
        ordered = sorted(problems, key=lambda p: (p.file or "", p.line or 0, p.column or 0))
        first = ordered[0]
        more = len(ordered) - 1
        message = first.message + (
            f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        )
        return cls(
            message,
            problems=ordered,
            file=first.file,
            line=first.line,
            column=first.column,
            hint=first.hint,
        )

    def report(self) -> str:
        """Every problem, one per line, as ``file:line:column: message (hint: ...)``."""
        return "\n".join(str(p) for p in self.problems)


class DocumentError(FactcheckError):
    """An article that is missing, unreadable, not UTF-8 or outside the project."""


class RuleError(FactcheckError):
    """An unknown rule, or a check whose inputs or options do not fit its rule."""


class ConfigError(FactcheckError):
    """A bad setting in ``pyproject.toml``/``factcheck.toml`` or on the command line."""


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    """A hint naming the closest of ``choices`` to a mistyped ``word``, if any is close.

    >>> did_you_mean("qoute", ["quote", "source"])
    "did you mean 'quote'?"
    """
    import difflib  # deferred: 2.5 ms of every start-up, needed only on errors

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"did you mean {close[0]!r}?" if close else None


def near_names(word: str, choices: Iterable[str], *, n: int = 4) -> list[str]:
    """The ``choices`` that look like ``word``: those it begins or is part of, then close ones.

    >>> near_names("percent", ["percent_change", "percent_of_n", "point_change", "share"])
    ['percent_change', 'percent_of_n']
    """
    import difflib

    names = sorted(set(choices))
    low = word.lower()
    near = [c for c in names if low and (low in c.lower() or c.lower() in low)]
    near += difflib.get_close_matches(word, names, n=n, cutoff=0.6)
    return list(dict.fromkeys(near))[:n]


def error_lines(exc: FactcheckError) -> tuple[str, ...]:
    """The lines that tell a user about ``exc``: every problem of a claims file, else one.

    >>> error_lines(RuleError("unknown rule 'x'"))
    ("unknown rule 'x'",)
    """
    if isinstance(exc, ClaimsFileError):
        return tuple(exc.report().splitlines())
    return (str(exc),)
