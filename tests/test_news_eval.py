"""The real-news scoring script: matching, mutation and scoring on a tiny article of our own."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import news_eval
from news_eval import Figure, Found, Relation

# Written for this test; no corpus text.
ARTICLE = (
    "Widget sales\n\n"
    "Acme said revenue was $3.7bn, down from $3.8bn a year earlier. "
    "Its staff grew from 1,200 to 1,500, a rise of 25%.\n"
)


def at(text: str) -> Figure:
    return Figure(text, ARTICLE.index(text))


def relation(kind: str, *texts: str, verdict: str = "consistent") -> Relation:
    return Relation("news/001.txt", "dev", kind, tuple(at(t) for t in texts), verdict)


def span(text: str) -> tuple[int, int]:
    f = at(text)
    return (f.start, f.end)


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "corpus"
    (root / "news").mkdir(parents=True)
    (root / "news" / "001.txt").write_text(ARTICLE, encoding="utf-8")
    labels = tmp_path / "labels.yaml"
    starts = {t: ARTICLE.index(t) for t in ("$3.7bn", "$3.8bn", "1,200", "1,500", "25%")}
    labels.write_text(
        "news/001.txt:\n"
        "  split: dev\n"
        "  relations:\n"
        "    - kind: direction\n"
        "      figures:\n"
        f'        - {{text: "$3.8bn", start: {starts["$3.8bn"]}}}\n'
        f'        - {{text: "$3.7bn", start: {starts["$3.7bn"]}}}\n'
        "      verdict: consistent\n"
        "    - kind: percent_change\n"
        "      figures:\n"
        f'        - {{text: "1,200", start: {starts["1,200"]}}}\n'
        f'        - {{text: "1,500", start: {starts["1,500"]}}}\n'
        f'        - {{text: "25%", start: {starts["25%"]}}}\n'
        "      verdict: consistent\n",
        encoding="utf-8",
    )
    return root, labels


def test_scaling_keeps_the_format() -> None:
    assert news_eval.scale_figure("$3.8bn", 1.5) == "$5.7bn"
    assert news_eval.scale_figure("1,200", 1.5) == "1,800"
    assert news_eval.scale_figure("20,645 votes", 0.6) == "12,387 votes"
    assert news_eval.scale_figure("25%", 1.5) == "38%"  # 37.5 rounds half up
    assert news_eval.scale_figure("between 3% and 5%", 2) == "between 6% and 10%"


def test_mutation_breaks_the_last_figure_and_moves_the_offsets() -> None:
    rel = relation("percent_change", "1,200", "1,500", "25%")
    mutation = news_eval.mutate(ARTICLE, rel)
    assert mutation is not None
    assert mutation.index == 2 and mutation.factor == 1.5
    assert "a rise of 38%." in mutation.text
    for fig in mutation.figures:
        assert mutation.text[fig.start : fig.end] == fig.text


def test_mutation_shifts_the_figures_after_a_longer_number() -> None:
    # "9" times 1.5 is "14": one character longer, so "20" moves one to the right.
    text = "Shifts were cut to 9 from 20, more than halved."
    rel = Relation("a", "dev", "multiple", (Figure("20", 26), Figure("9", 19)), "consistent")
    mutation = news_eval.mutate(text, rel)
    assert mutation is not None
    assert mutation.index == 1
    assert mutation.text == "Shifts were cut to 14 from 20, more than halved."
    assert mutation.figures == (Figure("20", 27), Figure("14", 19))


def test_an_order_relation_is_broken_only_by_a_factor_that_flips_it() -> None:
    # 58.6 after 57.8 is a rise: times 1.5 is still a rise, times 0.6 is a fall.
    text = "The index rose to 58.6 from 57.8."
    rel = Relation("a", "dev", "direction", (Figure("57.8", 28), Figure("58.6", 18)), "consistent")
    mutation = news_eval.mutate(text, rel)
    assert mutation is not None
    assert mutation.factor == 0.6
    assert mutation.text == "The index rose to 35.2 from 57.8."
    assert mutation.figures[1] == Figure("35.2", 18)


def test_matching_needs_distinct_spans_on_the_figures() -> None:
    rel = relation("percent_change", "1,200", "1,500", "25%")
    levels = Found("consistent", "direction", None, None, (span("1,200"), span("1,500")))
    assert not news_eval.matches(levels, rel.figures)  # the stated 25% must be among them
    two = Found("consistent", "percent_change", None, None, (span("1,500"), span("25%")))
    assert news_eval.matches(two, rel.figures)  # two of three, the result included
    one = Found("consistent", "percent_change", None, None, (span("1,500"),))
    assert not news_eval.matches(one, rel.figures)
    # one span covering both figures is wide, but a single span never counts twice
    start, end = at("1,200").start, at("1,500").end
    wide = Found("consistent", "percent_change", start, end, ((start, end),))
    assert not news_eval.matches(wide, rel.figures)
    pair = relation("direction", "$3.8bn", "$3.7bn")
    half = Found("consistent", "direction", None, None, (span("$3.8bn"), span("1,200")))
    assert not news_eval.matches(half, pair.figures)  # a two-figure relation needs both


def test_order_relations_are_broken_against_their_hedge() -> None:
    # "more than 16%" against 16.2%: only a smaller 16.2 breaks it.
    text = "Shares sank more than 16% and closed 16.2% down."
    rel = Relation(
        "a",
        "dev",
        "compare",
        (Figure("more than 16%", 12), Figure("16.2%", text.index("16.2%"))),
        "c",
    )
    mutation = news_eval.mutate(text, rel)
    assert mutation is not None and mutation.factor == 0.6
    assert mutation.figures[1].text == "9.7%"


def test_an_order_is_broken_only_clear_of_the_rounding() -> None:
    # 3% covers 2.5-3.5%: against a "2.6%" it may still be the smaller, so the
    # break must go on to 2.2% (4.3 halved), clear of it
    text = "Sales rose 3%, less than the 4.3% rise a year earlier."
    rel = Relation(
        "a", "dev", "compare", (Figure("3%", 11), Figure("4.3%", text.index("4.3%"))), "c"
    )
    assert not news_eval.breaks(rel, 1, 0.6)
    mutation = news_eval.mutate(text, rel)
    assert mutation is not None and mutation.factor == 0.5
    assert mutation.figures[1].text == "2.2%"


def test_an_open_hedge_leaves_an_order_unbroken() -> None:
    # "less than 5bn" may be any smaller value: a rise to "almost 9bn" stays a rise
    # for every factor that lowers 9, and no factor that raises it breaks a rise
    text = "It would rise from less than 5bn euros to almost 9bn euros."
    first, second = "less than 5bn euros", "almost 9bn euros"
    rel = Relation(
        "a",
        "dev",
        "direction",
        (Figure(first, text.index(first)), Figure(second, text.index(second))),
        "c",
    )
    assert news_eval.mutate(text, rel) is None
    assert news_eval.bounds("about 30", 30.0) == pytest.approx((26.55, 33.55))
    assert news_eval.bounds("2.6%", 0.026) == pytest.approx((0.0255, 0.0265))


def test_a_sum_within_its_total_is_broken_by_a_clearly_smaller_total() -> None:
    text = "Of the 23 staff, 6 left."
    rel = Relation(
        "a", "dev", "sum", (Figure("6", text.index("6 left")), Figure("23", 7)), "consistent"
    )
    assert not news_eval.breaks(rel, 1, 0.6)  # 14 staff still hold 6
    mutation = news_eval.mutate(text, rel)
    assert mutation is not None and mutation.factor == 0.1
    assert mutation.text == "Of the 2 staff, 6 left."


def test_one_in_n_is_a_fraction() -> None:
    assert news_eval.value_of("one in eight") == 1 / 8
    assert news_eval.value_of("one in 13") == 1 / 13
    assert news_eval.value_of("$2.57 trillion") == 2.57e12


def test_a_sentence_wide_span_touches_nothing() -> None:
    fig = at("$3.8bn")
    assert news_eval.touches((fig.start + 1, fig.start + 3), fig)
    sentence = (ARTICLE.index("Acme"), ARTICLE.index("Its staff"))
    assert not news_eval.touches(sentence, fig)


def test_scoring_with_a_fake_scan(corpus: tuple[Path, Path]) -> None:
    root, labels = corpus

    def scan(text: str, document: str) -> list[Found]:
        # finds the direction (right) and the percent change (flags it when broken)
        out = [Found("consistent", "direction", None, None, (span("$3.8bn"), span("$3.7bn")))]
        if "of 25%" in text:
            levels = (span("1,200"), span("1,500"), span("25%"))
            out.append(Found("consistent", "percent_change", None, None, levels))
        else:
            start = text.index("of ") + 3
            pct = (start, text.index("%", start) + 1)
            out.append(
                Found("inconsistent", "percent_change", *pct, (span("1,200"), span("1,500"), pct))
            )
        return out

    result = news_eval.evaluate(labels, root, scanner=scan, splits=("dev",))
    score = result.scores["dev"]
    assert (score.articles, score.relations, score.covered, score.agree) == (1, 2, 2, 2)
    # the broken percent is flagged; the broken direction is not
    assert (score.mutations, score.mutations_caught) == (2, 1)
    assert score.false_alarms == 0
    assert "dev" in news_eval.table(result.scores)


def test_a_wrong_label_offset_is_refused(corpus: tuple[Path, Path]) -> None:
    root, labels = corpus
    labels.write_text(labels.read_text().replace("start: ", "start: 1"), encoding="utf-8")
    with pytest.raises(ValueError, match="do not match"):
        news_eval.evaluate(labels, root, scanner=lambda text, doc: [], splits=("dev",))


def test_no_corpus_is_a_skip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert news_eval.main(["--corpus", str(tmp_path / "missing")]) == 0
    assert "corpus not found" in capsys.readouterr().err


def test_a_total_under_an_upper_hedge_is_a_bound() -> None:
    # 30 + 20 = 50 "up to 50": a bigger bound still holds, a smaller one does not.
    text = "An order for 30, an option on 20: up to 50 jets."
    figures = (Figure("30", 13), Figure("20", 30), Figure("up to 50", 34))
    rel = Relation("a", "dev", "sum", figures, "consistent")
    assert not news_eval.breaks(rel, 2, 1.5)
    mutation = news_eval.mutate(text, rel)
    assert mutation is not None
    assert mutation.text == "An order for 30, an option on 20: up to 30 jets."


def test_a_conversion_check_covers_conversions_only() -> None:
    # a same_rate finding spans every amount of an article: it must not cover a
    # relation between two of them, only a labelled conversion error
    found = Found("inconsistent", "same_rate", None, None, (span("$3.7bn"), span("$3.8bn")))
    direction = relation("direction", "$3.8bn", "$3.7bn")
    conversion = relation("conversion", "$3.8bn", "$3.7bn", verdict="inconsistent")
    assert news_eval.matches(found, direction.figures)
    assert not news_eval.score_relation(direction, ARTICLE, [found], news_eval._no_scan).covered
    assert news_eval.score_relation(conversion, ARTICLE, [found], news_eval._no_scan).error_caught


def test_every_conversion_rule_covers_conversions_only() -> None:
    for rule in ("known_rate", "converted"):
        found = Found("inconsistent", rule, None, None, (span("$3.7bn"), span("$3.8bn")))
        direction = relation("direction", "$3.8bn", "$3.7bn")
        assert not news_eval.score_relation(direction, ARTICLE, [found], news_eval._no_scan).covered


def test_a_sum_is_broken_only_clear_of_the_total_as_rounded() -> None:
    # £4bn times 0.3 prints as "£1bn", which covers £0.5-1.5bn: £1.3bn may still be
    # part of it, so the break goes on to factor 0.1 (printed "£0bn")
    text = "They can save £4bn on waste, of which £1.3bn would cut bills."
    rel = Relation(
        "a",
        "dev",
        "sum",
        (Figure("£1.3bn", text.index("£1.3bn")), Figure("£4bn", text.index("£4bn"))),
        "consistent",
    )
    assert not news_eval.breaks(rel, 1, 0.3)
    mutation = news_eval.mutate(text, rel)
    assert mutation is not None and mutation.factor == 0.1
    assert mutation.figures[1].text == "£0bn"


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("-2.5%", -0.025, (-0.0255, -0.0245)),  # a negative keeps its ends in order
        ("£0bn", 0.0, (-5e8, 5e8)),  # a zero is rounded like any other number
        ("about 2.5%", 0.025, (0.0245 * 0.9, 0.0255 * 1.1)),
        ("no more than 5%", 0.05, (-math.inf, 0.055)),
        ("just under 5%", 0.05, (0.045 * 0.9, 0.05)),
        ("5,000 or more", 5000.0, (4999.5, math.inf)),
        ("1 in 20", 0.05, (0.05 - 0.00125, 0.05 + 0.00125)),
    ],
)
def test_bounds_of_a_stated_figure(text: str, value: float, expected: tuple[float, float]) -> None:
    assert news_eval.bounds(text, value) == pytest.approx(expected)
