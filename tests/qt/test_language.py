"""Languages: every text a window shows goes through translation, and with Russian
installed (by the setting or by the system) every window reads in Russian.

The first test installs a translator that marks every text it is asked for; a
text shown without the mark was never translatable. Routine texts are exempt
there: they are translated in the routine files (see coach.core.routines.definitions),
and the last test checks those read in Russian too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import QAbstractBarSeries, QBarCategoryAxis, QCategoryAxis, QChartView
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QStackedWidget,
    QTabBar,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from coach import APP_NAME
from coach.app.desktop.global_key import CRAMP_NOW_ARGUMENTS
from coach.app.style.language import install_language
from coach.core.system.launch import this_install, typed_command
from coach.core.system.paths import Paths
from tests.qt.windows import WINDOWS, shipped_routines, tray_menu, windows

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "qt" / "ru"
MARK = "⟦"
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
KEPT_IN_LATIN = {
    # The app's name, file formats and key names.
    *APP_NAME.split(),
    "PDF",
    "CSV",
    "Ctrl",
    "Alt",
    "Shift",
    "Meta",
    "Enter",
    "Esc",
    "TOML",
    "OK",  # Qt's own Russian keeps it, as Russian software does
    "English",  # in the language list, each language is also named in itself
}


class Marking(QTranslator):
    """Translates everything into itself, marked: the one thing a text can't fake."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"{MARK}{source}"

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


@pytest.fixture
def marked() -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    marking = Marking()
    app.installTranslator(marking)
    yield
    app.removeTranslator(marking)


@pytest.fixture
def russian() -> Iterator[str]:
    yield install_language("ru")
    install_language("en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def _shown(widget: QWidget, window: QWidget) -> bool:
    """Would the person see it: nothing up to the window hidden, except by a page switch."""
    current: QWidget | None = widget
    while current is not None and current is not window:
        parent = current.parentWidget()
        if current.isHidden() and not isinstance(parent, QStackedWidget):
            return False
        current = parent
    return True


def _chart_texts(view: QChartView) -> Iterator[str]:
    chart = view.chart()
    yield chart.title()
    for series in chart.series():
        yield series.name()
        if isinstance(series, QAbstractBarSeries):
            yield from (bars.label() for bars in series.barSets())
    for axis in chart.axes():
        yield axis.titleText()
        if isinstance(axis, QCategoryAxis):
            yield from axis.categoriesLabels()
        elif isinstance(axis, QBarCategoryAxis):
            yield from axis.categories()


def _own_texts(widget: QWidget) -> Iterator[str]:
    yield from (widget.accessibleName(), widget.accessibleDescription(), widget.toolTip())
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QTabBar):
        yield from (widget.tabText(i) for i in range(widget.count()))
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    elif isinstance(widget, QLineEdit | QPlainTextEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QSpinBox):
        yield from (widget.specialValueText(), widget.suffix())
    elif isinstance(widget, QMenu):
        yield widget.title()
        for action in widget.actions():
            yield action.text()
            if action.menu() is not None:
                yield from _own_texts(action.menu())  # type: ignore[arg-type]
    elif isinstance(widget, QChartView):
        yield from _chart_texts(widget)
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        for column in range(model.columnCount()):
            yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            for row in range(min(model.rowCount(), 20)):
                yield str(model.index(row, column).data() or "")


def texts(window: QWidget) -> list[str]:
    """Every text the window shows or speaks (to a screen reader), as far as it can be read."""
    found = [window.windowTitle()]
    if isinstance(window, QWizard):
        for page_id in window.pageIds():  # a title in rich text: its words, not its markup
            found.append(QTextDocumentFragment.fromHtml(window.page(page_id).title()).toPlainText())
        for button in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
            QWizard.WizardButton.CustomButton1,
        ):
            found.append(window.buttonText(button))
    for widget in [window, *window.findChildren(QWidget)]:
        if _shown(widget, window):
            found += [
                QTextDocumentFragment.fromHtml(text).toPlainText() if text.startswith("<") else text
                for text in _own_texts(widget)
            ]
    return [text for text in found if text and re.search(r"[^\W\d_]", text)]


def _all_windows(home: Paths, language: str) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    yield from windows(home, language)
    yield "tray-menu", tray_menu


def _open(qtbot: QtBot, build: Callable[[], QWidget]) -> QWidget:
    window = build()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    if isinstance(window, QWizard):  # visit every page, so each has been set up
        while window.currentId() != window.pageIds()[-1]:
            window.next()
    return window


@pytest.mark.parametrize("name", [*WINDOWS, "tray-menu"])
@pytest.mark.usefixtures("marked")
def test_every_text_a_window_shows_is_translatable(qtbot: QtBot, home: Paths, name: str) -> None:
    routine_texts: set[str] = set()
    for routine in shipped_routines().values():
        routine_texts |= {routine.title, routine.summary, routine.safety}
        for step in routine.steps:
            routine_texts |= {step.title, step.instruction, step.cue, step.helped}
    window = _open(qtbot, dict(_all_windows(home, "en"))[name])
    shown = texts(window)
    assert len(shown) >= 3, f"{name}: the walk found almost nothing: {shown}"
    folders = {str(home.config_dir), str(home.data_dir)}  # where the data is: a path, not words
    exempt = sorted(routine_texts | folders | {APP_NAME}, key=len, reverse=True)

    def bare(text: str) -> str:
        """What is left of a text without the routine's own words, paths and the app's name."""
        for words in exempt:
            text = text.replace(words, "")
        return text

    untranslatable = [
        text for text in shown if MARK not in text and re.search(r"[^\W\d_]", bare(text))
    ]
    assert untranslatable == [], f"{name}: texts that never went through translation"


COMMAND = typed_command(this_install(), None, *CRAMP_NOW_ARGUMENTS)
"""The command the settings window shows to bind to a key (never translated)."""


@pytest.mark.parametrize("name", [*WINDOWS, "tray-menu"])
def test_with_russian_installed_every_window_reads_in_russian(
    qtbot: QtBot, home: Paths, name: str, russian: str
) -> None:
    assert russian == "ru"
    window = _open(qtbot, dict(_all_windows(home, "ru"))[name])
    english = []
    for text in texts(window):
        # A command to type, the name of the desktop's platform and the data folder's path
        # stay as they are.
        text = text.replace(COMMAND, "").replace(QGuiApplication.platformName(), "")
        for folder in (home.config_dir, home.data_dir):
            text = text.replace(str(folder), "")
        words = set(LATIN_WORD.findall(text)) - KEPT_IN_LATIN
        if words:
            english.append(text)
    assert english == [], f"{name}: texts still in English"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(ARTIFACTS / f"{name}.png"))


def test_the_system_language_is_followed_unless_the_setting_says_otherwise(
    russian: str,
) -> None:
    russia = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    germany = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert install_language("system", russia) == "ru"
    assert QCoreApplication.translate("actions", "Cramp now") == "Если свело ногу"
    assert QLocale().language() == QLocale.Language.Russian
    assert install_language("en", russia) == "en"
    assert QCoreApplication.translate("actions", "Cramp now") == "Cramp now"
    assert install_language("system", germany) == "en"  # not shipped: English
    assert install_language("ru", germany) == "ru"
    # Qt's own texts come with it: the standard buttons of every dialog.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"


def test_switching_back_and_forth_leaves_no_catalogue_behind(russian: str) -> None:
    """Each switch loads the new language's catalogues; the ones it replaces are freed,
    not left hanging off the application for the rest of the day."""
    app = QCoreApplication.instance()
    assert app is not None
    for language in ("en", "ru", "en", "ru"):
        install_language(language)
        assert app.findChildren(QTranslator) == []
    assert QCoreApplication.translate("actions", "Cramp now") == "Если свело ногу"


def test_the_save_dialog_reads_in_russian_too(qtbot: QtBot, russian: str) -> None:
    """Qt draws its own file dialog where the desktop offers none; Qt's Russian catalogue
    leaves two of its labels in English, the app's supplies them."""
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(None, "x")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert len(labels) == 3
    english = [text for text in labels if set(LATIN_WORD.findall(text)) - KEPT_IN_LATIN]
    assert english == [], "labels of the save dialog still in English"


@pytest.mark.parametrize("language", ["en", "ru"])
def test_each_warning_sign_has_one_name_everywhere(qapp: object, language: str) -> None:
    """The dialog's box for a sign begins with the name the tables and the report use."""
    from coach.core.history.entry_checks import SIGNS, sign_label, sign_name

    install_language(language)
    try:
        for sign in SIGNS:
            assert sign_name(sign).startswith(sign_label(sign)), sign
    finally:
        install_language("en")
