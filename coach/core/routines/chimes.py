"""The chimes, synthesised here rather than downloaded: soft bell-like tones.

`python -m coach.core.routines.chimes assets/sounds` writes step.wav (a soft chime at
each step change) and done.wav (a distinct, rising one at the end). Pure
standard library: the same call always writes the same bytes.
"""

from __future__ import annotations

import io
import math
import struct
import sys
import wave
from pathlib import Path

RATE = 48_000
CHANNELS = 2
"""48 kHz 16-bit stereo: what PulseAudio and PipeWire devices take as they are."""

# (frequency in Hz, start in s, length in s): a few soft partials each.
CHIMES: dict[str, list[tuple[float, float, float]]] = {
    "step": [(660.0, 0.0, 0.9), (990.0, 0.0, 0.6)],
    "done": [(523.25, 0.0, 1.2), (659.25, 0.18, 1.1), (783.99, 0.36, 1.2), (1046.5, 0.54, 1.3)],
}


def chime_wav(tones: list[tuple[float, float, float]], peak: float = 0.35) -> bytes:
    """A 16-bit WAV of bell-like tones, the same in both channels: a soft attack and a long
    decay, never clipped."""
    seconds = max(start + length for _, start, length in tones)
    count = int(seconds * RATE)
    samples = [0.0] * count
    for frequency, start, length in tones:
        first = int(start * RATE)
        for n in range(int(length * RATE)):
            t = n / RATE
            envelope = min(1.0, t / 0.01) * math.exp(-4.5 * t / length)
            samples[first + n] += envelope * math.sin(2 * math.pi * frequency * t)
    loudest = max(abs(s) for s in samples) or 1.0
    frames = b"".join(
        struct.pack("<h", round(32767 * peak * s / loudest)) * CHANNELS for s in samples
    )
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(CHANNELS)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(frames)
    return out.getvalue()


def write_chimes(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, tones in CHIMES.items():
        path = folder / f"{name}.wav"
        path.write_bytes(chime_wav(tones))
        written.append(path)
    return written


if __name__ == "__main__":
    for written in write_chimes(Path(sys.argv[1] if len(sys.argv) > 1 else "assets/sounds")):
        print(written)
