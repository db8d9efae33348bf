"""Declaring settings once: option kinds, and reading/writing a tree of them.

A settings tree is a frozen dataclass whose fields are declared with
`setting(...)` (a leaf: kind, default, the window's label, unit and help, and the
file's comment) or `section(...)` (a nested dataclass, with the window page and
group it shows on). From that one declaration come parsing from TOML, every
validation message, the commented TOML file, and the settings window.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple, TypeVar

import tomli_w

from coach.core.i18n import QT_TRANSLATE_NOOP, printable, translate

T = TypeVar("T")
Severity = Literal["error", "warning"]


class FieldNote(NamedTuple):
    """A line Settings shows under an option's field (what this desktop allows), and a
    text the person may want to copy from it (a command to bind to a key), if any."""

    text: str
    copy: str = ""


class InvalidValueError(ValueError):
    """A value broke its option's rule; the message states the rule."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a settings file, with where and why."""

    key: str
    message: str
    severity: Severity = "error"
    value: str | None = None

    def __str__(self) -> str:
        key = shown_key(self.key)
        where = key if self.value is None else f"{key} = {printable(self.value)}"
        return f"{where}: {self.message}" if where else self.message


def shown_key(key: str) -> str:
    """A key as the person can read it: quoted and escaped where it holds anything else."""
    return key if key.isprintable() else f'"{printable(key)}"'


class Kind:
    """How one option's value is read from TOML, checked, and written back."""

    @property
    def rule(self) -> str:
        """The rule a value must follow, in the app's language."""
        return ""

    def parse(self, raw: object) -> Any:
        raise NotImplementedError

    def to_toml(self, value: Any) -> object:
        return value


class Flag(Kind):
    @property
    def rule(self) -> str:
        return translate("options", "must be true or false")

    def parse(self, raw: object) -> bool:
        if not isinstance(raw, bool):
            raise InvalidValueError(self.rule)
        return raw


@dataclass(frozen=True)
class Whole(Kind):
    """A whole number within bounds, e.g. minutes or millilitres."""

    low: int
    high: int

    @property
    def rule(self) -> str:
        text = translate("options", "must be between {low} and {high}")
        return text.format(low=self.low, high=self.high)

    def parse(self, raw: object) -> int:
        if isinstance(raw, bool) or not isinstance(raw, int):
            text = translate("options", "must be a whole number between {low} and {high}")
            raise InvalidValueError(text.format(low=self.low, high=self.high))
        if not self.low <= raw <= self.high:
            raise InvalidValueError(self.rule)
        return raw


_CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


class ClockTime(Kind):
    """A time of day to the minute, written "22:30"."""

    @property
    def rule(self) -> str:
        return translate("options", 'must be a time of day like "22:30"')

    def parse(self, raw: object) -> dt.time:
        if isinstance(raw, dt.time) and raw.tzinfo is None:
            return raw.replace(second=0, microsecond=0)
        if isinstance(raw, str) and (match := _CLOCK.match(raw.strip())):
            return dt.time(int(match[1]), int(match[2]))
        raise InvalidValueError(self.rule)

    def to_toml(self, value: dt.time) -> str:
        return value.strftime("%H:%M")


@dataclass(frozen=True)
class ClockTimes(Kind):
    """A list of distinct times of day, kept in order."""

    most: int

    @property
    def rule(self) -> str:
        text = translate(
            "options", 'must be a list of 1 to {most} different times like ["11:00", "15:00"]'
        )
        return text.format(most=self.most)

    def parse(self, raw: object) -> tuple[dt.time, ...]:
        if not isinstance(raw, list) or not 1 <= len(raw) <= self.most:
            raise InvalidValueError(self.rule)
        times = [ClockTime().parse(item) for item in raw]
        if len(set(times)) != len(times):
            text = translate("options", "{rule} (a time is listed twice)")
            raise InvalidValueError(text.format(rule=self.rule))
        return tuple(sorted(times))

    def to_toml(self, value: tuple[dt.time, ...]) -> list[str]:
        return [ClockTime().to_toml(item) for item in value]


class CalendarDate(Kind):
    @property
    def rule(self) -> str:
        return translate("options", "must be a date like 2027-03-14")

    def parse(self, raw: object) -> dt.date:
        if isinstance(raw, dt.date) and not isinstance(raw, dt.datetime):
            return raw
        if isinstance(raw, str):
            try:
                return dt.date.fromisoformat(raw.strip())
            except ValueError:
                pass
        raise InvalidValueError(self.rule)


@dataclass(frozen=True)
class Choice(Kind):
    """One of a few words; `labels` are what the window shows for each, in order."""

    choices: tuple[str, ...]
    labels: tuple[str, ...] = ()

    def label(self, choice: str) -> str:
        """The window's words for `choice` (translated), or the word itself."""
        if len(self.labels) == len(self.choices) and choice in self.choices:
            return translate("settings", self.labels[self.choices.index(choice)])
        return choice

    @property
    def rule(self) -> str:
        choices = ", ".join(f'"{c}"' for c in self.choices)
        return translate("options", "must be one of {choices}").format(choices=choices)

    def parse(self, raw: object) -> str:
        if raw not in self.choices:
            raise InvalidValueError(self.rule)
        assert isinstance(raw, str)
        return raw


MODIFIERS = ("Ctrl", "Alt", "Shift", "Meta")
_KEY = re.compile(r"^(?:[A-Z0-9]|F(?:[1-9]|1[0-2]))$")


class KeyCombination(Kind):
    """A key with at least one modifier ("Ctrl+Alt+C"), or "" for none."""

    @property
    def rule(self) -> str:
        return translate(
            "options",
            'must be modifiers and a key, like "Ctrl+Alt+C" (Ctrl, Alt, Shift, Meta; a letter, '
            'a digit or F1 to F12), or "" for none',
        )

    def parse(self, raw: object) -> str:
        if raw == "":
            return ""
        if not isinstance(raw, str):
            raise InvalidValueError(self.rule)
        *mods, key = [part.strip() for part in raw.split("+")]
        named = {m.capitalize() for m in mods}
        if not mods or len(named) != len(mods) or not named <= set(MODIFIERS):
            raise InvalidValueError(self.rule)
        if not _KEY.match(key.upper()):
            raise InvalidValueError(self.rule)
        return "+".join([*(m for m in MODIFIERS if m in named), key.upper()])


class Switch(Kind):
    """On, off, or decided by the app ("auto"); true/false are accepted too."""

    @property
    def rule(self) -> str:
        return translate("options", 'must be true, false or "auto"')

    def parse(self, raw: object) -> str:
        if raw is True or raw == "on":
            return "on"
        if raw is False or raw == "off":
            return "off"
        if raw == "auto":
            return "auto"
        raise InvalidValueError(self.rule)

    def to_toml(self, value: str) -> object:
        return {"on": True, "off": False}.get(value, value)


MINUTES = QT_TRANSLATE_NOOP("settings", "min")
MINUTES_LATE = QT_TRANSLATE_NOOP("settings", "min late")
MILLILITRES = QT_TRANSLATE_NOOP("settings", "ml")
PERCENT = QT_TRANSLATE_NOOP("settings", "%")
"""The units a number may be shown with, after its field."""


def setting(
    default: T,
    kind: Kind,
    *,
    label: str,
    help: str = "",
    unit: str = "",
    file: str = "",
    optional: bool = False,
    page: str = "",
) -> T:
    """Declare a leaf option; `optional` ones may be absent (None).

    `label`, `unit` and `help` are the window's words (no file keys or values);
    `file` is the settings file's comment, in the file's words (`help` when empty).
    `page` places a top-level option; nested ones take their section's page.
    """
    meta = {
        "kind": kind,
        "label": label,
        "help": help,
        "unit": unit,
        "file": file or help,
        "optional": optional,
        "page": page,
    }
    return dataclasses.field(default=default, metadata=meta)


def section(
    factory: Callable[[], T],
    help: str,
    *,
    name: str | None = None,
    label: str = "",
    page: str = "",
) -> T:
    """Declare a nested table; `name` overrides the TOML key (e.g. "legs-up"); `label` titles
    its group in the window (none: its options join the page or the outer group)."""
    meta = {"help": help, "name": name, "label": label, "page": page}
    return dataclasses.field(default_factory=factory, metadata=meta)


@dataclass(frozen=True)
class Option:
    """One leaf of the tree, as seen by readers, writers and the window."""

    key: str
    attrs: tuple[str, ...]
    kind: Kind
    label: str
    help: str
    unit: str
    file_help: str
    default: Any
    optional: bool
    page: str
    group: str
    """The label of the innermost titled section ("" for none)."""


def _toml_name(field: dataclasses.Field[Any]) -> str:
    return str(field.metadata.get("name") or field.name)


def _is_section(field: dataclasses.Field[Any]) -> bool:
    return "kind" not in field.metadata


def options(
    defaults: object,
    _prefix: tuple[str, ...] = (),
    _attrs: tuple[str, ...] = (),
    _page: str = "",
    _group: str = "",
) -> Iterator[Option]:
    """Every leaf option of a settings tree, in declaration order."""
    for field in dataclasses.fields(defaults):  # type: ignore[arg-type]
        name = (*_prefix, _toml_name(field))
        attrs = (*_attrs, field.name)
        value = getattr(defaults, field.name)
        meta = field.metadata
        page = meta["page"] or _page
        if _is_section(field):
            yield from options(value, name, attrs, page, meta["label"] or _group)
        else:
            yield Option(
                key=".".join(name),
                attrs=attrs,
                kind=meta["kind"],
                label=meta["label"],
                help=meta["help"],
                unit=meta["unit"],
                file_help=meta["file"],
                default=value,
                optional=meta["optional"],
                page=page,
                group=_group,
            )


def value_at(tree: object, attrs: tuple[str, ...]) -> Any:
    for attr in attrs:
        tree = getattr(tree, attr)
    return tree


def render_raw(raw: object) -> str:
    """A raw value as it would look in TOML, on one line (lists stay inline)."""
    if isinstance(raw, list):
        return "[" + ", ".join(render_raw(item) for item in raw) + "]"
    try:
        return tomli_w.dumps({"v": raw}).partition("=")[2].strip()
    except TypeError:
        return repr(raw)


SHOWN_VALUE = 60
"""How much of a bad value a message quotes: enough to find it in the file."""


def quoted_raw(raw: object) -> str:
    """A bad value as a message quotes it: like render_raw, but shortened with "…" past
    SHOWN_VALUE characters, ten items and three levels of nesting."""
    text = _rendered(raw, 3)
    return text if len(text) <= SHOWN_VALUE else text[: SHOWN_VALUE - 1] + "…"


def _rendered(raw: object, depth: int) -> str:
    if isinstance(raw, list | dict) and depth == 0:
        return "[…]" if isinstance(raw, list) else "{…}"
    if isinstance(raw, list):
        return "[" + ", ".join(_rendered(item, depth - 1) for item in raw[:10]) + "]"
    if isinstance(raw, dict):
        items = list(raw.items())[:10]
        return "{" + ", ".join(f"{k} = {_rendered(v, depth - 1)}" for k, v in items) + "}"
    if isinstance(raw, str) and len(raw) > SHOWN_VALUE:
        raw = raw[:SHOWN_VALUE]
    return render_raw(raw)


def read_tree(defaults: T, raw: Mapping[str, Any]) -> tuple[T, list[Problem]]:
    """Build a tree from parsed TOML: bad values keep their default and are reported."""
    problems: list[Problem] = []
    tree = _read_section(defaults, raw, (), problems)
    return tree, problems


def _read_section(
    defaults: T, raw: Mapping[str, Any], prefix: tuple[str, ...], problems: list[Problem]
) -> T:
    changes: dict[str, Any] = {}
    known: dict[str, dataclasses.Field[Any]] = {
        _toml_name(f): f
        for f in dataclasses.fields(defaults)  # type: ignore[arg-type]
    }
    for name, value in raw.items():
        key = ".".join((*prefix, name))
        field = known.get(name)
        if field is None:
            problems.append(_unknown(key, name, list(known), prefix))
            continue
        if _is_section(field):
            if not isinstance(value, dict):
                text = translate("options", "must be a table ([{key}])").format(key=key)
                problems.append(Problem(key, text, value=quoted_raw(value)))
                continue
            changes[field.name] = _read_section(
                getattr(defaults, field.name), value, (*prefix, name), problems
            )
            continue
        try:
            changes[field.name] = field.metadata["kind"].parse(value)
        except InvalidValueError as rule:
            problems.append(Problem(key, str(rule), value=quoted_raw(value)))
    return dataclasses.replace(defaults, **changes)  # type: ignore[type-var]


def _unknown(key: str, name: str, siblings: list[str], prefix: tuple[str, ...]) -> Problem:
    import difflib  # only for a misspelt name

    close = difflib.get_close_matches(name, siblings, n=1, cutoff=0.6)
    if not close:
        return Problem(key, translate("options", "unknown setting, ignored"), "warning")
    text = translate("options", "unknown setting, ignored; did you mean {key}?")
    return Problem(key, text.format(key=".".join((*prefix, close[0]))), "warning")


def render_tree(tree: object, defaults: object, header: str, *, only_changed: bool) -> str:
    """TOML text with each option's help as a comment.

    With `only_changed`, options at their default are written commented out:
    the file documents every option while a later release can still improve
    the defaults the person never touched.
    """
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    current_table: tuple[str, ...] = ()
    for option in options(defaults):
        table = tuple(option.key.split(".")[:-1])
        if table != current_table:
            lines += ["", f"[{'.'.join(table)}]"]
            current_table = table
        value = value_at(tree, option.attrs)
        name = option.key.rsplit(".", 1)[-1]
        lines.append("")
        lines += [f"# {line}" for line in option.file_help.splitlines()]
        if value is None:
            lines.append(f"# {name} =   (not set)")
            continue
        text = f"{name} = {render_raw(option.kind.to_toml(value))}"
        if only_changed and value == option.default:
            text = f"# {text}   (default)"
        lines.append(text)
    return "\n".join(lines).lstrip("\n") + "\n"
