"""Article-level links: a change stated in one place, its levels in another.

A headline says "profits drop 33%"; the fourth paragraph says net income
"fell to 537m euros from 798m". Neither sentence holds the whole relation,
so no sentence shape reads it. A link joins them when:

* the change is a percent (or a ratio word) with a direction and takes part
  in no relation of its own;
* the levels are a pair the scan already read (``direction``: "to B from A",
  "B, down from A"), in money or counts, not in percent (a percent change
  of a percent level may mean points);
* both are about the same **measure** (profit, sales, debt, …; see
  :data:`factcheck.scan.mentions.MEASURES`), with no conflicting qualifier
  ("pre-tax" against "operating");
* exactly one level pair in the article is about that measure.

The finding sits on the change and its figures name both places.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from factcheck.figures import Figure, Kind
from factcheck.scan.kinds import is_fraction_word, unit_key
from factcheck.scan.mentions import measure_of
from factcheck.scan.relation import Relation

__all__ = ["link_changes", "link_headline"]

Measure = tuple[str, str | None]


@attrs.frozen
class _Pair:
    relation: Relation
    start: Figure
    end: Figure
    measure: Measure


def _measure(text: str, sentence_start: int, figure: Figure) -> Measure | None:
    return measure_of(text, sentence_start, figure)


def _agree(a: Measure, b: Measure) -> bool:
    return a[0] == b[0] and (a[1] is None or b[1] is None or a[1] == b[1])


def link_changes(
    text: str,
    relations: Sequence[Relation],
    changes: Sequence[tuple[Figure, tuple[int, int]]],
) -> list[Relation]:
    """Relations joining each unattached change to the one level pair of its measure.

    ``changes`` are the figures with a direction that no relation used, each
    with the span of its sentence.
    """
    pairs: list[_Pair] = []
    for relation in relations:
        if relation.rule != "direction":
            continue
        start, end = relation.roles["from"], relation.roles["to"]
        assert isinstance(start, Figure) and isinstance(end, Figure)
        if unit_key(end) == "percent":
            continue
        first = start if start.start < end.start else end
        measure = _measure(text, relation.span[0], first)
        if measure is not None:
            pairs.append(_Pair(relation, start, end, measure))
    if not pairs:
        return []
    linked: list[Relation] = []
    for change, span in changes:
        rule = _rule(change)
        if rule is None:
            continue
        measure = _measure(text, span[0], change)
        if measure is None:
            continue
        fits = [p for p in pairs if _agree(p.measure, measure)]
        if len({id(p.relation) for p in fits}) != 1:
            continue
        pair = fits[0]
        if pair.relation.span == span:
            continue  # one sentence: its own shapes read it, or chose not to
        linked.append(
            Relation(
                rule,
                {
                    "factor" if rule == "multiple" else "change": change,
                    "from": pair.start,
                    "to": pair.end,
                },
                span,
                "change here, levels elsewhere",
                {},
            )
        )
    return linked


def _rule(change: Figure) -> str | None:
    """The rule a stated change is checked with against two levels, if any."""
    if change.trend is None or change.parts:
        return None
    if change.kind is Kind.MULTIPLE:
        return "multiple"
    if change.kind is Kind.QUANTITY and (unit_key(change) == "percent" or is_fraction_word(change)):
        return "percent_change"
    return None


#: Longest headline, in characters: a longer first line is prose, not a title.
_HEADLINE = 150


def link_headline(
    text: str,
    used: set[int],
    items: Sequence[tuple[Figure, tuple[int, int]]],
) -> list[Relation]:
    """Relations between a headline figure and the one body figure that states it again.

    "Exports rise 25%" over a body that says exports "rose 35.4%" states one
    quantity twice: the two must be compatible. The headline is the first
    sentence when it has no closing full stop and is short. A body figure is
    the same statement when it is about the same measure (qualifiers agree),
    in the same kind of unit, with no opposite direction, and it is the only
    one in the body that is (of several, one that agrees confirms the
    headline; none is flagged); ``used`` figures (already in a relation)
    are left out of the headline side only.
    """
    if not items:
        return []
    first_span = items[0][1]
    head = text[first_span[0] : first_span[1]]
    if len(head) > _HEADLINE or head.rstrip().endswith((".", "!", "?", ":")):
        return []
    headline = [f for f, span in items if span == first_span and f.start not in used]
    body = [(f, span) for f, span in items if span != first_span]
    linked: list[Relation] = []
    for figure in headline:
        measure = _measure(text, first_span[0], figure)
        if measure is None or figure.parts or figure.kind is not Kind.QUANTITY:
            continue
        same = [
            other
            for other, span in body
            if not other.parts
            and other.kind is Kind.QUANTITY
            and unit_key(other) == unit_key(figure)
            and not (other.trend and figure.trend and other.trend is not figure.trend)
            and (found := _measure(text, span[0], other)) is not None
            and _agree(found, measure)
        ]
        if len(same) > 1:
            # Several candidates: the headline may mean any of them. Only one that
            # agrees can be named (a confirmation); a disagreement names nobody.
            same = [other for other in same if figure.interval.overlaps(other.interval)][:1]
        if len(same) != 1:
            continue
        roles = {"a": figure, "b": same[0]}
        linked.append(Relation("compatible", roles, first_span, "headline and body", {}))
    return linked
