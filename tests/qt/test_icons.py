"""The tray icon is drawn for each small size a tray uses, with paused and waiting variants
that look different; the shipped files are those drawings; a sheet of them at 4x is kept
for a person to look at."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from coach.app.style.icon_drawing import tray_pixmap, window_image
from coach.app.style.icons import (
    TRAY_SIZES,
    TRAY_STATES,
    WINDOW_SIZES,
    app_icon,
    tray_file,
    tray_icon,
    window_file,
)
from coach.core.system.assets import asset_path

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "qt"
README = Path(__file__).resolve().parents[2] / "README.md"


def _argb(image: QImage) -> QImage:
    return image.convertToFormat(QImage.Format.Format_ARGB32)


ROUNDING = 2
"""How far one colour channel may differ between two drawings of the same picture: Qt's
raster engine rounds anti-aliased edges by one step differently on different processors
(its SIMD paths), so a file drawn on one machine is off by 1 in a few pixels on another."""


def _same_picture(first: QImage, second: QImage) -> bool:
    """The same size, and every channel of every pixel within ROUNDING of the other."""
    a, b = _argb(first), _argb(second)
    if a.size() != b.size():
        return False
    pairs = zip(bytes(a.constBits()), bytes(b.constBits()), strict=True)
    return all(abs(x - y) <= ROUNDING for x, y in pairs)


def test_same_picture_allows_rounding_and_nothing_more(qtbot: QtBot) -> None:
    drawn = _argb(tray_pixmap(24, False, False).toImage())
    nudged, changed = QImage(drawn), QImage(drawn)
    middle = drawn.pixelColor(12, 12)
    nudged.setPixelColor(12, 12, QColor(middle.red() ^ 1, middle.green(), middle.blue()))
    changed.setPixelColor(12, 12, QColor(255 - middle.red(), middle.green(), middle.blue()))
    assert _same_picture(drawn, nudged)
    assert not _same_picture(drawn, changed)
    assert not _same_picture(drawn, _argb(tray_pixmap(22, False, False).toImage()))


def test_each_tray_size_is_drawn_not_scaled(qtbot: QtBot) -> None:
    for paused, waiting in TRAY_STATES:
        icon = tray_icon(paused, waiting)
        assert {s.width() for s in icon.availableSizes()} == set(TRAY_SIZES)
        for size in TRAY_SIZES:
            image = _argb(icon.pixmap(QSize(size, size)).toImage())
            assert image.width() == size
            drawn = _argb(tray_pixmap(size, paused, waiting).toImage())
            assert image == drawn, f"{size} px is its own drawing"


def test_the_shipped_tray_files_are_the_drawings(qtbot: QtBot) -> None:
    """The icon is read from files at start; after changing the drawing, rewrite them with
    `python -m coach.app.style.icon_drawing`."""
    for paused, waiting in TRAY_STATES:
        for size in TRAY_SIZES:
            shipped = QImage(str(asset_path(tray_file(size, paused, waiting))))
            drawn = tray_pixmap(size, paused, waiting).toImage()
            assert _same_picture(shipped, drawn), (
                f"{tray_file(size, paused, waiting)}: run python -m coach.app.style.icon_drawing"
            )


def test_the_window_icon_is_the_svg_rendered_at_each_size(qtbot: QtBot) -> None:
    """Windows take their icon from PNG files, so Qt's SVG engine is not loaded for it."""
    icon = app_icon()
    assert {s.width() for s in icon.availableSizes()} == set(WINDOW_SIZES)
    for size in WINDOW_SIZES:
        shipped = QImage(str(asset_path(window_file(size))))
        rendered = _argb(window_image(size))
        assert _same_picture(shipped, rendered), (
            f"{window_file(size)}: run python -m coach.app.style.icon_drawing"
        )
        corner, middle = rendered.pixelColor(0, 0), rendered.pixelColor(size // 2, size // 2)
        assert corner.alpha() == 0 and middle.alpha() == 255, "a round icon on transparency"


def test_paused_and_waiting_look_different(qtbot: QtBot) -> None:
    plain, paused, waiting = (
        tray_pixmap(24, p, w).toImage() for p, w in ((False, False), (True, False), (False, True))
    )
    assert plain != paused and plain != waiting and paused != waiting
    sheet = QImage(len(TRAY_SIZES) * 140, 3 * 140, QImage.Format.Format_ARGB32)
    sheet.fill(QColor("#dddddd"))
    painter = QPainter(sheet)
    for row, (p, w) in enumerate(((False, False), (True, False), (False, True))):
        for column, size in enumerate((16, 22, 24, 32)):
            painter.drawPixmap(
                QRect(column * 140, row * 140, size * 4, size * 4), tray_pixmap(size, p, w)
            )
    painter.end()
    sheet.save(str(ARTIFACTS / "tray-icons-4x.png"))


def test_the_readme_shows_the_home_window() -> None:
    text = README.read_text(encoding="utf-8")
    assert "assets/screenshots/home.png" in text
    shot = QImage(str(README.parent / "assets" / "screenshots" / "home.png"))
    assert not shot.isNull() and shot.width() >= 400 and shot.height() >= 600
