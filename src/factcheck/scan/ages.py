"""A person's age against the birth date the article gives and the day it was published.

"LEEDS, 3 September 2012 - … Kerr, 38, said a back injury had ended his career. Born
in Harrogate on 12 May 1976, he made his debut in 1995": from the birth to the day of
publication are 36 completed years, not 38 (rule ``elapsed``, ``count: completed``).

Read only where the article's date is known (a dateline, or ``published``) and the age
is the person's now:

* the age and the birth in one sentence: "Ms Lowe, who was born on 30 November 1944
  and is 65, …";
* an age after a name ("Claire Ashdown, 49,"), and the birth in the next sentence,
  of the same name ("Ms Ashdown, who was born in Bristol on 2 September 1958, …") or
  of a pronoun opening on the birth ("Born in Harrogate on 12 May 1976, he …").

Not in an article of a death (an age at death is not an age on the day of
publication), nor for an age told with a time of its own ("In 1998, Kerr, 24, made
his debut"), nor where another age stands between.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from factcheck.figures import Figure, Kind
from factcheck.scan.mentions import BORN_BEFORE
from factcheck.scan.relation import Relation

#: A sentence opening on the birth, its subject a pronoun after it: "Born in Harrogate on
#: 12 May 1976, he made …".
_BORN_THEN_PRONOUN = re.compile(r",\s*(?:he|she)\b")
#: The subject named right before "who was born" or "was born": "Ms Ashdown, who was".
_NAMED_BORN = re.compile(r"(?P<name>[A-Z][\w'’-]+)\s*,?\s+(?:who\s+)?was\s+born\b[^,.;]{0,40}$")
#: After the birth date, in its clause: the age now, "and is 65", "and is now 65".
_AND_IS = re.compile(r"\s+and\s+is\s+(?:now\s+)?$")
#: Before an age after a name: "Claire Ashdown, " (the name's last word).
_NAME_BEFORE_AGE = re.compile(r"(?P<name>[A-Z][\w'’-]+),\s*$")
#: An article of a death: the ages in it are ages at death.
_DEATH = re.compile(r"\b(?:died|dies|dead|death|obituary|funeral|late|passed\s+away)\b", re.I)


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


def _years(age: Figure) -> Figure:
    return attrs.evolve(age, unit="year", kind=Kind.DURATION)


def link_ages(
    text: str,
    figures: Sequence[Figure],
    spans: Sequence[tuple[int, int]],
    published: Figure | None,
) -> list[Relation]:
    """Each age told now against the birth date of the same person (see the module)."""
    if published is None or ("born" not in text and "Born" not in text) or _DEATH.search(text):
        return []  # the cheap tests first: most articles tell no birth
    by_span: dict[tuple[int, int], list[Figure]] = {}
    at = 0
    for span in spans:
        while at < len(figures) and figures[at].start < span[0]:
            at += 1
        inside = []
        while at < len(figures) and figures[at].start < span[1]:
            if figures[at] is not published:
                inside.append(figures[at])
            at += 1
        by_span[span] = inside
    linked: list[Relation] = []
    options = {"count": "completed"}
    for k, span in enumerate(spans):
        told = by_span[span]
        born = _birth(text, span, told)
        if born is None:
            continue
        times = [f for f in told if f.kind is Kind.DATE and f is not born]
        # "who was born on 30 November 1944 and is 65": the age in the birth's clause
        after = [f for f in told if f.start > born.start and f.kind is not Kind.DATE]
        if after and _AND_IS.fullmatch(text, born.span[1], after[0].start):
            age = after[0]
            if age.value is not None and age.value.denominator == 1:
                roles = {"from": born, "to": published, "duration": _years(age)}
                linked.append(Relation("elapsed", roles, span, "born on D and is N", options))
            continue
        if k == 0:
            continue
        before = by_span[spans[k - 1]]
        ages = [f for f in before if f.kind is Kind.AGE]
        if len(ages) != 1 or any(f.kind is Kind.AGE for f in told):
            continue
        age = ages[0]
        if any(f.kind is Kind.DATE for f in before):
            continue  # "In 1998, Kerr, 24, made his debut": an age of another time
        named = _NAME_BEFORE_AGE.search(text, max(spans[k - 1][0], age.start - 40), age.start)
        own = _NAMED_BORN.search(text, max(span[0], born.start - 60), born.start)
        opening = text[span[0] : born.start].lstrip()
        if own is not None and named is not None and own.group("name") == named.group("name"):
            pass  # "Claire Ashdown, 49, …. Ms Ashdown, who was born …"
        elif opening.startswith("Born") and _BORN_THEN_PRONOUN.match(text, born.span[1], span[1]):
            pass  # "Kerr, 38, said …. Born in Harrogate on 12 May 1976, he …"
        else:
            continue
        if times and any(t.start < born.start for t in times):
            continue  # another time before the birth in its sentence
        roles = {"from": born, "to": published, "duration": _years(age)}
        linked.append(Relation("elapsed", roles, spans[k - 1], "N, born on D", options))
    return linked
