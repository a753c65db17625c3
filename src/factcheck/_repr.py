"""One ``__repr__`` for all of factcheck's attrs classes, printing what attrs' own would.

attrs writes and compiles a ``__repr__`` for every class it builds, when the
class is created: 0.1–0.2 ms each, about 4 ms of a 200 ms cold ``factcheck
audit`` (docs/performance.md). A class that sets ``__repr__ = fields_repr``
in its body keeps attrs from writing one (attrs leaves alone a method the
class defines itself) and prints exactly as before.

>>> import attrs
>>> @attrs.frozen
... class Point:
...     x: int
...     y: int = attrs.field(default=0, repr=False)
...     label: str = attrs.field(default="", repr=str.upper)
...     __repr__ = fields_repr
>>> Point(1, 2, "a")
Point(x=1, label=A)
"""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["fields_repr"]


def fields_repr(self: Any) -> str:
    """``Name(field=value!r, ...)`` over the fields that are shown, as attrs writes it.

    Unlike attrs' own, it does not guard against an instance that contains
    itself: factcheck's values never do.
    """
    shown = []
    for field in self.__attrs_attrs__:
        if field.repr is False:
            continue
        value = getattr(self, field.name, attrs.NOTHING)
        text = repr(value) if field.repr is True else field.repr(value)
        shown.append(f"{field.name}={text}")
    return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}({', '.join(shown)})"
