"""The "Start and data" page's own rows: starting at login (never against the person's
choice in the system's startup settings), where their data is kept, and the welcome."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach.app.style.design import secondary_label
from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.system.autostart import Autostart, AutostartState, set_start_at_login

START_AT_LOGIN = QT_TRANSLATE_NOOP("settings", "Start Calf Coach when I log in")
"""The check box's words, here and in the welcome, so both ask the same question."""


def blocked_note(where: str) -> str:
    """Why the box cannot be ticked: the person turned start at login off in the system's
    own startup settings (`where`), and that choice is theirs."""
    text = translate(
        "settings",
        "You turned this off in your system's startup settings ({where}); "
        "Calf Coach leaves that choice alone.",
    )
    return text.format(where=where)


class StartAndData:
    """Its widgets, for the settings window to place on the page."""

    def __init__(self, autostart: Autostart | None, folders: Sequence[Path]) -> None:
        """`folders`: where the settings and the log are kept, the settings' own first."""
        self.autostart = autostart
        self.folders = list(dict.fromkeys(folders))
        self.widgets = [self._login_row(), self._data_row(), self._welcome_row()]

    def _login_row(self) -> QWidget:
        box = QGroupBox(translate("settings", "Start at login"))
        column = QVBoxLayout(box)
        self.login = QCheckBox(translate("settings", START_AT_LOGIN))
        self.login.setObjectName("autostart")
        self.login_note = QLabel()
        self.login_note.setWordWrap(True)
        column.addWidget(self.login)
        column.addWidget(self.login_note)
        return box

    def _data_row(self) -> QWidget:
        """Where the person's settings and log are: on this computer, nowhere else."""
        box = QGroupBox(translate("settings", "Your data"))
        column = QVBoxLayout(box)
        where = translate(
            "settings",
            "Your settings and your log are kept only on this computer, in this folder:",
        )
        column.addWidget(secondary_label(where, "data-where"))
        self.folder_labels = [QLabel(str(folder)) for folder in self.folders]
        for label in self.folder_labels:
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(label)
        self.open_folder_button = QPushButton(translate("settings", "Open the folder"))
        self.open_folder_button.clicked.connect(lambda: self.open_folder(self.folders[0]))
        column.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _welcome_row(self) -> QWidget:
        """The welcome's three questions again, on their own: not part of starting at login."""
        self.welcome_button = QPushButton(translate("settings", "Show the welcome again…"))
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.welcome_button)
        line.addStretch(1)
        return row

    def open_folder(self, folder: Path) -> None:
        """In the desktop's file manager (a local file URL; nothing leaves the machine)."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_login(self) -> None:
        if self.autostart is None:
            self.login.setEnabled(False)
            self.login_note.setText(translate("settings", "Not available on this system."))
            return
        result = self.autostart.status()
        self.login.setChecked(result.state is AutostartState.ON)
        blocked = result.state is AutostartState.BLOCKED
        self.login.setEnabled(not blocked)
        self.login_note.setText(blocked_note(result.where) if blocked else "")
        self.login_note.setVisible(blocked)

    def apply_login(self) -> None:
        if self.autostart is None or not self.login.isEnabled():
            return
        set_start_at_login(self.autostart, self.login.isChecked())
        self.show_login()
