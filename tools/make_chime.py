"""Write ``resources/sounds/chime.wav``: a short, soft two-note chime.

Generated rather than downloaded so its licence is ours.  Two bell-like
notes (a fifth apart, with a few inharmonic partials and an exponential
decay), 16-bit mono at 22.05 kHz, about 1.2 s: audible over a room's
chatter without startling anyone.  Run: ``python tools/make_chime.py``.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
OUT = Path(__file__).resolve().parents[1] / "resources" / "sounds" / "chime.wav"
PARTIALS = ((1.0, 1.0), (2.0, 0.35), (2.76, 0.18), (5.4, 0.06))


def bell(freq: float, start: float, length: float, total: float) -> list[float]:
    samples = [0.0] * int(total * RATE)
    first = int(start * RATE)
    for i in range(int(length * RATE)):
        t = i / RATE
        attack = min(1.0, t / 0.005)       # 5 ms attack: no click
        value = sum(a * math.sin(2 * math.pi * freq * r * t) * math.exp(-t * 3.5 * r ** 0.5)
                    for r, a in PARTIALS)
        if first + i < len(samples):
            samples[first + i] += attack * value
    return samples


def chime() -> list[float]:
    total = 1.25
    high = bell(880.0, 0.0, 1.0, total)
    low = bell(659.25, 0.22, 1.0, total)
    mixed = [h + l for h, l in zip(high, low)]
    peak = max(abs(v) for v in mixed)
    fade = int(0.05 * RATE)                # fade the tail to exact silence
    for i in range(fade):
        mixed[-1 - i] *= i / fade
    return [0.6 * v / peak for v in mixed]


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    frames = b"".join(struct.pack("<h", int(v * 32767)) for v in chime())
    with wave.open(str(OUT), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)
    print(f"{OUT} ({len(frames) // 2 / RATE:.2f} s)")


if __name__ == "__main__":
    main()
