"""A thousand generated settings files, from wrong types to binary junk, dates at and past
the calendar's ends and values nested past the parser's depth: `settings check` never shows
a traceback and names every bad key, and the app's reminders plan with each. The real app is
started with a sample of such files, in a process of its own."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import math
from pathlib import Path

import tomli_w
from hypothesis import given
from hypothesis import strategies as st

from coach.cli import main
from coach.core.plan.agenda import Agenda
from coach.core.plan.reminders import describe_next, upcoming
from coach.core.plan.run_state import AppState
from coach.core.settings.option_types import options
from coach.core.settings.pregnancy import LAST_WEEK, week_on
from coach.core.settings.schema import DEFAULTS, load_settings, settings_text
from coach.core.system.paths import Paths
from tests.faults.helpers import THOUSAND_EXAMPLES, start_each
from tests.helpers import at

NOW = at("2026-06-10 08:00")
KEYS = [option.key for option in options(DEFAULTS)]
HOSTILE: list[object] = [
    math.nan,
    math.inf,
    2**63 - 1,
    -(2**63),
    1.5,
    "\u2603 snow",
    "line\u2028break\x1e\x85",
    " ",
    {"deep": {"er": 1}},
    ["a", 3],
    dt.date.min,
    dt.date.max,
    "0000-12-31",
    "10000-01-01",
    "9999-12-31",
    dt.datetime.max.replace(tzinfo=dt.timezone(dt.timedelta(hours=14))),
    dt.datetime.min.replace(tzinfo=dt.timezone(dt.timedelta(hours=-12))),
    "24:00",
]
"""Values no option accepts: each key given one must be named by `settings check`. The
dates are a day some option reads (a due date), but no pregnancy's on NOW."""


def nest(tree: dict[str, object], key: str, value: object) -> None:
    *tables, name = key.split(".")
    for table in tables:
        inner = tree.setdefault(table, {})
        assert isinstance(inner, dict)
        tree = inner
    tree[name] = value


bad_keys = st.dictionaries(st.sampled_from(KEYS), st.sampled_from(HOSTILE), max_size=6)
unknown_keys = st.dictionaries(
    st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=12),
    st.one_of(st.integers(-(2**63), 2**63 - 1), st.text(max_size=20), st.booleans()),
    max_size=3,
)
mangling = st.sampled_from(("none", "truncate", "bom", "binary", "insert", "deep"))


def check(path: Path, home: Paths) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["--home", str(home.config_dir), "settings", "check", str(path)])
    return code, err.getvalue()


def plans(home: Paths) -> None:
    """What the app does with the file at start, short of windows: load it, plan the
    reminders from it, describe the next one, and write it back out."""
    loaded = load_settings(home.settings_file, NOW)
    agenda = Agenda(loaded.settings, AppState())
    agenda.start(NOW)
    assert describe_next(agenda.next_reminder(NOW), NOW, None)
    assert settings_text(loaded.settings, only_changed=False)
    assert len(upcoming(loaded.settings, NOW, 30)) <= 30  # the third trimester's from its date
    assert week_on(loaded.settings.pregnancy, NOW.date()) in (None, *range(LAST_WEEK + 1))
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert main(["--home", str(home.config_dir), "status"], clock=lambda: NOW) == 0


def settings_bytes(
    bad: dict[str, object], unknown: dict[str, object], mangle: str, cut: float, seed: bytes
) -> bytes:
    tree: dict[str, object] = {}
    for key, value in unknown.items():
        if key not in tree and "." not in key:
            tree[key] = value
    for key, value in bad.items():
        with contextlib.suppress(AssertionError):  # a table already holds a plain value
            nest(tree, key, value)
    data = tomli_w.dumps(tree).encode()
    if mangle == "truncate":
        data = data[: int(len(data) * cut)]
    elif mangle == "bom":
        data = b"\xef\xbb\xbf" + data
    elif mangle == "binary":
        data = seed + b"\x00\xff" + data
    elif mangle == "insert":
        at_ = int(len(data) * cut)
        data = data[:at_] + seed + data[at_:]
    elif mangle == "deep":  # past the parser's depth (its recursion), or just within it
        depth = int(3000 * cut) + 1
        data += b"\n[reminders.fluids]\ntimes = " + b"[" * depth + b"]" * depth + b"\n"
    return data


@THOUSAND_EXAMPLES
@given(bad=bad_keys, unknown=unknown_keys, mangle=mangling, cut=st.floats(0, 1), seed=st.binary())
def test_generated_settings_files(
    tmp_path: Path,
    bad: dict[str, object],
    unknown: dict[str, object],
    mangle: str,
    cut: float,
    seed: bytes,
) -> None:
    home = Paths.resolve(tmp_path / "home")
    home.ensure()
    home.settings_file.unlink(missing_ok=True)
    for aside in home.config_dir.glob("settings.toml.corrupt-*"):
        aside.unlink()
    data = settings_bytes(bad, unknown, mangle, cut, seed)
    home.settings_file.write_bytes(data)

    code, said = check(home.settings_file, home)
    assert "Traceback" not in said
    assert len(said) < 100 * 1024, "a message quotes a value, never a whole file"
    assert code in (0, 1)
    lines = said.splitlines()
    assert all(line.startswith(f"{home.settings_file}: ") for line in lines), said
    if mangle == "none":
        for key in bad:
            if said.count(key) == 0 and not _shadowed(key, bad, unknown):
                raise AssertionError(f"{key} = {bad[key]!r} was not named: {said}")
    plans(home)


def _shadowed(key: str, bad: dict[str, object], unknown: dict[str, object]) -> bool:
    """A key that could not be written because a shorter one holds a plain value there."""
    parts = key.split(".")
    return any(".".join(parts[:n]) in {**bad, **unknown} for n in range(1, len(parts)))


def test_the_app_starts_with_a_sample_of_them(tmp_path: Path) -> None:
    """Every hostile value under every way of mangling a file, each started as the real app."""
    files = []
    for number, mangle in enumerate(("none", "truncate", "bom", "binary", "insert")):
        for index, value in enumerate(HOSTILE):
            key = KEYS[(number * len(HOSTILE) + index) % len(KEYS)]
            data = settings_bytes({key: value}, {"zz": index}, mangle, 0.5, b"\x80junk")
            file = tmp_path / f"{mangle}-{index}.toml"
            file.write_bytes(data)
            files.append(str(file))
    done = start_each(tmp_path / "home", *files)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [f"started {file}" for file in files], done.stderr
    assert "Traceback" not in done.stderr
