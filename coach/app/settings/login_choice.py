"""Start at login as the welcome offers it: a box ticked at the first start (an app that
is installed and forgotten must still be there after a reboot), never ticked over the
person's own "off" in the system's startup settings, and the answer handed to its one
owner, the system's startup entry."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout

from coach.app.settings.option_pages import page_title
from coach.app.settings.start_and_data import START_AT_LOGIN, blocked_note
from coach.core.i18n import translate
from coach.core.settings.schema import START
from coach.core.system.autostart import Autostart, AutostartState, set_start_at_login


class LoginChoice:
    """The box and the line beneath it, for the welcome to place."""

    def __init__(self, autostart: Autostart, first_run: bool) -> None:
        """`first_run`: offered ticked; shown again from Settings, the box says what is set."""
        self.autostart = autostart
        result = autostart.status()
        blocked = result.state is AutostartState.BLOCKED
        self.box = QCheckBox(translate("settings", START_AT_LOGIN))
        self.box.setObjectName("start-at-login")
        self.box.setChecked(result.state is AutostartState.ON or (first_run and not blocked))
        self.box.setEnabled(not blocked)
        if blocked:
            note = blocked_note(result.where)
        else:
            note = translate("welcome", "You can change this later in Settings → {page}.")
            note = note.format(page=page_title(START))
        self.note = QLabel(note)
        self.note.setObjectName("start-at-login-note")
        self.note.setWordWrap(True)
        self.note.setContentsMargins(24, 0, 0, 0)  # under the box's words, as the welcome's whys

    def add_to(self, column: QVBoxLayout, gap: int) -> None:
        """A row of its own, `gap` apart from what is above and below it."""
        column.addSpacing(gap)
        column.addWidget(self.box)
        column.addWidget(self.note)
        column.addSpacing(gap)

    def wanted(self) -> bool | None:
        """The answer; None when there is nothing to ask (turned off in the system)."""
        return self.box.isChecked() if self.box.isEnabled() else None

    def apply(self, wanted: bool | None) -> str | None:
        """Set start at login to `wanted`; what to tell the person when the system's
        startup entry cannot be written (the welcome's other answers are saved anyway)."""
        if wanted is None:
            return None
        try:
            set_start_at_login(self.autostart, wanted)
        except OSError as error:
            reason = error.strerror or str(error)
            if error.filename:
                reason = f"{error.filename}: {reason}"
            text = translate(
                "welcome",
                "Start at login could not be changed ({reason}). You can try again in "
                "Settings → {page}.",
            )
            return text.format(reason=reason, page=page_title(START))
        return None
