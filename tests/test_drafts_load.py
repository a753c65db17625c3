"""A draft ``factcheck init`` writes always loads, and ``audit`` can check it (issue 15, item 1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings

from factcheck.claims import loads
from factcheck.drafts import draft_claims
from factcheck.engine import check_claimset
from factcheck.strategies import prose

#: The dev corpus beside the repository (../shared/corpus from the repository root).
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bbc-2004"
ARTICLES = sorted(CORPUS.rglob("*.txt")) if CORPUS.is_dir() else []


def _draft_loads(text: str) -> None:
    draft = draft_claims(text, document="story.txt")
    claimset = loads(draft, article=text, file="story.claims.yaml")
    report = check_claimset(claimset)
    for resolved in claimset.resolve_all().values():
        assert resolved.reason != "unreadable", resolved
    assert all(f.rule != "quote" for d in report.documents for f in d.findings), draft


@pytest.mark.skipif(not ARTICLES, reason="the dev corpus (../shared/corpus/bbc-2004) is absent")
def test_every_corpus_draft_loads() -> None:
    failed = []
    for path in ARTICLES:
        text = path.read_text(encoding="utf-8")
        try:
            _draft_loads(text)
        except Exception as exc:  # every failure is listed
            failed.append(f"{path.relative_to(CORPUS)}: {exc}")
    assert not failed, f"{len(failed)} of {len(ARTICLES)} drafts failed:\n" + "\n".join(failed[:20])


@settings(max_examples=300, deadline=None)
@given(prose(max_pieces=30))
def test_a_draft_of_any_text_loads(text: str) -> None:
    _draft_loads(text)


@pytest.mark.parametrize(
    "text",
    [
        # a vague amount alone is quoted with the noun that reads it
        "Thousands of people marched on Monday, and millions watched.",
        # relations left as comments only: 'checks' must still be a list
        "Sales rose to 40 from 30 in a year where prices fell.",
        "",
        "No figure here.",
        # the same sentence twice: the quote cannot be made unique
        "Profits rose 5%.\n\nProfits rose 5%.",
    ],
)
def test_drafts_of_awkward_text_load(text: str) -> None:
    _draft_loads(text)


def test_a_vague_amount_is_quoted_with_its_noun() -> None:
    draft = draft_claims("Thousands of people marched.", document="a.txt")
    assert 'quote: "Thousands of people"' in draft


def test_comments_alone_leave_checks_a_list() -> None:
    from factcheck.drafts import _draft_checks

    assert _draft_checks([], {}, []) == []


def test_a_drafted_numeric_option_loads_as_a_number() -> None:
    # conversions of different times are drafted with a wide tolerance; quoted,
    # the number would be text and the claims file refused
    text = (
        "Acme paid $10m (£5.3m) for the site in 2004.\n\n"
        "A decade ago it bought a rival for $200m (£120m). It also sold a plant for $30m (£16m)."
    )
    draft = draft_claims(text, document="story.txt")
    assert "options: {tolerance: 300}" in draft
    _draft_loads(text)


@pytest.mark.parametrize("word", ["NULL", "Yes", "no", "True", "off"])
def test_a_yaml_word_is_no_claim_key(word: str) -> None:
    # found by hypothesis: "NULL;0" drafted the key "null:", which YAML reads as null
    _draft_loads(f"{word};0")
