"""Project settings: ``[tool.factcheck]`` in ``pyproject.toml``, or ``factcheck.toml``.

Settings give the command line its defaults. Unknown keys and wrong types are
errors naming the file and line, never ignored: a misspelt ``fail_on`` that
silently did nothing would let a bad figure through CI.

Example ``pyproject.toml``::

    [tool.factcheck]
    format = "markdown"
    fail_on = "warning"
    exclude = ["drafts/*"]
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from factcheck.errors import ConfigError, did_you_mean

__all__ = ["SETTINGS", "find_config", "load_config", "parse_size"]

#: Each setting and the type (or allowed values) it takes.
SETTINGS: dict[str, Any] = {
    "format": str,
    "fail_on": ("error", "warning", "never"),
    "include": list,
    "exclude": list,
    "color": bool,
    "allow_outside_root": bool,
    "jobs": int,  #: processes for many files; 0 or unset: every core
    "max_size": "size",  #: the largest article read: bytes, or text such as "50MB"
}

_UNITS = {"": 1, "b": 1, "kb": 1000, "mb": 1000**2, "gb": 1000**3}
_SIZE = re.compile(r"\s*(\d+)\s*([kmg]?b?)\s*", re.IGNORECASE)


def parse_size(value: str | int) -> int:
    """A size in bytes from ``50MB``, ``500kB``, ``1GB`` or a number of bytes.

    >>> parse_size("50MB")
    50000000
    """
    if isinstance(value, int) and not isinstance(value, bool):
        number, unit = value, ""
    else:
        match = _SIZE.fullmatch(str(value))
        if match is None:
            raise ValueError(f"cannot read the size {value!r}")
        number, unit = int(match.group(1)), match.group(2).lower()
    if number <= 0:
        raise ValueError(f"the size must be more than 0, not {value!r}")
    return number * _UNITS[unit]


def find_config(start: Path) -> tuple[Path, str] | None:
    """The nearest settings file at or above ``start``: ``(path, table prefix)``."""
    for folder in (start, *start.parents):
        own = folder / "factcheck.toml"
        if own.is_file():
            return own, ""
        project = folder / "pyproject.toml"
        if project.is_file():
            return project, "tool.factcheck"
    return None


# Whether a pyproject.toml may hold factcheck's table: a ``[tool.factcheck]``
# header, a ``tool.factcheck...`` dotted key, or a ``[tool]`` table or
# ``tool = {...}`` that could. Most projects' files have none of these, and
# skipping the TOML parser then saves 2 ms of every start (docs/performance.md).
_MAY_HAVE_TABLE = re.compile(
    r'^\s*(?:\[+\s*"?tool"?\s*(?:\]|\.\s*"?factcheck)|"?tool"?\s*(?:=|\.\s*"?factcheck))',
    re.MULTILINE,
)


def _line_of(text: str, key: str) -> int | None:
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=", re.MULTILINE)
    match = pattern.search(text)
    return None if match is None else text.count("\n", 0, match.start()) + 1


def load_config(start: Path) -> dict[str, Any]:
    """The validated settings found from ``start`` upward (empty when there are none)."""
    found = find_config(start)
    if found is None:
        return {}
    path, prefix = found
    try:
        text = path.read_text(encoding="utf-8")
        if prefix and not _MAY_HAVE_TABLE.search(text):
            return {}
        import tomllib  # deferred: see _MAY_HAVE_TABLE

        data = tomllib.loads(text)
    except UnicodeDecodeError:
        raise ConfigError("not UTF-8 text", file=str(path), hint="save it as UTF-8") from None
    except ValueError as exc:  # tomllib.TOMLDecodeError (tomllib is imported late)
        match = re.search(r"line (\d+), column (\d+)", str(exc))
        raise ConfigError(
            f"invalid TOML: {exc}",
            file=str(path),
            line=int(match.group(1)) if match else None,
            column=int(match.group(2)) if match else None,
        ) from None
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror}", file=str(path)) from None
    table: Any = data
    for part in filter(None, prefix.split(".")):
        table = table.get(part, {}) if isinstance(table, dict) else {}
    if not isinstance(table, dict):
        raise ConfigError(f"[{prefix}] must be a table", file=str(path))
    settings: dict[str, Any] = {}
    for key, value in table.items():
        name = key.replace("-", "_")
        spec = SETTINGS.get(name)
        line = _line_of(text, key)
        if spec is None:
            raise ConfigError(
                f"unknown setting {key!r}",
                file=str(path),
                line=line,
                column=1 if line else None,
                hint=did_you_mean(name, SETTINGS) or f"known settings: {', '.join(SETTINGS)}",
            )
        if spec == "size":
            try:
                settings[name] = parse_size(value)
                continue
            except ValueError:
                ok, expected = False, 'a size such as 50000000 or "50MB"'
        elif isinstance(spec, tuple):
            ok = value in spec
            expected = " or ".join(repr(s) for s in spec)
        else:
            ok = isinstance(value, spec) and not (spec is int and isinstance(value, bool))
            expected = {str: "text", list: "a list", bool: "true or false", int: "a whole number"}[
                spec
            ]
        if ok and spec is list and not all(isinstance(item, str) for item in value):
            # include/exclude are globs: a number in the list would fail later, mid-run
            ok, expected = False, "a list of text"
        if ok and name == "jobs" and value < 0:
            ok, expected = False, "0 (every core) or a number of processes"
        if not ok:
            raise ConfigError(
                f"setting {key!r} must be {expected}, not {value!r}",
                file=str(path),
                line=line,
                column=1 if line else None,
            )
        settings[name] = value
    return settings
