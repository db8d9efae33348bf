"""The player's own widgets: the countdown ring, the step's picture and its instruction."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleInterface,
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QSizePolicy, QWidget

from coach.app.style.design import ACCENT, ACCENT_ON_DARK, scaled
from coach.core.i18n import translate
from coach.core.system.assets import asset_path

log = logging.getLogger(__name__)

ILLUSTRATION = 220


ON_DARK = {"#23706b": ACCENT_ON_DARK, "#cfe3e1": "#35514e", "#9aa9a8": "#7d8f8d"}
"""The pictures' colours redrawn for a dark background: the figure must stay visible."""


def illustration(name: str, mirrored: bool, dark: bool = False) -> QPixmap:
    """A step's picture at display size; the right-side copy of a move is mirrored. Drawn
    afresh each time (a few milliseconds): the player keeps only the one it shows, so the
    pictures go with its window instead of staying for the rest of the day."""
    try:
        svg = asset_path(f"illustrations/{name}.svg").read_text(encoding="utf-8")
    except FileNotFoundError:
        log.warning("no illustration %s", name)
        return QPixmap()
    if dark:
        for light, on_dark in ON_DARK.items():
            svg = svg.replace(light, on_dark)
    image = QImage(ILLUSTRATION, ILLUSTRATION, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    renderer.render(painter, QRectF(0, 0, ILLUSTRATION, ILLUSTRATION))
    painter.end()
    if mirrored:
        image = image.flipped(Qt.Orientation.Horizontal)
    return QPixmap.fromImage(image)


class _TimeOnDemand(QAccessibleWidget):
    """The ring to a screen reader: its description is the time left when asked."""

    def text(self, kind: QAccessible.Text) -> str:
        ring = self.widget()
        if kind == QAccessible.Text.Description and isinstance(ring, CountdownRing):
            return ring.described
        return super().text(kind)


def _time_on_demand(_class_name: str, widget: QObject | None) -> QAccessibleInterface | None:
    return _TimeOnDemand(widget) if isinstance(widget, CountdownRing) else None


class CountdownRing(QWidget):
    """A ring that empties as the step runs, with the time left in its middle; grey and
    marked "Paused" while paused, so the state shows from across the room."""

    _told = False

    def __init__(self, dark: bool = False) -> None:
        if not CountdownRing._told:
            QAccessible.installFactory(_time_on_demand)
            CountdownRing._told = True
        super().__init__()
        self.fraction = 1.0
        self.text = ""
        self.paused = False
        self.described = ""
        """The time left in words, as a screen reader reads it when asked."""
        self.colour = QColor(ACCENT_ON_DARK if dark else ACCENT)
        self.setMinimumSize(180, 180)
        self.setAccessibleName(translate("player", "Time left in this step"))
        self.setToolTip(translate("player", "Time left in this step (R starts it again)"))

    def show_time(self, fraction: float, text: str, paused: bool = False, said: str = "") -> None:
        """`said`: the time left in words, for a screen reader to read when asked. It
        changes without a word, not even an event each second: the window says it aloud
        only at a few moments."""
        self.fraction, self.text, self.paused = fraction, text, paused
        described = translate("player", "{time}, paused") if paused else "{time}"
        self.described = described.format(time=said or text)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 16
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        width = max(10, side // 16)
        painter.setPen(QPen(self.palette().mid().color(), width))
        painter.drawEllipse(box)
        arc = self.palette().dark().color() if self.paused else self.colour
        painter.setPen(QPen(arc, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawArc(box, 90 * 16, round(-360 * 16 * self.fraction))
        text = self.palette().windowText().color()
        if self.paused:
            text.setAlphaF(0.55)
        painter.setPen(text)
        font = scaled(self.font(), 1.0, bold=True)
        font.setPixelSize(max(12, round(side * (0.22 if len(self.text) > 3 else 0.3))))
        painter.setFont(font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.text)
        if self.paused:
            small = scaled(self.font(), 1.0, bold=True)
            small.setPixelSize(max(10, round(side * 0.09)))
            painter.setFont(small)
            below = QRectF(box.left(), box.center().y() + side * 0.16, box.width(), side * 0.14)
            painter.drawText(below, Qt.AlignmentFlag.AlignCenter, translate("player", "Paused"))


class Picture(QWidget):
    """A step's picture, drawn as large as the room allows (never larger than it was made),
    so large text on a small screen shrinks the picture rather than hide the words."""

    def __init__(self) -> None:
        super().__init__()
        self._pixmap = QPixmap()
        self._drawn: tuple[str, bool, bool] | None = None
        self.setMinimumSize(ILLUSTRATION // 2, ILLUSTRATION // 2)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(ILLUSTRATION, ILLUSTRATION)

    def pixmap(self) -> QPixmap:
        return self._pixmap

    def setPixmap(self, pixmap: QPixmap) -> None:  # noqa: N802 (as QLabel's)
        self._pixmap = pixmap
        self._drawn = None
        self.update()

    def show_illustration(self, name: str, mirrored: bool, dark: bool) -> None:
        """A step's picture, drawn only when it changes (the player refreshes four times
        a second)."""
        if self._drawn != (name, mirrored, dark):
            self.setPixmap(illustration(name, mirrored, dark))
            self._drawn = (name, mirrored, dark)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        if self._pixmap.isNull():
            return
        side = min(self.width(), self.height(), ILLUSTRATION)
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(box, self._pixmap, QRectF(self._pixmap.rect()))


class Instruction(QLabel):
    """The step's instruction; in the calm cramp-now screen a click on it is "Next"."""

    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        self.clicked.emit()
        super().mousePressEvent(event)
