"""Putting windows in front of the person, on the screen they are looking at.

The tray app imports this at start for `bring_forward`; the `Qt` namespace, which
PySide builds whole on first use (about 1 MB), and QScrollArea are named only
inside the functions that lay out windows.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, QSize, QTimer
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QScrollArea, QWidget


def bring_forward(window: QWidget) -> None:
    """Show the window the person asked for (restored if minimised), on top, with the
    keyboard: they asked, so it may take it (a card that comes up unasked never comes
    through here).

    On X11, macOS and Windows Qt knows a minimised window and showNormal restores it. A
    Wayland compositor tells a client nothing of minimising: Qt takes the window for
    normal again at once, so showNormal does nothing and the window stays in the dock.
    There a window on screen but not active is mapped anew, which every compositor shows
    (a window it already has in front is left as it is, with no flicker)."""
    if window.isVisible() and not window.isActiveWindow() and minimising_unseen():
        window.hide()
    window.showNormal()
    window.raise_()
    window.activateWindow()


def minimising_unseen() -> bool:
    """Whether the platform hides from the app that one of its windows was minimised."""
    return QGuiApplication.platformName().startswith("wayland")


def gone_when_closed(window: QWidget, forget: Callable[[], None]) -> None:
    """Have `window` deleted once it closes, with every widget, model and chart in it, and
    `forget` called as it goes, for its owner to drop the reference and build a new one
    next time. A closed window kept for later held its memory for the rest of the day,
    and Python closures wired to its buttons kept its Python side from ever being freed."""
    from PySide6.QtCore import Qt

    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.destroyed.connect(forget)
    # Its widgets are deleted after `destroyed`: the memory is free on the next turn.
    window.destroyed.connect(lambda: QTimer.singleShot(0, give_back_freed_memory))


def give_back_freed_memory() -> None:
    """Ask the C library to return the memory a deleted window freed (glibc keeps freed
    pages for reuse, and the app's resident size would stay at its highest). Linux with
    glibc only; elsewhere nothing happens."""
    if not sys.platform.startswith("linux"):
        return
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # a C library without it (musl)
        return
    trim(0)


def pointer_screen_area() -> QRect:
    """The available area of the screen with the pointer (where the person is looking)."""
    screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)


def scrolling_page(body: QWidget, name: str) -> QScrollArea:
    """`body` in a scroll area that scrolls up and down only, with no frame, sized to its
    content (so the window can fit itself to it), and not a stop for Tab: the keyboard
    goes to the fields inside, and the view follows them."""
    from PySide6.QtCore import Qt

    area = _WholePage()
    area.setWidget(body)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setSizeAdjustPolicy(QScrollArea.SizeAdjustPolicy.AdjustToContents)
    area.setAccessibleName(name)
    return area


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Size the window to what its contents ask, at least `width` x `height`, frame
    included no larger than the free area of the screen with the pointer, and centre it
    there (call again once shown, when the window manager's frame is known). Content
    that is longer than the screen scrolls; nothing goes off screen."""
    area = pointer_screen_area()
    extra = window.frameGeometry().size() - window.geometry().size()
    room_w, room_h = area.width() - extra.width(), area.height() - extra.height()
    hint = window.sizeHint()
    chosen_w = min(max(width, hint.width(), window.minimumWidth()), room_w)
    wanted_h = hint.height()
    layout = window.layout()
    if layout is not None and layout.hasHeightForWidth():
        wanted_h = max(wanted_h, layout.totalHeightForWidth(chosen_w))
    window.resize(chosen_w, min(max(height, wanted_h), room_h))
    short = _narrowest_page_gap(window)
    if short > 0:  # a page that only scrolls up and down must be shown whole across
        window.resize(min(window.width() + short, room_w), window.height())
    frame = window.frameGeometry()
    frame.moveCenter(area.center())
    window.move(frame.topLeft())
    if window.findChild(_FitWhenShown) is None:
        window.installEventFilter(_FitWhenShown(window))


class _WholePage(QScrollArea):
    """A scroll area that asks for its whole page: Qt's caps its wish at 24 lines, so a
    form scrolled on a screen that had room for all of it. The window then fits itself
    to the screen (fit_to_screen), and only what is left over scrolls."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        body = self.widget()
        if body is None:
            return super().sizeHint()
        hint = body.sizeHint()
        return QSize(hint.width(), hint.height() + 2 * self.frameWidth())


def _narrowest_page_gap(window: QWidget) -> int:
    """How many pixels the widest page that cannot scroll sideways lacks, once laid out
    (a vertical scroll bar takes its width from the page)."""
    from PySide6.QtCore import Qt

    layout = window.layout()
    if layout is not None:
        layout.activate()
    gap = 0
    for area in window.findChildren(QScrollArea):
        body = area.widget()
        if (
            body is None
            or area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        ):
            continue
        needed = body.minimumSizeHint().width()
        scroll_bar = area.verticalScrollBar().sizeHint().width()
        gap = max(gap, needed - area.viewport().width(), needed + scroll_bar - area.width())
    return gap


class _FitWhenShown(QObject):
    """Fits its window again each time it is shown: only then is the frame known."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            fit_to_screen(watched, watched.width(), watched.height())
        return False
