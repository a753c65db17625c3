"""Report formats: one pure renderer per format behind one interface.

>>> from factcheck.reports import get_renderer, renderer_names
>>> renderer_names()[:3]
['text', 'markdown', 'json']

Importing this package imports no renderer; each format's module (and what
it needs: rich, jinja2, xml) loads when :func:`get_renderer` asks for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.reports.base import (
    ENTRY_POINT_GROUP,
    BaseRenderer,
    Renderer,
    builtin_names,
    get_renderer,
    renderer_names,
)

if TYPE_CHECKING:
    from factcheck.engine import Report

__all__ = [
    "ENTRY_POINT_GROUP",
    "BaseRenderer",
    "Renderer",
    "builtin_names",
    "get_renderer",
    "render",
    "renderer_names",
]


def render(report: Report, fmt: str = "text", *, color: bool = False) -> str:
    """Render ``report`` in the format named ``fmt``: ``get_renderer(fmt).render(report, ...)``."""
    return get_renderer(fmt).render(report, color=color)
