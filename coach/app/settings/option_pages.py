"""The settings as pages of fields, generated from the settings schema.

Every option of coach.core.settings.schema appears on its declared page, with its
short label, its unit after the number, its help sentence under the field in a
smaller, quieter type, and its default in the tooltip; an option added to the
schema appears by itself. Nothing on screen uses the file's keys or values.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coach.app.desktop.screen import scrolling_page
from coach.app.settings.editors import Editor, FlagEditor, editor_for
from coach.app.style.announce import announce
from coach.app.style.design import SPACE, caution_style, error_style, secondary_label
from coach.app.style.rings import INVALID, mark_invalid
from coach.core.i18n import translate
from coach.core.settings.kinds import kind_text
from coach.core.settings.option_types import FieldNote, Option, Problem, options, value_at
from coach.core.settings.schema import DEFAULTS, PAGES, Settings


def page_title(page: str) -> str:
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


class OptionPages(QTabWidget):
    """One tab a page; each option a row: its editor, help, a note and its error."""

    restore_asked = Signal(str)
    """The person asked to restore one page's defaults (its key)."""

    def __init__(
        self,
        today: dt.date,
        notes: Mapping[str, str | FieldNote],
        extras: Mapping[str, Sequence[QWidget]],
    ) -> None:
        """`notes`: a line under an option's field (what this desktop allows); `extras`:
        widgets of the window's own at the end of a page, before its restore button."""
        super().__init__()
        self.today = today
        self.notes = dict(notes)
        self.extras = extras
        self.editors: dict[str, Editor] = {}
        self.labels: dict[str, str] = {}
        """Each option's label, to name it in a message in the window's words (not its key)."""
        self.errors: dict[str, QLabel] = {}
        self.descriptions: dict[str, str] = {}
        """Each field's help and default, said by a screen reader; a refused value's
        problem goes before it while it stands."""
        self.worked_out: dict[str, QLabel] = {}
        """Under a field left to work itself out: what it comes to now."""
        self.page_keys: dict[str, list[str]] = defaultdict(list)
        # Every page's name in sight: no arrows that hide "Start and data" at large text.
        self.tabBar().setUsesScrollButtons(False)
        grouped: dict[str, dict[str, list[Option]]] = {p.key: defaultdict(list) for p in PAGES}
        for option in options(DEFAULTS):
            grouped[option.page][option.group].append(option)
        for page, groups in grouped.items():
            self.addTab(self._page(page, groups), page_title(page))

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
        for extra in self.extras.get(page, ()):
            column.addWidget(extra)
        text = translate("settings", "Restore defaults on this page ({page})")
        restore = QPushButton(text.format(page=page_title(page)))
        restore.setObjectName(f"restore-{page}")
        restore.clicked.connect(lambda _=False, page=page: self.restore_asked.emit(page))
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(restore)
        column.addLayout(row)
        column.addStretch()
        return scrolling_page(inner, page_title(page))

    def _note(self, key: str) -> QWidget:
        """The note under a field; with a text to copy, a button that copies it (the
        command to bind in the desktop's keyboard settings, say)."""
        note = self.notes[key]
        text, copy = (note, "") if isinstance(note, str) else note
        label = secondary_label(text, f"note-{key}")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if not copy:
            return label
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(label)
        button = QPushButton(translate("settings", "Copy the command"))
        button.setObjectName(f"copy-{key}")
        button.setToolTip(copy)

        def copied() -> None:
            QGuiApplication.clipboard().setText(copy)
            button.setText(translate("settings", "Copied"))

        button.clicked.connect(copied)
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        return box

    def _row(self, form: QFormLayout, option: Option) -> None:
        """Label, field at its own width, then the help sentence, a note and any error."""
        editor = editor_for(option, self.today)
        label_text = translate("settings", option.label)
        help_text = translate("settings", option.help) if option.help else ""
        help_text = " ".join(filter(None, [help_text, editor.limits()]))
        tip = translate("settings", "Default: {default}.").format(
            default=editor.describe(option.default)
        )
        group = _group_title(option) if option.group else ""
        full_label = f"{group} \u2013 {label_text}" if group else label_text
        focus = editor.focus_widget()
        focus.setObjectName(option.key)
        editor.name(label_text, full_label)
        description = " ".join(filter(None, [help_text, tip]))
        self.descriptions[option.key] = description
        for described in {focus, editor.value_widget()}:
            described.setAccessibleDescription(description)
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
            stack.addWidget(self._note(option.key))
        worked_out = secondary_label("", f"in-effect-{option.key}")
        worked_out.hide()
        stack.addWidget(worked_out)
        self.worked_out[option.key] = worked_out
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
        self.labels[option.key] = full_label
        self.errors[option.key] = error

    def show_settings(self, settings: Settings) -> None:
        for option in options(DEFAULTS):
            self.editors[option.key].show(value_at(settings, option.attrs))

    def show_in_effect(self, lines: Mapping[str, tuple[str, object]]) -> None:
        """What each field left to work itself out comes to ("week 31 today"): said under
        it, and shown in the greyed field."""
        for key, label in self.worked_out.items():
            text, value = lines.get(key, ("", None))
            label.setText(text)
            label.setVisible(key in lines)
            if key in lines:
                self.editors[key].preview(value)

    def restore_defaults(self, page: str) -> None:
        for option in options(DEFAULTS):
            if option.key in self.page_keys[page]:
                self.editors[option.key].show(option.default)

    def raw(self) -> dict[str, Any]:
        tree: dict[str, Any] = {}
        for key, editor in self.editors.items():
            value = editor.raw()
            if value is not None:
                _nest(tree, key, value)
        return tree

    def named(self, problem: Problem) -> str:
        """The problem with its option named as the window names it."""
        return f"{self.labels.get(problem.key, problem.key)}: {problem.message}"

    def show_problems(self, problems: list[Problem], palette: QPalette) -> list[str]:
        """Each problem next to its field; returns those that have no field."""
        for key, shown in self.errors.items():
            shown.hide()
            self._mark(key, "")
        elsewhere: list[str] = []
        said: list[str] = []
        for problem in problems:
            label = self.errors.get(problem.key)
            if label is None:
                elsewhere.append(self.named(problem))  # in the window's words, not keys
                continue
            error = problem.severity == "error"
            if error:
                text = translate("settings", "Not saved: {problem}")
            else:
                text = translate("settings", "Note: {problem}")
            text = text.format(problem=problem.message)
            label.setText(text)
            label.setStyleSheet(error_style(palette) if error else caution_style(palette))
            label.show()
            if error:
                self._mark(problem.key, text)
            said.append(f"{self.labels[problem.key]}: {text}")
        if said:  # a new label away from the focus is not read: said aloud instead
            announce(self, " ".join(said), assertive=True)
        return elsewhere

    def _mark(self, key: str, problem: str) -> None:
        """Mark a field refused (`problem`) or not (""): a red ring around the value, and
        the problem first in what a screen reader says of the field (and of its "Set" box)."""
        editor = self.editors[key]
        description = " ".join(filter(None, [problem, self.descriptions[key]]))
        for field in {editor.focus_widget(), editor.value_widget()}:
            field.setAccessibleDescription(description)
        editor.focus_widget().setProperty(INVALID, bool(problem))  # the "Set" box too
        mark_invalid(editor.value_widget(), bool(problem))  # its ring, and its property

    def reveal(self, key: str) -> None:
        """Bring a field into view and give it the keyboard."""
        for index in range(self.count()):
            page = self.widget(index)
            editor = self.editors.get(key)
            if page is not None and editor is not None and page.isAncestorOf(editor.focus_widget()):
                self.setCurrentIndex(index)
                assert isinstance(page, QScrollArea)
                page.ensureWidgetVisible(editor.focus_widget())
                editor.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    def watch_edits(self, edited: Any) -> None:
        """Call `edited` on any change in any field (an old "Saved." must go)."""
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
                        signal.connect(lambda *_: edited())
