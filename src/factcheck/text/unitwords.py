"""Unit words as they stand next to numbers in prose, and the units they name.

Only words are mapped here; the pint unit itself is looked up lazily (and
cached) the first time a figure needs it, so importing the text package does
not import pint.

>>> read_unit_suffix(tokenize("per cent of"), 0)
(UnitWord(unit='percent', category='percent'), 2)
>>> CURRENCY_CODES >= {"USD", "EUR", "GBP"}
True
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

import attrs

from factcheck._repr import fields_repr
from factcheck.text.tokens import (
    KIND,
    LOW,
    NUM,
    PARA,
    SPACED,
    SYM,
    TEXT,
    WORD,
    Token,
    phrase_fits,
    phrase_index,
)
from factcheck.units import CURRENCY_SYMBOLS, parse_unit

if TYPE_CHECKING:
    import pint

__all__ = [
    "ATTACHED_ONLY",
    "CODE_ALIASES",
    "CURRENCY_CODES",
    "DOLLAR_PREFIXES",
    "DOLLAR_WORDS",
    "LETTER_CURRENCIES",
    "SIGN_FIRST_DOLLARS",
    "UnitWord",
    "currency_code",
    "dollar_word",
    "read_currency_prefix",
    "read_unit_suffix",
    "scaled_code",
    "unit",
    "weighed",
]

PERCENT = "percent"
POINT = "point"
CURRENCY = "currency"
DURATION = "duration"
MEASURE = "measure"
PEOPLE = "people"


# Never compared: without eq, attrs compiles no __eq__/__hash__ at import (cold start).
@attrs.frozen(eq=False)
class UnitWord:
    """A unit as written: the registry's name for it and what sort of unit it is.

    ``category`` is one of ``percent``, ``point``, ``currency``, ``duration``,
    ``measure`` and ``people``; it decides whether an integer is exact (counts,
    money, durations) or rounded (percent, measurements).
    """

    __repr__ = fields_repr

    unit: str
    category: str


#: ISO codes the registry knows (see units.txt), written before or after the number.
CURRENCY_CODES = frozenset(
    [
        "USD",
        "EUR",
        "GBP",
        "JPY",
        "CNY",
        "INR",
        "AFN",
        "PKR",
        "CAD",
        "AUD",
        "NZD",
        "CHF",
        "RUB",
        "BRL",
        "MXN",
        "KRW",
        "ZAR",
        "SEK",
        "NOK",
        "DKK",
        "HKD",
        "SGD",
        "TRY",
        "SAR",
        "AED",
        "NGN",
        "KES",
        "EGP",
        "ILS",
        "PLN",
        "CZK",
        "HUF",
        "THB",
        "IDR",
        "MYR",
        "PHP",
        "VND",
        "BDT",
        "UAH",
        "ARS",
        "CLP",
        "COP",
        "PEN",
        "QAR",
        "KWD",
        "IRR",
        "IQD",
        "BTC",
        "CRC",
        "GEL",
        "LKR",
        "LBP",
        "BGN",
        "MNT",
        "FRF",
        "DEM",
        "ESP",
        "NLG",
        "ITL",
        "TWD",
    ]
)
#: Codes people write for a currency that are not its ISO code.
CODE_ALIASES = {"RMB": "CNY", "NIS": "ILS"}
#: Codes that are English words when written in lower case ("10 try", "pen 20"):
#: only their upper-case form is a currency.
_WORDLIKE_CODES = frozenset({"try", "pen", "cop", "php", "gel", "esp", "dem", "top", "mad"})
_LOWER_CODES = {
    code.lower(): code for code in CURRENCY_CODES if code.lower() not in _WORDLIKE_CODES
} | {alias.lower(): code for alias, code in CODE_ALIASES.items()}


def currency_code(text: str) -> str | None:
    """The ISO code ``text`` names when written as a code: ``USD``, ``usd``, ``RMB``, ``rmb``.

    Mixed case (``Usd``) and lower-case codes that are words (``try``, ``pen``) are none.
    """
    if text in CURRENCY_CODES:
        return text
    if text.isupper():
        return CODE_ALIASES.get(text)
    if text.islower():
        return _LOWER_CODES.get(text)
    return None


#: A code with a scale prefix written against it: "30 MUSD", "5 kEUR", "2 bnUSD".
_SCALED_PREFIXES = {"M": 10**6, "m": 10**6, "k": 10**3, "K": 10**3, "bn": 10**9, "Bn": 10**9}


def scaled_code(text: str) -> tuple[str, int] | None:
    """``MUSD`` → (USD, 10^6): a currency code with a scale glued in front, if ``text`` is one."""
    for prefix, factor in _SCALED_PREFIXES.items():
        if text.startswith(prefix) and text[len(prefix) :] in CURRENCY_CODES:
            return text[len(prefix) :], factor
    return None


#: Dollars with their country before the sign, in the spellings the tokenizer
#: keeps as one symbol ("C$", "c$", "C $", "HK$", "hk $", "Mex$", "MXN$"): never USD.
DOLLAR_PREFIXES = {
    "US": "USD",
    "U.S.": "USD",
    "A": "AUD",
    "AU": "AUD",
    "C": "CAD",
    "CA": "CAD",
    "CAN": "CAD",
    "NZ": "NZD",
    "HK": "HKD",
    "S": "SGD",
    "R": "BRL",
    "MEX": "MXN",
    "MXN": "MXN",
    "NT": "TWD",
}
#: The words (lower case) that can name a dollar's country before its sign.
DOLLAR_WORDS = frozenset(code.lower() for code in DOLLAR_PREFIXES if code.isalpha())


#: Countries whose dollar sign may follow them in lower case or title case ("hk $", "Mex$");
#: "can", "ca", "au" and "us" are words in lower case.
_ANY_CASE = frozenset({"hk", "nz", "nt", "mex", "mxn", "a", "c", "r", "s"})
#: One-letter countries whose dollar counts only glued to the sign: "a $5 fee" is US dollars.
_GLUED_ONLY = frozenset({"a", "c", "r", "s"})


def dollar_word(tokens: Sequence[Token], i: int) -> str | None:
    """The currency of a country written as a word before a dollar sign at ``tokens[i]``.

    ``c$5``, ``C $5``, ``hk $ 5``, ``Mex$5``, ``MXN$5``, ``US $5`` (the
    tokenizer keeps only ``US$``, ``NZ$``, ``HK$``, ``A$``, ``C$``, ``S$``,
    ``R$`` as one sign): never USD unless the country is the US. A single
    lower-case letter, or ``A``, counts only glued to the sign, and a number
    must follow it.
    """
    tok = tokens[i]
    code = DOLLAR_PREFIXES.get(tok[TEXT].upper())
    if code is None or i + 2 >= len(tokens):
        return None
    if not tok[TEXT].isupper() and tok[LOW] not in _ANY_CASE:
        return None  # "we can $5" is no Canadian money
    sign, number = tokens[i + 1], tokens[i + 2]
    if sign[TEXT] != "$" or number[KIND] != NUM:
        return None
    if sign[SPACED] and (tok[LOW] in _GLUED_ONLY and tok[TEXT] != "C"):
        return None
    return code


# Letter-only symbols ("Af") are left out: as a prefix they collide with words.
_SYMBOLS = {s: code for s, code in CURRENCY_SYMBOLS.items() if not s.isalpha()}
#: Currencies written as letters against the number: "RM23.50" (ringgit), "Rs500", "Rp9,000".
LETTER_CURRENCIES = {
    "RM": "MYR",
    "Rs": "INR",
    "Rp": "IDR",
    # the Swiss franc and the Scandinavian crowns: "SFr 2.3bn", "SKr5bn", "NKr 40m"
    "SFr": "CHF",
    "SKr": "SEK",
    "NKr": "NOK",
    "DKr": "DKK",
}
#: the dollar sign written before the country, as Australian papers do: "$US55m", "$A82m"
SIGN_FIRST_DOLLARS = {"$US": "USD", "$A": "AUD", "$NZ": "NZD", "$HK": "HKD", "$C": "CAD"}
_SYMBOLS.update(SIGN_FIRST_DOLLARS)

_SUFFIXES: dict[str, UnitWord] = {
    "%": UnitWord("percent", PERCENT),
    "per cent": UnitWord("percent", PERCENT),
    "per-cent": UnitWord("percent", PERCENT),
    "percent": UnitWord("percent", PERCENT),
    "pct": UnitWord("percent", PERCENT),
    "percentage points": UnitWord("percentage_point", POINT),
    "percentage point": UnitWord("percentage_point", POINT),
    "percentage-points": UnitWord("percentage_point", POINT),
    "percentage-point": UnitWord("percentage_point", POINT),
    "points": UnitWord("percentage_point", POINT),
    "pp": UnitWord("percentage_point", POINT),
    "pts": UnitWord("percentage_point", POINT),
    # money after the number ("pounds" alone is left out: it is also a weight)
    "dollars": UnitWord("USD", CURRENCY),
    "dollar": UnitWord("USD", CURRENCY),
    "us dollars": UnitWord("USD", CURRENCY),
    "u.s. dollars": UnitWord("USD", CURRENCY),
    "us dollar": UnitWord("USD", CURRENCY),
    "u.s. dollar": UnitWord("USD", CURRENCY),
    "american dollars": UnitWord("USD", CURRENCY),
    "chinese yuan": UnitWord("CNY", CURRENCY),
    "japanese yen": UnitWord("JPY", CURRENCY),
    "indian rupees": UnitWord("INR", CURRENCY),
    "indian rupee": UnitWord("INR", CURRENCY),
    "rupee": UnitWord("INR", CURRENCY),
    "pakistani rupees": UnitWord("PKR", CURRENCY),
    "sri lankan rupees": UnitWord("LKR", CURRENCY),
    "mexican pesos": UnitWord("MXN", CURRENCY),
    "brazilian reais": UnitWord("BRL", CURRENCY),
    "reais": UnitWord("BRL", CURRENCY),
    "south african rand": UnitWord("ZAR", CURRENCY),
    "rand": UnitWord("ZAR", CURRENCY),
    # only after a scale word: "2.53 trillion won" (see read_unit_suffix), "12 won" is a verb
    "won": UnitWord("KRW", CURRENCY),
    "korean won": UnitWord("KRW", CURRENCY),
    "south korean won": UnitWord("KRW", CURRENCY),
    "egyptian pounds": UnitWord("EGP", CURRENCY),
    "lebanese pounds": UnitWord("LBP", CURRENCY),
    "bitcoins": UnitWord("BTC", CURRENCY),
    "bitcoin": UnitWord("BTC", CURRENCY),
    "colones": UnitWord("CRC", CURRENCY),
    "lari": UnitWord("GEL", CURRENCY),
    "leva": UnitWord("BGN", CURRENCY),
    "tugriks": UnitWord("MNT", CURRENCY),
    "french francs": UnitWord("FRF", CURRENCY),
    "deutsche marks": UnitWord("DEM", CURRENCY),
    "deutschmarks": UnitWord("DEM", CURRENCY),
    "german marks": UnitWord("DEM", CURRENCY),
    "pesetas": UnitWord("ESP", CURRENCY),
    "guilders": UnitWord("NLG", CURRENCY),
    "dutch guilders": UnitWord("NLG", CURRENCY),
    "lire": UnitWord("ITL", CURRENCY),
    "italian lire": UnitWord("ITL", CURRENCY),
    "euro cents": UnitWord("euro_cent", CURRENCY),
    "euro cent": UnitWord("euro_cent", CURRENCY),
    "eurocents": UnitWord("euro_cent", CURRENCY),
    "hong kong dollar": UnitWord("HKD", CURRENCY),
    "canadian dollar": UnitWord("CAD", CURRENCY),
    "australian dollar": UnitWord("AUD", CURRENCY),
    "new zealand dollar": UnitWord("NZD", CURRENCY),
    "singapore dollar": UnitWord("SGD", CURRENCY),
    "mexican peso": UnitWord("MXN", CURRENCY),
    "euros": UnitWord("EUR", CURRENCY),
    "euro": UnitWord("EUR", CURRENCY),
    "pounds sterling": UnitWord("GBP", CURRENCY),
    "sterling": UnitWord("GBP", CURRENCY),
    "yen": UnitWord("JPY", CURRENCY),
    "yuan": UnitWord("CNY", CURRENCY),
    "renminbi": UnitWord("CNY", CURRENCY),
    "rupees": UnitWord("INR", CURRENCY),
    "afghanis": UnitWord("AFN", CURRENCY),
    "roubles": UnitWord("RUB", CURRENCY),
    "rubles": UnitWord("RUB", CURRENCY),
    "swiss francs": UnitWord("CHF", CURRENCY),
    "danish crowns": UnitWord("DKK", CURRENCY),
    "danish kroner": UnitWord("DKK", CURRENCY),
    "swedish crowns": UnitWord("SEK", CURRENCY),
    "swedish kronor": UnitWord("SEK", CURRENCY),
    # kronor and krona are Swedish only (the Danes and Norwegians write kroner, krone)
    "kronor": UnitWord("SEK", CURRENCY),
    "krona": UnitWord("SEK", CURRENCY),
    "norwegian crowns": UnitWord("NOK", CURRENCY),
    "norwegian kroner": UnitWord("NOK", CURRENCY),
    "czech crowns": UnitWord("CZK", CURRENCY),
    "czech korunas": UnitWord("CZK", CURRENCY),
    "hong kong dollars": UnitWord("HKD", CURRENCY),
    "canadian dollars": UnitWord("CAD", CURRENCY),
    "australian dollars": UnitWord("AUD", CURRENCY),
    "new zealand dollars": UnitWord("NZD", CURRENCY),
    "singapore dollars": UnitWord("SGD", CURRENCY),
    "shekels": UnitWord("ILS", CURRENCY),
    "ringgit": UnitWord("MYR", CURRENCY),
    "baht": UnitWord("THB", CURRENCY),
    "rupiah": UnitWord("IDR", CURRENCY),
    "naira": UnitWord("NGN", CURRENCY),
    "zlotys": UnitWord("PLN", CURRENCY),
    "zloty": UnitWord("PLN", CURRENCY),
    "forints": UnitWord("HUF", CURRENCY),
    "dirhams": UnitWord("AED", CURRENCY),
    "riyals": UnitWord("SAR", CURRENCY),
    "rials": UnitWord("IRR", CURRENCY),
    "iranian rials": UnitWord("IRR", CURRENCY),
    "hryvnias": UnitWord("UAH", CURRENCY),
    # durations: integers are exact ("20 years")
    "seconds": UnitWord("second", DURATION),
    "second": UnitWord("second", DURATION),
    "minutes": UnitWord("minute", DURATION),
    "minute": UnitWord("minute", DURATION),
    "mins": UnitWord("minute", DURATION),
    "hours": UnitWord("hour", DURATION),
    "hour": UnitWord("hour", DURATION),
    "hrs": UnitWord("hour", DURATION),
    "days": UnitWord("day", DURATION),
    "day": UnitWord("day", DURATION),
    "weeks": UnitWord("week", DURATION),
    "week": UnitWord("week", DURATION),
    "fortnights": UnitWord("fortnight", DURATION),
    "months": UnitWord("month", DURATION),
    "month": UnitWord("month", DURATION),
    "years": UnitWord("year", DURATION),
    "year": UnitWord("year", DURATION),
    "yrs": UnitWord("year", DURATION),
    "decades": UnitWord("decade", DURATION),
    "decade": UnitWord("decade", DURATION),
    "centuries": UnitWord("century", DURATION),
    "century": UnitWord("century", DURATION),
    # counted people
    "people": UnitWord("person", PEOPLE),
    "persons": UnitWord("person", PEOPLE),
    "person": UnitWord("person", PEOPLE),
    # measurements: integers are rounded
    "km": UnitWord("kilometer", MEASURE),
    "kilometres": UnitWord("kilometer", MEASURE),
    "kilometers": UnitWord("kilometer", MEASURE),
    "kilometre": UnitWord("kilometer", MEASURE),
    "kilometer": UnitWord("kilometer", MEASURE),
    "metres": UnitWord("meter", MEASURE),
    "meters": UnitWord("meter", MEASURE),
    "metre": UnitWord("meter", MEASURE),
    "meter": UnitWord("meter", MEASURE),
    "cm": UnitWord("centimeter", MEASURE),
    "mm": UnitWord("millimeter", MEASURE),
    "miles": UnitWord("mile", MEASURE),
    "mile": UnitWord("mile", MEASURE),
    "feet": UnitWord("foot", MEASURE),
    "ft": UnitWord("foot", MEASURE),
    "km2": UnitWord("square_kilometer", MEASURE),
    "sq km": UnitWord("square_kilometer", MEASURE),
    "square kilometres": UnitWord("square_kilometer", MEASURE),
    "square kilometers": UnitWord("square_kilometer", MEASURE),
    "square miles": UnitWord("square_mile", MEASURE),
    "hectares": UnitWord("hectare", MEASURE),
    "acres": UnitWord("acre", MEASURE),
    # singular before a noun: "a 500-acre farm", "a 40-hectare site"
    "hectare": UnitWord("hectare", MEASURE),
    "acre": UnitWord("acre", MEASURE),
    "sq m": UnitWord("square_meter", MEASURE),
    "sq metres": UnitWord("square_meter", MEASURE),
    "sq miles": UnitWord("square_mile", MEASURE),
    "sq mi": UnitWord("square_mile", MEASURE),
    "nautical miles": UnitWord("nautical_mile", MEASURE),
    "nautical mile": UnitWord("nautical_mile", MEASURE),
    "kg": UnitWord("kilogram", MEASURE),
    "kilograms": UnitWord("kilogram", MEASURE),
    "kilogrammes": UnitWord("kilogram", MEASURE),
    "grams": UnitWord("gram", MEASURE),
    "tonnes": UnitWord("tonne", MEASURE),
    "tonne": UnitWord("tonne", MEASURE),
    "metric tons": UnitWord("tonne", MEASURE),
    "tons": UnitWord("short_ton", MEASURE),
    "lb": UnitWord("pound", MEASURE),
    "lbs": UnitWord("pound", MEASURE),
    "litres": UnitWord("liter", MEASURE),
    "liters": UnitWord("liter", MEASURE),
    "gallons": UnitWord("gallon", MEASURE),
    "barrels": UnitWord("barrel", MEASURE),
    # oil output and use are told per day: "2.4 million barrels a day", "474,000 bpd"
    "barrels a day": UnitWord("barrel_per_day", MEASURE),
    "barrels per day": UnitWord("barrel_per_day", MEASURE),
    "barrels of oil a day": UnitWord("barrel_per_day", MEASURE),
    "barrels of oil per day": UnitWord("barrel_per_day", MEASURE),
    "bpd": UnitWord("barrel_per_day", MEASURE),
    "b/d": UnitWord("barrel_per_day", MEASURE),
    "mph": UnitWord("mile_per_hour", MEASURE),
    "km/h": UnitWord("kilometer_per_hour", MEASURE),
    "kph": UnitWord("kilometer_per_hour", MEASURE),
    "°c": UnitWord("degree_Celsius", MEASURE),
    "° c": UnitWord("degree_Celsius", MEASURE),
    "degrees celsius": UnitWord("degree_Celsius", MEASURE),
    "degrees c": UnitWord("degree_Celsius", MEASURE),
    "celsius": UnitWord("degree_Celsius", MEASURE),
    # glued in capitals only ("35C (95F)", as British news writes temperatures)
    "c": UnitWord("degree_Celsius", MEASURE),
    "f": UnitWord("degree_Fahrenheit", MEASURE),
    "°f": UnitWord("degree_Fahrenheit", MEASURE),
    "° f": UnitWord("degree_Fahrenheit", MEASURE),
    "degrees fahrenheit": UnitWord("degree_Fahrenheit", MEASURE),
    "degrees f": UnitWord("degree_Fahrenheit", MEASURE),
    "fahrenheit": UnitWord("degree_Fahrenheit", MEASURE),
    "kw": UnitWord("kilowatt", MEASURE),
    "mw": UnitWord("megawatt", MEASURE),
    "gw": UnitWord("gigawatt", MEASURE),
    "kwh": UnitWord("kilowatt_hour", MEASURE),
    "mwh": UnitWord("megawatt_hour", MEASURE),
    "gwh": UnitWord("gigawatt_hour", MEASURE),
    # more units met in news
    "pc": UnitWord("percent", PERCENT),  # British papers: "5pc"
    "basis points": UnitWord("basis_point", POINT),
    "basis point": UnitWord("basis_point", POINT),
    "basis-point": UnitWord("basis_point", POINT),
    "bps": UnitWord("basis_point", POINT),
    "cents": UnitWord("cent", CURRENCY),
    "cent": UnitWord("cent", CURRENCY),
    "pence": UnitWord("penny", CURRENCY),
    "p": UnitWord("penny", CURRENCY),  # "118.5p": only written against the number (see glued)
    "min": UnitWord("minute", DURATION),
    "sec": UnitWord("second", DURATION),
    "secs": UnitWord("second", DURATION),
    "miles per hour": UnitWord("mile_per_hour", MEASURE),
    "kilometres per hour": UnitWord("kilometer_per_hour", MEASURE),
    "kilometers per hour": UnitWord("kilometer_per_hour", MEASURE),
    "km/hr": UnitWord("kilometer_per_hour", MEASURE),
    "kmh": UnitWord("kilometer_per_hour", MEASURE),
    "miles per gallon": UnitWord("mile_per_gallon", MEASURE),
    "mpg": UnitWord("mile_per_gallon", MEASURE),
    "yards": UnitWord("yard", MEASURE),
    "yard": UnitWord("yard", MEASURE),
    "yds": UnitWord("yard", MEASURE),
    "inches": UnitWord("inch", MEASURE),
    "inch": UnitWord("inch", MEASURE),
    "foot": UnitWord("foot", MEASURE),
    "square feet": UnitWord("square_foot", MEASURE),
    "square foot": UnitWord("square_foot", MEASURE),
    "sq ft": UnitWord("square_foot", MEASURE),
    "m2": UnitWord("square_meter", MEASURE),
    "m²": UnitWord("square_meter", MEASURE),
    "km²": UnitWord("square_kilometer", MEASURE),
    "square metres": UnitWord("square_meter", MEASURE),
    "square meters": UnitWord("square_meter", MEASURE),
    "nanometres": UnitWord("nanometer", MEASURE),
    "nanometers": UnitWord("nanometer", MEASURE),
    "nanometre": UnitWord("nanometer", MEASURE),
    "nanometer": UnitWord("nanometer", MEASURE),
    "litre": UnitWord("liter", MEASURE),
    "liter": UnitWord("liter", MEASURE),
    "ml": UnitWord("milliliter", MEASURE),
    "millilitres": UnitWord("milliliter", MEASURE),
    "milliliters": UnitWord("milliliter", MEASURE),
    "mg": UnitWord("milligram", MEASURE),
    "milligrams": UnitWord("milligram", MEASURE),
    "g": UnitWord("gram", MEASURE),  # "45g": only written against the number (see glued)
    "ounces": UnitWord("ounce", MEASURE),
    "oz": UnitWord("ounce", MEASURE),
    "hz": UnitWord("hertz", MEASURE),
    "hertz": UnitWord("hertz", MEASURE),
    "khz": UnitWord("kilohertz", MEASURE),
    "mhz": UnitWord("megahertz", MEASURE),
    "ghz": UnitWord("gigahertz", MEASURE),
    "kb": UnitWord("kilobyte", MEASURE),
    "gb": UnitWord("gigabyte", MEASURE),
    "tb": UnitWord("terabyte", MEASURE),
    "gigabytes": UnitWord("gigabyte", MEASURE),
    "terabytes": UnitWord("terabyte", MEASURE),
    "megabytes": UnitWord("megabyte", MEASURE),
    "mb": UnitWord("megabyte", MEASURE),
    "kbps": UnitWord("kilobit_per_second", MEASURE),
    "mbps": UnitWord("megabit_per_second", MEASURE),
    "gbps": UnitWord("gigabit_per_second", MEASURE),
    "mbit/s": UnitWord("megabit_per_second", MEASURE),
    "mah": UnitWord("milliampere_hour", MEASURE),
    "hp": UnitWord("horsepower", MEASURE),
    "bhp": UnitWord("horsepower", MEASURE),
    "horsepower": UnitWord("horsepower", MEASURE),
    "ps": UnitWord("metric_horsepower", MEASURE),
    "newton metres": UnitWord("newton_meter", MEASURE),
    "newton meters": UnitWord("newton_meter", MEASURE),
    "db": UnitWord("decibel", MEASURE),
    "decibels": UnitWord("decibel", MEASURE),
    "ppm": UnitWord("parts_per_million", MEASURE),
    "ppb": UnitWord("parts_per_billion", MEASURE),
    "watts": UnitWord("watt", MEASURE),
    "kilowatts": UnitWord("kilowatt", MEASURE),
    "megawatts": UnitWord("megawatt", MEASURE),
    "gigawatts": UnitWord("gigawatt", MEASURE),
}

#: Unit words that only count written against the number ("118.5p", "45g") or in one
#: case ("MB"): otherwise they are more often a letter of something else.
ATTACHED_ONLY = frozenset({"p", "g", "ps", "mb", "c", "f"})
#: The case each of them is written in: "MB" is megabytes, "Mb" megabits, "mb" millibars.
_EXACT_CASE = {"p": "p", "g": "g", "ps": "PS", "mb": "MB", "c": "C", "f": "F"}
#: Glued letters that are a temperature's scale unless the number is part of a name
#: ("Section 4C", "Terminal 5F").
_DEGREES = frozenset({"c", "f"})
#: Capitalised words that open a sentence before a temperature: no name ("The 2C target").
_OPENERS = frozenset(
    {"the", "a", "an", "in", "at", "of", "by", "to", "about", "around", "some", "nearly"}
    | {"almost", "over", "under", "up", "down", "just", "only", "below", "above", "minus"}
)

_INDEX = phrase_index(_SUFFIXES)

#: Scale words after which "won" and "pounds" are money ("2.53 trillion won").
_SCALE_WORDS = frozenset({"million", "billion", "trillion", "m", "bn", "tn", "mn", "trn"})

#: Every word that can start a unit after a number.
UNIT_STARTS = frozenset(_INDEX)


#: Words of a sentence that weighs things: "pounds" there are a weight.
_WEIGHT_WORDS = frozenset(
    {"weigh", "weighs", "weighed", "weighing", "weight", "weights", "heavy", "heavier"}
    | {"lighter", "lb", "lbs", "tons", "tonnes", "cargo", "payload", "thrust", "load"}
    # what is sold by weight
    | {"beef", "meat", "pork", "poultry", "chicken", "fish", "crop", "crops", "harvest"}
    | {"grain", "wheat", "cheese", "milk", "butter", "sugar", "cocaine", "heroin", "cannabis"}
    | {"explosives", "waste", "rubbish", "food"}
)


def weighed(tokens: Sequence[Token], i: int) -> bool:
    """Whether the sentence around "pounds" at ``i`` weighs things: a word of weight or
    of what is sold by weight (:data:`_WEIGHT_WORDS`: "the rocket weighs 1.2 million
    pounds", "2 million pounds of beef, up from 1.6 million pounds"). "Millions of
    pounds of lottery investment" is money."""
    n = len(tokens)
    start = i
    while start > 0 and i - start < 40 and tokens[start - 1][TEXT] not in (".", "!", "?"):
        if tokens[start][PARA]:
            break
        start -= 1
    end = i
    while end + 1 < n and end - i < 25 and tokens[end][TEXT] not in (".", "!", "?"):
        if tokens[end + 1][PARA]:
            break
        end += 1
    return any(tokens[k][LOW] in _WEIGHT_WORDS for k in range(start, end + 1))


def read_unit_suffix(tokens: Sequence[Token], i: int) -> tuple[UnitWord, int] | None:
    """The unit written at ``tokens[i]`` after a number, with the index after it."""
    if i >= len(tokens):
        return None
    tok = tokens[i]
    if tok[KIND] == WORD and (tok[TEXT] in CURRENCY_CODES or tok[LOW] in _LOWER_CODES):
        code = currency_code(tok[TEXT])
        if code is not None:
            return UnitWord(code, CURRENCY), i + 1
    if tok[LOW] == "pounds" and i and tokens[i - 1][LOW] in _SCALE_WORDS and not weighed(tokens, i):
        # "three billion pounds" is money; "two million pounds of beef" may be a weight
        return UnitWord("GBP", CURRENCY), i + 1
    if tok[TEXT] == "Cent":
        return None  # "the rapper 50 Cent": a name (money would be lower case, and plural)
    for words, meaning in _INDEX.get(tok[LOW], ()):
        if not phrase_fits(tokens, i, words):
            continue
        if words == ("won",) and not (i and tokens[i - 1][LOW] in _SCALE_WORDS):
            continue  # "the team 3 won": a verb, not Korea's currency
        if (
            tok[LOW] in _DEGREES
            and i > 1
            and tokens[i - 2][TEXT][:1].isupper()
            and tokens[i - 2][LOW] not in _OPENERS
        ):
            continue  # "Section 4C", "Terminal 5F": a name's code
        if tok[LOW] in ATTACHED_ONLY and (
            (tok[SPACED] and tok[LOW] not in ("ps", "mb")) or tok[TEXT] != _EXACT_CASE[tok[LOW]]
        ):
            # "45g" is grams, "5G" a network; "300 PS" horsepower, "ps" no unit; "512 MB"
            continue
        # "5 m" and "5 °C" may be spaced; "5 %" too. Nothing more to check.
        return meaning, i + len(words)
    return None


def read_currency_prefix(tokens: Sequence[Token], i: int) -> tuple[str, int] | None:
    """A currency written before the number (``$``, ``US$``, ``€``, ``USD``): code and end."""
    if i >= len(tokens):
        return None
    tok = tokens[i]
    if tok[KIND] == SYM and tok[TEXT] in _SYMBOLS:
        return _SYMBOLS[tok[TEXT]], i + 1
    if tok[KIND] != WORD:
        return None
    if tok[LOW] in DOLLAR_WORDS:
        dollar = dollar_word(tokens, i)  # "c$5", "HK $5", "Mex$5"
        if dollar is not None:
            return dollar, i + 2
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    code = currency_code(tok[TEXT])
    if code is not None and (tok[TEXT] in CURRENCY_CODES or (nxt is not None and nxt[KIND] == NUM)):
        return code, i + 1  # "USD" alone is a word; "rmb 10" and "usd 20" are money
    if tok[TEXT] in LETTER_CURRENCIES and nxt is not None:
        # "RM23.50", "Rs 500", "Rs. 500", "Rp 9,000"
        if nxt[TEXT] == "." and not nxt[SPACED] and i + 2 < len(tokens):
            i, nxt = i + 1, tokens[i + 2]
        if nxt[KIND] == NUM:
            return LETTER_CURRENCIES[tok[TEXT]], i + 1
    return None


@cache
def unit(name: str) -> pint.Unit:
    """The registry's unit for ``name``, looked up once per process."""
    return parse_unit(name)
