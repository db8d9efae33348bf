"""The audible path, for real: a PulseAudio server with a null sink, its monitor recorded.

The app's own chime object plays a shipped WAV and the app's voice speaks a step
title through speech-dispatcher (espeak-ng); each recording must hold sound, and a
recording made while nothing plays must hold none. Where no sound server can be
reached the same objects stay silent and say why. The tests skip, saying what is
missing, on a machine without pulseaudio, parecord or speech-dispatcher (CI installs
them).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import struct
import subprocess
import sys
import time
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.desktop import wait_for

ROOT = Path(__file__).resolve().parents[2]
NEEDED = ("pulseaudio", "parecord", "pactl")
missing = [tool for tool in NEEDED if shutil.which(tool) is None]
pytestmark = pytest.mark.skipif(bool(missing), reason=f"needs {', '.join(missing)}")


class SoundServer:
    def __init__(self, folder: Path) -> None:
        self.runtime = folder / "run"
        self.runtime.mkdir(mode=0o700)
        self.socket = self.runtime / "native"
        self.env = {
            **os.environ,
            "XDG_RUNTIME_DIR": str(self.runtime),
            "PULSE_SERVER": f"unix:{self.socket}",
            "HOME": str(folder),
            "QT_QPA_PLATFORM": "offscreen",
        }
        self.log = folder / "pulseaudio.log"
        self.folder = folder

    def start(self) -> None:
        self.log_file = self.log.open("wb")
        self.process = subprocess.Popen(
            [
                "pulseaudio",
                "-n",
                "--daemonize=no",
                "--exit-idle-time=-1",
                "--use-pid-file=no",
                "--load=module-null-sink sink_name=coach_null",
                f"--load=module-native-protocol-unix auth-anonymous=1 socket={self.socket}",
                "--log-target=stderr",
            ],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=self.log_file,
        )
        wait_for(self._ready, 15, "the sound server")

    def _ready(self) -> bool:
        return subprocess.run(["pactl", "info"], env=self.env, capture_output=True).returncode == 0

    def record(
        self, what: str, env: dict[str, str] | None = None
    ) -> tuple[dict[str, object], float]:
        """Run the app's sound objects for `what` while the null sink is recorded:
        (what they said of themselves, the loudest sample recorded, 0 to 1)."""
        target = self.folder / f"{what}.wav"
        recorder = subprocess.Popen(
            ["parecord", "--device=coach_null.monitor", "--file-format=wav", str(target)],
            env=self.env,
        )
        time.sleep(0.5)
        run = subprocess.run(
            [sys.executable, "-m", "tests.e2e.audible", what],
            env=env or self.env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        time.sleep(0.5)
        recorder.send_signal(signal.SIGINT)
        recorder.wait(timeout=10)
        assert run.returncode == 0, run.stderr
        return json.loads(run.stdout.strip().splitlines()[-1]), loudest(target)

    def stop(self) -> None:
        pid_file = self.runtime / "speech-dispatcher" / "pid" / "speech-dispatcher.pid"
        if pid_file.exists():  # the speech server the voice started for this test
            with contextlib.suppress(ValueError, ProcessLookupError):
                os.kill(int(pid_file.read_text().strip()), signal.SIGTERM)
        self.process.terminate()
        self.process.wait(timeout=10)
        self.log_file.close()


def loudest(path: Path) -> float:
    with wave.open(str(path)) as recording:
        assert recording.getsampwidth() == 2
        frames = recording.readframes(recording.getnframes())
    samples = struct.unpack(f"<{len(frames) // 2}h", frames)
    return max((abs(s) for s in samples), default=0) / 32768


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SoundServer]:
    running = SoundServer(tmp_path_factory.mktemp("sound"))
    running.start()
    yield running
    running.stop()


def test_silence_records_as_silence(server: SoundServer) -> None:
    _, peak = server.record("nothing")
    assert peak < 0.001


def test_a_chime_reaches_the_sound_server(server: SoundServer) -> None:
    said, peak = server.record("chime")
    assert said["audible"] is True and said["reason"] == ""
    assert peak > 0.05, "the chime was not heard"
    assert "not supported" not in json.dumps(said["messages"])


@pytest.mark.skipif(shutil.which("speech-dispatcher") is None, reason="needs speech-dispatcher")
def test_the_voice_speaks_a_step_title(server: SoundServer) -> None:
    said, peak = server.record("voice")
    assert said["audible"] is True and said["reason"] == ""
    assert peak > 0.05, "the voice was not heard"


def test_with_no_sound_server_the_chimes_stay_silent_and_say_why(server: SoundServer) -> None:
    nowhere = {**server.env, "PULSE_SERVER": f"unix:{server.folder / 'no-such-socket'}"}
    said, peak = server.record("chime", nowhere)
    assert said["audible"] is False and said["reason"]
    assert peak < 0.001
