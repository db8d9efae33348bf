"""The Qt layer: it arms timers and draws; the decisions live in coach.core.

Importing it routes the core's texts through Qt's translators (see
coach.core.i18n), so a message built in the core reads in the app's language.
"""

from PySide6.QtCore import QCoreApplication

from coach.core import i18n

i18n.use(QCoreApplication.translate)
