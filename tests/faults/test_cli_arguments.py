"""A thousand generated command lines: text in any encoding and of any length, control
characters, numbers and dates at and past their limits, in every command that works on its
own. Each ends in an exit code and at most a few plain lines; none in a traceback, and a
refused one changes nothing in the home."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import coach.cli
from coach.cli import main
from coach.core.system.paths import Paths
from tests.faults.helpers import THOUSAND_EXAMPLES
from tests.helpers import at

NOW = at("2026-06-10 08:00")

any_bytes_text = st.binary(max_size=40).map(lambda b: b.decode("utf-8", "surrogateescape"))
"""What a terminal in another encoding passes: bytes Python keeps as surrogates."""
any_text = st.one_of(
    st.text(max_size=40),
    any_bytes_text,
    st.text(st.characters(codec="utf-8", categories=["Cc", "Cf", "Zl", "Zp"]), max_size=8),
    st.integers(0, 9000).map(lambda n: "x" * n),  # past every length limit
)
numbers = st.one_of(
    st.integers(-(2**70), 2**70).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.sampled_from(["", " ", "1e309", "-0", "0x10", "١٢", "nan", "inf", "3.", "½"]),
    any_text,
)
moments = st.one_of(
    st.sampled_from(
        [
            "0001-01-01T00:00+05:00",
            "0001-01-01T00:00",
            "9999-12-31T23:59-12:00",
            "9999-12-31T23:59:59.999999+14:00",
            "0000-01-01T00:00",
            "10000-01-01T00:00",
            "24:00",
            "23:60",
            "00:00",
            "2026-02-29T10:00",
            "2026-06-10T08:00+25:00",
            "2026-06-10",
        ]
    ),
    st.datetimes().map(lambda m: m.isoformat()),
    any_text,
)
choices = st.one_of(st.sampled_from(["left", "right", "both", "calf", "redness"]), any_text)


def option(name: str, values: st.SearchStrategy[str]) -> st.SearchStrategy[list[str]]:
    return st.one_of(st.just([]), values.map(lambda v: [name, v]))


def joined(*parts: st.SearchStrategy[list[str]]) -> st.SearchStrategy[list[str]]:
    return st.tuples(*parts).map(lambda lists: [arg for part in lists for arg in part])


command_lines = st.one_of(
    joined(st.just(["log", "water"]), option("--ml", numbers), option("--at", moments)),
    joined(
        st.just(["log", "cramp", "--leg"]),
        choices.map(lambda c: [c]),
        st.just(["--severity"]),
        numbers.map(lambda n: [n]),
        option("--minutes", numbers),
        option("--at", moments),
        option("--place", choices),
        option("--sign", choices),
        option("--helped", any_text),
        option("--helped", any_text),
        option("--note", any_text),
    ),
    joined(st.just(["history"]), option("--days", numbers), st.sampled_from([[], ["--json"]])),
    joined(st.just(["next"]), option("--count", numbers), st.sampled_from([[], ["--json"]])),
    joined(st.just(["export", "--csv"]), any_text.map(lambda t: [f"out/{t}"])),
    joined(
        st.sampled_from([["settings", "check"], ["routines", "check"]]), any_text.map(lambda t: [t])
    ),
    joined(
        st.sampled_from([["routine"], ["remind"], ["pause"], ["autostart"]]),
        choices.map(lambda c: [c]),
    ),
    st.lists(any_text, max_size=4),
)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def never_starts_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    """A command that would start the app is told it could not, and a plain start returns
    at once: no app runs, in this process or another."""
    monkeypatch.setattr(coach.cli, "_start_then_send", lambda paths, request: "not started")
    monkeypatch.setattr(coach.cli, "_start_app", lambda paths: 0)
    monkeypatch.setattr(coach.cli, "_autostart", lambda state, command: 0)  # the real home's


@THOUSAND_EXAMPLES
@given(argv=command_lines)
def test_generated_command_lines(
    tmp_path_factory: pytest.TempPathFactory, never_starts_the_app: None, argv: list[str]
) -> None:
    folder = tmp_path_factory.mktemp("cli")
    home = Paths.resolve(folder / "home")
    home.ensure()
    with contextlib.chdir(folder):
        before = snapshot(home.config_dir)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(["--home", str(home.config_dir), *argv], clock=lambda: NOW)
            except SystemExit as exit_:  # argparse: --help, or a refusal
                code = exit_.code if isinstance(exit_.code, int) else 2
        said = err.getvalue()
        out.getvalue().encode("utf-8", "surrogateescape")  # a file name's own bytes
        assert "Traceback" not in said
        assert code in (0, 1, 2), (code, said)
        assert len(said.splitlines()) <= 12, said
        if code != 0:
            assert said.strip(), "a refusal says why"
            assert snapshot(home.config_dir) == before, said
