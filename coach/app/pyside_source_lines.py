"""Source lines PySide6 would keep in memory for nothing.

After PySide6 is imported, every module imported is asked whether it uses
PySide6 (for its `__feature__` switches): PySide reads the module's source with
`inspect.getsource` and looks for the word. `inspect` goes through `linecache`,
which keeps every line of every file it read: about 6 MB for this app, freed
too late to give back. `spare_source_lines` has PySide read each file once and
keep nothing; the answer is the same. What PySide read before the patch (the
modules imported before PySide6 itself) is let go.
"""

from __future__ import annotations

import linecache
import sys
from pathlib import Path
from types import ModuleType


def spare_source_lines() -> None:
    """Replace PySide6's check with one that keeps nothing (where this PySide has it)."""
    feature = sys.modules.get("PySide6.support.feature")
    if feature is not None and hasattr(feature, "_mod_uses_pyside"):
        vars(feature)["_mod_uses_pyside"] = mentions_pyside
    linecache.clearcache()


def mentions_pyside(module: ModuleType) -> bool:
    """Whether the module's source says "PySide6"; False where it has no source file."""
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return False
    try:
        return b"PySide6" in Path(origin).read_bytes()
    except OSError:
        return False
