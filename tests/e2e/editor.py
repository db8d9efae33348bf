"""Another application the person is typing in: a plain text editor, native on Wayland,
that writes what it holds to a file at every change (argv[1]), so a test can read
exactly which keys it received."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QPlainTextEdit


def main() -> None:
    out = Path(sys.argv[1])
    app = QApplication(sys.argv[:1])
    app.setDesktopFileName("test-editor")
    editor = QPlainTextEdit()
    editor.setWindowTitle("test editor")
    editor.textChanged.connect(lambda: out.write_text(editor.toPlainText()))
    editor.show()
    out.write_text("")
    app.exec()


if __name__ == "__main__":
    main()
