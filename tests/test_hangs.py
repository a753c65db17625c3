"""Adversarial input finishes in time linear in its size: no hangs.

Each test times the same work on an input of size n and of size 4n (best of
three runs each, in CPU time) and asserts the larger took less than ten times as
long: a linear algorithm takes about four times, a quadratic one sixteen. The sizes
are small enough for the suite and large enough to measure; a ratio, not an
absolute time, keeps the test steady on a slow or busy machine.

Inputs that must be refused rather than read (billion laughs, a file beyond
the size limit, a hundred thousand nested brackets) are refused quickly.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.claims import load, loads
from factcheck.engine import check_claimset
from factcheck.errors import ClaimsFileError, FactcheckError
from factcheck.reports import get_renderer
from factcheck.text.parse import parse_figure
from factcheck.text.scanner import find_figures
from factcheck.yamlnodes import Limits, compose

#: Allowed growth from n to 4n: linear is 4, quadratic 16.
MAX_RATIO = 10


def _best_time(run: Callable[[Any], object], arg: Any, refused: bool) -> float:
    # CPU time of this process, not wall time: other processes on a busy CI
    # machine (the other xdist worker, a fuzzer) then cannot inflate one run.
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        try:
            run(arg)
        except FactcheckError:
            if not refused:
                raise
            # Refusing is an answer too; what matters is how long it took.
        best = min(best, time.process_time() - start)
    return best


def assert_linear(
    run: Callable[[Any], object], make: Callable[[int], Any], n: int, *, refused: bool = False
) -> None:
    """``run(make(4n))`` takes less than :data:`MAX_RATIO` times ``run(make(n))``.

    With ``refused``, ``run`` may end in a FactcheckError (a text with no figure).
    A busy machine can stall one measurement, so a failing ratio is measured
    again, up to three times: quadratic work fails every time.
    """
    small_input, large_input = make(n), make(4 * n)
    for _ in range(3):
        small = _best_time(run, small_input, refused)
        large = _best_time(run, large_input, refused)
        # The constant absorbs timer noise when the small run takes a millisecond or two.
        if large < MAX_RATIO * small + 0.02:
            return
    raise AssertionError(f"not linear: n took {small:.3f}s, 4n took {large:.3f}s")


def _scan(text: str) -> object:
    relations = pytest.importorskip("factcheck.scan")
    return relations.scan(text)


SENTENCE = "Killings rose from 780 in 2019 to 996 in 2020, an increase of 28%"

TEXTS: dict[str, tuple[Callable[[int], str], int]] = {
    "100k digits": (lambda n: "1" * n, 25_000),
    "'1,' repeated": (lambda n: "1," * n, 1_000),
    "'1, ' repeated": (lambda n: "1, " * n, 1_000),
    "hedge words": (lambda n: "more than about nearly " * n + "5", 1_000),
    "'between' repeated": (lambda n: "between " * n + "1 and 2", 1_000),
    "dashes": (lambda n: "1-" * n, 1_000),
    "one long line": (lambda n: f"{SENTENCE}; " * n, 100),
    "many sentences": (lambda n: f"{SENTENCE}. " * n, 100),
    "number words": (lambda n: "twenty-five hundred and " * n, 1_000),
    "no-break spaces": (lambda n: "1\u00a0" * n, 1_000),
}


@pytest.mark.parametrize("case", TEXTS)
def test_find_figures_is_linear(case: str) -> None:
    make, n = TEXTS[case]
    assert_linear(find_figures, make, n)


@pytest.mark.parametrize("case", ["'1,' repeated", "one long line", "many sentences"])
def test_scan_is_linear(case: str) -> None:
    make, n = TEXTS[case]
    assert_linear(_scan, make, n)


@pytest.mark.parametrize("case", ["100k digits", "'1,' repeated", "hedge words", "dashes"])
def test_parse_figure_is_linear(case: str) -> None:
    make, n = TEXTS[case]
    assert_linear(parse_figure, make, n, refused=True)


def test_a_huge_number_is_refused_at_once() -> None:
    with pytest.raises(FactcheckError, match="too long to read"):
        parse_figure("1" * 100_000)


# ------------------------------------------------------------------ YAML


def _flat_claims(n: int) -> tuple[str, str]:
    """An article with n figures on one line and a claims file quoting each of them."""
    article = " ".join(f"w{i} {i * 10 + 1}" for i in range(n))
    claims = "\n".join(
        f'  c{i}: {{quote: "w{i} {i * 10 + 1}", figure: "{i * 10 + 1}"}}' for i in range(n)
    )
    checks = "\n".join(f"  - {{rule: compare, a: c{i}, b: c{i + 1}}}" for i in range(0, n - 1, 2))
    return article, f"claims:\n{claims}\nchecks:\n{checks}\n"


def test_many_claims_load_in_linear_time() -> None:
    def run(pair: tuple[str, str]) -> object:
        return loads(pair[1], article=pair[0])

    assert_linear(run, _flat_claims, 100)


@pytest.mark.parametrize("fmt", ["text", "html", "json", "markdown", "sarif", "junit", "github"])
def test_many_findings_on_one_long_line_render_in_linear_time(fmt: str) -> None:
    # Each finding's sentence is the whole line: a report that looked for the
    # sentence of every finding from scratch would take n² steps.
    def make(n: int) -> object:
        article, claims = _flat_claims(n)
        inconsistent = claims.replace("compare,", "compare, options: {op: '>'},")
        return check_claimset(loads(inconsistent, article=article))

    assert_linear(get_renderer(fmt).render, make, 300)


def test_deep_nesting_is_refused_quickly() -> None:
    for text in ("[" * 100_000, "{a: " * 100_000, "- " * 100 + "x", "- " * 100_000 + "x"):
        start = time.perf_counter()
        with pytest.raises(ClaimsFileError, match="nest"):
            compose(text)
        assert time.perf_counter() - start < 2


def test_alias_fan_out_is_linear_and_bounded() -> None:
    def make(n: int) -> str:
        return "a: &a [x, y]\nb: [" + ", ".join(["*a"] * n) + "]\n"

    assert_linear(compose, make, 5_000)
    with pytest.raises(ClaimsFileError, match="more than 200,000 nodes"):
        compose(make(100_000))


BILLION_LAUGHS = "\n".join(
    ["lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    + [f"lol{i}: &lol{i} [{', '.join([f'*lol{i - 1}'] * 10)}]" for i in range(1, 10)]
    + ["claims: {a: '*lol9'}"]
)


def test_billion_laughs_is_refused_through_load(tmp_path: Any) -> None:
    path = tmp_path / "laughs.claims.yaml"
    path.write_text(BILLION_LAUGHS, encoding="utf-8")
    start = time.perf_counter()
    with pytest.raises(ClaimsFileError, match="expands to more than") as info:
        load(path)
    assert time.perf_counter() - start < 2
    assert info.value.file == str(path)
    assert info.value.line is not None
    assert "billion laughs" in (info.value.hint or "")


def test_a_file_beyond_the_size_limit_is_refused_before_parsing(tmp_path: Any) -> None:
    path = tmp_path / "big.claims.yaml"
    path.write_text("claims:\n" + "  # padding\n" * 600_000, encoding="utf-8")
    with pytest.raises(ClaimsFileError, match="larger than 5,000,000 bytes") as info:
        load(path)
    assert "Limits(max_bytes=" in (info.value.hint or "")
    with pytest.raises(ClaimsFileError, match="missing 'document'"):
        load(path, limits=Limits(max_bytes=10_000_000))
