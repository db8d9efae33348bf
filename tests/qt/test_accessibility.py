"""Every window, walked: each control reachable by Tab, each with a name a screen reader
can speak; screenshots of each window in light and dark are kept as test artifacts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coach.app.style.theme import apply_theme, size_indicators_with_text
from coach.core.system.paths import Paths
from tests.qt.layout import clipped, overlaps
from tests.qt.windows import WINDOWS, windows

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "qt" / "a11y"


def _focusable(window: QWidget) -> list[QWidget]:
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.focusProxy() is not None or isinstance(
            widget.parentWidget(), QAbstractSpinBox | QComboBox
        ):
            continue  # the inner line edit of a spin box or combo box
        found.append(widget)
    return found


def _name(widget: QWidget, buddies: dict[int, str]) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text():
        return widget.text()
    if isinstance(widget, QTabBar):
        return widget.tabText(0)
    return buddies.get(id(widget), "")


def _buddies(window: QWidget) -> dict[int, str]:
    named: dict[int, str] = {}
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text():
            named[id(buddy)] = label.text()
    return named


@pytest.mark.parametrize("name", WINDOWS)
def test_every_control_is_named_and_reached_by_tab(qtbot: QtBot, home: Paths, name: str) -> None:
    build = dict(windows(home))[name]
    window = build()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    buddies = _buddies(window)
    controls = _focusable(window)
    assert controls, f"{name}: nothing can take the keyboard"
    unnamed = [f"{type(w).__name__}({w.objectName()!r})" for w in controls if not _name(w, buddies)]
    assert unnamed == [], f"{name}: controls without an accessible name"
    # Tab from the first control goes round every control and comes back.
    first = controls[0]
    seen: list[QWidget] = []
    widget: QWidget | None = first
    for _ in range(len(window.findChildren(QWidget)) + 2):
        assert widget is not None
        widget = widget.nextInFocusChain()
        if widget is first:
            break
        if widget in controls and widget not in seen:
            seen.append(widget)
    missing = [f"{type(w).__name__}({_name(w, buddies)!r})" for w in controls[1:] if w not in seen]
    assert missing == [], f"{name}: Tab never reaches these"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for theme in ("light", "dark"):
        apply_theme(app, theme)
        app.processEvents()  # the palette reaches open windows through events
        window.grab().save(str(ARTIFACTS / f"{name}-{theme}.png"))
    apply_theme(app, "system")
    app.processEvents()


@pytest.mark.parametrize("name", WINDOWS)
@pytest.mark.usefixtures("large_text")
def test_at_200_percent_text_every_window_still_fits_a_laptop_screen(
    qtbot: QtBot, home: Paths, name: str
) -> None:
    window = dict(windows(home))[name]()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    laptop = QSize(1920, 1080)
    needed = window.minimumSizeHint()  # the least it takes, long pages scrolled
    assert needed.width() <= 1920 and needed.height() <= 1080, f"{name} needs {needed}"
    # As big as it asks on a 1920x1080 laptop (the offscreen screen is only 800x600).
    window.resize(window.sizeHint().boundedTo(laptop).expandedTo(window.size()))
    QApplication.processEvents()  # the new size laid out
    assert clipped(window) + overlaps(window) == [], f"{name} squeezes its text at its size"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(ARTIFACTS / f"{name}-200-percent.png"))


@pytest.mark.usefixtures("large_text")
def test_at_200_percent_text_check_boxes_and_radio_buttons_grow_too(
    qtbot: QtBot, home: Paths
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    size_indicators_with_text(app)  # as the window opener does before building a window
    window = dict(windows(home))["cramp-dialog"]()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    boxes = window.findChildren(QCheckBox) + window.findChildren(QRadioButton)
    assert len(boxes) >= 7
    for box in boxes:
        line = QFontMetrics(box.font()).height()
        kind = (
            QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
            if isinstance(box, QRadioButton)
            else QStyle.PixelMetric.PM_IndicatorWidth
        )
        size = box.style().pixelMetric(kind, None, box)
        assert size >= 0.8 * line, f"{box.text()!r}: a {size} px indicator beside {line} px text"
    for button in window.findChildren(QPushButton):  # Save and Cancel included
        assert button.icon().isNull(), f"{button.text()!r} carries a stock icon"


def test_dialog_buttons_carry_no_stock_icons_whatever_the_desktop_style_says() -> None:
    """Desktops whose style puts a floppy disk on Save and a red X on Cancel (KDE, GNOME
    themes) get plain buttons, as every other button of the app is."""
    from PySide6.QtWidgets import QProxyStyle, QStyleFactory

    from coach.app.style.indicators import TextSizedIndicators

    hint = QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons

    class IconsOnButtons(QProxyStyle):
        def styleHint(self, asked, option=None, widget=None, data=None):  # type: ignore[no-untyped-def]  # noqa: N802
            return 1 if asked == hint else super().styleHint(asked, option, widget, data)

    desktop = IconsOnButtons(QStyleFactory.create("Fusion"))
    assert desktop.styleHint(hint) == 1
    assert TextSizedIndicators(desktop).styleHint(hint) == 0


def styled_app() -> QApplication:
    """The application with its style wrapped, as the window opener leaves it."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    size_indicators_with_text(app)
    return app


@pytest.mark.parametrize("field", ["line", "spin", "time"])
def test_a_fields_edge_stands_out_3_to_1_in_the_dark(qtbot: QtBot, field: str) -> None:
    """The edge of a text field, a number and a time is drawn in the scheme's border
    colour: Fusion's shade of the field itself was 1.1:1 against a dark window."""
    from PySide6.QtWidgets import QLineEdit, QSpinBox, QTimeEdit

    from coach.app.style.design import DARK
    from coach.core.colour import contrast

    app = styled_app()
    apply_theme(app, "dark")
    try:
        widget = {"line": QLineEdit, "spin": QSpinBox, "time": QTimeEdit}[field]()
        qtbot.addWidget(widget)
        widget.resize(200, 40)
        widget.show()
        image = widget.grab().toImage()
        edge = image.pixelColor(0, image.height() // 2).name()
        assert contrast(edge, DARK.window) >= 3.0, (edge, DARK.window)
    finally:
        apply_theme(app, "system")


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_severity_knob_stands_out_3_to_1_and_is_a_line_high(qtbot: QtBot, theme: str) -> None:
    """Fusion's slider handle was a grey 10-px tab, 1.5:1 against a dark window: the knob
    is the accent colour, as high as a line of text."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QSlider, QStyleOptionSlider

    from coach.app.style.design import DARK, LIGHT
    from coach.core.colour import contrast

    scheme = DARK if theme == "dark" else LIGHT
    app = styled_app()
    apply_theme(app, theme)
    try:
        slider = QSlider(Qt.Orientation.Horizontal)
        qtbot.addWidget(slider)
        slider.setRange(1, 10)
        slider.setValue(5)
        slider.resize(300, 60)
        slider.show()
        option = QStyleOptionSlider()
        slider.initStyleOption(option)
        handle = slider.style().subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, slider
        )
        assert handle.height() >= QFontMetrics(slider.font()).height()
        image = slider.grab().toImage()
        knob = image.pixelColor(handle.center()).name()
        assert contrast(knob, scheme.window) >= 3.0, (knob, scheme.window)
    finally:
        apply_theme(app, "system")


@pytest.mark.parametrize("scale", [1, 2])
def test_a_time_and_a_numbers_arrows_are_wide_and_leave_their_value_whole(
    qtbot: QtBot, scale: int
) -> None:
    """Fusion's up and down arrows were 14 px wide whatever the text size: hard to hit.
    Widened, they must not take the value's room ("22:30" showed as "22:3")."""
    from PySide6.QtCore import QTime
    from PySide6.QtWidgets import QSpinBox, QStyleOptionSpinBox, QTimeEdit

    styled_app()
    number = QSpinBox()
    number.setRange(0, 5000)
    number.setValue(1500)
    number.setSuffix(" ml")
    for field in (QTimeEdit(QTime(22, 30)), number):
        qtbot.addWidget(field)
        font = field.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        field.setFont(font)
        field.resize(field.sizeHint())
        option = QStyleOptionSpinBox()
        field.initStyleOption(option)
        metrics = QFontMetrics(field.font())

        style, box = field.style(), QStyle.ComplexControl.CC_SpinBox
        room = style.subControlRect(box, option, QStyle.SubControl.SC_SpinBoxEditField, field)
        for arrow in (QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown):
            wide = style.subControlRect(box, option, arrow, field)
            assert wide.width() >= metrics.height(), (arrow, wide.width())
            assert room.right() < wide.left(), "the value is never under the arrows"
        assert room.width() >= metrics.horizontalAdvance(field.text()), field.text()
