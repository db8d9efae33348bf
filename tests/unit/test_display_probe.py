"""A display that is named but does not answer is told in one line, before Qt aborts."""

from __future__ import annotations

import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from coach.core.system.display_probe import display_problem
from tests.e2e.desktop import calf_coach_command


@pytest.fixture
def listening(tmp_path: Path) -> Iterator[Path]:
    """A socket that accepts connections, as a compositor's does."""
    path = tmp_path / "wayland-7"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.listen()
    try:
        yield path
    finally:
        server.close()


def test_a_display_that_answers_is_used(listening: Path) -> None:
    env = {"WAYLAND_DISPLAY": listening.name, "XDG_RUNTIME_DIR": str(listening.parent)}
    assert display_problem(env, "linux") is None
    assert display_problem({"WAYLAND_DISPLAY": str(listening)}, "linux") is None


def test_one_display_answering_is_enough_when_qt_may_try_both(
    listening: Path, tmp_path: Path
) -> None:
    env = {"WAYLAND_DISPLAY": str(listening), "DISPLAY": f"{tmp_path}/nothing:0"}
    assert display_problem(env, "linux") is None


def test_a_display_that_does_not_answer_is_named(tmp_path: Path) -> None:
    env = {"WAYLAND_DISPLAY": "wayland-9", "XDG_RUNTIME_DIR": str(tmp_path)}
    assert display_problem(env, "linux") == (
        "the desktop's display does not answer (WAYLAND_DISPLAY=wayland-9): start Calf "
        "Coach from your desktop session, or let it start at login"
    )


def test_the_platform_qt_is_told_to_use_is_the_one_checked(listening: Path) -> None:
    both = {"WAYLAND_DISPLAY": str(listening), "DISPLAY": "nowhere.invalid/x:0"}
    problem = display_problem({**both, "QT_QPA_PLATFORM": "xcb"}, "linux")
    assert problem is not None and "(DISPLAY=nowhere.invalid/x:0)" in problem
    assert display_problem({**both, "QT_QPA_PLATFORM": "wayland"}, "linux") is None
    assert display_problem({"DISPLAY": ":1", "QT_QPA_PLATFORM": "offscreen"}, "linux") is None


def test_an_x_display_is_dialled_where_x_listens(tmp_path: Path) -> None:
    """A DISPLAY with a host is a TCP port from 6000; this one has nothing listening."""
    problem = display_problem({"DISPLAY": "127.0.0.1:59"}, "linux")
    assert problem is not None and "(DISPLAY=127.0.0.1:59)" in problem


@pytest.mark.slow
def test_the_app_says_so_in_one_line_with_no_core_dump(tmp_path: Path) -> None:
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "WAYLAND_DISPLAY": str(tmp_path / "gone"),
        "QT_QPA_PLATFORM": "wayland",
    }
    done = subprocess.run(
        [*calf_coach_command(), "--home", str(tmp_path / "home")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 1, done
    assert done.stderr.splitlines() == [
        f"calf-coach: the desktop's display does not answer (WAYLAND_DISPLAY={tmp_path}/gone): "
        "start Calf Coach from your desktop session, or let it start at login."
    ]


names = st.one_of(
    st.text(max_size=12),
    st.builds(
        lambda h, n: f"{h}:{n}", st.sampled_from(["", "unix", "127.0.0.1"]), st.text(max_size=8)
    ),
    st.integers(0, 10**12).map(lambda n: f"127.0.0.1:{n}"),
)


@settings(max_examples=1000, deadline=None)
@example(display="0:²", wayland=None, platform=None, runtime=None)  # a digit to Python only
@given(
    display=st.none() | names,
    wayland=st.none() | st.text(max_size=30),
    platform=st.none() | st.sampled_from(["xcb", "wayland", "wayland;xcb", "offscreen", ""]),
    runtime=st.none() | st.text(max_size=10),
)
def test_any_environment_gets_an_answer_not_an_exception(
    display: str | None, wayland: str | None, platform: str | None, runtime: str | None
) -> None:
    given_env = {"DISPLAY": display, "WAYLAND_DISPLAY": wayland, "QT_QPA_PLATFORM": platform}
    env = {k: v for k, v in {**given_env, "XDG_RUNTIME_DIR": runtime}.items() if v is not None}
    problem = display_problem(env, "linux")
    assert problem is None or ("\n" not in problem and problem.startswith(("the ", "no ")))
