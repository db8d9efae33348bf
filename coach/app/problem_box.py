"""The one channel for problems the person must hear about: a box that does not block,
and the log. Problems found before the UI existed are told here once it does.

QMessageBox is imported with the first problem: setting up its type costs an app
that has nothing to tell about 0.3 MB.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)


class ProblemBox(QObject):
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
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, "\n\n".join(lines))
        box.setModal(False)
        box.finished.connect(lambda _=0, box=box: self.told.remove(box))
        self.told.append(box)
        box.show()
