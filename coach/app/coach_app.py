"""The running app: wires the actions, scheduler, reminder flow, tray and notices.

It answers commands from the command line (`handle`), shows problems found
before the UI existed once it does, and keeps a window open whenever the
desktop has no tray: it never runs invisible.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon, QWidget

from coach.app.actions import CoachActions
from coach.app.card import ReminderCard
from coach.app.clock import Clock
from coach.app.flow import ReminderFlow
from coach.app.language import install_language
from coach.app.notices import DesktopNotices
from coach.app.scheduler import ReminderScheduler
from coach.app.sleep_watch import SleepWatch
from coach.app.theme import apply_theme
from coach.app.tray import Tray
from coach.app.window import CoachWindow
from coach.core import pregnancy
from coach.core.assets import assets_dir
from coach.core.autostart import APP_NAME, Autostart
from coach.core.entries import entry_titles
from coach.core.history import CrampRecord, Entry, History, Outcome, SessionRecord, WaterRecord
from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.kinds import CardAction, ReminderKind, kind_named, kind_of
from coach.core.options import Problem
from coach.core.paths import Paths
from coach.core.reminders import Reminder, describe_next
from coach.core.routines import Routine, load_routines
from coach.core.settings import (
    DEFAULTS,
    Settings,
    check_settings_file,
    save_settings,
)
from coach.core.state import PAUSES, AppState, pause_end, save_state

if TYPE_CHECKING:
    # Each loads on first use: an idle app needn't hold the windows it has not opened.
    from coach.app.history_window import HistoryWindow
    from coach.app.log_dialogs import CrampDialog
    from coach.app.player_window import PlayerWindow
    from coach.app.settings_window import SettingsWindow
    from coach.app.sound import Chimes
    from coach.app.voice import Voice
    from coach.app.welcome import Welcome

log = logging.getLogger(__name__)

TRAY_WAIT_SECONDS = 5
TRAY_LATE_CHECKS = 24  # every 5 s: two more minutes
NO_TRAY = QT_TRANSLATE_NOOP(
    "coach",
    "No system tray was found on this desktop, so Calf Coach runs in this window. "
    "Reminders still come on time.",
)
CRAMP_NOW = "cramp-now"


def _discard(window: QWidget | None) -> bool:
    """Close and free a window (to be built again); whether it was open."""
    if window is None:
        return False
    shown = window.isVisible()
    window.hide()
    window.deleteLater()
    return shown


def _read_or_none(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


class CoachApp(QObject):
    def __init__(
        self,
        paths: Paths,
        clock: Clock,
        settings: Settings,
        history: History,
        state: AppState,
        notices: DesktopNotices | None = None,
        parent: QObject | None = None,
        routines: dict[str, Routine] | None = None,
        autostart: Autostart | None = None,
    ) -> None:
        super().__init__(parent)
        self.routines = routines or {}
        self.language: str | None = None
        """The language in use ("en", "ru"), once apply_look has chosen it."""
        self.player: PlayerWindow | None = None
        self.chimes: Chimes | None = None
        self.voice: Voice | None = None
        self.voice_on = False
        self.paths = paths
        self.clock = clock
        self.history = history
        self.actions = CoachActions(self)
        self.scheduler = ReminderScheduler(settings, clock, state, self)
        self.card = ReminderCard()
        self.tray = Tray(self.actions, self)
        self.flow = ReminderFlow(
            self.scheduler, history, clock, self.card, self, anchor=self.tray.icon.geometry
        )
        self.window: CoachWindow | None = None
        self.notices = notices
        self.told: list[QMessageBox] = []
        """Problems told and still on screen."""
        self.dialogs: list[CrampDialog] = []
        self.history_window: HistoryWindow | None = None
        self._water: tuple[dt.date, int] | None = None
        self.settings_window: SettingsWindow | None = None
        self.welcome: Welcome | None = None
        self.autostart = autostart
        self._tray_checks = 0
        self.tray_timer = QTimer(self)
        self.tray_timer.setSingleShot(True)
        self.tray_timer.timeout.connect(self._find_tray)
        self.keep_alive: object = None
        self.sleep_watch = SleepWatch(parent=self)
        self.settings_watch = QFileSystemWatcher([str(paths.config_dir)], self)
        self.settings_debounce = QTimer(self)
        self.settings_debounce.setSingleShot(True)
        self.settings_debounce.setInterval(500)
        self._settings_bytes = _read_or_none(paths.settings_file)
        self._wire()

    def _wire(self) -> None:
        a = self.actions
        a.drink.triggered.connect(self.drink_glass)
        a.resume.triggered.connect(self.resume)
        a.quit.triggered.connect(self.quit)
        for choice, action in a.pauses.items():
            action.triggered.connect(lambda _=False, choice=choice: self.pause(choice))
        a.bedtime.triggered.connect(lambda: self.open_routine("bedtime"))
        a.cramp_now.triggered.connect(lambda: self.open_routine("cramp-now"))
        a.undo_drink.triggered.connect(self.undo_glass)
        a.log_cramp.triggered.connect(lambda: self.open_cramp_dialog())
        a.history.triggered.connect(self.open_history)
        a.settings.triggered.connect(self.open_settings)
        self.scheduler.plan_changed.connect(self.refresh)
        self.scheduler.state_changed.connect(self.save_state)
        self.flow.acted.connect(self.act)
        self.flow.presented.connect(self.notify)
        self.flow.answered.connect(self._withdraw_notice)
        self.tray.clicked.connect(self.show_ui)
        self.sleep_watch.resumed.connect(self.scheduler.wake)
        self.settings_watch.directoryChanged.connect(lambda _: self.settings_debounce.start())
        self.settings_debounce.timeout.connect(self.reload_settings)
        if self.notices is not None:
            self.notices.clicked.connect(self.show_ui)
            self.notices.pressed.connect(self.notice_pressed)
            self.notices.unavailable.connect(self.notices_unavailable)

    # --- start and stop ---------------------------------------------------------------------

    def start(self, problems: list[str], *, welcome: bool = False) -> None:
        self._find_tray()
        self.scheduler.start()
        self.refresh()
        if problems:
            self.tell(translate("coach", "Calf Coach found problems"), problems)
        if welcome:
            self.open_welcome()

    @Slot()
    def open_welcome(self) -> Welcome:
        """The first-run welcome (and again from Settings); its answers are saved as settings."""
        if self.welcome is None or not self.welcome.isVisible():
            from coach.app.welcome import Welcome  # first use only: an idle app needn't load it

            self.welcome = Welcome(self.clock, self.scheduler.settings)
            self.welcome.answered.connect(self.welcomed)
        self.welcome.show()
        self.welcome.raise_()
        self.welcome.activateWindow()
        return self.welcome

    @Slot(object, bool)
    def welcomed(self, settings: Settings, try_now: bool) -> None:
        save_settings(self.paths.settings_file, settings)  # a file now exists: shown once
        self.settings_applied(settings)
        if self.settings_window is not None:
            self.settings_window.show_settings(settings)
        if try_now:
            self.open_routine("bedtime")

    def _find_tray(self) -> None:
        """At login the tray often appears seconds after the app (tint2 takes 15 s).

        Check every second at first, then open the window so that nothing is
        invisible, and keep looking every few seconds for two minutes: when a
        tray turns up, move into it.
        """
        self._tray_checks += 1
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.show()
            log.info("tray icon shown")
            if self.window is not None:
                self.window.hide()
                text = translate("coach", "Calf Coach now lives in the system tray.")
                self.tray.message(APP_NAME, text)
            return
        if self._tray_checks == TRAY_WAIT_SECONDS:
            log.info("no system tray yet: using a window")
            self.open_window()
        if self._tray_checks < TRAY_WAIT_SECONDS:
            self.tray_timer.start(1000)
        elif self._tray_checks < TRAY_WAIT_SECONDS + TRAY_LATE_CHECKS:
            self.tray_timer.start(5000)

    def open_window(self) -> None:
        if self.window is None:
            self.window = CoachWindow(self.actions, translate("coach", NO_TRAY))
            self.refresh()
        self.window.showNormal()
        self.window.raise_()

    @Slot()
    def quit(self) -> None:
        log.info("quitting")
        self.scheduler.stop()
        self.tray_timer.stop()
        self.save_state(self.scheduler.state)
        if self.notices is not None:
            self.notices.stop()
        if self.window is not None:
            self.window.quitting = True
            self.window.close()
        self.flow.close()
        if self.player is not None and self.player.isVisible():
            self.player.player.finish()
            self.player.hide()
            self.record_session(self.player.session())
        self.tray.icon.hide()
        self.history.close()
        QApplication.quit()

    # --- what the person does ---------------------------------------------------------------

    @Slot()
    def drink_glass(self) -> None:
        ml = self.scheduler.settings.water.glass_ml
        self.history.record_water(WaterRecord(self.clock.now(), ml))
        log.info("water %d ml", ml)
        self.logged()
        total, goal = self.water_today()
        text = translate("coach", "Logged a glass of water ({ml} ml): {total} of {goal} ml today.")
        self.tray.message(APP_NAME, text.format(ml=ml, total=total, goal=goal))

    @Slot()
    def undo_glass(self) -> None:
        """Take back today's latest drink (a slip of the finger); it can be undone in History."""
        since, until = self._today()
        drinks = self.history.water(since, until)
        if not drinks:
            self.tray.message(APP_NAME, translate("coach", "No water was logged today."))
            return
        last = drinks[-1]
        assert last.id is not None
        self.history.delete(Entry.WATER, last.id, self.clock.now())
        log.info("water entry %d taken back", last.id)
        self.logged()
        total, goal = self.water_today()
        text = translate("coach", "Took back {ml} ml: {total} of {goal} ml today.")
        self.tray.message(APP_NAME, text.format(ml=last.ml, total=total, goal=goal))

    def _today(self) -> tuple[dt.datetime, dt.datetime]:
        now = self.clock.now()
        start = now.replace(hour=0, minute=0, second=0, microsecond=0)
        return start, now + dt.timedelta(days=1)

    def water_today(self) -> tuple[int, int]:
        """(ml drunk today, the goal). The sum is kept until the log changes or the day
        does, so the minute heartbeat that refreshes the tooltip reads nothing from disk."""
        since, until = self._today()
        if self._water is None or self._water[0] != since.date():
            self._water = (since.date(), sum(w.ml for w in self.history.water(since, until)))
        return self._water[1], self.scheduler.settings.water.goal_ml

    @Slot()
    def corrected(self) -> None:
        """The history window changed the log: today's sum must be read again."""
        self._water = None
        self.refresh()

    def logged(self) -> None:
        """Something was logged here or from the command line."""
        self.corrected()
        if self.history_window is not None and self.history_window.isVisible():
            self.history_window.reload()

    def open_cramp_dialog(self, *, night: bool = False) -> CrampDialog:
        from coach.app.log_dialogs import CrampDialog  # first use only

        dialog = CrampDialog(self.clock, self.helped_options(), night=night)
        dialog.saved.connect(self.record_cramp)
        dialog.finished.connect(lambda _=0: self.dialogs.remove(dialog))
        self.dialogs.append(dialog)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    @Slot(object)
    def record_cramp(self, record: CrampRecord) -> None:
        self.history.record_cramp(record)
        log.info(
            "cramp logged: %s, %d/10%s",
            record.leg,
            record.severity,
            ", warning signs" if record.signs else "",
        )
        self.logged()

    def helped_options(self) -> list[str]:
        """What may have helped: the steps of the cramp-now routine, by title."""
        routine = self.routines.get(CRAMP_NOW)
        return list(dict.fromkeys(step.title for step in routine.steps)) if routine else []

    def titles(self) -> dict[str, str]:
        """Names for routines and reminder kinds in the history table."""
        return entry_titles(self.routines.values())

    @Slot()
    def open_settings(self) -> SettingsWindow:
        if self.settings_window is None:
            from coach.app.settings_window import SettingsWindow  # first use only, as above

            self.settings_window = SettingsWindow(
                self.paths.settings_file, self.scheduler.settings, self.autostart
            )
            self.settings_window.applied.connect(self.settings_applied)
            self.settings_window.welcome_requested.connect(self.open_welcome)
        elif not self.settings_window.isVisible():
            self.settings_window.show_settings(self.scheduler.settings)
        self.settings_window.showNormal()
        self.settings_window.raise_()
        self.settings_window.activateWindow()
        return self.settings_window

    @Slot(object)
    def settings_applied(self, settings: Settings) -> None:
        """Saved from the settings window: re-plan at once (the file watcher then sees
        nothing new, since the bytes it knows are these)."""
        self._settings_bytes = _read_or_none(self.paths.settings_file)
        log.info("settings applied: re-planning")
        self.apply_look(settings)
        self.scheduler.set_settings(settings)

    def apply_look(self, settings: Settings) -> None:
        """The theme and the language the settings ask for, applied at once."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, settings.theme)
        language = install_language(settings.language)
        if language != self.language:
            retranslate = self.language is not None
            self.language = language
            if retranslate:
                self.retranslate()

    def load_routines(self) -> list[str]:
        """(Re)load the routines in the app's language; the files' problems, as lines to tell."""
        folders = [assets_dir() / "routines", self.paths.routines_dir]
        routines, problems = load_routines(folders, self.language or "en")
        self.routines = {routine.id: routine for routine in routines}
        skipped = translate("coach", "Routine skipped: {problem}")
        return [skipped.format(problem=problem) for problem in problems]

    def retranslate(self) -> None:
        """The language changed: menus and the card now, open windows rebuilt in it.

        Qt's LanguageChange event would ask every widget to re-set its texts;
        rebuilding the few windows that are open says the same with less code.
        """
        log.info("language now %s", self.language)
        for line in self.load_routines():
            log.warning("%s", line)
        self.actions.retranslate()
        self.tray.retranslate()
        self.card.retranslate()
        if self.window is not None:
            self.window.reason.setText(translate("coach", NO_TRAY))
        self.refresh()
        settings_shown = _discard(self.settings_window)
        history_shown = _discard(self.history_window)
        self.settings_window = self.history_window = None
        if settings_shown:
            self.open_settings()
        if history_shown:
            self.open_history()

    @Slot()
    def open_history(self) -> HistoryWindow:
        if self.history_window is None:
            # Imported on first use: QtCharts and the PDF writer cost memory an idle app needn't.
            from coach.app.history_window import HistoryWindow

            self.history_window = HistoryWindow(
                self.history,
                self.clock,
                lambda: self.scheduler.settings,
                self.helped_options(),
                self.titles(),
            )
            self.history_window.changed.connect(self.corrected)
        else:
            self.history_window.reload()
        self.history_window.showNormal()
        self.history_window.raise_()
        self.history_window.activateWindow()
        return self.history_window

    def pause(self, choice: str) -> None:
        until = pause_end(choice, self.scheduler.settings, self.clock.now())
        self.scheduler.pause(until)
        log.info("paused until %s", until.isoformat())

    @Slot()
    def resume(self) -> None:
        self.scheduler.resume()
        log.info("resumed")

    @Slot(object)
    def act(self, reminder: Reminder) -> None:
        """The card's main button: do what it says."""
        kind = kind_of(reminder.kind)
        if kind.action is CardAction.LOG_GLASS:
            self.drink_glass()
        elif kind.action is CardAction.OPEN_ROUTINE and kind.routine is not None:
            self.open_routine(kind.routine)

    def open_routine(self, routine_id: str) -> None:
        """Open the player (one at a time: an open one is brought forward)."""
        if self.player is not None and self.player.isVisible():
            self.player.raise_()
            self.player.activateWindow()
            return
        routine = self.routines.get(routine_id)
        if routine is None:
            text = translate("coach", "There is no routine called {name}.")
            self.tell(APP_NAME, [text.format(name=repr(routine_id))])
            return
        from coach.app.player_window import PlayerWindow  # first use only, with its sound
        from coach.app.sound import Chimes
        from coach.app.voice import Voice

        if self.chimes is None or self.chimes.settings != self.scheduler.settings.sound:
            self.chimes = Chimes(self.scheduler.settings.sound, self)
        if self.voice is None or self.voice_on != self.scheduler.settings.sound.voice:
            self.voice_on = self.scheduler.settings.sound.voice
            self.voice = Voice(self.voice_on, self)
        self.player = PlayerWindow(routine, self.clock, self.chimes, self.voice)
        self.player.ended.connect(self.record_session)
        self.player.log_cramp.connect(lambda: self.open_cramp_dialog(night=routine_id == CRAMP_NOW))
        self.player.start()
        log.info("routine %s started", routine_id)

    @Slot(object)
    def record_session(self, session: SessionRecord) -> None:
        self.history.record_session(session)
        log.info(
            "routine %s %s after %s s",
            session.routine,
            "finished" if session.finished else "stopped",
            session.seconds,
        )

    @Slot()
    def show_ui(self) -> None:
        """Bring up what is waiting: the card if a reminder is up, else the window or menu."""
        if self.flow.current is not None:
            self.card.show()
            self.card.raise_()
            self.card.activateWindow()
        elif self.window is not None:
            self.open_window()
        else:
            self.tray.message(
                APP_NAME,
                describe_next(
                    self.scheduler.next_reminder(), self.clock.now(), self.scheduler.paused_until()
                ),
            )

    def remind(self, kind: ReminderKind) -> None:
        now = self.clock.now()
        self.flow.offer(Reminder(kind, now, now.time().replace(second=0, microsecond=0)))

    # --- notifications --------------------------------------------------------------------

    @Slot(object)
    def notify(self, reminder: Reminder) -> None:
        text = reminder.text
        if self.notices is not None and self.notices.available is not False:
            self.notices.show(
                f"{APP_NAME}: {text.title}",
                text.why,
                [
                    (Outcome.DONE.value, text.action),
                    (Outcome.SNOOZED.value, translate("coach", "Snooze")),
                    (Outcome.SKIPPED.value, translate("coach", "Skip")),
                ],
            )
        elif self.tray.icon.isVisible():
            self.tray.message(f"{APP_NAME}: {text.title}", text.why)

    @Slot(str)
    def notice_pressed(self, key: str) -> None:
        self.flow.answer(Outcome(key))

    @Slot(str)
    def notices_unavailable(self, reason: str) -> None:
        log.info("desktop notifications unavailable (%s): using the tray balloon", reason)
        current = self.flow.current
        if current is not None and self.tray.icon.isVisible():
            self.tray.message(f"{APP_NAME}: {current.text.title}", current.text.why)

    def _withdraw_notice(self, _reminder: Reminder, _outcome: Outcome) -> None:
        if self.notices is not None and self.notices.available:
            self.notices.withdraw()

    @Slot()
    def reload_settings(self) -> None:
        """The settings file changed (edited by hand): re-plan at once.

        Read-only, unlike loading at start: a file with a syntax error is the
        person's work in progress, so it is reported and left where it is, and
        the settings in use stay as they were.
        """
        data = _read_or_none(self.paths.settings_file)
        if data == self._settings_bytes:
            return
        self._settings_bytes = data
        problems: list[Problem] = []
        settings = DEFAULTS
        if data is not None:
            settings, problems = check_settings_file(self.paths.settings_file)
        errors = [p for p in problems if p.severity == "error" and not p.key]
        if errors:
            self.tell(
                translate("coach", "Calf Coach kept its settings"),
                [f"{self.paths.settings_file.name}: {p}" for p in errors],
            )
            return
        if problems:
            self.tell(
                translate("coach", "Calf Coach found problems"),
                [f"{self.paths.settings_file.name}: {p}" for p in problems],
            )
        log.info("settings changed: re-planning")
        self.apply_look(settings)
        self.scheduler.set_settings(settings)

    # --- what the app shows and keeps -------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        now = self.clock.now()
        paused = self.scheduler.paused_until()
        text = describe_next(self.scheduler.upcoming, now, paused)
        self.actions.next_up.setText(text)
        self.actions.show_paused(paused is not None)
        total, goal = self.water_today()
        water = translate("coach", "Water today: {total} of {goal} ml").format(
            total=total, goal=goal
        )
        self.actions.water_today.setText(water)
        self.tray.show_next(f"{text}\n{water}", paused is not None)
        if self.window is not None:
            self.window.show_next(text)

    @Slot(object)
    def save_state(self, state: AppState) -> None:
        save_state(self.paths.state_file, state)

    def tell(self, title: str, lines: list[str]) -> None:
        """The one channel for problems found before the UI existed."""
        for line in lines:
            log.warning("%s", line)
        box = QMessageBox(QMessageBox.Icon.Warning, title, "\n\n".join(lines))
        box.setModal(False)
        box.finished.connect(lambda _=0, box=box: self.told.remove(box))
        self.told.append(box)
        box.show()

    def status(self) -> dict[str, Any]:
        now = self.clock.now()
        upcoming = self.scheduler.next_reminder()
        paused = self.scheduler.paused_until()
        geometry = self.tray.icon.geometry()
        return {
            "running": True,
            "paused_until": paused.isoformat(timespec="seconds") if paused else None,
            "next": upcoming.to_json() if upcoming else None,
            "week": pregnancy.week_on(self.scheduler.settings.pregnancy, now.date()),
            "water_today_ml": self.water_today()[0],
            "language": self.language,
            "tray": {
                "available": QSystemTrayIcon.isSystemTrayAvailable(),
                "visible": self.tray.icon.isVisible(),
                "geometry": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
            },
            "window": self.window is not None and self.window.isVisible(),
            "history_window": self.history_window is not None and self.history_window.isVisible(),
            "dialogs": [dialog.objectName() for dialog in self.dialogs],
            "player": self.player.player.routine.id
            if self.player is not None and self.player.isVisible()
            else None,
            "card": {
                "kind": self.flow.current.kind if self.flow.current else None,
                "waiting": len(self.flow.waiting),
            },
        }

    def handle(self, request: dict[str, Any]) -> dict[str, Any]:
        """A command from the command line (see coach.cli)."""
        command = request.get("command")
        if command == "status":
            return {"ok": True, "status": self.status()}
        if command == "show":
            self.show_ui()
        elif command == "remind":
            self.remind(kind_named(str(request["kind"])))
        elif command == "routine":
            if request.get("id") not in self.routines:
                raise ValueError(f"no routine {request.get('id')!r}: try `calf-coach routines`")
            self.open_routine(request["id"])
        elif command == "pause":
            if request.get("duration") not in PAUSES:
                raise ValueError(f"pause takes one of {', '.join(PAUSES)}")
            self.pause(request["duration"])
        elif command == "resume":
            self.resume()
        elif command == "logged":
            self.logged()
        elif command == "history":
            self.open_history()
        elif command == "log-cramp":
            self.open_cramp_dialog()
        elif command == "quit":
            QTimer.singleShot(0, self.quit)  # after this reply is written
        else:
            raise ValueError(f"unknown command {command!r}")
        return {"ok": True, "status": self.status()}
