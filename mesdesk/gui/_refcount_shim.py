"""Work around PySide6 6.12's lost references to None/True/False on Python 3.11.

The 6.12 wheels are built for the stable ABI of Python 3.12+, where ``None``,
``True`` and ``False`` are immortal and need no reference counting. On Python 3.11
they are not: each call of a Qt method returning nothing (``label.setText(...)``)
drops one reference to ``None`` that was never taken, and a long session ends in
"Fatal Python error: none_dealloc" after a few thousand calls (a test run of the GUI
crashes the same way). Giving these singletons a huge reference count makes them as
immortal as Python 3.12 does. It is a no-op on 3.12+ and on other interpreters.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40  # a trillion lost references before anything could go wrong
_applied = False


def apply() -> None:
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for obj in (None, True, False, Ellipsis, NotImplemented):
        # ob_refcnt is the first field of every CPython object, at id(obj).
        ctypes.c_ssize_t.from_address(id(obj)).value += _HEADROOM
    _applied = True
