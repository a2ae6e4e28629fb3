#!/usr/bin/env python3
"""Make the game's sound effects and party music loops into assets/ with the
standard library alone.

Each effect is built from a few sine partials with soft attacks and
exponential decays (a struck-bell or marimba colour rather than a buzzer),
then a short echo for warmth and a fade to silence so nothing clicks.
Output is 22050 Hz, mono, 16-bit WAV; the same script always writes the
same bytes.

    python tools/make_sounds.py [OUTPUT_FOLDER]
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22050
PEAK = 0.55  # of full scale: effects sit under the player's music, never shout


def note(name: str) -> float:
    """Frequency of a note such as 'A4' or 'C#5' (equal temperament, A4 = 440 Hz)."""
    steps = {"C": -9, "D": -7, "E": -5, "F": -4, "G": -2, "A": 0, "B": 2}
    base = steps[name[0]]
    rest = name[1:]
    if rest.startswith("#"):
        base += 1
        rest = rest[1:]
    elif rest.startswith("b"):
        base -= 1
        rest = rest[1:]
    octave = int(rest)
    return 440.0 * 2 ** ((base + 12 * (octave - 4)) / 12)


def silence(seconds: float) -> list[float]:
    return [0.0] * int(seconds * RATE)


def tone(
    freq: float,
    seconds: float,
    partials: tuple[tuple[float, float, float], ...] = ((1, 1.0, 1.0), (2, 0.25, 2.5), (3, 0.08, 4.0)),
    decay: float = 6.0,
    attack: float = 0.006,
    glide: float = 0.0,
) -> list[float]:
    """A struck tone: partials are (multiple, level, how much faster it dies).

    glide bends the pitch by that many semitones over the note (a falling
    'wrong' answer); the phase is integrated so the bend stays smooth."""
    n = int(seconds * RATE)
    out = []
    phases = [0.0] * len(partials)
    for i in range(n):
        t = i / RATE
        f = freq * 2 ** (glide * (t / seconds) / 12) if glide else freq
        env = min(1.0, t / attack) if attack > 0 else 1.0
        s = 0.0
        for k, (mult, level, faster) in enumerate(partials):
            phases[k] += 2 * math.pi * f * mult / RATE
            s += level * math.sin(phases[k]) * math.exp(-decay * faster * t)
        out.append(s * env)
    # Release: a note cut off mid-swing would click, so its last moments fade out.
    release = min(n // 3, int(0.02 * RATE))
    for i in range(release):
        out[n - 1 - i] *= 0.5 - 0.5 * math.cos(math.pi * i / release)
    return out


def mix(*layers: tuple[float, list[float]]) -> list[float]:
    """Sum layers, each placed at a start time in seconds."""
    end = max(int(start * RATE) + len(samples) for start, samples in layers)
    out = [0.0] * end
    for start, samples in layers:
        offset = int(start * RATE)
        for i, s in enumerate(samples):
            out[offset + i] += s
    return out


def echo(samples: list[float], delay: float = 0.07, feedback: float = 0.28, tail: float = 0.25) -> list[float]:
    """A small room: one feedback delay, lowpassed so repeats are softer than the hit."""
    d = int(delay * RATE)
    out = samples + [0.0] * int(tail * RATE)
    smooth = 0.0
    for i in range(d, len(out)):
        smooth += 0.45 * (out[i - d] - smooth)
        out[i] += feedback * smooth
    return out


def finish(samples: list[float], fade: float = 0.04) -> list[float]:
    """Normalise to PEAK and fade both ends to exact silence (no clicks)."""
    top = max(abs(s) for s in samples) or 1.0
    out = [s * PEAK / top for s in samples]
    n = min(len(out) // 2, int(fade * RATE))
    for i in range(n):
        g = 0.5 - 0.5 * math.cos(math.pi * i / n)  # raised cosine
        out[-1 - i] *= g
    out[0] = 0.0
    return out


def right() -> list[float]:
    # A rising major sixth, bell-like: bright but round.
    bell = ((1, 1.0, 1.0), (2, 0.3, 2.0), (3, 0.12, 3.0), (4.2, 0.05, 5.0))
    return finish(echo(mix((0.0, tone(note("E5"), 0.22, bell, decay=9)), (0.085, tone(note("C#6"), 0.42, bell, decay=7)))))


def wrong() -> list[float]:
    # Two low, soft notes sliding down: clearly "no", without a buzzer.
    soft = ((1, 1.0, 1.0), (2, 0.18, 1.8), (3, 0.05, 3.0))
    return finish(
        echo(mix((0.0, tone(note("A3"), 0.2, soft, decay=7, glide=-0.5)), (0.13, tone(note("F3"), 0.42, soft, decay=6, glide=-1.0))), feedback=0.2),
        fade=0.08,
    )


def tick() -> list[float]:
    # A wood-block tick: short, high, mostly inharmonic partials.
    wood = ((1, 1.0, 1.0), (2.76, 0.4, 1.6), (5.4, 0.15, 2.4))
    return finish(tone(1180.0, 0.07, wood, decay=60, attack=0.0015), fade=0.015)


def timeup() -> list[float]:
    # A soft gong-like chord falling away: time has run out.
    gong = ((1, 1.0, 1.0), (2.0, 0.35, 1.5), (2.92, 0.18, 2.2), (4.1, 0.08, 3.0))
    layers = (
        (0.0, tone(note("D4"), 0.9, gong, decay=3.5, attack=0.01)),
        (0.0, tone(note("A3"), 0.9, gong, decay=3.5, attack=0.01)),
        (0.0, tone(note("D3"), 0.9, gong, decay=3.0, attack=0.01)),
    )
    return finish(echo(mix(*layers), delay=0.11, feedback=0.3, tail=0.2), fade=0.15)


def fanfare() -> list[float]:
    # A quick rising arpeggio that lands on a held major chord.
    bright = ((1, 1.0, 1.0), (2, 0.35, 1.6), (3, 0.15, 2.4), (4, 0.06, 3.2))
    arp = [note("C5"), note("E5"), note("G5")]
    layers = [(0.1 * i, tone(f, 0.3, bright, decay=7)) for i, f in enumerate(arp)]
    for f in (note("C5"), note("E5"), note("G5"), note("C6")):
        layers.append((0.3, tone(f, 0.95, bright, decay=2.6, attack=0.012)))
    return finish(echo(mix(*layers), delay=0.09, feedback=0.3, tail=0.25), fade=0.2)


def click() -> list[float]:
    # Moving through menus: barely there, like a light switch.
    soft = ((1, 1.0, 1.0), (2, 0.2, 2.0))
    return finish(tone(1600.0, 0.035, soft, decay=90, attack=0.001), fade=0.01)


def buildup() -> list[float]:
    # Before a party's reveal: a soft roll that rises and swells, then stops short.
    seconds = 0.9
    n = int(seconds * RATE)
    out = []
    phase = 0.0
    for i in range(n):
        t = i / RATE
        phase += 2 * math.pi * (note("A3") * 2 ** (7 * t / seconds / 12)) / RATE
        roll = 0.55 + 0.45 * math.sin(2 * math.pi * 18 * t)  # the strokes of a roll
        swell = (t / seconds) ** 1.5
        out.append(math.sin(phase) * roll * (0.25 + 0.75 * swell))
    return finish(out, fade=0.03)


# The party's music: short loops that repeat without a seam. A note that rings
# past the loop's end wraps round to its start, so the join is never heard.
MUSIC_PEAK = 0.32  # music sits under the effects and the players' voices


def loop(length: float, layers: list[tuple[float, list[float]]]) -> list[float]:
    n = int(length * RATE)
    out = [0.0] * n
    for start, samples in layers:
        offset = int(start * RATE)
        for i, sample in enumerate(samples):
            out[(offset + i) % n] += sample
    top = max(abs(x) for x in out) or 1.0
    return [x * MUSIC_PEAK / top for x in out]


def chords_loop(chords: list[list[str]], beat: float, pattern: list[int], bass_beats: list[int],
                pulse: bool) -> list[float]:
    """Each chord for one bar of eight eighth-notes: an arpeggio by ``pattern``, a bass note
    on ``bass_beats``, and (``pulse``) a soft high tick on every eighth."""
    soft = ((1, 1.0, 1.0), (2, 0.2, 2.0), (3, 0.05, 3.0))
    warm = ((1, 1.0, 1.0), (2, 0.35, 1.5))
    eighth = beat / 2
    layers = []
    for bar, chord in enumerate(chords):
        start = bar * 8 * eighth
        for step, index in enumerate(pattern):
            layers.append((start + step * eighth,
                           [0.5 * x for x in tone(note(chord[index]), eighth * 3, soft, decay=5)]))
        for b in bass_beats:
            bass = chord[0][:-1] + str(int(chord[0][-1]) - 2)
            layers.append((start + b * eighth, tone(note(bass), beat * 1.8, warm, decay=2.2)))
        if pulse:
            wood = ((1, 1.0, 1.0), (2.76, 0.4, 1.6))
            for step in range(8):
                level = 0.12 if step % 2 else 0.2
                layers.append((start + step * eighth,
                               [level * x for x in tone(2400.0, 0.04, wood, decay=80, attack=0.001)]))
    return loop(len(chords) * 8 * eighth, layers)


def lobby_music() -> list[float]:
    # Unhurried and warm while players join: C, A minor, F, G at 96 beats a minute.
    chords = [["C4", "E4", "G4", "C5"], ["A3", "C4", "E4", "A4"], ["F3", "A3", "C4", "F4"],
              ["G3", "B3", "D4", "G4"]]
    return chords_loop(chords, 60 / 96, [0, 1, 2, 3, 2, 1, 2, 3], [0, 4], pulse=False)


def question_music() -> list[float]:
    # Under a question: quicker, in a minor key, with a ticking pulse that keeps time.
    chords = [["A3", "C4", "E4", "A4"], ["F3", "A3", "C4", "F4"], ["D3", "F3", "A3", "D4"],
              ["E3", "G#3", "B3", "E4"]]
    return chords_loop(chords, 60 / 120, [0, 2, 1, 3, 0, 2, 1, 3], [0, 3, 6], pulse=True)


EFFECTS = {"right": right, "wrong": wrong, "tick": tick, "timeup": timeup, "fanfare": fanfare,
           "click": click, "buildup": buildup, "music-lobby": lobby_music,
           "music-question": question_music}


def write(path: Path, samples: list[float]) -> None:
    frames = b"".join(struct.pack("<h", max(-32767, min(32767, round(s * 32767)))) for s in samples)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(frames)


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path(__file__).resolve().parent.parent / "assets"
    folder.mkdir(parents=True, exist_ok=True)
    for name, make in EFFECTS.items():
        path = folder / f"{name}.wav"
        samples = make()
        write(path, samples)
        print(f"{path.name}: {len(samples) / RATE:.2f} s, {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
