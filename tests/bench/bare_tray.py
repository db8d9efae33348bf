"""The floor: a bare PySide6 tray icon (a QApplication, a QSystemTrayIcon with a QMenu,
nothing else). tests/bench/idle.py runs it beside the app; it prints one line, the moment
its icon is shown, as the app's log does."""

from __future__ import annotations

import datetime as dt
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon


def main() -> int:
    app = QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    picture = QPixmap(24, 24)
    picture.fill(QColor("#23706b"))
    tray = QSystemTrayIcon(QIcon(picture))
    menu = QMenu()
    menu.addAction("Quit", app.quit)
    tray.setContextMenu(menu)
    tray.show()
    QTimer.singleShot(
        0, lambda: print(f"{dt.datetime.now().isoformat()} tray icon shown", flush=True)
    )
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
