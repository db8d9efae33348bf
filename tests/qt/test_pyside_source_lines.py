"""PySide6 asks every module imported after it whether it uses PySide6; with the app
loaded, the answer is the same as PySide's own and no source line stays in memory."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest

import coach.app  # noqa: F401 (installs the check)
from coach.app.pyside_source_lines import mentions_pyside


def _feature_of(name: str) -> int | None:
    feature = sys.modules["PySide6.support.feature"]
    value = vars(feature)["pyside_feature_dict"].get(name)
    return value if isinstance(value, int) else None


def test_the_installed_pyside_has_the_check_the_app_replaces() -> None:
    feature = sys.modules["PySide6.support.feature"]
    assert vars(feature)["_mod_uses_pyside"] is mentions_pyside


def test_imports_leave_no_source_lines_and_get_pyside_s_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "calf_uses_qt.py").write_text("import PySide6.QtCore\nVALUE = 1\n" * 200)
    (tmp_path / "calf_plain.py").write_text("VALUE = 2\n" * 200)
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()
    for name in ("calf_uses_qt", "calf_plain"):
        __import__(name)  # as an import statement does: through PySide's hook
    assert [_feature_of("calf_uses_qt"), _feature_of("calf_plain")] == [0, -1]
    assert not [f for f in linecache.cache if f.startswith(str(tmp_path))]
