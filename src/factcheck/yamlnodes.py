"""Safe YAML loading that keeps the line and column of every node.

Nothing in a YAML file is ever constructed as a Python object: the document
is *composed* into nodes (no tags are honoured, no constructors run) and
turned into :class:`Node` values that remember where they stood. Scalars are
kept as the exact text written, so ``1.60`` stays ``"1.60"`` and its printed
precision is not lost. Aliases are expanded with a budget, so a "billion
laughs" file is refused instead of eating memory; size and depth are bounded
too (see :data:`LIMITS`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs
import yaml

from factcheck._repr import fields_repr
from factcheck.errors import ClaimsFileError

__all__ = ["LIMITS", "Limits", "Node", "compose"]

try:  # libyaml's composer is faster and does not recurse in Python
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader


@attrs.frozen
class Limits:
    """Bounds on what a claims file may make the loader do."""

    __repr__ = fields_repr

    max_bytes: int = 5_000_000  #: larger files are refused (override per call)
    max_nodes: int = 200_000  #: nodes after alias expansion
    max_depth: int = 64  #: nesting of mappings and lists
    #: the article a claims file names (and any article the CLI reads): larger
    #: ones are refused. Scanning holds up to 20 bytes of memory per byte of
    #: text (docs/reliability.md), so 50 MB stays within about 1 GB.
    max_article_bytes: int = 50_000_000


#: The default limits; pass your own to :func:`compose` to raise them.
LIMITS = Limits()

_MAX_INT_BITS = 4096  # about 1,200 decimal digits: far beyond any count or option

_TAGS = {
    "tag:yaml.org,2002:str": "str",
    "tag:yaml.org,2002:int": "int",
    "tag:yaml.org,2002:float": "float",
    "tag:yaml.org,2002:bool": "bool",
    "tag:yaml.org,2002:null": "null",
    "tag:yaml.org,2002:timestamp": "timestamp",
    "tag:yaml.org,2002:map": "map",
    "tag:yaml.org,2002:seq": "seq",
}


# Never compared: without eq, attrs compiles no __eq__/__hash__ at import (cold start).
@attrs.frozen(eq=False)
class Node:
    """One YAML node: its plain value and where it was written (1-based line and column).

    ``value`` is a ``str`` for scalars (the text as written), a ``list`` of
    nodes for sequences, and a ``dict`` from key text to ``(key node, value
    node)`` for mappings. ``kind`` is ``str``, ``int``, ``float``, ``bool``,
    ``null``, ``timestamp``, ``map`` or ``seq``.
    """

    __repr__ = fields_repr

    value: Any
    kind: str
    line: int
    column: int

    @property
    def is_map(self) -> bool:
        """Whether the node is a mapping."""
        return self.kind == "map"

    @property
    def is_seq(self) -> bool:
        """Whether the node is a sequence."""
        return self.kind == "seq"

    @property
    def is_scalar(self) -> bool:
        """Whether the node is a scalar (text, number, date, bool or null)."""
        return self.kind not in ("map", "seq")

    def items(self) -> Iterator[tuple[Node, Node]]:
        """A mapping's ``(key node, value node)`` pairs in file order."""
        if not self.is_map:
            return iter(())
        return iter(self.value.values())

    def get(self, key: str) -> Node | None:
        """The value node under ``key`` of a mapping, or ``None``."""
        if not self.is_map:
            return None
        pair = self.value.get(key)
        return None if pair is None else pair[1]

    def plain(self) -> Any:
        """The node as plain Python data (str, int, float, bool, None, list, dict)."""
        if self.kind == "map":
            return {k: v.plain() for k, (_, v) in self.value.items()}
        if self.kind == "seq":
            return [item.plain() for item in self.value]
        if self.kind == "null":
            return None
        if self.kind == "bool":
            # YAML 1.2 booleans only: "on", "yes" and "no" stay text, so that
            # an option such as `relation: on` means the word it spells.
            lowered = self.value.lower()
            return lowered == "true" if lowered in ("true", "false") else self.value
        if self.kind == "int":
            try:
                number = int(self.value.replace("_", ""), 0)
            except ValueError:
                return self.value
            # A hex or binary int can be longer than Python will print (4,300
            # digits), and a message naming it would then fail: keep it as text.
            return number if number.bit_length() <= _MAX_INT_BITS else self.value
        return self.value


def compose(text: str, *, file: str | None = None, limits: Limits = LIMITS) -> Node | None:
    """Compose YAML ``text`` into :class:`Node` values; ``None`` for an empty document.

    Raises :class:`~factcheck.errors.ClaimsFileError` with file, line and
    column for invalid YAML, duplicate keys, non-text keys, and inputs beyond
    ``limits``.
    """
    if len(text.encode("utf-8", "surrogatepass")) > limits.max_bytes:
        raise ClaimsFileError(
            f"the file is larger than {limits.max_bytes:,} bytes",
            file=file,
            line=1,
            column=1,
            hint="split it, or raise the limit with factcheck.yamlnodes.Limits(max_bytes=...)",
        )
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise ClaimsFileError(
            f"invalid YAML: {exc.problem or exc.context}",
            file=file,
            line=None if mark is None else mark.line + 1,
            column=None if mark is None else mark.column + 1,
            hint="check the indentation and quoting around this place",
        ) from None
    except yaml.reader.ReaderError as exc:
        # libyaml reports a byte offset, PyYAML a character offset: find the
        # character itself instead, so the position is right either way.
        char = chr(exc.character) if isinstance(exc.character, int) else str(exc.character)
        line, column = _position(text, max(text.find(char), 0))
        raise ClaimsFileError(
            f"invalid YAML: {exc.reason} (U+{ord(char[0]):04X})",
            file=file,
            line=line,
            column=column,
            hint="remove the control character; YAML files hold printable text only",
        ) from None
    except UnicodeEncodeError as exc:
        # Only a str from Python can get here (a lone surrogate); a file read
        # from disk was decoded as UTF-8 already.
        line, column = _position(text, exc.start)
        raise ClaimsFileError(
            "the text is not valid Unicode (a lone surrogate)",
            file=file,
            line=line,
            column=column,
            hint="decode the file as UTF-8 without 'surrogateescape'",
        ) from None
    except yaml.YAMLError as exc:
        message = " ".join(str(exc).split())  # one line, whatever the parser wrote
        raise ClaimsFileError(f"invalid YAML: {message}", file=file, line=1, column=1) from None
    except RecursionError:
        raise ClaimsFileError(
            "the YAML is nested too deeply",
            file=file,
            line=1,
            column=1,
            hint=f"claims files need at most {limits.max_depth} levels",
        ) from None
    if root is None:
        return None
    budget = [limits.max_nodes]
    return _convert(root, file, limits, budget, 0)


def _position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


def _convert(node: Any, file: str | None, limits: Limits, budget: list[int], depth: int) -> Node:
    line, column = node.start_mark.line + 1, node.start_mark.column + 1
    budget[0] -= 1
    if budget[0] < 0:
        raise ClaimsFileError(
            f"the YAML expands to more than {limits.max_nodes:,} nodes",
            file=file,
            line=line,
            column=column,
            hint="anchors and aliases may be multiplying it ('billion laughs'); "
            "write the data out or raise Limits(max_nodes=...)",
        )
    if depth > limits.max_depth:
        raise ClaimsFileError(
            "the YAML is nested too deeply",
            file=file,
            line=line,
            column=column,
            hint=f"claims files need at most {limits.max_depth} levels",
        )
    # Dispatch on the node's id rather than its class: libyaml builds nodes from
    # the classes yaml had when _yaml was first imported, which are not the
    # current ones if the yaml package was ever re-imported (pytester does that).
    if node.id == "scalar":
        return Node(node.value, _TAGS.get(node.tag, "str"), line, column)
    if node.id == "sequence":
        items = [_convert(child, file, limits, budget, depth + 1) for child in node.value]
        return Node(items, "seq", line, column)
    mapping: dict[str, tuple[Node, Node]] = {}
    for key_node, value_node in node.value:
        key = _convert(key_node, file, limits, budget, depth + 1)
        if not key.is_scalar or key.kind == "null":
            raise ClaimsFileError(
                "a key must be plain text",
                file=file,
                line=key.line,
                column=key.column,
                hint="write keys such as 'quote:' or 'rule:'",
            )
        if key.value in mapping:
            first = mapping[key.value][0]
            raise ClaimsFileError(
                f"duplicate key {key.value!r} (first at line {first.line})",
                file=file,
                line=key.line,
                column=key.column,
                hint="each key may appear once in a mapping; remove or rename one",
            )
        mapping[key.value] = (key, _convert(value_node, file, limits, budget, depth + 1))
    return Node(mapping, "map", line, column)
