"""Pausing Python's cyclic garbage collector while large trees of objects are built.

Loading a claims file builds a node for every YAML scalar, a figure for every
claim and a finding for every check, and keeps them all. The collector,
triggered by those allocations, walks every object still alive again and
again, finding nothing to free: for a 10,000-check file that was half of the
loading time, and the share grows with the file (docs/performance.md).
Reference counting still frees everything that is not in a cycle; cycles made
meanwhile are collected once the collector runs again.

>>> import gc
>>> with paused_gc():
...     gc.isenabled()
False
>>> gc.isenabled()
True
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused_gc"]

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def paused_gc() -> Iterator[None]:
    """Within the block the collector does not run; nesting and threads are fine.

    The collector is switched back on when the outermost block ends, and only
    if it was on when that block began.
    """
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
