"""Numbers as people print and say them: numerals, scale words, number words, fractions, multiples.

Everything is exact (:class:`~fractions.Fraction`). A printed number also
carries its *precision*, the value of its last printed digit, because a
rounded figure stands for half of that either side:

>>> n = read_numeral("1.6")
>>> n.value, n.precision
(Fraction(8, 5), Fraction(1, 10))
>>> SCALES["bn"]
1000000000

The readers here work on :class:`~factcheck.text.tokens.Token` lists and
return where they stopped, so the grammar can combine them.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from fractions import Fraction

import attrs

from factcheck._repr import fields_repr
from factcheck.errors import FigureError
from factcheck.text.tokens import END, KIND, LOW, NUM, SPACED, START, TEXT, WORD, Token

__all__ = [
    "FRACTION_WORDS",
    "MAX_DIGITS",
    "MULTIPLE_WORDS",
    "ORDINAL_WORDS",
    "SCALES",
    "WORD_NUMBERS",
    "NumberReading",
    "Numeral",
    "power_of_ten",
    "read_fraction_words",
    "read_multiple",
    "read_number",
    "read_number_words",
    "read_numeral",
    "read_ordinal",
    "slash_fraction",
]

#: Longest numeral read, in digits (10^999 written out has 1,000). Rules multiply
#: and divide figures, and Python refuses to print an int of more than 4,300
#: digits, so a few figures multiplied together must stay well below that;
#: longer numerals are reported as an error instead of read.
MAX_DIGITS = 1000

#: Scale words and abbreviations. ``m`` and ``k`` count only when written
#: against the number (``$5m``, ``10k``); ``5 m`` could be metres.
SCALES: dict[str, int] = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "mn": 10**6,
    "mln": 10**6,
    "bn": 10**9,
    "bln": 10**9,
    "tn": 10**12,
    "trn": 10**12,
    "quadrillion": 10**15,
    "quintillion": 10**18,
    # the Indian scale words: a lakh is a hundred thousand, a crore ten million
    "lakh": 10**5,
    "lakhs": 10**5,
    "lac": 10**5,
    "lacs": 10**5,
    "crore": 10**7,
    "crores": 10**7,
    # plurals after a number ("5 millions"), as non-native writers print them
    "thousands": 10**3,
    "millions": 10**6,
    "billions": 10**9,
    "trillions": 10**12,
}
_ATTACHED_SCALES: dict[str, int] = {
    "k": 10**3,
    "m": 10**6,
    "b": 10**9,
    "mn": 10**6,
    "bn": 10**9,
    "t": 10**12,  # only after a currency sign: "$2.174T" (a bare "5t" may be tonnes)
    "cr": 10**7,  # a crore, only after a currency sign: "Rs 1,200cr"
}
#: Scale words Indian English puts before "crore": "Rs 5.14 lakh crore" is 5.14 x 10^12.
_BEFORE_CRORE = frozenset({"lakh", "lakhs", "lac", "lacs", "thousand"})
#: Words after a whole numeral that multiply it exactly ("3 dozen", "3 hundred").
_COUNTING_WORDS = frozenset({"dozen", "dozens", "hundred"})
#: Signs of money a numeral may be glued to ("$2.174T").
_MONEY_SIGNS = frozenset("$€£¥₹₽₩₺₦₪")

_ONES: dict[str, int] = {
    "zero": 0,
    "nought": 0,
    "nil": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
#: Every single word that is a number on its own.
WORD_NUMBERS: dict[str, int] = {**_ONES, **_TENS, "dozen": 12, "hundred": 100}


#: Ordinal words and their numbers (``first`` … ``thirty-first`` via compounds).
ORDINAL_WORDS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
}
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})

#: Denominators of fractions in words (``a quarter``, ``two-thirds``).
FRACTION_WORDS: dict[str, int] = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
    "twelfth": 12,
    "twelfths": 12,
    "twentieth": 20,
    "twentieths": 20,
    "hundredth": 100,
    "hundredths": 100,
    "thousandth": 1000,
    "thousandths": 1000,
}

#: Fractions printed as one character (``½``, ``⅔``); NFKC would make them three.
VULGAR_FRACTIONS: dict[str, Fraction] = {
    "½": Fraction(1, 2),
    "⅓": Fraction(1, 3),
    "⅔": Fraction(2, 3),
    "¼": Fraction(1, 4),
    "¾": Fraction(3, 4),
    "⅕": Fraction(1, 5),
    "⅖": Fraction(2, 5),
    "⅗": Fraction(3, 5),
    "⅘": Fraction(4, 5),
    "⅙": Fraction(1, 6),
    "⅚": Fraction(5, 6),
    "⅐": Fraction(1, 7),
    "⅛": Fraction(1, 8),
    "⅜": Fraction(3, 8),
    "⅝": Fraction(5, 8),
    "⅞": Fraction(7, 8),
    "⅑": Fraction(1, 9),
    "⅒": Fraction(1, 10),
}
#: Largest denominator of a mixed number written with a slash ("2 1/4", "5 3/8").
_MIXED_DENOMINATOR = 16
#: The words number words and fractions in words can start with: read_number
#: asks no more of any other word (most words it is asked about are no number).
_WORD_NUMBER_STARTS = frozenset(
    {*_ONES, *_TENS, "a", "an", "one", "half", "halves", *VULGAR_FRACTIONS}
)

#: Words that state a multiple, with its factor and direction (``"up"``/``"down"``/``None``).
MULTIPLE_WORDS: dict[str, tuple[Fraction, str | None]] = {
    "doubled": (Fraction(2), "up"),
    "doubling": (Fraction(2), "up"),
    "doubles": (Fraction(2), "up"),
    "tripled": (Fraction(3), "up"),
    "tripling": (Fraction(3), "up"),
    "triples": (Fraction(3), "up"),
    "trebled": (Fraction(3), "up"),
    "quadrupled": (Fraction(4), "up"),
    "quadrupling": (Fraction(4), "up"),
    "quintupled": (Fraction(5), "up"),
    "halved": (Fraction(1, 2), "down"),
    "halve": (Fraction(1, 2), "down"),
    "halving": (Fraction(1, 2), "down"),
    "twice": (Fraction(2), None),
    "thrice": (Fraction(3), None),
    # only before a determiner ("double that figure", "triple the rate"): see the grammar
    "double": (Fraction(2), None),
    "triple": (Fraction(3), None),
    "treble": (Fraction(3), None),
}
#: Ratio words that are a multiple only before a determiner: "double the 40% level",
#: never in "a double blow" or "double-digit".
PREDETERMINER_MULTIPLES = frozenset({"double", "triple", "treble"})
#: What may follow a predeterminer ratio word.
DETERMINERS = frozenset({"the", "that", "this", "those", "these", "its", "their", "what"})


# Never compared: without eq, attrs compiles no __eq__/__hash__ at import (cold start).
@attrs.frozen(eq=False)
class Numeral:
    """A numeral's exact value and the value of its last printed digit."""

    __repr__ = fields_repr

    value: Fraction
    precision: Fraction


def _int(digits: str, text: str) -> int:
    if len(digits) > MAX_DIGITS:
        raise FigureError(
            f"number with {len(digits)} digits is too long to read",
            hint=f"numbers are read up to {MAX_DIGITS} digits",
        )
    return int(digits)


def read_numeral(text: str) -> Numeral:
    """Read one numeral as the tokenizer cuts it: ``7,177``, ``1 000``, ``2.5``, ``1.000.000``.

    >>> read_numeral("7,177")
    Numeral(value=Fraction(7177, 1), precision=Fraction(1, 1))
    >>> read_numeral("2.50").precision
    Fraction(1, 100)
    """
    if text.count(".") > 1:  # European thousands: 1.000.000
        whole, decimals = text.replace(".", ""), ""
    else:
        whole, _, decimals = text.partition(".")
    whole = whole.replace(",", "").replace(" ", "")
    places = len(decimals)
    if not places:  # a whole number: Fraction's quick path, with no gcd to take
        return Numeral(Fraction(_int(whole, text)), _ONE)
    scale = 10**places
    value = Fraction(_int(whole + decimals, text), scale)
    return Numeral(value, Fraction(1, scale))


_ONE = Fraction(1)

# The same few numerals (years, small counts) come back again and again in a
# text; a Numeral is immutable, so one reading of each serves them all.
_cached_numeral = functools.lru_cache(maxsize=4096)(read_numeral)


# Not frozen: the grammar builds one for every number it tries, and a frozen
# attrs class is three times slower to build. Never changed once built.
# Never compared: without eq, attrs compiles no __eq__/__hash__ at import (cold start).
@attrs.define(eq=False)
class NumberReading:
    """A number read from tokens ``start`` to ``end`` (exclusive).

    ``precision`` is ``None`` when the number is exact by its nature (number
    words without a scale, fractions in words). ``scale`` is the scale word's
    factor (1 if none), so a range can lend its scale to a bare first end.
    """

    __repr__ = fields_repr

    value: Fraction
    precision: Fraction | None
    start: int
    end: int
    scale: int = 1
    words: bool = False
    fraction: bool = False
    integral_print: bool = False  #: printed as an integer numeral (no decimals)


def unknown_scale(tok: Token) -> bool:
    """Whether ``tok`` looks like a scale word the reader does not know (``zillion``,
    ``septillion``): a number before it must not be read without it."""
    return tok[KIND] == WORD and tok[LOW].endswith(_ILLION) and tok[LOW] not in SCALES


_ILLION = ("illion", "illions")


def _refuse_unknown_scale(tokens: Sequence[Token], j: int) -> None:
    if j < len(tokens) and unknown_scale(tokens[j]):
        raise FigureError(
            f"unknown scale word {tokens[j][TEXT]!r}",
            start=tokens[j][START],
            end=tokens[j][END],
            hint="write the number in full, or with thousand, million, billion, "
            "trillion, lakh or crore",
        )


#: Words that make the number after them negative.
_SIGN_WORDS = frozenset({"minus", "negative"})


def _adjacent(tokens: Sequence[Token], i: int) -> bool:
    return i < len(tokens) and not tokens[i][SPACED]


def _is_minus(tok: Token) -> bool:
    return tok[TEXT] in ("-", "−", "–")


def read_number(tokens: Sequence[Token], i: int) -> NumberReading | None:
    """A numeral (with sign and scale word) or number words at ``tokens[i]``, if any."""
    n = len(tokens)
    if i >= n:
        return None
    tok = tokens[i]
    sign = 1
    first = i
    if (
        tok[LOW] == "minus"
        and i >= 2
        and tokens[i - 1][LOW] == "or"
        and tokens[i - 2][LOW] == "plus"
    ):
        return None  # "plus or minus 3 points" is a margin either way: the 3 is read alone
    if tok[LOW] in _SIGN_WORDS and i + 1 < n:
        # "minus 5", "minus-1.4", "negative 504", "minus five percent": the word is a sign
        k = i + 2 if _is_minus(tokens[i + 1]) and not tokens[i + 1][SPACED] else i + 1
        if k < n and tokens[k][KIND] == NUM:
            sign, i, tok = -1, k, tokens[k]
        elif k < n and (
            tokens[k][LOW] == "point"
            or (tokens[k][LOW] in _WORD_NUMBER_STARTS and tokens[k][LOW] not in ("a", "an"))
        ):
            inner = (
                _point_numeral(tokens, k)
                if tokens[k][LOW] == "point"
                else read_fraction_words(tokens, k) or read_number_words(tokens, k)
            )
            if inner is None or inner.value == 0:
                return None
            inner.value, inner.start = -inner.value, first
            return inner
    if (
        tok[KIND] != NUM
        and _is_minus(tok)
        and i + 1 < n
        and tokens[i + 1][KIND] == NUM
        and not tokens[i + 1][SPACED]
        # a hyphen glued to a word is no minus: "the over-60s", "under-21 side"
        and (i == 0 or tok[SPACED] or tokens[i - 1][KIND] != WORD)
    ):
        sign = -1
        i += 1
        tok = tokens[i]
    if tok[KIND] == NUM:
        if sign == 1 and tok[TEXT] == "1":
            odds = read_fraction_words(tokens, i)  # "1 in 4"
            if odds is not None:
                return odds
        found = slash_fraction(tokens, i, plain=sign != 1)  # "-4/5" is never a date
        if found is not None:
            value, end = found
            return NumberReading(sign * value, None, first, end, fraction=True)
        nxt = tokens[i + 1] if i + 1 < n else None
        if nxt is not None and (nxt[KIND] == NUM or nxt[TEXT] in VULGAR_FRACTIONS):
            mixed = _mixed(tokens, i)
            if mixed is not None:  # "2 1/4", "2½", "2 ½"
                value, end = mixed
                word = tokens[end][LOW] if end < n else ""
                scale = SCALES.get(word)
                if scale is not None and word.isalpha() and not word.endswith("s"):
                    # "2½ million": the scale word counts, rounded to the fraction's part
                    return NumberReading(
                        sign * value * scale,
                        Fraction(scale, value.denominator),
                        first,
                        end + 1,
                        scale=scale,
                    )
                return NumberReading(sign * value, None, first, end, fraction=True)
        numeral = _cached_numeral(tok[TEXT])
        value, precision = numeral.value, numeral.precision
        if sign != 1:
            value = -value
        integral = "." not in tok[TEXT] or tok[TEXT].count(".") > 1
        power = power_of_ten(tokens, i + 1)
        if power is not None:
            exponent, end = power
            if end < n and tokens[end][TEXT] == "^" and not tokens[end][SPACED]:
                # "10^10^10" is 10^(10^10): reading 10^10 and leaving "^10"
                # would be silently wrong, and the exponent alone is beyond reach.
                raise FigureError(
                    "a power of a power (such as 10^10^10) is too large to read",
                    start=tok[START],
                    end=tokens[end][END],
                    hint=f"powers of ten are read up to 10^{_MAX_EXPONENT}; write one power",
                )
            if tokens[i + 1][TEXT] == "^":  # "10^6" is 1×10^6
                value, precision = Fraction(sign), Fraction(1)
            factor = _power(exponent)
            return NumberReading(value * factor, precision * factor, first, end)
        j = i + 1
        scale = 1
        if integral and j < n and tokens[j][LOW] in _COUNTING_WORDS:
            counted = _dozens_or_hundreds(tokens, j, value)  # "3 dozen", "3 hundred and 21"
            if counted is not None:
                whole, end = counted
                return NumberReading(whole, _ONE, first, end, integral_print=True)
        if j < n and tokens[j][KIND] == WORD:
            word = tokens[j][LOW]
            if word in SCALES:
                scale = SCALES[word]
            elif (
                word in _ATTACHED_SCALES
                and not tokens[j][SPACED]
                and not (j + 1 < n and tokens[j + 1][KIND] == NUM and not tokens[j + 1][SPACED])
                and (word != "t" or _money_before(tokens, i))
                and (word != "cr" or _rupees_before(tokens, i))
            ):
                scale = _ATTACHED_SCALES[word]  # "$5m", but "32m2" is square metres
            elif tokens[j][TEXT] == "k" and not (j + 1 < n and tokens[j + 1][KIND] == NUM):
                scale = 1000  # "2.33 k"
            elif word == "hundred" and (j + 1 >= n or tokens[j + 1][LOW] in SCALES):
                scale = 100  # "4 hundred million"
            if scale != 1:
                j += 1
                if scale == 100 and j < n and tokens[j][LOW] in SCALES:
                    scale *= SCALES[tokens[j][LOW]]
                    j += 1
                elif word in _BEFORE_CRORE and j < n and tokens[j][LOW] in ("crore", "crores"):
                    scale *= 10**7  # "5.14 lakh crore"
                    j += 1
        if j < n and tokens[j][LOW].endswith(_ILLION):
            _refuse_unknown_scale(tokens, j)
        if scale != 1:
            half = _and_a_half(tokens, j)  # "3 million and a half"
            if half is not None:
                return NumberReading(
                    (value + sign * Fraction(1, 2)) * scale,
                    Fraction(scale, 2),
                    first,
                    half,
                    scale=scale,
                )
            value, precision = value * scale, precision * scale
        return NumberReading(
            value,
            precision,
            first,
            j,
            scale=scale,
            integral_print=integral and scale == 1,
        )
    if sign == 1 and tok[LOW] in _WORD_NUMBER_STARTS:
        return read_fraction_words(tokens, i) or read_number_words(tokens, i)
    if tok[LOW] == "point":
        return _point_numeral(tokens, i)
    return None


#: Largest power of ten read in scientific notation, either way.
_MAX_EXPONENT = 300


def power_of_ten(tokens: Sequence[Token], i: int) -> tuple[int, int] | None:
    """The power of ten a numeral ending at ``tokens[i]`` is multiplied by: exponent and end.

    ``×10^23``, ``x 10^-3``, ``×10−30`` after a mantissa, or ``^6`` right
    after a numeral "10" (``10^6`` is 1×10^6). Without a caret the sign must
    be glued to both numbers (``×10−30``, a superscript that plain text
    lost); ``×10 30`` is no power. The exponent is not checked here: reading
    raises for one too large.
    """
    n = len(tokens)
    if i >= n:
        return None
    k = i
    if tokens[k][TEXT] in ("×", "x", "X") and k + 1 < n and tokens[k + 1][TEXT] == "10":
        k += 2
    elif not (
        tokens[k][TEXT] == "^" and not tokens[k][SPACED] and i > 0 and tokens[i - 1][TEXT] == "10"
    ):
        return None
    caret = k < n and tokens[k][TEXT] == "^" and not tokens[k][SPACED]
    if caret:
        k += 1
    sign = 1
    if k < n and _is_minus(tokens[k]) and not tokens[k][SPACED]:
        sign, k = -1, k + 1
    elif not caret:
        return None
    if k >= n or tokens[k][KIND] != NUM or tokens[k][SPACED] or not tokens[k][TEXT].isdigit():
        return None
    return sign * int(tokens[k][TEXT][: MAX_DIGITS + 1]), k + 1


def _power(exponent: int) -> Fraction:
    if abs(exponent) > _MAX_EXPONENT:
        raise FigureError(
            f"power of ten 10^{exponent} is too large to read",
            hint=f"powers of ten are read up to 10^{_MAX_EXPONENT} and down to 10^-{_MAX_EXPONENT}",
        )
    return Fraction(10) ** exponent


def _money_before(tokens: Sequence[Token], i: int) -> bool:
    """Whether the numeral at ``i`` is glued to a currency sign before it."""
    return (
        i > 0
        and not tokens[i][SPACED]
        and tokens[i - 1][KIND] != NUM
        and tokens[i - 1][TEXT][-1:] in _MONEY_SIGNS
    )


def _rupees_before(tokens: Sequence[Token], i: int) -> bool:
    """Whether "Rs" or "₹" stands right before the numeral at ``i`` ("Rs 1,200cr")."""
    return i > 0 and tokens[i - 1][TEXT] in ("Rs", "Rs.", "₹")


def _dozens_or_hundreds(
    tokens: Sequence[Token], j: int, value: Fraction
) -> tuple[Fraction, int] | None:
    """``3 dozen``, ``3 dozens``, ``3 hundred``, ``3 hundred and 21`` after a whole numeral.

    Exact, like the words ``three dozen`` and ``three hundred``; ``4 hundred
    million`` is left to the scale words.
    """
    n = len(tokens)
    word = tokens[j][LOW]
    if word in ("dozen", "dozens"):
        return value * 12, j + 1
    if word != "hundred" or not 0 < value < 100 or (j + 1 < n and tokens[j + 1][LOW] in SCALES):
        return None
    total, end = value * 100, j + 1
    k = end + 1 if end < n and tokens[end][LOW] == "and" else end
    if (
        k < n
        and tokens[k][KIND] == NUM
        and tokens[k][TEXT].isdigit()
        and int(tokens[k][TEXT]) < 100
    ):
        return total + int(tokens[k][TEXT]), k + 1
    more = _tail_below_hundred(tokens, end)
    if more is not None:
        return total + more[0], more[1]
    return total, end


def _and_a_half(tokens: Sequence[Token], j: int) -> int | None:
    """The end of ``and a half`` at ``tokens[j]``, if written there."""
    if (
        j + 2 < len(tokens)
        and tokens[j][LOW] == "and"
        and tokens[j + 1][LOW] in ("a", "one")
        and tokens[j + 2][LOW] == "half"
    ):
        return j + 3
    return None


def _mixed(tokens: Sequence[Token], i: int) -> tuple[Fraction, int] | None:
    """A mixed number at ``i``: ``2 1/4`` (a proper fraction up to sixteenths), ``2½``, ``2 ½``.

    The whole part has at most three digits, so "in 2019 1/4 of" stays a year
    and a fraction.
    """
    n = len(tokens)
    whole = tokens[i]
    if not whole[TEXT].isdigit() or len(whole[TEXT]) > 3 or i + 1 >= n:
        return None
    nxt = tokens[i + 1]
    if nxt[TEXT] in VULGAR_FRACTIONS:
        return int(whole[TEXT]) + VULGAR_FRACTIONS[nxt[TEXT]], i + 2
    if nxt[KIND] != NUM or not nxt[SPACED] or not nxt[TEXT].isdigit() or i + 3 >= n:
        return None
    slash, bottom = tokens[i + 2], tokens[i + 3]
    if (
        slash[TEXT] not in ("/", "⁄")
        or slash[SPACED]
        or bottom[SPACED]
        or not bottom[TEXT].isdigit()
    ):
        return None
    top, den = int(nxt[TEXT]), int(bottom[TEXT])
    if not 0 < top < den <= _MIXED_DENOMINATOR:
        return None
    if i + 4 < n and tokens[i + 4][TEXT] in ("/", "⁄") and not tokens[i + 4][SPACED]:
        return None  # "3 1/4/2020" is a date
    return int(whole[TEXT]) + Fraction(top, den), i + 4


def slash_fraction(
    tokens: Sequence[Token], i: int, *, plain: bool = False
) -> tuple[Fraction, int] | None:
    """``1⁄32``, or ``1/16`` before "of": a fraction written with a slash, and the end.

    With the fraction slash (U+2044) the numeral can only be a fraction; with
    a plain slash it is one only before "of" or a point ("1/16 of a pint", "1/4
    point"), since "9/11" and "24/7" are names and "3/4" may be a date;
    ``plain`` lifts that rule where no date can stand ("-4/5").
    """
    n = len(tokens)
    if i + 2 >= n or tokens[i + 1][TEXT] not in ("/", "⁄"):
        return None
    top, bottom = tokens[i], tokens[i + 2]
    if (
        bottom[KIND] != NUM
        or tokens[i + 1][SPACED]
        or bottom[SPACED]
        or not top[TEXT].isdigit()
        or not bottom[TEXT].isdigit()
        or int(bottom[TEXT]) == 0
    ):
        return None
    if (
        tokens[i + 1][TEXT] == "/"
        and not plain
        # "1/16 of a pint", "1/4 point", "1/2 percentage point": no date or name goes on so
        and not (i + 3 < n and tokens[i + 3][LOW] in ("of", "point", "points", "percentage"))
    ):
        return None
    return Fraction(int(top[TEXT]), int(bottom[TEXT])), i + 3


def _compound(tokens: Sequence[Token], i: int) -> tuple[int, int] | None:
    """A word number below 100 at ``i`` (``twenty-five``, ``seven``): value and end."""
    tok = tokens[i]
    if tok[KIND] != WORD:
        return None
    if tok[LOW] in _ONES:
        return _ONES[tok[LOW]], i + 1
    if tok[LOW] in _TENS:
        value = _TENS[tok[LOW]]
        if (
            i + 2 < len(tokens)
            and tokens[i + 1][TEXT] == "-"
            and tokens[i + 2][LOW] in _ONES
            and 0 < _ONES[tokens[i + 2][LOW]] < 10
            and not tokens[i + 1][SPACED]
            and not tokens[i + 2][SPACED]
        ):
            return value + _ONES[tokens[i + 2][LOW]], i + 3
        return value, i + 1
    return None


def read_number_words(tokens: Sequence[Token], i: int) -> NumberReading | None:
    """Number words: ``four``, ``twenty-five``, ``a dozen``, ``two hundred and fifty``,
    ``two million``.

    Words without a scale word are exact; with ``thousand`` or larger the
    number is rounded to its smallest scale word (``two million`` is
    1.5–2.5 million), like a numeral with that scale.
    """
    n = len(tokens)
    j = i
    if j + 2 < n and tokens[j][LOW] == "a" and tokens[j + 1][LOW] in ("couple", "pair"):
        if tokens[j + 2][LOW] != "of":
            return None
        # "a couple of", "a pair of": two; "a couple of hundred" is two hundred
        end = j + 3
        if j + 3 < n and (
            tokens[j + 3][LOW] in SCALES or tokens[j + 3][LOW] in ("hundred", "dozen")
        ):
            factor = {"hundred": 100, "dozen": 12}.get(tokens[j + 3][LOW]) or SCALES[
                tokens[j + 3][LOW]
            ]
            if factor >= 1000:
                return NumberReading(
                    Fraction(2 * factor), Fraction(factor), i, j + 4, words=True, scale=factor
                )
            return NumberReading(Fraction(2 * factor), None, i, j + 4, words=True)
        return NumberReading(Fraction(2), None, i, end, words=True)
    total = 0
    current = 0
    smallest_scale: int | None = None
    seen = False
    if j < n and tokens[j][LOW] in ("a", "an", "one") and j + 1 < n:
        nxt = tokens[j + 1][LOW]
        if nxt in SCALES and nxt.isalpha() and _more_words(tokens, j + 2):
            # "a thousand five hundred", "one million two hundred thousand"
            total, smallest_scale, seen, j = SCALES[nxt], SCALES[nxt], True, j + 2
        elif nxt == "dozen" or nxt == "hundred" or (nxt in SCALES and nxt.isalpha()):
            base = {"dozen": 12, "hundred": 100}.get(nxt) or SCALES[nxt]
            head, end = Fraction(base), j + 2
            precision = Fraction(base) if base >= 1000 else None
            half = _and_a_half(tokens, end) if base >= 1000 else None
            if half is not None:  # "a million and a half"
                return NumberReading(
                    head * Fraction(3, 2), Fraction(base, 2), i, half, words=True, scale=base
                )
            if base == 100:
                more = _tail_below_hundred(tokens, end)
                if more is not None:
                    head += more[0]
                    end = more[1]
            return NumberReading(
                head, precision, i, end, words=True, scale=base if base >= 1000 else 1
            )
    while j < n:
        part = _compound(tokens, j)
        # a new word number may follow nothing, a hundred or a scale word, or
        # complete a tens word ("twenty five" written without its hyphen)
        if part is not None and (
            not seen
            or current % 100 == 0
            or (current % 100 >= 20 and current % 10 == 0 and part[0] < 10)
        ):
            current += part[0]
            j = part[1]
            seen = True
            continue
        word = tokens[j][LOW]
        if seen and word == "dozen":
            current *= 12
            j += 1
            continue
        if seen and word == "hundred" and 0 < current < 100:
            current *= 100
            j += 1
            more = _tail_below_hundred(tokens, j)
            if more is not None:
                current += more[0]
                j = more[1]
            continue
        if (
            seen
            and word == "and"
            and total > 0
            and current == 0
            and j + 1 < n
            and _compound(tokens, j + 1) is not None
        ):
            j += 1  # "two thousand and two hundred"
            continue
        if seen and word in SCALES and word.isalpha() and current > 0:
            scale = SCALES[word]
            total += current * scale
            current = 0
            smallest_scale = scale if smallest_scale is None else min(smallest_scale, scale)
            j += 1
            continue
        break
    if not seen:
        return None
    _refuse_unknown_scale(tokens, j)
    # "two thousand five hundred" names every digit down to the hundreds: as exact as 2,500
    precision = None if smallest_scale is None or current else Fraction(smallest_scale)
    total += current
    if smallest_scale is None and (i == 0 or tokens[i - 1][LOW] != "at"):
        decimals = _point_digits(
            tokens, j
        )  # "two hundred point zero three"; "at one point" is a time
        if decimals is not None:
            places, end = decimals
            value = total + Fraction(int(places), 10 ** len(places))
            unit = Fraction(1, 10 ** len(places))
            scale = SCALES.get(tokens[end][LOW], 1) if end < n else 1
            if scale != 1 and tokens[end][LOW].isalpha() and not tokens[end][LOW].endswith("s"):
                # "one point two million"
                return NumberReading(
                    value * scale, unit * scale, i, end + 1, words=True, scale=scale
                )
            _refuse_unknown_scale(tokens, end)
            return NumberReading(value, unit, i, end, words=True)
    return NumberReading(Fraction(total), precision, i, j, words=True, scale=smallest_scale or 1)


def _more_words(tokens: Sequence[Token], k: int) -> bool:
    """Whether number words go on at ``k`` after a scale word ("… and five hundred")."""
    if k < len(tokens) and tokens[k][LOW] == "and":
        k += 1
    return k < len(tokens) and _compound(tokens, k) is not None


def _point_digits(tokens: Sequence[Token], j: int) -> tuple[str, int] | None:
    """``point zero three`` at ``j``: the digits spelled after "point", and the end."""
    n = len(tokens)
    if j >= n or tokens[j][LOW] != "point":
        return None
    digits = ""
    k = j + 1
    while k < n and tokens[k][LOW] in _ONES and _ONES[tokens[k][LOW]] < 10:
        digits += str(_ONES[tokens[k][LOW]])
        k += 1
    return (digits, k) if digits else None


def _point_numeral(tokens: Sequence[Token], i: int) -> NumberReading | None:
    """``point 77`` before a percent sign or word, or opening a quote: 0.77."""
    n = len(tokens)
    if i + 1 >= n or not tokens[i + 1][TEXT].isdigit() or not tokens[i + 1][SPACED]:
        return None
    after = tokens[i + 2][LOW] if i + 2 < n else ""
    if i != 0 and after not in ("%", "percent", "per", "pct"):
        return None  # "match point 77" is a name
    places = tokens[i + 1][TEXT]
    scale = 10 ** len(places)
    return NumberReading(Fraction(int(places), scale), Fraction(1, scale), i, i + 2)


def _tail_below_hundred(tokens: Sequence[Token], j: int) -> tuple[int, int] | None:
    """``and fifty`` / ``fifty`` after ``hundred``."""
    k = j
    if k < len(tokens) and tokens[k][LOW] == "and":
        k += 1
    if k < len(tokens):
        part = _compound(tokens, k)
        if part is not None and 0 < part[0] < 100:
            return part
    return None


def read_fraction_words(
    tokens: Sequence[Token], i: int, *, scaled: bool = True
) -> NumberReading | None:
    """Fractions in words: ``half``, ``a quarter``, ``two-thirds``, ``three quarters``,
    ``one in four``, ``three out of four``, ``1 in 4``, ``two and a half``.

    They are exact and dimensionless (``a quarter`` is 1/4, not 25 %).
    """
    n = len(tokens)
    if i >= n:
        return None
    tok = tokens[i]
    # "half" alone, "a half", "a quarter", "one third", "½"
    if tok[LOW] in ("half", "halves"):
        return _of_scale(tokens, Fraction(1, 2), i, i + 1, scaled)
    if tok[TEXT] in VULGAR_FRACTIONS:
        return _of_scale(tokens, VULGAR_FRACTIONS[tok[TEXT]], i, i + 1, scaled)
    numerator: int | None = None
    j = i
    if tok[LOW] in ("a", "an"):
        numerator, j = 1, i + 1
    else:
        part = _compound(tokens, i)
        if part is not None:
            numerator, j = part
            # "two and a half", "twenty and three fifths"
            if j + 1 < n and tokens[j][LOW] == "and" and tokens[j + 1][LOW] != "and":
                rest = read_fraction_words(tokens, j + 1, scaled=False)
                if (
                    rest is not None
                    and rest.fraction
                    and 0 < rest.value < 1
                    and not any(t[LOW] in ("in", "out") for t in tokens[j + 1 : rest.end])
                ):
                    return _of_scale(tokens, numerator + rest.value, i, rest.end, scaled)
        elif tok[KIND] == NUM and tok[TEXT] == "1":
            numerator, j = 1, i + 1
    if numerator is None:
        return None
    # "two-thirds": hyphen written against both words
    if j + 1 < n and tokens[j][TEXT] == "-" and not tokens[j][SPACED] and not tokens[j + 1][SPACED]:
        j += 1
    if j < n and tokens[j][LOW] in FRACTION_WORDS and numerator > 0:
        word = tokens[j][LOW]
        plural = word.endswith("s")
        # "one thirds", "two third" and "two half" are not English: leave them alone.
        if (numerator == 1) == plural or (numerator > 1 and word == "half"):
            return None
        return _of_scale(tokens, Fraction(numerator, FRACTION_WORDS[word]), i, j + 1, scaled)
    # "one in four", "three out of four", "1 in 4"
    k = j
    if k < n and tokens[k][LOW] == "in":
        k += 1
    elif k + 1 < n and tokens[k][LOW] == "out" and tokens[k + 1][LOW] == "of":
        k += 2
    else:
        return None
    if k >= n or tok[LOW] in ("a", "an"):
        return None
    # digits after "in" whatever the first number is written as: "1 in 4", "one in 13"
    # (but "one in 2004" is one thing in a year)
    digits = tokens[k][TEXT]
    year_like = tokens[k][KIND] == NUM and len(digits) == 4 and digits.isdigit()
    if year_like and 1800 <= int(digits) <= 2099 and int(digits) % 100:
        return None  # "joined Radio 1 in 1990": a year, whatever comes before "in"
    if tok[KIND] == NUM or (
        tokens[k][KIND] == NUM and digits.isdigit() and not (year_like and digits[0] in "12")
    ):
        if tokens[k][KIND] != NUM or "," in tokens[k][TEXT] or "." in tokens[k][TEXT]:
            return None
        denominator, end = _int(tokens[k][TEXT], tokens[k][TEXT]), k + 1
        if end < n and tokens[end][LOW] in SCALES and tokens[end][LOW].isalpha():
            denominator *= SCALES[tokens[end][LOW]]  # "1 in 4 million"
            end += 1
    else:
        words = read_number_words(tokens, k)  # "one in four", "one in a million"
        if words is None or words.value.denominator != 1:
            return None
        denominator, end = int(words.value), words.end
    if denominator <= 0 or denominator < numerator:
        return None
    return NumberReading(Fraction(numerator, denominator), None, i, end, words=True, fraction=True)


def _of_scale(
    tokens: Sequence[Token], value: Fraction, start: int, end: int, scaled: bool = True
) -> NumberReading:
    """A fraction in words, or that fraction of the scale word after it.

    ``half a million``, ``half million``, ``a quarter million``, ``five and a
    half million``: the fraction times the scale, rounded to the part of the
    scale it names (half a million is 250,000–750,000, as "5.5 million"
    written "five and a half million" is 5.25–5.75 million). Anything else is
    the exact, dimensionless fraction.
    """
    k = end
    if k < len(tokens) and tokens[k][LOW] in ("a", "an") and value < 1:
        k += 1  # "half a million"
    elif (
        k + 2 < len(tokens)
        and value < 1
        and tokens[k][LOW] == "of"
        and tokens[k + 1][LOW] in ("a", "an")
        and tokens[k + 2][LOW] in SCALES
    ):
        k += 2  # "a quarter of a million"
    if scaled and k < len(tokens):
        word = tokens[k][LOW]
        if word == "dozen" and (value * 12).denominator == 1:
            # "half a dozen" is six, exact as "a dozen" is twelve
            return NumberReading(value * 12, None, start, k + 1, words=True)
        scale = SCALES.get(word)
        if scale is not None and word.isalpha() and not word.endswith("s"):
            return NumberReading(
                value * scale,
                Fraction(scale, value.denominator),
                start,
                k + 1,
                scale=scale,
                words=True,
            )
    return NumberReading(value, None, start, end, words=True, fraction=True)


def read_multiple(tokens: Sequence[Token], i: int) -> tuple[Fraction, str | None, int] | None:
    """A stated multiple at ``i``: factor, direction and end.

    ``doubled`` (2, up), ``halved`` (1/2, down), ``fivefold``, ``five-fold``,
    ``5-fold`` and ``three times`` (no direction of their own).
    """
    n = len(tokens)
    tok = tokens[i]
    if tok[LOW] in MULTIPLE_WORDS:
        factor, trend = MULTIPLE_WORDS[tok[LOW]]
        return factor, trend, i + 1
    if tok[KIND] == WORD and tok[LOW].endswith("fold") and len(tok[LOW]) > 4:
        stem = tok[LOW][:-4]
        if stem in WORD_NUMBERS:
            return Fraction(WORD_NUMBERS[stem]), None, i + 1
        return None
    number = read_number(tokens, i)
    # a mixed number is a ratio too ("two and a half times", "1½ times"); a fraction
    # below one is a share ("a third")
    if number is None or number.value <= 0 or (number.fraction and number.value <= 1):
        return None
    j = number.end
    if j + 1 < n and tokens[j][TEXT] == "-" and tokens[j + 1][LOW] == "fold":
        return number.value, None, j + 2
    if (
        j < n
        and tokens[j][LOW] in ("fold", "times")
        and not (tokens[j][LOW] == "fold" and tokens[j][SPACED])
    ):
        if number.value == 1 and tokens[j][LOW] == "times":
            return None  # "one times" is not said; "one time" is an occasion
        return number.value, None, j + 1
    return None


def read_ordinal(tokens: Sequence[Token], i: int) -> tuple[int, int] | None:
    """An ordinal at ``i``: ``20th``, ``1st``, ``first``, ``twenty-first``; its number and end."""
    n = len(tokens)
    tok = tokens[i]
    if tok[KIND] == NUM and i + 1 < n:
        suffix = tokens[i + 1]
        if suffix[LOW] in ORDINAL_SUFFIXES and not suffix[SPACED] and tok[TEXT].isdigit():
            return _int(tok[TEXT], tok[TEXT]), i + 2
        return None
    if tok[LOW] in ORDINAL_WORDS:
        return ORDINAL_WORDS[tok[LOW]], i + 1
    if (
        tok[LOW] in _TENS
        and i + 2 < n
        and tokens[i + 1][TEXT] == "-"
        and tokens[i + 2][LOW] in ORDINAL_WORDS
        and ORDINAL_WORDS[tokens[i + 2][LOW]] < 10
    ):
        return _TENS[tok[LOW]] + ORDINAL_WORDS[tokens[i + 2][LOW]], i + 3
    return None


def word_number(word: str) -> int | None:
    """The whole number a single word spells (``"three"`` → 3, ``"a"`` → 1), if any.

    >>> word_number("twelve"), word_number("an"), word_number("many")
    (12, 1, None)
    """
    lowered = word.lower()
    if lowered in ("a", "an"):
        return 1
    return _ONES.get(lowered)
