"""The scan's walk: figures, sentences, relations, checks, findings."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from fractions import Fraction

import attrs

from factcheck.engine import DocumentReport, Report, _figure_verdicts, _verdict_severity
from factcheck.figures import Figure, Hedge, Kind
from factcheck.findings import Finding, Location, Severity, Status
from factcheck.gcpause import paused_gc
from factcheck.rules import get_rule
from factcheck.rules.base import Context
from factcheck.scan.ages import link_ages
from factcheck.scan.conversions import Conversion, link_conversions
from factcheck.scan.event_days import event_days
from factcheck.scan.kinds import ITEM_KINDS, exact_count, is_item, unit_key
from factcheck.scan.levels import (
    CHAINED,
    OVERLAPPING,
    SENTENCE_DETECTORS,
    TOTAL_BEFORE,
    breakdown_back,
    change_back,
    compared_back,
    compared_start_back,
    earlier_level_back,
    group_back,
    groups_named,
    length_of,
    move_back,
    moved_back,
    multiple_back,
    names_group,
    names_majority,
    of_those_back,
    part_back,
    rate_of,
    restated_back,
    share_back,
    total_included,
    total_shares_back,
)
from factcheck.scan.links import (
    amount_changes,
    link_bounds,
    link_breakdown,
    link_changes,
    link_expectations,
    link_headline,
    link_lead_levels,
    link_marks,
    link_moves,
    link_periods,
    link_poll_leads,
    link_products,
    link_surveys,
)
from factcheck.scan.mentions import not_amounts, possessives, restatements
from factcheck.scan.relation import Relation
from factcheck.scan.sentences import MAX_SENTENCE, sentences
from factcheck.scan.shapes import (
    ASIDE_DASH,
    ONE_LEVEL,
    Sentence,
    article_year,
    date_relations,
    from_range,
    granularity,
)
from factcheck.scan.splits import LeadCounts, lead_split
from factcheck.text.anchors import LineIndex
from factcheck.text.dateline import dateline
from factcheck.text.hedges import DEFAULT_TOLERANCE
from factcheck.text.scanner import scan_figures

# dateline and get_rule are imported above, not in the functions that use them: an
# import statement costs a microsecond each time it runs, several times an article.

__all__ = ["detect", "scan"]

# ------------------------------------------------------------------- detection


def _publication(text: str, published: _dt.date | None, figures: Sequence[Figure]) -> Figure | None:
    """The publication date as a date figure: the dateline's own figure when there is one."""
    date = published or dateline(text)
    if date is None:
        return None
    day = Fraction(date.toordinal())
    for figure in figures[:3]:
        if figure.kind is Kind.DATE and figure.low == day and figure.high == day:
            return figure  # the dateline itself, so a finding can point at it
    return Figure(
        f"published {date.isoformat()}",
        day,
        day,
        unit="day",
        kind=Kind.DATE,
        value=day,
        granularity="day",
        start=0,
        end=0,
    )


def _sentence(text: str, start: int, end: int, inside: tuple[Figure, ...]) -> Sentence:
    """A sentence with its restating brackets folded into the figures they restate."""
    restating = restatements(inside, text) if len(inside) > 1 else {}
    anchors = possessives(inside, text)
    owned = anchors | not_amounts(inside, text)
    if not restating and not owned:
        # (is_item inlined: a call per figure of every sentence costs more than the test)
        items = tuple([f for f in inside if f.kind in ITEM_KINDS])
        return Sentence(text, start, end, inside, items)
    # a bracket goes with its restating figure; prose ("$1.2bn, or about £640m") leaves
    # its words, which the ‹r› mark lets the gaps drop too
    hidden = {
        inside[k].start: "" if "(" in text[inside[j].span[1] : inside[k].start] else " ‹r› "
        for k, j in restating.items()
    }
    for k in anchors:
        hidden[inside[k].start] = _DIGITS.sub("‹y›", inside[k].text.lower())
    items = tuple(
        f for k, f in enumerate(inside) if is_item(f) and k not in restating and k not in owned
    )
    restated = tuple((inside[j], inside[k]) for k, j in restating.items())
    return Sentence(text, start, end, inside, items, hidden, restated)


#: How many sentences without figures may stand between a figure and "the figure".
_QUIET = 2


@attrs.define
class _Carry:
    """What a sentence hands the next: its figures, the figure it compared, recent totals.

    "The figure was ahead of the 3.1% forecast" compares the one figure of its
    kind in the sentence just before (and the sentence after it may go on
    about the same figure); "However, this has now been cut to 43.9bn euros"
    moves it; "The total payment includes $5m and $4m" splits a total stated
    a few sentences up ("a total of $14.5m").
    """

    text: str
    index: int = -2  #: the sentence before, by its place in the text
    items: tuple[Figure, ...] = ()
    earlier: tuple[Figure, ...] = ()  #: the figures of the sentence with figures before it
    earlier_end: int = 0  #: and where that sentence ends
    earlier_index: int = -2  #: and its index
    start: int = 0  #: where the sentence before begins
    end: int = 0  #: and where it ends
    prose: bool = False  #: whether it ended as prose does (not a headline)
    subject: tuple[Figure, ...] = ()  #: "the figure" it compared
    totals: list[Figure] = attrs.field(factory=list)  #: figures stated as totals lately

    def forget(self, index: int) -> None:
        """Stand for a sentence read for no relation: the next one has no figure before."""
        self.index, self.items, self.subject, self.prose = index, (), (), False

    def _same_paragraph(self, sentence: Sentence) -> tuple[Figure, ...]:
        """The figures of the sentence before the one before, when no line break parts
        them from ``sentence``: what "of them" may also point at."""
        return () if "\n" in self.text[self.earlier_end : sentence.start] else self.earlier

    def _ambiguous(self, relation: Relation, sentence: Sentence) -> bool:
        """Whether the figure a pointer reached back to has a rival of its kind in the
        sentence right before its own, in the same paragraph ("Profits rose to
        £340m. The chief executive was paid £3.1m. The figure was ahead of the £320m
        expected": which figure?)."""
        earlier = self._same_paragraph(sentence)
        if not earlier or self.index - self.earlier_index != 1:
            return False  # (a sentence without figures between sets the earlier one apart)
        before = [f for f in relation.figures() if f.start < sentence.start]
        return any(unit_key(e) == unit_key(f) and e.kind is f.kind for f in before for e in earlier)

    def reach_back(self, sentence: Sentence, index: int) -> list[Relation]:
        """The relations ``sentence`` states about figures before it; then remember it."""
        back: list[Relation] = []
        # Sentences without figures in between ("The rise reflects stronger
        # spending.") leave the last figures the nearest ones "the figure" can mean.
        if 0 < index - self.index <= 1 + _QUIET and self.prose:
            back = compared_back(sentence, self.subject or self.items)
            moved = None if back else moved_back(sentence, self.items, self.start)
            if moved is None and not back:
                moved = (
                    restated_back(sentence, self.items, (self.start, self.end))
                    or part_back(sentence, self.items, self._same_paragraph(sentence))
                    or breakdown_back(sentence, self.items)
                    or of_those_back(sentence, self.items)
                    or earlier_level_back(sentence, self.items, self.start)
                    or change_back(sentence, self.items)
                    or multiple_back(sentence, self.items)
                    or share_back(sentence, self.items)
                    or move_back(sentence, self.items)
                    or compared_start_back(sentence, self.items)
                )
            if moved is not None:
                back.append(moved)
            back = [
                attrs.evolve(r, confirm_only=True) if self._ambiguous(r, sentence) else r
                for r in back
            ]
        self.subject = (
            tuple(
                a for r in back[:1] if r.rule == "compare" and isinstance(a := r.roles["a"], Figure)
            )
            if back  # (most sentences reach back to nothing)
            else ()
        )
        near = self.items if index - self.index == 1 else ()
        if 0 < index - self.index <= 1 + _QUIET and self.prose:
            back.extend(total_shares_back(sentence, self.items))
        included = total_included(sentence, self.totals, near) if self.totals else None
        if included is not None:
            back.append(included)
        text = self.text
        totals = self.totals[-4:]
        for f in sentence.items:
            before = max(0, f.start - 20)
            # every wording of TOTAL_BEFORE holds "al" (total, in all, altogether):
            # the cheap test first, as few figures follow one
            if "al" in text[before : f.start].lower() and TOTAL_BEFORE.search(
                text, before, f.start
            ):
                totals.append(f)
        self.totals = totals
        if sentence.items:
            self.earlier, self.earlier_end, self.earlier_index = self.items, self.end, self.index
        self.index, self.items = index, sentence.items
        self.start, self.end = sentence.start, sentence.end
        self.prose = text[sentence.end - 1] in ".!?"
        return back


def _stands_alone(sentence: Sentence) -> bool:
    """Whether a sentence's one figure can still state a relation.

    A restating bracket ("more than half (54%)"), a share after "a majority",
    two figures read as one range ("from 370 to 870", "by 31% to 34%") and a
    small count before its list ("two airlines - American and Southwest")
    and a rank before the ones ahead of it ("second biggest after the NYSE")
    can; the other detectors need two figures, and most sentences with one
    figure are skipped here for speed.
    """
    if sentence.restated:
        return True
    if len(sentence.figures) > len(sentence.items) and any(
        f.kind is Kind.ORDINAL for f in sentence.figures
    ):
        return True  # (a word ordinal is a figure only where the ones ranked ahead are named)
    if not sentence.items:
        return False
    if names_majority(sentence.text[sentence.start : sentence.end]):
        return True  # "a majority (68%)": the word is the other figure
    (figure,) = sentence.items
    value = figure.value
    return (
        from_range(figure)
        or (len(figure.parts) == 2 and figure.hedge is Hedge.BETWEEN)
        # (a whole number's numerator is its value: comparing a Fraction costs more)
        or (exact_count(figure) and value is not None and value.numerator <= 12)
    )


_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_DIGITS = re.compile(r"\d[\d,.]*")


def detect(
    text: str,
    *,
    published: _dt.date | None = None,
    about_tolerance: Fraction = DEFAULT_TOLERANCE,
) -> list[Relation]:
    """Every relation the sentences of ``text`` state about their own figures.

    ``published`` is the publication date (default: the dateline at the top
    of the text), used for ``N years ago`` and anniversaries. Invalid dates
    (``29 February 2023``) come back as ``valid_date`` relations.

    >>> [(r.rule, r.pattern) for r in detect("Cases doubled from 40 to 80.")]
    [('multiple', 'C from A to B')]
    """
    if not isinstance(text, str) or not text:
        return []
    date = published
    if date is None:
        date = dateline(text)
    found = scan_figures(
        text,
        about_tolerance=about_tolerance,
        default_year=None if date is None else date.year,
    )
    figures = found.figures
    pub = _publication(text, published, figures)
    relations: list[Relation] = []
    items: list[tuple[Figure, tuple[int, int]]] = []  # arithmetic figures, with their sentence
    conversions: list[Conversion] = []  # "$4.2bn (£2.25bn)": every bracket conversion
    carry = _Carry(text)
    lead_counts, splitting = LeadCounts(), True  # a count of the lead, split later
    year_asked, year = False, None  # the one year of the article's full dates, when asked
    has_groups = names_group(text)  # (most articles name no duo or trio: one look for all)
    at = 0
    spans = sentences(text)
    # Where each figure starts, with a last start past the text: most sentences hold
    # no figure, and one look at the next figure's start tells them apart.
    starts = [f.start for f in figures]
    starts.append(len(text) + 1)
    for index, (start, end) in enumerate(spans):
        if starts[at] >= end:
            # no figure starts before the sentence ends: none is inside it, and only a
            # group word may still be a count ("Leicester duo A and B")
            if has_groups and names_group(text[start:end]):
                group = _sentence(text, start, end, ())
                relations.extend(groups_named(group))
                if index - carry.index == 1:
                    # "Three executives leave. The trio are A, B and C."
                    told = group_back(group, carry.items)
                    if told is not None:
                        relations.append(told)
            continue
        while starts[at] < start:  # (the last start stops both loops)
            at += 1
        first = at
        while starts[at] < end:
            at += 1
        inside = tuple(figures[first:at])
        if not inside:
            continue
        sentence = _sentence(text, start, end, inside)
        if sentence.restated:
            conversions.extend(Conversion(a, b, (start, end)) for a, b in sentence.restated)
        if len(sentence.items) < len(inside):
            # Only a figure that is no item (a date, a duration, an ordinal) states a
            # date relation: most sentences have none, and skip the walk.
            if not year_asked:
                # (once an article: only a sentence with a date asks for its year)
                year_asked = True
                year = None if pub is not None else article_year(text, figures)
            relations.extend(date_relations(sentence, pub, year))
        if end - start > MAX_SENTENCE:
            carry.forget(index)  # a list or a table: nothing reaches back across it
            continue
        span = (start, end)
        items.extend([(f, span) for f in sentence.items])
        back = carry.reach_back(sentence, index)
        relations.extend(back)
        if index < 2:
            lead_counts.add(sentence)
        elif splitting:
            split, over = lead_split(sentence, lead_counts, text, index)
            splitting = not over
            if split is not None:
                relations.append(split)
        if (
            len(sentence.items) < 2
            and not _stands_alone(sentence)
            # "Leicester duo A and B, both 24": the word is the count
            and not (has_groups and names_group(text[start:end]))
        ):
            continue
        # "vely" first: no letter but V folds to "v" (nor to "e", "l", "y") in either
        # case-blind test, and the pattern's word boundaries are tried at every letter
        if "vely" in text[start:end].lower() and _RESPECTIVELY.search(text, start, end):
            continue  # "29% and 18% lower respectively": lists paired elementwise, not shapes
        relations.extend(_sentence_relations(sentence, [f for r in back for f in r.figures()]))
    if items:
        # A change with one level left out checks nothing: its figures stay free
        used = {f.start for r in relations if r.pattern not in ONE_LEVEL for f in r.figures()}
        free = [(f, span) for f, span in items if f.start not in used and f.trend is not None]
        amounts = [(f, s) for f, s in amount_changes(text, items, spans[:2]) if f.start not in used]
        relations.extend(link_changes(text, relations, free, amounts, spans[:2], items))
        relations.extend(link_moves(text, relations, free, spans[:2]))
        relations.extend(link_headline(text, used, items, spans[:2]))
        relations.extend(link_bounds(text, items, used))
        relations.extend(link_marks(text, items, used))
        relations.extend(link_breakdown(text, items, used))
        relations.extend(link_products(text, items, used))
        relations.extend(link_periods(text, items, used))
        relations.extend(link_expectations(text, items, used))
        relations.extend(link_lead_levels(text, items, used, spans[:2]))
        relations.extend(link_poll_leads(text, items, spans))
        relations.extend(link_surveys(text, items, spans, used))
    if conversions:
        relations.extend(link_conversions(text, conversions, figures, spans))
    relations.extend(event_days(text, figures, spans))
    relations.extend(link_ages(text, figures, spans, pub))
    for error in found.invalid_dates:
        assert error.start is not None
        assert error.end is not None
        figure = Figure(
            text[error.start : error.end],
            None,
            None,
            unit="day",
            kind=Kind.DATE,
            granularity="day",
            start=error.start,
            end=error.end,
        )
        span = next(((a, b) for a, b in spans if a <= error.start < b), (0, len(text)))
        relations.append(Relation("valid_date", {"date": figure}, span, "invalid date"))
    # (a product joins a total over a span to the amount for each period on purpose)
    relations = [
        told
        for r in relations
        if r.rule == "product" or not (_other_rates(text, r) or _other_lengths(text, r))
        if (told := _as_told(text, r)) is not None
    ]
    relations.sort(key=lambda r: (r.span[0], _subject(r).start))
    return relations


#: A hedge the reader did not join to a ratio word: "a near-doubling", "nearly a threefold
#: rise", "more than a threefold rise", "a rough doubling", "almost cut in half".
_LOOSE_RATIO = re.compile(
    r"(?:\b(?:nearly|almost|near|roughly|rough|about|around|some|more\s+than|less\s+than|"
    r"over|under|well\s+over|at\s+least|close\s+to|just\s+under|just\s+over)"
    r"(?:\s+(?:an?|cut|be|been))?[\s-]*(?:cut\s+)?(?:in\s+)?)$",
    re.IGNORECASE,
)
#: How far a bare ratio word may be from its number in news: "tripled" for ×3.02.
_RATIO_SPREAD = Fraction(1, 50)


def _as_told(text: str, relation: Relation) -> Relation | None:
    """A ratio word read as news writes it, or ``None`` when it cannot be checked.

    A bare ratio word is within a fiftieth of its number ("tripled" from 420 to
    1,270 is ×3.02), not the exact factor a claims file may ask for; one with a
    hedge the reader did not join to it ("nearly a threefold rise") is not read.
    """
    factor = relation.roles.get("factor") if relation.rule == "multiple" else None
    if not isinstance(factor, Figure) or factor.hedge not in (Hedge.EXACT, Hedge.ROUNDED):
        return relation
    if _LOOSE_RATIO.search(text, max(0, factor.start - 30), factor.start) is not None:
        return None
    if factor.hedge is not Hedge.EXACT or factor.value is None:
        return relation
    spread = factor.value * _RATIO_SPREAD
    loose = attrs.evolve(factor, low=factor.value - spread, high=factor.value + spread)
    return attrs.evolve(relation, roles={**relation.roles, "factor": loose})


def _other_rates(text: str, relation: Relation) -> bool:
    """Whether the relation's amounts are per different periods: "£2,500 a year, down
    from £1,000 a term", "£2m a week, more than the £80m a year" compare nothing."""
    rates = {
        rate
        for f in relation.figures()
        if f.end is not None
        and f.start < f.end <= len(text)
        and (rate := rate_of(f, text)) is not None
    }
    return len(rates) > 1


#: Relations that order two amounts, which two periods of different lengths do not.
_ORDERING = frozenset({"compare", "direction"})


def _other_lengths(text: str, relation: Relation) -> bool:
    """Whether an order is told between amounts for periods of different lengths: "$3bn a
    month in June, above the $30bn for the whole of 2003", "a record $40bn in March, after
    $400bn in the previous year" (rates of change, in percent, compare whatever the length)."""
    if relation.rule not in _ORDERING:
        return False
    figures = relation.figures()
    if any(unit_key(f) == "percent" or f.end is None or f.end > len(text) for f in figures):
        return False
    lengths = {length_of(f, text) for f in figures}
    return len(lengths) > 1 and None not in lengths and "year" in lengths


#: Rules that set two figures side by side, which an aside's dash keeps apart.
_SIDE_BY_SIDE = frozenset({"multiple", "compare"})


def _across_an_aside(text: str, relation: Relation) -> bool:
    """Whether a comparison joins a figure inside a dashed aside to one after it: "40
    arrests - 25 on Friday and 15 on Saturday - double the 20 made last year" compares
    the 40, not the 15."""
    if relation.rule not in _SIDE_BY_SIDE:
        return False
    first, *_, last = sorted(relation.figures(), key=lambda f: f.start)
    opened = len(ASIDE_DASH.findall(text, relation.span[0], first.start)) % 2 == 1
    return opened and ASIDE_DASH.search(text, first.span[1], last.start) is not None


def _sentence_relations(sentence: Sentence, taken: Sequence[Figure] = ()) -> list[Relation]:
    """The arithmetic relations of one sentence; a figure takes part in one relation at most.

    ``taken`` figures are in a relation already (one that reaches back a sentence).
    """
    found: list[Relation] = []
    used: set[int] = {f.start for f in taken}  # start offsets of the figures in a relation
    for detector in SENTENCE_DETECTORS:
        for relation in detector(sentence):
            if _across_an_aside(sentence.text, relation):
                continue
            if relation.pattern in OVERLAPPING:
                starts = {f.start for f in relation.figures()}
                if not starts <= used:
                    found.append(relation)  # a whole the figures belong to besides their relation
                continue
            starts = {f.start for f in relation.figures()}
            if starts & used:
                continue
            if relation.pattern in CHAINED:
                used.add(relation.figures()[0].start)  # the level reached may move on
            elif relation.pattern not in ONE_LEVEL:
                # A change with one level only implies the other: its figures stay
                # free for a relation that can be checked ("… to $220bn - less than
                # the 5.1% increase").
                used |= starts
            found.append(relation)
    # A change a later shape checked against both its levels ("up 75% since January,
    # when it stood at $31.80") is no longer read with one level left out.
    checked = {
        change.start
        for r in found
        if r.pattern not in ONE_LEVEL and isinstance(change := r.roles.get("change"), Figure)
    }
    found = [
        r
        for r in found
        if not (
            r.pattern in ONE_LEVEL
            and isinstance(change := r.roles.get("change"), Figure)
            and change.start in checked
        )
    ]
    found.extend(
        granularity(sentence, {k for k, f in enumerate(sentence.items) if f.start in used})
    )
    return found


# ----------------------------------------------------------------------- scan
def _subject(relation: Relation) -> Figure:
    """The figure a finding about ``relation`` points at: the rule's subject role."""
    role = get_rule(relation.rule).subject
    value = relation.roles.get(role)
    candidates: list[Figure] = []
    if isinstance(value, Figure):
        candidates.append(value)
    elif value:
        candidates.extend(value)
    candidates.extend(relation.figures())
    for figure in candidates:
        if figure.end is not None and figure.end > figure.start:
            return figure
    return candidates[0]


def _check(
    relation: Relation, context: Context, index: LineIndex, document: str | None
) -> list[Finding]:
    """The findings of one relation, placed on its subject figure."""
    # A flag-only relation keeps no consistent verdict, so whether one is borderline
    # (the rule run a second time on the figures cut to their inner part) is not asked.
    borderline = not relation.flag_only
    rule_cls, verdicts = _figure_verdicts(
        relation.rule, relation.roles, relation.options, context, borderline=borderline
    )
    if relation.rule == "multiple" and relation.options.get("reading") == "more":
        # "three times more than" is read both ways; either reading that fits is enough.
        _, plain = _figure_verdicts(
            relation.rule, relation.roles, {"reading": "times"}, context, borderline=borderline
        )
        if any(v.status is Status.CONSISTENT for v in plain):
            verdicts = plain
    subject = _subject(relation)
    start, end = subject.span
    line, column = index.position(start)
    location = Location(file=document, line=line, column=column, start=start, end=end)
    placed = []
    for verdict in verdicts:
        if relation.confirm_only and verdict.status is Status.INCONSISTENT:
            continue  # read with a rival reading: it confirms, never flags
        if relation.flag_only and verdict.status is not Status.INCONSISTENT:
            continue  # a loose bound: that it holds tells a reader nothing
        severity = _verdict_severity(verdict, None, rule_cls.severity)
        if verdict.status is Status.UNDETERMINED and severity is not Severity.INFO:
            continue  # the rule could not read the figures: a scan blames nobody for that
        # Built once, in place (not evaluate_figures' finding evolved): a scan
        # builds a finding for every relation.
        placed.append(
            Finding(
                rule=rule_cls.name,
                status=verdict.status,
                severity=severity,
                message=verdict.message,
                check=f"{relation.rule}@{line}:{column}",
                location=location,
                quote=index.text[start:end],
                stated=verdict.stated,
                recomputed=verdict.recomputed,
                implied=verdict.implied,
                reading=verdict.reading,
                explanation=verdict.explanation,
                extra={
                    "pattern": relation.pattern,
                    "figures": {
                        role: value.text if isinstance(value, Figure) else [f.text for f in value]
                        for role, value in relation.roles.items()
                    },
                    # Offsets let a tool tie the finding to every figure it used.
                    "spans": {
                        role: list(value.span)
                        if isinstance(value, Figure)
                        else [list(f.span) for f in value]
                        for role, value in relation.roles.items()
                    },
                    # and a reader to every place: a link names a headline and a body line
                    "lines": {
                        role: index.position(value.start)[0]
                        if isinstance(value, Figure)
                        else [index.position(f.start)[0] for f in value]
                        for role, value in relation.roles.items()
                    },
                },
            )
        )
    return placed


@paused_gc()  # builds a finding for every relation: see factcheck.gcpause
def scan(
    text: str,
    *,
    published: _dt.date | None = None,
    document: str | None = None,
    about_tolerance: Fraction = DEFAULT_TOLERANCE,
) -> Report:
    """Find the relations ``text`` states about its own figures and check each one.

    ``published`` is the publication date (default: a dateline at the top of
    the text); ``document`` names the text in the report. Consistent
    relations are reported too (severity info), so a report shows what was
    checked; inconsistent ones fail at the default level.

    >>> report = scan("Of the 23 people asked, 38% said yes.")
    >>> [(f.rule, f.status.value) for f in report.findings]
    [('percent_of_n', 'inconsistent')]
    """
    date = published
    if date is None and isinstance(text, str):
        date = dateline(text)
    relations = detect(text, published=date, about_tolerance=about_tolerance)
    findings: list[Finding] = []
    if relations:  # most articles state none: their lines are never counted
        context = Context(published=date, about_tolerance=about_tolerance, text=text)
        index = LineIndex(text)
        for relation in relations:
            findings.extend(_check(relation, context, index, document))
    findings.sort(key=Finding.sort_key)
    doc = DocumentReport(
        document=document, text=text, findings=tuple(findings), checks=len(relations)
    )
    return Report((doc,))
