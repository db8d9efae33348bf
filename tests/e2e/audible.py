"""The app's own chimes and voice, played to whatever sound server the environment names.

Run by tests/e2e/test_audible.py in a process of its own (QtMultimedia and the speech
engine start once per process): `python -m tests.e2e.audible chime|voice|nothing`.
Prints one JSON line: what the sound objects said of themselves and Qt's messages.
"""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer, qInstallMessageHandler

from coach.core.settings.schema import Sound

SAID = "Heel-to-toe rolls. 8 times."


def main(what: str) -> dict[str, object]:
    messages: list[str] = []
    qInstallMessageHandler(lambda kind, context, text: messages.append(text))
    app = QCoreApplication(["audible"])
    from coach.app.routines.sound import Chimes
    from coach.app.routines.voice import Voice

    report: dict[str, object] = {"messages": messages}
    if what == "chime":
        chimes = Chimes(Sound())
        QTimer.singleShot(300, lambda: chimes.play("done"))

        def told() -> None:  # what the chimes know once one has been played
            report.update(audible=chimes.audible, reason=chimes.reason, program=chimes.program)
            app.quit()

        QTimer.singleShot(3000, told)
    elif what == "voice":
        voice = Voice(True)
        report.update(audible=voice.engine is not None, reason=voice.reason)
        clock = QElapsedTimer()
        clock.start()
        voice.say(SAID)

        def done() -> None:
            if voice.speaking() and clock.elapsed() < 15_000:
                QTimer.singleShot(200, done)
            else:
                app.quit()

        QTimer.singleShot(1500, done)
    else:
        QTimer.singleShot(1500, app.quit)
    app.exec()
    return report


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1])))
