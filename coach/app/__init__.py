"""The Qt layer: it arms timers and draws; the decisions live in coach.core.

Importing it routes the core's texts through Qt's translators (see
coach.core.i18n), so a message built in the core reads in the app's language,
and keeps PySide6 from holding the source of every module imported after it
(see coach.app.memory).
"""

from PySide6.QtCore import QCoreApplication

from coach.app.memory import spare_source_lines
from coach.core import i18n

spare_source_lines()
i18n.use(QCoreApplication.translate)
