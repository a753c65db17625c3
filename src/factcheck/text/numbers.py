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
from factcheck.text.tokens import NUM, WORD, Token

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
}
_ATTACHED_SCALES: dict[str, int] = {"k": 10**3, "m": 10**6, "b": 10**9, "mn": 10**6, "bn": 10**9}

_ONES: dict[str, int] = {
    "zero": 0,
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
#: The words number words and fractions in words can start with: read_number
#: asks no more of any other word (most words it is asked about are no number).
_WORD_NUMBER_STARTS = frozenset({*_ONES, *_TENS, "a", "an", "one", "half", "halves"})

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
}

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
    "halving": (Fraction(1, 2), "down"),
    "twice": (Fraction(2), None),
    "thrice": (Fraction(3), None),
}


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


def _adjacent(tokens: Sequence[Token], i: int) -> bool:
    return i < len(tokens) and not tokens[i].spaced


def _is_minus(tok: Token) -> bool:
    return tok.text in ("-", "−", "–")


def read_number(tokens: Sequence[Token], i: int) -> NumberReading | None:
    """A numeral (with sign and scale word) or number words at ``tokens[i]``, if any."""
    n = len(tokens)
    if i >= n:
        return None
    tok = tokens[i]
    sign = 1
    first = i
    if tok.low == "minus" and i + 1 < n:
        # "minus 5", "minus-1.4": the word is a sign
        k = i + 2 if _is_minus(tokens[i + 1]) and not tokens[i + 1].spaced else i + 1
        if k < n and tokens[k].kind == NUM:
            sign, i, tok = -1, k, tokens[k]
    if (
        tok.kind != NUM
        and _is_minus(tok)
        and i + 1 < n
        and tokens[i + 1].kind == NUM
        and not tokens[i + 1].spaced
    ):
        sign = -1
        i += 1
        tok = tokens[i]
    if tok.kind == NUM:
        if sign == 1 and tok.text == "1":
            odds = read_fraction_words(tokens, i)  # "1 in 4"
            if odds is not None:
                return odds
        found = slash_fraction(tokens, i) if sign == 1 else None
        if found is not None:
            value, end = found
            return NumberReading(value, None, first, end, fraction=True)
        numeral = _cached_numeral(tok.text)
        value, precision = numeral.value, numeral.precision
        if sign != 1:
            value = -value
        integral = "." not in tok.text or tok.text.count(".") > 1
        power = power_of_ten(tokens, i + 1)
        if power is not None:
            exponent, end = power
            if end < n and tokens[end].text == "^" and not tokens[end].spaced:
                # "10^10^10" is 10^(10^10): reading 10^10 and leaving "^10"
                # would be silently wrong, and the exponent alone is beyond reach.
                raise FigureError(
                    "a power of a power (such as 10^10^10) is too large to read",
                    start=tok.start,
                    end=tokens[end].end,
                    hint=f"powers of ten are read up to 10^{_MAX_EXPONENT}; write one power",
                )
            if tokens[i + 1].text == "^":  # "10^6" is 1×10^6
                value, precision = Fraction(sign), Fraction(1)
            factor = _power(exponent)
            return NumberReading(value * factor, precision * factor, first, end)
        j = i + 1
        scale = 1
        if j < n and tokens[j].kind == WORD:
            word = tokens[j].low
            if word in SCALES:
                scale = SCALES[word]
            elif (
                word in _ATTACHED_SCALES
                and not tokens[j].spaced
                and not (j + 1 < n and tokens[j + 1].kind == NUM and not tokens[j + 1].spaced)
            ):
                scale = _ATTACHED_SCALES[word]  # "$5m", but "32m2" is square metres
            elif word == "hundred" and (j + 1 >= n or tokens[j + 1].low in SCALES):
                scale = 100  # "4 hundred million"
            if scale != 1:
                j += 1
                if scale == 100 and j < n and tokens[j].low in SCALES:
                    scale *= SCALES[tokens[j].low]
                    j += 1
        if scale != 1:
            value, precision = value * scale, precision * scale
        return NumberReading(
            value,
            precision,
            first,
            j,
            scale=scale,
            integral_print=integral and scale == 1,
        )
    if sign == 1 and tok.low in _WORD_NUMBER_STARTS:
        return read_fraction_words(tokens, i) or read_number_words(tokens, i)
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
    if tokens[k].text in ("×", "x", "X") and k + 1 < n and tokens[k + 1].text == "10":
        k += 2
    elif not (
        tokens[k].text == "^" and not tokens[k].spaced and i > 0 and tokens[i - 1].text == "10"
    ):
        return None
    caret = k < n and tokens[k].text == "^" and not tokens[k].spaced
    if caret:
        k += 1
    sign = 1
    if k < n and _is_minus(tokens[k]) and not tokens[k].spaced:
        sign, k = -1, k + 1
    elif not caret:
        return None
    if k >= n or tokens[k].kind != NUM or tokens[k].spaced or not tokens[k].text.isdigit():
        return None
    return sign * int(tokens[k].text[: MAX_DIGITS + 1]), k + 1


def _power(exponent: int) -> Fraction:
    if abs(exponent) > _MAX_EXPONENT:
        raise FigureError(
            f"power of ten 10^{exponent} is too large to read",
            hint=f"powers of ten are read up to 10^{_MAX_EXPONENT} and down to 10^-{_MAX_EXPONENT}",
        )
    return Fraction(10) ** exponent


def slash_fraction(tokens: Sequence[Token], i: int) -> tuple[Fraction, int] | None:
    """``1⁄32``, or ``1/16`` before "of": a fraction written with a slash, and the end.

    With the fraction slash (U+2044) the numeral can only be a fraction; with
    a plain slash it is one only before "of" ("1/16 of a pint"), since "9/11"
    and "24/7" are names and "3/4" may be a date.
    """
    n = len(tokens)
    if i + 2 >= n or tokens[i + 1].text not in ("/", "⁄"):
        return None
    top, bottom = tokens[i], tokens[i + 2]
    if (
        bottom.kind != NUM
        or tokens[i + 1].spaced
        or bottom.spaced
        or not top.text.isdigit()
        or not bottom.text.isdigit()
        or int(bottom.text) == 0
    ):
        return None
    if tokens[i + 1].text == "/" and not (i + 3 < n and tokens[i + 3].low == "of"):
        return None
    return Fraction(int(top.text), int(bottom.text)), i + 3


def _compound(tokens: Sequence[Token], i: int) -> tuple[int, int] | None:
    """A word number below 100 at ``i`` (``twenty-five``, ``seven``): value and end."""
    tok = tokens[i]
    if tok.kind != WORD:
        return None
    if tok.low in _ONES:
        return _ONES[tok.low], i + 1
    if tok.low in _TENS:
        value = _TENS[tok.low]
        if (
            i + 2 < len(tokens)
            and tokens[i + 1].text == "-"
            and tokens[i + 2].low in _ONES
            and 0 < _ONES[tokens[i + 2].low] < 10
            and not tokens[i + 1].spaced
            and not tokens[i + 2].spaced
        ):
            return value + _ONES[tokens[i + 2].low], i + 3
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
    if j < n and tokens[j].low in ("a", "an", "one") and j + 1 < n:
        nxt = tokens[j + 1].low
        if nxt == "dozen" or nxt == "hundred" or (nxt in SCALES and nxt.isalpha()):
            base = {"dozen": 12, "hundred": 100}.get(nxt) or SCALES[nxt]
            head, end = Fraction(base), j + 2
            precision = Fraction(base) if base >= 1000 else None
            if base == 100:
                more = _tail_below_hundred(tokens, end)
                if more is not None:
                    head += more[0]
                    end = more[1]
            return NumberReading(
                head, precision, i, end, words=True, scale=base if base >= 1000 else 1
            )
    total = 0
    current = 0
    smallest_scale: int | None = None
    seen = False
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
        word = tokens[j].low
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
    total += current
    precision = None if smallest_scale is None else Fraction(smallest_scale)
    return NumberReading(Fraction(total), precision, i, j, words=True, scale=smallest_scale or 1)


def _tail_below_hundred(tokens: Sequence[Token], j: int) -> tuple[int, int] | None:
    """``and fifty`` / ``fifty`` after ``hundred``."""
    k = j
    if k < len(tokens) and tokens[k].low == "and":
        k += 1
    if k < len(tokens):
        part = _compound(tokens, k)
        if part is not None and 0 < part[0] < 100:
            return part
    return None


def read_fraction_words(tokens: Sequence[Token], i: int) -> NumberReading | None:
    """Fractions in words: ``half``, ``a quarter``, ``two-thirds``, ``three quarters``,
    ``one in four``, ``three out of four``, ``1 in 4``, ``two and a half``.

    They are exact and dimensionless (``a quarter`` is 1/4, not 25 %).
    """
    n = len(tokens)
    if i >= n:
        return None
    tok = tokens[i]
    # "half" alone, "a half", "a quarter", "one third"
    if tok.low in ("half", "halves"):
        return NumberReading(Fraction(1, 2), None, i, i + 1, words=True, fraction=True)
    numerator: int | None = None
    j = i
    if tok.low in ("a", "an"):
        numerator, j = 1, i + 1
    else:
        part = _compound(tokens, i)
        if part is not None:
            numerator, j = part
            # "two and a half"
            if (
                j + 2 < n
                and tokens[j].low == "and"
                and tokens[j + 1].low in ("a", "one")
                and tokens[j + 2].low == "half"
            ):
                return NumberReading(
                    numerator + Fraction(1, 2), None, i, j + 3, words=True, fraction=True
                )
        elif tok.kind == NUM and tok.text == "1":
            numerator, j = 1, i + 1
    if numerator is None:
        return None
    # "two-thirds": hyphen written against both words
    if j + 1 < n and tokens[j].text == "-" and not tokens[j].spaced and not tokens[j + 1].spaced:
        j += 1
    if j < n and tokens[j].low in FRACTION_WORDS and numerator > 0:
        word = tokens[j].low
        plural = word.endswith("s")
        # "one thirds", "two third" and "two half" are not English: leave them alone.
        if (numerator == 1) == plural or (numerator > 1 and word == "half"):
            return None
        return NumberReading(
            Fraction(numerator, FRACTION_WORDS[word]), None, i, j + 1, words=True, fraction=True
        )
    # "one in four", "three out of four", "1 in 4"
    k = j
    if k < n and tokens[k].low == "in":
        k += 1
    elif k + 1 < n and tokens[k].low == "out" and tokens[k + 1].low == "of":
        k += 2
    else:
        return None
    if k >= n or tok.low in ("a", "an"):
        return None
    if tok.kind == NUM:
        if tokens[k].kind != NUM or "," in tokens[k].text or "." in tokens[k].text:
            return None
        denominator, end = _int(tokens[k].text, tokens[k].text), k + 1
    else:
        part = _compound(tokens, k)
        if part is None:
            return None
        denominator, end = part
    if denominator <= 0 or denominator < numerator:
        return None
    return NumberReading(Fraction(numerator, denominator), None, i, end, words=True, fraction=True)


def read_multiple(tokens: Sequence[Token], i: int) -> tuple[Fraction, str | None, int] | None:
    """A stated multiple at ``i``: factor, direction and end.

    ``doubled`` (2, up), ``halved`` (1/2, down), ``fivefold``, ``five-fold``,
    ``5-fold`` and ``three times`` (no direction of their own).
    """
    n = len(tokens)
    tok = tokens[i]
    if tok.low in MULTIPLE_WORDS:
        factor, trend = MULTIPLE_WORDS[tok.low]
        return factor, trend, i + 1
    if tok.kind == WORD and tok.low.endswith("fold") and len(tok.low) > 4:
        stem = tok.low[:-4]
        if stem in WORD_NUMBERS:
            return Fraction(WORD_NUMBERS[stem]), None, i + 1
        return None
    number = read_number(tokens, i)
    if number is None or number.fraction or number.value <= 0:
        return None
    j = number.end
    if j + 1 < n and tokens[j].text == "-" and tokens[j + 1].low == "fold":
        return number.value, None, j + 2
    if (
        j < n
        and tokens[j].low in ("fold", "times")
        and not (tokens[j].low == "fold" and tokens[j].spaced)
    ):
        if number.value == 1 and tokens[j].low == "times":
            return None  # "one times" is not said; "one time" is an occasion
        return number.value, None, j + 1
    return None


def read_ordinal(tokens: Sequence[Token], i: int) -> tuple[int, int] | None:
    """An ordinal at ``i``: ``20th``, ``1st``, ``first``, ``twenty-first``; its number and end."""
    n = len(tokens)
    tok = tokens[i]
    if tok.kind == NUM and i + 1 < n:
        suffix = tokens[i + 1]
        if suffix.low in ORDINAL_SUFFIXES and not suffix.spaced and tok.text.isdigit():
            return _int(tok.text, tok.text), i + 2
        return None
    if tok.low in ORDINAL_WORDS:
        return ORDINAL_WORDS[tok.low], i + 1
    if (
        tok.low in _TENS
        and i + 2 < n
        and tokens[i + 1].text == "-"
        and tokens[i + 2].low in ORDINAL_WORDS
        and ORDINAL_WORDS[tokens[i + 2].low] < 10
    ):
        return _TENS[tok.low] + ORDINAL_WORDS[tokens[i + 2].low], i + 3
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
