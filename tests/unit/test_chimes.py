"""The chimes are made by the project, reproducibly, and are gentle."""

from __future__ import annotations

import io
import struct
import wave

import pytest

from coach.core.routines.chimes import CHIMES, RATE, chime_wav
from coach.core.system.assets import asset_path


@pytest.mark.parametrize("name", sorted(CHIMES))
def test_the_shipped_chime_is_exactly_what_the_script_makes(name: str) -> None:
    assert asset_path(f"sounds/{name}.wav").read_bytes() == chime_wav(CHIMES[name])


@pytest.mark.parametrize(("name", "seconds"), [("step", 0.9), ("done", 1.84)])
def test_chimes_are_short_soft_48k_stereo_wavs(name: str, seconds: float) -> None:
    with wave.open(io.BytesIO(chime_wav(CHIMES[name]))) as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (2, 2, 48_000)
        assert wav.getnframes() / RATE == pytest.approx(seconds, abs=0.01)
        frames = wav.readframes(wav.getnframes())
    both = struct.unpack(f"<{len(frames) // 2}h", frames)
    samples, right = both[0::2], both[1::2]
    assert samples == right
    assert max(abs(s) for s in samples) == round(32767 * 0.35)  # soft: about a third of full scale
    assert abs(samples[-1]) < 0.05 * 32767  # fades out, no click at the end
