"""Project settings: ``[tool.factcheck]`` in ``pyproject.toml``, or ``factcheck.toml``.

Settings give the command line its defaults. Unknown keys and wrong types are
errors naming the file and line, never ignored: a misspelt ``fail_on`` that
silently did nothing would let a bad figure through CI.

Example ``pyproject.toml``::

    [tool.factcheck]
    format = "markdown"
    fail_on = "warning"
    exclude = ["drafts/*"]
    about_tolerance = "10%"

    [tool.factcheck.rules]
    percent_of_n = "warning"                # its problems are warnings
    date_order = false                      # switched off
    share = { severity = "error" }          # the long form
    multiple = { enabled = false }

Every error names ``file:line:column`` (:mod:`factcheck.tomlpos` finds the key).
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
    "baseline": str,  #: the baseline file (factcheck.baseline); --baseline wins
    "inline_suppression": bool,  #: honour <!-- factcheck: ignore --> comments (default true)
    "about_tolerance": str,  #: how far "about 40" reaches in a scan, e.g. "10%"
    "rules": dict,  #: per rule: false, "off", a severity, or {enabled, severity}
    "max_size": "size",  #: the largest article read: bytes, or text such as "50MB"
}

#: What a rule's table may hold.
RULE_KEYS = ("enabled", "severity")
_SEVERITIES = ("error", "warning", "info")

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
    return _validate(table, text, path, prefix)


def _validate(table: dict[str, Any], text: str, path: Path, prefix: str) -> dict[str, Any]:
    """The settings of ``table``; the first problem raised with its place in ``text``."""
    base = tuple(part.strip().strip('"') for part in prefix.split(".") if part)

    def error(message: str, keys: tuple[str, ...], hint: str | None = None) -> ConfigError:
        from factcheck.tomlpos import locate

        where = locate(text, base + keys)
        return ConfigError(
            message,
            file=str(path),
            line=None if where is None else where[0],
            column=None if where is None else where[1],
            hint=hint,
        )

    settings: dict[str, Any] = {}
    for key, value in table.items():
        name = key.replace("-", "_")
        spec = SETTINGS.get(name)
        if spec is None:
            raise error(
                f"unknown setting {key!r}",
                (key,),
                did_you_mean(name, SETTINGS) or f"known settings: {', '.join(SETTINGS)}",
            )
        if spec is dict:
            settings[name] = _rule_settings(value, key, error)
            continue
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
        if ok and name == "about_tolerance":
            value, ok, expected = _tolerance_setting(value)
        if not ok:
            raise error(f"setting {key!r} must be {expected}, not {value!r}", (key,))
        settings[name] = value
    return settings


def _tolerance_setting(value: str) -> tuple[Any, bool, str]:
    """``about_tolerance`` read as a fraction, with whether it could be, like a claims file's."""
    from factcheck.claims import _tolerance
    from factcheck.errors import ClaimsFileError

    try:
        return _tolerance(value), True, ""
    except ClaimsFileError:
        return value, False, 'a share between 0% and 100%, such as "10%" or "0.1"'


def _rule_settings(value: Any, key: str, error: Any) -> dict[str, Any]:
    """``[tool.factcheck.rules]`` as :class:`~factcheck.controls.RuleSetting` by rule name.

    A rule's entry is ``false`` (off), ``true`` (on), ``"off"``, a severity
    (``"error"``, ``"warning"``, ``"info"``), or a table of ``enabled`` and
    ``severity``. Rule names are those of ``factcheck rules`` (scan relation
    families are named by their rule), so a misspelt one is an error.
    """
    from factcheck.controls import RuleSetting, rule_names
    from factcheck.findings import Severity

    if not isinstance(value, dict):
        raise error(
            f"setting {key!r} must be a table of rules, not {value!r}",
            (key,),
            "write [tool.factcheck.rules] with one line per rule, e.g. share = false",
        )
    known = rule_names()
    out: dict[str, Any] = {}
    for rule, entry in value.items():
        if rule not in known:
            raise error(
                f"unknown rule {rule!r}",
                (key, rule),
                did_you_mean(rule, known) or "run 'factcheck rules' for the names",
            )
        shape = (
            'write false, true, "off", "error", "warning", "info", '
            "or a table of enabled and severity"
        )
        if isinstance(entry, bool):
            out[rule] = RuleSetting(enabled=entry)
        elif isinstance(entry, str) and entry in ("off", *_SEVERITIES):
            out[rule] = (
                RuleSetting(enabled=False)
                if entry == "off"
                else RuleSetting(severity=Severity(entry))
            )
        elif isinstance(entry, dict):
            for field in entry:
                if field not in RULE_KEYS:
                    raise error(
                        f"unknown key {field!r} for rule {rule!r}",
                        (key, rule, field),
                        did_you_mean(field, RULE_KEYS) or f"known keys: {', '.join(RULE_KEYS)}",
                    )
            enabled = entry.get("enabled", True)
            severity = entry.get("severity")
            if not isinstance(enabled, bool):
                raise error(
                    f"'enabled' of rule {rule!r} must be true or false, not {enabled!r}",
                    (key, rule, "enabled"),
                )
            if severity is not None and severity not in _SEVERITIES:
                raise error(
                    f"'severity' of rule {rule!r} must be 'error', 'warning' or 'info', "
                    f"not {severity!r}",
                    (key, rule, "severity"),
                )
            out[rule] = RuleSetting(
                enabled=enabled, severity=None if severity is None else Severity(severity)
            )
        else:
            raise error(f"rule {rule!r} cannot be set to {entry!r}", (key, rule), shape)
    return out
