"""Where the app tells the person to talk to a care provider, and where it does not;
the warning signs in the Russian report; the tips page; the pictures as the player shows them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from coach.app.history.history_window import HistoryWindow
from coach.app.history.log_dialogs import CrampDialog
from coach.app.history.tips_page import TipsDialog
from coach.app.routines.player_widgets import ILLUSTRATION, illustration
from coach.app.routines.player_window import PlayerWindow
from coach.app.settings.welcome_window import Welcome
from coach.app.style.language import install_language
from coach.core.advice import TELL_PROVIDER, not_medical_advice, tell_provider
from coach.core.history.entry_checks import SIGN_LABELS, SIGNS
from coach.core.history.records import CrampRecord
from coach.core.history.store import History, open_history
from coach.core.i18n import translate
from coach.core.insights.figures import Period, Records, insights
from coach.core.insights.report import ReportFacts, report_html
from coach.core.routines.definitions import load_routines
from coach.core.settings.schema import DEFAULTS
from coach.core.system.assets import assets_dir
from coach.core.system.paths import Paths
from coach.core.tips import TIPS
from tests.helpers import BERLIN, FakeClock, InUse, at

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "qt"
ROUTINES = {r.id: r for r in load_routines([assets_dir() / "routines"])[0]}
NOW = at("2026-06-10 09:00")
WEEK = Period.ending(NOW.date(), 7)


@pytest.fixture
def history(home: Paths) -> Iterator[History]:
    history = open_history(home.history_file, NOW).history
    yield history
    history.close()


@pytest.fixture
def russian() -> Iterator[str]:
    yield install_language("ru")
    install_language("en")


def cramp_nights(history: History, *moments: str, severity: int = 5) -> None:
    for moment in moments:
        history.record_cramp(CrampRecord(at(moment), "left", severity))


def test_the_welcome_says_it_on_its_first_page(qtbot: QtBot) -> None:
    welcome = Welcome(FakeClock(NOW), DEFAULTS)
    qtbot.addWidget(welcome)
    welcome.show()
    assert welcome.currentId() == welcome.pageIds()[0]
    assert welcome.tell_provider.text() == TELL_PROVIDER and welcome.tell_provider.isVisible()
    texts = [label.text() for label in welcome.page(0).findChildren(QLabel)]
    assert texts.count(not_medical_advice()) == 1
    assert not any("prevent" in text for text in texts)


def end_of(qtbot: QtBot, routine: str) -> PlayerWindow:
    clock = FakeClock(at("2026-06-10 03:00"))
    window = PlayerWindow(ROUTINES[routine], clock)
    qtbot.addWidget(window)
    window.start()
    for step in ROUTINES[routine].steps:
        clock.advance(seconds=step.seconds or 0)  # each step held for its time
        window.face.next.click()
    assert window.face.title.text() == "Well done"
    return window


def test_the_end_of_cramp_now_says_it_and_the_bedtime_routine_does_not(qtbot: QtBot) -> None:
    assert TELL_PROVIDER in end_of(qtbot, "cramp-now").face.instruction.text()
    assert TELL_PROVIDER not in end_of(qtbot, "bedtime").face.instruction.text()


def test_escape_closes_cramp_now_without_asking_and_records_the_session(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = PlayerWindow(ROUTINES["cramp-now"], FakeClock(at("2026-06-10 03:00")))
    qtbot.addWidget(window)
    asked: list[bool] = []

    def ask() -> bool:
        asked.append(True)
        return False

    monkeypatch.setattr(window, "confirm_finish_later", ask)
    sessions: list[object] = []
    window.ended.connect(sessions.append)
    with qtbot.waitActive(window):
        window.start()
    window.face.next.click()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert asked == [] and not window.isVisible()
    (session,) = sessions
    assert session.routine == "cramp-now" and not session.finished  # type: ignore[attr-defined]
    assert session.steps_done == 0, "its 15 s were not held: skipped, not done"  # type: ignore[attr-defined]


def test_a_cramp_of_eight_or_more_in_the_log_dialog_says_it(qtbot: QtBot) -> None:
    dialog = CrampDialog(FakeClock(NOW), [])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.severe.isVisible()
    dialog.severity.setValue(8)
    assert dialog.severe.isVisible() and dialog.severe.text() == TELL_PROVIDER
    dialog.severity.setValue(7)
    assert not dialog.severe.isVisible()
    dialog.severity.setValue(10)
    assert dialog.severe.isVisible()


def open_history_window(qtbot: QtBot, history: History) -> HistoryWindow:
    window = HistoryWindow(history, FakeClock(NOW), InUse(DEFAULTS))
    qtbot.addWidget(window)
    window.show()
    return window


def test_history_says_it_when_cramps_are_frequent(qtbot: QtBot, history: History) -> None:
    cramp_nights(history, "2026-06-05 03:00", "2026-06-07 03:00")
    window = open_history_window(qtbot, history)
    assert not window.week.concern.isVisible()
    cramp_nights(history, "2026-06-09 03:00")
    window.reload()
    assert window.week.concern.isVisible()
    assert window.week.concern.text() == f"Cramps on 3 of the last 7 nights. {TELL_PROVIDER}"
    assert window.week.tiles["water"].text() == "no water logged", "not 'reached on no water'"
    window.resize(1280, 800)
    window.grab().save(str(ARTIFACTS / "history-frequent-cramps.png"))


def report_of(history: History) -> str:
    figures = insights(WEEK, Records.read(history, WEEK, BERLIN), 1500)
    return report_html(figures, ReportFacts(NOW, None, {}))


def test_the_report_says_it_when_cramps_are_frequent_or_severe(history: History) -> None:
    cramp_nights(history, "2026-06-05 03:00", "2026-06-07 03:00")
    assert TELL_PROVIDER not in report_of(history)
    cramp_nights(history, "2026-06-09 03:00", severity=9)
    text = report_of(history)
    assert "Cramps on 3 of the last 7 nights; 1 severe cramp (8/10 or worse)." in text
    assert TELL_PROVIDER in text


@pytest.mark.usefixtures("russian")
def test_the_russian_report_names_every_sign_in_full(history: History) -> None:
    history.record_cramp(CrampRecord(at("2026-06-09 02:00"), "left", 6, signs=tuple(SIGNS)))
    text = report_of(history)
    labels = [translate("logbook", label) for label in SIGN_LABELS.values()]
    assert labels == [
        "Покраснение",
        "Местное тепло",
        "Отёк",
        "Изменился цвет кожи",
        "Стойкая болезненность",
    ]
    assert ", ".join(labels) in text  # the Signs column and the list of flagged entries
    assert text.count(", ".join(labels)) == 2
    assert "Нога," not in text and "Болезненность," not in text  # noqa: RUF001 (first words)
    assert tell_provider() not in text  # one cramp of 6/10: neither frequent nor severe


def test_the_tips_page_lists_every_tip_as_a_tip(qtbot: QtBot) -> None:
    dialog = TipsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    shown = [label.text() for label in dialog.findChildren(QLabel)]
    for title, text in TIPS:
        assert title in shown and text in shown
    assert not_medical_advice() in shown
    assert dialog.windowTitle().startswith("Tips")
    dialog.grab().save(str(ARTIFACTS / "tips.png"))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()


def test_the_history_window_opens_the_tips(qtbot: QtBot, history: History) -> None:
    window = open_history_window(qtbot, history)
    window.tips_button.click()
    assert isinstance(window.tips, TipsDialog) and window.tips.isVisible()
    window.tips.close()


def test_the_pictures_at_the_players_size(qtbot: QtBot) -> None:
    """Saved for a person to look at; each must have a figure drawn in it."""
    folder = ARTIFACTS / "illustrations"
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted((assets_dir() / "illustrations").glob("*.svg")):
        image = illustration(path.stem, False).toImage()
        assert image.size().width() == ILLUSTRATION
        drawn = sum(
            1
            for y in range(0, ILLUSTRATION, 4)
            for x in range(0, ILLUSTRATION, 4)
            if image.pixelColor(x, y).alpha() > 0
        )
        assert drawn > 100, path.stem
        framed = QImage(image.size(), QImage.Format.Format_ARGB32)
        framed.fill(Qt.GlobalColor.white)
        painter = QPainter(framed)
        painter.drawImage(0, 0, image)
        painter.end()
        framed.save(str(folder / f"{path.stem}.png"))
