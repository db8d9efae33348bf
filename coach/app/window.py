"""The window Calf Coach uses when the desktop has no system tray.

It carries the same actions as the tray menu and says in one line why it is
there; closing it minimises it, so the reminders keep coming.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from coach.app.actions import CoachActions
from coach.app.icons import app_icon


class CoachWindow(QWidget):
    def __init__(self, actions: CoachActions, reason: str) -> None:
        super().__init__()
        self.setWindowTitle("Calf Coach")
        self.setWindowIcon(app_icon())
        self.reason = QLabel(reason)
        self.reason.setWordWrap(True)
        self.next_up = QLabel()
        self.next_up.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addWidget(self.next_up)
        grid = QGridLayout()
        buttons = [a for a in actions.all() if a is not actions.next_up]
        for index, action in enumerate(buttons):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setMinimumHeight(40)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(
                button.sizePolicy().Policy.Expanding, button.sizePolicy().Policy.Fixed
            )
            button.setAccessibleName(action.text())
            grid.addWidget(button, index // 2, index % 2)
        layout.addLayout(grid)
        self.quitting = False

    def show_next(self, text: str) -> None:
        self.next_up.setText(text)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.quitting:
            event.accept()
            return
        event.ignore()
        self.showMinimized()
