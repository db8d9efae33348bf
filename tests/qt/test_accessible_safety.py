"""Safety text and History as a screen reader and the keyboard meet them: the warning and
the advice are in the accessible tree word for word and said as they appear; History's week
figures are named with their values, Tab and Esc leave, every control has a name; each chart
is described in words."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coach.app.history.history_window import HistoryWindow
from coach.core.advice import tell_provider
from coach.core.history.entry_checks import warning_signs
from coach.core.history.records import CrampRecord
from coach.core.history.store import History, open_history
from coach.core.insights.chart_words import (
    cramp_chart_words,
    reminder_chart_words,
    water_chart_words,
)
from coach.core.settings.schema import DEFAULTS
from coach.core.system.paths import Paths
from tests.helpers import FakeClock, InUse, at
from tests.qt.test_history_window import NOW, small_week
from tests.qt.test_log_dialogs import HELPED, open_dialog
from tests.qt.test_player_window import ROUTINES, open_player


def accessible_texts(widget: QWidget) -> list[str]:
    """Every name, description and value a screen reader finds under `widget`, shown
    parts only (what is hidden is not read)."""
    found: list[str] = []
    todo = [QAccessible.queryAccessibleInterface(widget)]
    while todo:
        node = todo.pop()
        if node is None or not node.isValid() or node.state().invisible:
            continue
        for kind in (QAccessible.Text.Name, QAccessible.Text.Description, QAccessible.Text.Value):
            text = node.text(kind)
            if text:
                found.append(text)
        todo += [node.child(i) for i in range(node.childCount())]
    return found


@pytest.fixture
def announced(
    monkeypatch: pytest.MonkeyPatch,
) -> list[tuple[str, QAccessible.AnnouncementPoliteness]]:
    """The announcements sent, caught where every accessibility event goes out."""
    said: list[tuple[str, QAccessible.AnnouncementPoliteness]] = []
    send = QAccessible.updateAccessibility

    def catch(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            said.append((event.message(), event.politeness()))
        send(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", catch)
    return said


def test_a_ticked_warning_sign_is_in_the_tree_word_for_word_and_said_at_once(
    qtbot: QtBot, announced: list[tuple[str, QAccessible.AnnouncementPoliteness]]
) -> None:
    dialog = open_dialog(qtbot, FakeClock(at("2026-06-10 03:25")))
    assert not any("care provider" in text for text in accessible_texts(dialog))
    assert announced == []
    dialog.signs["swelling"].click()
    texts = accessible_texts(dialog)
    assert warning_signs() in texts, "the message itself, not a one-word stand-in"
    assert any("care provider" in text for text in texts)
    assert announced == [(warning_signs(), QAccessible.AnnouncementPoliteness.Assertive)]
    dialog.signs["warmth"].click()  # already shown: not said again
    assert len(announced) == 1


def test_the_severe_cramp_notice_is_in_the_tree_and_said_as_it_appears(
    qtbot: QtBot, announced: list[tuple[str, QAccessible.AnnouncementPoliteness]]
) -> None:
    dialog = open_dialog(qtbot, FakeClock(at("2026-06-10 03:25")))
    assert tell_provider() not in accessible_texts(dialog)
    dialog.severity.setValue(9)
    texts = accessible_texts(dialog)
    assert tell_provider() in texts
    assert any("care provider" in text for text in texts)
    assert announced == [(tell_provider(), QAccessible.AnnouncementPoliteness.Polite)]


def test_a_record_opened_with_its_signs_shows_the_warning_without_a_word_said(
    qtbot: QtBot, announced: list[tuple[str, QAccessible.AnnouncementPoliteness]]
) -> None:
    record = CrampRecord(at("2026-06-10 02:00"), "left", 4, signs=("warmth",))
    dialog = open_dialog(qtbot, FakeClock(at("2026-06-10 03:25")), record=record)
    assert warning_signs() in accessible_texts(dialog), "read with the dialog"
    assert announced == []


def test_the_end_of_cramp_now_says_the_advice(
    qtbot: QtBot, announced: list[tuple[str, QAccessible.AnnouncementPoliteness]]
) -> None:
    clock = FakeClock(at("2026-06-10 03:00"))
    window = open_player(qtbot, clock, ROUTINES["cramp-now"])
    for step in ROUTINES["cramp-now"].steps:
        clock.advance(seconds=step.seconds or 0)
        window.face.next.click()
    said = [message for message, _ in announced if tell_provider() in message]
    assert len(said) == 1, announced
    texts = accessible_texts(window)
    assert any(tell_provider() in text for text in texts)
    assert any("care provider" in text for text in texts)
    window.refresh()  # a redraw of the same page says nothing again
    assert len([m for m, _ in announced if tell_provider() in m]) == 1


@pytest.fixture
def history(home: Paths) -> Iterator[History]:
    history = open_history(home.history_file, NOW).history
    small_week(history)
    yield history
    history.close()


@pytest.fixture
def window(qtbot: QtBot, history: History) -> HistoryWindow:
    window = HistoryWindow(history, FakeClock(NOW), InUse(DEFAULTS), HELPED)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_history_names_each_week_figure_with_its_value(window: HistoryWindow) -> None:
    texts = accessible_texts(window)
    assert "Water today: 500 of 1500\u00a0ml" in texts
    assert "Bedtime routine, last 7 nights: 3 of 7 nights" in texts
    assert "Cramps in the last 7 nights: 3 (worst\u00a08/10)" in texts
    # The warning-sign box: its words, said for what they are.
    assert any(warning_signs() in text for text in texts)
    assert any("care provider" in text for text in texts)


def test_the_provider_advice_on_history_is_in_the_tree(window: HistoryWindow) -> None:
    assert window.week.concern.isVisible()  # an 8/10 cramp this week
    texts = accessible_texts(window)
    assert any(tell_provider() in text for text in texts)


def test_tab_and_shift_tab_leave_the_entries_table(qtbot: QtBot, window: HistoryWindow) -> None:
    window.tabs.setCurrentWidget(window.entries)
    table = window.entries.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus(), "Tab moved among the cells"
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert not table.hasFocus(), "Shift+Tab moved among the cells"


def test_escape_closes_history_and_close_is_its_default(
    qtbot: QtBot, window: HistoryWindow
) -> None:
    assert window.close_button.isDefault()
    window.range.setFocus()
    qtbot.keyClick(window.range, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_enter_on_a_history_button_clicks_that_button_not_close(
    qtbot: QtBot, window: HistoryWindow
) -> None:
    clicked: list[bool] = []
    window.tips_button.clicked.disconnect()
    window.tips_button.clicked.connect(lambda: clicked.append(True))
    window.tips_button.setFocus()
    qtbot.keyClick(window.tips_button, Qt.Key.Key_Return)
    assert clicked == [True]
    assert window.isVisible()


CONTROLS = (
    QAbstractButton,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
)


def _unnamed(window: QWidget) -> list[str]:
    """Controls a screen reader would meet without a name: a combo box's name on Linux is
    its value, so it must have a label that points at it (a buddy)."""
    labelled = {id(label.buddy()) for label in window.findChildren(QLabel) if label.text()}
    missing = []
    for control in window.findChildren(QWidget):
        if not isinstance(control, CONTROLS) or isinstance(control.parentWidget(), CONTROLS):
            continue  # the inner field of a spin box or a combo box
        if isinstance(control, QScrollBar) or not control.isVisibleTo(window):
            continue  # a scroll area's own bar (Qt says what it scrolls); a hidden part
        if isinstance(control, QComboBox):
            named = id(control) in labelled
        else:
            name = QAccessible.queryAccessibleInterface(control).text(QAccessible.Text.Name)
            named = bool(name.strip())
        if not named:
            missing.append(f"{type(control).__name__}({control.objectName()!r})")
    return missing


def test_every_control_in_history_and_the_cramp_log_has_a_name(
    qtbot: QtBot, window: HistoryWindow
) -> None:
    window.tabs.setCurrentWidget(window.entries)
    assert _unnamed(window) == []
    dialog = open_dialog(qtbot, FakeClock(at("2026-06-10 03:25")))
    assert _unnamed(dialog) == []


def test_each_history_chart_is_described_in_words(window: HistoryWindow) -> None:
    assert window.figures is not None
    views = window.views
    assert views["cramps"].accessibleDescription() == cramp_chart_words(window.figures.nights)
    assert "3 cramps" in views["cramps"].accessibleDescription()
    assert views["water"].accessibleDescription() == water_chart_words(window.figures.water)
    described = reminder_chart_words(window.figures.adherence)
    assert views["reminders"].accessibleDescription() == described
