"""The one channel for problems the person must hear about: a box that does not block,
and the log. Problems found before the UI existed are told here once it does."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)


class Teller(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.told: list[QMessageBox] = []
        """Problems told and still on screen."""

    def close(self) -> None:
        for box in list(self.told):
            box.close()

    def tell(self, title: str, lines: list[str]) -> None:
        for line in lines:
            log.warning("%s", line)
        box = QMessageBox(QMessageBox.Icon.Warning, title, "\n\n".join(lines))
        box.setModal(False)
        box.finished.connect(lambda _=0, box=box: self.told.remove(box))
        self.told.append(box)
        box.show()
