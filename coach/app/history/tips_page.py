"""The tips page: optional tips from the sources, marked as tips, with the advice line."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from coach.app.desktop.screen import fit_to_screen, scrolling_page
from coach.app.style.design import scaled
from coach.core.advice import not_medical_advice
from coach.core.i18n import translate
from coach.core.tips import tips


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class TipsDialog(QDialog):
    """A short page of things that may help; read, then closed with Enter or Esc."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tips")
        self.setWindowTitle(translate("tips", "Tips"))
        body = QWidget()
        column = QVBoxLayout(body)
        intro = _label(
            translate(
                "tips", "Tips that may make cramps less likely. Try what suits you; none is a must."
            )
        )
        column.addWidget(intro)
        for title, text in tips():
            heading = _label(title)
            heading.setFont(scaled(self.font(), 1.15, bold=True))
            column.addSpacing(6)
            column.addWidget(heading)
            column.addWidget(_label(text))
        column.addStretch()
        scroll = scrolling_page(body, translate("tips", "Tips"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(_label(not_medical_advice()))
        layout.addWidget(buttons)
        fit_to_screen(self, 560, 520)
