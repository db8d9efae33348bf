"""Rings drawn around a control: where the keyboard is, and a value that was refused.

Fusion marks a focused button with the same one-pixel outline as the default button,
and marks focus on "Cramp now" (in the accent colour) not at all. So the app draws
its own focus ring, outside the control with a gap: 2 px in the palette's highlight
(its text colour where the highlight is too faint on the window), the same on every
kind of control and in every scheme, the night one too. A refused value gets a red
ring hugging its field, inside where the focus ring goes, so both show at once.

Both rings are QFocusFrames: Qt keeps them on the window (or the scrolled page) above the
control, its stroke outside it, following it as it moves, resizes, hides or goes away.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFocusFrame,
    QKeySequenceEdit,
    QProxyStyle,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)
from shiboken6 import isValid

from coach.core.colour import CONTROL_CONTRAST, contrast

RING = 2
"""The ring's width in pixels."""
GAP = 1
"""Between the control and the focus ring: the window shows through, so the ring never
merges with a control's own border (the default button's, "Cramp now"'s colour)."""
INVALID = "invalid"
"""The property a refused field carries (read by the tests and by a screen reader's
description, which says the problem first)."""


class _Margin(QProxyStyle):
    """How far a ring reaches outside its control."""

    def __init__(self, margin: int) -> None:
        super().__init__()
        self.margin = margin

    def pixelMetric(  # noqa: N802 (Qt's name)
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric in (
            QStyle.PixelMetric.PM_FocusFrameHMargin,
            QStyle.PixelMetric.PM_FocusFrameVMargin,
        ):
            return self.margin
        return super().pixelMetric(metric, option, widget)

    def styleHint(  # noqa: N802 (Qt's name)
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returned: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_FocusFrame_AboveWidget:
            return 1  # on the window (or the scrolled page): a box round a field cuts none off
        return super().styleHint(hint, option, widget, returned)


_margins: dict[int, _Margin] = {}


def _margin(margin: int) -> _Margin:
    """One style per margin, kept for the app's life (a widget does not own its style)."""
    if margin not in _margins:
        _margins[margin] = _Margin(margin)
    return _margins[margin]


def focus_colour(palette: QPalette) -> str:
    """The highlight, or the text colour where the highlight is under 3:1 on the window."""
    window = palette.color(QPalette.ColorRole.Window).name()
    highlight = palette.color(QPalette.ColorRole.Highlight).name()
    if contrast(highlight, window) >= CONTROL_CONTRAST:
        return highlight
    return palette.color(QPalette.ColorRole.WindowText).name()


def invalid_colour(palette: QPalette) -> str:
    from coach.app.style.design import scheme_of  # the schemes only once a field is refused

    return scheme_of(palette).error


class Ring(QFocusFrame):
    """A `RING`-pixel ring at the outer edge of a frame `margin` pixels around a control."""

    def __init__(self, margin: int, parent: QWidget, invalid: bool = False) -> None:
        super().__init__(parent)  # owned by the window, as Qt's ring is: gone with it
        self.setObjectName("invalid-ring" if invalid else "focus-ring")
        self.setStyle(_margin(margin))
        self.invalid = invalid

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Qt hides a ring whose control is scrolled out of sight when it gets the focus,
        and does not show it again when the page scrolls it in (Tab scrolls just after)."""
        handled = super().eventFilter(watched, event)
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize) and not self.isVisible():
            control, around = self.widget(), self.parentWidget()
            if (
                control is not None
                and around is not None
                and control.isVisible()
                and around.rect().intersects(self.geometry())
            ):
                self.show()
                self.raise_()
        return handled

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        around = self.parentWidget()
        if self.widget() is None or around is None:
            return
        palette = around.palette()  # what the ring is drawn on: not the control's own colours
        colour = invalid_colour(palette) if self.invalid else focus_colour(palette)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(colour)
        pen.setWidth(RING)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = RING / 2
        painter.drawRoundedRect(
            QRectF(self.rect()).adjusted(half, half, -half, -half), RING * 2, RING * 2
        )
        painter.end()


def _outermost(widget: QWidget) -> QWidget:
    """The control a person sees: a number field, a list to drop down or a key field, not
    the text box inside it that takes the keys for it."""
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractSpinBox | QComboBox | QKeySequenceEdit):
        return parent
    return widget


def _fills_a_page(control: QWidget) -> bool:
    """A control that is a whole page of tabs (a chart): a ring outside it would lie on
    the tabs' frame, so it is drawn just inside its edge."""
    return isinstance(control.parentWidget(), QStackedWidget)


class FocusRing(QObject):
    """Follows the keyboard focus across the app's windows with one ring (drawn outside
    the control, or inside the edge of one that fills a page), keeping the control in
    sight on a scrolled page."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.rings: dict[bool, Ring] = {}
        app.focusChanged.connect(self.follow)

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        target = _outermost(new) if new is not None else None
        if target is not None and (
            target.isWindow() or target.window().windowType() == Qt.WindowType.Popup
        ):
            target = None  # a window itself, or a menu or a list dropped down: no ring
        inside = target is not None and _fills_a_page(target)
        for kind, ring in list(self.rings.items()):
            if not isValid(ring):  # its last parent went away
                del self.rings[kind]
            elif kind != inside or target is None:
                ring.setWidget(None)  # type: ignore[arg-type]  # Qt takes None: hidden
        if target is not None:
            _in_sight(target)
            if inside not in self.rings:
                self.rings[inside] = Ring(0 if inside else RING + GAP, target.window())
            self.rings[inside].setWidget(target)


def _in_sight(control: QWidget) -> None:
    """Scroll every page that holds `control` to it. A scroll area does so when Tab moves
    inside it, not when the keyboard comes in from outside: Tab from a dialog's Cancel
    round to its first field left that field, ring and all, above the top of the page."""
    parent = control.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(control)
        parent = parent.parentWidget()


def mark_invalid(field: QWidget, problem: bool) -> None:
    """Show `field` refused (a red ring, the `invalid` property) or not."""
    field.setProperty(INVALID, problem)
    rings = [r for r in field.window().findChildren(Ring) if r.invalid and r.widget() is field]
    if problem and not rings:
        Ring(RING, field.window(), invalid=True).setWidget(field)
    elif not problem:
        for ring in rings:
            ring.setWidget(None)  # type: ignore[arg-type]  # Qt takes None: watch nothing
            ring.deleteLater()
