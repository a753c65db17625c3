"""The one interface every report format implements, and the registry that finds them.

A renderer is any object with a ``name``, a file ``suffix``, a
``media_type`` and a pure ``render(report, *, color=False) -> str``. Built-in
renderers are listed here by module path and imported only when asked for,
so that importing this module (which the CLI does at start-up) costs nothing.
Renderers from other packages are found through the ``factcheck.reports``
entry point group; the group is read only when a name is not built in or the
full list is asked for.

A third-party renderer::

    class CsvRenderer:
        name = "csv"
        suffix = ".csv"
        media_type = "text/csv"

        def render(self, report, *, color=False):
            ...

    # pyproject.toml of the other package
    [project.entry-points."factcheck.reports"]
    csv = "mypackage.report:CsvRenderer"
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, runtime_checkable

from factcheck.errors import ConfigError, did_you_mean

if TYPE_CHECKING:
    from factcheck.engine import Report

__all__ = [
    "ENTRY_POINT_GROUP",
    "BaseRenderer",
    "Renderer",
    "builtin_names",
    "get_renderer",
    "renderer_names",
]

ENTRY_POINT_GROUP = "factcheck.reports"

#: Built-in formats: name -> (module, class). Imported on first use only.
_BUILTIN: dict[str, tuple[str, str]] = {
    "text": ("factcheck.reports.text", "TextRenderer"),
    "markdown": ("factcheck.reports.markdown", "MarkdownRenderer"),
    "json": ("factcheck.reports.json_report", "JsonRenderer"),
    "html": ("factcheck.reports.html", "HtmlRenderer"),
    "sarif": ("factcheck.reports.sarif", "SarifRenderer"),
    "github": ("factcheck.reports.github", "GithubRenderer"),
    "junit": ("factcheck.reports.junit", "JunitRenderer"),
    "jsonl": ("factcheck.reports.jsonl", "JsonLinesRenderer"),
}

#: Other spellings people type for the built-in formats.
_ALIASES: dict[str, str] = {
    "md": "markdown",
    "txt": "text",
    "terminal": "text",
    "xml": "junit",
    "ndjson": "jsonl",
}


@runtime_checkable
class Renderer(Protocol):
    """What a report format provides. Renderers never print and never write files."""

    name: str  #: the ``--format`` name, e.g. ``"sarif"``
    suffix: str  #: the usual file suffix, e.g. ``".sarif"``
    media_type: str  #: the MIME type, e.g. ``"application/sarif+json"``

    def render(self, report: Report, *, color: bool = False) -> str:
        """The whole report as text; ``color`` asks for ANSI colour where the format has it."""
        ...


class BaseRenderer:
    """A convenient base for renderers: class attributes for the metadata.

    Subclassing it is optional; the registry only needs the :class:`Renderer` shape.
    """

    name: ClassVar[str] = ""
    suffix: ClassVar[str] = ".txt"
    media_type: ClassVar[str] = "text/plain"

    def render(self, report: Report, *, color: bool = False) -> str:
        """The whole report as text (subclasses implement this)."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"


_plugins: dict[str, Any] | None = None


def _entry_points() -> dict[str, Any]:
    """Third-party renderers by name, read once (loading each waits until it is asked for)."""
    global _plugins
    if _plugins is None:
        from importlib.metadata import entry_points

        _plugins = {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}
    return _plugins


def _instantiate(obj: Any, name: str) -> Renderer:
    """A renderer instance from what a module or entry point provides (a class or an instance)."""
    renderer = obj() if isinstance(obj, type) else obj
    if not isinstance(renderer, Renderer):
        raise ConfigError(
            f"report format {name!r} does not provide a renderer",
            hint="a renderer needs 'name', 'suffix', 'media_type' and 'render(report, *, color)'",
        )
    return renderer


def get_renderer(name: str) -> Renderer:
    """A new renderer for the format ``name`` (built-in, alias or third-party).

    Raises :class:`~factcheck.errors.ConfigError` naming the closest known
    format when ``name`` is unknown.

    >>> get_renderer("json").suffix
    '.json'
    """
    key = _ALIASES.get(name.lower(), name.lower())
    builtin = _BUILTIN.get(key)
    if builtin is not None:
        module, attr = builtin
        return _instantiate(getattr(import_module(module), attr), key)
    plugin = _entry_points().get(name) or _entry_points().get(key)
    if plugin is not None:
        try:
            loaded = plugin.load()
        except Exception as exc:  # a broken plugin must not look like a crash of ours
            raise ConfigError(
                f"report format {name!r} could not be loaded: {exc}",
                hint=f"check the package that provides the entry point {plugin.value!r}",
            ) from exc
        return _instantiate(loaded, name)
    raise ConfigError(
        f"unknown report format {name!r}",
        hint=did_you_mean(key, renderer_names()) or f"choose one of {', '.join(renderer_names())}",
    )


def renderer_names() -> list[str]:
    """Every format name: the built-in ones in a fixed order, then third-party ones sorted."""
    extra = sorted(n for n in _entry_points() if n not in _BUILTIN)
    return [*_BUILTIN, *extra]


def builtin_names() -> list[str]:
    """The built-in format names only (no entry points read), for fast ``--help`` text."""
    return list(_BUILTIN)
