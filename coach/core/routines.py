"""Routines are data: TOML files of timed steps, validated with a message per error.

A routine has an id, a title, when it is meant for, a one-line summary, a
safety line and steps. A step is timed (`hold_seconds`, or `reps` times
`seconds_per_rep`) or open-ended (`until_eased = true`: the person presses
Next). A step for "both" sides becomes one step per side, the second one
mirrored. Every error names the file, the step and the field; a bad file is
reported and skipped while the others still load.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from coach.core.options import Choice, Flag, InvalidValueError, Kind, Whole, render_raw

ROUTINE_WHEN = ("bedtime", "daytime", "cramp")
SIDES = ("left", "right", "both")
_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True)
class Step:
    title: str
    instruction: str
    illustration: str
    seconds: int | None
    """How long the step lasts; None for an open-ended one ("until it eases")."""
    reps: int | None = None
    side: Side | None = None
    mirrored: bool = False
    cue: str = ""
    switch_halfway: bool = False


@dataclass(frozen=True)
class Routine:
    id: str
    title: str
    when: str
    summary: str
    safety: str
    steps: tuple[Step, ...]
    source: Path

    @property
    def seconds(self) -> int:
        """Planned length of the timed steps (open-ended ones count nothing)."""
        return sum(step.seconds or 0 for step in self.steps)

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
        where = self.file + (f", step {self.step}" if self.step is not None else "")
        if self.field is None:
            return f"{where}: {self.message}"
        what = self.field if self.value is None else f"{self.field} = {self.value}"
        return f"{where}: {what}: {self.message}"


class RoutineError(ValueError):
    def __init__(self, problems: list[RoutineProblem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


class _Text(Kind):
    rule = "must be text"

    def __init__(self, longest: int) -> None:
        self.longest = longest

    def parse(self, raw: object) -> str:
        if not isinstance(raw, str) or not raw.strip():
            raise InvalidValueError("must be non-empty text")
        if len(raw) > self.longest:
            raise InvalidValueError(f"must be at most {self.longest} characters")
        return raw.strip()


class _Name(Kind):
    rule = "must be lowercase letters, digits and dashes, like wall-stretch"

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
                problems.append(RoutineProblem(file, "is missing", step, name))
            continue
        try:
            values[name] = kind.parse(table[name])
        except InvalidValueError as rule:
            problems.append(RoutineProblem(file, str(rule), step, name, render_raw(table[name])))
    for name in table:
        if name not in fields and name != "steps":
            problems.append(RoutineProblem(file, "unknown field", step, name))
    return values


def _steps(
    values: dict[str, Any], file: str, number: int, problems: list[RoutineProblem]
) -> list[Step]:
    timing = [k for k in ("hold_seconds", "reps", "until_eased") if values.get(k)]
    if len(timing) != 1:
        problems.append(
            RoutineProblem(
                file,
                "needs exactly one of hold_seconds, reps (with seconds_per_rep) or until_eased",
                number,
            )
        )
        return []
    if "reps" in values and "seconds_per_rep" not in values:
        problems.append(
            RoutineProblem(file, "is missing (reps needs it)", number, "seconds_per_rep")
        )
        return []
    reps = values.get("reps")
    seconds = values.get("hold_seconds") or (reps * values["seconds_per_rep"] if reps else None)
    base = Step(
        title=values["title"],
        instruction=values["instruction"],
        illustration=values["illustration"],
        seconds=seconds,
        reps=reps,
        cue=values.get("cue", ""),
        switch_halfway=values.get("switch_halfway", False),
    )
    side = values.get("side")
    if side == "both":
        # A cue like "switch legs" belongs to the hand-over after the left side; one
        # for the middle of a step ("other direction") belongs to both sides.
        right_cue = base.cue if base.switch_halfway else ""
        return [
            replace(base, side=Side.LEFT, title=f"{base.title} (left)"),
            replace(
                base, side=Side.RIGHT, title=f"{base.title} (right)", mirrored=True, cue=right_cue
            ),
        ]
    if side is not None:
        return [replace(base, side=Side(side), mirrored=side == "right")]
    return [base]


def parse_routine(text: str, source: Path) -> Routine:
    """A routine from TOML text; RoutineError lists every problem found."""
    file = source.name
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RoutineError([RoutineProblem(file, f"not valid TOML: {exc}")]) from exc
    problems: list[RoutineProblem] = []
    head = _check(raw, ROUTINE_FIELDS, file, None, problems)
    tables = raw.get("steps")
    if not isinstance(tables, list) or not tables:
        problems.append(
            RoutineProblem(file, "must have at least one [[steps]] table", None, "steps")
        )
        tables = []
    steps: list[Step] = []
    for number, table in enumerate(tables, start=1):
        if not isinstance(table, dict):
            problems.append(RoutineProblem(file, "must be a table", number))
            continue
        count = len(problems)
        values = _check(table, STEP_FIELDS, file, number, problems)
        if len(problems) == count:
            steps += _steps(values, file, number, problems)
    if "id" in head and head["id"] != source.stem:
        problems.append(
            RoutineProblem(file, f"must match the file name ({source.stem})", None, "id")
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
    )


def load_routines(folders: Iterable[Path]) -> tuple[list[Routine], list[RoutineProblem]]:
    """Every routine in the folders; a later folder's routine replaces one of the same id."""
    found: dict[str, Routine] = {}
    problems: list[RoutineProblem] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                routine = parse_routine(path.read_text(encoding="utf-8"), path)
            except RoutineError as error:
                problems += error.problems
            except (OSError, UnicodeDecodeError) as exc:
                problems.append(RoutineProblem(path.name, f"cannot be read: {exc}"))
            else:
                found[routine.id] = routine
    return list(found.values()), problems
