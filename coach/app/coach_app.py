"""The running app: builds the parts and wires them. It keeps the language in use and
what the card's main button does for each kind; every other job is a part's:

- settings: CurrentSettings (load, watch the file, save; `changed`, `value`)
- the log: HistoryWriter (water, cramps, sessions, reminder rows, today's totals)
- reminders: ReminderScheduler (one timer, the heartbeat, pauses; the agenda in core
  decides), ReminderFlow (the card and its history rows), ReminderNotices (the
  desktop notification that mirrors the card)
- the desktop: AttentionWatch (away, locked, do not disturb, full screen), GlobalKey
  (the key from anywhere), SleepWatch (the laptop waking up)
- routines: RoutineLibrary (routines in the language, the player, sound and voice)
- its memory between runs: StateFile (a pause, the last check)
- what the person sees: CoachActions (every command as an action), TrayOrWindow (the
  tray icon, or a window), Glance (what they say at a glance), WindowOpener (one of
  each window), ProblemBox (problems to tell)
- commands: CommandHandler (coach.core.plan.commands, shared with the command line)
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from coach.app.command_handlers import CommandHandler
from coach.app.desktop.attention_readers import AttentionWatch, Reader, desktop_readers
from coach.app.desktop.clock import Clock
from coach.app.desktop.global_key import GlobalKey
from coach.app.desktop.sleep_watch import SleepWatch
from coach.app.history.writer import HistoryWriter
from coach.app.home.actions import CoachActions
from coach.app.home.glance import Glance
from coach.app.home.tray_or_window import TrayOrWindow
from coach.app.home.windows import WindowOpener
from coach.app.problem_box import ProblemBox
from coach.app.reminders.card_flow import ReminderFlow
from coach.app.reminders.mirror_notice import ReminderNotices
from coach.app.reminders.notices import Notices
from coach.app.reminders.scheduler import ReminderScheduler
from coach.app.routines.library import (
    BEDTIME,
    CRAMP_NOW,
    ChimesFactory,
    RoutineLibrary,
    VoiceFactory,
    real_chimes,
    real_voice,
)
from coach.app.settings.current import CurrentSettings
from coach.app.state_file import StateFile
from coach.app.status import app_status, log_desktop
from coach.app.style.language import install_language
from coach.app.style.theme import apply_theme
from coach.core.history.store import History
from coach.core.i18n import translate
from coach.core.plan.reminders import Reminder
from coach.core.plan.run_state import AppState
from coach.core.settings.kinds import CardAction, kind_named, kind_of
from coach.core.settings.schema import Settings
from coach.core.system.autostart import Autostart
from coach.core.system.paths import Paths

if TYPE_CHECKING:
    from coach.app.reminders.card import ReminderCard

log = logging.getLogger(__name__)


class CoachApp(QObject):
    def __init__(
        self,
        paths: Paths,
        clock: Clock,
        settings: Settings,
        history: History,
        state: AppState,
        notices: Notices | None = None,
        parent: QObject | None = None,
        autostart: Autostart | None = None,
        chimes: ChimesFactory = real_chimes,
        voice: VoiceFactory = real_voice,
        desktop: Sequence[Reader] | None = None,
        icon: QSystemTrayIcon | None = None,
    ) -> None:
        """`desktop`: where the person's attention is read from (None: this desktop's own
        readers; tests give a fake); `icon`: the tray icon, if it was put up before the
        app was loaded."""
        super().__init__(parent)
        self.paths = paths
        self.clock = clock
        self.history = history
        self.language: str | None = None
        """The language in use ("en", "ru"), once apply_look has chosen it."""
        self.actions = CoachActions(self)
        self.settings = CurrentSettings(
            paths.settings_file, settings, lambda: clock.now().date(), self
        )
        self.log = HistoryWriter(history, clock, self.settings, self)
        self.routines = RoutineLibrary(paths, clock, self.settings, chimes, voice, self)
        away = lambda: self.settings.value.attention.away_after_minutes * 60.0  # noqa: E731
        readers = desktop_readers(away_after=away) if desktop is None else desktop
        self.attention = AttentionWatch(readers, self.settings)
        self.scheduler = ReminderScheduler(self.settings, clock, state, self, self.attention)
        self.tray_or_window = TrayOrWindow(self.actions, self, icon)
        self.flow = ReminderFlow(
            self.scheduler, self.log, clock, self, self.tray_or_window.tray.icon.geometry
        )
        self.notices = ReminderNotices(notices, self.flow, self.tray_or_window, self)
        self.global_key = GlobalKey(self, home=paths.home)
        self.windows = WindowOpener(
            history,
            clock,
            self.settings,
            self.routines,
            autostart,
            self,
            notes=lambda: {"cramp_key": self.global_key.field_note(), **self.attention.notes()},
            data_dir=paths.data_dir,
        )
        self.glance = Glance(
            self.actions,
            self.tray_or_window,
            self.scheduler,
            self.flow,
            self.log,
            self.settings,
            clock,
        )
        self.problem_box = ProblemBox(self)
        self.sleep_watch = SleepWatch(parent=self)
        self.commands = CommandHandler(
            {
                "show": lambda _: self.show_ui(),
                "remind": lambda a: self.remind(a["kind"]),
                "routine": lambda a: self.open_routine(a["id"]),
                "pause": lambda a: self.scheduler.pause_for(a["duration"]),
                "resume": lambda _: self.scheduler.resume(),
                "logged": lambda _: self.log.logged(),
                "history": lambda _: self.windows.open_history(),
                "log-cramp": lambda _: self.windows.open_cramp_dialog(),
                "quit": lambda _: QTimer.singleShot(0, self.quit),  # after the reply is written
            },
            self.status,
        )
        self.keep_alive: object = None
        self.state_file = StateFile(paths.state_file)
        self._wire(notices)

    def _wire(self, notices: Notices | None) -> None:
        a, log_, routines, windows = self.actions, self.log, self.routines, self.windows
        a.drink.triggered.connect(log_.drink_glass)
        a.undo_drink.triggered.connect(log_.undo_glass)
        a.resume.triggered.connect(self.scheduler.resume)
        a.quit.triggered.connect(self.quit)
        for choice, action in a.pauses.items():
            action.triggered.connect(
                lambda _=False, choice=choice: self.scheduler.pause_for(choice)
            )
        a.bedtime.triggered.connect(lambda: routines.open(BEDTIME))
        a.cramp_now.triggered.connect(lambda: routines.open(CRAMP_NOW))
        self.global_key.pressed.connect(lambda: routines.open(CRAMP_NOW))
        a.log_cramp.triggered.connect(lambda: windows.open_cramp_dialog())
        a.history.triggered.connect(windows.open_history)
        a.tips.triggered.connect(windows.open_tips)
        self.tray_or_window.opened.connect(self.refresh)
        a.settings.triggered.connect(windows.open_settings)
        self.settings.changed.connect(self.apply)
        self.settings.problems.connect(self.problem_box.tell)
        log_.changed.connect(self.refresh)
        log_.changed.connect(windows.reload_history)
        log_.said.connect(self.tray_or_window.message)
        log_.problems.connect(self.problem_box.tell)
        windows.corrected.connect(self.corrected)
        windows.cramp_logged.connect(log_.record_cramp)
        windows.try_bedtime.connect(lambda: routines.open(BEDTIME))
        windows.welcomed.connect(self.glance.after_welcome)
        windows.problems.connect(self.problem_box.tell)
        routines.ended.connect(log_.record_session)
        routines.log_cramp.connect(lambda night: windows.open_cramp_dialog(night=night))
        routines.problems.connect(self.problem_box.tell)
        self.scheduler.plan_changed.connect(self.refresh)
        self.scheduler.attention_changed.connect(lambda _: self.refresh())
        self.scheduler.state_changed.connect(self.state_file.save)
        self.flow.acted.connect(self.act)
        self.flow.presented.connect(lambda _: self.refresh())
        self.flow.answered.connect(lambda *_: self.refresh())
        self.flow.told.connect(self.tray_or_window.message)
        self.tray_or_window.tray.clicked.connect(self.show_ui)
        self.sleep_watch.resumed.connect(self.scheduler.wake)
        if notices is not None:
            notices.clicked.connect(self.show_ui)

    # --- start and stop ---------------------------------------------------------------------

    def start(self, problems: list[str], *, welcome: bool = False) -> None:
        self.tray_or_window.find_tray()
        self.global_key.register(self.settings.value.cramp_key)
        log_desktop((self.tray_or_window, self.notices, self.attention, self.global_key))
        self.scheduler.start()
        self.refresh()
        if problems:
            self.problem_box.tell(translate("coach", "Calf Coach found problems"), problems)
        if welcome:
            self.windows.open_welcome()

    def quit(self) -> None:
        log.info("quitting")
        self.close()
        QApplication.quit()

    def close(self) -> None:
        """Stop everything and keep what is owed to the history: what is up or waiting is
        recorded as expired, a routine playing as a session. Nothing runs afterwards."""
        self.scheduler.stop()
        self.state_file.save(self.scheduler.state)
        self.notices.stop()
        self.flow.close()
        self.routines.stop()
        self.tray_or_window.close()
        self.windows.close()
        self.problem_box.close()
        self.global_key.release()
        self.sleep_watch.stop()
        self.settings.stop()
        self.log.close()

    # --- settings and language --------------------------------------------------------------

    def apply(self, settings: Settings) -> None:
        """New settings in use: the look and the plan follow at once."""
        log.info("settings in use changed: re-planning")
        self.apply_look(settings)
        self.scheduler.replan()
        self.global_key.register(settings.cramp_key)

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
        """(Re)load the routines in the app's language; the files' problems, as lines."""
        return self.routines.load(self.language or "en")

    def retranslate(self) -> None:
        """The language changed: menus and the card now, open windows rebuilt in it."""
        log.info("language now %s", self.language)
        for line in self.load_routines():
            log.warning("%s", line)
        self.actions.retranslate()
        self.tray_or_window.retranslate()
        if self.flow.built_card is not None:
            self.flow.built_card.retranslate()
        self.refresh()
        self.windows.rebuild()

    # --- what the person asks for -----------------------------------------------------------

    def open_routine(self, routine_id: str) -> None:
        if routine_id not in self.routines.routines:
            raise ValueError(f"no routine {routine_id!r}: try `calf-coach routines`")
        self.routines.open(routine_id)

    def act(self, reminder: Reminder) -> None:
        """The card's main button: do what the kind declares."""
        kind = kind_of(reminder.kind)
        if kind.action is CardAction.LOG_GLASS:
            self.log.drink_glass()
        elif kind.action is CardAction.OPEN_ROUTINE and kind.routine is not None:
            self.routines.open(kind.routine)

    @property
    def card(self) -> ReminderCard:
        """The reminder card (built with the first reminder)."""
        return self.flow.card

    def show_ui(self) -> None:
        """Bring up what is waiting: the card if a reminder is up, else the window or menu."""
        if self.flow.current is not None:
            self.flow.bring_up()
        else:
            self.tray_or_window.open_window()

    def remind(self, kind: str) -> None:
        self.flow.remind_now(kind_named(kind))

    def corrected(self) -> None:
        """The history window changed the log: today's sum must be read again."""
        self.log.forget()
        self.refresh()

    # --- what the app shows and keeps -------------------------------------------------------

    def refresh(self) -> None:
        self.glance.refresh()

    def handle(self, request: dict[str, Any]) -> dict[str, Any]:
        """A command from the command line (see coach.core.plan.commands)."""
        return self.commands.handle(request)

    def status(self) -> dict[str, Any]:
        parts = (self.scheduler, self.log, self.flow, self.routines, self.windows, self.glance)
        return app_status(
            (*parts, self.tray_or_window, self.notices, self.attention, self.global_key),
            self.settings.value,
            self.clock.now().date(),
            self.language,
        )
