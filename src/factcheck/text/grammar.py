"""The figure grammar shared by :func:`parse_figure` and :func:`find_figures`.

One reading of a figure, at a token position::

    figure  := [trend-prefix] [hedge] core [suffix-hedge] [trend-suffix] [noun]
    core    := date | range | multiple | ordinal | amount
    range   := "between" end "and" end | ["from"] end ("to" | "–" | "-") end
    amount  := [currency] number [scale] [unit]

Every alternative is tried and the longest wins, so ``29 February 2020`` is a
date, not the number 29. The grammar never backtracks over more than a few
tokens, so reading is linear in the length of the text.

The figure's span (``text``, ``start``, ``end``) covers the hedge, the number
and its unit (``more than $1.6 billion``, ``between 58,000 and 100,000``);
trend words and the noun are recorded (``trend``, ``noun``) but left out of
the span, so a report underlines the figure itself.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from fractions import Fraction
from operator import attrgetter

import attrs

from factcheck._repr import fields_repr
from factcheck.errors import FigureError
from factcheck.figures import Figure, Hedge, Kind, Trend, _built
from factcheck.intervals import Interval, _interval
from factcheck.text import dates as _dates
from factcheck.text.hedges import (
    HEDGE_PHRASES,
    HEDGE_STARTS,
    SUFFIX_HEDGES,
    HedgeWord,
    floored_at_zero,
    hedge_interval,
    read_hedge,
    read_suffix_hedge,
)
from factcheck.text.numbers import (
    DETERMINERS,
    FRACTION_WORDS,
    MULTIPLE_WORDS,
    ORDINAL_WORDS,
    PREDETERMINER_MULTIPLES,
    SCALES,
    VULGAR_FRACTIONS,
    WORD_NUMBERS,
    NumberReading,
    power_of_ten,
    read_multiple,
    read_number,
    read_numeral,
    read_ordinal,
    slash_fraction,
)
from factcheck.text.tokens import (
    END,
    KIND,
    LOW,
    NUM,
    PARA,
    SPACED,
    START,
    SYM,
    TEXT,
    WORD,
    Token,
    normalize,
    phrase_fits,
    phrase_index,
    tokenize,
)
from factcheck.text.unitwords import (
    CODE_ALIASES,
    CURRENCY,
    CURRENCY_CODES,
    DOLLAR_WORDS,
    DURATION,
    LETTER_CURRENCIES,
    PEOPLE,
    POINT,
    SIGN_FIRST_DOLLARS,
    UNIT_STARTS,
    UnitWord,
    read_currency_prefix,
    read_unit_suffix,
    scaled_code,
    unit,
    weighed,
)
from factcheck.text.vocabulary import (
    BY_VERBS,
    CHANGE_VERBS,
    LEVEL_NOUN_MODIFIERS,
    LEVEL_NOUNS,
    NOUN_VERBS,
    PEOPLE_WORDS,
    PHRASAL_UP,
    SCALE_SIZES,
    STOP_WORDS,
    TREND_PREFIXES,
    TREND_SUFFIXES,
    VAGUE_PLURALS,
    VAGUE_SCALED,
)
from factcheck.units import CURRENCY_SYMBOLS, counted_name

#: Before "half" or "quarter" that name a part of a period: "the first half of the year".
_HALF_OF_A_SPAN = frozenset({"first", "second", "third", "fourth", "final", "last", "latter"})

#: The unit of "a quarter of a percentage point".
_FRACTION_POINT = UnitWord("percentage_point", POINT)

__all__ = ["START_SYMBOLS", "START_WORDS", "Grammar", "Options", "Reading", "glued", "is_start"]

_VAGUE = VAGUE_PLURALS
_SCALED_WORDS = frozenset(words for words, _ in VAGUE_SCALED)
#: A second scale word after "several hundred": "several hundred thousand people".
_SCALE_AFTER = {word: size for word, size in SCALE_SIZES.items() if size > 100}
#: Every vague count, with "of" after it or not ("hundreds of", "several hundred").
_VAGUE_ALL = (*_VAGUE, *VAGUE_SCALED)
_VAGUE_FIRST = frozenset(words[0] for words, _ in _VAGUE_ALL)
_STOP = STOP_WORDS
#: Words between a count and its noun that the noun test would stop at.
_COUNT_ADJECTIVES = frozenset({"other", "more", "further", "additional"})
_VERBS = NOUN_VERBS
_PEOPLE = PEOPLE_WORDS
#: Verbs of a move in the past, never a noun after a number ("the Nifty 50 fell 0.4%");
#: "cut" and "shed" stay out: "a 10% cut" names the move.
_PAST_MOVES = frozenset(
    {w for w in CHANGE_VERBS if w.endswith("ed") and w not in {"shed"}}
    | {"fell", "rose", "grew", "sank", "slid", "shrank", "lost", "leapt", "fallen", "risen"}
)
_TREND_SUFFIXES = TREND_SUFFIXES


_PREFIX_INDEX = phrase_index(TREND_PREFIXES)
#: First words of trend phrases written before a figure.
TREND_STARTS = frozenset(_PREFIX_INDEX)

_COUNT_CATEGORIES = (None, PEOPLE, CURRENCY, DURATION)
_LOWER_BOUNDS = frozenset({Hedge.MORE_THAN, Hedge.AT_LEAST})
_UPPER_BOUNDS = frozenset({Hedge.LESS_THAN, Hedge.UP_TO})
#: Verbs of a move whose particle "up" can stand before "to" and a level.
_UP_PARTICLE_VERBS = frozenset(
    {"picking", "picked", "edged", "edging", "inched", "inching", "ticked", "ticking", "crept"}
    | {"creeping", "nudged", "nudging", "moved", "moving", "stepped", "stepping", "ramped"}
    | {"ramping", "ratcheted", "revised"}
)
#: One word that tells a time between a verb's object and "by": "cut rates yesterday by".
_TIME_WORDS = frozenset({"yesterday", "today", "overnight"})
#: Words after which "over" + a duration is the period of a figure ("paid over 3 years").
_PERIOD_BEFORE_OVER = frozenset(
    {"earn", "earned", "earns", "paid", "pay", "spread", "invested", "spent", "saved"}
    | {"repaid", "raised", "lost", "gained", "averaged", "total", "totalled", "totaled"}
)
#: First tokens of the hedges written after a figure ("or more", "+"), split as
#: factcheck.text.hedges splits them.
_SUFFIX_STARTS = frozenset(tokenize(phrase)[0][LOW] for phrase in SUFFIX_HEDGES)
_END = attrgetter("end")
_RANGE_DASHES = ("-", "–", "—")
_DETERMINERS = frozenset({"the", "its", "his", "her", "their", "our", "my", "your"})
_SUPERLATIVES = frozenset({"best", "worst", "most", "least", "biggest", "largest", "oldest"})
#: Words before the ones ranked ahead: "second biggest after", "third behind".
_RANKED_AFTER = frozenset({"after", "behind", "following"})
#: Counted turns, not ranks, after an ordinal: "the second time after the vote".
_TURNS = frozenset(
    {"time", "times", "day", "week", "month", "year", "quarter", "half", "round", "set", "leg"}
    | {"game", "match", "test", "term", "season", "period", "attempt", "stage", "hour"}
    # a streak: "fell for a fourth straight day", "a second consecutive weekend"
    | {"straight", "consecutive", "successive", "running", "weekend", "row", "night", "session"}
    | {"minute", "innings", "try", "goal", "phase", "part", "reading", "ballot", "vote"}
)
#: Words ending in "-est" that rank nothing.
_NOT_SUPERLATIVES = frozenset(
    {
        "interest",
        "interests",
        "forest",
        "request",
        "harvest",
        "protest",
        "contest",
        "honest",
        "modest",
        "arrest",
        "conquest",
        "inquest",
        "manifest",
        "earnest",
        "midwest",
        "southwest",
        "northwest",
        "suggest",
    }
)


# Never compared: without eq, attrs compiles no __eq__/__hash__ at import (cold start).
@attrs.frozen(eq=False)
class Options:
    """How the grammar reads: the ``about`` tolerance, the year for dates without one,
    whether errors are raised (``strict``, for :func:`parse_figure`) or the
    reading skipped (for the scanner), whether a bare four-digit number
    is a year, and whether weak readings are wanted (the scanner drops them:
    without ``keep_weak`` one comes back as no reading, and is not built)."""

    __repr__ = fields_repr

    tolerance: Fraction
    default_year: int | None = None
    strict: bool = False
    bare_years: bool = False
    year_span: tuple[int, int] = (1800, 2100)
    keep_weak: bool = True


# Never compared: without eq, attrs compiles no __eq__/__hash__ at import (cold start).
@attrs.frozen(eq=False)
class Reading:
    """A figure read from tokens ``start``–``end`` (exclusive, context words included).

    ``weak`` marks readings that are figures only in the right company (a
    lone number word such as ``one``, an ordinal word, ``half`` without ``of``).
    """

    __repr__ = fields_repr

    figure: Figure
    start: int
    end: int
    weak: bool = False


# Not frozen only because a frozen attrs class sets each of its fields through
# object.__setattr__, three times slower to build, and the grammar builds one
# for every reading it tries. Never changed once built: readings share them.
@attrs.define(eq=False)
class _Core:
    __repr__ = fields_repr

    kind: Kind
    rounding: Interval | None  # None: a date whose year is unknown
    hedge: Hedge
    start: int
    end: int
    value: Fraction | None = None
    precision: Fraction | None = None
    unit_name: str | None = None
    category: str | None = None
    trend: Trend | None = None
    parts: tuple[Figure, ...] = ()
    weekday: int | None = None
    granularity: str | None = None
    number: NumberReading | None = None
    currency: str | None = None
    weak: bool = False
    bare_year: bool = False
    vague: bool = False


class Grammar:
    """Reads figures from the tokens of one text (``tokens`` are ``tokenize(text)``)."""

    def __init__(self, text: str, tokens: Sequence[Token], options: Options) -> None:
        self.text = text
        self.tokens = tokens
        self.options = options
        self.n = len(tokens)
        # Amounts and dates at a token are read by several alternatives (the
        # figure itself, a range's first end): each is read once.
        self._amounts: dict[int, _Core | None] = {}
        self._dates: dict[int, _Core | None] = {}
        self._times: list[int] | None = None  # where "times" and "fold" stand, once asked

    # ------------------------------------------------------------------ helpers
    def _low(self, i: int) -> str:
        return self.tokens[i][LOW] if 0 <= i < self.n else ""

    def _span(self, start: int, end: int) -> tuple[int, int]:
        return self.tokens[start][START], self.tokens[end - 1][END]

    def _error(self, message: str, start: int, end: int, hint: str) -> FigureError:
        a, b = self._span(start, end)
        return FigureError(f"{message}: {self.text[a:b]!r}", start=a, end=b, hint=hint)

    # ------------------------------------------------------------------- entry
    def figure_at(self, i: int) -> Reading | None:
        """The longest figure reading that starts at token ``i``, if any.

        In strict mode a reading that cannot be right (a backwards range, an
        impossible date, a number too long to read) raises
        :class:`~factcheck.errors.FigureError` located in the text.
        """
        try:
            return self._figure_at(i)
        except FigureError as exc:
            if exc.start is None:
                exc.start, exc.end = self.tokens[i][START], self.tokens[i][END]
            raise

    def _figure_at(self, i: int) -> Reading | None:
        trend: Trend | None = None
        found = self._trend_prefix(i)
        core: tuple[_Core, int, HedgeWord | None] | None = None
        if found is not None:
            trend, j = found
            core = self._hedged(j)
            if core is None:
                trend = None
        if core is None:
            core = self._hedged(i)
        if core is None:
            return None
        base, span_start, hedge_word = core
        if hedge_word is not None and hedge_word.hedge in _LOWER_BOUNDS:
            joined = self._two_bounds(base, hedge_word)
            if joined is not None:
                base, hedge_word = joined, None
        return self._finish(base, i, span_start, hedge_word, trend)

    def _two_bounds(self, first: _Core, word: HedgeWord) -> _Core | None:
        """``above 1000 and below 1500``: a lower and an upper bound joined are one range.

        The ends lend each other unit and scale as a range's do
        (``more than 2 and less than 3 million``); the interval is what both
        hedges allow. Bounds that leave nothing between them are not joined.
        """
        k = first.end
        if first.parts or first.number is None or self._low(k) not in ("and", "but"):
            return None
        found = read_hedge(self.tokens, k + 1) if self._low(k + 1) in HEDGE_STARTS else None
        if found is None or found[0].hedge not in _UPPER_BOUNDS:
            return None
        upper, m = found
        second = self._amount(m)
        if second is None or second.number is None:
            return None
        rng = self._join(first, second, first.start, years=False)  # "above 1000": no year
        if rng is None or rng.kind is Kind.DATE or len(rng.parts) != 2:
            return None
        low_end, high_end = rng.parts
        tolerance = self.options.tolerance
        low = hedge_interval(word, low_end.interval, tolerance, printed=low_end.value)
        high = hedge_interval(
            upper,
            high_end.interval,
            tolerance,
            nonnegative=floored_at_zero(rng.unit_name, high_end.value),
            printed=high_end.value,
        )
        both = low.intersect(high)
        if both.is_empty:
            return None
        return attrs.evolve(rng, rounding=both)

    def _trend_prefix(self, i: int) -> tuple[Trend, int] | None:
        low = self._low(i)
        entries = _PREFIX_INDEX.get(low)
        if entries is None:
            return None  # most places: no trend phrase starts with the word
        if low == "up" and self._low(i - 1) in PHRASAL_UP:
            return None  # "made up 11% of the sample" states a share, not a rise
        if low == "+" and (i + 1 >= self.n or self.tokens[i + 1][SPACED]):
            return None  # "5 + 3" is a sum; "+0.8%" a rise
        for words, trend in entries:
            if phrase_fits(self.tokens, i, words):
                return trend, i + len(words)
        return None

    def _hedged(self, j: int) -> tuple[_Core, int, HedgeWord | None] | None:
        found = read_hedge(self.tokens, j) if self._low(j) in HEDGE_STARTS else None
        if found is not None and self._low(j) == "up" and self._low(j - 1) in _UP_PARTICLE_VERBS:
            found = None  # "picking up to 4.2%": a verb's particle, then the level reached
        if found is not None and _dates.fiscal_year(self.tokens, found[1]) is not None:
            found = None  # "£1bn over 2025-26": a period, not "more than 2025"
        if found is not None:
            word, k = found
            core = self._core(k, hedged=True)
            if core is not None and core.rounding is not None:
                if core.kind is Kind.DURATION and k == j + 1 and self._period_over(j):
                    return None  # "rose 5% over three years": the years are read on their own
                return core, j, word
        core = self._core(j, hedged=False)
        if core is None:
            return None
        return core, core.start, None

    def _period_over(self, j: int) -> bool:
        """``over`` at ``j`` opens the period a figure before it covers, not a hedge.

        "rose 5% over three years" and "earn $2,000 over 3 years" spread a
        figure over a period; "in over a decade" and "served over 5 years"
        say more than. Only a figure, a change word or a verb of paying right
        before "over" makes it a period.
        """
        if self._low(j) != "over" or j == 0:
            return False
        prev = self.tokens[j - 1]
        return (
            prev[KIND] == NUM
            or prev[TEXT] == "%"
            or prev[LOW] in _PERIOD_BEFORE_OVER
            or prev[LOW] in CHANGE_VERBS
            or prev[LOW] in _TREND_SUFFIXES
            or prev[LOW] in UNIT_STARTS
            or prev[LOW] in SCALES
        )

    # -------------------------------------------------------------------- core
    def _core(self, j: int, *, hedged: bool) -> _Core | None:
        if j >= self.n:
            return None
        tok = self.tokens[j]
        if tok[KIND] == WORD and tok[LOW] not in _CORE_WORDS and tok[TEXT] not in _dates.MONTHS:
            return None  # "over", "rose", "the": no number, date or multiple starts here
        candidates: list[_Core] = []
        if not hedged:
            date = self._date(j)
            if date is not None:
                candidates.append(date)
        rng = self._range(j)
        if rng is not None:
            candidates.append(rng)
        multiple = self._multiple(j)
        if multiple is not None:
            candidates.append(multiple)
        if not hedged:
            ordinal = self._ordinal(j)
            if ordinal is not None:
                candidates.append(ordinal)
        vague = self._vague(j) if tok[LOW] in _VAGUE_FIRST else None
        if vague is not None:
            candidates.append(vague)
        amount = self._amount(j)
        if amount is not None:
            if not hedged:
                amount = self._maybe_year(amount)
            candidates.append(amount)
        if not candidates:
            return None
        # Longest wins; on a tie the earlier (date, range, multiple) does.
        return candidates[0] if len(candidates) == 1 else max(candidates, key=_END)

    def _date(self, j: int) -> _Core | None:
        if j in self._dates:
            return self._dates[j]
        found = self._read_date(j)
        self._dates[j] = found
        return found

    def _read_date(self, j: int) -> _Core | None:
        tok = self.tokens[j]
        if not _dates.may_start(tok) or (
            tok[KIND] == NUM
            and len(tok[TEXT]) > 2
            and not (len(tok[TEXT]) == 4 and self._low(j + 1) in ("-", "/", "–"))
        ):
            return None  # no date starts with a sign or "from", or a number no day or year
        try:
            reading = _dates.read_date(self.tokens, j, self.options.default_year)
        except FigureError:
            if self.options.strict:
                raise
            return None
        if reading is None:
            reading = _dates.fiscal_year(self.tokens, j)
            if reading is None:
                return None
        return self._date_core(reading)

    def _date_core(self, reading: _dates.DateReading) -> _Core:
        if reading.first is None or reading.last is None:
            rounding = None
        else:
            rounding = Interval.closed(reading.first.toordinal(), reading.last.toordinal())
        day = reading.granularity == "day"
        return _Core(
            Kind.DATE,
            rounding,
            Hedge.EXACT if day else Hedge.ROUNDED,
            reading.start,
            reading.end,
            value=rounding.low if (day and rounding is not None) else None,
            unit_name="day",
            weekday=reading.weekday,
            granularity=reading.granularity,
        )

    def _bare_year(self, core: _Core) -> int | None:
        """The year a bare four-digit number (no unit, no scale, one token) could be."""
        num = core.number
        if (
            num is None
            or core.unit_name is not None
            or core.currency is not None
            or num.scale != 1
            or num.words
            or num.end - num.start != 1
            or not _dates.looks_like_year(self.tokens[num.start])
        ):
            return None
        return int(self.tokens[num.start][TEXT])

    def _maybe_year(self, core: _Core) -> _Core:
        """A bare four-digit number read as a year where the context says so."""
        year = self._bare_year(core)
        if year is None or core.number is None:
            return core
        num = core.number
        prev = self._low(num.start - 1)
        in_span = self.options.year_span[0] <= year <= self.options.year_span[1]
        if prev in _dates.YEAR_CONTEXT or (
            self.options.bare_years
            and (
                (in_span and not self._noun_follows(num.end))
                # a count above one takes a plural: "the 1974 flood" is a year
                or self._singular_noun_follows(num.end)
            )
        ):
            year_core = self._date_core(_dates.year_reading(year, num.start, num.end))
            year_core.bare_year = True  # built just now and not shared yet: no copy needed
            return year_core
        return core

    def _singular_noun_follows(self, k: int) -> bool:
        if not self._noun_follows(k) or _unit_start(self.tokens[k]):
            return False
        word = self.tokens[k][LOW]
        return not word.endswith("s") or word.endswith(("ss", "us", "is"))

    def _noun_follows(self, k: int) -> bool:
        if k >= self.n:
            return False
        tok = self.tokens[k]
        if tok[KIND] == WORD and tok[TEXT].islower():
            if tok[LOW] in ("most", "least"):
                return self._plural_within(k)  # "the two most loyal groups"
            return tok[LOW] not in _STOP
        # "seven European countries", "four FA Cup finals": names before a plural noun
        for j in range(k, min(k + 3, self.n)):
            cap = self.tokens[j]
            if cap[KIND] != WORD or cap[TEXT].islower():
                break
            if cap[TEXT] in _dates.MONTHS or cap[TEXT] in _dates.WEEKDAYS:
                return False
            if j > k and _abbreviated_plural(cap[TEXT]):
                return True  # "Three Labour MPs", "two Tory MEPs": a name, then the plural
            if j == k and k and self.tokens[k - 1][TEXT][0].isupper() and _title_plural(cap[TEXT]):
                # "Six Nations rugby coaches", "Three Lions squad members": a title (a number
                # in lower case counts: "two Texas oil producers")
                return False
            nxt = self.tokens[j + 1] if j + 1 < self.n else None
            if nxt is not None and nxt[KIND] == WORD and nxt[TEXT].islower():
                return self._plural_within(j + 1)
        return False

    def _in_a_title(self, num: NumberReading) -> bool:
        """ "Radio Four", "Channel Four News", "the Big Ten": a number in words with a
        capital after a capitalised word is part of a name."""
        first = self.tokens[num.start]
        if num.start == 0 or not first[TEXT][0].isupper():
            return False
        before = self.tokens[num.start - 1]
        return before[KIND] == WORD and before[TEXT][0].isupper() and not first[PARA]

    def _plural_within(self, k: int) -> bool:
        """Whether a plural noun comes at ``k`` after at most two lower-case modifiers
        ("Chinese state-run banks", "European car makers"); a glued hyphen joins one
        modifier's parts."""
        modifiers = 0
        for q in range(k, min(k + 6, self.n)):
            tok = self.tokens[q]
            if tok[TEXT] == "-" and not tok[SPACED]:
                continue
            if tok[KIND] == WORD and _abbreviated_plural(tok[TEXT]):
                return True  # "Nine Tory backbench MPs"
            if tok[KIND] != WORD or not tok[TEXT].islower():
                return False
            if tok[LOW] in _STOP and not (tok[LOW] in ("most", "least") and q == k):
                return False  # "the two most loyal groups": a superlative's "most"
            glued = q + 1 < self.n and self.tokens[q + 1][TEXT] == "-"
            glued = glued and not self.tokens[q + 1][SPACED]
            if tok[LOW].endswith("s") and not glued:
                return True
            modifiers += 1
            if modifiers > 2:
                return False
        return False

    def _named_plural_follows(self, num: NumberReading, k: int) -> bool:
        """``two MPs``, ``three Turks``, ``four Wallabies``: a plural written with a
        capital counts its things after a number in lower case, or after any number
        when it is letters of an abbreviation (``Three MPs voted``) or a list follows
        (``Two Britons - A, B and C``). A title keeps its number: ``the Six
        Nations``, ``the Three Kings``."""
        if k >= self.n or self.tokens[k][KIND] != WORD:
            return False
        word = self.tokens[k][TEXT]
        if len(word) < 3 or not word.isalpha() or word[-1] != "s":
            return False
        if word[:-1].isupper():
            return True  # "MPs", "CDs", "MEPs"
        if not (word[0].isupper() and word[1:].islower()):
            return False  # "Turks", "Wallabies"; not "McDonalds"
        # a number in capitals counts when its things are listed next: "Two Britons -
        # Draper, Boulter and Norrie -"
        listed = k + 1 < self.n and self.tokens[k + 1][TEXT] in ("-", "–", "—")
        return self.tokens[num.start][TEXT].islower() or listed

    def _of_the_most(self, num: NumberReading, k: int) -> bool:
        """``one of the best speakers``, ``two of the world's biggest miners``: a count of
        members of a ranked set.

        "One of" and "two of" are most often no figure ("one of them", "two of the
        reasons"); before a superlative they count members of a ranked set, perhaps
        after an owner ("two of Britain's largest banks").
        """
        value = num.value
        if value.denominator != 1 or not 1 <= value <= 12 or self._low(k) != "of":
            return False
        j = k + 1
        if self._low(j) in _DETERMINERS:
            j += 1
        if self._low(j).endswith(("'s", "’s")):
            j += 1  # "the world's", "Britain's"
        if j == k + 1:
            return False
        word = self._low(j)
        return word in _SUPERLATIVES or (
            len(word) > 5 and word.endswith("est") and word not in _NOT_SUPERLATIVES
        )

    def _part_of_a_whole(self, num: NumberReading, k: int) -> bool:
        """``Eight of the city's 11 fire stations``, ``nine of ten``, ``two of which``: a
        count of a stated whole.

        A number spelled out (as AP style spells one to nine) before "of" is a
        figure when the whole it is part of is stated within three words;
        "two of them" states no whole, and "one of" is left to
        :meth:`_of_the_most`.
        """
        value = num.value
        if value.denominator != 1 or not 2 <= value < 100 or self._low(k) != "of":
            return False
        if self._low(k + 1) in ("which", "whom"):
            return True  # "24 lenders, two of which": the whole was named just before
        for j in range(k + 1, min(k + 4, self.n)):
            tok = self.tokens[j]
            if tok[KIND] == NUM or tok[LOW] in WORD_NUMBERS:
                return True
            possessive = tok[LOW].endswith(("'s", "’s"))
            if tok[KIND] != WORD or (tok[LOW] not in _DETERMINERS and not possessive):
                return False
        return False

    def _ordinal(self, j: int) -> _Core | None:
        found = read_ordinal(self.tokens, j)
        if found is None:
            return None
        value, end = found
        weak = (
            self.tokens[j][KIND] == WORD
            and self._low(end) != "anniversary"
            and not (value > 1 and self._ranked_after(end))
        )
        return _Core(
            Kind.ORDINAL,
            Interval.point(value),
            Hedge.EXACT,
            j,
            end,
            value=Fraction(value),
            weak=weak,
        )

    def _ranked_after(self, k: int) -> bool:
        """``the second biggest in the world after the New York Stock Exchange``, ``came
        third behind Smith``: a word ordinal ranks a thing when the clause goes on to
        name the ones ahead of it after "after", "behind" or "following" (a capital
        next). A turn is no rank: "the second time after", "the third quarter after"."""
        if self._low(k) in _TURNS:
            return False
        for r in range(k, min(k + 20, self.n)):
            tok = self.tokens[r]
            if tok[LOW] in _RANKED_AFTER:
                q = r + 1 + (self._low(r + 1) == "the")
                if q >= self.n or self.tokens[q][KIND] != WORD:
                    return False
                name = self.tokens[q][TEXT]
                if name[0].isupper() and name not in _dates.MONTHS:
                    return True
                continue  # "following a profit warning, after A, B and C": not yet the names
            # a name's number or an amount may stand in the clause: "of a FTSE 250
            # company", "to reach a value of $3tn"
            if tok[KIND] == NUM or tok[TEXT] in ("$", "£", "€", "¥", "%"):
                continue
            if tok[KIND] != WORD and tok[TEXT] not in ("-", ",", "'s", "’s"):
                return False
        return False

    def _where_times(self) -> list[int]:
        """The indices of the tokens "times" and "fold", in order."""
        # A token reads "times" only where the lower-cased text has those
        # letters (lower-casing maps character by character, and the tokens
        # are read from the normalised text). Most articles have neither word:
        # one search in C then spares a pass over every token.
        low = normalize(self.text).lower()
        if "times" not in low and "fold" not in low:
            return []
        return [k for k, t in enumerate(self.tokens) if t[2] in ("times", "fold")]

    def _multiple(self, j: int) -> _Core | None:
        tok = self.tokens[j]
        if tok[LOW] == "half" and self._in_half(j):
            return _Core(
                Kind.MULTIPLE,
                Interval.point(Fraction(1, 2)),
                Hedge.EXACT,
                j,
                j + 1,
                value=Fraction(1, 2),
                trend=Trend.DOWN,
            )
        if tok[LOW] not in MULTIPLE_WORDS and not tok[LOW].endswith("fold"):
            # "three times", "5-fold", "2.5 times": the word comes within a few tokens
            if self._times is None:
                self._times = self._where_times()
            at = bisect.bisect_right(self._times, j)
            if at == len(self._times) or self._times[at] > j + 5:
                return None
        if tok[LOW] in PREDETERMINER_MULTIPLES and self._low(j + 1) not in DETERMINERS:
            return None  # "a double blow", "double-digit growth"
        found = read_multiple(self.tokens, j)
        if found is None:
            return None
        factor, direction, end = found
        tok = self.tokens[j]
        precision: Fraction | None = None
        rounding = Interval.point(factor)
        hedge = Hedge.EXACT
        if tok[KIND] == NUM and ("." in tok[TEXT] or factor >= 10):
            # "2.5 times", and "120 times the pay of a typical worker": a ratio printed
            # in digits is rounded to its last digit like any other figure
            precision = read_numeral(tok[TEXT]).precision
            rounding = Interval.rounded(factor, precision)
            hedge = Hedge.ROUNDED
        weak = tok[LOW] == "twice" and self._low(end) not in ("as", "the", "that")
        return _Core(
            Kind.MULTIPLE,
            rounding,
            hedge,
            j,
            end,
            value=factor,
            precision=precision,
            trend=None if direction is None else Trend(direction),
            weak=weak,
        )

    def _in_half(self, j: int) -> bool:
        """``cut its stake in half to 10%``: after a cutting verb, "in half" halves.

        Not "in half an hour" nor "split in half the time": the phrase ends there.
        """
        if self._low(j - 1) != "in" or self._low(j + 1) not in _AFTER_IN_HALF:
            return False
        return any(self._low(k) in _HALVING_VERBS for k in range(max(0, j - 7), j - 1))

    def _vague(self, j: int) -> _Core | None:
        """``hundreds of``, ``tens of thousands of``, ``several hundred``, ``a few
        thousand``: at least twice the scale word."""
        if self._low(j) not in _VAGUE_FIRST or (self._low(j) == "a" and self._low(j + 1) != "few"):
            return None  # most of all: "a" before anything but "few"
        for words, least in _VAGUE_ALL:
            end = j + len(words)
            if end <= self.n and all(self.tokens[j + k][LOW] == w for k, w in enumerate(words)):
                if words in _SCALED_WORDS:
                    # "several hundred people": no "of" to come; "several hundred thousand"
                    # is hundreds of thousands
                    more = _SCALE_AFTER.get(self._low(end))
                    if more is not None:
                        least, end = least * more, end + 1
                elif end >= self.n or self._low(end) != "of":
                    return None
                return _Core(
                    Kind.QUANTITY,
                    Interval(least, None, True, False),
                    Hedge.AT_LEAST,
                    j,
                    end,
                    value=Fraction(least),
                    vague=True,
                )
        return None

    # ------------------------------------------------------------------ amounts
    def _amount(self, j: int) -> _Core | None:
        if j in self._amounts:
            return self._amounts[j]
        found = self._read_amount(j)
        self._amounts[j] = found
        return found

    def _read_amount(self, j: int) -> _Core | None:
        currency: str | None = None
        k = j
        negative = self._minus_before_money(k)
        if negative:
            k += 1
        # most amounts start with a numeral, and a numeral is no currency sign or code
        found = None if self.tokens[k][KIND] == NUM else read_currency_prefix(self.tokens, k)
        if found is not None:
            currency, k = found
            # "USD" alone is a word, "$ 5" is money
        elif negative:
            return None
        try:
            num = read_number(self.tokens, k)
            if num is not None and negative:
                num.value, num.start = -num.value, j
            if num is None and k == 0 and self._spaced_minus():
                num = read_number(self.tokens, 1)  # a quote "- 1,200,000"
                if num is not None:
                    num.value, num.start = -num.value, 0
        except FigureError:
            if self.options.strict:
                raise
            return None
        if num is None or (currency is not None and num.fraction):
            return None
        end = num.end
        if (
            currency is None
            and end < self.n
            and _money_after(self.tokens[end])
            and not num.fraction
        ):
            written_after = self._currency_after(end)  # "10 €", "20€", "30 MUSD"
            if written_after is not None:
                currency, factor, end = written_after
                if factor != 1:
                    num = _scaled(num, factor)
        unit_word: UnitWord | None = None
        # "two and a half years" takes a unit; "a quarter" and "half" stay bare shares,
        # except of a point: "a quarter of a percentage point", "half a point".
        if num.fraction and num.value <= 1:
            point_end = self._point_of_fraction(end)
            if point_end is not None:
                unit_word, end = _FRACTION_POINT, point_end
        elif not num.fraction or num.value > 1:
            suffix = read_unit_suffix(self.tokens, end)
            if (
                suffix is None
                and not num.words  # "a five-year plan" describes the plan
                and end + 1 < self.n
                and self.tokens[end][TEXT] == "-"
                and not self.tokens[end][SPACED]
                and not self.tokens[end + 1][SPACED]
            ):
                suffix = read_unit_suffix(self.tokens, end + 1)  # "6.1-inch", "30-year"
            if suffix is not None:
                word, after = suffix
                if currency is None or (word.category == CURRENCY and word.unit == currency):
                    unit_word, end = word, after
        code = currency if currency is not None else None
        if code is None and unit_word is not None and unit_word.category == CURRENCY:
            code = unit_word.unit
        if code is not None and num.integral_print and not num.fraction:
            cents = self._sub_unit(end, code)  # "3 dollars 50 cents", "£3 and 50p"
            if cents is not None:
                hundredths, end = cents
                num = attrs.evolve(num, value=num.value + Fraction(hundredths, 100))
        return self._amount_core(num, currency, unit_word, j, end)

    def _spaced_minus(self) -> bool:
        """A quote that opens with a minus sign set apart from its number (``- 1,200,000``).

        Only :func:`parse_figure` reads it: in running text a spaced dash
        before a number is a dash or a list bullet far more often.
        """
        return (
            self.options.strict
            and self.n > 1
            and self.tokens[0][TEXT] in ("-", "−")
            and self.tokens[1][KIND] == NUM
        )

    def _currency_after(self, k: int) -> tuple[str, int, int] | None:
        """A currency written after a number: ``10 €``, ``20€``, ``10$``, ``30 MUSD``.

        The code, the scale glued to it (``MUSD`` is millions of dollars) and
        the end. A sign that opens the next amount (``5 €10``) is none.
        """
        if k >= self.n:
            return None
        tok = self.tokens[k]
        if tok[KIND] == SYM and tok[TEXT] in CURRENCY_SYMBOLS:
            if k + 1 < self.n and self.tokens[k + 1][KIND] == NUM:
                return None
            return CURRENCY_SYMBOLS[tok[TEXT]], 1, k + 1
        if tok[KIND] == WORD and len(tok[TEXT]) > 3:
            scaled = scaled_code(tok[TEXT])
            if scaled is not None:
                return scaled[0], scaled[1], k + 1
        return None

    def _sub_unit(self, k: int, code: str) -> tuple[int, int] | None:
        """``50 cents`` or ``and 50p`` after a whole amount in ``code``: hundredths and end."""
        if self._low(k) == "and":
            k += 1
        if k + 1 >= self.n:
            return None
        tok, word = self.tokens[k], self.tokens[k + 1]
        if tok[KIND] != NUM or not tok[TEXT].isdigit() or len(tok[TEXT]) > 2:
            return None
        if word[LOW] in ("cents", "cent"):
            ok = code != "GBP" and code != "JPY"
        elif word[LOW] == "pence" or (word[TEXT] == "p" and not word[SPACED]):
            ok = code == "GBP"
        else:
            return None
        return (int(tok[TEXT]), k + 2) if ok else None

    def _point_of_fraction(self, k: int) -> int | None:
        """The end of "of a percentage point", "a point", "percentage point" at ``k``."""
        words = self.tokens
        if k < self.n and words[k][LOW] == "of":
            k += 1
        if k < self.n and words[k][LOW] in ("a", "one"):
            k += 1
        if k < self.n and words[k][LOW] == "percentage":
            k += 1
        if k < self.n and words[k][LOW] in ("point", "points") and not words[k][PARA]:
            return k + 1
        return None

    def _amount_core(
        self,
        num: NumberReading,
        currency: str | None,
        unit_word: UnitWord | None,
        start: int,
        end: int,
    ) -> _Core:
        if currency is not None:
            unit_name: str | None = currency
            category: str | None = CURRENCY
        elif unit_word is not None:
            unit_name, category = unit_word.unit, unit_word.category
        else:
            unit_name = category = None
        counts = category in _COUNT_CATEGORIES
        precision = num.precision
        if num.fraction:
            # "a quarter", "2½ years" are exact ("a quarter of a percentage point" too);
            # "2½ miles" measured is rounded to the half
            exact = counts or category == POINT
            if not exact:
                precision = Fraction(1, num.value.denominator)
        elif num.words:
            exact = precision is None and counts
            if precision is None and not exact:
                precision = Fraction(1)
        else:
            exact = num.integral_print and counts
        if exact:
            rounding = _interval(num.value, num.value, True, True)  # ends already Fractions
            hedge, precision = Hedge.EXACT, None
        else:
            assert precision is not None
            rounding = Interval.rounded(num.value, precision)
            hedge = Hedge.ROUNDED
        weak = False
        if (
            num.words
            and not num.fraction
            and unit_name is None
            # "two million" is a figure before any word ("two million Sri Lankans"),
            # not in a compound ("a billion-dollar dent") nor as "a million" alone
            # ("thanks a million")
            and (
                num.scale == 1
                or self._low(end) == "-"
                or (self._low(num.start) in ("a", "an") and num.value == num.scale)
            )
        ):
            # "four" is a figure next to a noun ("four elements"), not in "one of".
            weak = self._in_a_title(num) or (
                not self._noun_follows(end)
                and not self._named_plural_follows(num, end)
                # "three other managers", "two more banks": a count of the noun after
                and not (self._low(end) in _COUNT_ADJECTIVES and self._noun_follows(end + 1))
                and not self._of_the_most(num, end)
                and not self._part_of_a_whole(num, end)
            )
        elif (
            num.fraction
            and self.tokens[num.start][KIND] == WORD
            and category != POINT
            # "two and a half years" is a measure, as "2½ years" is
            and not (unit_name is not None and num.value > 1)
        ):
            written = self.text[self.tokens[num.start][START] : self.tokens[num.end - 1][END]]
            # "half" alone is a word; "half of", "two-thirds", "one in four" and
            # ", or a quarter" are figures
            weak = (
                self._low(num.start - 1) in _HALF_OF_A_SPAN
                or (
                    self._low(end) != "of"
                    and self._low(num.start - 1) not in ("or", "(", "—", "–")
                    # a spaced dash opens an aside ("450 - a quarter -"); "Scrum-half" is a word
                    and not (self._low(num.start - 1) == "-" and self.tokens[num.start - 1][SPACED])
                    and "-" not in written
                    and not any(t[LOW] in ("in", "out") for t in self.tokens[num.start : num.end])
                )
            )
        return _Core(
            Kind.DURATION if category == DURATION else Kind.QUANTITY,
            rounding,
            hedge,
            start,
            end,
            value=num.value,
            precision=precision,
            unit_name=unit_name,
            category=category,
            number=num,
            currency=currency,
            weak=weak,
        )

    # ------------------------------------------------------------------- ranges
    def _range(self, j: int) -> _Core | None:
        k = j
        word = self._low(k)
        between = word == "between"
        frm = word == "from"
        if between or frm:
            if frm and self._low(j - 1) in CHANGE_VERBS:
                return None
            k += 1
        elif self._low(j - 1) == "from" or self._after_named_level(j):
            return None  # read from the "from", or a change ("rose from 780 to 996")
        first = self._end(k)
        if first is None:
            return None
        k = first.end
        if k >= self.n:
            return None
        joiner = self.tokens[k]
        if between:
            ok = joiner[LOW] == "and" or joiner[TEXT] in _RANGE_DASHES
        else:
            ok = joiner[LOW] in ("to", "or") or joiner[TEXT] in _RANGE_DASHES
        if not ok:
            return None
        if joiner[TEXT] == "-" and joiner[SPACED] != (
            k + 1 < self.n and self.tokens[k + 1][SPACED]
        ):
            return None  # "5 -3" is a number and a negative number, not a range
        second = self._end(k + 1, allow_sign=joiner[TEXT] not in _RANGE_DASHES)
        if second is None:
            return None
        if joiner[LOW] == "or" and not _alternatives(first, second):
            return None
        if (
            joiner[LOW] == "to"
            and not between
            and self._after_change_verb(j)
            and (not _change_range(first, second) or self._low(second.end) == "from")
        ):
            return None  # "fell 18% to 4,210", "rose 4 to 7 dollars from 3": change, then level
        return self._join(first, second, j)

    def _after_named_level(self, j: int) -> bool:
        """``fell from a peak of 7 million to …``: the level a move starts from, named."""
        k = j - 1
        if self._low(k) != "of" or self._low(k - 1) not in LEVEL_NOUNS:
            return False
        k -= 2
        while self._low(k) in LEVEL_NOUN_MODIFIERS:
            k -= 1
        if self._low(k) in ("a", "an", "the", "its", "their"):
            k -= 1
        return self._low(k) == "from" and self._low(k - 1) in CHANGE_VERBS

    def _after_change_verb(self, j: int) -> bool:
        """``rose 5% …``, ``increased by $43.6 billion …``: a change verb before ``j``.

        A hedge between counts for nothing: in "fell by more than £600 to
        £9,404" the £600 is the change and £9,404 the level it reached.
        """
        k = j - 1
        while k > 0 and j - k <= 3 and self._low(k) in _HEDGE_WORDS:
            k -= 1
        before = self._low(k)
        if before in CHANGE_VERBS:
            return True
        # "cut output by 1m barrels to 27m": the verb may take its object before "by"
        return before == "by" and (
            self._low(k - 1) in CHANGE_VERBS or self._verb_before_by(k) is not None
        )

    def _end(self, k: int, *, allow_sign: bool = True) -> _Core | None:
        if k >= self.n:
            return None
        if not allow_sign and self.tokens[k][KIND] != NUM and self.tokens[k][TEXT] in _RANGE_DASHES:
            return None
        date = self._date(k)
        amount = self._amount(k)
        if date is not None and (amount is None or date.end >= amount.end):
            return date
        if amount is not None and self._low(k - 1) in _dates.YEAR_CONTEXT:
            amount = self._maybe_year(amount)  # "in 1990 to 23.2 million tonnes" is no range
        return amount

    def _join(self, first: _Core, second: _Core, start: int, *, years: bool = True) -> _Core | None:
        years_read = self._year_range(first, second) if years else None
        if years_read is not None:
            first, second = years_read
        if (first.kind is Kind.DATE) != (second.kind is Kind.DATE):
            return None
        if first.kind is Kind.DATE:
            if first.rounding is None or second.rounding is None:
                return None
            granularity = first.granularity if first.granularity == second.granularity else None
            lo, hi = first.rounding, second.rounding
            return self._range_core(first, second, lo, hi, start, "day", None, granularity)
        a, b = first.number, second.number
        assert a is not None
        assert b is not None
        if a.fraction or b.fraction:
            return None
        # "8-10 million", "5–10%", "$8-10 million": the second end lends its
        # scale and unit to a bare first end, the first its currency to the second.
        # Not when that would run the range backwards: in "$200 to $4 million"
        # the $200 is two hundred dollars.
        # In words the same: "between two and three million" is 1.5-3.5 million.
        if a.scale == 1 and b.scale != 1 and a.value * b.scale <= b.value:
            if a.words:
                precision: Fraction | None = (a.precision or Fraction(1)) * b.scale
            else:
                precision = None if a.precision is None else a.precision * b.scale
            a = attrs.evolve(
                a, value=a.value * b.scale, precision=precision, scale=b.scale, integral_print=False
            )
        unit_a = _unit_word(first)
        unit_b = _unit_word(second)
        currency_a, currency_b = first.currency, second.currency
        if unit_a is None and currency_a is None:
            unit_a, currency_a = unit_b, currency_b
        elif unit_b is None and currency_b is None:
            unit_b, currency_b = unit_a, currency_a
        first = self._amount_core(a, currency_a, unit_a, first.start, first.end)
        second = self._amount_core(b, currency_b, unit_b, second.start, second.end)
        if first.unit_name != second.unit_name:
            return None
        assert first.rounding is not None
        assert second.rounding is not None
        kind = first.kind
        return self._range_core(
            first, second, first.rounding, second.rounding, start, first.unit_name, kind, None
        )

    def _year_range(self, first: _Core, second: _Core) -> tuple[_Core, _Core] | None:
        """``between 2014 and 2017``: two bare four-digit numbers in order are years."""
        if not self.options.bare_years:
            return None
        ends = []
        for core in (first, second):
            year = self._bare_year(core) if core.kind is Kind.QUANTITY else None
            if year is None:
                return None
            ends.append(year)
        if ends[0] > ends[1] or (
            self._noun_follows(second.end) and not self._singular_noun_follows(second.end)
        ):
            return None  # "between 1500 and 2000 soldiers" counts soldiers
        return (
            self._date_core(_dates.year_reading(ends[0], first.start, first.end)),
            self._date_core(_dates.year_reading(ends[1], second.start, second.end)),
        )

    def _range_core(
        self,
        first: _Core,
        second: _Core,
        lo: Interval,
        hi: Interval,
        start: int,
        unit_name: str | None,
        kind: Kind | None,
        granularity: str | None,
    ) -> _Core | None:
        assert lo.low is not None
        assert hi.high is not None
        if lo.low > hi.high or (
            first.value is not None and second.value is not None and first.value > second.value
        ):
            if self.options.strict:
                raise self._error(
                    "range runs backwards",
                    start,
                    second.end,
                    "write the smaller end first, e.g. 'between 50 and 100'",
                )
            return None
        parts = (
            self._figure(first, first.start, None, None),
            self._figure(second, second.start, None, None),
        )
        return _Core(
            Kind.DATE if kind is None else kind,
            _interval(lo.low, hi.high, lo.low_closed, hi.high_closed),
            Hedge.BETWEEN,
            start,
            second.end,
            unit_name=unit_name,
            category=first.category,
            parts=parts,
            granularity=granularity,
        )

    # ---------------------------------------------------------------- finishing
    def _finish(
        self,
        core: _Core,
        start: int,
        span_start: int,
        hedge_word: HedgeWord | None,
        trend: Trend | None,
    ) -> Reading | None:
        end = core.end
        span_end = end
        prefix_trend = trend
        if hedge_word is None and core.kind in (Kind.QUANTITY, Kind.DURATION, Kind.MULTIPLE):
            suffix = self._suffix_hedge(end)
            if suffix is not None:
                hedge_word, end = suffix
                span_end = end
        if trend is None and core.trend is not None:
            trend = core.trend
        if core.kind in (Kind.QUANTITY, Kind.MULTIPLE) and end < self.n:
            suffix_trend = _TREND_SUFFIXES.get(self.tokens[end][LOW])
            if suffix_trend is not None and self.tokens[end][KIND] == WORD:
                if trend is None:
                    trend = suffix_trend
                end += 1
        if trend is None and core.kind is Kind.QUANTITY and self._low(start - 1) == "by":
            trend = self._verb_before_by(start - 1)
        # "cut by half", "grew by a third": a trend word makes a lone fraction a figure
        prefixed_fraction = (
            prefix_trend is not None and core.number is not None and core.number.fraction
        )
        weak = core.weak and hedge_word is None and not prefixed_fraction
        if weak and not self.options.keep_weak:
            return None  # a lone "one" or "first": about 1,000 a MB the scanner built and dropped
        noun: str | None = None
        unit_name = core.unit_name
        money = self._money_of(end) if core.vague else None
        if money is not None:
            unit_name, end = money  # "billions of pounds", "tens of millions of dollars"
        elif core.kind is Kind.QUANTITY and core.category in (None, PEOPLE):
            if core.vague and self._low(end) == "of":
                end += 1  # the "of" in "hundreds of people"
            found = self._noun(end)
            if found is not None:
                noun, end, counted = found
                if unit_name is None and counted is not None:
                    unit_name = counted
        if trend is not core.trend or unit_name != core.unit_name:
            core = attrs.evolve(core, trend=trend, unit_name=unit_name)
        figure = self._figure(core, span_start, hedge_word, noun, span_end=span_end)
        return Reading(figure, start, end, weak=weak)

    def _minus_before_money(self, k: int) -> bool:
        """``-£2,300``, ``(-$5m)``: a minus glued to a currency sign, after a word or an
        opening mark. Not a dash that opens a line (a list's bullet), nor one after an
        amount ("£1m -£2m" is a range written loosely)."""
        tokens = self.tokens
        if tokens[k][TEXT] not in ("-", "−") or k == 0 or k + 1 >= self.n:
            return False
        after = tokens[k + 1]
        if after[SPACED] or after[KIND] == NUM:
            return False
        before = tokens[k - 1]
        if "\n" in self.text[before[END] : tokens[k][START]]:
            return False  # "-£2m for parks" on a line of its own: a bullet
        if before[TEXT] == "(":
            return True
        return tokens[k][SPACED] and (
            before[TEXT] in (":", "=", ",")
            # a word, not the "m" of "£1m"
            or (before[KIND] == WORD and before[SPACED] and before[LOW] not in SCALES)
        )

    def _money_of(self, k: int) -> tuple[str, int] | None:
        """The currency a vague amount counts, and the end: ``of pounds``, ``of dollars``
        after a plural (``billions of pounds``), or right after a scale word (``several
        million dollars``). Pounds are money after millions or billions, unless the
        sentence weighs things (``billions of pounds of beef``)."""
        at = k + 1 if self._low(k) == "of" else k
        if at >= self.n or (at == k and self._low(k - 1) not in _SCALE_AFTER):
            return None
        if self._low(at) == "pounds":
            scale = self._low(k - 1)  # the word before "of", or the scale word itself
            if scale in ("millions", "billions", *_SCALE_AFTER) and not weighed(self.tokens, at):
                return "GBP", at + 1
            return None
        found = read_unit_suffix(self.tokens, at)
        if found is None or found[0].category != CURRENCY:
            return None
        return found[0].unit, found[1]

    def _verb_before_by(self, by: int) -> Trend | None:
        """``cut costs by 20%``, ``grow sales by a third``: a change verb, its object, ``by``.

        The object is one to three words; any figure or punctuation between
        the verb and ``by`` means the ``by`` belongs to something else. A time may
        follow the object: ``cut rates on Thursday by half a point``.
        """
        time = self._time_before(by)
        # after a time the verb may stand right before it: "prices were cut in March by 5%"
        start = by - time - 1 if time else by - 2
        for k in range(start, max(by - time - 5, -1), -1):
            tok = self.tokens[k]
            if tok[KIND] != WORD or self.tokens[k + 1][PARA]:
                return None
            if tok[LOW] in BY_VERBS:
                return BY_VERBS[tok[LOW]]
        return None

    def _time_before(self, k: int) -> int:
        """How many words before token ``k`` tell a time: "on Thursday", "in March", "last
        week", "yesterday" (0 when none)."""
        if k >= 1 and self._low(k - 1) in _TIME_WORDS:
            return 1
        if k < 2 or self.tokens[k - 1][KIND] != WORD or self.tokens[k - 1][PARA]:
            return 0
        first, second = self._low(k - 2), self.tokens[k - 1][TEXT]
        if first in ("on", "in") and (second in _dates.WEEKDAYS or second in _dates.MONTHS):
            return 2
        if first in ("last", "this") and second in ("week", "month", "year", "quarter"):
            return 2
        return 0

    def _suffix_hedge(self, k: int) -> tuple[HedgeWord, int] | None:
        if (
            self._low(k) == "-"
            and self._low(k + 1) == "plus"
            and not self.tokens[k][SPACED]
            and not self.tokens[k + 1][SPACED]
        ):
            k += 1  # "1,000-plus workers", "a £50m-plus deal"
        if self._low(k) not in _SUFFIX_STARTS:
            return None  # most figures: no "or more", "+" or "and over" after them
        found = read_suffix_hedge(self.tokens, k)
        if found is None:
            return None
        if self.tokens[k][TEXT] == "+" and self.tokens[k][SPACED]:
            return None  # "5 + 3" is a sum
        end = found[1]
        if end < self.n and self.tokens[end][TEXT] == "-" and not self.tokens[end][SPACED]:
            return None  # "5 or so-called experts": the hedge's last word opens another
        return found

    def _noun(self, k: int) -> tuple[str, int, str | None] | None:
        words: list[str] = []
        counted: str | None = None
        first = k
        while k < self.n and len(words) < 3:
            tok = self.tokens[k]
            if tok[KIND] != WORD or tok[LOW] in _STOP or (words and tok[PARA]):
                break
            if tok[LOW] in HEDGE_STARTS or (words and tok[LOW] in _STARTS):
                break  # "600 people worldwide, almost half": the next figure starts
            if tok[TEXT] in _dates.MONTHS or tok[TEXT] in _dates.WEEKDAYS:
                break
            end = k + 1
            # hyphenated compounds ("so-called", "long-range") are one word
            while (
                end + 1 < self.n
                and self.tokens[end][TEXT] == "-"
                and not self.tokens[end][SPACED]
                and self.tokens[end + 1][KIND] == WORD
                and not self.tokens[end + 1][SPACED]
            ):
                end += 2
            if (
                (words and len(tok[LOW]) > 4 and tok[LOW].endswith("ed"))
                or tok[LOW] in _VERBS
                or tok[LOW] in _PAST_MOVES
            ):
                break  # "7,177 security incidents occurred", "the Nifty 50 fell": verbs
            words.append(self.text[tok[START] : self.tokens[end - 1][END]])
            if counted is None:
                counted = "person" if tok[LOW] in _PEOPLE else counted_name(tok[LOW])
            k = end
        if not words:
            return None
        del first
        return " ".join(words), k, counted

    def _figure(
        self,
        core: _Core,
        span_start: int,
        hedge_word: HedgeWord | None,
        noun: str | None,
        *,
        span_end: int | None = None,
    ) -> Figure:
        a, b = self._span(span_start, core.end if span_end is None else span_end)
        hedge = core.hedge
        interval = core.rounding
        if interval is None:
            interval = Interval.everything()
        elif hedge_word is not None and _shrinks(core):
            # "more than halved" divides by more than 2 (below half); "nearly halved"
            # by nearly 2 (a little above half): the hedge bounds the divisor
            assert core.value is not None
            interval = hedge_interval(
                hedge_word, interval.reciprocal(), self.options.tolerance, printed=1 / core.value
            ).reciprocal()
            hedge = hedge_word.hedge
        elif hedge_word is not None:
            interval = hedge_interval(
                hedge_word,
                interval,
                self.options.tolerance,
                nonnegative=floored_at_zero(core.unit_name, core.value),
                printed=_printed(core),
            )
            hedge = hedge_word.hedge
        return _built(
            self.text[a:b],
            interval,
            unit(core.unit_name or "dimensionless"),
            hedge,
            core.value,
            core.precision,
            core.kind,
            core.trend,
            a,
            b,
            noun,
            core.weekday,
            core.granularity,
            core.parts,
        )


def _shrinks(core: _Core) -> bool:
    """Whether a ratio word divides ("halved", "quartered"): a factor between 0 and 1."""
    return core.kind is Kind.MULTIPLE and core.value is not None and 0 < core.value < 1


def _money_after(tok: Token) -> bool:
    """A quick test: could ``tok``, after a number, be a currency sign or a scaled code?"""
    if tok[KIND] == SYM:
        return tok[TEXT] in CURRENCY_SYMBOLS
    return tok[KIND] == WORD and len(tok[TEXT]) > 3 and tok[TEXT][-3:].isupper()


def _scaled(num: NumberReading, factor: int) -> NumberReading:
    """``num`` times a scale written apart from it (``30 MUSD``), rounded at that scale."""
    precision = Fraction(1) if num.precision is None else num.precision
    return attrs.evolve(
        num,
        value=num.value * factor,
        precision=precision * factor,
        scale=num.scale * factor,
        integral_print=False,
    )


def _printed(core: _Core) -> Fraction | None:
    """The number as printed, the bound ``nearly`` and ``just over`` never cross.

    A range's is its far end: "almost 8-10 million" stays below 10 million.
    """
    if core.vague:
        return None  # "nearly hundreds of" has no printed end to stay below
    if core.value is not None:
        return core.value
    if core.parts and core.kind is not Kind.DATE:
        return core.parts[-1].value
    return None


def _bare(core: _Core) -> bool:
    """A plain number: no currency, unit or scale word of its own."""
    number = core.number
    return (
        core.kind is Kind.QUANTITY
        and number is not None
        and not number.fraction
        and number.scale == 1
        and core.unit_name is None
        and core.currency is None
    )


#: Words of a hedge that may stand between a change verb and its figure (and are no
#: change word themselves, as "up" is).
_HEDGE_WORDS = (
    frozenset(
        {"more", "less", "fewer", "than", "about", "around", "nearly", "almost", "over", "under"}
        | {"just", "some", "roughly", "approximately", "at", "least", "most"}
    )
    - CHANGE_VERBS
)


def _up_to_twice(a: Fraction | None, b: Fraction | None) -> bool:
    """``a`` below ``b``, which is at most twice as large: two ends of one range."""
    return a is not None and b is not None and 0 < a < b <= 2 * a


def _alternatives(first: _Core, second: _Core) -> bool:
    """``three or four years``, ``2 or 3 million people``: two close whole numbers are a range.

    The second end's scale word counts for the first, as in "2-3 million".
    Anything else joined by "or" is two figures ("250 or 5%" restates one as
    the other; "one or more" is a hedge).
    """
    a, b = first.number, second.number
    if not _bare(first) or a is None or b is None or not (a.integral_print or a.words):
        return False
    return _up_to_twice(a.value, b.value / b.scale)  # "2 or 3 million": 2 against 3


def _change_range(first: _Core, second: _Core) -> bool:
    """``fell by 1 to 1.5 degrees``: after a change verb, a range of the change itself.

    The first end borrows its unit from the second, and the second is at most
    twice the first; "rose 120 to 23,400", "fell 18% to 4,210" and "rose 40
    to 95 cents" are a change and the level it reached.
    """
    return _bare(first) and not _bare(second) and _up_to_twice(first.value, second.value)


def _unit_word(core: _Core) -> UnitWord | None:
    if core.unit_name is None or core.currency is not None:
        return None
    assert core.category is not None
    return UnitWord(core.unit_name, core.category)


#: Verbs that "in half" completes: "cut its stake in half".
_HALVING_VERBS = frozenset(
    {"cut", "cuts", "cutting", "slashed", "slash", "slashing", "reduced", "reduce", "fell", "fall"}
    | {"dropped", "shrank", "shrunk", "split", "halved"}
)
#: What may follow "in half" when it closes the phrase.
_AFTER_IN_HALF = frozenset({"to", "from", ",", ".", ";", "and", "by", "since", "over", "in", ""})
_ARTICLE_FOLLOWERS = frozenset(
    {
        *SCALES,
        *FRACTION_WORDS,
        "dozen",
        "hundred",
        "estimated",
        "approximate",
        "minimum",
        "maximum",
        "little",
        "couple",
        "pair",
        "few",
    }
)
_SYMBOL_STARTS = frozenset(
    {"-", "−", "–", "~", "≈", ">", "<", "≥", "≤", "+", *CURRENCY_SYMBOLS, *SIGN_FIRST_DOLLARS}
)
#: Signs a figure may start with (``$``, ``~``, ``-``): the scanner skips every other
#: sign, most of them punctuation, without calling the grammar.
START_SYMBOLS = _SYMBOL_STARTS


def _starts() -> frozenset[str]:
    words = {*HEDGE_STARTS, *TREND_STARTS, *WORD_NUMBERS, *FRACTION_WORDS, *MULTIPLE_WORDS}
    words |= set(ORDINAL_WORDS)
    words |= {w + "fold" for w in WORD_NUMBERS}
    words |= {"between", "from", "dozens", "scores", "hundreds", "thousands", "millions"}
    words |= {"billions", "tens", "minus", "negative", "sub", "point", *VULGAR_FRACTIONS}
    words |= {"several"}  # "several hundred"
    words |= {w.lower() for w in _dates.WEEKDAYS}
    words |= {c.lower() for c in (*CURRENCY_CODES, *CODE_ALIASES)}
    words |= {c.lower() for c in LETTER_CURRENCIES}
    return frozenset(words)


_STARTS = _starts()
#: Words a figure may start with (besides "a", "an" and "the" before a number, and
#: month names): the scanner skips every other word without calling the grammar.
START_WORDS = _STARTS | {"a", "an", "the"} | DOLLAR_WORDS
#: Words a core (number, date, range, multiple, ordinal) can start with; any other
#: word is rejected before the alternatives are tried.
_CORE_WORDS = frozenset(
    _STARTS - HEDGE_STARTS - TREND_STARTS
    | {"a", "an", "the", "one", "half", "halves"}
    | DOLLAR_WORDS
    | _VAGUE_FIRST
)


def _second_words() -> dict[str, frozenset[str]]:
    """For each word that starts a figure only as the first of a longer hedge or trend
    phrase (``in excess of``, ``at least``), the words that may come second."""
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for first, entries in _PREFIX_INDEX.items():
        phrases.setdefault(first, []).extend(words for words, _ in entries)
    for words in HEDGE_PHRASES:
        phrases.setdefault(words[0], []).append(words)
    return {
        first: frozenset(words[1] for words in found)
        for first, found in phrases.items()
        if first not in _CORE_WORDS and all(len(words) > 1 for words in found)
    }


#: "in", "at", "as", "more": common words that start a figure only in a phrase
#: ("in excess of", "at least"); the word after them rules most places out.
_SECOND_WORDS = _second_words()


def is_start(tokens: Sequence[Token], i: int) -> bool:
    """Whether a figure could start at ``tokens[i]``: a cheap test before the grammar runs."""
    tok = tokens[i]
    if tok[KIND] == NUM:
        return True
    if tok[KIND] == SYM:
        return tok[TEXT] in _SYMBOL_STARTS
    if tok[LOW] in ("a", "an", "the"):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        return nxt is not None and (
            nxt[KIND] == NUM
            or nxt[LOW] in _ARTICLE_FOLLOWERS
            or (nxt[TEXT] == "$" and not nxt[SPACED] and tok[LOW] == "a")  # "a$5": Australian
        )
    if tok[TEXT] in _dates.MONTHS:
        return True
    if tok[LOW] in DOLLAR_WORDS and i + 1 < len(tokens) and tokens[i + 1][TEXT] == "$":
        return True  # "c$5", "HK $5": a country before a dollar sign
    second = _SECOND_WORDS.get(tok[LOW])
    if second is not None:
        return i + 1 < len(tokens) and tokens[i + 1][LOW] in second
    return tok[LOW] in _STARTS


_GLUE = frozenset({"/", ":", "#", "⁄", "×", "^"})  # 9/11, 10:30, #3, 1⁄32, 1.99×10, 10^999
_NUMBER_SUFFIXES = frozenset(
    {*SCALES, *VULGAR_FRACTIONS, "k", "m", "b", "st", "nd", "rd", "th", "fold", "km", "kg"}
)


def glued(tokens: Sequence[Token], i: int) -> bool:
    """Whether the numeral at ``tokens[i]`` is part of a name or code, not a figure.

    ``COVID-19``, ``G7``, ``9/11``, ``10:30``, ``5G`` and ``#3`` are skipped.
    """
    tok = tokens[i]
    if tok[KIND] == SYM and tok[TEXT] in ("-", "−", "–"):
        # a minus sign glued to a word before it is a hyphen ("COVID-19")
        return (
            i > 0
            and not tok[SPACED]
            and (tokens[i - 1][KIND] in (WORD, NUM) or tokens[i - 1][TEXT] == "^")
        )
    if tok[KIND] != NUM:
        return False
    if not tok[SPACED] and i > 0:
        prev = tokens[i - 1]
        if prev[KIND] == WORD or prev[TEXT] in _GLUE:
            return True
        if (
            prev[TEXT] in ("-", "−")
            and i > 1
            and not prev[SPACED]
            and (tokens[i - 2][KIND] == WORD or tokens[i - 2][TEXT] == "^")
        ):
            return True  # "COVID-19", "10^-999"
    if i + 1 < len(tokens):
        nxt = tokens[i + 1]
        if not nxt[SPACED]:
            if power_of_ten(tokens, i + 1) is not None:
                return False  # "1.99×10^30": scientific notation
            if nxt[TEXT] in _GLUE and i + 2 < len(tokens) and tokens[i + 2][KIND] == NUM:
                # "2004/05" is a budget year, "3/4" a fraction, "9/11" a name
                return slash_fraction(tokens, i) is None and _dates.fiscal_year(tokens, i) is None
            if (
                nxt[KIND] == WORD
                and nxt[LOW] not in _NUMBER_SUFFIXES
                and nxt[TEXT] not in CURRENCY_CODES
                and read_unit_suffix(tokens, i + 1) is None
            ):
                return True  # "5G", "4B": a code, not an amount (but "45g", "10kW" are)
    return False


def _title_plural(word: str) -> bool:
    """A capitalised plural right after a number, as in a title ("the Six Nations")."""
    return len(word) > 3 and word[0].isupper() and word[1:].islower() and word[-1] == "s"


def _abbreviated_plural(word: str) -> bool:
    """An abbreviation made plural: "MPs", "MEPs", "CDs"."""
    return len(word) > 2 and word[-1] == "s" and word[:-1].isalpha() and word[:-1].isupper()


def _unit_start(tok: Token) -> bool:
    return tok[LOW] in UNIT_STARTS or tok[TEXT] in CURRENCY_CODES
