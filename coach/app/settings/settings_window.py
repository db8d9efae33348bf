"""The settings window, generated from the settings schema.

Every option of coach.core.settings.schema appears here on its declared page, with its
short label, its unit after the number, its help sentence under the field in a
smaller, quieter type, and its default in the tooltip; an option added to the
schema appears by itself. Nothing on screen uses the file's keys or values.
Apply runs the values through the same checks as the settings file: a broken
rule is shown next to its field in the schema's own words and nothing is saved;
otherwise the file is written atomically and `applied` re-plans the app at once.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence, QShortcut
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
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coach.app.desktop.screen import fit_to_screen, scrolling_page
from coach.app.settings.editors import Editor, FlagEditor, editor_for
from coach.app.style.design import SPACE, caution_style, error_style, secondary_label
from coach.core.i18n import translate
from coach.core.plan.reminders import plan_problems
from coach.core.settings.kinds import kind_text
from coach.core.settings.option_types import Option, Problem, options, value_at
from coach.core.settings.schema import (
    DEFAULTS,
    PAGES,
    START,
    Settings,
    save_settings,
    settings_from_raw,
)
from coach.core.system.autostart import Autostart, AutostartState


def _page_title(page: str) -> str:
    titles = {p.key: p.title for p in PAGES}
    return translate("settings", titles[page])


def _group_title(option: Option) -> str:
    """A reminder kind's group is titled as its cards are; others by their section's label."""
    parts = option.key.split(".")
    if parts[0] == "reminders" and len(parts) > 2:
        return kind_text(parts[1]).title
    return translate("settings", option.group)


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
        *,
        today: dt.date | None = None,
        folders: Sequence[Path] = (),
    ) -> None:
        """`notes`: a line to show under an option's field (what this desktop allows);
        `today`: where an unset date field waits; `folders`: where the data is kept,
        besides the settings file's own folder."""
        super().__init__()
        self.notes = dict(notes or {})
        self.today = today or dt.date(2027, 1, 1)
        self.folders = list(folders)
        # The window's name only: Qt adds " — Calf Coach" where the desktop shows titles.
        self.setWindowTitle(translate("settings", "Settings"))
        self.setObjectName("settings-window")
        self.path = path
        self.settings = settings
        self.autostart = autostart
        self.editors: dict[str, Editor] = {}
        self.labels: dict[str, str] = {}
        """Each option's label, to name it in a message in the window's words (not its key)."""
        self.errors: dict[str, QLabel] = {}
        self.page_keys: dict[str, list[str]] = defaultdict(list)
        self.confirm: QMessageBox | None = None

        self.tabs = QTabWidget()
        # Every page's name in sight: no arrows that hide "Start and data" at large text.
        self.tabs.tabBar().setUsesScrollButtons(False)
        grouped: dict[str, dict[str, list[Option]]] = {p.key: defaultdict(list) for p in PAGES}
        for option in options(DEFAULTS):
            grouped[option.page][option.group].append(option)
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
                    "dateChanged",
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
        column.setSpacing(2 * SPACE)
        for group, group_options in groups.items():
            box = QGroupBox(_group_title(group_options[0])) if group else QWidget()
            form = QFormLayout(box)
            if not group:
                form.setContentsMargins(0, 0, 0, 0)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setVerticalSpacing(SPACE + SPACE // 2)
            for option in group_options:
                self._row(form, option)
                self.page_keys[page].append(option.key)
            column.addWidget(box)
        if page == START:
            column.addWidget(self._login_row())
            column.addWidget(self._data_row())
            column.addWidget(self._welcome_row())
        text = translate("settings", "Restore defaults on this page ({page})")
        restore = QPushButton(text.format(page=_page_title(page)))
        restore.setObjectName(f"restore-{page}")
        restore.clicked.connect(lambda _=False, page=page: self.ask_restore(page))
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(restore)
        column.addLayout(row)
        column.addStretch()
        return scrolling_page(inner, _page_title(page))

    def _row(self, form: QFormLayout, option: Option) -> None:
        """Label, field at its own width, then the help sentence, a note and any error."""
        editor = editor_for(option, self.today)
        label_text = translate("settings", option.label)
        help_text = translate("settings", option.help) if option.help else ""
        tip = translate("settings", "Default: {default}.").format(
            default=editor.describe(option.default)
        )
        focus = editor.focus_widget()
        focus.setObjectName(option.key)
        focus.setAccessibleName(label_text)
        focus.setAccessibleDescription(" ".join(filter(None, [help_text, tip])))
        editor.widget.setToolTip(tip)
        focus.setToolTip(tip)
        cell = QWidget()
        stack = QVBoxLayout(cell)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(SPACE // 2)
        field_row = QHBoxLayout()
        policy = editor.widget.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Maximum)  # its own width, not the page's
        editor.widget.setSizePolicy(policy)
        field_row.addWidget(editor.widget)
        field_row.addStretch(1)
        stack.addLayout(field_row)
        if help_text:
            stack.addWidget(secondary_label(help_text, f"help-{option.key}"))
        if option.key in self.notes:
            note = secondary_label(self.notes[option.key], f"note-{option.key}")
            note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            stack.addWidget(note)
        error = QLabel()
        error.setObjectName(f"error-{option.key}")
        error.setWordWrap(True)
        error.hide()
        stack.addWidget(error)
        if isinstance(editor, FlagEditor):  # a check box says it itself
            editor.box.setText(label_text)
            form.addRow(cell)
        else:
            label = QLabel(label_text)
            label.setBuddy(focus)
            label.setToolTip(tip)
            form.addRow(label, cell)
        self.editors[option.key] = editor
        group = _group_title(option) if option.group else ""
        self.labels[option.key] = f"{group} \u2013 {label_text}" if group else label_text
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
        return box

    def _data_row(self) -> QWidget:
        """Where the person's settings and log are: on this computer, nowhere else."""
        box = QGroupBox(translate("settings", "Your data"))
        column = QVBoxLayout(box)
        where = translate(
            "settings",
            "Your settings and your log are kept only on this computer, in this folder:",
        )
        column.addWidget(secondary_label(where, "data-where"))
        folders = dict.fromkeys([self.path.parent, *self.folders])
        self.folder_labels = [QLabel(str(folder)) for folder in folders]
        for label in self.folder_labels:
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(label)
        self.open_folder_button = QPushButton(translate("settings", "Open the folder"))
        self.open_folder_button.clicked.connect(lambda: self.open_folder(next(iter(folders))))
        column.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _welcome_row(self) -> QWidget:
        """The welcome's three questions again, on their own: not part of starting at login."""
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.welcome_button)
        line.addStretch(1)
        return row

    def open_folder(self, folder: Path) -> None:
        """In the desktop's file manager (a local file URL; nothing leaves the machine)."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

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
            named = f"{self.labels.get(first.key, first.key)}: {first.message}"
            self.status.setText(text.format(first=named))
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
