"""Whether the installed PySide6 keeps Python's reference counts, measured before the app
starts (see coach.core.system.qt_binding for the fault and the message).

It counts rather than compares version numbers: a PySide6 6.12 built against Python 3.11's
own headers (a distribution's package) may well be sound, and a fixed release needs no
change here. The measure takes well under a millisecond.
"""

from __future__ import annotations

import gc
import platform
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import NamedTuple

import PySide6
from PySide6.QtCore import QObject, Signal

from coach.core.system.qt_binding import binding_refusal

PROBE_CALLS = 64
"""Calls of each kind at start: far below the few thousand references None and True hold."""


class LostReferences(NamedTuple):
    none: int
    true: int


class _Probe(QObject):
    told = Signal()


def binding_problem() -> str | None:
    """Why the app cannot run on this binding, in one line; None when it keeps count."""
    probe = _Probe()
    lost = lost_references([lambda: probe.setObjectName("probe"), probe.told.emit], PROBE_CALLS)
    return binding_refusal(platform.python_version(), PySide6.__version__, max(lost), PROBE_CALLS)


def lost_references(calls: Sequence[Callable[[], object]], times: int) -> LostReferences:
    """How many references None and True lost while each of `calls` ran `times` times;
    they are given back, so a faulty binding measured does not abort the interpreter as
    it shuts down and lets go of references it believes it still holds."""
    with _no_collection():  # a collection meanwhile could free other holders of None
        none, true = sys.getrefcount(None), sys.getrefcount(True)
        for _ in range(times):
            for call in calls:
                call()
        lost = LostReferences(none - sys.getrefcount(None), true - sys.getrefcount(True))
    _give_back(None, lost.none)
    _give_back(True, lost.true)
    return lost


def _give_back(singleton: object, count: int) -> None:
    if count <= 0:  # a sound binding (on 3.12+ the count never moves)
        return
    import ctypes  # only where the binding is faulty

    for _ in range(count):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(singleton))


@contextmanager
def _no_collection() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
