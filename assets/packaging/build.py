"""Build the release from a checkout: `python3 assets/packaging/build.py`.

It writes, under `dist/`:
- `calf-coach-<version>-linux-x86_64.tar.xz`: a one-folder bundle (`calf-coach/`, with
  the program `calf-coach/calf-coach`) that runs without Python installed;
- `calf-coach_<version>_amd64.deb`: the same bundle under /opt/calf-coach, with
  `calf-coach` on the PATH, the launcher, the icons and the AppStream metainfo.

PyInstaller freezes the app (one folder, so it starts fast and nothing is unpacked at
each start); `contents.py` declares what the bundle carries. The build refuses to
finish when the app imports a module the bundle leaves out, or when the bundle needs
a newer C library than the oldest system it is said to run on.

Run it with the Python the bundle should carry. Unless it already has PyInstaller
and the app's dependencies (the test environment does), it makes its own
environment in `build/bundle-venv` first and runs itself there.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import textwrap
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))  # the app's own declarations (its id, launcher, name)

MINIMUM_GLIBC = (2, 36)
"""The oldest C library the bundle is built for (Debian 12's): the build must run on a
system no newer, so every library it carries was linked against one no newer."""

LIMITS_MB = {"bundle": 170, "tarball": 60}
"""The most the unpacked bundle and its .tar.xz may weigh, in MB: a trim that fails
silently shows up here first."""

METAINFO = "org.calfcoach.CalfCoach.metainfo.xml"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
PACKAGE = "calf-coach"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Calf Coach bundle and .deb.")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where to write them")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "bundle", help="scratch folder"
    )
    args = parser.parse_args(argv)
    if sys.platform != "linux":
        print("build.py builds the Linux bundle; see the README for Windows and macOS.")
        return 2
    if not _has_tools():
        return _in_build_venv(argv or [])
    _check_build_system()
    version = _version()
    bundle = _freeze(args.work)
    _check_glibc(bundle)
    args.out.mkdir(parents=True, exist_ok=True)
    tarball = _tarball(bundle, args.out / f"{PACKAGE}-{version}-linux-x86_64.tar.xz")
    deb = _deb(bundle, version, args.work, args.out / f"{PACKAGE}_{version}_amd64.deb")
    for path in (tarball, deb):
        print(f"Wrote {path} ({path.stat().st_size / 1e6:.1f} MB)")
    print(f"Bundle: {_size(bundle) / 1e6:.1f} MB unpacked")
    return _check_sizes({"bundle": _size(bundle), "tarball": tarball.stat().st_size})


def _check_sizes(sizes: dict[str, int]) -> int:
    over = [
        f"the {what} weighs {size / 1e6:.1f} MB, more than {LIMITS_MB[what]} MB"
        for what, size in sizes.items()
        if size > LIMITS_MB[what] * 1e6
    ]
    for line in over:
        print(f"build.py: {line}", file=sys.stderr)
    return 1 if over else 0


def _has_tools() -> bool:
    try:
        import PyInstaller  # noqa: F401
        import PySide6  # noqa: F401
    except ImportError:
        return False
    return True


def _in_build_venv(argv: list[str]) -> int:
    """Make `build/bundle-venv` with the app's dependencies and PyInstaller, then rerun."""
    venv = ROOT / "build" / "bundle-venv"
    python = venv / "bin" / "python"
    if not python.exists():
        print(f"Making the build environment in {venv} (once)...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", f"{ROOT}[bundle]"], check=True)
    return subprocess.run([str(python), __file__, *argv], check=False).returncode


def _version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        version: str = tomllib.load(file)["project"]["version"]
    return version


def _glibc_of_this_system() -> tuple[int, ...]:
    text = os.confstr("CS_GNU_LIBC_VERSION") or ""  # "glibc 2.36"
    return tuple(int(part) for part in text.split()[-1].split("."))


def _check_build_system() -> None:
    have = _glibc_of_this_system()
    if have > MINIMUM_GLIBC:
        raise SystemExit(
            f"build.py: this system has glibc {_dotted(have)}, newer than the oldest the "
            f"bundle is for ({_dotted(MINIMUM_GLIBC)}): build on such a system (Debian 12), "
            "or the bundle may not start there."
        )


def _freeze(work: Path) -> Path:
    """Run PyInstaller on the recipe; the bundle folder."""
    dist = work / "dist"
    shutil.rmtree(work / "pyinstaller", ignore_errors=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work / "pyinstaller"),
            str(HERE / "calf-coach.spec"),
        ],
        check=True,
    )
    _check_nothing_left_out_is_imported(work / "pyinstaller" / PACKAGE / f"warn-{PACKAGE}.txt")
    return dist / PACKAGE


def left_out_imports(warnings: str) -> list[str]:
    """The app's imports of modules the bundle leaves out, from PyInstaller's warnings."""
    found = []
    for line in warnings.splitlines():
        match = re.match(r"excluded module named (\S+) - imported by (.*)", line)
        if match and re.search(r"\bcoach\.", match.group(2)):
            found.append(f"{match.group(1)} (imported by {match.group(2)})")
    return found


def _check_nothing_left_out_is_imported(warn_file: Path) -> None:
    found = left_out_imports(warn_file.read_text())
    if found:
        raise SystemExit(
            "build.py: the app imports modules the bundle leaves out; add them to "
            "contents.py or stop importing them:\n  " + "\n  ".join(found)
        )


def needed_glibc(bundle: Path) -> tuple[int, ...]:
    """The newest glibc symbol version any program or library in `bundle` asks for."""
    newest: tuple[int, ...] = (2, 0)
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file() or not _is_elf(path):
            continue
        symbols = subprocess.run(
            ["objdump", "-T", str(path)], capture_output=True, text=True, check=True
        ).stdout
        for version in re.findall(r"GLIBC_(\d+(?:\.\d+)+)", symbols):
            newest = max(newest, tuple(int(part) for part in version.split(".")))
    return newest


def _is_elf(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


def _check_glibc(bundle: Path) -> None:
    needed = needed_glibc(bundle)
    if needed > MINIMUM_GLIBC:
        raise SystemExit(
            f"build.py: the bundle needs glibc {_dotted(needed)}, newer than "
            f"{_dotted(MINIMUM_GLIBC)}, the oldest it is for."
        )
    print(
        f"The bundle needs glibc {_dotted(needed)} at least (it is for {_dotted(MINIMUM_GLIBC)})."
    )


def _tarball(bundle: Path, target: Path) -> Path:
    """`calf-coach/` in an .tar.xz: an unversioned folder, so an upgrade unpacks over it
    and the launcher and autostart lines written by the old one still work."""
    with tempfile.TemporaryDirectory() as scratch:
        plain = Path(scratch) / "calf-coach.tar"
        with tarfile.open(plain, "w", format=tarfile.PAX_FORMAT) as tar:
            tar.add(bundle, arcname=PACKAGE, filter=_owned_by_root)
        partial = target.with_name(target.name + ".partial")
        with partial.open("wb") as out:
            subprocess.run(["xz", "-T0", "-6", "-c", str(plain)], stdout=out, check=True)
        partial.replace(target)
    return target


def _owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def _deb(bundle: Path, version: str, work: Path, target: Path) -> Path:
    """The .deb: the bundle in /opt/calf-coach and what a desktop needs to show it."""
    from coach.core.system.autostart import APP_ID, desktop_entry

    root = work / "deb"
    shutil.rmtree(root, ignore_errors=True)
    opt = root / "opt" / PACKAGE
    shutil.copytree(bundle, opt, symlinks=True)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / PACKAGE).symlink_to(f"/opt/{PACKAGE}/{PACKAGE}")
    share = root / "usr" / "share"
    _write(share / "applications" / f"{APP_ID}.desktop", desktop_entry([PACKAGE], autostart=False))
    icons = ROOT / "assets" / "icons"
    for size in ICON_SIZES:
        _copy(
            icons / "window" / f"calf-coach-{size}.png",
            share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png",
        )
    _copy(
        icons / "calf-coach.svg",
        share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    )
    _copy(HERE / METAINFO, share / "metainfo" / METAINFO)
    _copy(HERE / "copyright", share / "doc" / PACKAGE / "copyright")
    depends, recommends = _dependencies(opt, work)
    control = {
        "Package": PACKAGE,
        "Version": version,
        "Architecture": "amd64",
        "Maintainer": "Calf Coach developers <calf-coach@users.noreply.github.com>",
        "Installed-Size": str(_size(root) // 1024),
        "Depends": depends,
        "Recommends": ", ".join(filter(None, [recommends, SOUND_PLAYER])),
        "Section": "utils",
        "Priority": "optional",
        "Homepage": _homepage(),
        "Description": _description(),
    }
    _write(
        root / "DEBIAN" / "control", "".join(f"{key}: {value}\n" for key, value in control.items())
    )
    for path in root.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(target)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return target


SOUND_PLAYER = "pulseaudio-utils | pipewire-bin"
"""What carries `paplay` or `pw-play`, with which the app plays its chimes on Linux."""
OPTIONAL_PARTS = ("Multimedia", "TextToSpeech", "texttospeech")
"""Files whose libraries the .deb only recommends: the app runs without sound or voice."""


def _dependencies(opt: Path, work: Path) -> tuple[str, str]:
    """(Depends, Recommends) of the bundle's programs and libraries, as dpkg-shlibdeps
    reads them off the system libraries they link to."""
    elves = sorted(p for p in opt.rglob("*") if p.is_file() and not p.is_symlink() and _is_elf(p))
    optional = [p for p in elves if any(part in str(p) for part in OPTIONAL_PARTS)]
    required = [p for p in elves if p not in optional]
    private = sorted({f"-l{p.parent}" for p in elves})
    scratch = work / "shlibdeps"
    (scratch / "debian").mkdir(parents=True, exist_ok=True)
    (scratch / "debian" / "control").write_text(
        f"Source: {PACKAGE}\n\nPackage: {PACKAGE}\nArchitecture: amd64\n"
    )
    result = subprocess.run(
        [
            "dpkg-shlibdeps",
            "-O",
            "--ignore-missing-info",
            *private,
            "-dDepends",
            *map(str, required),
            "-dRecommends",
            *map(str, optional),
        ],
        cwd=scratch,
        capture_output=True,
        text=True,
        check=True,
    )
    fields = dict(
        line.removeprefix("shlibs:").split("=", 1)
        for line in result.stdout.splitlines()
        if line.startswith("shlibs:")
    )
    return fields.get("Depends", ""), fields.get("Recommends", "")


def _homepage() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        homepage: str = tomllib.load(file)["project"]["urls"]["Homepage"]
    return homepage


def _description() -> str:
    """The package's summary and a paragraph, in the .deb's folded format."""
    from coach.core.system.autostart import COMMENT

    body = (
        "Calf Coach sits in the system tray and reminds you at the right moments: "
        "bedtime calf stretches, water through the day, resting with the legs raised. "
        "It coaches short stretch routines step by step, opens a calm guide when a "
        "cramp strikes, and keeps a private log on your own computer. "
        "It is not medical advice."
    )
    return COMMENT + "\n" + textwrap.fill(body, 79, initial_indent=" ", subsequent_indent=" ")


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def _copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


def _size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def _dotted(version: tuple[int, ...]) -> str:
    return ".".join(map(str, version))


if __name__ == "__main__":
    sys.exit(main())
