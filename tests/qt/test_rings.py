"""The focus ring, measured the way a person sees it: Tab walked through every window, card
and page in light and dark (the calm screen in the night scheme), and at each stop the
pixels around the control compared with the ring taken away. The walk's order is also
checked against reading order. A refused Settings value gets its own red ring."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from itertools import chain
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget
from pytestqt.qtbot import QtBot

from coach.app.style.language import install_language
from coach.app.style.rings import INVALID, RING, FocusRing, Ring, focus_colour
from coach.app.style.theme import FOCUS_SHOWN, apply_theme, show_focus
from coach.core.colour import CONTROL_CONTRAST, contrast
from coach.core.system.paths import Paths
from tests.qt.test_layout import cases

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "qt" / "focus"
STEP = 3
"""Pixels between samples along each side of a ring."""
SHOWN = 0.5
"""The share of a ring's samples that must stand out: a control at the very edge of a
scrolled page has part of its ring cut off by the page."""


@pytest.fixture(params=["light", "dark", "light-ru-200"])
def theme(request: pytest.FixtureRequest) -> Iterator[str]:
    """The scheme, and for one case Russian at 200 % text (longer words, pages that
    scroll further: rings cut off by a page edge, Tab order across wrapped rows)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    scheme, *larger = request.param.split("-")
    normal = app.font()
    if larger:
        install_language("ru")
        big = QFont(normal)
        big.setPointSizeF(normal.pointSizeF() * 2)
        app.setFont(big)
    apply_theme(app, scheme)
    show_focus(app)
    yield request.param
    apply_theme(app, "system")
    app.setFont(normal)
    install_language("en")
    for ring in app.findChildren(FocusRing):  # the tests after these draw no ring
        app.focusChanged.disconnect(ring.follow)
        ring.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.setProperty(FOCUS_SHOWN, None)


def _at_night() -> Iterator[tuple[str, QWidget]]:
    """The cramp log as "Log this cramp" opens it at night, in the night scheme."""
    from coach.app.history.log_dialogs import CrampDialog
    from tests.helpers import FakeClock
    from tests.qt.windows import NOW, shipped_routines

    helped = shipped_routines("en")["cramp-now"].helped_answers
    dialog = CrampDialog(FakeClock(NOW), helped, night=True)
    dialog.show()
    yield "cramp-log-night", dialog


def _ring_of(window: QWidget) -> Ring | None:
    rings = [r for r in window.findChildren(Ring) if not r.invalid and r.isVisible()]
    return rings[0] if rings else None


def _samples(ring: QWidget, window: QWidget) -> list[tuple[QPoint, QPoint]]:
    """Pairs of pixels (outer, inner) across the ring's width, along its straight sides,
    in the window's coordinates."""
    corner = RING * 3
    box = QRect(ring.mapTo(window, QPoint(0, 0)), ring.size())
    inward = RING - 1
    pairs = []
    for x in range(box.left() + corner, box.right() - corner, STEP):
        pairs.append((QPoint(x, box.top()), QPoint(x, box.top() + inward)))
        pairs.append((QPoint(x, box.bottom()), QPoint(x, box.bottom() - inward)))
    for y in range(box.top() + corner, box.bottom() - corner, STEP):
        pairs.append((QPoint(box.left(), y), QPoint(box.left() + inward, y)))
        pairs.append((QPoint(box.right(), y), QPoint(box.right() - inward, y)))
    return pairs


def _standing_out(with_ring: QImage, without: QImage, pairs: list[tuple[QPoint, QPoint]]) -> float:
    """The share of `pairs` whose both pixels differ 3:1 or more with the ring and without."""
    bounds = with_ring.rect()
    shown = 0
    for pair in pairs:
        if all(bounds.contains(p) for p in pair) and all(
            contrast(with_ring.pixelColor(p).name(), without.pixelColor(p).name())
            >= CONTROL_CONTRAST
            for p in pair
        ):
            shown += 1
    return shown / len(pairs) if pairs else 0.0


def _describe(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__}({widget.accessibleName() or text or widget.objectName()!r})"


def _walk(qtbot: QtBot, window: QWidget) -> Iterator[QWidget]:
    """Each control Tab reaches, once, from the one that has the keyboard when the window
    opens, until Tab comes back round."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    first = app.focusWidget()
    if first is None or first.window() is not window:
        window.focusNextPrevChild(True)
    seen: list[QWidget] = []
    for _ in range(300):
        focused = app.focusWidget()
        if focused is None or (focused in seen and focused is not seen[-1]):
            return  # round the circle
        if focused not in seen:
            seen.append(focused)
            yield focused
        # Tab again on the same control: a date's day, month and year take a Tab each
        qtbot.keyClick(focused, Qt.Key.Key_Tab)


def _before(later: QRect, earlier: QRect) -> bool:
    """`later` comes before `earlier` when read left to right, top to bottom."""
    above = later.bottom() < earlier.top()
    same_line = later.top() <= earlier.center().y() <= later.bottom() or (
        earlier.top() <= later.center().y() <= earlier.bottom()
    )
    return above or (same_line and later.right() < earlier.left())


Place = tuple[QRect, QRect, tuple[int, ...]]


def _place(widget: QWidget) -> Place:
    """Where `widget` is on screen; on its page, the way a reader meets it (scrolling
    undone); and which scrolled pages hold it."""
    on_screen = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
    on_page = QRect(on_screen)
    pages: list[int] = []
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            bars = parent.horizontalScrollBar(), parent.verticalScrollBar()
            on_page.translate(bars[0].value(), bars[1].value())
            pages.append(id(parent))
        parent = parent.parentWidget()
    return on_screen, on_page, tuple(pages)


def _goes_back(earlier: Place, later: Place) -> bool:
    """On one scrolled page, by the page; between a page and what is around it (the
    buttons under Settings' pages), by the screen at the time."""
    if earlier[2] == later[2]:
        return _before(later[1], earlier[1])
    return _before(later[0], earlier[0])


def test_tab_shows_a_ring_3_to_1_and_2_px_on_every_control_in_reading_order(
    qtbot: QtBot, home: Paths, theme: str
) -> None:
    folder = ARTIFACTS / theme
    folder.mkdir(parents=True, exist_ok=True)
    faint: list[str] = []
    out_of_order: list[str] = []
    language = "ru" if "-ru-" in theme else "en"
    for name, window in chain(cases(home, language), _at_night()):  # each as it is built
        qtbot.addWidget(window)
        QApplication.processEvents()
        walked: list[tuple[QWidget, Place]] = []  # where each was when it had the keyboard
        for stop, focused in enumerate(_walk(qtbot, window)):
            if focused.isWindow():
                continue  # keys for the whole window (the player's Space, arrows, Esc)
            ring = _ring_of(window)
            control = ring.widget() if ring is not None else focused
            with_ring = window.grab().toImage()
            share = 0.0
            if ring is not None:
                ring.hide()
                without = window.grab().toImage()
                ring.show()
                share = _standing_out(with_ring, without, _samples(ring, window))
            if share < SHOWN:
                with_ring.save(str(folder / f"{name}-faint-{stop + 1}.png"))
                faint.append(f"{name}: {_describe(control)}: {share:.0%} of its ring shows")
            if stop < 6:
                with_ring.save(str(folder / f"{name}-{stop + 1}.png"))
            walked.append((control, _place(control)))
        # Round the circle once: from the last control back to the first is the one step
        # that may go back up (the walk starts wherever the window put the keyboard).
        back = [
            f"{name}: {_describe(a)} → {_describe(b)}"
            for (a, at), (b, bt) in zip(walked, walked[1:] + walked[:1], strict=True)
            if _goes_back(at, bt)
        ]
        if len(back) > 1:
            out_of_order += back
    assert not faint, "\n" + "\n".join(faint)
    assert not out_of_order, "Tab goes back up or left:\n" + "\n".join(out_of_order)


def test_the_ring_is_the_highlight_or_the_text_where_the_highlight_is_faint() -> None:
    from PySide6.QtGui import QColor, QPalette

    from coach.app.style.design import DARK, LIGHT, NIGHT

    for scheme in (LIGHT, DARK, NIGHT):
        palette = scheme.palette()
        assert focus_colour(palette) == scheme.accent
        assert contrast(scheme.accent, scheme.window) >= CONTROL_CONTRAST, scheme.name
    washed = LIGHT.palette()
    washed.setColor(QPalette.ColorRole.Highlight, QColor("#dfe6e6"))  # as a pale desktop's
    assert focus_colour(washed) == LIGHT.text


def test_a_refused_value_gets_a_red_ring_that_goes_when_it_is_put_right(
    qtbot: QtBot, home: Paths
) -> None:
    from coach.app.settings.current import CurrentSettings
    from coach.app.settings.settings_window import SettingsWindow
    from coach.app.style.design import LIGHT
    from coach.core.settings.schema import DEFAULTS
    from tests.qt.windows import NOW

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light")
    try:
        window = SettingsWindow(
            CurrentSettings(home.settings_file, DEFAULTS, NOW.date), None, today=NOW.date()
        )
        qtbot.addWidget(window)
        window.show()
        bedtime = window.tabs.editors["bedtime"]
        field = bedtime.value_widget()
        clean = window.grab().toImage()
        bedtime.show(dt.time(7, 0))  # the same as the wake time: refused, with words
        assert not window.apply()
        QApplication.processEvents()
        assert field.property(INVALID) is True
        assert window.tabs.errors["bedtime"].isVisible()
        marked = window.grab().toImage()
        box = QRect(field.mapTo(window, QPoint(0, 0)), field.size())
        edge = QPoint(box.left() - 1, box.center().y())
        assert marked.pixelColor(edge).name() == LIGHT.error
        assert contrast(marked.pixelColor(edge).name(), clean.pixelColor(edge).name()) >= 3
        marked.save(str(ARTIFACTS / "settings-refused.png"))
        bedtime.show(dt.time(22, 30))
        assert window.apply()
        QApplication.processEvents()
        assert field.property(INVALID) is False
        assert window.grab().toImage().pixelColor(edge) == clean.pixelColor(edge)
    finally:
        apply_theme(app, "system")
