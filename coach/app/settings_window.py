"""The settings window, generated from the settings schema.

Every option of coach.core.settings appears here with its help text as the
label, its rule and default in the tooltip, and an editor that fits its kind;
an option added to the schema appears by itself. Apply runs the values through
the same checks as the settings file: a broken rule is shown next to its field
in the schema's own words and nothing is saved; otherwise the file is written
atomically and `applied` re-plans the app at once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coach.app.look import caution_style, error_style
from coach.app.screen import fit_to_screen, scrolling_page
from coach.app.setting_editors import ChoiceEditor, Editor, FlagEditor, editor_for
from coach.core.autostart import Autostart, AutostartState
from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.kinds import kind_text
from coach.core.options import Option, Problem, options, value_at
from coach.core.reminders import plan_problems
from coach.core.settings import DEFAULTS, Settings, save_settings, settings_from_raw

PAGES = {
    "": QT_TRANSLATE_NOOP("settings", "General"),
    "pregnancy": QT_TRANSLATE_NOOP("settings", "Pregnancy"),
    "quiet_hours": QT_TRANSLATE_NOOP("settings", "Quiet hours"),
    "water": QT_TRANSLATE_NOOP("settings", "Water"),
    "sound": QT_TRANSLATE_NOOP("settings", "Sound and voice"),
    "reminders": QT_TRANSLATE_NOOP("settings", "Reminders"),
}


def _group_title(name: str) -> str:
    try:
        return kind_text(name).title
    except ValueError:
        return name.replace("_", " ").capitalize()


def _page_title(page: str) -> str:
    return translate("settings", PAGES[page]) if page in PAGES else page


def _place(option: Option) -> tuple[str, str]:
    """(page, group) of an option from its key: reminders get one group per kind."""
    parts = option.key.split(".")[:-1]
    page = parts[0] if parts else ""
    group = parts[1] if len(parts) > 1 else ""
    return page, group


def _nest(tree: dict[str, Any], key: str, value: object) -> None:
    *tables, name = key.split(".")
    for table in tables:
        tree = tree.setdefault(table, {})
    tree[name] = value


class SettingsWindow(QWidget):
    applied = Signal(object)
    """The new Settings, once saved."""
    welcome_requested = Signal()

    def __init__(
        self,
        path: Path,
        settings: Settings,
        autostart: Autostart | None = None,
        notes: Mapping[str, str] | None = None,
    ) -> None:
        """`notes`: a line to show under an option's field (what this desktop allows)."""
        super().__init__()
        self.notes = dict(notes or {})
        # The window's name only: Qt adds " — Calf Coach" where the desktop shows titles.
        self.setWindowTitle(translate("settings", "Settings"))
        self.setObjectName("settings-window")
        self.path = path
        self.settings = settings
        self.autostart = autostart
        self.editors: dict[str, Editor] = {}
        self.errors: dict[str, QLabel] = {}
        self.page_keys: dict[str, list[str]] = defaultdict(list)
        self.confirm: QMessageBox | None = None

        self.tabs = QTabWidget()
        grouped: dict[str, dict[str, list[Option]]] = defaultdict(lambda: defaultdict(list))
        for option in options(DEFAULTS):
            page, group = _place(option)
            grouped[page][group].append(option)
        for page, groups in grouped.items():
            self.tabs.addTab(self._page(page, groups), _page_title(page))

        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Close
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.ok_button.clicked.connect(self._ok)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        QShortcut(QKeySequence("Escape"), self, self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.show_settings(settings)
        self._clear_status_on_edit()
        fit_to_screen(self, 760, 640)

    def _clear_status_on_edit(self) -> None:
        """An old "Saved." must not stand beside a new edit that is not saved yet."""
        for editor in self.editors.values():
            for widget in [editor.widget, *editor.widget.findChildren(QWidget)]:
                for name in (
                    "toggled",
                    "valueChanged",
                    "timeChanged",
                    "textEdited",
                    "activated",
                    "keySequenceChanged",
                ):
                    signal = getattr(widget, name, None)
                    if signal is not None and hasattr(signal, "connect"):
                        signal.connect(lambda *_: self.status.clear())

    # --- building ---------------------------------------------------------------------------

    def _page(self, page: str, groups: dict[str, list[Option]]) -> QWidget:
        inner = QWidget()
        column = QVBoxLayout(inner)
        for group, group_options in groups.items():
            box = QGroupBox(_group_title(group)) if group else QWidget()
            form = QFormLayout(box)
            form.setRowWrapPolicy(
                QFormLayout.RowWrapPolicy.WrapAllRows
            )  # label above: room to wrap
            for option in group_options:
                self._row(form, option)
                self.page_keys[page].append(option.key)
            column.addWidget(box)
        if page == "":
            column.addWidget(self._login_row())
        text = translate("settings", "Restore defaults on this page ({page})")
        restore = QPushButton(text.format(page=_page_title(page)))
        restore.setObjectName(f"restore-{page or 'general'}")
        restore.clicked.connect(lambda _=False, page=page: self.ask_restore(page))
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(restore)
        column.addLayout(row)
        column.addStretch()
        return scrolling_page(inner, _page_title(page))

    def _row(self, form: QFormLayout, option: Option) -> None:
        editor = editor_for(option)
        help_text = translate("settings", option.help)
        label = QLabel(help_text.replace("\n", " "))
        label.setWordWrap(True)
        label.setBuddy(editor.focus_widget())
        default = editor.describe(option.default)
        # A check box or a list allows only what it offers; other editors take typing.
        rule = "" if isinstance(editor, FlagEditor | ChoiceEditor) else option.kind.rule
        if rule:
            tip = translate("settings", "{key}: {rule}. Default: {default}.")
        else:
            tip = translate("settings", "Default: {default}.")
        tip = tip.format(key=option.key, rule=rule, default=default)
        for widget in (label, editor.widget, editor.focus_widget()):
            widget.setToolTip(tip)
        focus = editor.focus_widget()
        focus.setAccessibleName(help_text.split("\n")[0])
        focus.setAccessibleDescription(tip)
        focus.setObjectName(option.key)
        error = QLabel()
        error.setObjectName(f"error-{option.key}")
        error.setWordWrap(True)
        error.hide()
        cell = QWidget()
        stack = QVBoxLayout(cell)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addWidget(editor.widget)
        if option.key in self.notes:
            note = QLabel(self.notes[option.key])
            note.setObjectName(f"note-{option.key}")
            note.setWordWrap(True)
            note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            stack.addWidget(note)
        stack.addWidget(error)
        if isinstance(editor, FlagEditor):  # a check box says it itself, at full width
            editor.box.setText(label.text())
            form.addRow(cell)
        else:
            form.addRow(label, cell)
        self.editors[option.key] = editor
        self.errors[option.key] = error

    def _login_row(self) -> QWidget:
        box = QGroupBox(translate("settings", "Start at login"))
        column = QVBoxLayout(box)
        self.login = QCheckBox(translate("settings", "Start Calf Coach when I log in"))
        self.login.setObjectName("autostart")
        self.login_note = QLabel()
        self.login_note.setWordWrap(True)
        self.welcome_button = QPushButton(translate("settings", "Show the welcome again…"))
        self.welcome_button.clicked.connect(self.welcome_requested.emit)
        column.addWidget(self.login)
        column.addWidget(self.login_note)
        column.addWidget(self.welcome_button)
        return box

    # --- showing and applying ---------------------------------------------------------------

    def show_settings(self, settings: Settings) -> None:
        for option in options(DEFAULTS):
            self.editors[option.key].show(value_at(settings, option.attrs))
        self._show_login()

    def _show_login(self) -> None:
        if self.autostart is None:
            self.login.setEnabled(False)
            self.login_note.setText(translate("settings", "Not available on this system."))
            return
        result = self.autostart.status()
        self.login.setChecked(result.state is AutostartState.ON)
        blocked = result.state is AutostartState.BLOCKED
        self.login.setEnabled(not blocked)
        blocked_note = translate(
            "settings",
            "You turned this off in your system's startup settings ({where}); "
            "Calf Coach leaves that choice alone.",
        )
        self.login_note.setText(blocked_note.format(where=result.where) if blocked else "")
        self.login_note.setVisible(blocked)

    def raw(self) -> dict[str, Any]:
        tree: dict[str, Any] = {}
        for key, editor in self.editors.items():
            value = editor.raw()
            if value is not None:
                _nest(tree, key, value)
        return tree

    def _show_problems(self, problems: list[Problem]) -> list[str]:
        """Each problem next to its field; returns those that have no field."""
        for shown in self.errors.values():
            shown.hide()
        elsewhere: list[str] = []
        for problem in problems:
            label = self.errors.get(problem.key)
            if label is None:
                elsewhere.append(str(problem))
                continue
            error = problem.severity == "error"
            if error:
                text = translate("settings", "Not saved: {problem}")
            else:
                text = translate("settings", "Note: {problem}")
            label.setText(text.format(problem=problem.message))
            label.setStyleSheet(
                error_style(self.palette()) if error else caution_style(self.palette())
            )
            label.show()
        return elsewhere

    def apply(self) -> bool:
        settings, problems = settings_from_raw(self.raw())
        errors = [p for p in problems if p.severity == "error"]
        if not errors:
            problems += plan_problems(settings)
        elsewhere = self._show_problems(problems)
        if errors:
            first = errors[0]
            self._reveal(first.key)
            text = translate(
                "settings",
                "Nothing was saved: %n setting(s) to fix ({first}).",
                None,
                len(errors),
            )
            self.status.setText(text.format(first=first))
            return False
        try:
            save_settings(self.path, settings)
        except OSError as exc:
            text = translate("settings", "Could not save {path}: {error}.")
            self.status.setText(text.format(path=self.path, error=exc.strerror or exc))
            return False
        self.settings = settings
        self._apply_login()
        self.status.setText(" ".join([translate("settings", "Saved."), *elsewhere]))
        self.applied.emit(settings)
        return True

    def _apply_login(self) -> None:
        if self.autostart is None or not self.login.isEnabled():
            return
        state = self.autostart.status().state
        if self.login.isChecked() and state is AutostartState.OFF:
            self.autostart.enable()
        elif not self.login.isChecked() and state is AutostartState.ON:
            self.autostart.disable()
        self._show_login()

    def _reveal(self, key: str) -> None:
        """Bring the first broken field into view and give it the keyboard."""
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            editor = self.editors.get(key)
            if page is not None and editor is not None and page.isAncestorOf(editor.focus_widget()):
                self.tabs.setCurrentIndex(index)
                assert isinstance(page, QScrollArea)
                page.ensureWidgetVisible(editor.focus_widget())
                editor.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Enter is OK (apply and close), as in a dialog; fields pass it on to here."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._ok()
            return
        super().keyPressEvent(event)

    def _ok(self) -> None:
        if self.apply():
            self.close()

    # --- restoring defaults -----------------------------------------------------------------

    def ask_restore(self, page: str) -> None:
        """Ask first (without blocking): restore this page's defaults in the form."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("settings", "Restore defaults?"),
            translate(
                "settings",
                "Put every setting on the {page} page back to its default? "
                "Nothing is saved until you press Apply or OK.",
            ).format(page=_page_title(page)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.finished.connect(
            lambda _=0, page=page: self._restored(page, box.clickedButton() is yes)
        )
        self.confirm = box
        box.open()

    def _restored(self, page: str, yes: bool) -> None:
        self.confirm = None
        if not yes:
            return
        for option in options(DEFAULTS):
            if option.key in self.page_keys[page]:
                self.editors[option.key].show(option.default)
        self.status.setText(
            translate("settings", "Defaults restored on this page; press Apply to save them.")
        )
