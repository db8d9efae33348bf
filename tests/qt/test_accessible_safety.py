# ruff: noqa: RUF001 (Russian text: Cyrillic letters that look Latin are meant)
"""Safety text and History as a screen reader and the keyboard meet them: the warning and
the advice are in the accessible tree word for word and said as they appear; History's week
figures are named with their values, Tab and Esc leave, every control has a name; each chart
is described in words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
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
from coach.app.style.language import install_language
from coach.core.advice import tell_provider
from coach.core.history.entry_checks import warning_signs
from coach.core.history.records import CrampRecord, Outcome
from coach.core.history.store import History, open_history
from coach.core.insights.chart_words import (
    cramp_chart_words,
    reminder_chart_words,
    water_chart_words,
)
from coach.core.insights.figures import Adherence, Night, WaterDay
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


# --- the charts in words, in English and Russian --------------------------------------------


def _cramp(day: str, severity: int, *signs: str) -> CrampRecord:
    return CrampRecord(at(day), "left", severity, signs=signs)


NIGHTS = [
    Night(
        dt.date(2026, 6, 4),
        (_cramp("2026-06-05 03:00", 9), _cramp("2026-06-05 04:00", 4, "warmth")),
        True,
    ),
    Night(dt.date(2026, 6, 5), (), True),
    Night(dt.date(2026, 6, 6), (_cramp("2026-06-07 02:00", 5),), False),
    Night(dt.date(2026, 6, 7), (), False),
    Night(dt.date(2026, 6, 8), (), False),
]
DAYS = [
    WaterDay(dt.date(2026, 6, 8), 1600, 1500),
    WaterDay(dt.date(2026, 6, 9), 250, 1500),
    WaterDay(dt.date(2026, 6, 10), 0, 1500, logged=False),
]
ADHERENCE = [
    Adherence(
        "fluids",
        {
            Outcome.DONE: 2,
            Outcome.SNOOZED: 1,
            Outcome.SKIPPED: 1,
            Outcome.EXPIRED: 0,
            Outcome.MISSED: 0,
        },
    )
]
WORDS = {
    "en": (
        "Cramps per night, 5 nights: 2 nights with cramps, 3 cramps, 1 severe; "
        "bedtime routine done on 2 nights; a warning sign on 1 night.",
        "Water per day, 3 days: goal of 1500 ml reached on 1 of 2 days with water logged; "
        "most in a day 1600 ml.",
        "Reminders and what became of them: A glass of water: 2 done, 1 snoozed, 1 skipped.",
    ),
    "ru": (
        "Судороги за ночь, 5 ночей: 2 ночи с судорогами, 3 судороги, 1 сильная; "
        "вечерняя растяжка сделана: 2 ночи; тревожный признак: 1 ночь.",
        "Вода за день, 3 дня: цель 1500 мл достигнута в 1 из 2 дней с записанной водой; "
        "больше всего за день 1600 мл.",
        "Напоминания и что с ними стало: Стакан воды: выполнено 2, отложено 1, пропущено 1.",
    ),
}


@pytest.fixture(params=["en", "ru"])
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    yield install_language(request.param)
    install_language("en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_the_charts_in_words(language: str) -> None:
    cramps, water, reminders = WORDS[language]
    assert cramp_chart_words(NIGHTS) == cramps
    assert water_chart_words(DAYS) == water
    assert reminder_chart_words(ADHERENCE) == reminders


def test_a_chart_with_nothing_in_it_says_so() -> None:
    assert reminder_chart_words([]) == "Reminders and what became of them: none yet."
    nothing = [WaterDay(dt.date(2026, 6, 10), 0, 1500, logged=False)]
    assert water_chart_words(nothing) == "Water per day, 1 day: no water logged."
