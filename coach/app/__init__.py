"""The Qt layer: it arms timers and draws; the decisions live in coach.core.

Importing it routes the core's texts through Qt's translators (see
coach.core.i18n), so a message built in the core reads in the app's language,
and keeps PySide6 from holding the source of every module imported after it
(see coach.app.pyside_source_lines).

Its folders: style (looks) and desktop (the machine around the app) at the
bottom; history, routines, settings and reminders, which may import those two
and the core; home (the tray or home window, the window opener) over them. The
root wires it all: main and startup start it, coach_app builds the parts,
command_handlers answers `calf-coach ...`, status tells about it, problem_box tells
the person of a problem, log_file keeps the log small and pyside_source_lines keeps
PySide6 from holding source text. No folder imports the root;
tests/unit/test_layers.py holds the rules.
"""

from PySide6.QtCore import QCoreApplication

from coach.app.pyside_source_lines import spare_source_lines
from coach.core import i18n

spare_source_lines()
i18n.use(QCoreApplication.translate)
