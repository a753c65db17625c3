"""Claims files for fuzzing the loader: built from the schema, then bent.

A claims file that is random text stops at the YAML parser; one that follows
the schema exactly never reaches the error paths. :func:`claims_files` makes
files that mostly follow the schema (real keys, real rules with their roles
and options, quotes cut from the article) and then bends them: a scalar
becomes a YAML oddity (``0x10``, ``.nan``, ``1:30``, a ``!!python`` tag), a
value changes type, a key is misspelt, a claim names a rule that does not
exist. :func:`mutated` edits the text of a real claims file character by
character, for the parser's own error paths.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

from factcheck.claims import CHECK_KEYS, CLAIM_KEYS, TOP_KEYS
from factcheck.rules import all_rules
from factcheck.text.scanner import find_figures

__all__ = ["ODDITIES", "Plain", "claims_files", "mutated", "to_yaml"]


class Plain(str):
    """A scalar written unquoted, so YAML resolves it (int, float, bool, null, date, tag...)."""


#: Scalars YAML reads as something other than text, or that mean something to YAML.
ODDITIES: tuple[str, ...] = (
    *("0", "1", "2", "-1", "-0", "+1", "0x10", "0o7", "0b101", "1_000", "1:30", "190:20:30"),
    *("0x" + "f" * 1200, "9" * 5000, "1e99999999", "1.5", ".inf", "-.inf", ".nan", "1e3"),
    *("~", "null", "Null", "yes", "no", "on", "off", "true", "False", "y"),
    *("2023-03-23", "2023-02-29", "2001-12-14t21:59:43.10-05:00", "0001-01-01", "9999-12-31"),
    *("!!python/object/apply:os.system ['echo pwned']", "!!python/name:os.system", "!!str 5"),
    *("!!binary aGk=", "!!int x", "!!float 1", "!!timestamp 2023-13-45", "!custom 1", "!!map {}"),
    *("*nowhere", "&anchor 1", "[]", "{}", "[1, [2, [3]]]", "{a: {b: c}}", "''", '""', "'it''s'"),
    *("os.system", "factcheck.cli:main", "__import__('os')", "{{ 7*7 }}", "../../etc/passwd"),
)

_RULES = all_rules()
_ROLES = sorted({spec.name for rule in _RULES for spec in rule.inputs})
_OPTIONS = sorted({option.name for rule in _RULES for option in rule.options})
_IDS = ("a", "b", "c", "d", "e", "f")

_oddity = st.sampled_from(ODDITIES).map(Plain)
_key = st.one_of(
    st.sampled_from((*TOP_KEYS, *CLAIM_KEYS, *CHECK_KEYS, *_ROLES, *_OPTIONS)),
    st.text(max_size=6),
)


def _quoted(text: str) -> str:
    # JSON strings are YAML double-quoted strings, escapes included.
    return json.dumps(text, ensure_ascii=False)


def to_yaml(value: Any, indent: int = 0) -> str:
    """``value`` (dicts, lists, str, :class:`Plain`, int, bool, None) as block-style YAML."""
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        lines = []
        for key, item in value.items():
            head = f"{pad}{key if isinstance(key, Plain) else _quoted(str(key))}:"
            if isinstance(item, dict | list) and item:
                lines.append(f"{head}\n{to_yaml(item, indent + 1)}")
            else:
                lines.append(f"{head} {to_yaml(item, indent + 1)}")
        return "\n".join(lines)
    if isinstance(value, list):
        if not value:
            return "[]"
        lines = []
        for item in value:
            body = to_yaml(item, indent + 1)
            lines.append(f"{pad}- {body.lstrip() if isinstance(item, dict | list) else body}")
        return "\n".join(lines)
    if isinstance(value, Plain):
        return str(value)
    if value is None:
        return "null"
    if isinstance(value, bool | int):
        return str(value).lower() if isinstance(value, bool) else str(value)
    return _quoted(str(value))


class _Bender:
    """Bends values at a rate drawn once per file, so some files come out clean."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw
        self.rate = draw(st.sampled_from([0, 0, 1, 3]))  # in 40ths

    def pick(self, good: st.SearchStrategy[Any], bad: st.SearchStrategy[Any]) -> Any:
        """A value from ``good``, or at the bending rate (times four) from ``bad``."""
        return self.draw(bad if self.draw(st.integers(0, 39)) < 4 * self.rate else good)

    def __call__(self, value: Any) -> Any:
        """Usually ``value``; sometimes an oddity, another type, or random text instead."""
        choice = self.draw(st.integers(0, 39))
        if choice >= self.rate:
            return value
        return self.draw(
            st.one_of(
                _oddity,
                st.just([value]),
                _key.map(lambda key: {key: value}),
                st.text(max_size=12),
            )
        )


@st.composite
def _quote(draw: st.DrawFn, article: str, spans: list[tuple[int, int]]) -> str:
    """A figure of the article with some words around it, any slice, or text it lacks."""
    choice = draw(st.integers(0, 9))
    if choice < 6 and spans:
        start, end = draw(st.sampled_from(spans))
        start = max(0, start - draw(st.integers(0, 12)))
        end = min(len(article), end + draw(st.integers(0, 12)))
        return article[start:end]
    if choice < 8 and article:
        start = draw(st.integers(0, len(article) - 1))
        return article[start : draw(st.integers(start + 1, min(len(article), start + 40)))]
    if choice < 9:
        return draw(st.sampled_from(["780", "996", "28%", "up to 5,000", "more than 5,000"]))
    return draw(st.text(max_size=20))


@st.composite
def _claim(draw: st.DrawFn, quotes: st.SearchStrategy[str], bend: _Bender) -> Any:
    if draw(st.integers(0, 3)) == 0:
        return bend(draw(quotes))
    claim: dict[Any, Any] = {}
    if draw(st.integers(0, 4)):
        quote = draw(quotes)
        claim["quote"] = quote
        if quote and draw(st.booleans()):
            start = draw(st.integers(0, len(quote) - 1))
            claim["figure"] = quote[start : draw(st.integers(start + 1, len(quote)))]
    else:
        claim["value"] = draw(st.sampled_from(["34", "2001", "11 September 2001", "0", "-5%"]))
        if bend.pick(st.just(True), st.booleans()):
            claim["source"] = "a source"
    for key, good, bad in (
        ("occurrence", st.just(1), st.integers(-1, 3)),
        ("unit", st.sampled_from(["people", "USD", "percent", "km"]), st.just("unicorn")),
        ("kind", st.sampled_from(["date", "quantity", "duration", "multiple"]), st.just("x")),
        ("note", st.text(max_size=10), st.text(max_size=10)),
    ):
        if draw(st.integers(0, 5)) == 0:
            claim[key] = bend.pick(good, bad)
    if draw(st.integers(0, 19)) < bend.rate:
        claim[draw(_key)] = draw(_oddity)
    return {key: bend(value) for key, value in claim.items()}


@st.composite
def _check(draw: st.DrawFn, ids: list[str], bend: _Bender) -> Any:
    rule = draw(st.sampled_from(_RULES))
    check: dict[Any, Any] = {"rule": rule.name}
    if draw(st.integers(0, 19)) < bend.rate:
        check["rule"] = draw(st.sampled_from(["os.system", "factcheck.cli:main", "nope"]))
    claim_id = st.sampled_from(ids or ["missing"])
    if draw(st.integers(0, 9)) < bend.rate:
        claim_id = st.sampled_from(_IDS)
    for spec in rule.inputs:
        if spec.optional and draw(st.booleans()):
            continue
        check[spec.name] = draw(st.lists(claim_id, max_size=4) if spec.many else claim_id)
    options = {}
    for option in rule.options:
        if draw(st.integers(0, 2)) == 0:
            values = st.sampled_from(option.choices) if option.choices else st.just(option.default)
            if draw(st.integers(0, 9)) < bend.rate:
                values = _oddity | st.integers(-(10**6), 10**12)
            options[option.name] = draw(values)
    if options:
        check["options"] = options
    for key in ("id", "severity", "skip", "xfail", "note"):
        if draw(st.integers(0, 6)) == 0:
            check[key] = bend.pick(st.sampled_from(["x", "error", "warning", "info"]), _oddity)
    if draw(st.integers(0, 19)) < bend.rate:
        check[draw(_key)] = draw(_oddity | st.sampled_from(ids or ["a"]))
    return {key: bend(value) for key, value in check.items()}


@st.composite
def claims_files(draw: st.DrawFn, article: str) -> str:
    """The YAML text of a claims file about ``article``, mostly in shape, sometimes bent."""
    bend = _Bender(draw)
    spans = [figure.span for figure in find_figures(article)]
    quotes = _quote(article, spans)
    ids = draw(st.lists(st.sampled_from(_IDS), min_size=1, max_size=5, unique=True))
    doc: dict[Any, Any] = {"document": "article.md"}
    if draw(st.booleans()):
        doc["published"] = bend.pick(st.just("2023-03-23"), st.sampled_from(["2023-02-29", "May"]))
    if draw(st.booleans()):
        tolerance = bend.pick(
            st.sampled_from(["10%", "0.1", "0"]), st.sampled_from(["100%", "-5%", "1/0", "1e-400"])
        )
        doc["defaults"] = {"about_tolerance": tolerance}
    if draw(st.integers(0, 3)) == 0:
        words = bend.pick(
            st.sampled_from(["incident", "province", "people"]),
            st.sampled_from(["nan", "inf", "km", "x y", "é"]),
        )
        doc["counted"] = draw(st.lists(st.just(words), max_size=3))
    doc["claims"] = {cid: draw(_claim(quotes, bend)) for cid in ids}
    doc["checks"] = draw(st.lists(_check(ids, bend), max_size=4))
    if draw(st.integers(0, 19)) < bend.rate:
        doc[draw(_key)] = draw(_oddity)
    return to_yaml({key: bend(value) for key, value in doc.items()})


@st.composite
def mutated(draw: st.DrawFn, text: str) -> str:
    """``text`` with a few random cuts, insertions and replacements of characters."""
    for _ in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, min(len(text), start + 8)))
        insert = draw(st.sampled_from(["", ":", "-", " ", "\n", "\t", "[", "{", "'", "&a", "*a"]))
        text = text[:start] + insert + text[end:]
    return text
