"""Routine files: shipped ones validate; broken ones name file, step and field, and are skipped."""

from __future__ import annotations

import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.core.routines.definitions import (
    STEP_FIELDS,
    Reps,
    RoutineError,
    Side,
    load_routines,
    parse_routine,
)
from coach.core.system.assets import assets_dir

SHIPPED = assets_dir() / "routines"
GOOD_STEP = {
    "title": "Wall calf stretch",
    "instruction": "Lean on the wall.",
    "illustration": "wall-stretch",
    "hold_seconds": 30,
}


def routine_text(steps: list[dict[str, Any]], **head: Any) -> str:
    doc = {
        "id": "mine",
        "title": "Mine",
        "when": "bedtime",
        "summary": "A routine.",
        "safety": "Stop if it hurts. A coach, not medical advice.",
        **head,
        "steps": steps,
    }
    return tomli_w.dumps(doc)


def test_every_shipped_routine_validates() -> None:
    routines, problems = load_routines([SHIPPED])
    assert problems == []
    by_id = {r.id: r for r in routines}
    assert set(by_id) == {"bedtime", "cramp-now", "desk", "legs-up"}
    assert 240 <= by_id["bedtime"].seconds <= 360  # "about five minutes"
    assert 90 <= by_id["desk"].seconds <= 150  # "about two minutes"
    assert by_id["legs-up"].seconds == 20 * 60
    assert by_id["cramp-now"].when == "cramp"
    assert any(step.seconds is None for step in by_id["cramp-now"].steps)


LYING_PICTURES = {"legs-up"}
"""Pictures drawn for resting: reclining against a backrest or on the side, never flat."""


def test_pictures_for_lying_steps_are_drawn_reclining_or_on_the_side() -> None:
    for name in LYING_PICTURES:
        svg = ET.parse(SHIPPED.parent / "illustrations" / f"{name}.svg").getroot()
        title = (svg.findtext("{http://www.w3.org/2000/svg}title") or "").lower()
        assert "reclining" in title or "on the left side" in title, (name, title)


def test_shipped_content_follows_the_safety_rules() -> None:
    routines, _ = load_routines([SHIPPED])
    for routine in routines:
        assert "not medical advice" in routine.safety
        for step in routine.steps:
            text = step.instruction.lower()
            assert "point your toes" not in text
            if "lie" in text or "recline" in text:
                assert "side" in text or "recline" in text, (
                    f"{routine.id}: {step.title} may keep someone flat on the back"
                )
                assert step.illustration in LYING_PICTURES, (
                    f"{routine.id}: {step.title} shows {step.illustration}, not drawn for lying"
                )
    cramp = next(r for r in routines if r.id == "cramp-now")
    assert [s.illustration for s in cramp.steps] == [
        "breathe",
        "straighten-leg",
        "toe-pull",
        "massage",
        "warm",
        "walk",
        "legs-up",
    ]


def test_a_both_sides_step_becomes_left_then_mirrored_right() -> None:
    routine = parse_routine(routine_text([{**GOOD_STEP, "side": "both"}]), Path("mine.toml"))
    left, right = routine.steps
    assert (left.side, left.mirrored, left.title) == (Side.LEFT, False, "Wall calf stretch (left)")
    assert (right.side, right.mirrored, right.title) == (
        Side.RIGHT,
        True,
        "Wall calf stretch (right)",
    )
    assert routine.seconds == 60


def test_reps_times_seconds_per_rep_is_the_length() -> None:
    step = {**GOOD_STEP, "reps": 5, "seconds_per_rep": 6}
    del step["hold_seconds"]
    routine = parse_routine(routine_text([step]), Path("mine.toml"))
    assert routine.steps[0].seconds == 30 and routine.steps[0].timing == Reps(5, 6)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"hold_seconds": -5}, "mine.toml, step 2: hold_seconds = -5: must be between 1 and 1800"),
        (
            {"side": "middle"},
            'mine.toml, step 2: side = "middle": must be one of "left", "right", "both"',
        ),
        (
            {"illustration": "Wall Stretch"},
            'mine.toml, step 2: illustration = "Wall Stretch": '
            "must be lowercase letters, digits and dashes, like wall-stretch",
        ),
        (
            {"until_eased": True},
            "mine.toml, step 2: needs exactly one of hold_seconds, "
            "reps (with seconds_per_rep) or until_eased",
        ),
        ({"colour": "red"}, "mine.toml, step 2: colour: unknown field"),
    ],
)
def test_each_error_names_file_step_and_field(change: dict[str, Any], message: str) -> None:
    with pytest.raises(RoutineError) as caught:
        parse_routine(routine_text([GOOD_STEP, {**GOOD_STEP, **change}]), Path("mine.toml"))
    assert [str(p) for p in caught.value.problems] == [message]


def test_routine_level_errors() -> None:
    with pytest.raises(RoutineError) as caught:
        parse_routine(routine_text([], when="noon", id="other"), Path("mine.toml"))
    assert [str(p) for p in caught.value.problems] == [
        'mine.toml: when = "noon": must be one of "bedtime", "daytime", "cramp"',
        "mine.toml: steps: must have at least one [[steps]] table",
        "mine.toml: id: must match the file name (mine)",
    ]
    with pytest.raises(RoutineError, match=r"mine.toml: not valid TOML"):
        parse_routine("id = [", Path("mine.toml"))


def test_a_bad_file_is_reported_and_skipped_the_rest_load(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text(routine_text([{**GOOD_STEP, "hold_seconds": 0}]))
    (tmp_path / "good.toml").write_text(routine_text([GOOD_STEP], id="good"))
    (tmp_path / "bedtime.toml").write_text(
        routine_text([GOOD_STEP], id="bedtime", title="My bedtime")
    )
    routines, problems = load_routines([SHIPPED, tmp_path])
    assert [str(p) for p in problems] == [
        "mine.toml, step 1: hold_seconds = 0: must be between 1 and 1800"
    ]
    by_id = {r.id: r for r in routines}
    assert {"good", "desk", "cramp-now"} <= set(by_id)
    assert by_id["bedtime"].title == "My bedtime"  # the person's own file wins


bad_values = st.one_of(
    st.integers(-10_000, -1),
    st.text(max_size=5),
    st.booleans(),
    st.lists(st.integers(), max_size=2),
    st.floats(allow_nan=False),
)


@given(field=st.sampled_from(sorted(STEP_FIELDS)), value=bad_values, step_no=st.integers(1, 4))
@settings(max_examples=200, deadline=None)
def test_broken_values_are_reported_with_file_step_and_field(
    field: str, value: Any, step_no: int
) -> None:
    steps = [dict(GOOD_STEP) for _ in range(4)]
    steps[step_no - 1][field] = value
    text = routine_text(steps)
    try:
        parse_routine(text, Path("mine.toml"))
    except RoutineError as error:
        for problem in error.problems:
            assert str(problem).startswith(f"mine.toml, step {step_no}")
            assert problem.step == step_no
        assert any(p.field == field for p in error.problems) or any(
            p.field is None for p in error.problems
        )
    else:
        # Only a value that the field's own rule accepts may pass.
        kind, _ = STEP_FIELDS[field]
        kind.parse(tomllib.loads(text)["steps"][step_no - 1][field])


@pytest.mark.parametrize("language", ["en", "ru"])
def test_shipped_routines_are_complete_in_every_shipped_language(language: str) -> None:
    routines, problems = load_routines([SHIPPED], language)
    assert problems == []
    assert {r.id for r in routines} == {"bedtime", "cramp-now", "desk", "legs-up"}
    missing = {r.id: r.missing for r in routines if r.missing}
    assert missing == {}, "texts still in English only"


def test_a_routine_reads_in_the_language_asked_and_falls_back_to_english() -> None:
    text = routine_text(
        [{**GOOD_STEP, "ru": {"title": "Растяжка икры"}, "cue": "Switch"}],
        ru={"title": "Моя", "summary": "Комплекс."},
    )
    english = parse_routine(text, Path("mine.toml"))
    russian = parse_routine(text, Path("mine.toml"), "ru")
    assert (english.title, english.steps[0].title) == ("Mine", "Wall calf stretch")
    assert (russian.title, russian.summary, russian.steps[0].title) == (
        "Моя",
        "Комплекс.",
        "Растяжка икры",
    )
    assert russian.steps[0].instruction == "Lean on the wall."  # untranslated: English
    assert russian.missing == ("safety", "step 1 instruction", "step 1 cue")
    assert english.missing == ()


def test_a_bad_translation_is_reported_like_any_field() -> None:
    text = routine_text(
        [{**GOOD_STEP, "ru": {"title": "", "illustration": "x"}}], ru={"summary": 5}
    )
    with pytest.raises(RoutineError) as caught:
        parse_routine(text, Path("mine.toml"), "en")
    messages = [str(p) for p in caught.value.problems]
    assert "mine.toml: ru.summary = 5: must be non-empty text" in messages
    assert 'mine.toml, step 1: ru.title = "": must be non-empty text' in messages
    assert "mine.toml, step 1: ru.illustration: cannot be translated" in messages
