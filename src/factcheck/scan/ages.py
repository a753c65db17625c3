"""A person's age now against the birth date told beside it and the day of publication.

"5 May 2008 / … Ms Lowe, who was born on 30 November 1944 and is 65, was first
elected in 1983": from the birth to the day of publication are 63 completed years,
not 65 (rule ``elapsed``, ``count: completed``).

Read only where the article's date is known (a dateline, or ``published``), with the
age in the birth's own clause, "and is N" or "and is N years old"; not in an article
of a death, and not where the number is another count or measure ("and is 12 weeks
old", "and is 6ft 7in", "and is 11 under par", "and is 12th").

An age in one sentence and a birth date in the next ("Kerr, 38, said … Born in
Harrogate on 12 May 1976, he …") is left alone: review 35 found the age was often
another person's (a trainer, a wife, a character an actor plays) or of another time
("At the time", "When she joined the board"), which the words do not tell apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from factcheck.figures import Figure, Kind
from factcheck.scan.mentions import BORN_BEFORE
from factcheck.scan.relation import Relation

#: After the birth date, in its clause: the age now, "and is 65", "and is now 65".
_AND_IS = re.compile(r"\s+and\s+is\s+(?:now\s+)?$")
#: After an age told as a bare number: nothing that makes it another measure ("and is
#: 65," not "and is 6ft 7in", "and is 11 under par", "and is 12th").
_AN_AGE_AFTER = re.compile(r"(?:\s+years?\s+old\b)?\s*(?:[,.;]|$|\s+(?:and|but|when|as)\b)")
#: An article of a death: the ages in it are ages at death.
_DEATH = re.compile(
    r"\b(?:died|dies|dead|death|obituary|funeral|late|passed\s+away|killed|memorial)\b",
    re.IGNORECASE,
)


def _birth(text: str, sentence: tuple[int, int], figures: Sequence[Figure]) -> Figure | None:
    """The one birth date of a sentence, if it has one."""
    born = [
        f
        for f in figures
        if f.kind is Kind.DATE
        and f.dates is not None
        and BORN_BEFORE.search(text, max(sentence[0], f.start - 45), f.start)
    ]
    return born[0] if len(born) == 1 else None


def _duration(text: str, age: Figure) -> Figure | None:
    """The age as a length of time in years, when it is a bare number."""
    if age.value is None or age.value.denominator != 1 or age.parts or age.trend:
        return None
    if str(age.unit) == "dimensionless" and _AN_AGE_AFTER.match(text, age.span[1]):
        return attrs.evolve(age, unit="year", kind=Kind.DURATION)
    return None  # "12 weeks old", "6ft 7in": another count or measure


def link_ages(
    text: str,
    figures: Sequence[Figure],
    spans: Sequence[tuple[int, int]],
    published: Figure | None,
) -> list[Relation]:
    """Each age told in its birth's clause against the day of publication (see the
    module)."""
    if published is None or ("born" not in text and "Born" not in text) or _DEATH.search(text):
        return []  # the cheap tests first: most articles tell no birth
    linked: list[Relation] = []
    at = 0
    for span in spans:
        while at < len(figures) and figures[at].start < span[0]:
            at += 1
        told = []
        while at < len(figures) and figures[at].start < span[1]:
            if figures[at] is not published:
                told.append(figures[at])
            at += 1
        born = _birth(text, span, told)
        if born is None:
            continue
        after = [f for f in told if f.start > born.start and f.kind is not Kind.DATE]
        if not after or not _AND_IS.fullmatch(text, born.span[1], after[0].start):
            continue
        duration = _duration(text, after[0])
        if duration is None:
            continue
        roles = {"from": born, "to": published, "duration": duration}
        options = {"count": "completed"}
        linked.append(Relation("elapsed", roles, span, "born on D and is N", options))
    return linked
