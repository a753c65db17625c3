"""Sentence shapes: the wordings a relation takes inside one sentence.

A sentence that says "killings climbed from 780 in 2019 to 996 in 2020, an
increase of 28%" states a relation between three of its own figures. Each
detector here knows a family of such wordings (changes, multiples, shares,
totals, capacity, dates) and reads a relation only where the words between
the figures have exactly its shape, in compatible units: a missed relation
costs an editor nothing, a false alarm costs their trust.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import functools
import itertools
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from factcheck._repr import fields_repr
from factcheck.figures import Figure, Hedge, Kind, Trend
from factcheck.scan.context import (
    ELSEWHERE_AFTER,
    MONTH_NAMES,
    RATE_AFTER,
    REPEATED_AFTER,
    SOURCE_AFTER,
    TIME_NAMES,
    WEEKDAY_NAMES,
    WEIGHTED,
)
from factcheck.scan.kinds import (
    exact_count,
    is_fraction_word,
    is_share,
    round_hundreds,
    same_kind,
    unit_key,
)
from factcheck.scan.mentions import (
    BORN_BEFORE,
    CHANGE_PARTICIPLES,
    direction_before,
    drop_time_phrases,
    measure_of,
)
from factcheck.scan.relation import Relation, RoleValue
from factcheck.text.dates import YEAR_PRINTED
from factcheck.text.numbers import WORD_NUMBERS
from factcheck.text.vocabulary import PLURALS_WITHOUT_S, TREND_PREFIXES
from factcheck.units import unit_text

__all__ = [
    "ASIDE_DASH",
    "DETECTORS",
    "GRIM_LIMIT",
    "ONE_LEVEL",
    "OTHER_BASE_AFTER",
    "PART_OF",
    "QUALIFIED_AFTER",
    "RATE_WORDS",
    "ArticleYear",
    "Sentence",
    "article_year",
    "date_relations",
    "fits",
    "from_range",
    "granularity",
    "make_relation",
    "may_overlap",
    "nouns_agree",
    "plural_word",
    "qualifies_another",
    "whole_before_which",
]


# -------------------------------------------------------------------- gaps
# Date phrases between two amounts ("in 2019", "in the first quarter of 2020")
# are context, not part of the relation's shape.
_DATE_PHRASE = re.compile(
    # "from 4.75% to 4.25% from 1 September, a cut of": when a level takes effect
    r"(?:\b(?:in|during|on|by|for|at|since|as of|of|over|from|effective(?:\s+from)?|"
    r"with\s+effect\s+from|starting(?:\s+from)?)\s+(?:the\s+)?"
    r"(?:(?:first|second|third|fourth|last|same|whole|fiscal)\s+)?"
    r"(?:(?:quarter|half|period|year|month|months|week|weeks)\s+"
    r"(?:(?:of|ending|ended|to|until|through)\s+)?)?)?‹d›"
)


_PLACEHOLDERS = {Kind.DATE: " ‹d› ", Kind.DURATION: " ‹u› ", Kind.ORDINAL: " ‹o› "}


@attrs.frozen
class Sentence:
    """One sentence: its span, its figures and the text between them, lower-cased."""

    __repr__ = fields_repr

    text: str
    start: int
    end: int
    figures: tuple[Figure, ...]
    items: tuple[Figure, ...]  #: the figures arithmetic relations use
    #: what stands in the gaps for a figure that is no item, by its start: "" for a
    #: bracket that restates the figure before it, "‹y›" for a possessive year
    hidden: Mapping[int, str] = attrs.field(factory=dict, eq=False)
    #: (figure, its restatement in brackets) pairs: "more than half (54%)"
    restated: tuple[tuple[Figure, Figure], ...] = ()
    #: gaps already worked out: the patterns ask for the same ones many times
    _memo: dict[tuple[str, int], str] = attrs.field(factory=dict, eq=False, repr=False)
    #: raw gaps already worked out, by their offsets
    _raw: dict[tuple[int, int], str] = attrs.field(factory=dict, eq=False, repr=False)
    #: each figure's span and placeholder, in order of start, filled on first use
    _marks: list[tuple[int, int, str]] = attrs.field(factory=list, init=False, eq=False, repr=False)

    def raw_gap(self, a: int, b: int) -> str:
        """Text from offset ``a`` to ``b``, lower-cased, other figures as placeholders."""
        found = self._raw.get((a, b))
        if found is not None:
            return found
        marks = self._marks
        if not marks:
            hidden = self.hidden
            marks.extend(
                (*f.span, hidden.get(f.start, _PLACEHOLDERS.get(f.kind, " ‹q› ")))
                for f in self.figures
            )
        pieces: list[str] = []
        at = a
        for f_start, f_end, placeholder in marks:
            if f_start >= b:
                break  # the figures are in order of start: none further in
            if f_end <= a:
                continue
            pieces.append(self.text[at:f_start])
            pieces.append(placeholder)
            at = f_end
        pieces.append(self.text[at:b])
        # split() and strip() know the same white space as \s: runs become one space
        gap = " ".join("".join(pieces).lower().replace("’", "'").split())
        self._raw[a, b] = gap
        return gap

    def gap(self, index: int) -> str:
        """The words before item ``index`` (from the previous item or the sentence start).

        The previous item's noun and date phrases are dropped, so ``from 780
        killings in 2019 to 996`` leaves ``to`` between the two amounts.
        """
        key = ("gap", index)
        if key not in self._memo:
            self._memo[key] = self._gap(index)
        return self._memo[key]

    def _gap(self, index: int) -> str:
        figure = self.items[index]
        if index == 0:
            return _clean(self.raw_gap(self.start, figure.start))
        before = self.items[index - 1]
        text = self.raw_gap(before.span[1], figure.start)
        if before.noun:
            noun = before.noun.lower().replace("’", "'")
            if text.startswith(noun):
                text = text[len(noun) :]
        return _clean(text)

    def lead(self, index: int) -> str:
        """The words from the sentence start to item ``index``, other figures as placeholders."""
        key = ("lead", index)
        if key not in self._memo:
            self._memo[key] = _clean(self.raw_gap(self.start, self.items[index].start))
        return self._memo[key]

    def joint(self, index: int) -> str:
        """Like :meth:`gap`, but with the punctuation at its ends kept (a list's commas)."""
        figure = self.items[index]
        a = self.start if index == 0 else self.items[index - 1].span[1]
        text = self.raw_gap(a, figure.start)
        noun = None if index == 0 else self.items[index - 1].noun
        if noun and text.startswith(noun.lower().replace("’", "'")):
            text = text[len(noun) :]
        return text

    def tail(self, index: int) -> str:
        """The words after item ``index`` up to the next item or the sentence end."""
        figure = self.items[index]
        stop = self.items[index + 1].start if index + 1 < len(self.items) else self.end
        text = self.raw_gap(figure.span[1], stop)
        if figure.noun:
            noun = figure.noun.lower().replace("’", "'")
            if text.startswith(noun):
                text = text[len(noun) :].strip()
        return text


# Periods without a printed date ("last year", "a month", "over the year") are context too.
_PERIOD = re.compile(
    r"\b(?:(?:last|this|next|previous|the previous|the same|the past|a|per|each|every|"
    r"over the|in the|during the|for the|for the full|on the|the)\s+"
    r"(?:year|month|week|quarter|season|decade|period|day)"
    # "in the year to the end of June" is a time phrase of its own (drop_time_phrases)
    r"(?!\s+(?:to|ending|ended)\s+(?:the\s+end\s+of\s+)?(?:‹d›|(?i:" + MONTH_NAMES + r")))"
    r"(?:\s+(?:earlier|ago|before|later))?(?:['’]s)?|a year (?:earlier|ago|before)"
    r"|(?:a|an|per)\s+(?:tonne|ton|barrel|share|head|unit|kilo|kg|litre|liter|gallon|ounce|"
    r"pound|hectare|acre|night|hour|person|passenger|household))\b"
)


#: What a folded bracket leaves behind: "$1.13bn (£600m) from" reads "$1.13bn from".
_EMPTY_BRACKET = re.compile(
    r"[(\[][\s,;/]*(?:or\s*)?(?:[a-z]{2,6}\s*)?[)\]]"
)  # or an acronym: "(TEU)"
#: An amount said again in another currency in prose ("$1.2bn, or about £640m,"),
#: hidden as ‹r›: its words go with it, as a bracket's do.
_PROSE_RESTATED = re.compile(r"\s*,\s*[a-z ]{0,30}‹r›\s*,?")


@functools.lru_cache(maxsize=4096)
def _clean(gap: str) -> str:
    # Remembered by text: a sentence's first gap is also its lead, and short
    # gaps ("to", "of the", ", up from") come back in every article.
    if "‹d›" in gap:  # every date phrase ends with the date's placeholder
        gap = _DATE_PHRASE.sub(" ", gap)
    gap = _PERIOD.sub(" ", gap)
    if "(" in gap or "[" in gap:
        gap = _EMPTY_BRACKET.sub(" ", gap)
    if "‹r›" in gap:
        gap = _PROSE_RESTATED.sub(" ", gap)
    gap = drop_time_phrases(gap)
    return " ".join(gap.split()).strip(" ,")


def fits(pattern: re.Pattern[str], gap: str, limit: int = 80) -> re.Match[str] | None:
    """The match when a short gap has exactly the pattern's shape (long gaps never do)."""
    return pattern.fullmatch(gap) if len(gap) <= limit else None


_CHANGE_WORD = (
    r"(?:increase|increases|rise|rises|jump|growth|gain|hike|surge|boost|climb|"
    r"drop|fall|decline|decrease|reduction|cut|slump|plunge|higher|lower|more|less|fewer)"
)
_DIRECTION = r"(?:up|down|higher|lower)"
#: After a range of levels: a further level the move went on to ("and then to £10,080").
_THEN_ANOTHER_LEVEL = re.compile(r"\s*,?\s*(?:and\s+)?(?:then\s+)?(?:on\s+)?to\s+[£$€¥\d]")
#: A word of a level's own phrase, not one that opens another clause.
_OWN_WORD = r"(?!(?:while|whereas|and|but|as|which|with|after|before|when|although|than)\b)[a-z'-]+"
#: between the level an amount reached and the change stated after it
_THEN_CHANGE_BODY = (
    # the level's own verb may come first: "7,177 incidents occurred - a 61% increase"
    r"(?:(?:occurred|happened|took place|were recorded|was recorded|were reported)\s*)?"
    # or a passive with a short phrase of its own: "281,500 students were accepted on to
    # degree courses this year, up 3%"
    # ("412,400 applicants had so far been accepted on to degree courses, up 2.1%")
    r"(?:(?:were|was|(?:had|have|has)(?:\s+so\s+far)?\s+been)\s+[a-z]+ed"
    r"(?:\s+(?:on\s+to|onto|into|to|in|on|at|by|for)"
    r"(?:\s+[a-z'-]+){1,4}?)?\s*)?"
    # a time the move took: "fell from 20C to 5C overnight, a drop of 15C"
    r"(?:(?:overnight|yesterday|today|on\s+the\s+day|in\s+(?:a|one)\s+(?:day|week|month|year)|"
    r"(?:this|last)\s+(?:week|month|year))\s*)?"
    r"(?:[,(—–-]\s*)?(?:(?:or|and|which is|that is|representing|marking|equal to|up|down)\s*)?"
    r"(?:(?:an?|the)\s*)?(?:(?:overall|annual|total|sharp|steep|further)\s*)?"
    rf"(?:{_CHANGE_WORD}\s*(?:of|by)|{_DIRECTION}(?:\s*by)?)?"
)
_THEN_CHANGE = re.compile(_THEN_CHANGE_BODY)
#: The same, after a level that opens its sentence, which may first have a short phrase
#: of its own, then a linking verb or a comma: "The 1,845 households now in temporary
#: accommodation represent an increase of 23% on the 1,500", "There are 1,845 households
#: in temporary accommodation, an increase of 23%" (a level after another figure may be
#: that one's part: "2,300 complaints, with 480 upheld, represent an increase").
_OWN_PHRASE_THEN_CHANGE = re.compile(
    rf"(?:(?:{_OWN_WORD}\s+){{0,5}}?(?:represents?|represented|marks?|marked|is|are|was|were)"
    rf"\s+(?=an?\s+{_CHANGE_WORD}\s+of\b)|(?:{_OWN_WORD}\s+){{0,4}}?{_OWN_WORD}\s*,\s*"
    rf"(?=an?\s+{_CHANGE_WORD}\s+of\b))" + _THEN_CHANGE_BODY
)
#: After a change: the measure it moved, named as its own ("a 6.7% increase in the
#: minimum wage", "a 2% rise of fuel duty").
_OWN_MEASURE = re.compile(
    rf"(?:\s+{_CHANGE_WORD})?\s+(?:in|of|for)\s+(?:the\s+|its\s+|their\s+)?[a-z]"
)
#: After a change: its own verb, so it is another statement ("a 5% rise is forecast").
_OWN_VERB = re.compile(
    rf"(?:\s+{_CHANGE_WORD})?\s+(?:is|was|are|were|will|would|could|may|might|has|had)\b"
)
#: After a comparative change: what it is measured against ("6% lower than a year earlier").
_THAN_ANOTHER = re.compile(r"(?:\s+(?:higher|lower|more|less|up|down))?\s+than\b")
#: "to B", perhaps with a market's closing verb: "fell $12.33 to close at $172.55".
_TO = re.compile(
    rf"(?:{_CHANGE_WORD}\s+)?to(?:\s+(?:close|end|finish|settle|stand)(?:\s+the\s+day)?\s+at)?"
    # "closed 12p higher at 245p"
    r"|(?:higher|lower)\s+at"
)
#: Before the earlier level: "from", or a comparison with it ("against 798m euros"),
#: perhaps with an article ("from the £130m seen a year earlier").
_FROM = re.compile(
    # "doubled in a year, rising from": the change's own verb again, as a participle
    rf"(?:[,;]\s*)?(?:(?:{_CHANGE_WORD}|{CHANGE_PARTICIPLES})\s+)?"
    r"(?:from|against|compared\s+(?:with|to)|versus)"
    r"(?:\s+(?:the|a|an|its|their))?(?:\s+(?:revised|previous|year-earlier))?"
)
#: Before the earlier level after a change: the base named with "the" ("6% more than the
#: 51,200 who came", "an increase of 11% on the £2.7m").
_ON_THE = re.compile(
    r"(?:(?:more|higher|lower|less|fewer|bigger|smaller)\s+than|on|over)\s+(?:the|its|their)"
    r"(?:\s+(?:previous|year-earlier))?"
)
#: After a base named with "on the": a bid or an offer the move was on, no earlier level
#: ("closed at 320p, up 6% on the 300p-a-share bid").
_ON_NEWS_OF = re.compile(
    r"(?:-an?-[a-z]+)?\s+(?:[a-z]+\s+){0,2}?(?:bid|bids|offer|offers|proposal|approach|"
    r"news|deal|takeover|tender)\b",
    re.IGNORECASE,
)
#: Before a level: a word that makes it the other side of a comparison ("against a
#: profit of £2m"), not the level the change reached.
_OTHER_SIDE = re.compile(
    r"\b(?:against|compared\s+(?:with|to)|versus|from|than)\s+(?:[a-z'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _base_named(sentence: Sentence, i: int) -> bool:
    """Whether "B, up C on the A" / "B, C more than the A" reads with items ``i`` … ``i+2``:
    B opens its clause (no figure before it in the clause, "£5m on sales of £50m, up 25%
    on the £4m" is the profit's change), nothing but the change stands between B and C
    ("…, a year earlier, and 60% less than"), and A is an earlier level told plainly: no
    basis after it ("on a like-for-like basis", "in real terms"), and after "on the" no
    bid or offer the move was on."""
    text, z = sentence.text, sentence.items[i + 2]
    if i and not re.search(r"[,;(—–]", sentence.joint(i)):
        return False
    if _OTHER_SIDE.search(sentence.lead(i)):
        return False
    if "and" in sentence.gap(i + 1).split():
        return False
    rest = text[z.span[1] : sentence.end]
    if _CHANGE_BASIS.search(rest) or _OTHER_BASIS_AFTER.match(text, z.span[1]):
        return False
    on = "than" not in sentence.gap(i + 2)
    return not (on and _ON_NEWS_OF.match(text, z.span[1]))


#: What a verb of change may take before its "from A to B": "halving its debt, from".
_OBJECT = re.compile(r"(?:(?:its|their|the|his|her)\s+)?(?:[a-z'’-]+\s+){0,2}[a-z'’-]+\s*,?")
#: A verb of change then "to" right before the later level: "fell to", "will rise to".
_ENDS_TO = re.compile(r"\b[a-z]+\s+to(?:\s+(?:a|an|the))?(?:\s+(?:record|new|fresh|high|low))*$")
_PER_THING = re.compile(r"\s+(?:a|an|per|each)\s+(?!year\s+(?:ago|earlier|before))[a-z]+\b")
_NEXT_IN_SERIES = re.compile(r"(?:,\s*)?(?:and|,)?(?:\s*then)?")
#: After an earlier level: another basis than the change's ("from £1.05bn on a reported basis").
_OTHER_BASIS_AFTER = re.compile(r"\s+on\s+(?:an?|the)\s+[\w-]+(?:\s+[\w-]+)?\s+basis\b")
#: After an earlier level: the year before ("from £1,180 a year before").
_YEAR_BEFORE_AFTER = re.compile(
    r"\s+(?:a|one|the)\s+year\s+(?:ago|earlier|before)|\s+(?:last|the\s+previous)\s+year"
)
_ANOTHER_BASE = re.compile(r"\s+(?:on|from|against|compared|since|over)\b")
#: A day's or a month's move: "on Friday", "in November", "in late trading".
_SHORT_SPAN = re.compile(
    rf"\b(?:on\s+(?i:{WEEKDAY_NAMES})|trading|on\s+the\s+day|in\s+(?i:{MONTH_NAMES}))\b"
)
#: After "from A": a month or a weekday, the grain of a short span before it ("to B in
#: December from A in November" moves between the two months).
_ONE_GRAIN = re.compile(rf"\s+(?:in\s+{MONTH_NAMES}|on\s+{WEEKDAY_NAMES})\b")
#: After a percent: what it is a share of ("or 20% of the 646 MPs", "98% of capacity").
_SHARE_OF_AFTER = re.compile(r"\s+(?:of|among)\s+")
#: Between a change and the level it reached: a basis of its own, not the levels'.
_CHANGE_BASIS = re.compile(
    r"\b(?:in\s+(?:constant|local)\s+currenc\w+|at\s+constant|like-for-like|underlying|"
    r"organic(?:ally)?|in\s+(?:real|volume|value|dollar|sterling|euro|cash)\s+terms|"
    r"by\s+(?:value|volume)|(?:seasonally|inflation)[- ]adjusted|in\s+[\w-]+\s+equivalent\s+terms|"
    r"year[- ]on[- ]year|"
    r"on\s+(?:a|the)\s+year\s+(?:earlier|ago|before))\b"
)
#: Between a change and the level it reached: a short span the change is over.
_SHORT_CHANGE = re.compile(
    r"\b(?:in\s+the\s+(?:day|week|month|quarter|fortnight|three\s+months|six\s+months)|"
    r"on\s+the\s+(?:day|week|month|quarter)|(?:month|week|quarter)[- ]on[- ](?:month|week|quarter)|"
    # "in the second quarter", "this week", "over the month", "on Friday", "yesterday"
    r"in\s+the\s+(?:first|second|third|fourth|final|last)\s+(?:quarter|half)|"
    r"(?:this|last|over\s+the)\s+(?:week|month)|yesterday|today|"
    rf"on\s+(?i:{WEEKDAY_NAMES})|"
    rf"in\s+(?i:{MONTH_NAMES}))\b"
    # "in the three months to January" (raw gaps hold a span of units as a mark)
    r"|\bin\s+the\s+(?:past\s+|last\s+|first\s+)?‹u›"
)
#: Measures a year's results report, whose "a year earlier" is the change's own base.
_YEARLY_FLOWS = frozenset(
    {"profit", "income", "loss", "sales", "orders", "exports", "imports", "dividend", "spending"}
)
#: Words of a market, whose levels move by the day: a count there is an index's points.
_MARKET_WORDS = re.compile(
    r"\b(?:index|indices|shares?|stocks?|points?|prices?|Dow|Nasdaq|FTSE|Nikkei|DAX|CAC|"
    r"market|trading|traded|closed?|closing)\b",
    re.IGNORECASE,
)
#: Before a count's change: a time, a basis or a base of its own ("In March,", "On
#: Monday,", "In the latest week,"; "since January", "over the summer", "by value", "on a
#: seasonally adjusted basis", "from their peak", "on pre-pandemic levels").
_OWN_TIME_OR_BASIS = re.compile(
    rf"\b(?:{MONTH_NAMES}|{WEEKDAY_NAMES}|latest|since|season|spring|summer|autumn|winter|"
    r"week|weekend|month|quarter|day|basis|terms|value|peak|levels?|pre-\w+|adjusted)\b",
    re.IGNORECASE,
)


#: The year a change is told for, between it and its level: "fell by 28% last year to".
_A_YEAR_OF_ITS_OWN = re.compile(r"\b(?:(?:last|this)\s+year|in\s+(?:19|20)\d\d|in\s+‹d›)")


def _a_years_count(own: str, level: Figure, base: Figure) -> bool:
    """Whether a count's change "to B, down from A a year earlier" is the year's: the
    change goes straight "to" its level (``own``, the words between), and neither level
    is a round hundred read as exact that a writer may have rounded ("fell 23% to 1,400,
    down from 1,800": 22.2% as printed; "4.6 million" is read as rounded already)."""
    if _A_YEAR_OF_ITS_OWN.sub(" ", own).strip() not in ("to", ""):
        return False  # "rose 3% since March to", "fell 10% over the summer to"
    return not (round_hundreds(level) or round_hundreds(base))


#: Right before a level: a clause of its own opens ("after 30 had been retired").
_CLAUSE_OPENS_BEFORE = re.compile(r"\b(?:after|once|when|before|until|as|since)\s*$")
#: A change's verb told again as a participle: "doubled, rising from".
_PARTICIPLE = re.compile(rf"\b{CHANGE_PARTICIPLES}\b")
#: After a later level: another level the move went on to ("…, before recovering to 256").
_LATER_LEVEL = re.compile(r"[^.;]{0,40}?\b(?:before|then|later)\b[^.;]{0,30}?\bto\s+[£$€¥\d]")
#: A period shorter than a year.
_PART_OF_A_YEAR = re.compile(r"\b(?:quarters?|months?|weeks?|days?|weekend|half|season)\b")
#: A month or a weekday phrase of a change's own (lower-cased raw gaps).
_OWN_DATE = re.compile(rf"\b(?:in\s+(?i:{MONTH_NAMES})|on\s+(?i:{WEEKDAY_NAMES}))\b")
#: After a level: a rival's ("for its nearest rival", "at their competitors").
_RIVAL_AFTER = re.compile(
    r"\s+(?:at|for|in|by|of)\s+(?:its|their|the|a)\s+(?:[a-z]+\s+)?"
    r"(?:rivals?|competitors?|peers?)\b"
)
#: Words that set one level beside another rather than start a move from it.
_COMPARED = re.compile(r"\b(?:compared|against|versus|vs)\b")
#: After a level set beside another: what it is of ("for women", "with China", "in
#: neighbouring Kent", "before the pandemic", "across the industry", "in 2019").
QUALIFIED_AFTER = re.compile(
    r"\s*,?(?:\s+(?:a|per)\s+(?:week|month|year|day|head))?\s*"
    r"(?:for|among|with|in|at|on|under|before|across|during|by|of)\s+"
    # (not the time of the earlier level: "against 798m euros in 2003", "in the same
    # period", "in March")
    rf"(?!the\s+same\b|(?:early\s+|late\s+|mid-?)?(?:(?:19|20)\d\d|{TIME_NAMES})\b"
    # "in the last full year before it closed", "in the previous quarter": a time
    r"|the\s+(?:last|previous|preceding|prior|first)\s+(?:full\s+)?(?:year|quarter|month|"
    r"week|half|season)\b)"
)
#: After an earlier level: the time it was the level, told by a clause ("when the
#: government took office", "when the company floated").
_WHEN_AFTER = re.compile(r"\s*,?\s+when\s+(?:the|it|they|a|an|[A-Z])")
#: After a level set beside another: a deed of someone's it is the price of ("against
#: the 250p a share offered by Bcme", "compared with the £9 paid by investors").
_AGENT_AFTER = re.compile(
    r"\s*,?(?:\s+(?:a|per)\s+share)?\s+(?:[a-z]+ed|paid|bid|made|set|seen|won)\s+by\b"
)
#: After a number: the votes of a tally ("by 12 votes to 9").
_TALLY_AFTER = re.compile(r"\s+votes?\s+to\b")
#: A change of a lead, gap or majority: its levels are two sides', not a move's ends.
_GAP_MOVED = re.compile(r"\b(?:lead|margin|gap|majority)\b(?:\s+[a-z]+){1,4}$")
#: A change's own period longer than a month: "in the year to October", "on the quarter".
_LONGER_GRAIN = re.compile(
    r"\b(?:in|over|during)\s+the\s+(?:year|quarter|12\s+months|three\s+months|six\s+months)\b"
    r"|\bon\s+the\s+(?:year|quarter)\b|\b(?:year|quarter)[- ]on[- ](?:year|quarter)\b|\bannual"
)
#: After a month or weekday: the year it is of, another than the change's.
_OF_ANOTHER_YEAR = re.compile(
    r"\s*,?\s*(?:(?:of\s+)?last\s+year|(?:19|20)\d\d|a\s+year\s+(?:earlier|ago|before))\b"
)
#: A change's own period of one month or one day: "on the month", "month-on-month".
_OWN_PERIOD = re.compile(r"\b(?:on\s+the\s+(?:month|day)|month[- ]on[- ]month)\b")


#: The months in order, by the first three letters of their names.
_MONTH_ORDER = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAY_ORDER = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _next_after(later: str, earlier: str) -> bool:
    """Whether the month or weekday of ``later`` ("in November") comes right after that of
    ``earlier`` ("in October")."""
    a, b = later.split()[-1][:3].lower(), earlier.split()[-1][:3].lower()
    for order in (_MONTH_ORDER, _WEEKDAY_ORDER):
        if a in order and b in order:
            return (order.index(a) - order.index(b)) % len(order) == 1
    return False


def _between_dates(own: str, when: str, after_start: str) -> bool:
    """Whether a change "to B … from A" moves between the two dates its levels are told
    for: "fell 5% to B in December from A in November", "fell by 11,200 in January to
    823,300, down from 843,500 in December". The change or B names a date of A's grain,
    and nothing else: no base or span of the change's own ("rose 3% to $84.50 in Asian
    trading, from $70 in June" is a day's move; "on Monday … from 150p in March" too)."""
    grain = _ONE_GRAIN.match(after_start)
    if grain is None or _OF_ANOTHER_YEAR.match(after_start, grain.end()):
        return False  # "… from A in April 2024", "from A in May last year": a year apart
    named = _OWN_DATE.findall(own + " " + when)
    dates = [d.split()[0] for d in named]
    # "rose 1.6% on the month to B, from A in September": a month's move from the month
    # before ("in" a month), as "on the day … from A on Monday" is a day's
    periods = _OWN_PERIOD.findall(own)
    dates += ["in" if "month" in p else "on" for p in periods]
    if not dates or set(dates) != {grain.group().split()[0]}:
        return False
    if periods and named and not _next_after(named[-1], grain.group()):
        return False  # "rose 0.4% on the month in November …, from A in September"
    # besides the dates, only the words that join the levels: "… in January to B, down from"
    plain_own = _OWN_PERIOD.sub(" ", _OWN_DATE.sub(" ", own)).split()
    plain_when = _OWN_DATE.sub(" ", when).replace(",", " ").split()
    return plain_own in ([], ["to"]) and plain_when in (
        [],
        ["from"],
        ["up", "from"],
        ["down", "from"],
    )


#: Words that end a verb's object: a new clause or a verb of its own.
_NOT_OBJECT = re.compile(
    r"\b(?:while|and|but|as|when|whereas|which|who|after|before|since|fell|rose|grew|dropped|"
    r"climbed|jumped|increased|decreased|declined|slipped|soared|plunged|went|was|were|is|are)\b"
    # a participle opens a move of its own: "rose 5.5%, slowing to 2.5% … from 5%"
    r"|^[\s,;]*[a-z]+ing\b"
)


def _plain_object(gap: str) -> bool:
    """Whether the words before "to" are only the object of the verb before them."""
    return _NOT_OBJECT.search(gap) is None


#: "grew by 41 to 596, up from 565": the direction again before the earlier level.
_UP_DOWN_FROM = re.compile(r"[,;]?\s*(?:up|down)\s+from(?:\s+(?:the|a|an))?")
#: "to $151.20 in extended trading in New York, from $143": where the level was reached.
_WHERE_THEN_FROM = re.compile(r"(?:in|on|at|during)\s+(?:[a-z'’-]+\s+){0,5}?[a-z'’-]+\s*,\s*from")
#: Before an earlier level: "…, compared with 51 in 1993".
_ENDS_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus|than)\s*(?:the\s+)?$")
#: "£870m, compared with £970m in the first quarter, a fall of 12%".
_COMPARED_WITH = re.compile(
    # the level's own short predicate may come first: "14% were obese, compared with 10%"
    r"(?:(?:[a-z'’-]+\s+){0,2}[a-z'’-]+\s*[,;]\s*|[,;]\s*)?"
    r"(?:compared\s+(?:with|to)|against|versus)(?:\s+(?:the|a|an))?"
)
#: "halved its losses to $30m": the object, then the later level.
_OBJECT_TO = re.compile(
    r"(?:(?:its|their|the|his|her)\s+)?(?:[a-z'’-]+\s+){0,4}[a-z'’-]+\s*,?\s*to"
)  # "halved the number of goals conceded to 19"
#: A ratio word used as a verb: "will double", "plans to triple" (no trend printed).
_VERB_BEFORE_MULTIPLE = re.compile(r"\b(?:will|would|to|could|may|might|must|should)$")
#: "halving its debt, from $500m to $200m": the object, then the earlier level.
_OBJECT_FROM = re.compile(_OBJECT.pattern + r"\s*from(?:\s+(?:the|a|an))?")
_ENDS_FROM = re.compile(
    r"(?:.*\s)?from(?:\s+(?:a|an|the|its|their)(?:\s+(?:record|low|high|revised|total|level))?"
    r"(?:\s+of)?)?"
)
_UP_FROM = re.compile(
    r"(?:(?:of|in|for|at|on|across)\s[a-z' -]{0,50}?)?"
    r"(?:[,(—–-]\s*)?(?:up|down|higher|lower|rising|falling)\s+from"
)
_CHANGE_VERB = re.compile(r"(?:^|.*\s)([a-z]+)\s+from(?:\s+\S+){0,3}$")
_OR = re.compile(
    r"(?:[,(—–-]\s*)?(?:or|that is|i\.e\.|representing|equal to|some|"
    # "cut a third of its 6,000 staff, with the loss of 1,500 jobs": the same cut
    r"with the loss of)?"
    r"(?:\s*(?:only|just|a mere))?"
)
#: "votes were cast, or", "nurses questioned, or": a short predicate before the share
#: Words that say the next figure restates the one before: "or", "that is", a bracket.
_SAID_AGAIN = re.compile(r"\bor\b|\bthat is\b|\bi\.e\.|\brepresenting\b|\bequal to\b|\(")
#: Words of a part's own, then a dash: "failed to arrive within 10 minutes of their
#: scheduled time -".
_WORDS_DASH = re.compile(r"(?:[a-z0-9'‹›-]+\s+){0,15}[a-z0-9'‹›-]+\s*[-–—]")
#: After a share: the whole named again, "of the total", "of them", "of all of them".
#: (closing its clause: "60% of them women", "2% of the total nationally" are of others)
_OF_THE_WHOLE_AGAIN = re.compile(
    r"\s+of\s+(?:the\s+total|the\s+whole|them|all\s+of\s+them)\s*(?:[.;,)]|$)"
)
#: Right after a share: the end of its clause, so no whole or basis of its own follows.
_SHARE_ENDS = re.compile(r"\s*(?:[.;,)]|$)")
_WORDS_OR = re.compile(
    # a clause may narrow the whole: "1,612 of the 2,480 pupils who sat both papers, or 65%"
    r"(?:(?:[a-z'-]+\s+){0,4}[a-z'-]+|(?:[a-z'-]+\s+){0,4}?(?:who|that|which)(?:\s+[a-z'-]+){1,7})"
    r"\s*(?:,\s*or|\()"
)
_OF = re.compile(
    r"(?:out\s+)?of(?:\s+(?:the|its|their|all|these|those|a\s+total\s+of))?(?:\s+[a-z]+'s)?"
)
_OF_TAIL = re.compile(
    # the whole's owner may be a name of a few words: "of the Hadley Museum's £206m"
    r"[,)—–-]?\s*of(?:\s+(?:the|its|their|all|a\s+total\s+of))?(?:(?:\s+[a-z-]+){0,2}\s+[a-z]+'s)?"
)
_OPEN = re.compile(r"[(—–-]")
_OF_WHICH = re.compile(r"(?:of|among)\s+(?:which|whom|them|these|those)")
_CLOSE_OF = re.compile(r"[)—–-]\s*of(?:\s+(?:the|its|their|all))?")
_ACCOUNTS = re.compile(
    r"(?:[a-z'-]+\s+){0,6}?(?:accounts?|accounted|accounting|makes?\s+up|made\s+up|represents?|"
    r"represented|is|was|are|were)(?:\s+for)?"
)
_TIMES_OF = re.compile(
    r"(?:the|that\s+of|as\s+(?:many|much|high|large|big)\s+as|(?:more|higher|larger|bigger)\s+than)"
)
_IS = re.compile(r"(?:[,—–-]\s*)?(?:is|was|are|were|or|now)?")
#: The rest of the first figure's clause, then a comma: "1.3 million homes have panels,".
_CLAUSE_THEN_COMMA = re.compile(
    r"\s*(?:(?!(?:and|but|while|whereas|with|which|who|when|after|as|than)\b)[a-z'’-]+\s+){0,3}"
    r"(?!(?:and|but|while|whereas|with|which|who|when|after|as|than)\b)[a-z'’-]+\s*,\s*"
)


#: Patterns of a change with one of its levels left out: the rule only reports the
#: level they imply, so their figures may still take part in a checked relation.
ONE_LEVEL = frozenset({"C to B", "C from A", "B, a C change"})

# ------------------------------------------------------------------ detectors
Detector = Callable[[Sentence], Iterator[Relation]]


def make_relation(
    sentence: Sentence,
    rule: str,
    pattern: str,
    roles: Mapping[str, RoleValue],
    options: Mapping[str, Any] | None = None,
) -> Relation:
    """A relation of ``sentence``: the rule, its roles' figures, and the wording that was read."""
    return Relation(rule, dict(roles), (sentence.start, sentence.end), pattern, dict(options or {}))


def _change_rule(
    change: Figure, levels: Sequence[Figure]
) -> tuple[str, Figure, tuple[Figure, ...]] | None:
    """The rule that checks a stated change against its levels, or ``None``.

    A percent change (or a fraction in words) is relative; percentage points
    are a difference of shares; a change in the levels' own unit is a plain
    difference; a ratio word is a multiple. The levels must be one kind of
    number (two shares, two sums of money, two counts).
    """
    same = same_kind(*levels)
    if same is None:
        return None
    if change.kind is Kind.MULTIPLE:
        return "multiple", change, same
    key = unit_key(change)
    if key == "percent" or is_fraction_word(change):
        return "percent_change", change, same
    if key == "point":
        if unit_key(same[0]) != "percent":
            return None  # index points ("fell 300 points") are not shares
        return "point_change", change, same
    joined = same_kind(change, *same)
    if joined is None:
        return None
    if key == "count" and unit_text(change.unit) == "dimensionless" and joined[0] is not change:
        change = joined[0]
    return "point_change", change, joined[1:]


def _with_trend(change: Figure, verb_gap: str) -> Figure | None:
    """A change printed without a direction takes the verb's ("rose … or 28%")."""
    if change.trend is not None:
        return change
    match = _CHANGE_VERB.fullmatch(verb_gap) if len(verb_gap) <= 160 else None
    if match is None:
        return None
    trend = TREND_PREFIXES.get(match.group(1))
    return None if trend is None else attrs.evolve(change, trend=trend)


#: After an earlier level, a time that is not the year before: the change stated with
#: the later level may be the day's or the month's ("from 300p a year ago", "from $95 at
#: the end of September", "from 480 in 2020", "from $2,000 in January").
OTHER_BASE_AFTER = re.compile(
    r"\s+(?:in\s+the\s+same\s+(?:period|quarter|month|week|half)|in\s+(?:19|20)\d\d|in\s+(?:early\s+|late\s+|mid-?)?(?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December)|at\s+(?:the\s+)?(?:start|end|"
    r"beginning|peak|its|a)\b|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"eighteen|\d+)\s+(?:years?|"
    r"months?|weeks?|days?)\s+(?:ago|earlier|before)|since\b|a\s+(?:month|week|day)\s+(?:earlier|"
    r"ago|before)|the\s+previous\s+(?:week|month|day|quarter)|on\s+(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)|last\s+(?:week|month))"
)
#: What may follow a change stated after its levels: the end of the clause, a source, or
#: a reason; anything else ("on a like-for-like basis", "in volume terms", "per share",
#: "since 2015") gives the change another base than the two levels.
#: A comma that ends a change's clause, unless a qualifier of the change follows it.
_COMMA_END = (
    r",(?!\s*(?:on|per|excluding|including|compared|against|from|since|once|when|"
    r"adjusted|seasonally|by\s+(?:volume|value)|after\s+(?:inflation|stripping)|"
    r"like-for-like|underlying)\b)"
)
_CHANGE_ENDS = re.compile(
    r"\s*(?:[.;:!?)]|$"
    # the things counted: "an increase of 30 pairs."
    r"|[ \t]+[a-z]+s\s*(?:[.;:!?)]|$)"
    rf"|{_COMMA_END})"
    r"|\s+(?:a\s+year|annually|year[\s-]on[\s-]year|on\s+last\s+year|on\s+the\s+year|"
    r"on\s+(?:a|the)\s+year\s+(?:earlier|ago|before)|on\s+the\s+previous\s+year|"
    r"in\s+relative\s+terms)\s*(?:[.,;:!?]|$)"
    # the change's own noun: "a 20% fall", "a 61% increase on a year earlier" (", seasonally
    # adjusted" after it is another base)
    r"|\s+(?:rise|increase|fall|drop|decline|jump|gain|cut|reduction|slump|surge|leap|climb|"
    r"growth|decrease|higher|lower|up|down)\b(?:\s+on\s+(?:a|the)\s+year\s+(?:earlier|ago|"
    rf"before)|\s+on\s+last\s+year)?\s*(?:[.;:!?)]|$|{_COMMA_END})"
)
#: Words after a change that give it another base than the two levels.
_BASE_QUALIFIER = re.compile(
    r"\s*,?\s*(?:on\s+a\s+[\w-]+(?:\s+[\w-]+)?\s+basis|at\s+constant|in\s+(?:volume|real|underlying|"
    r"value|relative|nominal|dollar|sterling|euro)\s+terms|(?:on\s+a\s+)?like-for-like|per\s+[a-z]+|"
    r"since\b|compared\s+(?:with|to)|excluding|after\s+(?:inflation|stripping)|once\b|"
    r"seasonally\s+adjusted|by\s+(?:volume|value)\b|"
    r"(?:from|on)\s+(?:a|the)\s+(?:year|month|week)\s+(?:ago|earlier|before)|"
    r"on\s+the\s+previous\s+(?:month|week|day|quarter)|month[\s-]on[\s-]month|"
    r"in\s+the\s+(?:month|week|day)\b)",
    re.IGNORECASE,
)
#: Words of how good a measure is, not which way it moved.
_GOODNESS = re.compile(r"\b(?:improv|worsen|deteriorat)\w*", re.IGNORECASE)
#: Shapes added from reviews' texts: a change after the levels must end its clause.
_PLAIN_END = frozenset(
    {"to B from A, a C change", "B, compared with A, a C change", "B, up from A, a C change"}
)
#: After a fraction word, points: "half a percentage point", "a quarter of a point".
_POINT_WORDS = re.compile(r"\s+(?:of\s+)?an?\s+(?:percentage\s+)?point", re.IGNORECASE)


def change_relation(
    sentence: Sentence,
    pattern: str,
    change: Figure,
    start: Figure | None,
    end: Figure | None,
) -> Relation | None:
    levels = [f for f in (start, end) if f is not None]
    if any(f.trend is not None or f.kind is Kind.MULTIPLE or f.parts for f in levels):
        return None  # a level is one amount, not a range of prices or a change
    text = sentence.text
    if RATE_AFTER.match(text, change.span[1]) or (
        (change.kind is Kind.MULTIPLE or is_fraction_word(change))
        and REPEATED_AFTER.match(text, change.span[1])
    ):
        return None  # "rose 3% a year, from …", "doubled twice": a rate, not the whole change
    if start is not None and SOURCE_AFTER.match(text, start.span[1]):
        return None  # "rose 10% to £110m from £1.2bn of sales": a source, not a level
    if start is not None and _OTHER_BASIS_AFTER.match(text, start.span[1]):
        return None  # "Underlying profit rose 6% to £1.2bn, from £1.05bn on a reported basis"
    # "…, a rise of 3% on a like-for-like basis": a change of another base. The shapes
    # found from real news keep their wording; the newer ones ask for a plain end.
    if (
        start is not None
        and change.start > max(f.start for f in levels)
        and (
            _BASE_QUALIFIER.match(text, change.span[1])
            or (pattern in _PLAIN_END and not _CHANGE_ENDS.match(text, change.span[1]))
        )
    ):
        return None
    if _POINT_WORDS.match(text, change.span[1]) and is_fraction_word(change):
        return None  # "a rise of half a percentage point": points, not a half
    if (
        start is not None
        and end is not None
        and change.trend is not None
        and start.value is not None
        and end.value is not None
        and (change.trend is Trend.UP) != (end.value > start.value)
        and _GOODNESS.search(text, sentence.start, sentence.end)
    ):
        # "the ratio improved to 94.8% from 101.2%, a gain of 6.4 points": a gain in how
        # good the measure is, which for a ratio where lower is better is a fall
        return None
    found = _change_rule(change, levels)
    if found is None:
        return None
    rule, change, same = found
    roles: dict[str, RoleValue] = {"factor" if rule == "multiple" else "change": change}
    shaped = iter(same)
    if start is not None:
        roles["from"] = next(shaped)
    if end is not None:
        roles["to"] = next(shaped)
    return make_relation(sentence, rule, pattern, roles)


def _changes(sentence: Sentence) -> Iterator[Relation]:
    """Stated changes between two levels, or to or from one level.

    ``from A to B, a C rise``; ``C to B from A``; ``C from A to B``; ``B, up
    C from A``; and with one level left out (the rule then reports the
    implied value): ``B, a C increase``, ``C to B``, ``C from A``.
    """
    items = sentence.items
    used: set[int] = set()
    n = len(items)
    for i in range(n):
        if i in used:
            continue
        found = _change_at(sentence, i)
        if found is None:
            continue
        relation, taken = found
        used.update(taken)
        yield relation


def from_range(figure: Figure) -> bool:
    """``from $15 to $45`` read as one range figure: two levels when a change precedes."""
    return (
        figure.hedge is Hedge.BETWEEN
        and len(figure.parts) == 2
        and figure.text[:5].lower() == "from "
        and figure.kind is Kind.QUANTITY
    )


#: Between an amount and the one that qualifies it: "49 points from 24 games".
_QUALIFYING = re.compile(r"(?:from|in|after|over|with)")


def qualifies_another(sentence: Sentence, i: int) -> bool:
    """``30 goals in 38 matches, up from 24``: B leans on an amount just before it.

    Which of the two the "up from" is about, the words do not say, so no
    change is read (a false alarm costs more than a miss).
    """
    if i == 0:
        return False
    before = sentence.items[i - 1]
    if before.kind is not Kind.QUANTITY:
        return False
    # "49 points from 24 games, up from 46": B is what the amount before it came from
    return not any(mark in sentence.gap(i - 1) for mark in ",;:.") or bool(
        _QUALIFYING.fullmatch(sentence.gap(i))
    )


def _change_at(sentence: Sentence, i: int) -> tuple[Relation, tuple[int, ...]] | None:
    items = sentence.items
    n = len(items)
    gap = sentence.gap
    x = items[i]
    y = items[i + 1] if i + 1 < n else None
    z = items[i + 2] if i + 2 < n else None
    # from A to B, (an increase of | up | or) C
    if y is not None and z is not None and fits(_ENDS_FROM, gap(i), 200) and fits(_TO, gap(i + 1)):
        if (
            fits(_THEN_CHANGE, gap(i + 2))
            and not (z.trend is None and _NEXT_IN_SERIES.fullmatch(gap(i + 2)))
            # ("to 1.5 million in 2022 and 1.9 million in 2023": the next level, no change)
            and not _SHARE_OF_AFTER.match(sentence.text, z.span[1])
            and not from_range(z)
            and " in " not in z.text
            # "rose from 13.8% to 15%, and a 6.7% increase in the minimum wage": "and"
            # joins another thing's move, which names what it moved or has its own verb
            # ("…, and a 5% rise is forecast for next year")
            and not (
                "and" in gap(i + 2).split()
                and (
                    _OWN_MEASURE.match(sentence.text, z.span[1])
                    or _OWN_VERB.match(sentence.text, z.span[1])
                )
            )
            # "to £1,717 from 1 October, 6% lower than a year earlier": another base
            and not _THAN_ANOTHER.match(sentence.text, z.span[1])
        ):  # ("rose from 118 to 128, or 20% of the 646 MPs": a share, "one in 200": a rate)
            change = _with_trend(z, gap(i))
            if change is not None:
                rel = change_relation(sentence, "from A to B, a C change", change, x, y)
                if rel is not None:
                    return rel, (i, i + 1, i + 2)
        return None  # a plain move from A to B states no change to check
    # a ratio word used as a verb moves its object as a trend does: "will double"
    moving = x.trend is not None or (
        x.kind is Kind.MULTIPLE and _VERB_BEFORE_MULTIPLE.search(sentence.lead(i)) is not None
    )
    if (
        moving
        and y is not None
        and from_range(y)
        and (not gap(i + 1) or fits(_OBJECT, gap(i + 1), 40))
    ):
        # "has tripled since 2019, from $15 to $45": the range's ends are the two levels
        if _THEN_ANOTHER_LEVEL.match(sentence.text, y.span[1]):
            return None  # "rose 12%, from £9,000 to £9,250 and then to £10,080": ends later
        rel = change_relation(sentence, "C, from A to B", x, y.parts[0], y.parts[1])
        return None if rel is None else (rel, (i, i + 1))
    if moving and y is not None:
        # C to B from A / C from A to B; "halved its losses to $30m from $60m"
        to_b = z is not None and (
            fits(_TO, gap(i + 1)) or (fits(_OBJECT_TO, gap(i + 1)) and _plain_object(gap(i + 1)))
        )
        plain_from = to_b and fits(_FROM, gap(i + 2)) is not None
        loose_from = to_b and (
            fits(_UP_DOWN_FROM, gap(i + 2)) is not None
            or fits(_WHERE_THEN_FROM, gap(i + 2)) is not None
        )
        if plain_from or loose_from:
            assert z is not None
            when = sentence.raw_gap(y.span[1], z.start)
            ago = _YEAR_BEFORE_AFTER.match(sentence.text, z.span[1])
            other = ago or OTHER_BASE_AFTER.match(sentence.text, z.span[1])
            own = sentence.raw_gap(x.span[1], y.start)
            if _CHANGE_BASIS.search(own):
                return None  # "rose 12% in constant currencies to $5.6bn, from $5.3bn"
            if _GAP_MOVED.search(sentence.lead(i)):
                return None  # "Labour's lead has been cut by 4 points, to 38% against 35%"
            if ELSEWHERE_AFTER.match(sentence.text, z.span[1]) or _RIVAL_AFTER.match(
                sentence.text, z.span[1]
            ):
                # "rose by £50 to £950, compared with £800 in Leeds", "… with 15p at Bcme",
                # "… with 900,000 for its nearest rival": another place's or party's
                return None
            if _TALLY_AFTER.match(sentence.text, x.span[1]):
                return None  # "cut by 12 votes to 9": a vote's tally, no change and level
            if _COMPARED.search(when) and (
                QUALIFIED_AFTER.match(sentence.text, z.span[1])
                or _AGENT_AFTER.match(sentence.text, z.span[1])
            ):
                # "rose by 5% to £37,000, compared with £35,000 for women", "… against
                # 140p for petrol", "… against £12m in 2019": another group's or time's
                return None
            if i and items[i - 1].trend is not None and re.search(r"\band\b", gap(i)):
                # "rose by 1% on Monday and by 0.5% on Tuesday, to 8,240 from 8,118": the
                # levels span both moves
                return None
            if _ONE_GRAIN.match(sentence.text, z.span[1]) and _LONGER_GRAIN.search(
                own + " " + when
            ):
                # "rose 1.6% in the year to October, to B, from A in September": the
                # change is the year's, A the month before's
                return None
            after = sentence.text[z.span[1] : z.span[1] + 40]
            if _WHEN_AFTER.match(sentence.text, z.span[1]):
                return None  # "compared with 300p when the company floated": another time's
            if other and not _between_dates(own, when, after):
                # (the period may be told where the level was reached: "to 4.3% in the
                # three months to June, compared with 4.6% a year ago")
                short = (
                    _SHORT_CHANGE.search(own)
                    or _SHORT_SPAN.search(when)
                    or (_COMPARED.search(when) and _SHORT_CHANGE.search(when))
                )
                yearly = (
                    ago is not None
                    and not short
                    # "In March, home sales fell 2% to 41,000, down from 52,000 a year
                    # earlier": a month's move (review 2), "In the latest week", "by value"
                    and not _OWN_TIME_OR_BASIS.search(sentence.raw_gap(sentence.start, x.start))
                    # "Over the past two years, burglaries have fallen 31% to …", "Relative to
                    # 2019,", "Excluding …,": a phrase opening the sentence sets the change's
                    # own span or basis (review 3)
                    and "," not in sentence.raw_gap(sentence.start, x.start)
                    and (
                        (
                            (found := measure_of(sentence.text, sentence.start, y)) is not None
                            and found[0] in _YEARLY_FLOWS
                        )
                        # "Thefts fell 23% to 1,410, down from 1,830 a year earlier": things
                        # counted over a year (a price or an index moves by the day)
                        or (
                            unit_key(y) == "count"
                            and unit_key(z) == "count"
                            and not _MARKET_WORDS.search(
                                sentence.text, sentence.start, sentence.end
                            )
                            # "grew by 2,000 to 53,000 in the quarter, up from 37,000 a year
                            # earlier": a shorter period's move
                            and not _PART_OF_A_YEAR.search(own + " " + when)
                            and _a_years_count(own, y, z)
                        )
                    )
                )
                if short or (loose_from and not yearly):
                    # "rose 3% to 412p on Friday, up from 300p a year ago": the day's move,
                    # a year's levels ("profit rose 38% to A$648m, up from A$470m a year
                    # earlier" is the year's; "fell by 11,200 in January to 823,300, down
                    # from 843,500 in December" moves between the two months)
                    return None
            rel = change_relation(sentence, "C to B from A", x, z, y)
            return None if rel is None else (rel, (i, i + 1, i + 2))
        if (
            z is not None
            and (fits(_FROM, gap(i + 1)) or fits(_OBJECT_FROM, gap(i + 1)))
            and fits(_TO, gap(i + 2))
        ):
            if _PARTICIPLE.search(gap(i + 1)) and (
                unit_key(y) == "percent"
                or _LATER_LEVEL.match(sentence.text, z.span[1], sentence.end)
            ):
                # "Coal output halved in a year, falling from 40% to 24% of the power mix":
                # the participle moves a share of a whole that moved too; "falling from 512
                # in the spring to 204 by the autumn, before recovering to 256": the change
                # spans more than the two levels (review 3)
                return None
            rel = change_relation(sentence, "C from A to B", x, y, z)
            return None if rel is None else (rel, (i, i + 1, i + 2))
        if fits(_TO, gap(i + 1)) and not (z is not None and fits(_FROM, gap(i + 2))):
            rel = change_relation(sentence, "C to B", x, None, y)
            return None if rel is None else (rel, (i, i + 1))
        if fits(_FROM, gap(i + 1)) and not (
            "from" not in gap(i + 1) and unit_key(x) == "percent" == unit_key(y)
        ):
            # ("growth of 6-6.5% in 2004, compared with 8.2% in 2003" compares two rates)
            rel = change_relation(sentence, "C from A", x, y, None)
            return None if rel is None else (rel, (i, i + 1))
    if (
        y is not None
        and z is not None
        and x.trend is None
        and y.trend is None
        and fits(_UP_FROM, gap(i + 1))
        and fits(_THEN_CHANGE, gap(i + 2))
        and not fits(_ENDS_FROM, gap(i), 200)
    ):
        # B, up from A, a rise of C
        change = z if z.trend is not None else None
        if change is not None and not qualifies_another(sentence, i):
            rel = change_relation(sentence, "B, up from A, a C change", change, y, x)
            return None if rel is None else (rel, (i, i + 1, i + 2))
    if (
        y is not None
        and z is not None
        and x.trend is None
        and y.trend is None
        # "…, a drop of 15.3%", "…, 50% higher", "…, more than double"
        and (z.trend is not None or z.kind is Kind.MULTIPLE)
        and _ENDS_TO.search(gap(i))
        and fits(_FROM, gap(i + 1))
        and fits(_THEN_CHANGE, gap(i + 2))
        and (gap(i + 2) or sentence.joint(i + 2).strip().startswith(","))
    ):
        # "fell to 231,500 from 262,300 a year earlier, a drop of 15.3%"
        rel = change_relation(sentence, "to B from A, a C change", z, y, x)
        return None if rel is None else (rel, (i, i + 1, i + 2))
    if (
        y is not None
        and z is not None
        and x.trend is None
        and y.trend is None
        and z.trend is not None
        and fits(_COMPARED_WITH, gap(i + 1))
        and fits(_THEN_CHANGE, gap(i + 2))
        and gap(i + 2)
        and not fits(_ENDS_FROM, gap(i), 200)
        and not ELSEWHERE_AFTER.match(sentence.text, y.span[1])
    ):
        # "profit was £870m, compared with £970m in the first quarter, a fall of 12%"
        if _ANOTHER_BASE.match(sentence.text, z.span[1]):
            return None  # "…, a rise of 12% on a year earlier": not against A
        rel = change_relation(sentence, "B, compared with A, a C change", z, y, x)
        return None if rel is None else (rel, (i, i + 1, i + 2))
    if (
        y is not None
        and y.trend is not None
        and x.trend is None
        and (fits(_THEN_CHANGE, gap(i + 1)) or (i == 0 and fits(_OWN_PHRASE_THEN_CHANGE, gap(1))))
    ):
        if "and" in gap(i + 1).split() and _OWN_MEASURE.match(sentence.text, y.span[1]):
            return None  # "… to 15%, and a 6.7% increase in the minimum wage": another's
        if _CLAUSE_OPENS_BEFORE.search(sentence.raw_gap(sentence.start, x.start)):
            # "Its fleet stood at 412 aircraft after 30 had been retired, down 3.5% from
            # 427": the amount of a clause of its own is no level of the change (review 5)
            return None
        if fits(_ENDS_FROM, gap(i), 200) or _ENDS_COMPARED.search(gap(i)):
            # "from A, up C", "compared with 51 in 1993, a 19-fold increase": A is the
            # start, its end is not stated (or not next to it)
            return None
        # B, up C from A; "B, 6% more than the A", "B, an increase of 11% on the A" (of
        # the same things: "281,500 students …, up 3%, from 412,000 applicants" is not)
        if z is not None and fits(_FROM, gap(i + 2)) and nouns_agree(x, z):
            rel = change_relation(sentence, "B, up C from A", y, z, x)
            return None if rel is None else (rel, (i, i + 1, i + 2))
        if z is not None and fits(_ON_THE, gap(i + 2)) and _base_named(sentence, i):
            rel = change_relation(sentence, "B, up C from A", y, z, x)
            return None if rel is None else (rel, (i, i + 1, i + 2))
        if z is not None and fits(_TO, gap(i + 2)):
            return None  # "B, up C to D": two levels for one change
        rel = change_relation(sentence, "B, a C change", y, None, x)
        return None if rel is None else (rel, (i, i + 1))
    return None


def _multiples_of(sentence: Sentence) -> Iterator[Relation]:
    """``B, three times the A`` and ``B is twice A``: a ratio between two amounts."""
    items = sentence.items
    for i in range(len(items) - 2):
        b, times, a = items[i], items[i + 1], items[i + 2]
        if times.kind is not Kind.MULTIPLE or times.trend is not None:
            continue
        if not fits(_TIMES_OF, sentence.gap(i + 2), 30):
            continue
        if not (
            fits(_IS, sentence.gap(i + 1), 20)
            or fits(_CLAUSE_THEN_COMMA, sentence.joint(i + 1).lower(), 50)
        ):
            continue
        same = same_kind(a, b)
        if same is None or a.trend is not None or b.trend is not None:
            continue
        reading = "more" if "than" in sentence.gap(i + 2) else "times"
        yield make_relation(
            sentence,
            "multiple",
            "B, n times the A",
            {"from": same[0], "to": same[1], "factor": times},
            {"reading": reading},
        )


#: "more than 300 of them", "(8 of them foreign)": a figure that is a part of the one
#: before, not compared with it or restating it.
PART_OF = re.compile(r"\s*(?:of|among)\s+(?:them|whom|which|those|these)\b")
#: "Of these, 200 …": the whole is another sentence's, the first figure a part.
_POINTED_WHOLE = re.compile(r"\b(?:these|those|them|this|that)\s*,\s*$")
_OF_LEAD = re.compile(
    r"(?:(?:but|and|yet)\s+)?of(?:\s+(?:the|its|their|these|those|all))?"
    # "Of the extra £6.4bn": a word of what the whole is before it
    r"(?:\s+(?:extra|additional|new|total|whole|entire|planned|promised|proposed|annual))?"
)
#: The whole's things after "Of the N", perhaps with a clause that narrows them ("Of
#: the 1,250 adults surveyed who had tried to book an appointment, 412, or 23%").
_OF_THE_N = re.compile(r"(?:[a-z'-]+\s+){0,11}?[a-z'-]*\s*,?")


#: After the share of "Of the N, K, or C": a whole of its own ("of those who …", "of
#: all complaints"), not the N again ("of them", "of the total").
_OF_OWN_WHOLE = re.compile(
    r"\s+of\s+(?!them\b|the\s+total\b|the\s+whole\b)"
    # a fraction word as a ratio to another figure: "half their 2019 total", "half as
    # many as in 2019", "a third that of Labour"
    r"|\s+(?:as\s+(?:many|much|large|big|high)|(?:their|its|his|her|that|those)\b)"
    r"|\s+the\s+(?:\d{4}\s+|previous\s+|last\s+)?(?:figure|total|level|number|tally)\b"
)


#: Around an amount: a difference, no whole ("a premium of £100m to its value", "£200,000
#: above the asking price").
_A_DIFFERENCE_BEFORE = re.compile(
    r"\b(?:premium|discount|margin|gap|difference|shortfall|surplus|deficit)\s+of\s+$", re.I
)
_A_DIFFERENCE_AFTER = re.compile(
    r"\s+(?:above|below|over|under|more\s+than|less\s+than|higher\s+than|lower\s+than|"
    r"short\s+of|ahead\s+of|to\s+(?:its|the|their))\b",
    re.IGNORECASE,
)
#: Plural nouns of people: "whom" may count only these ("300 staff, 40 of whom").
_PEOPLE_PLURALS = frozenset(
    {"staff", "workers", "employees", "members", "residents", "pupils", "students"}
    | {"children", "men", "women", "people", "patients", "voters", "players", "passengers"}
    | {"customers", "nurses", "doctors", "teachers", "mps", "officers", "soldiers", "victims"}
    | {"adults", "journalists", "executives", "directors", "managers", "councillors"}
    | {"candidates", "delegates", "investors", "shareholders", "fans", "migrants", "refugees"}
    | {"prisoners", "inmates", "athletes", "drivers", "pilots", "farmers", "miners", "users"}
    | {"visitors", "tourists", "applicants", "graduates", "judges", "jurors", "police"}
)


def plural_word(word: str) -> bool:
    """Whether a lower-case word reads as a plural noun a count may count: "people",
    "banks" (not "business", nor "earnings" and "savings", which count no things)."""
    return word in PLURALS_WITHOUT_S or (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ings", "ss"))
    )


def whole_before_which(sentence: Sentence, whole: Figure, part: Figure) -> bool:
    """Whether "of which"/"of whom" after ``whole``'s clause points at it.

    An amount that is a difference ("a premium of £100m", "£200,000 above the
    asking price") is no whole. For a count, the pronoun's noun is the last plural
    before it: a second plural is another noun ("Three firms run the city's
    hospitals, just 20 of which"), and "whom" counts people ("4 shelters for the
    homeless, 300 of whom" counts the homeless).
    """
    text = sentence.text
    if _A_DIFFERENCE_BEFORE.search(text, max(0, whole.start - 30), whole.start):
        return False
    if _A_DIFFERENCE_AFTER.match(text, whole.span[1]):
        return False
    if unit_key(whole) != "count":
        return True
    words = re.findall(r"[A-Za-z'’-]+", text[whole.start : part.start].lower())
    plurals = [w for w in words if "'" not in w and "’" not in w and plural_word(w)]
    if len(plurals) > 1:
        return False
    pronoun = text[part.span[1] : part.span[1] + 12].lower()
    return "whom" not in pronoun or (bool(plurals) and plurals[0] in _PEOPLE_PLURALS)


def _shares(sentence: Sentence) -> Iterator[Relation]:
    """A part, its whole and the share it is, in one of several orders.

    ``K of N, or C``; ``C of N, or K``; ``C (K) of N``; ``K, or C, of N``
    (and ``K, or C of N``); ``K accounts for C of N``; ``Of the N …, K, or C``.
    """
    items = sentence.items
    gap = sentence.gap
    if (
        len(items) >= 3
        and fits(_OF_LEAD, gap(0), 20)
        and is_share(items[2])
        and fits(_OF_THE_N, sentence.raw_gap(items[0].span[1], items[1].start), 100)
        # "412, or 33%, smoked"; "48 are abroad, or 12.4%": a short verb phrase may come first
        and (
            (fits(_OR, gap(2), 20) and gap(2))
            or fits(_WORDS_OR, gap(2), 50)
            # "57,125 failed to arrive on time - 12.4% of the total": a dash, then a share
            # that names the whole again
            or (
                fits(_WORDS_DASH, gap(2), 90)
                and _OF_THE_WHOLE_AGAIN.match(sentence.text, items[2].span[1])
            )
        )
        and not _SHARE_OF_ANOTHER_KIND.match(sentence.text, items[2].span[1])
        # after a bare dash the share must end its clause or name the whole again: "30
        # raised council tax - two-thirds of them by the maximum allowed" (review 6)
        and not (
            gap(2).strip() in ("-", "–", "—")
            and not _SHARE_ENDS.match(sentence.text, items[2].span[1])
            and not _OF_THE_WHOLE_AGAIN.match(sentence.text, items[2].span[1])
        )
    ):
        whole, part, share = items[0], items[1], items[2]
        same = same_kind(part, whole)
        elsewhere = (
            _SHARE_OF_ANOTHER.match(sentence.text, share.span[1])
            or WEIGHTED.search(sentence.text, sentence.start, sentence.end)
            # "600, or 40% of those who expressed a view", "10, or 0.1% of all complaints":
            # the share names a whole of its own
            or _OF_OWN_WHOLE.match(sentence.text, share.span[1])
        )  # "5% of its workforce"; "41% once the results were weighted"
        if (
            same is not None
            and unit_key(part) != "percent"
            and not (part.trend or whole.trend)
            and not elsewhere
        ):
            yield make_relation(
                sentence,
                "share",
                "Of the N, K, or C",
                {"part": same[0], "whole": same[1], "share": share},
            )
    if (
        len(items) >= 3
        and fits(_OF_LEAD, gap(0), 20)
        and is_share(items[1])
        and not is_share(items[2])
        and fits(_OF_THE_N, sentence.raw_gap(items[0].span[1], items[1].start), 100)
        and fits(_OR, gap(2), 20)
        and gap(2)
        and not _SHARE_OF_ANOTHER_KIND.match(sentence.text, items[2].span[1])
        and not _SHARE_OF_ANOTHER.match(sentence.text, items[1].span[1])
        and not WEIGHTED.search(sentence.text, sentence.start, sentence.end)
    ):
        # "Of the 1,240 patients in the trial, 62% - or 769 - reported an improvement"
        whole, share, part = items[0], items[1], items[2]
        same = same_kind(part, whole)
        if (
            same is not None
            and not (part.trend or whole.trend)
            # "Of the 40 schools, 25%, or 3,000 pupils": other things counted; "Of the
            # 2,000 polled, 15%, or 7.5 million nationally": a part no whole holds
            and _counts_the_whole(sentence, part, whole, share)
            and not (
                part.value is not None and whole.value is not None and part.value > whole.value
            )
        ):
            yield make_relation(
                sentence,
                "share",
                "Of the N, C, or K",
                {"part": same[0], "whole": same[1], "share": share},
            )
    for i in range(len(items) - 2):
        x, y, z = items[i], items[i + 1], items[i + 2]
        g1, g2 = gap(i + 1), gap(i + 2)
        found: tuple[str, Figure, Figure, Figure] | None = None
        if (
            _SHARE_OF_ANOTHER.match(sentence.text, z.span[1])
            or _SHARE_OF_ANOTHER.match(sentence.text, x.span[1])
            or (is_share(z) and _SHARE_OF_A_NUMBER.match(sentence.text, z.span[1]))
        ):
            continue  # "40 of its 600 stores, or 10% of its selling space": another whole
        if is_share(z) and fits(_OF, g1, 40) and fits(_OR, g2, 20):
            found = ("K of N, or C", x, y, z)
        elif is_share(x) and fits(_OF, g1, 40) and fits(_OR, g2, 20):
            found = ("C of N, or K", z, y, x)
        elif is_share(x) and fits(_OPEN, g1, 3) and fits(_CLOSE_OF, g2, 20):
            found = ("C (K) of N", y, z, x)
        elif is_share(z) and fits(_OF, g1, 40) and fits(_WORDS_OR, g2, 90):
            found = ("K of N …, or C", x, y, z)
        elif is_share(x) and fits(_OF, g1, 40) and fits(_WORDS_OR, g2, 90):
            found = ("C of N …, or K", z, y, x)
        elif (
            (
                is_share(y)
                and (fits(_OR, g1, 20) and (g1 or sentence.joint(i + 1).strip().startswith(",")))
            )
            or (is_share(y) and fits(_WORDS_OR, g1, 50))
        ) and fits(_OF_TAIL, g2, 30):
            if i and re.search(r"\bof(?:\s+(?:the|its|their))?$", gap(i)):
                # "45 of the 300 MPs who voted, or 7% of the 650": the 300 is a whole, and
                # the share is the 45's of another
                continue
            found = ("K, or C, of N", x, z, y)
        elif (
            is_share(z)
            and fits(_OF_WHICH, g1, 20)
            and (
                (fits(_OR, g2, 20) and g2)
                # words of the part's own, then a share that ends its clause (not "or 30%
                # by value", "or 40% of cancellations across the industry": review 6)
                or (fits(_WORDS_OR, g2, 50) and _SHARE_ENDS.match(sentence.text, z.span[1]))
            )
        ):
            # "412,300 services, of which 57,125 were late, or 12.4%"
            found = ("N, of which K, or C", y, x, z)
        elif (
            is_share(z)
            and fits(_BEFORE_PART, g1, 60)
            and sentence.joint(i + 1).rstrip().endswith(",")
            and fits(_WHICH_OR, g2, 60)
            and whole_before_which(sentence, x, y)
            # "209 of which, or 32% of the Commons": a share of a whole of its own
            and not _OF_OWN_WHOLE.match(sentence.text, z.span[1])
            and not _SHARE_OF_ANOTHER_KIND.match(sentence.text, z.span[1])
        ):
            found = ("N, K of which, or C", y, x, z)
        elif is_share(y) and fits(_ACCOUNTS, g1, 60) and fits(_OF_TAIL, g2, 20):
            found = ("K accounts for C of N", x, z, y)
        if found is None:
            continue
        pattern, part, whole, share = found
        if "with the loss of" in g2 and not _JOBS_LOST.match(sentence.text, part.span[1]):
            continue  # "a fifth of its 500 branches, with the loss of 800 jobs in the UK"
        if "with the loss of" in g2 and not _HEADCOUNT.match(sentence.text, whole.span[1]):
            continue  # "close a fifth of its 500 branches, with the loss of 800 jobs"
        if pattern.startswith("C of N") and PART_OF.match(sentence.text, part.span[1]):
            continue  # "More than half of the 20 players (8 of them foreign)": another part
        if part.value is not None and part.value < 1:
            continue  # "one in five, or 20%, of the 300 schools": a rate, not a count
        if (
            pattern.startswith("K of N")
            and not _SAID_AGAIN.search(g2)
            and not (unit_key(share) == "percent" and any(ch.isdigit() for ch in share.text))
        ):
            continue  # "In 12 of the 16 cities, one in four children": another share
        same = same_kind(part, whole)
        if same is None or unit_key(part) == "percent" or part.trend or whole.trend:
            continue
        yield make_relation(
            sentence, "share", pattern, {"part": same[0], "whole": same[1], "share": share}
        )


#: "2,400 staff in Britain, 600 of which, or 20%": the whole's words, then a comma …
_BEFORE_PART = re.compile(r"(?:(?:[a-z'’-]+\s+){0,5}?[a-z'’-]+)?")
#: … and the pronoun and the share's "or".
_WHICH_OR = re.compile(r"of\s+(?:which|whom)(?:\s+[a-z'’-]+){0,4}(?:\s*,\s*|\s+)or")
#: After a share: a rate or a basis of its own ("or 8% on average", "or 5% a year", "or
#: 30% by sales", "or 30% in sales terms"), so it is no share of the count before.
_SHARE_OF_ANOTHER_KIND = re.compile(
    r"\s+(?:on\s+average|a\s+(?:year|month|week|day)|per\s+\w+|each\s+\w+|annually|"
    r"by\s+(?!the\b)[a-z]+|in\s+[a-z]+\s+terms)\b",
    re.IGNORECASE,
)
#: "with the loss of 1,500 jobs": a headcount cut, told whole (no place, no year after it).
_JOBS_LOST = re.compile(r"\s+(?:jobs|posts|positions|roles)?\s*(?:[.;)]|$|,\s*(?!in\b))")
#: A whole a cut of jobs is a share of: the staff ("its 6,000 staff", "workforce of").
_HEADCOUNT = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:staff|workers|employees|workforce|jobs|people|posts)\b"
)

_SURVEYED = re.compile(r"(?:[a-z'-]+\s+){0,8}?[a-z'-]+\s*,")
#: Largest n a GRIM test is read for: above it every whole percent can be made.
GRIM_LIMIT = 1000


def granularity(sentence: Sentence, taken: set[int]) -> Iterator[Relation]:
    """``C of N people`` and ``Of the N people asked, C …`` with no part stated.

    Can any whole number of N things make C? Only for exact counts of at most
    1,000 (above that every percent printed to a whole number fits) and
    percents printed plainly (``38%``, not ``about 38%``).
    """
    items = sentence.items
    gap = sentence.gap
    for i in range(len(items) - 1):
        if i in taken or i + 1 in taken:
            continue
        x, y = items[i], items[i + 1]
        share: Figure | None = None
        count: Figure | None = None
        pattern = ""
        if unit_key(x) == "percent" and x.trend is None and fits(_OF, gap(i + 1), 30):
            share, count, pattern = x, y, "C of N things"
            after = sentence.tail(i + 1)
            if after.startswith(("'", "of", "’")):
                continue  # "38% of the 23 states' budget" is a share of something else
        elif (
            unit_key(y) == "percent"
            and y.trend is None
            and i == 0
            and fits(_OF_LEAD, gap(0), 20)
            and fits(_SURVEYED, sentence.raw_gap(x.span[1], y.start), 80)
        ):
            share, count, pattern = y, x, "Of the N things, C"
            if sentence.tail(i + 1).startswith("of"):
                continue  # "38% of women": a share of a subgroup
        if share is None or count is None:
            continue
        if share.hedge is not Hedge.ROUNDED or not exact_count(count):
            continue
        assert count.value is not None
        if not 0 < count.value <= GRIM_LIMIT:
            continue
        if WEIGHTED.search(sentence.text, sentence.start, sentence.end + 200):
            continue  # "according to weighted results": no whole number of people needed
        yield make_relation(sentence, "percent_of_n", pattern, {"n": count, "share": share})


_BLOCKING = re.compile(
    r"\b(?:which|where|who|whose|when|while|because|although|than|since|after|before|"
    r"according|per|each|compared|versus|vs|whereas|if|but)\b"
)
_REST = re.compile(r"\b(?:the rest|the remaining|remaining|the other|the others)\b")
_OF_THE_REST = re.compile(r"\bof\s+(?:the\s+)?(?:remaining|rest|these|those|them)\b")
#: Something beside the listed parts: "…, plus two players on loan".
_MORE_AFTER = re.compile(
    r"\b(?:plus|as well as|besides|on top of|excluding|not counting|apart from|other)\b"
)
#: A relative clause the total stands in: "Their defence, which conceded 30, was made up of".
_RELATIVE = re.compile(r"\b(?:which|who|whom|that)\s+(?:[a-z'-]+\s+){0,2}[a-z'-]+$")
_LIST_OPEN = re.compile(
    # the total's own noun may come first: "$375m revenue was split between"
    r"(?:(?:[a-z'-]+\s+){0,2}?(?:is|was|are|were|will be|has been|had been)\s+)?"
    r"(?:split|divided|broken down|made up|comprising|consisting|falls?\s+into)\b[^,;:]{0,20}:?"
)
#: "480 homes:", "capital budget:", "12,000 trees last winter:", "£640m over the next
#: three years:"; "64 medals - 22 gold, …" (a dash opens a list as a colon does)
_COLON = re.compile(r"(?:(?:[a-z'-]+|‹[a-z]›)\s+){0,7}?[a-z'-]*\s*(?::|(?<![a-z'])[-–—])")
#: Up to a list that names each part's holder first, after a colon: "33 seats were shared
#: among four groups: the Conservatives won 14, the Liberal Democrats 12 and …" (one verb
#: of getting, written once: each part is another party's share).
_COLON_THEN_NAMES = re.compile(
    r"(?:(?:[a-z'-]+|‹[a-z]›)\s+){0,6}?[a-z'-]*\s*:\s*(?:the\s+)?(?:[a-z'&-]+\s+){0,3}?"
    r"(?:won|took|got|secured|gained|claimed|held|hold|holds|have|has|had)"
)
#: Before the colon of such a list: the whole was split among the holders.
_SPLIT_WORDS = re.compile(
    r"\b(?:shared|split|divided|distributed|allocated|went\s+to|were\s+won\s+by|broke\s+down)\b"
)
#: Before the colon: only some of the whole is told.
_PARTLY = re.compile(r"\b(?:most|mostly|mainly|largely|majority|many|some|several|widely)\b")
#: Between two parts of such a list: the next holder's name ("the Liberal Democrats",
#: "and independents"), with no verb of its own.
_NEXT_HOLDER = re.compile(
    r"(?:,\s*|\s*,?\s*and\s+)(?:the\s+)?[A-Za-z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3}\s*"
)


def _names_first(sentence: Sentence, parts: Sequence[Figure]) -> bool:
    """Whether each part after the first stands right after its holder's name, as in
    "the Conservatives won 14, the Liberal Democrats 12, the Greens 5 and independents 3",
    and the first holder is named with a capital."""
    text = sentence.text
    colon = text.rfind(":", sentence.start, parts[0].start)
    if colon < 0 or not re.match(r"\s*(?:the\s+)?[A-Z]", text[colon + 1 : parts[0].start]):
        return False
    return all(
        _NEXT_HOLDER.fullmatch(text, a.span[1], b.start) is not None
        for a, b in itertools.pairwise(parts)
    )


#: Words of a rate or a span other than the total's: "£200m a year", "each year".
RATE_WORDS = re.compile(
    r"\b(?:each|every|a|per)\s+(?:year|month|week|day|season)\b(?!\s+(?:earlier|ago|later|before))"
    r"|\bannually\b|\byearly\b",
    re.IGNORECASE,
)
#: A number in words the reader leaves out before a preposition ("eight in the
#: Championship"): a part of the list that no figure stands for.
_DROPPED_NUMBER = re.compile(
    r"\b(?:"
    + "|".join(sorted(w for w, v in WORD_NUMBERS.items() if v >= 2 and w != "dozen"))
    + r")\b",
    re.IGNORECASE,
)
#: Words after a list's last part that go on the part's own description, not a verb.
_NO_VERB_AFTER = frozenset(
    {"in", "on", "at", "for", "from", "to", "by", "of", "with", "and", "or", "but", "each"}
    | {"every", "a", "an", "the", "per", "abroad", "overseas", "apiece", "respectively"}
    | {"this", "last", "next", "so", "while", "which", "who", "across", "outside", "inside"}
    | {"under", "over", "among", "between", "around", "including", "plus", "worth", "as"}
)


def _other_things_do(
    sentence: Sentence, total: Figure, parts: Sequence[Figure], last_tail: str
) -> bool:
    """Whether the listed counts are of other things than the total's, with a verb of
    their own after the list ("1,200 pupils: 85 teachers … and 12 staff look after
    them"): a new clause, not a breakdown of the total."""
    own = _things_of(total)
    others = {n for p in parts if (n := _things_of(p)) is not None}
    if own is None or not others or others == {own}:
        return False
    words = last_tail.strip(" ,").split()
    return bool(words) and words[0].isalpha() and words[0] not in _NO_VERB_AFTER


def _things_of(figure: Figure) -> str | None:
    """The plural noun a count names, if any ("85 teachers": teachers)."""
    if not figure.noun:
        return None
    word = figure.noun.lower().split()[-1]
    return word if plural_word(word) else None


#: A dash standing alone, which opens or closes an aside.
ASIDE_DASH = re.compile(r"(?:^|\s)[-–—](?:\s|$)")


def _until_the_aside_closes(sentence: Sentence, chain: list[int]) -> list[int]:
    """The parts up to a dash that closes the list ("6,500 athletes - 3,300 women and
    3,200 men - and 12,000 volunteers": the volunteers are another count)."""
    for n, k in enumerate(chain[1:], start=1):
        if ASIDE_DASH.search(sentence.joint(k)):
            return chain[:n]
    return chain


#: Before a total that is an average of its groups: "average pay", "the median wage".
_AVERAGE = re.compile(r"\b(?:average|median|mean|typical)\b", re.IGNORECASE)
#: After a part that is the amount for one: "£30 for an adult", "£15 each", "£5 a head".
_EACH_AFTER = re.compile(
    r"(?:\s+[a-z]+)?\s+(?:(?:for|per)\s+(?:an?|each|every|one)\s+[a-z]+|each|apiece|a\s+head)\b"
)
#: After a part: the time it was reached by, so the parts are running totals ("10 by
#: Christmas and 25 by March", "£35m by its second").
_BY_A_TIME = re.compile(
    rf"\s+(?:[a-z]+\s+)?by\s+(?:the\s+end\s+of\s+)?(?:(?:the|its|their)\s+)?"
    rf"(?:{TIME_NAMES}|(?:19|20)\d\d|first|second|third|fourth|fifth|next|last|then|now)\b"
)
#: The last part's own description: "£166m for all other services".
_ALL_OTHER = re.compile(r"^\s*(?:for|on|to|in|from)\s+(?:all\s+)?(?:the\s+)?other\b")
_SPAN_OF_TIME_AFTER = re.compile(
    r"\s+(?:years?|months?|weeks?|days?|quarters?|decades?|seasons?)\b"
)
#: Anything that may open a list of a total's parts: what _COLON, _LIST_OPEN and
#: _COMES_FROM need, one of which must be there.
_OPENS_A_LIST = re.compile(r"[:\-–—]|split|divided|broken|made up|compris|consist|falls? into")
#: "£12.6m will come from three areas:": where the total comes from, part by part.
_COMES_FROM = re.compile(
    r"(?:[a-z'-]+\s+){0,3}?(?:come|comes|came)\s+from(?:\s+‹q›)?(?:\s+[a-z'-]+){0,2}?\s*:"
)
_PARTIAL = re.compile(r"\b(?:including|such as|among|mainly|mostly|chiefly|largely|notably)\b")
_TOTAL_WORDS = re.compile(
    r"(?:.*[,;(—–-]\s*)?(?:(?:for|with|making|bringing)\s+)?(?:a\s+)?(?:total|combined total|"
    r"grand total)(?:\s+of)?"
)
_TOTAL_AFTER = re.compile(r"(?:in all|in total|altogether|combined|all told|together)\b.*")


def _plural(noun: str | None) -> str | None:
    """The noun's first word when it looks like a plural noun ("buses"), else ``None``."""
    if not noun:
        return None
    word = noun.lower().split()[0]  # "24 serve budget carriers": "serve" is no plural
    if word in PLURALS_WITHOUT_S:
        return word
    return word if word.endswith("s") and not word.endswith(("ss", "us", "is")) else None


#: Words after a count that name no thing counted.
_NOT_COUNTED = frozenset(
    {"of", "them", "those", "these", "in", "all", "million", "m", "bn", "billion", "thousand"}
    | {"about", "around", "nearly", "almost", "some", "just", "over", "under", "more", "than"}
)


def _counts_the_whole(sentence: Sentence, part: Figure, whole: Figure, share: Figure) -> bool:
    """Whether the count after a share counts the whole's things: "Of the 1,240 patients,
    62% – or 769 patients –", not "Of the 40 schools, 25%, or 3,000 pupils"."""
    tail = sentence.text[part.span[1] : part.span[1] + 40]
    tail = re.split(r"[,;:)–—-]", tail, maxsplit=1)[0]
    words = [
        w
        for w in re.findall(r"[a-z][a-z-]*", (part.text + " " + tail).lower())
        if w not in _NOT_COUNTED
    ]
    if not words:
        return True
    described = sentence.raw_gap(whole.start, share.start)
    return words[0] in described.split() or words[0] in whole.text.lower()


def nouns_agree(part: Figure, total: Figure) -> bool:
    """Whether a part may count the total's things: two different plural nouns say not.

    The noun after a number is a guess ("96 run on batteries" reads "run"), so
    only two plural nouns that differ ("provinces" and "reports") count as a
    disagreement.
    """
    a, b = _plural(part.noun), _plural(total.noun)
    if a is None or b is None:
        return True
    return a == b or a.endswith(b) or b.endswith(a)


def part_chain(
    sentence: Sentence, first: int, total: Figure, *, loose_nouns: bool = False
) -> list[int] | None:
    """Items from ``first`` on that read as a list of parts of ``total``, or ``None``.

    Items of other kinds (a percent beside a count) are skipped; an item of the
    total's kind that is not joined as a list item makes the whole list
    unreadable, so nothing is checked.
    """
    key = unit_key(total)
    chain: list[int] = []
    for k in range(first, len(sentence.items)):
        item = sentence.items[k]
        if unit_key(item) != key:
            continue
        joint = sentence.joint(k)
        if len(chain) >= 2 and ASIDE_DASH.search(joint):
            # "63 medals - 17 gold, 22 silver and 26 bronze - ahead of the 50 won by
            # France": a dash closes the list, and what follows is no part
            return chain
        if (
            item.trend is not None
            or not (loose_nouns or nouns_agree(item, total))
            or _BLOCKING.search(joint)
            or len(joint) > 80
            or (chain and not re.search(r"[,;]|\band\b", joint))
        ):
            return None
        chain.append(k)
    return chain


#: A part that is the people giving an answer: "1,200 said they drank".
_ANSWER = re.compile(
    r"(?:\s+[a-z]+){0,2}\s+(?:said|say|says|think|thought|believe|believed|reported|admitted|"
    r"claimed|wanted|want|agreed|backed|supported)\b"
)


#: After a share: the whole it is of, named and other than the one before it.
_SHARE_OF_ANOTHER = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w'’-]+\s+){0,2}"
    r"(?:workforce|space|sales|revenue|farmland|pupils|gdp|land|output|market|population|"
    r"total\s+workforce|staff|jobs|area|budget|spending|income|turnover|capacity|value|volume|"
    r"assets|trade|exports|imports|production|emissions|league\s+by\s+\w+)\b",
    re.IGNORECASE,
)
#: After a share: a whole given by a number of its own ("or 7% of the 650 in the Commons").
_SHARE_OF_A_NUMBER = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[A-Za-z][\w'’-]*['’]s\s+)?\d"
    # "or 85% of those who finished it", "or 4% of all firms in the county"
    r"|\s+of\s+(?:those|all|every)\b"
)


#: After a part: a subset of another part ("200 of them", "5,000 from Poland alone").
_SUBSET_AFTER = re.compile(r"\s+(?:of\s+(?:them|those|these|whom)|alone)\b|[^,.;]*\balone\b")
#: The word that says what a part did: "11 are run from …", "400,000 passed".
_PREDICATE = re.compile(r"\s+([a-z]{2,})(?:\s+(not|no|never))?")
#: A copula and its complement after a part: "30 are women", "25 are Labour" (not a
#: participle: "11 are run from Quetta").
#: After a part: where or what it goes to ("goes to England", "to capital projects").
_DESTINATION = re.compile(
    r"(?:\s+(?:goes|go|went|going|is|are|was|were|will|be|spent|allocated|earmarked)){1,3}"
    r"\s+(?:to|for|on|in)\s+(?:the\s+)?([A-Za-z][\w'’-]*)"
)
_PLAIN_DESTINATION = re.compile(r"\s+(?:to|for|on|in)\s+(?:the\s+)?([A-Za-z][\w'’-]*)")
_COPULA = re.compile(r"\s+(?:are|were|is|was)\s+(?!\w+ed\b)([A-Za-z][\w-]*)")
#: The verb right before a part: "won 29 and kept 25".
_VERB_BEFORE = re.compile(r"\b([a-z]{3,})\s+(?:(?:a|an|the)\s+)?$")
_ELIDED = frozenset(
    {"from", "in", "on", "at", "for", "to", "a", "an", "the", "with", "by", "and", "or", "while"}
)


#: Verbs of a trait a thing may share with others ("involved knives", "had debts"):
#: written out for each part, the parts may overlap. Other verbs ("24 serve budget
#: carriers and 9 serve long-haul airlines", "200 are in London") split the whole.
_TRAIT_VERBS = frozenset(
    {"involved", "involve", "had", "have", "included", "include", "contained", "used"}
    | {"showed", "show", "mentioned", "cited", "reported", "owned", "own", "suffered"}
)


def may_overlap(sentence: Sentence, parts: Sequence[Figure]) -> bool:
    """Whether listed parts may count some things twice: a part of another part
    ("200 of them"), or parts that did different things ("400,000 passed and
    350,000 got a grade C"). Parts that share one verb, written once ("11 are
    run from Quetta and 19 from Peshawar"), are a split of the whole."""
    text = sentence.text
    if any(_SUBSET_AFTER.match(text, p.span[1]) for p in parts):
        return True
    if any(re.search(r"\bwith\s*$", text[max(0, p.start - 12) : p.start]) for p in parts):
        return True  # "12 made a loss and 8 a profit, with 15 in debt"
    verbs = []
    for part in parts:
        found = _PREDICATE.match(text, part.span[1])
        words = [w for w in (found.groups() if found else ()) if w and w not in _ELIDED]
        verbs.append(" ".join(words) or None)
    said = {v for v in verbs if v is not None}
    complements = [m.group(1) for p in parts if (m := _COPULA.match(text, p.span[1]))]
    if len(complements) < len(parts) and _DESTINATION.match(text, parts[0].span[1]):
        # "£3.5bn goes to England and £4.1bn to capital projects": where and what for (an
        # acronym is neither: "£195m in IT")
        complements = [
            m.group(1)
            for p in parts
            if (
                m := _DESTINATION.match(text, p.span[1])
                or _PLAIN_DESTINATION.match(text, p.span[1])
            )
            and not m.group(1).isupper()
        ]
    if len(complements) == len(parts) and len({c[0].isupper() for c in complements}) > 1:
        # "30 are women and 25 are Labour": a trait and a party, which one MP may both
        # have ("310 are agency staff and 2,300 are permanent" is a split of one kind)
        return True
    if len(said) == 1 and None not in verbs and said <= _TRAIT_VERBS:
        # "600 involved knives and 500 involved drugs": one trait asked of each part
        # again, and a crime may have both
        return True
    before = {
        m.group(1)
        for p in parts
        if (m := _VERB_BEFORE.search(text, max(0, p.start - 30), p.start))
        and m.group(1) not in _ELIDED | {"but", "some", "about", "around", "nearly", "almost"}
    }
    if len(said) > 1 or len(before) > 1:
        return True  # "won 29 and kept 25 clean sheets"
    # the verb written again for each part with its own complement: "110 are women and 70
    # are part-time", "1,300 use buses and 800 use trains", "210 were charged and 140
    # were held": traits, which one thing may have both of
    keys = [_predicate_key(text, p.span[1]) for p in parts]
    if None in keys or len(set(keys)) < 2:
        return False
    # one kind split into its sorts ("310 are agency staff and 2,300 are permanent",
    # "120 are men and 180 are women") is a split of the whole
    return not any(set(keys) <= sorts for sorts in _SORTS_OF_ONE_KIND)


#: Sorts of one kind, which no one thing is two of at once.
_SORTS_OF_ONE_KIND = (
    frozenset({"men", "women", "male", "female", "boys", "girls"}),
    frozenset({"full-time", "part-time"}),
    frozenset({"permanent", "temporary", "agency", "contract", "casual", "freelance"}),
    frozenset({"public", "private"}),
    frozenset({"domestic", "foreign", "overseas", "international", "local"}),
    frozenset({"urban", "rural"}),
    frozenset({"new", "used", "second-hand"}),
)


#: Words of a predicate that say nothing of the trait: the copula, auxiliaries, "use".
_AUXILIARIES = frozenset(
    {"are", "were", "is", "was", "will", "would", "be", "been", "being", "have", "has"}
    | {"had", "use", "used", "uses", "do", "does", "did", "not", "also", "now", "still"}
)
_WORDS_AFTER = re.compile(r"(?:\s+[a-z][a-z'’-]*){1,4}")


def _predicate_key(text: str, at: int) -> str | None:
    """The word that tells what a part is or did, after its auxiliaries ("are women":
    women; "will be built": built), or ``None`` when no verb follows the part."""
    found = _WORDS_AFTER.match(text, at)
    if found is None:
        return None
    words = found.group().split()
    if words[0] in _ELIDED or words[0] not in _AUXILIARIES:
        return None  # "19 from Peshawar", "22 gold": no verb of the part's own
    rest = [w for w in words if w not in _AUXILIARIES]
    return rest[0] if rest else None


#: Around a later listed amount: one besides the whole, or of another time.
_NOT_A_PART = re.compile(
    r"\b(?:a\s+further|another|an\s+additional|additional|extra|pledged|planned\s+for|"
    r"expected\s+to|so\s+far|this\s+(?:year|season|month)|next\s+(?:year|season|month))\b"
)


def _totals(sentence: Sentence) -> Iterator[Relation]:
    """Parts against a total stated in the same sentence.

    ``Of the N, A … and B …`` (the parts cannot exceed the total);
    ``T: A for …, B for … and C for …`` and ``T, split into A, B and C`` (the
    parts make up the total); ``A and B, a total of T`` / ``A and B, T in all``.
    """
    items = sentence.items
    if len(items) < 3:
        return
    gap = sentence.gap
    first = items[0]
    lead = gap(0)
    # "Of these, 200 …": the whole is another sentence's, the first figure a part
    if fits(_OF_LEAD, lead, 20) and not _POINTED_WHOLE.search(
        sentence.raw_gap(sentence.start, first.start)
    ):
        chain = part_chain(sentence, 1, first)
        answers = sum(1 for k in chain or () if _ANSWER.match(sentence.text, items[k].span[1]))
        if answers >= 2:
            chain = None  # "1,200 said they drank … and 900 said they smoked": two questions
        if chain and any(_OF_THE_REST.search(gap(k)) or "out of" in gap(k) for k in chain):
            chain = None  # "…; of the remaining 350, about 100 will …": parts of a part
        if chain and any(re.search(r"\bfrom$", gap(k)) for k in chain[1:]):
            chain = None  # "34 now have a surplus, up from 19 a year ago": an earlier level
        if chain and any(
            _NOT_A_PART.search(sentence.raw_gap(items[k - 1].span[1], items[k].span[1] + 40))
            for k in chain[1:]
        ):
            # "…, and a further $25bn has gone on", "and 1,500 are planned for this year",
            # "and he has 15 goals so far this season": an amount besides the whole's parts
            chain = None
        if chain and len(chain) >= 2 and "," in sentence.gap(chain[0]) + sentence.tail(0)[:80]:
            parts = tuple(items[k] for k in chain)
            same = _summable(first, *parts)
            if same is not None:
                last_joint = gap(chain[-1])
                if _REST.search(last_joint):  # "… and the rest …": the parts make the whole
                    yield make_relation(
                        sentence,
                        "sum_equals",
                        "Of the N, A … and B …",
                        {"parts": same[1:], "total": same[0]},
                    )
                    return
                if not may_overlap(sentence, parts):
                    yield make_relation(
                        sentence,
                        "sum_at_most",
                        "Of the N, A … and B …",
                        {"parts": same[1:], "total": same[0]},
                    )
                    return
                # "250 recovered, 200 of them within a week", "400,000 passed and 350,000
                # got a grade C": the parts may overlap, so each is within the whole
                for part in same[1:]:
                    yield make_relation(
                        sentence,
                        "sum_at_most",
                        "Of the N, A … and B …",
                        {"parts": (part,), "total": same[0]},
                    )
                return
    text = sentence.text
    for t in range(len(items) - 2):
        total = items[t]
        if total.trend is not None or total.parts:
            continue  # "a rise of £1.2m:": a change is no total; nor "between £40 and £150"
        ahead = text[total.span[1] : min(items[t + 2].start, total.span[1] + 90)]
        if not _OPENS_A_LIST.search(ahead):
            continue  # (the cheap test first: no colon, dash or word that opens a list)
        begin = t + 1
        if (
            exact_count(items[t + 1])
            and t + 2 < len(items)
            and ":" in sentence.raw_gap(items[t + 1].span[1], items[t + 2].start)
        ):
            begin = t + 2  # "33 seats were shared among four groups: …": the count of parts
        chain = part_chain(sentence, begin, total, loose_nouns=True)
        if not chain or len(chain) < 2 or chain[0] > t + 2:
            continue
        # the words up to the first part: "£640m over the next three years:", "£12.6m will
        # come from three areas:" (a figure of another kind between, as its placeholder)
        after = sentence.raw_gap(total.span[1], items[chain[0]].start)
        if total.noun and after.startswith(total.noun.lower()):
            after = after[len(total.noun) :].strip()
        counted = (
            chain[0] == t + 2
            and exact_count(items[t + 1])
            # "£640m over the next five years:": a span of time, no count of the parts
            and not _SPAN_OF_TIME_AFTER.match(sentence.text, items[t + 1].span[1])
        )
        # a named list splits the sentence's first figure, the whole ("Labour won 28 of
        # the 60 seats: the Tories won 14, …" names the other holders, not the 60's split)
        named = (
            t == 0
            and not re.search(r"\bof(?:\s+the)?\s*$", sentence.lead(0))
            and fits(_COLON_THEN_NAMES, after, 90) is not None
            # the words before the colon tell a split of the whole ("were shared among",
            # "split between"), and none that it is only partly told ("mostly", "most of")
            and _SPLIT_WORDS.search(after.split(":", 1)[0]) is not None
            and _PARTLY.search(after.split(":", 1)[0]) is None
            and re.fullmatch(r"\s*[.!]?\s*", sentence.text[items[chain[-1]].span[1] : sentence.end])
            and _names_first(sentence, [items[k] for k in chain])
        )
        colon = (
            fits(_COLON, after, 50)
            or fits(_LIST_OPEN, after.strip(" ,"), 60)
            or fits(_COMES_FROM, after, 60)
            or named
        )
        # ("shared among four groups: the Conservatives won 14": "among" before the colon
        # tells how the whole was split, not that only some parts are told)
        if (
            not colon
            or (len(after) > 60 and not named)
            or _PARTIAL.search(after.rsplit(":", 1)[-1] if named else after)
        ):
            continue
        if (
            sentence.lead(t).endswith("from")
            or RATE_WORDS.search(sentence.text, sentence.start, sentence.end)
            or _AVERAGE.search(sentence.text, max(sentence.start, total.start - 60), total.start)
        ):
            # "up from £500m:": an earlier level is no total; "£200m a year" against a
            # five-year total: amounts of another span; "average pay rose to £690: £740
            # for men and £630 for women": averages of groups add up to nothing
            continue
        chain = _until_the_aside_closes(sentence, chain)
        if len(chain) < 2:
            continue
        if _DROPPED_NUMBER.search(sentence.raw_gap(items[chain[0]].start, items[chain[-1]].start)):
            continue  # "12 play in the league, eight in the Championship": a part unread
        if any(_SUBSET_AFTER.match(sentence.text, items[c].span[1]) for c in chain):
            continue  # "…, and 20 of them came in cycling": a part of the parts
        if counted and items[t + 1].value != len(chain):
            continue  # "from three areas:" and two amounts: the count's own check
        if not re.search(r"\band\b", gap(chain[-1])):
            continue
        if any(_PARTIAL.search(gap(k)) for k in chain):
            continue
        last_tail = sentence.tail(chain[-1])
        if (
            _REST.search(last_tail)
            # (a named list's first gap holds the words before the colon: "four other
            # groups: the Conservatives won")
            or any(_MORE_AFTER.search(gap(k)) for k in (chain[1:] if named else chain))
            # "… and £166m for all other services" names the last part; "…, and other
            # costs" something besides the parts
            or _MORE_AFTER.search(_ALL_OTHER.sub(" ", last_tail))
            or _RELATIVE.search(sentence.lead(t))
        ):
            continue  # "…, with the rest in leases"; "Their defence, which conceded 30, was"
        parts = tuple(items[k] for k in chain)
        if exact_count(total) and total.value == len(parts) and total.value < 13:
            continue  # "at three sites: 950 in Norwich, 800 in York and 600 in Sheffield"
        if total.value is not None and any(
            p.value is not None and p.value >= total.value for p in parts
        ):
            continue  # "£250,000 by Christmas, £600,000 by Easter and £900,000": running totals
        if any(_EACH_AFTER.match(sentence.text, p.span[1]) for p in parts):
            continue  # "£30 for an adult and £15 for a child": prices of one, not parts
        if any(_BY_A_TIME.match(sentence.text, p.span[1]) for p in parts):
            continue  # "30 goals - 10 by Christmas and 25 by March -": running totals
        if any(
            f.kind is Kind.DURATION and parts[0].start < f.start < parts[-1].start
            for f in sentence.figures
        ):
            continue  # "9 - 4 first-year, 3 second-year and 2 …": a part read as a span
        if unit_key(total) == "count" and any(
            re.match(r"\s+with\b", sentence.text[p.span[1] :]) for p in parts
        ):
            continue  # "6,000 families: 4,100 with food and 2,300 with heating bills": traits
        verbs = all(p.noun is None for p in parts) and not named  # (a noun is no verb)
        if _other_things_do(sentence, total, parts, last_tail) or (
            verbs and may_overlap(sentence, parts)
        ):
            # "1,200 pupils: 85 teachers … and 12 office staff look after them": a clause of
            # other things; "800,000 came from abroad and 300,000 were children": traits
            continue
        same = _summable(total, *parts)
        if same is not None:
            # a dash opens an aside that may name only some ("500 staff - 200 in Leeds and
            # 150 in York"); closed by a second dash it restates the whole ("64 medals -
            # 22 gold, 21 silver and 21 bronze -")
            dashed = after.rstrip().endswith(("-", "–", "—"))
            closed = re.match(r"\s*[-–—]", last_tail) is not None
            rule = "sum_at_most" if dashed and not closed else "sum_equals"
            yield make_relation(
                sentence, rule, "T: A, B and C", {"parts": same[1:], "total": same[0]}
            )
            return
    for t in range(2, len(items)):
        total = items[t]
        before = gap(t)
        stated = fits(_TOTAL_WORDS, before, 60) or (
            _TOTAL_AFTER.match(sentence.tail(t)) is not None and fits(_OR, before, 20)
        )
        if not stated or total.trend is not None or _REST.search(before):
            continue  # "…, with the rest, a total of £2bn, from wholesale": the rest's total
        listed = _parts_before(sentence, t, total)
        if listed is None or _told_before(sentence, listed[0]):
            continue
        joined = _summable(total, *listed)
        if joined is not None:
            yield make_relation(
                sentence,
                "sum_equals",
                "A and B, T in all",
                {"parts": joined[1:], "total": joined[0]},
            )
            return


def _told_before(sentence: Sentence, part: Figure) -> bool:
    """Whether the paragraph tells more of the part's kind before this sentence: "The CDU
    has 226 seats and the SPD 222. The FDP won 61 seats, …, making a total of 614" may
    count them all."""
    text = sentence.text
    paragraph = text.rfind("\n", 0, sentence.start) + 1
    if paragraph >= sentence.start:
        return False
    before = text[paragraph : sentence.start]
    if part.noun:
        return re.search(rf"\d[\d,.]*\s+{re.escape(part.noun.split()[-1])}\b", before) is not None
    return part.text[:1] in "$£€¥" and re.search(rf"\{part.text[0]}\d", before) is not None


def _summable(total: Figure, *parts: Figure) -> tuple[Figure, ...] | None:
    """Total and parts in one unit, or ``None`` when a part is a share, not an amount.

    "9 went to Labour, three-quarters of the total, and 3 to the Greens": the
    fraction describes a part, it is not one, so no sum is checked.
    """
    if any(unit_key(p) == "percent" or is_fraction_word(p) for p in parts):
        return None
    return same_kind(total, *parts)


def _parts_before(sentence: Sentence, t: int, total: Figure) -> tuple[Figure, ...] | None:
    """The list ``A, B and C`` that ends right before item ``t``."""
    key = unit_key(total)
    picked: list[Figure] = []
    k = t - 1
    while k >= 0 and unit_key(sentence.items[k]) == key:
        item = sentence.items[k]
        if item.trend is not None or not nouns_agree(item, total):
            return None
        if RATE_AFTER.match(sentence.text, item.span[1]) or _PER_THING.match(
            sentence.text, item.span[1]
        ):
            return None  # "eight nights …, about 90,000 a night, or 720,000 in all": a product
        picked.append(item)
        joint = sentence.gap(k)
        # (the raw joint keeps the comma after a noun: "4 gold, 5 silver and 2 bronze")
        if (
            k == 0
            or not re.search(r"[,;]|\band\b", joint + sentence.joint(k))
            or _BLOCKING.search(joint)
        ):
            break
        if len(joint) > 60:
            break
        if re.search(r",\s*[a-z][^,]*\band\b", sentence.joint(k).lower()):
            return None  # "42km on Saturday, a half marathon on Sunday and 10km": a part in words
        k -= 1
    if len(picked) < 2:
        return None
    first = t - len(picked)
    if first >= 0 and sentence.joint(first).rstrip().endswith(","):
        return None  # "a century in the first Test, 86 in the second and 12 …": a part in words
    if not re.search(r"\band\b", sentence.gap(t - len(picked) + 1)) and not re.search(
        r"\band\b", " ".join(sentence.gap(t - j) for j in range(1, len(picked)))
    ):
        return None
    return tuple(reversed(picked))


_CAPACITY_BEFORE = re.compile(
    r"(?:.*\s)?(?:holds?|held|capacity(?:\s+of)?|seats?|seating|room\s+for|accommodates?|"
    r"designed\s+for|built\s+for|space\s+for)$"
)
_CAPACITY_AFTER = re.compile(r"(?:-?\s*)(?:seats?|seater|beds?|places|spaces|capacity)\b")
_FULL_AFTER = re.compile(r"(?:full|occupied|capacity|occupancy)\b")
_FULL_BEFORE = re.compile(r"(?:.*\s)?(?:occupancy(?:\s+rate)?\s+of|at)$")


def _capacity(sentence: Sentence) -> Iterator[Relation]:
    """``The 60,000-seat stadium was 75% full, with 45,000 fans``: occupancy is a share.

    Three neighbouring figures: a capacity (``holds N``, ``N beds``, ``an
    N-seat``), a percent that says how full (``C full``, ``at C capacity``)
    and the count of occupants.
    """
    items = sentence.items
    for i in range(len(items) - 2):
        capacity = share = part = None
        for k in range(i, i + 3):
            item = items[k]
            before = sentence.gap(k)
            after = sentence.raw_gap(item.span[1], sentence.end)[:40]
            if item.trend is not None:
                break
            if unit_key(item) == "percent":
                if _FULL_AFTER.match(after) or (
                    _FULL_BEFORE.fullmatch(before) and after.startswith("capacity")
                ):
                    share = item
            elif unit_key(item) == "count":
                if _CAPACITY_BEFORE.fullmatch(before) or _CAPACITY_AFTER.match(after):
                    capacity = item
                else:
                    part = item
        if capacity is None or share is None or part is None:
            continue
        same = same_kind(part, capacity)
        if same is None:
            continue
        yield make_relation(
            sentence,
            "share",
            "holds N, C full, with K",
            {"part": same[0], "whole": same[1], "share": share},
        )
        return


DETECTORS: tuple[Detector, ...] = (_changes, _multiples_of, _shares, _capacity, _totals)


# ----------------------------------------------------------------------- dates
_AGO = re.compile(r"ago\b.*")
_AFTER = re.compile(
    r"(?:after|since|later\s+than)(?:\s+(?:the|its|their))?(?:\s+[a-z'-]+){0,2}"
    # or a short clause of the earlier event, its year last: "after it was founded in",
    # "after the government took a stake in"
    r"|after\s+(?:it|they|he|she|we|the\s+[a-z]+)"
    r"(?:\s+(?!(?:and|but|or|then|when|while|which|to|into)\b)[a-z'-]+){1,5}\s+in"
)
_LATER = re.compile(r"(?:later|on)\b.*")
_ANNIVERSARY = re.compile(r"anniversary\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z'-]+\s+){0,4}?$")
_ELSEWHEN = re.compile(
    r"\b(?:next|last|coming|upcoming|previous|following)\s+(?:year|month|week|spring|summer|"
    r"autumn|fall|winter|decade)\b|\b(?:will|would|shall|to be|is set to|plans? to|"
    r"ago|later|earlier|once|then)\b|\b(?:in|by|until)\s+‹"
)
#: After a year: the rest of a span of years ("1914-18", "1939–1945").
_YEARS_RANGE_AFTER = re.compile(r"[-–—/](?:\d\d|\d{4})\b")
#: Things made or held to mark a day, which need not come out on it.
_MADE_FOR_IT = re.compile(
    r"\b(?:books?|exhibitions?|concerts?|films?|stamps?|coins?|albums?|statues?|memorials?|"
    r"festivals?|shows?|series|documentar(?:y|ies)|plaques?|editions?|reunions?|tours?|"
    r"displays?|plays?|operas?|programmes?|campaigns?|events?)\b"
)
_MARKS = re.compile(
    r"(?:.*\s)?(?:marks?|marking|celebrates?|celebrating|commemorates?|commemorating)"
    r"(?:\s+(?:the|its|their))?$"
)


#: A month's name in a date as printed.
_MONTH_IN = re.compile(MONTH_NAMES, re.IGNORECASE)


@attrs.frozen
class ArticleYear:
    """The one year an article's full dates are of (:func:`article_year`): the months
    it prints with that year, the days (day, month) they name, and the days it prints
    with their weekdays (as ordinals)."""

    year: int
    months: frozenset[str]
    days: frozenset[tuple[int, int]]
    calendar: tuple[int, ...]


#: How near a full date with its weekday a day without a year must be to take its year.
_NEAR_A_CALENDAR_DAY = 14


def article_year(text: str, figures: Sequence[Figure]) -> ArticleYear | None:
    """The year an article's full dates are printed with ("Thursday 5 September 2024"),
    when all its full dates are of one year and one of them names its weekday (an article
    that looks back, "the 7 March 2003 warning", may tell a March of today without its
    year), and the article names no other year or decade and no anniversary.

    A day of such a month told without a year ("on Sunday 7 September") is taken to be
    of that year, where the text has no dateline to give one."""
    years: set[int] = set()
    months: set[str] = set()
    days: set[tuple[int, int]] = set()
    calendar: list[int] = []
    for figure in figures:
        for day in (figure, *figure.parts) if figure.kind is Kind.DATE else ():
            if day.granularity != "day" or day.low is None:
                continue
            month = _MONTH_IN.search(day.text)
            if month is None or not YEAR_PRINTED.search(day.text):
                continue
            date = _dt.date.fromordinal(int(day.low))
            years.add(date.year)
            months.add(month.group().lower())
            days.add((date.day, date.month))
            # a full date with its weekday tells a calendar of days ("Thursday 5 September
            # 2024"), not a day looked back on ("the 7 March 2003 warning")
            if day.weekday is not None:
                calendar.append(int(day.low))
    if len(years) != 1 or not calendar:
        return None
    (year,) = years
    if _ANNIVERSARY_WORD.search(text) or any(
        int(other[:4]) != year for other in _ANY_YEAR.findall(text)
    ):
        return None  # an anniversary, or another year or decade: days of other years are told
    return ArticleYear(year, frozenset(months), frozenset(days), tuple(calendar))


#: Years and decades as printed: "2024", "1990s".
_ANY_YEAR = re.compile(r"\b(?:1[89]|20)\d\d(?=s?\b)")
_ANNIVERSARY_WORD = re.compile(r"\banniversar", re.IGNORECASE)
#: Words that place a day in another year than the article's: "last season", "the
#: previous festival", "twelve months earlier", "next winter".
_ANOTHER_YEAR_WORD = re.compile(
    r"\b(?:years?|ago|last|next|previous|prior|earlier|later|once|former|founded|season|"
    r"seasons|months|winter|summer|spring|autumn|decade|century|defending|holders?|"
    r"inaugural|edition|debut)\b",
    re.IGNORECASE,
)


def _weekday_of(year: int, month: int, day: int) -> int | None:
    """The weekday (0 = Monday) of a day, or ``None`` when it does not exist that year."""
    try:
        return _dt.date(year, month, day).weekday()
    except ValueError:
        return None  # 29 February


def _dated_by_its_month(day: Figure, year: ArticleYear, sentence: Sentence) -> Figure | None:
    """A weekday's date told without a year, read in the year the article prints its
    month with (:func:`article_year`), when it lies within two weeks of a day the
    article prints with its weekday, is no day the article dates already (the same day of
    another year: "marked on Thursday 11 September 2025 … the attacks on Tuesday 11
    September"), and the sentence places it in no other year. A weekday that is wrong
    for that year but right for one of the two years before or after is left
    unchecked."""
    month = _MONTH_IN.search(day.text)
    if month is None or month.group().lower() not in year.months:
        return None
    if _ANOTHER_YEAR_WORD.search(sentence.text, sentence.start, sentence.end):
        return None
    from factcheck.text.scanner import find_figures  # (rare: a weekday's date without a year)

    for reread in find_figures(day.text, default_year=year.year):
        if reread.kind is not Kind.DATE or reread.granularity != "day" or reread.low is None:
            continue
        date = _dt.date.fromordinal(int(reread.low))
        if (date.day, date.month) in year.days:
            return None  # a day the article dates already: another year's same day
        if min(abs(int(reread.low) - d) for d in year.calendar) > _NEAR_A_CALENDAR_DAY:
            return None  # far from the article's calendar of days
        if date.weekday() != day.weekday and any(
            _weekday_of(year.year + step, date.month, date.day) == day.weekday
            for step in (-2, -1, 1, 2)
        ):
            # "The race is on Saturday 4 April 2026. Cambridge won on Sunday 13 April": a
            # day that fits a year or two before (or after) is more likely of that year
            return None
        return reread.with_span(*day.span)
    return None


#: Each month's number by its name.
_MONTHS_BY_NAME = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}


def _paired_weekday(sentence: Sentence) -> Relation | None:
    """Two weekdays' dates of one month in one sentence, no year known: "strike on Tuesday 7
    October and again on Thursday 10 October" cannot both be right (three days after a
    Tuesday is a Friday), whatever the year.

    The second day is read in a year the first day's weekday fits (:func:`year_of_weekday`);
    within one month every such year gives the same weekday for the second day, so the
    verdict does not turn on which."""
    days = [
        day
        for f in sentence.figures
        if f.kind is Kind.DATE
        for day in (f.parts or (f,))
        if day.granularity == "day" and day.weekday is not None and day.low is None
    ]
    if len(days) != 2:
        return None
    first, second = days
    month, one, two = month_of(first), day_of(first), day_of(second)
    if month is None or month != month_of(second) or one is None or two is None or one == two:
        return None  # two months: February's length would turn on the year
    words = sentence.text[sentence.start : sentence.end]
    if _ANOTHER_YEAR_WORD.search(words) or _ANY_YEAR.search(words) or _TWO_EVENTS.search(words):
        # "The 2024 race was on Sunday 7 April and the 2025 race is on Sunday 6 April",
        # "compared with Thursday 28 November in 2024": days of two years
        return None
    if two < one:
        return None  # "opened on Friday 26 July and … will open on Friday 14 July": later years
    between = sentence.text[first.span[1] : second.start]
    if "," in between or len(between.split()) > 6:
        # "which played its first match on Saturday 2 September, opens its new ground on
        # Sunday 14 September": two clauses may tell days of two years (review 33)
        return None
    assert first.weekday is not None
    year = year_of_weekday(words, month, one, first.weekday)
    if year is None or _weekday_of(year, month, two) is None:
        return None
    dated = dated_in(second, year)
    if dated is None:
        return None
    pattern = "Weekday, date, by its month's other weekday"
    return make_relation(sentence, "weekday", pattern, {"date": dated})


#: Words that set two days apart as two events of their own: a comparison, a contrast.
_TWO_EVENTS = re.compile(
    r"\b(?:compared|while|whereas|than|versus|unlike|next|following|future|previous|"
    r"onwards|from\s+now|birthday|anniversary|jubilee|centenary|centennial|years?)\b",
    re.IGNORECASE,
)


def year_of_weekday(text: str, month: int, day: int, weekday: int) -> int | None:
    """A year in which ``day`` of ``month`` falls on ``weekday``: the nearest to the
    middle year ``text`` (the day's sentence) prints, or else to 2025 (within six years
    either side)."""
    printed = sorted({int(y) for y in _ANY_YEAR.findall(text)})
    around = printed[len(printed) // 2] if printed else 2025
    for step in sorted(range(-6, 7), key=abs):
        if _weekday_of(around + step, month, day) == weekday:
            return around + step
    return None


def dated_in(day: Figure, year: int) -> Figure | None:
    """A date told without a year, read again in ``year``, at its own place in the text."""
    from factcheck.text.scanner import find_figures  # (rare: a day told without a year)

    for reread in find_figures(day.text, default_year=year):
        if reread.kind is Kind.DATE and reread.low is not None:
            return reread.with_span(*day.span)
    return None


def month_of(day: Figure) -> int | None:
    """The month a date names by its name ("Friday 1 August": 8)."""
    found = _MONTH_IN.search(day.text)
    return None if found is None else _MONTHS_BY_NAME[found.group().lower()]


def day_of(day: Figure) -> int | None:
    """The day of the month a date prints ("Friday 1 August": 1)."""
    found = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", day.text)
    return None if found is None else int(found.group(1))


def date_relations(
    sentence: Sentence, published: Figure | None, year: ArticleYear | None = None
) -> Iterator[Relation]:
    """Weekdays printed with dates, elapsed time and anniversaries. ``year`` is the year
    of the article's full dates (:func:`article_year`), for a date without one."""
    figures = sentence.figures
    paired = _paired_weekday(sentence) if year is None and published is None else None
    if paired is not None:
        yield paired
    for k, figure in enumerate(figures):
        if figure.kind is Kind.QUANTITY:
            continue  # most figures: none of the kinds below
        for day in (figure, *figure.parts) if figure.kind is Kind.DATE else ():
            if day.weekday is None or day.granularity != "day":
                continue
            if day.low is None:
                dated = None if year is None else _dated_by_its_month(day, year, sentence)
                if dated is not None:
                    yield make_relation(
                        sentence,
                        "weekday",
                        "Weekday, date in the year printed with its month",
                        {"date": dated},
                    )
                continue
            if YEAR_PRINTED.search(day.text):
                yield make_relation(sentence, "weekday", "Weekday, date", {"date": day})
            elif _near_publication(day, published, sentence):
                yield make_relation(
                    sentence, "weekday", "Weekday, date in the year of publication", {"date": day}
                )
        if figure.kind is Kind.DURATION and unit_text(figure.unit) in ("year", "decade", "month"):
            found = _elapsed(sentence, k, published)
            if found is not None:
                yield found
        if figure.kind is Kind.AGE:
            found = _age_at(sentence, k)
            if found is not None:
                yield found
        if figure.kind is Kind.ORDINAL:
            found = _anniversary(sentence, k, published) or _founding_anniversary(
                sentence, k, published
            )
            if found is not None:
                yield found
        if figure.kind is Kind.DATE:
            found = _told_order(sentence, k) or _date_range(sentence, k)
            if found is not None:
                yield found


#: How far from the publication date a day written without a year may be and still be
#: dated in the year of publication: news tells the weeks around it ("on Friday 11
#: March"); a day further off may be of another year ("on Friday 7 January" in December).
_NEAR_PUBLICATION = 120


#: Words that date a sentence to another year than the publication's: "last year", "a
#: year ago", "next year's", a year in figures, an anniversary.
_OTHER_YEAR = re.compile(
    r"\byears?\b|\bago\b|\banniversar|\b(?:19|20)\d\d\b|\bseasons?\b|"
    r"\blast\s+(?:summer|spring|autumn|winter|easter|christmas|time)\b",
    re.IGNORECASE,
)
#: Words that tell what is still to come: a day after the publication needs one.
_TO_COME = re.compile(
    r"\b(?:will|would|shall|is\s+to|are\s+to|(?:is|are)\s+due|due\s+to\s+be|set\s+to|"
    r"expected|scheduled|planned|plans?|next|coming|upcoming|begins|starts|opens|closes|"
    r"ends|runs|takes\s+place|goes\s+ahead)\b",
    re.IGNORECASE,
)


def _near_publication(day: Figure, published: Figure | None, sentence: Sentence) -> bool:
    """Whether a day written without a year, dated in the year of publication (the
    reader's default year), lies within :data:`_NEAR_PUBLICATION` days of it and the
    sentence places it in that year: no word of another year (:data:`_OTHER_YEAR`:
    "on Thursday 11 March last year"), and a day still to come told as one
    (:data:`_TO_COME`), since "bombs killed 191 people on Thursday 11 March" three
    days before its anniversary is last year's day."""
    if published is None or published.low is None or day.low is None:
        return False
    if abs(day.low - published.low) > _NEAR_PUBLICATION:
        return False
    words = sentence.text[sentence.start : sentence.end]  # figures too: "from … to …"
    if _OTHER_YEAR.search(words):
        return False
    # the sentence before may set the time: "… a crash in March last year. The jury was
    # told that on Saturday 15 March …" (review 35)
    text = sentence.text
    before = max(
        text.rfind(".", 0, max(0, sentence.start - 2)), text.rfind("\n", 0, sentence.start)
    )
    if before >= 0 and _OTHER_YEAR.search(text, before + 1, sentence.start):
        return False
    return day.low <= published.low or _TO_COME.search(words) is not None


#: A date told as the main event's, then the word that orders another event against it:
#: "in 2003 after launching the iPod in 2001", "in 1955, before moving in 1961".
_ORDER_WORD = re.compile(r"\s*,?\s*(?P<word>after|following|before|prior\s+to)\b")
#: Before the main event's date: "in", "on", "of" (a bare year may be a count).
_EVENT_DATE_BEFORE = re.compile(r"(?:^|\s)(?:in|on|of)\s+(?:early\s+|late\s+|mid-?)?$")
#: Nouns of a happening, which a year before or after them dates ("the 1988 bombing", "the
#: crash of 1987").
_HAPPENINGS = (
    r"(?:attacks?|bombings?|crash|disaster|floods?|earthquake|tsunami|war|invasion|coup|"
    r"crisis|collapse|scandals?|riots?|strikes?|merger|takeover|elections?|referendum|defeat|"
    r"victory|recession|slump|hurricane|fire|explosion|massacre|revolution|uprising|"
    r"devaluation|default|bankruptcy|flotation|privatisation|nationalisation|downturn|boom|"
    r"bust)"
)
#: Before the other event's date: "in", "on", or "of" after a part of a year or a
#: happening ("in the spring of 1999", "the crash of 1987"); "of 1984" alone may be a
#: title's, "from 2005" a start of something.
_OTHER_DATE_BEFORE = re.compile(
    r"(?:^|\s)(?:in|on|(?:spring|summer|autumn|winter|start|end|beginning|middle|half|quarter|"
    rf"{_HAPPENINGS})\s+of)\s+(?:early\s+|late\s+|mid-?)?$"
)
#: "the 1988 bombing": a year that dates an event it names, when that is a happening (a
#: year before other nouns labels what they are for or named after: "the 2005 budget",
#: "the 2008 Olympics", "the 2005 Mustang", "the 1860 Munich derby").
_THE = re.compile(r"(?:^|\s)the\s+$")
_DATED_HAPPENING = re.compile(
    rf"(?:\s+[A-Z][\w'’-]*){{0,2}}(?:\s+[a-z-]+)?\s+{_HAPPENINGS}\b"
    # where the noun phrase ends ("the 2005 election date was leaked" is about a date)
    r"(?=\s*(?:[,.;:)!?]|$)|\s+[-–—]\s|\s+(?:in|of|on|at|and|by|to|which|that|when|while)\b)"
)
#: Words that put the other event at another time than its date, or start a new
#: clause with a time of its own: no order is told between the two dates.
_NO_ORDER = re.compile(
    # the clause ends (a comma, unless a list of the events follows: ", including the
    # 1988 bombing"), or another year stands first ("had 2003 employees in 2004")
    r"[;:()]|\s[-–—]\s|,(?!\s+(?:including|notably|especially|such\s+as)\b)|\b[12]\d{3}\b"
    r"|\b(?:will|would|shall|could|might|may|expected|due|planned|plans?|scheduled|set\s+to|"
    r"forecasts?|next|later|earlier|ago|until|since|when|while|before|after|following|"
    r"then|now|and|but|although|whereas|which|who|whom|whose|said|says|having|"
    # "a contract that starts in 2005" (but "talks that began on 1 June": when they did)
    r"that(?!\s+(?:began|started|ended|happened|took|came|went|broke|hit|struck|was|were|"
    r"[a-z]+ed)\b)|"
    # a date the other event is about, not when it happened: "forecasting losses in 2005"
    r"forecast\w*|warn\w*\s+(?:of|that)|predict\w*|expect\w*|project\w*|target\w*|aim\w*|"
    r"plan\w*|"
    r"schedul\w*|intend\w*|propos\w*|hop(?:e|es|ed|ing)|starts?|starting|"
    r"host\w*|bid|bids|bidding|tender\w*|qualif\w*|tickets?)\b",
    re.IGNORECASE,
)
#: "before" in front of someone: "appeared before a judge", "before the committee".
_BEFORE_SOMEONE = re.compile(
    r"\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w'’-]+\s+){0,2}?(?:judges?|court|"
    r"committee|panel|MPs|magistrates?|parliament|congress|senate|tribunal|inquiry|jury|"
    r"regulators?|shareholders|audience|crowds?|board|hearing|peers|voters|cameras)\b",
    re.IGNORECASE,
)


def _told_order(sentence: Sentence, k: int) -> Relation | None:
    """ "in 2003 after launching the iPod in 2001": the other event came first.

    The main event's date is followed by "after", "following", "before" or "prior
    to", and the other event's date is the first date after that word, in the same
    clause, with nothing that moves it to another time ("due in", "will", "until",
    a plan or a forecast, a second order word). A year after "the" must date a
    happening ("the 1988 bombing"), not label what something is for ("the 2005
    budget", "the 2008 Olympics"). Two events of one year, or of one day, may be
    told either way round: the order is not strict.
    """
    figures = sentence.figures
    main = figures[k]
    order = _ORDER_WORD.match(sentence.text, main.span[1])
    if order is None or not _is_dated(main):
        return None
    if main.granularity == "year" and not _EVENT_DATE_BEFORE.search(
        sentence.text, max(sentence.start, main.start - 12), main.start
    ):
        return None
    if order.group("word") == "before" and _BEFORE_SOMEONE.match(sentence.text, order.end()):
        return None
    # the first date after the word, or a bare year the reader took for a count before
    # a plural ("the 2003 elections")
    other = next((f for f in figures[k + 1 :] if f.kind is Kind.DATE or _is_dated(f)), None)
    if other is None or not _is_dated(other) or other.start - order.end() > 120:
        return None
    between = " " + sentence.text[order.end() : other.start]
    if other.parts or _NO_ORDER.search(between):
        return None
    if other.kind is not Kind.DATE or other.granularity == "year":
        tail = max(0, len(between) - 30)
        if _THE.search(between, tail):
            if not _DATED_HAPPENING.match(sentence.text, other.span[1]):
                return None  # "after the 2005 budget", "the 2008 Olympics": labels
        elif other.kind is not Kind.DATE or not _OTHER_DATE_BEFORE.search(between, tail):
            return None  # ("2005's budget" labels a budget for 2005, set before it)
    first, then = (main, other) if order.group("word") in ("before", "prior to") else (other, main)
    if (
        not YEAR_PRINTED.search(first.text)
        and not YEAR_PRINTED.search(then.text)
        and first.low is not None
        and then.low is not None
        and first.low > then.low
    ):
        # "resumed on 5 January, following the collapse on 29 December": days told
        # without a year, dated alike in the publication's, may lie across a new year
        # (review 35)
        return None
    return make_relation(
        sentence,
        "order",
        f"in Y1 {order.group('word')} … in Y2",
        {"dates": (first, then)},
        {"strict": False},
    )


#: Between the ends of a span of time: "from 1983 until 1992", "between 2001 and 2003".
_RANGE_ENDS = {"from": ("to", "until", "till", "through"), "between": ("and",)}
#: After a span's last "year": a clock's zone, so the two were times ("between 2000 and
#: 2100 GMT").
_CLOCK_AFTER = re.compile(r"\s*(?:GMT|BST|UTC|CET|EST|EDT|PST|ET|hours|hrs|local\s+time)\b")
#: The word that opens a span of time, right before its first date ("the gap between
#: 2004 and 2003 sales" sets two years side by side, in any order).
_RANGE_OPENS = re.compile(
    r"(?:^|\s)(?<!difference\s)(?<!differences\s)(?<!gap\s)(?<!comparison\s)"
    r"(?<!contrast\s)(?<!choice\s)(?<!split\s)(?<!link\s)(?P<word>from|between)\s+$",
    re.IGNORECASE,
)


_CLAUSE_END = re.compile(r"\s*(?:[,.;:)!?]|$|\s+and\b)(?!\s*(?:in\s+all|in\s+total|altogether))")
_RANGE_OPENS_BEFORE = re.compile(r"\b(?:from|between)\s+(?:\w+\s+)?(?:19|20)\d\d\b", re.IGNORECASE)
#: After a span of years: its length ("…, a period of 35 years", "… (35 years)").
#: A span's length is the time gone by between a day of its first year and one of its
#: last, rounded: "from 1979 until 2001" lasted 21 to 23 years, as a writer may count
#: either end.
_SPAN_COUNT = {"count": "span"}


#: A span of years: "from 1990 to 2005", "between 1998 and 2004".
_YEAR_SPAN = re.compile(
    r"\b(?:from|between)\s+(?:19|20)\d\d\s+(?:to|until|and|till)\s+(?:19|20)\d\d\b"
)
#: Between a span's length told first and its opening word: "for 22 years, from", "for
#: five years from" (only "from" opens the span there: "for six years between 2000 and
#: 2010" is a part of the window).
_LENGTH_BEFORE = re.compile(r"\s*,?\s*")
_FOR_BEFORE = re.compile(r"\bfor\s+$")
#: Before a length: a term set, which the time served need not fill.
_TERM_BEFORE = re.compile(
    r"\b(?:jailed|sentenced|banned|suspended|imprisoned|contract|lease|loan|deal)\b",
    re.IGNORECASE,
)
#: After the span: a break in it or another span ("apart from three at Chelsea", "and
#: from 1994 until 2005"), so the length is not the span's alone.
_NOT_THE_WHOLE_SPAN = re.compile(
    r"\b(?:apart\s+from|except|excluding|breaks?|gaps?|and\s+(?:again\s+)?(?:from|between)|"
    r"then\s+(?:again\s+)?(?:from|between)|"
    # "across two spells", "on and off", "interrupted by a decade in New York", "with six
    # years at a rival in between", "with no races held during the war" (review 2)
    r"spells?|stints?|terms|on\s+and\s+off|off\s+and\s+on|interrupt\w*|in\s+between|"
    r"intermittent\w*|hiatus|absence|sabbatical|with\s+no|without|during\s+the\s+war|"
    # "losing his seat in 1992 before regaining it", "skipping 1996", "missing three seasons",
    # "leaving for a decade", "with three seasons in the Championship", "standing idle"
    # (review 3; the words may stand before the span too: "Apart from a spell at Hull,")
    r"los(?:e|es|ing|t)|regain\w*|skipp\w*|miss(?:ed|es|ing)|leaving|left|idle|seasons?|"
    r"relegat\w*|middle)\b",
    re.IGNORECASE,
)
_SPAN_LENGTH = re.compile(
    r"\s*(?:,\s*(?:a\s+(?:period|span|spell|stretch|total)\s+of\s+)?|\(\s*)(?=\S)"
)
#: Words of a span of time before its "from" or "between": something held, done or
#: lasting over it.
_SPAN_CONTEXT = re.compile(
    r"\b(?:served|serving|led|leading|ran|worked|working|lived|living|reigned|ruled|held|"
    r"holding|managed|managing|played|playing|taught|teaching|studied|chaired|presided|"
    r"governed|coached|captained|edited|headed|directed|existed|lasted|employed|based|"
    r"jailed|imprisoned|exiled|married|office|power|charge|helm|spell|tenure|stint|career|"
    r"term|period|years|era|decade|decades|grew|rose|fell|disappeared|lost|created|sold|"
    r"built|made|produced|happened|occurred|took\s+place)\b"
)
#: Words that make "from Y1 to Y2" no span: a date moved, or a list told backwards.
_NO_SPAN = re.compile(
    r"\b(?:moved?|moving|brought|bring|bringing|pushed|push|put|delayed?|postponed?|"
    r"changed?|switched?|shifted?|went|gone|go|goes|downgraded?|upgraded?|ranged?|ranges|"
    r"reverse|backwards?|counting\s+back|most\s+recent\s+first|newest\s+first|latest\s+first|"
    r"swing|gap|difference|compared?|versus)\b"
)


def _date_range(sentence: Sentence, k: int) -> Relation | None:
    """ "He led the party from 1983 until 1992": a span of time starts before it ends.

    The reader joins the two dates into one range only when they are in order, so
    a range it joined is checked through its ends, and two dates it left apart
    ("from 1992 until 1983", "between 2017 and 2014") are the same wording with
    the ends the wrong way round. A verb of moving before "from" ("the index fell
    from 2010 to 1990") makes the numbers levels, not years, and is left alone.
    """
    figures, text = sentence.figures, sentence.text
    figure = figures[k]
    window = text[max(sentence.start, figure.start - 9) : figure.start + 14]
    if "rom" not in window and "etween" not in window:
        return None  # (the cheap test first: no "from" or "between" near the date)
    joined = len(figure.parts) == 2 and figure.hedge is Hedge.BETWEEN
    if joined:
        first, then = figure.parts  # "between 2001 and 2003", "from March 2003 to June 2004"
    elif k + 1 < len(figures) and figures[k + 1].kind is Kind.DATE:
        first, then = figure, figures[k + 1]
    else:
        return None
    opening = _RANGE_OPENS.search(text, max(sentence.start, first.start - 9), first.start)
    if opening is None or not (_is_dated(first) and _is_dated(then)):
        return None
    if (
        not joined
        and _between(sentence, first, then).strip().lower()
        not in (_RANGE_ENDS[opening.group("word").lower()])
    ):
        return None
    if not (YEAR_PRINTED.search(first.text) and YEAR_PRINTED.search(then.text)):
        return None  # "from 20 December to 5 January": the year may turn between them
    if _CLOCK_AFTER.match(text, then.span[1]):
        return None  # "between 2000 and 2100 GMT": two times of day
    if direction_before(sentence.text[sentence.start : opening.end()].rstrip()):
        return None  # "the index fell from 2010 to 1990": levels, not years
    clause = sentence.raw_gap(sentence.start, opening.start())
    clause = clause[max(clause.rfind(","), clause.rfind(";"), clause.rfind(":")) + 1 :][-70:]
    if _NO_SPAN.search(clause) or _NO_SPAN.search(sentence.raw_gap(then.span[1], sentence.end)):
        return None  # "brought forward from 2040 to 2030", "from 2024 to 2000, most recent first"
    in_order = first.low is not None and then.high is not None and first.low <= then.high
    told = next(
        (
            f
            for f in reversed(figures[:k])
            if f.kind is Kind.DURATION
            and _LENGTH_BEFORE.fullmatch(text, f.span[1], opening.start())
            and _FOR_BEFORE.search(text, max(sentence.start, f.start - 6), f.start)
        ),
        None,
    )
    if (
        told is not None
        and in_order
        and unit_text(told.unit) == "year"
        and opening.group("word").lower() == "from"
        # the span ends its clause ("…, from 1990 until 2000 she chaired": a new clause)
        and _CLAUSE_END.match(text, then.span[1])
        and not _NOT_THE_WHOLE_SPAN.search(text, sentence.start, sentence.end)
        and len(_YEAR_SPAN.findall(text, sentence.start, sentence.end)) == 1
        and not _TERM_BEFORE.search(text, sentence.start, told.start)
    ):
        # "ran the theatre for 22 years, from 1979 until 2001": the length told first
        return _span_length(sentence, "for N years, from Y1 until Y2", first, then, told)
    length = _SPAN_LENGTH.match(text, then.span[1])
    if (
        length is not None
        and in_order
        and not _RANGE_OPENS_BEFORE.search(text, sentence.start, opening.start())
    ):
        # (another span before it in the sentence: a length after both may be their sum,
        # "from 1983 until 1992, then again from 1997 until 2010, 22 years in all")
        # "from 1969 until 2004, a period of 35 years": the span's own length
        span_years = next(
            (f for f in figures[k + 1 :] if f.kind is Kind.DURATION and f.start >= length.start()),
            None,
        )
        if (
            span_years is not None
            and span_years.start <= length.end() + 1
            # the length ends its clause: "…, three years after the crash" dates another thing
            and _CLAUSE_END.match(text, span_years.span[1])
        ):
            return _span_length(
                sentence, "from Y1 until Y2, a period of N years", first, then, span_years
            )
    if not in_order and not _SPAN_CONTEXT.search(clause):
        # the ends the wrong way round are flagged only where the words tell a span of
        # time ("led the council from 1992 until 1983"), not a move of a date or a count
        # ("moved from 2027 to 2026", "membership went from 2100 to 1900")
        return None
    return make_relation(
        sentence,
        "order",
        f"{opening.group('word').lower()} Y1 … Y2",
        {"dates": (first, then)},
        {"strict": False},
    )


def _span_length(
    sentence: Sentence, pattern: str, first: Figure, then: Figure, length: Figure
) -> Relation:
    """The ``elapsed`` check of a span of years against its stated length (``span``:
    the time gone by between a day of each year, against the length as rounded)."""
    roles = {"from": first, "to": then, "duration": length}
    return make_relation(sentence, "elapsed", pattern, roles, _SPAN_COUNT)


def _between(sentence: Sentence, a: Figure, b: Figure) -> str:
    return sentence.raw_gap(a.span[1], b.start)


def _is_dated(figure: Figure) -> bool:
    """A date with known days, or a plain number that can only be a year (``the 1776 act``)."""
    if figure.kind is Kind.DATE:
        return figure.low is not None and figure.high is not None
    value = figure.value
    return (
        figure.kind is Kind.QUANTITY
        and figure.hedge is Hedge.EXACT
        and unit_text(figure.unit) == "dimensionless"
        and value is not None
        and value.denominator == 1
        and 1000 <= value <= 2999
        and len(figure.text) == 4
    )


def _elapsed(sentence: Sentence, k: int, published: Figure | None) -> Relation | None:
    """``in 2015, eight years ago``; ``in 2021, 20 years after the 2001 invasion``."""
    figures = sentence.figures
    duration = figures[k]
    before = figures[k - 1] if k > 0 else None
    after = figures[k + 1] if k + 1 < len(figures) else None
    tail = sentence.raw_gap(duration.span[1], after.start if after else sentence.end)
    joint = None if before is None else _between(sentence, before, duration)
    near_before = (
        before is not None
        and _is_dated(before)
        and joint is not None
        and re.fullmatch(r"(?:,|—|–|-|\(|in|on)?\s*(?:some|about|nearly|almost)?", joint)
    )
    if _AGO.match(tail):
        if published is None or not near_before:
            return None
        assert before is not None
        if any(f is not before and f is not duration and _is_dated(f) for f in figures):
            # "'The plant opened in 1987, 20 years ago,' Mr Dale told MPs in 2007": another
            # year in the sentence may be the time "ago" counts back from
            return None
        # a year told alone may be any day of it: "built in 1996, 12 years ago" in
        # February 2009 is 12.1 to 13.1 years, whole years gone by 12 or 13 (review 35:
        # counting the calendar years, 13, flagged it)
        whole_years = {"count": "completed"} if before.granularity == "year" else {}
        return make_relation(
            sentence,
            "elapsed",
            "in Y, N years ago",
            {"from": before, "to": published, "duration": duration},
            whole_years,
        )
    if after is not None and _is_dated(after) and fits(_AFTER, tail, 40):
        if near_before:
            assert before is not None
            return make_relation(
                sentence,
                "elapsed",
                "in Y1, N years after Y0",
                {"from": after, "to": before, "duration": duration},
            )
        return None
    if _LATER.match(tail) and near_before and k >= 2:
        earlier = figures[k - 2]
        if _is_dated(earlier):
            return None  # "in 2001 … twenty years later, in 2021" reads two ways: skip
    return None


#: Between a year and the age someone was then: "in 1958, at the age of", "in 1958, aged".
_AGE_THEN = re.compile(r"\s*,?\s*(?:at\s+the\s+age\s+of|aged|when\s+(?:she|he)\s+was)\s*")


#: Between a birth year and the deed a later age is of: a clause of someone else's ("who
#: had arrived", "a man who fought", "whose father").
_ANOTHER_PERSON = re.compile(r"\b(?:who|whom|whose)\b", re.IGNORECASE)


def _age_at(sentence: Sentence, k: int) -> Relation | None:
    """ "Born in 1936, she joined the firm in 1958, at the age of 22": the years gone by
    from the birth year told in the sentence to the year of the deed."""
    figures, text = sentence.figures, sentence.text
    age = figures[k]
    if k == 0 or age.hedge is not Hedge.EXACT or age.value is None:
        return None
    then = figures[k - 1]
    if not _is_dated(then) or then.kind is not Kind.DATE:
        return None
    if not _AGE_THEN.fullmatch(text, then.span[1], age.start):
        return None
    if sum(1 for f in figures if f.kind is Kind.AGE) > 1:
        return None  # "aged 23, and her daughter took it over in 1994, aged 29": two people
    born = [
        f
        for f in figures
        if f is not then
        and _is_dated(f)
        and f.kind is Kind.DATE
        and (said := BORN_BEFORE.search(text, max(sentence.start, f.start - 45), f.start))
        # the subject's own birth: "Born in 1936, she …", "Ann Lee, born in 1936, …" (not
        # "Her father, who was born in 1902, …")
        and _SUBJECT_FOUNDED.fullmatch(text, sentence.start, said.start())
        and not _SOMETHING_ELSE_FOUNDED.search(text, sentence.start, said.start())
    ]
    if len(born) != 1:
        return None
    if born[0].start > then.start or _ANOTHER_PERSON.search(text, born[0].span[1], then.start):
        return None  # "Born in 1961, she was raised by her grandmother, who had arrived in
        # 1948, aged 19": the age is the one the clause names (review 32)
    years = attrs.evolve(age, unit="year", kind=Kind.DURATION)
    return make_relation(
        sentence,
        "elapsed",
        "born in Y0 … in Y1, at the age of N",
        {"from": born[0], "to": then, "duration": years},
        {"count": "completed"},
    )


#: Before a year something began in: "founded in 1925", "set up in 1985".
_FOUNDED = re.compile(
    r"\b(?:[Ff]ounded|[Ee]stablished|[Ff]ormed|[Ss]et\s+up|[Cc]reated|[Ll]aunched|"
    r"[Ii]ncorporated)\s+in\s+$"
)
#: The sentence's subject, then its founding in apposition: "The club, founded in",
#: "On 4 October 2025 the club, founded in", or "Founded in" opening the sentence (a
#: building "built" or a ground "opened" in a year is another thing's).
_SUBJECT_FOUNDED = re.compile(
    r"(?:(?:On|In|By)\s[^,]{0,30}?\d{4},?\s+)?(?:[Tt]he\s+)?(?:[\w'’&-]+\s+){0,4}?[\w'’&-]+,\s+"
    r"(?:[a-z]+\s+){0,1}$|"
)
_SOMETHING_ELSE_FOUNDED = re.compile(r"\b(?:whose|which|where|that)\b", re.IGNORECASE)
#: Right after "its Nth": the anniversary and nothing that makes it another one ("its
#: 10th anniversary in the UK", "… as a listed company", "… of the flagship store").
_OWN_ANNIVERSARY = re.compile(
    r"\s+anniversary(?:\s+(?:this\s+(?:year|week|month|weekend)|today))?"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|with|by|when)\b|\s+on\s+(?:[A-Z][a-z]+day|\d))"
)


def _founding_anniversary(sentence: Sentence, k: int, published: Figure | None) -> Relation | None:
    """ "On 4 October 2025 the club, founded in 1925, marked its 100th anniversary": the
    years from the founding told in the sentence to the day it is marked on.

    The day is a date with its year before the ordinal, or the publication date when
    the sentence "marks" it and names no other time. Only a founding and "its"
    anniversary of one sentence: another sentence's founding may be of another thing.
    """
    figures, text = sentence.figures, sentence.text
    number = figures[k]
    if not _OWN_ANNIVERSARY.match(text, number.span[1]):
        return None
    if not re.search(
        r"\b(?:its|their)\s+$", text[max(sentence.start, number.start - 8) : number.start]
    ):
        return None
    founded = [
        f
        for f in figures[:k]
        if _is_dated(f)
        and f.granularity in ("year", None)
        and (said := _FOUNDED.search(text, max(sentence.start, f.start - 20), f.start))
        # the subject's own founding, not a thing of its ("whose stadium was built in",
        # "which moved to a ground built in")
        and not _SOMETHING_ELSE_FOUNDED.search(text, sentence.start, f.start)
        and _SUBJECT_FOUNDED.fullmatch(text, sentence.start, said.start())
    ]
    if len(founded) != 1:
        return None
    event = founded[0]
    # the day it is marked on: a day with its year ("On 4 October 2025"), or a year that
    # opens the sentence ("In 2025, …"); another year may date another event ("which
    # won the cup in 1990")
    dated = [
        f
        for f in figures[:k]
        if f is not event
        and f.kind is Kind.DATE
        and _is_dated(f)
        and YEAR_PRINTED.search(f.text)
        and (
            f.granularity == "day"
            or re.fullmatch(r"\s*(?:in|by)?\s*", sentence.raw_gap(sentence.start, f.start))
        )
    ]
    date: Figure | None = dated[0] if len(dated) == 1 else None
    if date is None and not dated and published is not None:
        # "marks its 90th anniversary": today, unless the sentence names another time
        # (the founding phrase itself aside)
        rest = text[sentence.start : max(sentence.start, event.start - 20)]
        rest += text[event.span[1] : number.start]
        lead = sentence.raw_gap(event.span[1], number.start)
        if _MARKS.fullmatch(lead) and not _ELSEWHEN.search(rest.lower()):
            date = published
    return _marked(sentence, "founded in Y … its Nth anniversary", event, number, date, "on")


def _marked(
    sentence: Sentence,
    pattern: str,
    event: Figure,
    number: Figure,
    date: Figure | None,
    relation: str,
) -> Relation | None:
    """The anniversary relation, when a day it is marked on was found."""
    if date is None:
        return None
    return make_relation(
        sentence,
        "anniversary",
        pattern,
        {"event": event, "number": number, "date": date},
        {"relation": relation},
    )


def _anniversary(sentence: Sentence, k: int, published: Figure | None) -> Relation | None:
    """``On 11 September 2021, the 20th anniversary of the 2001 attacks``."""
    figures = sentence.figures
    number = figures[k]
    after = figures[k + 1] if k + 1 < len(figures) else None
    if after is None or not _is_dated(after) or after.granularity not in ("year", None):
        return None
    if not _ANNIVERSARY.match(sentence.raw_gap(number.span[1], after.start) + " "):
        return None
    if _YEARS_RANGE_AFTER.match(sentence.text, after.span[1]):
        return None  # "the end of the 1914-18 war": which year of the span is unclear
    before = figures[k - 1] if k > 0 else None
    lead = sentence.raw_gap(before.span[1] if before else sentence.start, number.start)
    relation = "on"
    if re.search(r"\b(?:before|ahead of|until|up to)\s+(?:the|its|their)?$", lead):
        relation = "before"
    elif re.search(r"\b(?:after|since)\s+(?:the|its|their)?$", lead):
        relation = "after"
    date: Figure | None = None
    if before is not None and _is_dated(before):
        joint = _between(sentence, before, number)
        if re.fullmatch(r"(?:,|—|–|-|\(|on|by)?\s*(?:the|its|their)?", joint):
            date = before
    if (
        date is None
        and published is not None
        and _MARKS.fullmatch(lead)
        and not _ELSEWHEN.search(sentence.raw_gap(sentence.start, sentence.end))
        # "A book marking the 50th anniversary", "The exhibition, opening in the spring,
        # marks": a thing made or held for the day may come out before it or after
        and not _MADE_FOR_IT.search(sentence.raw_gap(sentence.start, number.start))
    ):
        # "marks the 20th anniversary" is about the day of publication only when
        # the sentence places it at no other time ("next year", "will", "in 2025").
        date = published
    return _marked(sentence, "the Nth anniversary of Y", after, number, date, relation)
