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
from contextlib import ContextDecorator

__all__ = ["end_start_up", "pause_start_up", "paused_gc"]

_lock = threading.Lock()
_depth = 0
_was_enabled = False


class _Paused(ContextDecorator):
    """What :func:`paused_gc` hands out: one object serves every block, as the
    pause's state (the depth, whether the collector was on) is the module's.

    A class, not a ``@contextmanager`` generator: a scan enters two pauses an
    article, and a generator's context costs twice as much to enter and leave.
    """

    def __enter__(self) -> None:
        global _depth, _was_enabled
        with _lock:
            if _depth == 0:
                _was_enabled = gc.isenabled()
                gc.disable()
            _depth += 1

    def __exit__(self, *exc: object) -> None:
        global _depth
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()


_PAUSED = _Paused()


def paused_gc() -> _Paused:
    """Within the block the collector does not run; nesting and threads are fine.

    The collector is switched back on when the outermost block ends, and only
    if it was on when that block began. Works as a decorator too (``@paused_gc()``).
    """
    return _PAUSED


_start_up_paused = False


def pause_start_up() -> None:
    """Keep the collector off while a process that ends with its command starts up.

    Start-up makes tens of thousands of objects that live to the end (modules,
    attrs classes, PyYAML, pint and its registry), and the collector, set off
    by their allocation, walked them some 40 times and found nothing to
    free: 9 ms of a 200 ms cold ``factcheck audit`` (docs/performance.md).
    A collector someone else switched off is left to them.
    """
    global _start_up_paused
    if gc.isenabled():
        gc.disable()
        _start_up_paused = True


def end_start_up() -> None:
    """End the start-up pause, once: when the first file is checked, or before workers fork.

    What is alive by then lives to the end; frozen, it is out of the
    collector's sight, so that no later collection walks it all again, and a
    worker forked from here shares it without copying (the pattern that
    :func:`gc.freeze` is documented for).
    """
    global _start_up_paused
    if _start_up_paused:
        _start_up_paused = False
        gc.freeze()
        gc.enable()
