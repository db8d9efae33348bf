"""Logging a cramp or a drink: quick, checked by the core's rules, warning signs shown at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from coach.app.history.log_dialogs import CrampDialog, WaterDialog
from coach.core.history.entry_checks import WARNING_SIGNS
from coach.core.history.records import CrampRecord, WaterRecord
from tests.helpers import FakeClock, at

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "qt"
HELPED = ["Breathe", "Pull the toes towards you", "Massage the calf"]


def open_dialog(qtbot: QtBot, clock: FakeClock, **kwargs: object) -> CrampDialog:
    dialog = CrampDialog(clock, HELPED, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # not a leftover window
    return dialog


def test_choosing_the_leg_and_pressing_enter_logs_a_cramp_now(qtbot: QtBot) -> None:
    clock = FakeClock(at("2026-06-10 03:25"))
    dialog = open_dialog(qtbot, clock)
    saved: list[CrampRecord] = []
    dialog.saved.connect(saved.append)
    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert dialog.leg.checkedButton() is None  # its click is still animating, yet
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # Enter at once means "left"
    assert dialog.error.text() == ""
    assert saved == [CrampRecord(at("2026-06-10 03:25"), "left", 5)]
    assert not dialog.isVisible()


def test_every_field_reaches_the_record(qtbot: QtBot) -> None:
    clock = FakeClock(at("2026-06-10 07:30"))
    dialog = open_dialog(qtbot, clock)
    saved: list[CrampRecord] = []
    dialog.saved.connect(saved.append)
    dialog.when.night_button.click()
    assert dialog.when.value() == at("2026-06-10 03:00")
    dialog.when.edit.setTime(dialog.when.edit.time().addSecs(10 * 60))
    dialog.findChild(type(dialog.leg.buttons()[0]), "both").click()  # type: ignore[union-attr]
    dialog.findChild(type(dialog.leg.buttons()[0]), "foot").click()  # type: ignore[union-attr]
    dialog.severity.setValue(8)
    assert dialog.severity_label.text() == "8 / 10 (severe)"
    dialog.minutes.setValue(3)
    dialog.helped[1].setChecked(True)
    dialog.note.setPlainText("woke me up")
    dialog.save_button.click()
    assert saved == [
        CrampRecord(
            at("2026-06-10 03:10"),
            "both",
            8,
            "foot",
            3,
            ("Pull the toes towards you",),
            (),
            "woke me up",
        )
    ]


def test_a_warning_sign_brings_the_get_it_checked_message_at_once(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, FakeClock(at("2026-06-10 07:30")))
    assert not dialog.warning.isVisible()
    dialog.signs["swelling"].click()
    assert dialog.warning.isVisible()
    assert dialog.warning.text() == WARNING_SIGNS
    assert "need checking promptly" in dialog.warning.text()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(ARTIFACTS / "cramp-dialog-warning.png"))
    dialog.signs["swelling"].click()
    assert not dialog.warning.isVisible()


def test_without_a_leg_or_with_a_future_time_nothing_is_saved(qtbot: QtBot) -> None:
    clock = FakeClock(at("2026-06-10 07:30"))
    dialog = open_dialog(qtbot, clock)
    saved: list[CrampRecord] = []
    dialog.saved.connect(saved.append)
    dialog.save_button.click()
    assert dialog.error.text() == "Not saved: see Leg", "in words, naming the field"
    leg = dialog.findChild(QLabel, "error-leg")
    assert leg is not None and leg.isVisible(), "said beside the field to change"
    assert leg.text() == "Choose left, right or both"
    assert QApplication.focusWidget() is dialog.leg.buttons()[0]
    dialog.leg.buttons()[1].click()
    dialog.when.set(at("2026-06-10 09:00"))
    dialog.save_button.click()
    assert saved == []
    assert dialog.isVisible()
    assert dialog.error.text() == "Not saved: see When"
    when = dialog.findChild(QLabel, "error-at")
    assert when is not None and when.text().startswith("2026-06-10 09:00 is in the future")
    assert not leg.isVisible(), "the leg's problem is gone once a leg is chosen"


def test_leaving_a_filled_in_entry_asks_first_and_keeping_it_keeps_it(qtbot: QtBot) -> None:
    """Esc on a cramp with a warning sign ticked: nothing is thrown away unasked."""
    dialog = open_dialog(qtbot, FakeClock(at("2026-06-10 07:30")))
    dialog.signs["swelling"].click()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    asking = dialog.asking
    assert asking is not None and asking.isVisible() and dialog.isVisible()
    assert asking.text() == "Throw away this entry?"
    keep = asking.defaultButton()
    assert keep is not None and keep.text() == "Keep editing", "the safe choice is the default"
    keep.click()
    assert dialog.isVisible() and dialog.signs["swelling"].isChecked()
    dialog.reject()
    asking = dialog.asking
    assert asking is not None
    throw = next(b for b in asking.buttons() if b.text() == "Throw away")
    throw.click()
    assert not dialog.isVisible()
    untouched = open_dialog(qtbot, FakeClock(at("2026-06-10 07:30")))
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert not untouched.isVisible() and untouched.asking is None, "nothing to lose: no question"


def test_editing_shows_the_entry_as_it_was(qtbot: QtBot) -> None:
    record = CrampRecord(
        at("2026-06-09 02:40"), "right", 9, "thigh", 4, ("Breathe",), ("redness",), "x"
    )
    dialog = open_dialog(qtbot, FakeClock(at("2026-06-10 07:30")), record=record)
    saved: list[CrampRecord] = []
    dialog.saved.connect(saved.append)
    assert dialog.windowTitle() == "Edit a cramp"
    assert dialog.warning.isVisible()
    dialog.save_button.click()
    assert saved == [record]


def test_a_drink_of_any_size(qtbot: QtBot) -> None:
    clock = FakeClock(at("2026-06-10 10:00"))
    dialog = WaterDialog(clock, 250)
    qtbot.addWidget(dialog)
    saved: list[WaterRecord] = []
    dialog.saved.connect(saved.append)
    dialog.show()
    assert dialog.ml.value() == 250
    dialog.ml.setValue(400)
    dialog.save_button.click()
    assert saved == [WaterRecord(at("2026-06-10 10:00"), 400)]


def test_in_russian_a_missing_leg_is_said_beside_the_leg_too(qtbot: QtBot) -> None:
    """The problem's field key was translated with its text ("нога: ..."), so the Russian
    dialog said it only at the bottom, with the key run into the sentence."""
    from coach.app.style.language import install_language

    install_language("ru")
    try:
        dialog = open_dialog(qtbot, FakeClock(at("2026-06-10 07:30")))
        dialog.save_button.click()
        leg = dialog.findChild(QLabel, "error-leg")
        assert leg is not None and leg.isVisible()
        assert leg.text() == "Выберите левую, правую или обе"  # noqa: RUF001
        assert dialog.error.text() == "Не сохранено — проверьте: Нога"  # noqa: RUF001
    finally:
        install_language("en")
