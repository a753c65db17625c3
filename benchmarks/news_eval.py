"""``factcheck scan`` against hand-labelled relations in real news (BBC, 2004-05).

``benchmarks/news_labels.yaml`` lists, for a sample of articles of the
development corpus (``../shared/corpus/bbc-2004/``), every numeric relation
the article states with all its figures in the text, each figure's offset and
a verdict (``consistent``, ``inconsistent`` for a real error in the article,
or ``ambiguous``, which is not scored). The articles are split into ``dev``
and ``holdout`` by a hash of their path (see the labels file's header), plus
``fresh``, ``fresh2``, ``fresh3``, ``fresh4`` and ``fresh5``, later samples labelled after
the others had been seen (marked in the spec, regardless of the hash); read only the
totals of the newest unseen split while working on the scan (``fresh5`` since session 10).

Matching rule (strict, so that a finding matching by accident does not count).
A finding's spans are every ``[start, end]`` pair in ``extra["spans"]``
(lists of pairs flattened) plus the finding's own ``location`` span. A span
*touches* a labelled figure when it overlaps the figure's numeric core (first
to last digit of the figure text, or the whole text for a word such as
"halved") and is at most ``3 * len(figure) + 20`` characters long, so a
sentence-wide location cannot touch every figure in it. A finding *matches*
a relation when distinct spans of the finding touch all of the relation's
figures when it has one or two, and at least two including the last-listed
one (the stated result: the change, the total, the closing level, the ratio
word) when it has three or more, so that a finding on two levels alone does
not cover a percent change or a sum. One span never accounts for two
figures.

Metrics, per split:

* coverage: relations (ambiguous ones left out) matched by at least one
  finding whose status is ``consistent`` or ``inconsistent``;
* agreement: covered relations for which every matching finding's status
  equals the label's verdict;
* real errors caught: ``inconsistent`` relations matched by an inconsistent
  finding;
* mutation recall: for each ``consistent`` relation, the last figure with
  digits is broken (its numbers multiplied by the first factor of 1.5, 0.6,
  2, 0.5, 3, 0.3, 10, 0.1, 100, 0.01 that makes the relation clearly false
  as stated, rounding and hedges included, see ``breaks``, keeping the
  figure's format: separators, decimals, symbols, scale words; relations
  no factor breaks are left out); the mutated article is scanned and the
  mutation is caught when an inconsistent finding matches the relation in
  the mutated text with one of its matching spans touching the broken figure;
* conversions: the labels hold no currency conversions but for a real error in
  one (kind ``conversion``), so a ``same_rate`` finding covers, agrees with and
  catches only a ``conversion`` label, and no other finding covers one;
* false alarms: inconsistent findings on the labelled articles that match no
  ``inconsistent`` label (``--corpus-wide`` also counts inconsistent findings
  over every file of the corpus, to be read by hand);
* speed: MB/s of the scan over the labelled articles (informative).

Run::

    python benchmarks/news_eval.py                  # table for dev, holdout, fresh and all
    python benchmarks/news_eval.py --split dev -v   # and every dev miss and flag
    python benchmarks/news_eval.py --json --corpus-wide

The corpus is not part of the repository: without it the script says so and
exits 0.
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import attrs
import yaml

HERE = Path(__file__).resolve().parent
LABELS = HERE / "news_labels.yaml"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared/corpus/bbc-2004"
SPLITS = ("dev", "holdout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5")
FACTORS = (1.5, 0.6, 2.0, 0.5, 3.0, 0.3, 10.0, 0.1, 100.0, 0.01)
INEQUALITY_KINDS = frozenset({"direction", "compare", "range"})
CHECKED = frozenset({"consistent", "inconsistent"})

Span = tuple[int, int]
Scanner = Callable[[str, str], Sequence["Found"]]

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_ONE_IN = re.compile(r"\b(?:one|1) in (\d+|[a-z]+)\b")
_WORDS = {
    w: float(i)
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
        ]
    )
}
_DENOMINATORS = {"third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5}
_SHARES = {"half": 0.5, "quarter": 0.25, "majority": 0.5}
_FRACTION = re.compile(r"\b(one|two|three|four)[- ](thirds?|quarters?|fifths?)\b")
_WORD = re.compile(r"\b(half|quarter|majority|" + "|".join(list(_WORDS)[1:]) + r")\b")
_SCALE_WORD = re.compile(r"\b(thousand|k|mn?|million|bn|billion|tn|trillion)\b")
_SCALE = {
    "thousand": 1e3,
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "bn": 1e9,
    "billion": 1e9,
    "tn": 1e12,
    "trillion": 1e12,
}


@attrs.frozen
class Figure:
    """A labelled figure: its text as printed and its 0-based offset."""

    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def core(self) -> Span:
        """The span from the first to the last digit (the whole text for a word)."""
        digits = [i for i, c in enumerate(self.text) if c.isdigit()]
        if not digits:
            return (self.start, self.end)
        return (self.start + digits[0], self.start + digits[-1] + 1)


@attrs.frozen
class Relation:
    """One labelled relation of one article."""

    article: str
    split: str
    kind: str
    figures: tuple[Figure, ...]
    verdict: str
    note: str = ""


@attrs.frozen
class Found:
    """What the scoring needs of one scan finding."""

    status: str
    rule: str
    start: int | None
    end: int | None
    spans: tuple[Span, ...]


def load_labels(path: Path) -> list[Relation]:
    """Read the labels file into relations, in file order."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out: list[Relation] = []
    for article, entry in data.items():
        for rel in entry.get("relations") or []:
            figures = tuple(Figure(f["text"], int(f["start"])) for f in rel["figures"])
            out.append(
                Relation(
                    article=article,
                    split=entry["split"],
                    kind=rel["kind"],
                    figures=figures,
                    verdict=rel["verdict"],
                    note=rel.get("note", ""),
                )
            )
    return out


def check_offsets(relations: Iterable[Relation], corpus: Path) -> list[str]:
    """Every figure whose text is not at its offset in the corpus file."""
    bad: list[str] = []
    texts: dict[str, str] = {}
    for rel in relations:
        if rel.article not in texts:
            texts[rel.article] = (corpus / rel.article).read_text(encoding="utf-8")
        text = texts[rel.article]
        bad.extend(
            f"{rel.article}: {fig.text!r} not at {fig.start}"
            for fig in rel.figures
            if text[fig.start : fig.end] != fig.text
        )
    return bad


# --- the scan, seen through Found --------------------------------------------------------


def _flatten(value: Any) -> Iterator[Span]:
    """The ``[start, end]`` pairs in a spans value (a pair or a list of pairs)."""
    if (
        isinstance(value, list | tuple)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        yield (int(value[0]), int(value[1]))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _flatten(item)


def to_found(finding: Any) -> Found:
    """A library Finding as a Found (status, rule, location, flattened spans)."""
    loc = finding.location
    extra = finding.extra or {}
    spans_value = extra.get("spans") or {}
    spans = [s for v in spans_value.values() for s in _flatten(v)]
    if loc.start is not None and loc.end is not None:
        spans.append((loc.start, loc.end))
    return Found(finding.status.value, finding.rule, loc.start, loc.end, tuple(spans))


# Where the scan lives: the rewrite moves it to factcheck.scan (scan_text), as in
#     try: from factcheck.scan import scan_text as scan
#     except ImportError: from factcheck.text.relations import scan
# written with importlib so that the type checker accepts either layout.
_SCAN_HOMES = (
    ("factcheck.scan", "scan_text"),
    ("factcheck.scan", "scan"),
    ("factcheck.text.relations", "scan"),
)


def library_scanner() -> Scanner:
    """The library's scan as a Scanner (the new module when it exists)."""
    scan: Callable[..., Any] | None = None
    errors: list[str] = []
    for module, name in _SCAN_HOMES:
        try:
            scan = getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError) as exc:
            errors.append(f"{module}.{name}: {type(exc).__name__}: {exc}")
            continue
        break
    if scan is None:
        raise ImportError("no scan function found in factcheck (" + "; ".join(errors) + ")")
    found = scan

    def run(text: str, document: str) -> list[Found]:
        return [to_found(f) for f in found(text, document=document).findings]

    return run


# --- matching ----------------------------------------------------------------------------


def touches(span: Span, figure: Figure) -> bool:
    """Whether ``span`` overlaps the figure's numeric core and is not far wider than it."""
    lo, hi = figure.core
    if span[1] - span[0] > 3 * len(figure.text) + 20:
        return False
    return span[0] < hi and lo < span[1]


def _assign(figures: Sequence[Figure], spans: Sequence[Span]) -> dict[int, int]:
    """A largest pairing of figures to distinct touching spans: figure index -> span index."""
    owner: dict[int, int] = {}  # span index -> figure index

    def augment(fi: int, seen: set[int]) -> bool:
        for si, span in enumerate(spans):
            if si in seen or not touches(span, figures[fi]):
                continue
            seen.add(si)
            if si not in owner or augment(owner[si], seen):
                owner[si] = fi
                return True
        return False

    for fi in range(len(figures)):
        augment(fi, set())
    return {fi: si for si, fi in owner.items()}


def matched_figures(found: Found, figures: Sequence[Figure]) -> set[int]:
    """Indices of the figures that distinct spans of ``found`` touch."""
    return set(_assign(figures, found.spans))


def matches(found: Found, figures: Sequence[Figure], must: int | None = None) -> bool:
    """The matching rule (see the module docstring); ``must`` is a figure index that has to
    be among the touched ones (the broken figure of a mutation)."""
    hit = matched_figures(found, figures)
    if len(figures) <= 2:
        if len(hit) < len(figures):
            return False
    elif len(hit) < 2 or len(figures) - 1 not in hit:
        return False
    return must is None or must in hit


# --- mutation ----------------------------------------------------------------------------


def value_of(text: str) -> float | None:
    """A rough value of a figure text, for ordering: its first number times its scale
    word ("$3.8bn" is 3.8e9), a percentage as a fraction ("43%" is 0.43), "one in N"
    as 1/N, and a few words ("half", "a majority", "one-fifth", "two million")."""
    lower = text.lower()
    ratio = _ONE_IN.search(lower)
    if ratio:
        n = float(ratio.group(1)) if ratio.group(1).isdigit() else _WORDS.get(ratio.group(1))
        return 1 / n if n else None
    m = _NUMBER.search(lower)
    if m:
        value = float(m.group().replace(",", ""))
        if "%" in lower:
            return value / 100
        rest = lower[m.end() :]
    else:
        frac = _FRACTION.search(lower)
        word = _WORD.search(lower)
        if frac:
            value = _WORDS[frac.group(1)] / _DENOMINATORS[frac.group(2)]
            rest = lower[frac.end() :]
        elif word:
            value = _WORDS[word.group(1)] if word.group(1) in _WORDS else _SHARES[word.group(1)]
            rest = lower[word.end() :]
        else:
            return None
    scale = _SCALE_WORD.search(rest[:18])
    if scale:
        value *= _SCALE[scale.group(1)]
    return value


def _scale_number(number: str, factor: float) -> str:
    """``number`` times ``factor``, printed like ``number`` (decimals, thousands commas)."""
    plain = number.replace(",", "")
    decimals = len(plain.split(".")[1]) if "." in plain else 0
    quantum = Decimal(1).scaleb(-decimals)
    scaled = (Decimal(plain) * Decimal(str(factor))).quantize(quantum, rounding=ROUND_HALF_UP)
    if "," in number:
        whole, _, frac = f"{scaled:f}".partition(".")
        out = f"{int(whole):,}"
        return f"{out}.{frac}" if frac else out
    return f"{scaled:f}"


def scale_figure(text: str, factor: float) -> str:
    """Every number in a figure text times ``factor``, the rest of the text kept.

    >>> scale_figure("$3.8bn", 1.5)
    '$5.7bn'
    """
    return _NUMBER.sub(lambda m: _scale_number(m.group(), factor), text)


def _flips(before: float, after: float, ref: float) -> bool:
    """Whether a difference changed sign and ended clearly (10% of ``ref``) on the other side."""
    return before * after < 0 and abs(after) > 0.1 * abs(ref)


#: Hedges that open a figure's lower end ("no more than" before "more than": see bounds).
_LOWER_OPEN = re.compile(
    r"\b(up to|as many as|at most|no more than|not more than|less than|fewer than|"
    r"under|below)\b"
)
_UPPER_OPEN = re.compile(r"\b(more than|over|above|at least|upwards of|or more|plus)\b|\+")
_NEAR_BELOW = re.compile(r"\b(nearly|almost|just under|just below)\b")
_ABOUT = re.compile(r"\b(about|around|roughly|approximately|some|an estimated|or so)\b")


def bounds(text: str, value: float) -> tuple[float, float]:
    """The values a figure text with rough value ``value`` can stand for: half a unit
    of its last digit each way ("2.6%" is 2.55-2.65%, "£0bn" up to £0.5bn), opened
    or widened by its hedge ("less than 5bn" has no lower bound, "about 30" is
    26.55-33.55, "nearly 9" 8.1-9). "Just under" and "no more than" are read before
    "under" and "more than"; a negative value keeps its ends in order."""
    lower = text.lower()
    half = 0.0
    ratio = _ONE_IN.search(lower)
    m = _NUMBER.search(lower)
    if ratio and ratio.group(1).isdigit():
        n = float(ratio.group(1))
        half = 0.5 / (n * n)  # "1 in 20": the 20 is rounded, the 1 is not
    elif m:
        decimals = len(m.group().split(".")[1]) if "." in m.group() else 0
        # one unit of the figure's scale and kind ("bn", "%"), whatever its number
        unit = value_of(lower[: m.start()] + "1" + lower[m.end() :]) or 1.0
        half = abs(unit) * 0.5 * 10**-decimals
    lo, hi = value - half, value + half
    if _NEAR_BELOW.search(lower):
        lo, hi = min(0.9 * lo, value), value
    elif _LOWER_OPEN.search(lower):
        lo = -math.inf
    elif _UPPER_OPEN.search(lower):
        hi = math.inf
    elif _ABOUT.search(lower):
        lo, hi = lo - 0.1 * abs(lo), hi + 0.1 * abs(hi)
    return lo, hi


def _clear_of(text: str, value: float, other: str, other_value: float) -> int:
    """+1 when every value ``text`` stands for is above every value ``other`` does,
    -1 when below, 0 when the two overlap."""
    lo, hi = bounds(text, value)
    other_lo, other_hi = bounds(other, other_value)
    return 1 if lo > other_hi else -1 if hi < other_lo else 0


def breaks(relation: Relation, index: int, factor: float) -> bool:
    """Whether scaling figure ``index`` by ``factor`` clearly falsifies the relation.

    Order relations (direction, compare, range) must change order against the
    other figure (the first one when the last is broken), or move 10% off it when
    both were equal, and end clear of it as both are stated: rounded to their
    last digit and hedged (see ``bounds``), no value of one may reach the other.
    Sums hold as an equality when the parts add up to the total within 5% and
    the total has no upper hedge (then the sum must end more than 5% off), else
    as parts not above the total (then the parts must end more than 5% above
    it), in each case clear of the total as stated, rounding and hedges
    included; percentages with no total are parts of 100%. A difference of two
    figures against a third works the same way. Other kinds (changes, multiples,
    shares, moves) are equalities that a factor of 1.5 or 0.6 always breaks.
    When a figure has no value (a word such as "threefold"), the factor is
    accepted as it is.
    """
    texts = [f.text for f in relation.figures]
    values = [value_of(t) for t in texts]
    scaled = value_of(scale_figure(texts[index], factor))
    if values[index] is None or scaled is None:
        return False
    if any(v is None for v in values) or len(values) < 2:
        return True
    before: list[float] = [v for v in values if v is not None]
    after = list(before)
    after[index] = scaled
    if relation.kind in INEQUALITY_KINDS:
        other = 0 if index == len(before) - 1 else len(before) - 1
        ref_before, ref_after = before[other], after[other]
        # the broken figure must lie clear of the other as both are stated: "3%" may
        # still be below "2.6%" (it covers 2.5-3.5%), so that is no error to flag
        broken = scale_figure(texts[index], factor)
        side = _clear_of(broken, after[index], texts[other], ref_after)
        if before[index] == ref_before:
            return side != 0 and abs(after[index] - ref_after) > 0.1 * abs(ref_after)
        flipped = _flips(before[index] - ref_before, after[index] - ref_after, ref_before)
        return flipped and side == (1 if after[index] > ref_after else -1)
    if relation.kind == "sum":
        total = texts[-1].lower()
        bounded = bool(_LOWER_OPEN.search(total) or _NEAR_BELOW.search(total))
        stated = [scale_figure(t, factor) if i == index else t for i, t in enumerate(texts)]
        if all("%" in t for t in texts) and sum(before) <= 1:
            before, after, bounded = [*before, 1.0], [*after, 1.0], True
            stated.append("100")
        side = _off(sum(before[:-1]), before[-1], sum(after[:-1]), after[-1], bounded)
        if not side:
            return False
        # clear of the total as stated: "£1.3bn" of a "£1bn" total may still fit (the
        # total covers £0.5-1.5bn), "less than $2bn" of $1.8bn too
        spans = [bounds(t, v) for t, v in zip(stated, after, strict=True)]
        parts_low = sum(low for low, _ in spans[:-1])
        parts_high = sum(high for _, high in spans[:-1])
        total_low, total_high = spans[-1]
        return parts_low > total_high if side > 0 else parts_high < total_low
    if relation.kind == "difference" and len(before) == 3:
        side = _off(abs(before[0] - before[1]), before[2], abs(after[0] - after[1]), after[2])
        return side != 0
    return True


def _off(
    part: float, total: float, new_part: float, new_total: float, bounded: bool = False
) -> int:
    """Where a part/total pair that matched (within 5%) or stayed below now ends: +1
    clearly above the total, -1 clearly below it, 0 not clearly off.

    ``bounded``: the total is only an upper bound ("up to", "nearly", or 100%).
    """
    if not bounded and abs(part - total) <= 0.05 * abs(total):
        if abs(new_part - new_total) <= 0.05 * abs(new_total):
            return 0
        return 1 if new_part > new_total else -1
    if bounded or part < total:
        return 1 if new_part > 1.05 * new_total else 0
    return -1 if new_part < 0.95 * new_total else 0


@attrs.frozen
class Mutation:
    """A copy of an article with one figure of a relation broken."""

    text: str
    figures: tuple[Figure, ...]  #: the relation's figures at their offsets in ``text``
    index: int  #: which figure was broken
    factor: float


def mutate(text: str, relation: Relation) -> Mutation | None:
    """Break the last figure with digits of ``relation`` (None when none can be broken)."""
    candidates = [i for i, f in enumerate(relation.figures) if _NUMBER.search(f.text)]
    if not candidates:
        return None
    index = candidates[-1]
    old = relation.figures[index]
    for factor in FACTORS:
        new_text = scale_figure(old.text, factor)
        if new_text == old.text or not breaks(relation, index, factor):
            continue
        delta = len(new_text) - len(old.text)
        mutated = text[: old.start] + new_text + text[old.end :]
        figures = tuple(
            Figure(new_text, f.start)
            if i == index
            else Figure(f.text, f.start + delta if f.start > old.start else f.start)
            for i, f in enumerate(relation.figures)
        )
        return Mutation(mutated, figures, index, factor)
    return None


# --- scoring -----------------------------------------------------------------------------


@attrs.frozen
class RelationResult:
    relation: Relation
    covered: bool
    agrees: bool
    error_caught: bool
    mutation: str  #: "caught", "missed" or "n/a"


@attrs.define
class SplitScore:
    split: str
    articles: int = 0
    relations: int = 0
    ambiguous: int = 0
    covered: int = 0
    agree: int = 0
    errors: int = 0
    errors_caught: int = 0
    mutations: int = 0
    mutations_caught: int = 0
    false_alarms: int = 0
    results: list[RelationResult] = attrs.field(factory=list)
    alarms: list[tuple[str, Found]] = attrs.field(factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "split": self.split,
            "articles": self.articles,
            "relations": self.relations,
            "ambiguous": self.ambiguous,
            "covered": self.covered,
            "coverage": _pct(self.covered, self.relations),
            "agreement": _pct(self.agree, self.covered),
            "real_errors": self.errors,
            "real_errors_caught": self.errors_caught,
            "mutations": self.mutations,
            "mutations_caught": self.mutations_caught,
            "mutation_recall": _pct(self.mutations_caught, self.mutations),
            "false_alarms": self.false_alarms,
        }


def _pct(num: int, den: int) -> float | None:
    return round(100 * num / den, 1) if den else None


@attrs.frozen
class Evaluation:
    scores: dict[str, SplitScore]
    mb_per_s: float


#: The rules that check conversions: conversions are no relations of the labels (but for
#: a real error in one, kind ``conversion``), so their findings cover no other kind.
CONVERSION_RULES = frozenset({"same_rate", "known_rate", "converted"})


def _about(found: Found, relation: Relation) -> bool:
    """Whether a finding may cover a relation: a conversion check covers conversions only."""
    return (found.rule in CONVERSION_RULES) == (relation.kind == "conversion")


def score_relation(
    relation: Relation, text: str, findings: Sequence[Found], scanner: Scanner
) -> RelationResult:
    """Coverage, agreement, error catch and mutation outcome of one relation."""
    checked = [
        f
        for f in findings
        if f.status in CHECKED and _about(f, relation) and matches(f, relation.figures)
    ]
    covered = bool(checked)
    agrees = covered and all(f.status == relation.verdict for f in checked)
    caught = relation.verdict == "inconsistent" and any(f.status == "inconsistent" for f in checked)
    outcome = "n/a"
    if relation.verdict == "consistent":
        mutation = mutate(text, relation)
        if mutation is not None:
            after = scanner(mutation.text, relation.article)
            hit = any(
                f.status == "inconsistent"
                and _about(f, relation)
                and matches(f, mutation.figures, must=mutation.index)
                for f in after
            )
            outcome = "caught" if hit else "missed"
    return RelationResult(relation, covered, agrees, caught, outcome)


def evaluate(
    labels: Path,
    corpus: Path,
    scanner: Scanner | None = None,
    splits: Sequence[str] = SPLITS,
    mutations: bool = True,
) -> Evaluation:
    """Score the scan on the labelled articles of ``splits``."""
    scan = scanner or library_scanner()
    relations = [r for r in load_labels(labels) if r.split in splits]
    bad = check_offsets(relations, corpus)
    if bad:
        raise ValueError("labels do not match the corpus:\n" + "\n".join(bad))
    by_article: dict[str, list[Relation]] = {}
    for rel in relations:
        by_article.setdefault(rel.article, []).append(rel)
    scores = {s: SplitScore(s) for s in splits}
    size = 0
    elapsed = 0.0
    for article, rels in by_article.items():
        text = (corpus / article).read_text(encoding="utf-8")
        t0 = time.perf_counter()
        findings = scan(text, article)
        elapsed += time.perf_counter() - t0
        size += len(text.encode("utf-8"))
        score = scores[rels[0].split]
        score.articles += 1
        for rel in rels:
            if rel.verdict == "ambiguous":
                score.ambiguous += 1
                continue
            result = score_relation(rel, text, findings, scan if mutations else _no_scan)
            score.results.append(result)
            score.relations += 1
            score.covered += result.covered
            score.agree += result.agrees
            score.errors += rel.verdict == "inconsistent"
            score.errors_caught += result.error_caught
            score.mutations += result.mutation != "n/a"
            score.mutations_caught += result.mutation == "caught"
        errors = [r for r in rels if r.verdict == "inconsistent"]
        for f in findings:
            if f.status == "inconsistent" and not any(
                _about(f, r) and matches(f, r.figures) for r in errors
            ):
                score.false_alarms += 1
                score.alarms.append((article, f))
    mb_per_s = size / 1e6 / elapsed if elapsed else 0.0
    return Evaluation(scores, mb_per_s)


def _no_scan(text: str, document: str) -> list[Found]:
    return []


def corpus_wide(corpus: Path, scanner: Scanner | None = None) -> list[tuple[str, Found]]:
    """Every inconsistent finding over every ``.txt`` file of the corpus."""
    scan = scanner or library_scanner()
    out: list[tuple[str, Found]] = []
    for path in sorted(corpus.rglob("*.txt")):
        name = path.relative_to(corpus).as_posix()
        text = path.read_text(encoding="utf-8")
        out.extend((name, f) for f in scan(text, name) if f.status == "inconsistent")
    return out


# --- output ------------------------------------------------------------------------------


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def table(scores: Mapping[str, SplitScore]) -> str:
    """The compact table: one row per split, and a total row when there are several."""
    rows = list(scores.values())
    if len(rows) > 1:
        total = SplitScore("all")
        for s in rows:
            for field in attrs.fields(SplitScore):
                if field.type in ("int", int):
                    setattr(total, field.name, getattr(total, field.name) + getattr(s, field.name))
        rows.append(total)
    head = (
        f"{'split':8} {'articles':>8} {'relations':>9} {'covered':>7} {'coverage%':>9} "
        f"{'agree%':>6} {'errors':>7} {'mutations':>11} {'recall%':>7} {'alarms':>6}"
    )
    lines = [head, "-" * len(head)]
    for s in rows:
        d = s.as_dict()
        lines.append(
            f"{s.split:8} {s.articles:>8} {s.relations:>9} {s.covered:>7} "
            f"{_cell(d['coverage']):>9} {_cell(d['agreement']):>6} "
            f"{f'{s.errors_caught}/{s.errors}':>7} "
            f"{f'{s.mutations_caught}/{s.mutations}':>11} {_cell(d['mutation_recall']):>7} "
            f"{s.false_alarms:>6}"
        )
    return "\n".join(lines)


def context(text: str, start: int | None, end: int | None, width: int = 70) -> str:
    """The text around ``start``-``end``, on one line, the span in [[ ]]."""
    if start is None or end is None:
        return ""
    lo, hi = max(0, start - width), min(len(text), end + width)
    snippet = text[lo:start] + "[[" + text[start:end] + "]]" + text[end:hi]
    return " ".join(snippet.split())


def details(score: SplitScore, corpus: Path) -> list[str]:
    """Misses, wrong verdicts, missed mutations and inconsistent findings, with context."""
    lines = [f"== {score.split}: relations the scan does not cover"]
    texts: dict[str, str] = {}

    def text_of(article: str) -> str:
        if article not in texts:
            texts[article] = (corpus / article).read_text(encoding="utf-8")
        return texts[article]

    for r in score.results:
        rel = r.relation
        figs = " ; ".join(f"{f.text}@{f.start}" for f in rel.figures)
        if not r.covered:
            lines.append(f"  MISS {rel.article} {rel.kind} [{figs}] {rel.verdict}: {rel.note}")
        elif not r.agrees:
            lines.append(f"  WRONG {rel.article} {rel.kind} [{figs}] label {rel.verdict}")
    lines.append(f"== {score.split}: consistent relations whose broken copy was not flagged")
    lines.extend(
        f"  {r.relation.article} {r.relation.kind} "
        f"[{' ; '.join(f.text for f in r.relation.figures)}]"
        for r in score.results
        if r.mutation == "missed"
    )
    lines.append(f"== {score.split}: inconsistent findings")
    for r in score.results:
        if r.error_caught:
            lines.append(f"  CAUGHT {r.relation.article} {r.relation.kind}: {r.relation.note}")
    for article, f in score.alarms:
        lines.append(
            f"  FALSE ALARM {article} {f.rule}: {context(text_of(article), f.start, f.end)}"
        )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Score factcheck scan on hand-labelled relations in real news."
    )
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and flags")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--corpus-wide", action="store_true", help="count inconsistent findings in every file"
    )
    parser.add_argument("--no-mutations", action="store_true", help="skip mutation recall")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}: nothing to score", file=sys.stderr)
        return 0
    splits = SPLITS if args.split == "all" else (args.split,)
    try:
        library_scanner()
    except ImportError as exc:
        print(f"cannot import the scan: {exc}", file=sys.stderr)
        return 2
    result = evaluate(args.labels, args.corpus, splits=splits, mutations=not args.no_mutations)
    wide = corpus_wide(args.corpus) if args.corpus_wide else None
    if args.json:
        out: dict[str, Any] = {
            "splits": {k: v.as_dict() for k, v in result.scores.items()},
            "mb_per_s": round(result.mb_per_s, 3),
        }
        if wide is not None:
            out["corpus_wide_inconsistent"] = len(wide)
        print(json.dumps(out, indent=2))
        return 0
    print(table(result.scores))
    print(f"scan speed over the labelled articles: {result.mb_per_s:.2f} MB/s")
    if wide is not None:
        print(f"inconsistent findings over the whole corpus: {len(wide)}")
    if args.verbose:
        shown = ("dev",) if args.split == "all" else splits
        for split in shown:
            print("\n".join(details(result.scores[split], args.corpus)))
        if args.split == "all":
            hidden = ", ".join(SPLITS[1:-1]) + " or " + SPLITS[-1]
            print(f"(other splits hidden: pass --split {hidden})")
        if wide:
            print("== inconsistent findings over the whole corpus")
            for name, f in wide:
                text = (args.corpus / name).read_text(encoding="utf-8")
                print(f"  {name} {f.rule}: {context(text, f.start, f.end)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
