"""The figure scanner on NewsQuant, scored as CQE scores it, with quantulum3 side by side.

NewsQuant annotates the quantities of news sentences with a value (``"19.0"``,
or ``"lo-hi"`` for a range), a change (``=``, ``~``, ``>``, ``<``, ``up``,
``down``) and a normalised unit. Years are not annotated, so date figures are
left out of the predictions, as are times of day and ordinals.

Scoring follows CQE's evaluation: a predicted value matches a gold value when
they agree within a relative tolerance of 1e-5 (``numpy.isclose`` with
``rtol=1e-5, atol=1e-8``); a range ``lo-hi`` matches a prediction with both
ends equal, and only a range does. Within each sentence predictions and gold
quantities are paired one to one, greedily, so no prediction is counted
twice. ``value+change`` also needs the change to agree, ``value+unit`` the
normalised unit. Precision is matches over predictions, recall matches over
gold quantities, F1 their harmonic mean.

quantulum3 runs on the same sentences in the same process when it is
installed (``pip install "factcheck[bench]"``); it states no change, so its
value+change score is not given. As in CQE's evaluation, a gold range is
compared with the mean of quantulum3's ends, since it reports one value.

Run::

    python benchmarks/newsquant_eval.py [--data PATH] [--errors]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any

import attrs

from factcheck.figures import Figure, Hedge, Kind, Trend
from factcheck.text.scanner import find_figures

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "benchmarks" / "newsquant" / "dev.json"

Value = float | tuple[float, float]


@attrs.frozen
class Quantity:
    """One quantity, gold or predicted: value (or range), change and normalised unit."""

    value: Value
    change: str
    unit: str
    text: str = ""


# ------------------------------------------------------------------- matching
def close(a: float, b: float) -> bool:
    """``numpy.isclose(a, b, rtol=1e-5, atol=1e-8)`` with ``b`` the gold value."""
    return abs(a - b) <= 1e-8 + 1e-5 * abs(b)


def values_match(gold: Value, predicted: Value) -> bool:
    """Both single values and close, or both ranges with both ends close."""
    if isinstance(gold, tuple) and isinstance(predicted, tuple):
        return close(predicted[0], gold[0]) and close(predicted[1], gold[1])
    if isinstance(gold, tuple) or isinstance(predicted, tuple):
        return False
    return close(predicted, gold)


def matches(
    gold: Sequence[Quantity],
    predicted: Sequence[Quantity],
    same: Callable[[Quantity, Quantity], bool],
) -> int:
    """Pairs made greedily, one prediction per gold quantity."""
    left = list(predicted)
    found = 0
    for g in gold:
        for p in left:
            if same(g, p):
                left.remove(p)
                found += 1
                break
    return found


CRITERIA: dict[str, Callable[[Quantity, Quantity], bool]] = {
    "value": lambda g, p: values_match(g.value, p.value),
    "value+change": lambda g, p: values_match(g.value, p.value) and g.change == p.change,
    "value+unit": lambda g, p: values_match(g.value, p.value) and g.unit == p.unit,
}


@attrs.define
class Tally:
    """Running counts for one system and one criterion."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0

    def scores(self) -> tuple[float, float, float]:
        """Precision, recall and F1."""
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


# ---------------------------------------------------------------- gold data
def gold_value(text: str) -> Value:
    """``"19.0"`` or ``"252.0-287.0"`` (a range; a leading minus is a sign)."""
    body = text.strip()
    if "-" in body[1:] and "e" not in body.lower():
        at = body.index("-", 1)
        return float(body[:at]), float(body[at + 1 :])
    return float(body)


def load(path: Path) -> list[tuple[str, list[Quantity]]]:
    """The sentences of a NewsQuant file and their gold quantities."""
    rows = json.loads(path.read_text(encoding="utf-8"))
    return [
        (
            row["text"],
            [
                Quantity(gold_value(q["value"]), q["change"], q["normalized_unit"].lower())
                for q in row["quantities"]
            ],
        )
        for row in rows
    ]


# ------------------------------------------------------------- factcheck side
#: factcheck's units under NewsQuant's normalised names
UNIT_NAMES = {
    "percent": "percentage",
    "percentage_point": "percentage point",
    "USD": "dollar",
    "EUR": "euro",
    "GBP": "pound sterling",
    "JPY": "japanese yen",
    "AUD": "australian dollar",
    "CAD": "canadian dollar",
    "HKD": "hong kong dollar",
    "NZD": "new zealand dollar",
    "SGD": "singapore dollar",
    "MXN": "mexican peso",
    "CHF": "swiss franc",
    "INR": "indian rupee",
    "CNY": "chinese yuan",
    "ILS": "shekel",
    "kilometer": "kilometre",
    "meter": "metre",
    "centimeter": "centimetre",
    "millimeter": "millimetre",
    "liter": "litre",
    "kilometer_per_hour": "kilometre per hour",
    "mile_per_hour": "mile per hour",
    "square_mile": "square mile",
    "square_kilometer": "square kilometre",
    "degree_Celsius": "celsius",
    "kilowatt_hour": "kilowatt hour",
    "pound": "pound-mass",
    "person": "people",
    "gigabyte": "gigabyte",
    "milliliter": "millilitre",
    "nanometer": "nanometre",
    "newton_meter": "newton metre",
    "parts_per_billion": "parts-per-billion",
    "parts_per_million": "parts-per-million",
    "milliampere_hour": "milliampere-hour",
    "metric_horsepower": "horsepower",
    "penny": "penny",
    "square_foot": "square foot",
    "square_meter": "square metre",
}

_HEDGE_CHANGE = {
    Hedge.EXACT: "=",
    Hedge.ROUNDED: "=",
    Hedge.BETWEEN: "=",
    Hedge.ABOUT: "~",
    Hedge.NEARLY: "~",
    Hedge.MORE_THAN: ">",
    Hedge.AT_LEAST: ">",
    Hedge.UP_TO: "<",
    Hedge.LESS_THAN: "<",
}
#: figures NewsQuant does not annotate: years and dates, times of day, ordinals
SKIPPED_KINDS = frozenset({Kind.DATE, Kind.TIME, Kind.ORDINAL})


def _float(value: Fraction | None) -> float | None:
    return None if value is None else float(value)


#: NewsQuant writes a vague plural as the decade it names ("dozens" is 12–120);
#: factcheck reads it as "at least twice the word" (24 and more). Same words, two
#: conventions: this maps the one to the other for scoring.
VAGUE = {
    "dozens": (12.0, 120.0),
    "scores": (20.0, 200.0),
    "hundreds": (100.0, 1000.0),
    "thousands": (1000.0, 10000.0),
    "tens of thousands": (10000.0, 100000.0),
    "hundreds of thousands": (100000.0, 1000000.0),
    "millions": (1e6, 1e7),
    "tens of millions": (1e7, 1e8),
    "hundreds of millions": (1e8, 1e9),
    "billions": (1e9, 1e10),
}


def figure_value(figure: Figure) -> Value | None:
    """The value as printed: a range's two ends, otherwise the number."""
    vague = VAGUE.get(figure.text.lower())
    if vague is not None and figure.hedge is Hedge.AT_LEAST:
        return vague
    if len(figure.parts) == 2:  # a range, hedged or not ("about 14-18 mpg")
        low, high = _float(figure.parts[0].value), _float(figure.parts[1].value)
        if low is not None and high is not None:
            return low, high
    if figure.value is not None:
        return float(figure.value)
    lowest = figure.low if figure.low is not None else figure.high
    return _float(lowest)


def figure_unit(figure: Figure) -> str:
    """The unit under NewsQuant's name; a bare count takes its noun (singular)."""
    unit = str(figure.unit)
    if unit == "dimensionless":
        if figure.noun:
            words = figure.noun.lower().split()
            last = words[-1]
            if last.endswith("ies"):
                last = last[:-3] + "y"
            elif last.endswith("s") and not last.endswith("ss"):
                last = last[:-1]
            return " ".join([*words[:-1], last])
        return "-"
    if figure.kind is Kind.AGE:
        return f"{unit} of age"
    return UNIT_NAMES.get(unit, unit.replace("_", " "))


_JUST = re.compile(r"just\b", re.IGNORECASE)
#: "just under 296 hp (": a "just" hedge on the figure a bracket opens after.
_JUST_BEFORE_BRACKET = re.compile(
    r"\bjust\s+(?:under|below|short\s+of|shy\s+of)\s+[^\s()]+(?:\s+[^\s()]+)?\s*\([^()]*$",
    re.IGNORECASE,
)


def said_just(figure: Figure, text: str) -> bool:
    """Whether the hedge of ``figure`` was written "just under" (NewsQuant's ``<``), on the
    figure itself or, for a conversion in brackets that borrowed it, on the figure before."""
    if _JUST.match(figure.text):
        return True
    window = text[max(0, figure.start - 80) : figure.start]
    return _JUST_BEFORE_BRACKET.search(window) is not None


def figure_change(figure: Figure, text: str = "") -> str:
    """``up``/``down`` for a stated change, else the hedge as ``=``, ``~``, ``>`` or ``<``.

    Two of factcheck's readings split in NewsQuant's scheme: a vague plural is
    ``=`` there (its value is the decade, see :data:`VAGUE`), and "just under"
    is ``<`` while "nearly" and "almost" are ``~``.
    """
    if figure.hedge is Hedge.AT_LEAST and figure.text.lower() in VAGUE:
        return "="
    if figure.hedge is Hedge.NEARLY and said_just(figure, text):
        return "<"
    if figure.trend is not None:
        return "up" if figure.trend is Trend.UP else "down"
    return _HEDGE_CHANGE[figure.hedge]


_FROM_BEFORE = re.compile(r"\bfrom(?:\s+(?:the|a|an))?\s*$", re.IGNORECASE)
#: Up to five words between the first figure and "to"; a full stop only inside a
#: word or after a capital ("10.45pm", "U.S."), never one that ends a sentence.
_TO_BETWEEN = re.compile(r"\s*(?:(?:[^\s.;]|\.(?=\S)|(?<=[A-Z])\.)+\s+){0,5}?to\s*", re.IGNORECASE)


def _from_to(text: str, figures: list[Figure]) -> list[Figure | tuple[Figure, Figure]]:
    """Figures written ``from A … to B`` joined into pairs, the way NewsQuant annotates them.

    factcheck reads "rose from 780 to 996" as two figures, the two levels a
    change rule needs; NewsQuant writes it as one quantity "780-996" (in
    either order). Pairing them here scores factcheck's figures in
    NewsQuant's convention; ``--as-read`` leaves them apart.
    """
    out: list[Figure | tuple[Figure, Figure]] = []
    k = 0
    while k < len(figures):
        first = figures[k]
        second = figures[k + 1] if k + 1 < len(figures) else None
        if (
            second is not None
            and not first.parts
            and not second.parts
            and _FROM_BEFORE.search(text[max(0, first.start - 12) : first.start])
            and _TO_BETWEEN.fullmatch(text[first.span[1] : second.start])
        ):
            out.append((first, second))
            k += 2
            continue
        out.append(first)
        k += 1
    return out


def factcheck_quantities(text: str, *, as_read: bool = False) -> list[Quantity]:
    """What find_figures reports for one sentence, as NewsQuant quantities."""
    figures = [f for f in find_figures(text) if f.kind not in SKIPPED_KINDS]
    out = []
    for item in [*figures] if as_read else _from_to(text, figures):
        if isinstance(item, tuple):
            low, high = (figure_value(f) for f in item)
            if isinstance(low, float) and isinstance(high, float):
                first = item[0]
                unit = figure_unit(item[1] if str(first.unit) == "dimensionless" else first)
                out.append(Quantity((low, high), "=", unit, f"{first.text} … {item[1].text}"))
            continue
        value = figure_value(item)
        if value is None:
            continue
        out.append(Quantity(value, figure_change(item, text), figure_unit(item), item.text))
    return out


# ------------------------------------------------------------ quantulum3 side
def quantulum_system() -> Callable[[str], list[Quantity]] | None:
    """quantulum3's parser as a system, or ``None`` when it is not installed."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return None

    def run(text: str) -> list[Quantity]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found: Iterable[Any] = parser.parse(text)
        return [Quantity(float(q.value), "=", str(q.unit.name).lower(), q.surface) for q in found]

    return run


def _averaged(gold: Sequence[Quantity]) -> list[Quantity]:
    """Gold ranges as their midpoint, the way CQE compared quantulum3's single values."""
    return [
        attrs.evolve(g, value=(g.value[0] + g.value[1]) / 2) if isinstance(g.value, tuple) else g
        for g in gold
    ]


# ------------------------------------------------------------------- driver
@attrs.frozen
class Result:
    """One system's scores on the data."""

    name: str
    tallies: dict[str, Tally]
    seconds: float
    errors: list[str]


def score(
    name: str,
    system: Callable[[str], list[Quantity]],
    data: Sequence[tuple[str, list[Quantity]]],
    *,
    average_ranges: bool = False,
) -> Result:
    """Run ``system`` on every sentence and tally the three criteria."""
    tallies = {criterion: Tally() for criterion in CRITERIA}
    errors: list[str] = []
    system(data[0][0])  # warm up: imports and the unit registry are not the scanner's speed
    began = time.perf_counter()
    predictions = [system(text) for text, _ in data]
    seconds = time.perf_counter() - began
    for (text, gold), predicted in zip(data, predictions, strict=True):
        compared = _averaged(gold) if average_ranges else gold
        for criterion, same in CRITERIA.items():
            tally = tallies[criterion]
            tally.gold += len(compared)
            tally.predicted += len(predicted)
            tally.matched += matches(compared, predicted, same)
        if matches(compared, predicted, CRITERIA["value"]) != max(len(compared), len(predicted)):
            errors.append(
                f"{text}\n  gold: {[(g.value, g.change, g.unit) for g in compared]}\n"
                f"  got:  {[(p.text, p.value, p.change, p.unit) for p in predicted]}"
            )
    return Result(name, tallies, seconds, errors)


def main(argv: Sequence[str] | None = None) -> int:
    """Score factcheck (and quantulum3 when installed) and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help=f"NewsQuant JSON (default {DATA})")
    parser.add_argument("--errors", action="store_true", help="print factcheck's mismatches")
    parser.add_argument(
        "--no-quantulum", action="store_true", help="skip quantulum3 even if installed"
    )
    parser.add_argument(
        "--as-read",
        action="store_true",
        help="also score the figures without joining 'from A to B' into one range",
    )
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"no data at {args.data}; pass --data PATH", file=sys.stderr)
        return 2
    data = load(args.data)
    results = [score("factcheck", factcheck_quantities, data)]
    if args.as_read:
        results.append(
            score("factcheck (as read)", lambda t: factcheck_quantities(t, as_read=True), data)
        )
    quantulum = None if args.no_quantulum else quantulum_system()
    if quantulum is not None:
        results.append(score("quantulum3", quantulum, data, average_ranges=True))
    elif not args.no_quantulum:
        print("quantulum3 is not installed: pip install 'factcheck[bench]'\n")
    gold = sum(len(g) for _, g in data)
    print(f"NewsQuant: {len(data)} sentences, {gold} quantities ({args.data.name})\n")
    print(f"{'system':<20} {'criterion':<13} {'P':>6} {'R':>6} {'F1':>6}")
    for result in results:
        for criterion, tally in result.tallies.items():
            if result.name == "quantulum3" and criterion == "value+change":
                print(f"{result.name:<20} {criterion:<13} {'n/a':>6} {'n/a':>6} {'n/a':>6}")
                continue
            p, r, f = tally.scores()
            print(f"{result.name:<20} {criterion:<13} {p:6.3f} {r:6.3f} {f:6.3f}")
        print(f"{result.name:<20} {'time':<13} {result.seconds:.2f} s")
    if args.errors:
        print("\nfactcheck's mismatches (value):\n")
        print("\n".join(results[0].errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
