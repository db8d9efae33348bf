"""The release, as a person gets it: built from this checkout, installed, used, removed.

`assets/packaging/build.py` builds the bundle and the .deb; the .deb is installed
with dpkg on this machine, and the installed `calf-coach` (not this checkout's) runs
on the test desktop: its tray icon, a glass of water, the bedtime routine, History
with its charts, a PDF report, Russian, and the line it writes to start at login.
Then the package is removed and nothing of it may be left, while the person's data
stays. Installing needs root (CI runs as root, or with sudo); the tests skip, saying
why, where the build or install tools are missing.
"""

from __future__ import annotations

import configparser
import contextlib
import io
import os
import shlex
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import ARTIFACTS
from tests.e2e.desktop import Desktop, missing_tools, wait_for
from tests.e2e.wayland_desktop import missing_wayland_tools, running_wayland

ROOT = Path(__file__).resolve().parents[2]
BUILD_TOOLS = ("dpkg-deb", "dpkg-shlibdeps", "objdump", "xz", "desktop-file-validate")
missing = [tool for tool in (*BUILD_TOOLS, "appstreamcli") if shutil.which(tool) is None]
missing += missing_tools()
as_root: list[str] = [] if os.geteuid() == 0 else ["sudo", "-n"]
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        bool(missing), reason=f"the package test needs {', '.join(missing)} (bash .ci/run)"
    ),
]

PROGRAM = Path("/usr/bin/calf-coach")
BUNDLE = Path("/opt/calf-coach")


@dataclass(frozen=True)
class Release:
    tarball: Path
    deb: Path
    bundle_bytes: int
    files: tuple[Path, ...]
    """Every path the installed package owns (dpkg -L)."""
    new: frozenset[Path]
    """The paths the install created (those not there before it)."""


def _installed() -> bool:
    done = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", "calf-coach"], capture_output=True, text=True
    )
    return "install ok installed" in done.stdout


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Release]:
    """Build from this checkout, then install the .deb; removed (and checked) at the end."""
    if _installed():
        pytest.fail("calf-coach is already installed on this machine: remove it first")
    out = tmp_path_factory.mktemp("release")
    build = subprocess.run(
        [
            sys.executable,
            str(ROOT / "assets/packaging/build.py"),
            "--out",
            str(out),
            "--work",
            str(out / "work"),
        ],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    print(build.stdout[-600:])
    version = _version()
    tarball = out / f"calf-coach-{version}-linux-x86_64.tar.xz"
    deb = out / f"calf-coach_{version}_amd64.deb"
    with tarfile.open(tarball) as tar:
        bundle_bytes = sum(member.size for member in tar.getmembers())
    listing = subprocess.run(
        ["dpkg-deb", "--fsys-tarfile", str(deb)], capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(listing)) as tar:
        packed = {Path("/", name) for name in tar.getnames()}
    new = frozenset(path for path in packed if not (path.exists() or path.is_symlink()))
    install = subprocess.run([*as_root, "dpkg", "-i", str(deb)], capture_output=True, text=True)
    assert install.returncode == 0, install.stderr
    try:
        listed = subprocess.run(
            ["dpkg", "-L", "calf-coach"], capture_output=True, text=True, check=True
        ).stdout
        files = tuple(Path(line) for line in listed.splitlines() if line.strip())
        yield Release(tarball, deb, bundle_bytes, files, new)
    finally:
        subprocess.run([*as_root, "dpkg", "-r", "calf-coach"], capture_output=True, check=False)


def _version() -> str:
    import tomllib

    with (ROOT / "pyproject.toml").open("rb") as file:
        version: str = tomllib.load(file)["project"]["version"]
    return version


@pytest.fixture
def installed_app(desktop: Desktop, release: Release) -> Iterator[Desktop]:
    """The test desktop, starting the installed program instead of this checkout."""
    before = desktop.program
    desktop.program = [str(PROGRAM)]
    try:
        yield desktop
    finally:
        desktop.program = before


def _with_its_tray_icon(desktop: Desktop, home: Path) -> dict[str, Any]:
    """The installed app's status once its tray icon is shown on `desktop`."""
    status: dict[str, Any] = wait_for(
        lambda: (s := desktop.status(home))["running"] and s["tray"]["visible"] and s,
        30,
        "the installed app's tray icon",
        step=0.3,
    )
    return status


def test_the_release_fits_its_size_limits(release: Release) -> None:
    assert release.tarball.stat().st_size <= 60e6
    assert release.bundle_bytes <= 170e6
    assert release.deb.stat().st_size <= 60e6
    with tarfile.open(release.tarball) as tar:
        names = tar.getnames()
    assert "calf-coach/calf-coach" in names, "the program sits in an unversioned folder"


def test_the_package_installs_like_a_desktop_app(release: Release) -> None:
    assert PROGRAM.resolve() == BUNDLE / "calf-coach"
    assert shutil.which("calf-coach", path="/usr/bin") == str(PROGRAM)
    launcher = Path("/usr/share/applications/calf-coach.desktop")
    checked = subprocess.run(
        ["desktop-file-validate", str(launcher)], capture_output=True, text=True
    )
    assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout
    entry = configparser.RawConfigParser(interpolation=None, strict=False)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(launcher)
    assert entry["Desktop Entry"]["Exec"] == "calf-coach"
    actions = {
        entry[f"Desktop Action {name}"]["Exec"]
        for name in entry["Desktop Entry"]["Actions"].split(";")
        if name
    }
    assert {"calf-coach routine cramp-now", "calf-coach routine bedtime"} <= actions
    for size in (16, 24, 32, 48, 64, 128, 256):
        assert Path(f"/usr/share/icons/hicolor/{size}x{size}/apps/calf-coach.png") in release.files
    assert Path("/usr/share/icons/hicolor/scalable/apps/calf-coach.svg") in release.files
    metainfo = Path("/usr/share/metainfo/org.calfcoach.CalfCoach.metainfo.xml")
    validated = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True
    )
    assert validated.returncode == 0, validated.stdout
    assert "not medical advice" in metainfo.read_text()
    depends = subprocess.run(
        ["dpkg-query", "-W", "-f=${Depends}", "calf-coach"], capture_output=True, text=True
    ).stdout
    assert "libc6 (>=" in depends and "libxcb-cursor0" in depends, depends


def test_the_installed_app_starts_to_its_tray_and_does_what_it_says(
    installed_app: Desktop, tmp_path: Path
) -> None:
    desktop = installed_app
    home = tmp_path / "home"
    desktop.start_app(home)
    status = _with_its_tray_icon(desktop, home)
    assert status["tray"]["geometry"][2] > 0
    desktop.screenshot("package-tray")

    logged = desktop.calf_coach(home, "log", "water")
    assert logged.returncode == 0, logged.stderr
    wait_for(lambda: desktop.status(home)["water_today_ml"] == 250, 10, "the glass to count")

    assert desktop.calf_coach(home, "routine", "bedtime").returncode == 0
    wait_for(lambda: desktop.status(home).get("player"), 15, "the routine player")
    desktop.screenshot("package-routine")

    assert desktop.calf_coach(home, "history", "--window").returncode == 0
    wait_for(partial(desktop.windows, "History — Calf Coach"), 15, "the history window")
    shot = desktop.screenshot("package-history").convert("RGB")
    colours = shot.getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 50, "History drew its charts"

    report = tmp_path / "report.pdf"
    exported = desktop.calf_coach(home, "export", "--pdf", str(report))
    assert exported.returncode == 0, exported.stderr
    assert report.read_bytes().startswith(b"%PDF")

    assert desktop.calf_coach(home, "quit").returncode == 0
    wait_for(lambda: not desktop.status(home)["running"], 15, "the app to quit")
    assert (home / "history.sqlite3").exists()


def test_the_installed_app_speaks_russian(installed_app: Desktop, tmp_path: Path) -> None:
    home = tmp_path / "russian"
    installed_app.start_app(home, welcome=True, system_language="ru_RU")
    wait_for(partial(installed_app.windows, "Добро пожаловать — Calf Coach"), 30, "the welcome")
    installed_app.screenshot("package-welcome-russian")
    assert installed_app.calf_coach(home, "quit", welcome=True).returncode == 0


def test_the_start_at_login_line_it_writes_starts_it(
    installed_app: Desktop, tmp_path: Path
) -> None:
    desktop = installed_app
    home = tmp_path / "home"
    config = tmp_path / "config"
    env = {**desktop.env, "XDG_CONFIG_HOME": str(config)}
    desktop.settle(home)
    turned_on = subprocess.run(
        [str(PROGRAM), "--home", str(home), "autostart", "on"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert turned_on.returncode == 0, turned_on.stderr
    entry = configparser.RawConfigParser(interpolation=None, strict=False)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(config / "autostart" / "calf-coach.desktop")
    line = entry["Desktop Entry"]["Exec"]
    argv = shlex.split(line)
    assert argv[0] == str(PROGRAM), f"{line!r} names the program that survives an upgrade"
    started = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(
            lambda: desktop.status(home)["running"], 30, "the app started by the autostart line"
        )
    finally:
        desktop.calf_coach(home, "quit")
        started.wait(timeout=15)


def test_a_command_starts_the_installed_app_when_it_is_not_running(
    installed_app: Desktop, tmp_path: Path
) -> None:
    desktop = installed_app
    home = tmp_path / "home"
    started = desktop.calf_coach(home, "routine", "bedtime", timeout=60)
    assert started.returncode == 0, started.stderr
    try:
        wait_for(lambda: desktop.status(home).get("player") == "bedtime", 15, "the player")
    finally:
        assert desktop.calf_coach(home, "quit").returncode == 0


@pytest.mark.skipif(bool(missing_wayland_tools()), reason="needs sway, waybar and mako")
def test_the_installed_app_on_a_wayland_desktop(release: Release, tmp_path: Path) -> None:
    """sway with waybar's tray and mako: the bundle's Wayland plugin draws the app there."""
    with running_wayland(tmp_path / "sway", ARTIFACTS / "package-wayland") as sway:
        sway.program = [str(PROGRAM)]
        home = tmp_path / "home"
        sway.start_app(home)
        status = _with_its_tray_icon(sway, home)
        assert (status["platform"], status["session"]) == ("wayland", "wayland")
        assert sway.calf_coach(home, "remind", "fluids").returncode == 0
        wait_for(lambda: "A glass of water" in str(sway.notifications()), 15, "the notification")
        sway.click_notification()  # the person asks for the card: a Wayland window of its own
        wait_for(
            lambda: any("calf-coach" in str(w.get("app_id")) for w in sway.windows_now()),
            10,
            "the card on sway",
        )
        sway.screenshot("package-card")
        assert sway.calf_coach(home, "quit").returncode == 0


def _peak_so_far(recording: Path) -> float:
    """The loudest sample parecord has written so far (16-bit; its header is skipped)."""
    data = recording.read_bytes()[44:] if recording.exists() else b""
    samples = memoryview(data[: len(data) // 2 * 2]).cast("h")
    return max((abs(s) for s in samples), default=0) / 32768


@pytest.mark.skipif(
    not (
        shutil.which("pulseaudio")
        and shutil.which("parecord")
        and shutil.which("speech-dispatcher")
    ),
    reason="needs pulseaudio, parecord and speech-dispatcher (bash .ci/run installs them)",
)
@pytest.mark.parametrize("heard", ["chime", "voice"])
def test_the_installed_app_is_heard(installed_app: Desktop, tmp_path: Path, heard: str) -> None:
    """The bundle carries no FFmpeg: the chimes play through Qt's own audio output, and
    the voice through speech-dispatcher, recorded off a null sink."""
    from tests.e2e.test_audible import SoundServer

    desktop = installed_app
    (tmp_path / "sound").mkdir()
    server = SoundServer(tmp_path / "sound")
    server.start()
    home = tmp_path / "home"
    home.mkdir()
    voice = "true" if heard == "voice" else "false"
    (home / "settings.toml").write_text(
        f"[attention]\naway_after_minutes = 120\n[sound]\nvoice = {voice}\n"
    )
    env = {**desktop.env, **{key: server.env[key] for key in ("PULSE_SERVER", "XDG_RUNTIME_DIR")}}
    recording = tmp_path / "heard.wav"
    with contextlib.ExitStack() as cleanup:  # whatever fails, nothing outlives the test
        cleanup.callback(server.stop)
        recorder = subprocess.Popen(
            ["parecord", "--device=coach_null.monitor", "--file-format=wav", str(recording)],
            env=server.env,
        )
        cleanup.callback(_stop, recorder, 0)
        app = subprocess.Popen(
            [str(PROGRAM), "--home", str(home)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        cleanup.callback(_stop, app, 15)
        cleanup.callback(desktop.calf_coach, home, "quit")
        wait_for(lambda: desktop.status(home)["running"], 30, "the installed app")
        assert desktop.calf_coach(home, "routine", "bedtime").returncode == 0
        window = wait_for(partial(desktop.windows, " — Calf Coach"), 15, "the player")[0]
        if heard == "chime":
            desktop.xdotool("windowfocus", "--sync", window)
            desktop.xdotool("key", "Right")  # the next step starts with a chime
        wait_for(lambda: _peak_so_far(recording) > 0.05, 30, f"the {heard} on the sound server")


def _stop(process: subprocess.Popen[bytes], patience: float) -> None:
    """Let a process end by itself within `patience` seconds (the app after `quit`), else
    end it."""
    try:
        process.wait(timeout=patience)
    except subprocess.TimeoutExpired:
        process.terminate()
        process.wait(timeout=10)


def test_removing_the_package_leaves_none_of_its_files_and_keeps_the_data(
    release: Release, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    Desktop.settle(home)
    logged = subprocess.run(
        [str(PROGRAM), "--home", str(home), "log", "water"], capture_output=True, text=True
    )
    assert logged.returncode == 0, logged.stderr
    removed = subprocess.run([*as_root, "dpkg", "-r", "calf-coach"], capture_output=True, text=True)
    assert removed.returncode == 0, removed.stderr
    assert not _installed()
    left = sorted(path for path in release.new if path.exists() or path.is_symlink())
    assert left == [], f"left behind: {left[:10]}"
    assert not BUNDLE.exists() and not PROGRAM.exists()
    assert (home / "history.sqlite3").exists(), "the person's data stays"
