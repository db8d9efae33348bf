"""What a person would trip on in a window, measured: does it fit the screen, do two
things sit on top of each other, is any text cut off, is any colour too faint."""

from __future__ import annotations

from itertools import combinations

from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QFocusFrame,
    QLabel,
    QRadioButton,
    QScrollArea,
    QScrollBar,
    QStackedWidget,
    QWidget,
)

from coach.core.colour import CONTROL_CONTRAST, DISTINCT, TEXT_CONTRAST, contrast

SLACK = 2
"""Pixels of rounding forgiven."""


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QLabel | QAbstractButton):
        text = widget.text().replace("\n", " ")[:40]
    return f"{type(widget).__name__}({widget.objectName() or text!r})"


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def fits(window: QWidget) -> list[str]:
    screen = window.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    if area.contains(frame):
        return []
    return [
        f"the window is {frame.width()}x{frame.height()} at {frame.x()},{frame.y()}: "
        f"the screen has {area.width()}x{area.height()}"
    ]


def _blank(widget: QWidget) -> bool:
    """An empty label draws nothing, so nothing can be covered by it."""
    if not isinstance(widget, QLabel) or widget.text():
        return False
    picture = widget.pixmap()
    return picture is None or picture.isNull()


def overlaps(window: QWidget) -> list[str]:
    found = []
    for parent in [window, *window.findChildren(QWidget)]:
        if not _shown(parent) or isinstance(parent, QAbstractScrollArea | QStackedWidget):
            continue  # a scroll area's viewport and bars, a stack's pages: by design
        children = [
            c
            for c in parent.children()
            if isinstance(c, QWidget)
            and not c.isWindow()
            and _shown(c)
            and not isinstance(c, QScrollBar | QFocusFrame)  # a ring is drawn round a control
        ]
        for a, b in combinations(children, 2):
            shared = a.geometry().intersected(b.geometry())
            if shared.width() > SLACK and shared.height() > SLACK:
                found.append(
                    f"{_name(a)} and {_name(b)} overlap by {shared.width()}x{shared.height()}"
                )
    return found


def clipped(window: QWidget) -> list[str]:
    found = []
    for label in window.findChildren(QLabel):
        if (
            not _shown(label)
            or not label.text()
            or (label.pixmap() and not label.pixmap().isNull())
        ):
            continue
        room = label.contentsRect()
        metrics = label.fontMetrics()
        if label.wordWrap():
            needed = label.heightForWidth(label.width())  # padding and frame included
            if needed > label.height() + SLACK:
                found.append(f"{_name(label)} needs {needed} px high, has {label.height()}")
        else:
            width = max(metrics.horizontalAdvance(line) for line in label.text().split("\n"))
            if width > room.width() + SLACK and label.toolTip() != label.text():
                found.append(f"{_name(label)} needs {width} px wide, has {room.width()}")
    for button in window.findChildren(QAbstractButton):
        if not _shown(button) or not button.text():
            continue
        needed = button.sizeHint().width()
        if isinstance(button, QCheckBox | QRadioButton):
            needed = button.minimumSizeHint().width()
        if needed > button.width() + SLACK:
            found.append(f"{_name(button)} needs {needed} px wide, has {button.width()}")
    return found


def contrasts(widget: QWidget) -> dict[str, float]:
    """The contrast figures of the palette the widget is drawn with."""
    palette = widget.palette()

    def colour(
        role: QPalette.ColorRole, group: QPalette.ColorGroup = QPalette.ColorGroup.Active
    ) -> str:
        return palette.color(group, role).name()

    R = QPalette.ColorRole  # noqa: N806 (Qt's names, short)
    disabled = QPalette.ColorGroup.Disabled
    return {
        "text on window": contrast(colour(R.WindowText), colour(R.Window)),
        "text on base": contrast(colour(R.Text), colour(R.Base)),
        "text on button": contrast(colour(R.ButtonText), colour(R.Button)),
        "placeholder on base": contrast(colour(R.PlaceholderText), colour(R.Base)),
        "border on window": contrast(colour(R.Dark), colour(R.Window)),
        "border on base": contrast(colour(R.Dark), colour(R.Base)),
        "disabled text on window": contrast(colour(R.WindowText, disabled), colour(R.Window)),
        "disabled text on button": contrast(colour(R.ButtonText, disabled), colour(R.Button)),
        "disabled against enabled": contrast(colour(R.WindowText, disabled), colour(R.WindowText)),
    }


def faint(widget: QWidget) -> list[str]:
    found = []
    for what, ratio in contrasts(widget).items():
        need = CONTROL_CONTRAST
        if what.startswith(("text", "placeholder", "disabled text")):
            need = TEXT_CONTRAST  # disabled text is still read: what is not available, and why
        elif what == "disabled against enabled":
            need = DISTINCT  # readable, and still told apart from what can be used
        if ratio < need:
            found.append(f"{what}: {ratio:.2f}:1, needs {need}:1")
    return found


def sideways(window: QWidget) -> list[str]:
    """Text that runs off to the side: a horizontal scroll bar outside a table or a list."""
    return [
        f"{_name(area)} scrolls sideways ({area.horizontalScrollBar().maximum()} px more "
        f"than its {area.viewport().width()})"
        for area in window.findChildren(QAbstractScrollArea)
        if _shown(area)
        and not isinstance(area, QAbstractItemView)
        and area.horizontalScrollBar().isVisible()
    ]


def cut_on_the_right(window: QWidget) -> list[str]:
    """A page wider than the scroll area that holds it, with no sideways scrolling: its
    right edge is simply not shown."""
    found = []
    for area in window.findChildren(QScrollArea):
        body = area.widget()
        if _shown(area) and body is not None and body.width() > area.viewport().width() + SLACK:
            found.append(
                f"{_name(area)}: its page is {body.width()} px wide, "
                f"{area.viewport().width()} shown"
            )
    return found


def problems(window: QWidget) -> list[str]:
    palettes = {window, *(w for w in window.findChildren(QWidget) if w.autoFillBackground())}
    found = fits(window) + overlaps(window) + clipped(window) + sideways(window)
    found += cut_on_the_right(window)
    for widget in palettes:
        found += [f"{_name(widget)}: {p}" for p in faint(widget)]
    return found
