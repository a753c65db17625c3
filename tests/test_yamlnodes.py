"""Safe YAML composition with positions and limits."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.errors import ClaimsFileError, FactcheckError
from factcheck.yamlnodes import Limits, compose


def test_scalars_keep_their_written_text_and_position() -> None:
    root = compose("a: 1.60\nb:\n  - x\n  - {c: 2023-03-23}\n", file="f.yaml")
    assert root is not None
    assert root.get("a").value == "1.60"  # type: ignore[union-attr]
    b = root.get("b")
    assert b is not None
    assert (b.line, b.column) == (3, 3)
    assert b.plain() == ["x", {"c": "2023-03-23"}]
    assert root.get("a").kind == "float"  # type: ignore[union-attr]


def test_empty_document_is_none() -> None:
    assert compose("") is None
    assert compose("# only a comment\n") is None


def test_python_tags_are_never_constructed() -> None:
    root = compose("x: !!python/object/apply:os.system ['echo hi']\n")
    assert root is not None
    # The node is composed, never constructed: it stays data.
    assert root.get("x").is_seq  # type: ignore[union-attr]


def test_billion_laughs_is_refused() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        refs = ", ".join([f"*a{i - 1}"] * 10)
        lines.append(f"a{i}: &a{i} [{refs}]")
    with pytest.raises(ClaimsFileError, match="more than 200,000 nodes") as info:
        compose("\n".join(lines), file="laughs.yaml")
    assert info.value.file == "laughs.yaml"
    assert info.value.line is not None


def test_limits_can_be_raised() -> None:
    text = "a: &a [1, 1, 1]\nb: [*a, *a, *a]\n"
    with pytest.raises(ClaimsFileError):
        compose(text, limits=Limits(max_nodes=10))
    assert compose(text, limits=Limits(max_nodes=100)) is not None


def test_size_limit() -> None:
    with pytest.raises(ClaimsFileError, match="larger than 10 bytes"):
        compose("a: 12345678901234567890", limits=Limits(max_bytes=10))


def test_deep_nesting_is_refused() -> None:
    deep = "a:\n" + "".join("  " * (i + 1) + f"k{i}:\n" for i in range(80)) + "  " * 81 + "x: 1\n"
    with pytest.raises(ClaimsFileError, match="nested too deeply"):
        compose(deep)
    with pytest.raises(ClaimsFileError):
        compose("[" * 5000)


def test_duplicate_keys_name_both_places() -> None:
    with pytest.raises(ClaimsFileError, match=r"duplicate key 'a' \(first at line 1\)") as info:
        compose("a: 1\nb: 2\na: 3\n", file="d.yaml")
    assert (info.value.line, info.value.column) == (3, 1)


def test_syntax_error_has_position() -> None:
    with pytest.raises(ClaimsFileError, match="invalid YAML") as info:
        compose("a: [1, 2\nb: 3\n", file="s.yaml")
    assert info.value.file == "s.yaml"
    assert info.value.line is not None and info.value.line >= 1


def test_complex_keys_are_refused() -> None:
    with pytest.raises(ClaimsFileError, match="key must be plain text"):
        compose("? [a, b]\n: 1\n")


@given(st.text(max_size=200))
def test_any_text_composes_or_raises_our_error(text: str) -> None:
    with contextlib.suppress(FactcheckError):
        compose(text)


# --- regressions found by fuzzing (issue 7) ---------------------------------


@pytest.mark.parametrize(
    ("text", "where"),
    [("a: \x00\n", (1, 4)), ("é: b\nc: \x07\n", (2, 4)), ("a: b\nc: \ufffe\n", (2, 4))],
)
def test_a_control_character_is_one_located_line(text: str, where: tuple[int, int]) -> None:
    # The parser's message ran over two lines and always said line 1.
    with pytest.raises(ClaimsFileError, match="control characters") as info:
        compose(text, file="c.yaml")
    assert (info.value.line, info.value.column) == where
    assert "\n" not in str(info.value)


def test_a_lone_surrogate_is_a_claims_file_error() -> None:
    # libyaml raised UnicodeEncodeError on a str that only Python can make.
    with pytest.raises(ClaimsFileError, match="not valid Unicode") as info:
        compose("a: b\nc: \ud800\n")
    assert (info.value.line, info.value.column) == (2, 4)


def test_an_int_too_long_to_print_stays_text() -> None:
    # int("0x" + 1,200 hex digits) is fine, but printing it in a message is not.
    node = compose("a: 0x" + "f" * 1200 + "\nb: 0x10\n")
    assert node is not None
    assert isinstance(node.get("a").plain(), str)  # type: ignore[union-attr]
    assert node.get("b").plain() == 16  # type: ignore[union-attr]
