"""Routines are data: TOML files of timed steps, validated with a message per error.

A routine has an id, a title, when it is meant for, a one-line summary, a
safety line and steps. A step is timed (`hold_seconds`, or `reps` times
`seconds_per_rep`) or open-ended (`until_eased = true`: the person presses
Next). A step for "both" sides becomes one step per side, the second one
mirrored. Every error names the file, the step and the field; a bad file is
reported and skipped while the others still load.

Texts are translated in the file itself, next to the English: `ru.title = ...`
under a routine's or a step's `title`, and likewise for summary, safety,
instruction, cue and helped (a step's name as an answer to "what helped?").
A person's own routine needs no translation (its English is shown); the
shipped ones are complete in every shipped language (a test checks
`Routine.missing`).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from coach.core.files import FileRefusedError, read_small_text
from coach.core.i18n import translate
from coach.core.settings.option_types import (
    Choice,
    Flag,
    InvalidValueError,
    Kind,
    Whole,
    quoted_raw,
)

ROUTINE_WHEN = ("bedtime", "daytime", "cramp")
SIDES = ("left", "right", "both")
_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_LANGUAGE = re.compile(r"^[a-z]{2}$")
TRANSLATABLE = {
    False: ("title", "summary", "safety"),
    True: ("title", "instruction", "cue", "helped"),
}
"""The texts a routine file may give per language, for the routine (False) and a step (True)."""


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True)
class Hold:
    """Hold (or do) the move for a number of seconds."""

    seconds: int


@dataclass(frozen=True)
class Reps:
    """A number of repetitions, each about `seconds_per_rep` long."""

    count: int
    seconds_per_rep: int

    @property
    def seconds(self) -> int:
        return self.count * self.seconds_per_rep


@dataclass(frozen=True)
class UntilEased:
    """Open-ended: the step lasts until the person says it has eased (Next)."""


Timing = Hold | Reps | UntilEased
"""How a step's length is given; each reader matches it in one place."""


def timed_seconds(timing: Timing) -> int | None:
    """How long a timed step lasts; None for an open-ended one."""
    match timing:
        case Hold(seconds):
            return seconds
        case Reps():
            return timing.seconds
        case UntilEased():
            return None


@dataclass(frozen=True)
class Step:
    title: str
    instruction: str
    illustration: str
    timing: Timing
    side: Side | None = None
    mirrored: bool = False
    cue: str = ""
    switch_halfway: bool = False
    helped: str = ""
    """What the step is called as an answer to "what helped?" (a noun: "Slow breathing"),
    where its title is an instruction ("Breathe")."""

    @property
    def seconds(self) -> int | None:
        """How long the step lasts; None for an open-ended one ("until it eases")."""
        return timed_seconds(self.timing)


@dataclass(frozen=True)
class Routine:
    id: str
    title: str
    when: str
    summary: str
    safety: str
    steps: tuple[Step, ...]
    source: Path
    missing: tuple[str, ...] = ()
    """Texts shown in English because the file has no translation for the language asked."""

    @property
    def seconds(self) -> int:
        """Planned length of the timed steps (open-ended ones count nothing)."""
        return sum(step.seconds or 0 for step in self.steps)

    @property
    def helped_answers(self) -> list[str]:
        """Its steps named as answers to "what helped?" ("Slow breathing", not the
        imperative "Breathe slowly"), each once."""
        return list(dict.fromkeys(step.helped or step.title for step in self.steps))

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "when": self.when,
            "summary": self.summary,
            "steps": len(self.steps),
            "seconds": self.seconds,
            "source": str(self.source),
        }


@dataclass(frozen=True)
class RoutineProblem:
    file: str
    message: str
    step: int | None = None
    field: str | None = None
    value: str | None = None

    def __str__(self) -> str:
        where = self.file
        if self.step is not None:
            where += translate("routines", ", step {number}").format(number=self.step)
        if self.field is None:
            return f"{where}: {self.message}"
        what = self.field if self.value is None else f"{self.field} = {self.value}"
        return f"{where}: {what}: {self.message}"


class RoutineError(ValueError):
    def __init__(self, problems: list[RoutineProblem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


class _Text(Kind):
    def __init__(self, longest: int) -> None:
        self.longest = longest

    @property
    def rule(self) -> str:
        return translate("routines", "must be non-empty text")

    def parse(self, raw: object) -> str:
        if not isinstance(raw, str) or not raw.strip():
            raise InvalidValueError(self.rule)
        if len(raw) > self.longest:
            text = translate("routines", "must be at most {longest} characters")
            raise InvalidValueError(text.format(longest=self.longest))
        return raw.strip()


class _Name(Kind):
    @property
    def rule(self) -> str:
        return translate(
            "routines", "must be lowercase letters, digits and dashes, like wall-stretch"
        )

    def parse(self, raw: object) -> str:
        if not isinstance(raw, str) or not _NAME.match(raw):
            raise InvalidValueError(self.rule)
        return raw


ROUTINE_FIELDS: dict[str, tuple[Kind, bool]] = {
    "id": (_Name(), True),
    "title": (_Text(60), True),
    "when": (Choice(ROUTINE_WHEN), True),
    "summary": (_Text(200), True),
    "safety": (_Text(300), True),
}
STEP_FIELDS: dict[str, tuple[Kind, bool]] = {
    "title": (_Text(60), True),
    "instruction": (_Text(400), True),
    "illustration": (_Name(), True),
    "hold_seconds": (Whole(1, 1800), False),
    "reps": (Whole(1, 100), False),
    "seconds_per_rep": (Whole(1, 60), False),
    "until_eased": (Flag(), False),
    "side": (Choice(SIDES), False),
    "cue": (_Text(80), False),
    "switch_halfway": (Flag(), False),
    "helped": (_Text(60), False),
}


def _check(
    table: Mapping[str, Any],
    fields: Mapping[str, tuple[Kind, bool]],
    file: str,
    step: int | None,
    problems: list[RoutineProblem],
) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, (kind, required) in fields.items():
        if name not in table:
            if required:
                problems.append(
                    RoutineProblem(file, translate("routines", "is missing"), step, name)
                )
            continue
        try:
            values[name] = kind.parse(table[name])
        except InvalidValueError as rule:
            problems.append(RoutineProblem(file, str(rule), step, name, quoted_raw(table[name])))
    for name in table:
        if name not in fields and name != "steps" and not _is_language(name, table[name]):
            problems.append(
                RoutineProblem(file, translate("routines", "unknown field"), step, name)
            )
    return values


def _is_language(name: str, value: object) -> bool:
    return isinstance(value, dict) and _LANGUAGE.match(name) is not None


def _translated(
    table: Mapping[str, Any],
    values: dict[str, Any],
    language: str,
    where: tuple[str, int | None],
    problems: list[RoutineProblem],
    missing: list[str],
) -> dict[str, Any]:
    """`values` with their texts in `language` where the file has them (`ru.title = ...`).

    Every language table is checked, not just the one shown, so a typo in any
    translation is reported. A text without a translation stays English and is
    listed in `missing`.
    """
    file, step = where
    texts = TRANSLATABLE[step is not None]
    for code, versions in table.items():
        if not _is_language(code, versions):
            continue
        for name, raw in versions.items():
            if name not in texts:
                text = translate("routines", "cannot be translated")
                problems.append(RoutineProblem(file, text, step, f"{code}.{name}"))
                continue
            kind = (STEP_FIELDS if step is not None else ROUTINE_FIELDS)[name][0]
            try:
                text = kind.parse(raw)
            except InvalidValueError as rule:
                shown = quoted_raw(raw)
                problems.append(RoutineProblem(file, str(rule), step, f"{code}.{name}", shown))
                continue
            if code == language and name in values:
                values = {**values, name: text}
    if language != "en":
        own = table.get(language)
        for name in texts:
            if name in values and not (isinstance(own, dict) and name in own):
                missing.append(f"step {step} {name}" if step is not None else name)
    return values


def _steps(
    values: dict[str, Any], file: str, number: int, problems: list[RoutineProblem]
) -> list[Step]:
    given = [k for k in ("hold_seconds", "reps", "until_eased") if values.get(k)]
    if len(given) != 1:
        problems.append(
            RoutineProblem(
                file,
                translate(
                    "routines",
                    "needs exactly one of hold_seconds, reps (with seconds_per_rep) or until_eased",
                ),
                number,
            )
        )
        return []
    if "reps" in values and "seconds_per_rep" not in values:
        problems.append(
            RoutineProblem(
                file, translate("routines", "is missing (reps needs it)"), number, "seconds_per_rep"
            )
        )
        return []
    timing: Timing = UntilEased()
    if values.get("hold_seconds"):
        timing = Hold(values["hold_seconds"])
    elif values.get("reps"):
        timing = Reps(values["reps"], values["seconds_per_rep"])
    base = Step(
        title=values["title"],
        instruction=values["instruction"],
        illustration=values["illustration"],
        timing=timing,
        cue=values.get("cue", ""),
        switch_halfway=values.get("switch_halfway", False),
        helped=values.get("helped", ""),
    )
    side = values.get("side")
    if side == "both":
        # A cue like "switch legs" belongs to the hand-over after the left side; one
        # for the middle of a step ("other direction") belongs to both sides.
        right_cue = base.cue if base.switch_halfway else ""
        left = translate("routines", "{title} (left)")
        right = translate("routines", "{title} (right)")
        return [
            replace(base, side=Side.LEFT, title=left.format(title=base.title)),
            replace(
                base,
                side=Side.RIGHT,
                title=right.format(title=base.title),
                mirrored=True,
                cue=right_cue,
            ),
        ]
    if side is not None:
        return [replace(base, side=Side(side), mirrored=side == "right")]
    return [base]


def parse_routine(text: str, source: Path, language: str = "en") -> Routine:
    """A routine from TOML text, its texts in `language` where the file has them.

    RoutineError lists every problem found.
    """
    file = source.name
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        text = translate("routines", "not valid TOML: {error}").format(error=exc)
        raise RoutineError([RoutineProblem(file, text)]) from exc
    except RecursionError:  # the parser recurses once per level of nesting
        text = translate("routines", "has values nested too deeply to be a routine")
        raise RoutineError([RoutineProblem(file, text)]) from None
    problems: list[RoutineProblem] = []
    missing: list[str] = []
    head = _check(raw, ROUTINE_FIELDS, file, None, problems)
    head = _translated(raw, head, language, (file, None), problems, missing)
    tables = raw.get("steps")
    if not isinstance(tables, list) or not tables:
        problems.append(
            RoutineProblem(
                file, translate("routines", "must have at least one [[steps]] table"), None, "steps"
            )
        )
        tables = []
    steps: list[Step] = []
    for number, table in enumerate(tables, start=1):
        if not isinstance(table, dict):
            problems.append(RoutineProblem(file, translate("routines", "must be a table"), number))
            continue
        count = len(problems)
        values = _check(table, STEP_FIELDS, file, number, problems)
        values = _translated(table, values, language, (file, number), problems, missing)
        if len(problems) == count:
            steps += _steps(values, file, number, problems)
    if "id" in head and head["id"] != source.stem:
        problems.append(
            RoutineProblem(
                file,
                translate("routines", "must match the file name ({name})").format(name=source.stem),
                None,
                "id",
            )
        )
    if problems:
        raise RoutineError(problems)
    return Routine(
        head["id"],
        head["title"],
        head["when"],
        head["summary"],
        head["safety"],
        tuple(steps),
        source,
        tuple(missing),
    )


def load_routines(
    folders: Iterable[Path], language: str = "en"
) -> tuple[list[Routine], list[RoutineProblem]]:
    """Every routine in the folders, in `language` where translated; a later folder's
    routine replaces one of the same id."""
    found: dict[str, Routine] = {}
    problems: list[RoutineProblem] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                routine = parse_routine(read_small_text(path), path, language)
            except RoutineError as error:
                problems += error.problems
            except FileRefusedError as refused:
                problems.append(RoutineProblem(path.name, refused.reason))
            except FileNotFoundError:  # a link to nothing, or gone since the folder was listed
                problems.append(RoutineProblem(path.name, translate("files", "does not exist")))
            else:
                found[routine.id] = routine
    return list(found.values()), problems
