"""A thousand generated export targets: empty, `.`, `..`, a folder for a file and a file
for a folder, an existing report or CSV files, a pipe, links to nothing and to a folder, a
missing or read-only folder, names of any length and encoding. Each export either writes what
it says where it says, or refuses in one line and changes nothing; it never replaces a file
unless --force says so."""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.cli import main
from coach.core.insights.export import csv_names
from coach.core.system.paths import Paths
from tests.faults.helpers import THOUSAND_EXAMPLES
from tests.helpers import at

NOW = at("2026-06-10 08:00")
PLACES = [
    "",
    " ",
    ".",
    "..",
    "report.pdf",
    "new.pdf",
    "folder",
    "folder/",
    "folder/new.pdf",
    "folder/..",
    "csvs",
    "csvs/water.csv",
    "missing/new.pdf",
    "missing/deeper/x",
    "read-only/new.pdf",
    "read-only",
    "pipe",
    "nowhere",
    "to-folder",
    "report.pdf/x",
    "x" * 300,
    "\udcff\udcfe.pdf",
    "кириллица.pdf",
    "-",
]
"""Names relative to a sandbox made afresh for each example (see `sandbox`)."""


def inside(text: str) -> bool:
    """Whether a generated name stays in the sandbox (no absolute path, no home folder)."""
    return not text.lstrip().startswith(("/", "~"))


def sandbox(root: Path) -> None:
    (root / "report.pdf").write_bytes(b"%PDF the person's own")
    (root / "folder").mkdir()
    (root / "csvs").mkdir()
    for name in csv_names():
        (root / "csvs" / name).write_text("kept\n")
    (root / "read-only").mkdir(mode=0o500)
    os.mkfifo(root / "pipe")
    (root / "nowhere").symlink_to(root / "gone")
    (root / "to-folder").symlink_to(root / "folder")


def snapshot(root: Path) -> dict[str, object]:
    seen: dict[str, object] = {}
    for path in sorted(root.rglob("*")):
        name = str(path.relative_to(root))
        if path.is_symlink():
            seen[name] = ("link", str(path.readlink()))
        elif path.is_file():
            seen[name] = path.read_bytes()
        else:
            seen[name] = ("kind", path.stat().st_mode)
    return seen


@THOUSAND_EXAMPLES
@given(
    kind=st.sampled_from(["--csv", "--pdf"]),
    place=st.one_of(st.sampled_from(PLACES), st.text(max_size=30).filter(inside)),
    force=st.booleans(),
)
def test_generated_export_targets(
    tmp_path_factory: pytest.TempPathFactory, kind: str, place: str, force: bool
) -> None:
    root = tmp_path_factory.mktemp("export")
    home = Paths.resolve(root.parent / f"{root.name}-home")
    work = root / "work"  # what is compared; the export runs a level down (for "..")
    here = work / "here"
    here.mkdir(parents=True)
    sandbox(here)
    before = snapshot(work)
    argv = ["--home", str(home.config_dir), "export", kind, place, *(["--force"] * force)]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.chdir(here), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv, clock=lambda: NOW)
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 2
    said = err.getvalue()
    assert "Traceback" not in said
    assert code in (0, 1, 2), (code, said)
    after = snapshot(work)
    if code != 0:
        assert len(said.strip().splitlines()) == 1, said
        assert after == before, said
        return
    target = here / place
    changed = {name for name in after if after[name] != before.get(name)}
    if kind == "--pdf":
        assert target.read_bytes().startswith(b"%PDF-")
        assert force or not (target.exists() and str(target.relative_to(work)) in before)
        written = {str(target.resolve().relative_to(work.resolve()))}
    else:
        assert sorted(p.name for p in target.iterdir() if p.suffix == ".csv") == sorted(csv_names())
        folder = target.resolve().relative_to(work.resolve())
        written = {str(folder / name) for name in csv_names()} | {str(folder)}
    assert changed <= written, (changed, written)
