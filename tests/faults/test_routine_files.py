"""A thousand generated routine folders: a shipped routine with values swapped for hostile
ones, mangled bytes, nesting past the parser's depth, and files that are not files (a pipe, a
link to a device, a folder, something huge). Loading them never hangs, never floods memory,
never shows a traceback: each bad file is skipped with a reason in words, and each good one
plays from its first step to its last."""

from __future__ import annotations

import contextlib
import io
import math
import os
import tomllib
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import given, target
from hypothesis import strategies as st

from coach.cli import main
from coach.core.routines.definitions import Routine, load_routines
from coach.core.routines.player import Player
from coach.core.system.assets import assets_dir
from coach.core.system.paths import Paths
from tests.faults.helpers import THOUSAND_EXAMPLES
from tests.helpers import ended_within

SHIPPED = tomllib.loads((assets_dir() / "routines" / "desk.toml").read_text("utf-8"))
HEAD_KEYS = [key for key in SHIPPED if key != "steps"]
STEP_KEYS = sorted({key for step in SHIPPED["steps"] for key in step})
HOSTILE: list[object] = [
    math.nan,
    math.inf,
    -1,
    0,
    2**63 - 1,
    10**9,
    0.5,
    "",
    " ",
    "\x1b[31mred\x1b[0m",
    "line\u2028break",
    "x" * 5000,
    True,
    [],
    ["a", 1],
    {"ru": {"deep": 1}},
]
NAMED = "@file-name@"
"""Replaced by the file's own name, which a routine's id must be."""
SPECIAL = ("fifo", "device", "folder", "huge", "dangling", "loop", "binary")
"""Things in the folder named like a routine that are not one."""


@st.composite
def routine_bytes(draw: st.DrawFn) -> bytes:
    tree: dict[str, Any] = {**SHIPPED, "steps": [dict(step) for step in SHIPPED["steps"]]}
    tree["id"] = draw(st.sampled_from([NAMED, NAMED, NAMED, "desk", "x y", ""]))
    for key in draw(st.lists(st.sampled_from(HEAD_KEYS), max_size=3)):
        tree[key] = draw(st.sampled_from(HOSTILE))
    for step in draw(st.lists(st.sampled_from(range(len(tree["steps"]))), max_size=3)):
        key = draw(st.sampled_from(STEP_KEYS))
        tree["steps"][step][key] = draw(st.sampled_from(HOSTILE))
    if draw(st.booleans()):
        tree["steps"] = tree["steps"][: draw(st.integers(0, len(tree["steps"])))]
    data = tomli_w.dumps(tree).encode()
    mangle = draw(st.sampled_from(["none", "none", "cut", "junk", "deep"]))
    if mangle == "cut":
        data = data[: draw(st.integers(0, len(data)))]
    elif mangle == "junk":
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=20)) + data[at:]
    elif mangle == "deep":
        depth = draw(st.integers(1, 3000))
        data += b"\nextra = " + b"[" * depth + b"]" * depth + b"\n"
    return data


def place(folder: Path, name: str, special: str | None, data: bytes) -> None:
    path = folder / f"{name}.toml"
    data = data.replace(NAMED.encode(), name.encode())
    if special == "fifo":
        os.mkfifo(path)
    elif special == "device":
        path.symlink_to("/dev/zero")
    elif special == "folder":
        path.mkdir()
    elif special == "huge":
        path.write_bytes(data + b"#" * (1024 * 1024))
    elif special == "dangling":
        path.symlink_to(folder / "nowhere")
    elif special == "loop":
        path.symlink_to(path)
    elif special == "binary":
        path.write_bytes(b"\x80\xff" + data)
    else:
        path.write_bytes(data)


def plays(routine: Routine) -> None:
    """Every step of it, as the player goes through them."""
    now = [0.0]
    player = Player(routine, lambda: now[0])
    player.start()
    for _ in range(len(routine.steps) + 1):
        now[0] += 1000.0
        left = player.remaining()
        assert left is None or left >= 0
        player.next()
    assert player.done_count <= len(routine.steps)


def finishes(seconds: float, work: Callable[[], Any]) -> Any:
    """`work()`, which must end within `seconds` (a pipe must not hang the loading)."""
    ended, result = ended_within(seconds, work)
    assert ended, f"still reading after {seconds} s"
    if isinstance(result, Exception):
        raise result
    return result


@THOUSAND_EXAMPLES
@given(
    files=st.lists(
        st.tuples(st.sampled_from([None, None, None, *SPECIAL]), routine_bytes()),
        min_size=1,
        max_size=3,
    ),
    language=st.sampled_from(["en", "ru"]),
)
def test_generated_routine_folders(
    tmp_path_factory: pytest.TempPathFactory,
    files: list[tuple[str | None, bytes]],
    language: str,
) -> None:
    home = Paths.resolve(tmp_path_factory.mktemp("routines") / "home")
    home.ensure()
    home.routines_dir.mkdir()
    for number, (special, data) in enumerate(files):
        place(home.routines_dir, f"r{number}", special, data)

    routines, problems = finishes(20, lambda: load_routines([home.routines_dir], language))
    assert len(routines) + len(problems) >= 1
    for problem in problems:
        said = str(problem)
        assert said.startswith("r") and "Errno" not in said and "codec" not in said, said
        assert len(said) < 400, said
    for routine in routines:
        plays(routine)
    target(len(routines), label="routines loaded")  # good files too, not only bad ones

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        listed = finishes(20, lambda: main(["--home", str(home.config_dir), "routines"]))
        checked = [
            finishes(20, partial(main, ["routines", "check", str(path)]))
            for path in sorted(home.routines_dir.iterdir())
        ]
    assert listed == 0 and set(checked) <= {0, 1, 2}
    assert "Traceback" not in err.getvalue()
