"""What the app says when the installed Qt binding miscounts references to None or True.

PySide6 6.12.0's wheels take one reference from None on every call of a Qt method that
returns nothing, and one from True on every signal emitted from Python. From Python 3.12
on both are immortal and nothing happens; below it their count reaches zero and the
interpreter aborts ("deallocating None"), about an hour after this app starts, even idle.
pyproject.toml keeps pip off that release on 3.11, but a packager may not follow it, so the
app measures its binding (coach.app.binding_probe) and refuses to start on a faulty one.
"""

from __future__ import annotations


def binding_refusal(python: str, pyside: str, lost: int, calls: int) -> str | None:
    """Why the app will not start, in one line, when `lost` references went in `calls`
    calls of each kind (the fault loses one a call, a sound binding none); else None."""
    if lost * 2 < calls:
        return None
    return (
        f"PySide6 {pyside} on Python {python} loses a reference to None or True on every "
        "Qt call, so the app would abort after about an hour: install PySide6-Essentials "
        "and PySide6-Addons older than 6.12, or run Calf Coach on Python 3.12 or newer"
    )
