"""The settings window: the option pages generated from the schema (option_pages), the
start page's own rows (start_and_data), and Apply, OK and Close.

Apply runs the values through the same checks as the settings file: a broken
rule is shown next to its field in the schema's own words and nothing is saved;
otherwise their one owner (coach.app.settings.current) writes the file atomically and
uses them at once: its `changed` re-plans the app.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from coach.app.desktop.screen import fit_to_screen
from coach.app.settings.current import CurrentSettings
from coach.app.settings.option_pages import OptionPages, page_title
from coach.app.settings.start_and_data import StartAndData
from coach.core.i18n import translate
from coach.core.plan.reminders import in_effect, plan_problems
from coach.core.settings.option_types import FieldNote
from coach.core.settings.schema import START, Settings, settings_from_raw
from coach.core.system.autostart import Autostart


class SettingsWindow(QWidget):
    welcome_requested = Signal()

    def __init__(
        self,
        settings: CurrentSettings,
        autostart: Autostart | None = None,
        notes: Mapping[str, str | FieldNote] | None = None,
        *,
        today: dt.date,
        folders: Sequence[Path] = (),
    ) -> None:
        """`notes`: a line to show under an option's field (what this desktop allows);
        `today`: where an unset date field waits; `folders`: where the data is kept,
        besides the settings file's own folder."""
        super().__init__()
        # The window's name only: Qt adds " — Calf Coach" where the desktop shows titles.
        self.setWindowTitle(translate("settings", "Settings"))
        self.setObjectName("settings-window")
        self.settings = settings
        self.confirm: QMessageBox | None = None
        self.closing = False
        """True while OK saves: the window closes next, and a language chosen in it must
        not bring it back rebuilt (Apply does: the window stays)."""
        self.start = StartAndData(autostart, [settings.path.parent, *folders])
        self.start.welcome_button.clicked.connect(self.welcome_requested.emit)
        self.tabs = OptionPages(today, notes or {}, {START: self.start.widgets})
        self.tabs.restore_asked.connect(self.ask_restore)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Close
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.ok_button.clicked.connect(self._ok)
        # The one-key shortcuts, said on their buttons.
        self.ok_button.setToolTip(translate("settings", "Save and close (Enter)"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setToolTip(translate("settings", "Close (Esc)"))
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        QShortcut(QKeySequence("Escape"), self, self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.today = today
        self.show_settings(settings.value)
        self.tabs.watch_edits(self.status.clear)
        self.tabs.watch_edits(self._worked_out)
        fit_to_screen(self, 760, 640)

    def show_settings(self, settings: Settings) -> None:
        self.tabs.show_settings(settings)
        self.start.show_login()
        self.shown = self.tabs.raw()
        self._worked_out()

    def _worked_out(self, *_: object) -> None:
        """Under fields left to work themselves out: what they come to, as typed so far."""
        settings, problems = settings_from_raw(self.tabs.raw(), self.today)
        if not any(p.severity == "error" for p in problems):
            self.tabs.show_in_effect(in_effect(settings, self.today))

    def apply(self) -> bool:
        settings, problems = settings_from_raw(self.tabs.raw(), self.today)
        if not any(p.severity == "error" for p in problems):
            problems += plan_problems(settings)  # a plan in which a reminder never comes
        errors = [p for p in problems if p.severity == "error"]
        if errors:  # the focus moves first: its move would cut the problems short
            self.tabs.reveal(errors[0].key)
        elsewhere = self.tabs.show_problems(problems, self.palette())
        if errors:
            text = translate(
                "settings",
                "Nothing was saved: %n setting(s) to fix ({first}).",
                None,
                len(errors),
            )
            self.status.setText(text.format(first=self.tabs.named(errors[0])))
            return False
        error = self.settings.write(settings)  # the owner tells the app: it re-plans at once
        if error is not None:
            self.status.setText(error)
            return False
        self.start.apply_login()
        self.shown = self.tabs.raw()
        self.status.setText(" ".join([translate("settings", "Saved."), *elsewhere]))
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """Close, Esc or the window's X: changes not saved are not dropped unasked."""
        if self.tabs.raw() == self.shown or self.confirm is not None:
            super().closeEvent(event)
            return
        event.ignore()
        box = self.confirm = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("settings", "Settings"))
        box.setText(translate("settings", "Save your changes?"))
        box.setInformativeText(translate("settings", "Some settings were changed and not saved."))
        role = QMessageBox.ButtonRole
        save = box.addButton(translate("settings", "Save"), role.AcceptRole)
        drop = box.addButton(translate("settings", "Discard changes"), role.DestructiveRole)
        box.addButton(translate("settings", "Keep editing"), role.RejectRole)
        box.setDefaultButton(save)

        def answered() -> None:
            self.confirm = None
            if box.clickedButton() is save:
                self._ok()
            elif box.clickedButton() is drop:
                self.show_settings(self.settings.value)
                self.close()

        box.finished.connect(answered)
        box.open()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Enter is OK (apply and close), as in a dialog; fields pass it on to here."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._ok()
            return
        super().keyPressEvent(event)

    def _ok(self) -> None:
        self.closing = True
        if self.apply():
            self.close()
        self.closing = False

    # --- restoring defaults -----------------------------------------------------------------

    def ask_restore(self, page: str) -> None:
        """Ask first (without blocking): restore this page's defaults in the form."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("settings", "Restore defaults?"),
            translate(
                "settings",
                "Put every setting on the {page} page back to its default? "
                "Nothing is saved until you press Apply or OK.",
            ).format(page=page_title(page)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.finished.connect(
            lambda _=0, page=page: self._restored(page, box.clickedButton() is yes)
        )
        self.confirm = box
        box.open()

    def _restored(self, page: str, yes: bool) -> None:
        self.confirm = None
        if not yes:
            return
        self.tabs.restore_defaults(page)
        self.status.setText(
            translate("settings", "Defaults restored on this page; press Apply to save them.")
        )
