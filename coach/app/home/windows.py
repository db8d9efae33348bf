"""One of each window: opened on first use, brought forward when open; the history and
settings windows are rebuilt in a new language (the welcome and a cramp dialog, short
lived, keep theirs until closed). The history and settings windows, the welcome and the
cramp dialogs load on first use: an idle app needn't hold what it has not opened. A closed
window is deleted and built anew when next opened (coach.app.desktop.screen's
gone_when_closed); what the person chose in it (History's period and tab, the Settings
page) is kept here, small, and given to the next one. Before the first is built, the
style that sizes check boxes with the text goes on (coach.app.style.theme).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from coach.app.desktop.clock import Clock
from coach.app.desktop.screen import bring_forward, gone_when_closed
from coach.app.routines.library import RoutineLibrary
from coach.app.settings.current import CurrentSettings
from coach.app.style.theme import size_indicators_with_text
from coach.core.history.entry_checks import is_night
from coach.core.history.store import History
from coach.core.settings.option_types import FieldNote
from coach.core.settings.schema import Settings
from coach.core.system.autostart import Autostart

if TYPE_CHECKING:
    from coach.app.history.history_window import HistoryChoice, HistoryWindow
    from coach.app.history.log_dialogs import CrampDialog
    from coach.app.settings.settings_window import SettingsWindow
    from coach.app.settings.welcome_window import Welcome


def _discard(window: QWidget | None) -> bool:
    """Close and free a window (to be built again); whether it was open."""
    if window is None:
        return False
    shown = window.isVisible()
    window.hide()
    window.deleteLater()
    return shown


class WindowOpener(QObject):
    corrected = Signal()
    """The history window changed the log."""
    cramp_logged = Signal(object)
    """A CrampRecord saved in a cramp dialog."""
    try_bedtime = Signal()
    """The welcome's "Try the bedtime routine now"."""
    welcomed = Signal()
    """The welcome was answered and saved: the app says where it waits."""
    problems = Signal(str, list)
    """(title, lines) for the person: the welcome could not set start at login."""

    def __init__(
        self,
        history: History,
        clock: Clock,
        settings: CurrentSettings,
        routines: RoutineLibrary,
        autostart: Autostart | None = None,
        parent: QObject | None = None,
        notes: Callable[[], Mapping[str, str | FieldNote]] = dict,
        data_dir: Path | None = None,
    ) -> None:
        """`notes`: lines the settings window shows under options (what this desktop allows);
        `data_dir`: where the log is kept, shown in the settings window."""
        super().__init__(parent)
        self.notes = notes
        self.data_dir = data_dir
        self.history = history
        self.clock = clock
        self.settings = settings
        self.routines = routines
        self.autostart = autostart
        self.history_window: HistoryWindow | None = None
        self.settings_window: SettingsWindow | None = None
        self.welcome: Welcome | None = None
        self.dialogs: list[CrampDialog] = []
        self.tips: QWidget | None = None
        self.history_choice: HistoryChoice | None = None
        """The period and tab last chosen in History, for the next one to open on."""
        self.settings_page = 0
        """The Settings page last in sight, for the next one to open on."""

    @staticmethod
    def _styled() -> None:
        """Before building a window: check boxes and radio buttons sized with the text."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            size_indicators_with_text(app)

    def open_history(self) -> HistoryWindow:
        if self.history_window is None:
            self._styled()
            # Imported on first use: QtCharts costs memory an idle app needn't.
            from coach.app.history.history_window import HistoryWindow

            window = self.history_window = HistoryWindow(
                self.history,
                self.clock,
                self.settings,
                self.routines.helped_options(),
                self.routines.titles(),
                self.history_choice,
            )
            self.history_choice = window.choice
            window.changed.connect(self.corrected)
            gone_when_closed(window, lambda: self._forget_history(window))
        else:
            self.history_window.reload()
        bring_forward(self.history_window)
        return self.history_window

    def _forget_history(self, window: QWidget) -> None:
        if self.history_window is window:
            self.history_window = None

    def open_tips(self) -> None:
        from coach.app.history.tips_page import TipsDialog  # first use only

        if self.tips is None:
            self._styled()
            tips = self.tips = TipsDialog()
            gone_when_closed(tips, lambda: self._forget_tips(tips))
        bring_forward(self.tips)

    def _forget_tips(self, tips: QWidget) -> None:
        if self.tips is tips:
            self.tips = None

    def reload_history(self) -> None:
        """The log changed elsewhere: an open history window shows it."""
        if self.history_window is not None and self.history_window.isVisible():
            self.history_window.reload()

    def open_settings(self) -> SettingsWindow:
        if self.settings_window is None:
            from coach.app.settings.settings_window import SettingsWindow  # first use only

            self._styled()
            window = self.settings_window = SettingsWindow(
                self.settings,
                self.autostart,
                self.notes(),
                today=self.clock.now().date(),
                folders=[self.data_dir] if self.data_dir else [],
            )
            window.tabs.setCurrentIndex(self.settings_page)
            window.tabs.currentChanged.connect(self._settings_page_shown)
            window.welcome_requested.connect(lambda: self.open_welcome(first_run=False))
            gone_when_closed(window, lambda: self._forget_settings(window))
        elif not self.settings_window.isVisible():
            self.settings_window.show_settings(self.settings.value)
        bring_forward(self.settings_window)
        return self.settings_window

    def _settings_page_shown(self, page: int) -> None:
        self.settings_page = page

    def _forget_settings(self, window: QWidget) -> None:
        if self.settings_window is window:
            self.settings_window = None

    def show_settings(self) -> None:
        """New settings from elsewhere (the welcome): an open settings window shows them."""
        if self.settings_window is not None:
            self.settings_window.show_settings(self.settings.value)

    def open_welcome(self, *, first_run: bool = True) -> Welcome:
        """The first-run welcome (and again from Settings, `first_run` False); its answers are
        saved as settings, and start at login set by the autostart entry itself."""
        if self.welcome is None or not self.welcome.isVisible():
            from coach.app.settings.welcome_window import Welcome  # first use only

            self._styled()
            welcome = self.welcome = Welcome(
                self.clock,
                self.settings.value,
                self.settings.cannot_save(),
                self.autostart,
                first_run=first_run,
            )
            welcome.answered.connect(self._welcomed)
            welcome.problems.connect(self.problems)
            gone_when_closed(welcome, lambda: self._forget_welcome(welcome))
        bring_forward(self.welcome)
        return self.welcome

    def _forget_welcome(self, welcome: QWidget) -> None:
        if self.welcome is welcome:
            self.welcome = None

    def _welcomed(self, settings: Settings, try_now: bool) -> None:
        self.settings.save(settings)  # a file now exists: shown once
        self.show_settings()
        self.welcomed.emit()
        if try_now:
            self.try_bedtime.emit()

    def open_cramp_dialog(self, *, night: bool = False) -> CrampDialog:
        """The cramp log; one at a time: one already open comes forward as it is."""
        from coach.app.history.log_dialogs import CrampDialog  # first use only

        for open_one in self.dialogs:
            if isinstance(open_one, CrampDialog) and open_one.isVisible():
                bring_forward(open_one)
                return open_one
        night = night or is_night(self.clock.now())
        self._styled()
        dialog = CrampDialog(self.clock, self.routines.helped_options(), night=night)
        dialog.saved.connect(self.cramp_logged)
        dialog.finished.connect(lambda _=0: self._forget_dialog(dialog))
        gone_when_closed(dialog, lambda: self._forget_dialog(dialog))
        self.dialogs.append(dialog)
        bring_forward(dialog)
        return dialog

    def _forget_dialog(self, dialog: QWidget) -> None:
        self.dialogs = [kept for kept in self.dialogs if kept is not dialog]

    def rebuild(self) -> None:
        """The language changed: open windows are built again in it, each on the page
        it showed, and the one the person was in (Settings, where the language is
        chosen) in front again.

        Qt's LanguageChange event would ask every widget to re-set its texts;
        rebuilding the few windows that are open says the same with less code.
        """
        app = QApplication.instance()
        front = app.activeWindow() if isinstance(app, QApplication) else None
        closing = self.settings_window is not None and self.settings_window.closing
        again: list[tuple[bool, Callable[[], object]]] = []
        opened: tuple[tuple[QWidget | None, Callable[[], object]], ...] = (
            (self.history_window, self.open_history),
            (self.tips, self.open_tips),
            (self.settings_window, self.open_settings),
        )
        for window, reopen in opened:
            was_in_front = window is not None and window is front
            if _discard(window) and not (closing and window is self.settings_window):
                again.append((was_in_front, reopen))
        self.settings_window = self.history_window = self.tips = None
        for _, again_open in sorted(again, key=lambda item: item[0]):  # the front one last
            again_open()

    def close(self) -> None:
        """On quit: every window goes (hidden, not closed: a window that would ask about
        unsaved changes must not ask while the app is leaving)."""
        for window in (self.history_window, self.settings_window, self.welcome, self.tips):
            if window is not None:
                window.hide()
        for dialog in list(self.dialogs):
            dialog.hide()
            self.dialogs.remove(dialog)

    @property
    def history_open(self) -> bool:
        return self.history_window is not None and self.history_window.isVisible()

    def status(self) -> dict[str, Any]:
        """For `calf-coach status`: which windows and dialogs are open."""
        return {
            "welcome": self.welcome is not None and self.welcome.isVisible(),
            "history_window": self.history_open,
            "dialogs": [dialog.objectName() for dialog in self.dialogs],
        }
