"""The release against the developer's install: sizes, and launch to tray icon.

1. sizes: the unpacked bundle, its .tar.xz and .deb, beside this virtual environment's
   site-packages (what a pip install costs);
2. launch to tray icon on a real desktop (Xvfb + tint2 + dunst), page cache warm:
   the venv's `calf-coach` and the bundle's program, taken in turn, the median of each.

Run: `.venv/bin/python tests/bench/bundle.py [--release DIR]`. DIR holds what
`assets/packaging/build.py --out DIR` wrote (default `dist/`; with nothing there the
build runs first, about two minutes). The bundle is unpacked from its .tar.xz.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import coach
from tests.bench.idle import LAUNCHES, NOTHING_DUE, folder_mb, install_size, launch_app, quit_app
from tests.e2e.desktop import calf_coach_command, missing_tools, running_desktop

ROOT = Path(__file__).resolve().parents[2]


def release_files(folder: Path) -> tuple[Path, Path]:
    tarball = folder / f"calf-coach-{coach.__version__}-linux-x86_64.tar.xz"
    deb = folder / f"calf-coach_{coach.__version__}_amd64.deb"
    if not (tarball.exists() and deb.exists()):
        print(f"No release in {folder}: building it (about two minutes)...", flush=True)
        build = ROOT / "assets" / "packaging" / "build.py"
        subprocess.run([sys.executable, str(build), "--out", str(folder)], check=True)
    return tarball, deb


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--release", type=Path, default=ROOT / "dist")
    args = parser.parse_args()
    if missing_tools():
        print(f"needs {', '.join(missing_tools())} (bash .ci/run installs them)")
        return 2
    tarball, deb = release_files(args.release)
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        with tarfile.open(tarball) as tar:
            tar.extractall(root / "unpacked", filter="tar")
        bundle = root / "unpacked" / "calf-coach"
        site, pyside = install_size()
        print("1. sizes (MB)")
        print(f"   bundle unpacked    {folder_mb(bundle):7.1f}  (limit 170)")
        print(f"   bundle .tar.xz     {tarball.stat().st_size / 1e6:7.1f}  (limit 60)")
        print(f"   .deb               {deb.stat().st_size / 1e6:7.1f}")
        print(f"   venv site-packages {site:7.1f}  (PySide6 {pyside:.1f})")

        times: dict[str, list[float]] = {"venv": [], "bundle": []}
        programs = {"venv": calf_coach_command(), "bundle": [str(bundle / "calf-coach")]}
        with running_desktop(root / "desktop", root / "shots") as desktop:
            for n in range(LAUNCHES):
                for name, program in programs.items():
                    desktop.program = program
                    home = root / f"{name}-{n}"
                    app, seconds = launch_app(desktop, home, NOTHING_DUE)
                    times[name].append(seconds)
                    quit_app(desktop, home, app)
        print(f"2. launch to tray icon, median of {LAUNCHES} (s)")
        for name, taken in times.items():
            spread = f"{min(taken):.2f} to {max(taken):.2f}"
            print(f"   {name:7} {statistics.median(taken):.2f}  ({spread})")
        ratio = statistics.median(times["bundle"]) / statistics.median(times["venv"])
        print(f"   bundle / venv: {ratio:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
