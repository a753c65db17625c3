"""Where a key stands in a TOML file: the line and column behind a settings error.

:mod:`tomllib` gives values and no positions. Settings errors must name
``file:line:column`` (as claims-file errors do), so this small tokenizer
walks the TOML lines once and finds a key by its full dotted path: table
headers (``[tool.factcheck.rules]``, quoted and spaced parts included),
dotted keys (``rules.share = false``) and keys inside inline tables
(``share = { severity = "warning" }``). It is only run when there is an
error to place, so a valid file costs nothing.

>>> locate('[tool.factcheck]\\nrules = { share = { severty = "x" } }\\n',
...        ("tool", "factcheck", "rules", "share", "severty"))
(2, 21)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["locate"]

_BARE = r"[A-Za-z0-9_-]+"
_BASIC = r'"(?:[^"\\]|\\.)*"'
_LITERAL = r"'[^']*'"
_KEY_PART = rf"(?:{_BARE}|{_BASIC}|{_LITERAL})"
_DOTTED = rf"{_KEY_PART}(?:\s*\.\s*{_KEY_PART})*"
_HEADER = re.compile(rf"\s*\[\[?\s*(?P<key>{_DOTTED})\s*\]\]?")
_ASSIGN = re.compile(rf"(?P<key>{_DOTTED})\s*=\s*")
_PART = re.compile(_KEY_PART)


def _parts(dotted: str) -> list[tuple[str, int]]:
    """Each part of a dotted key, unquoted, with its offset in ``dotted``."""
    out = []
    for match in _PART.finditer(dotted):
        raw = match.group()
        if raw[0] in "\"'":
            raw = raw[1:-1]
            if match.group()[0] == '"':
                raw = raw.encode("utf-8").decode("unicode_escape", errors="ignore")
        out.append((raw, match.start()))
    return out


def _inline(line: str, at: int, prefix: tuple[str, ...], path: tuple[str, ...]) -> int | None:
    """The column (0-based) of ``path`` inside the inline table opening at ``line[at]``."""
    depth = 0
    stack: list[tuple[str, ...]] = [prefix]
    i = at
    expect_key = False
    while i < len(line):
        char = line[i]
        if expect_key and not char.isspace() and char not in "{}":
            match = _ASSIGN.match(line, i)
            if match is None:
                return None
            full = stack[-1] + tuple(p for p, _ in _parts(match.group("key")))
            if full == path:
                return i
            expect_key = False
            i = match.end()
            if i < len(line) and line[i] == "{":
                stack.append(full)
            continue
        if char in "\"'":  # skip a string value
            end = line.find(char, i + 1)
            while end != -1 and char == '"' and line[end - 1] == "\\":
                end = line.find(char, end + 1)
            i = len(line) if end == -1 else end + 1
            continue
        if char == "{":
            depth += 1
            expect_key = True
            i += 1
            continue
        if char == "}":
            depth -= 1
            if len(stack) > 1:
                stack.pop()
            if depth == 0:
                return None
            i += 1
            continue
        if char == ",":
            expect_key = True
            i += 1
            continue
        i += 1
    return None


def locate(text: str, path: Sequence[str]) -> tuple[int, int] | None:
    """The 1-based line and column of the key ``path`` (or its table header) in ``text``."""
    wanted = tuple(path)
    table: tuple[str, ...] = ()
    in_string: str | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if in_string is not None:  # inside a multi-line string: no keys here
            if line.count(in_string) % 2 == 1:
                in_string = None
            continue
        stripped = line.lstrip()
        if not stripped or stripped.startswith("#"):
            continue
        header = _HEADER.match(line)
        if header is not None and stripped.startswith("["):
            table = tuple(p for p, _ in _parts(header.group("key")))
            if table == wanted:
                return number, header.start("key") + 1
            continue
        assign = _ASSIGN.match(line, len(line) - len(stripped))
        if assign is None:
            continue
        parts = _parts(assign.group("key"))
        full = table + tuple(p for p, _ in parts)
        for k in range(1, len(parts) + 1):
            if table + tuple(p for p, _ in parts[:k]) == wanted:
                return number, assign.start("key") + parts[k - 1][1] + 1
        rest = line[assign.end() :]
        for quote in ('"""', "'''"):
            if rest.startswith(quote) and rest.count(quote) == 1:
                in_string = quote
        if rest.startswith("{") and wanted[: len(full)] == full:
            column = _inline(line, assign.end(), full, wanted)
            if column is not None:
                return number, column + 1
    return None
