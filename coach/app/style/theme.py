"""Light, dark, or as the system: the `theme` setting applied to the whole app.

"system" leaves Qt to follow the desktop's colour scheme. "light" and "dark"
set Qt's colour-scheme hint and, because not every platform theme honours it,
an explicit palette on the Fusion style, so the choice holds everywhere.
Once a window with check boxes or radio buttons opens, the style is wrapped so
that they grow with the text (coach.app.style.indicators). Until then, and on the
system theme, the app does not touch QStyle, the `Qt` namespace or the colour
schemes of coach.app.style.design: PySide sets up their Python side whole, about 1.7 MB
together, which an idle app does not need.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

ORIGINAL_STYLE = "calf-coach-original-style"
"""The platform's own style, by name, noted before a theme or the wrapping changes it."""
SIZED = "calf-coach-sized-indicators"
"""Set once windows have asked for text-sized indicators: every style is wrapped."""
FOCUS_SHOWN = "calf-coach-focus-shown"
"""Set once the focus ring follows the keyboard."""


def _remember_original(app: QApplication) -> None:
    if app.property(ORIGINAL_STYLE) is None:
        app.setProperty(ORIGINAL_STYLE, app.style().name())


def _use_style(app: QApplication, name: str) -> None:
    """`name`'s style, wrapped once windows asked for it (once: a new style repolishes
    every widget)."""
    if not app.property(SIZED):
        if app.style().name() != name.lower():
            app.setStyle(name)
        return
    from PySide6.QtWidgets import QStyleFactory

    from coach.app.style.indicators import TextSizedIndicators

    current = app.style()
    if isinstance(current, TextSizedIndicators) and current.baseStyle().name() == name.lower():
        return
    base = QStyleFactory.create(name)
    if base is not None:
        app.setStyle(TextSizedIndicators(base))


def size_indicators_with_text(app: QApplication) -> None:
    """Wrap the app's style so check boxes and radio buttons grow with the text; called
    before a window that has any is built."""
    if app.property(SIZED):
        return
    _remember_original(app)
    app.setProperty(SIZED, True)
    _use_style(app, app.style().name())


def apply_theme(app: QApplication, theme: str) -> None:
    hints = app.styleHints()
    if theme == "system":
        hints.unsetColorScheme()
        if app.property(ORIGINAL_STYLE) is not None:  # a style was set: the platform's again
            _use_style(app, str(app.property(ORIGINAL_STYLE)))
        app.setPalette(QPalette())
        return
    from PySide6.QtCore import Qt

    from coach.app.style.design import DARK, LIGHT

    _remember_original(app)
    dark = theme == "dark"
    hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    _use_style(app, "Fusion")
    app.setPalette((DARK if dark else LIGHT).palette())


def show_focus(app: QApplication) -> None:
    """A ring around the control that has the keyboard (coach.app.style.rings), set up at
    the first focus: an idle app with no window open never loads the styles it draws with."""
    if app.property(FOCUS_SHOWN):
        return
    app.setProperty(FOCUS_SHOWN, True)

    def first(old: QWidget | None, new: QWidget | None) -> None:
        from coach.app.style.rings import FocusRing

        app.focusChanged.disconnect(first)
        size_indicators_with_text(app)  # the style that leaves out Fusion's own focus box
        FocusRing(app).follow(old, new)

    app.focusChanged.connect(first)
