"""Draw the demo's photos of nappes and give the demo its harvest (no real people, no photo).

``python tools/make_nappes.py`` draws two "photos" of paper tablecloths with
Pillow -- a paper texture, words in coloured marker, doodles, a coffee ring,
the shadow of a phone held above -- into ``resources/demo_nappes/``, and adds
to ``resources/demo_workshop.json`` the capitaines' summaries and the two
photos (:func:`add_harvest`; ``tools/make_demo.py`` calls it too).  Only the
harvest is rewritten: the demo's seating plan stays as it is.

:func:`nappe` is also what the tests photograph: any size, any seed.
"""

from __future__ import annotations

import math
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw, ImageFilter, ImageFont  # noqa: E402

from workshop import harvest  # noqa: E402
from workshop.model import Workshop  # noqa: E402

FONT = ROOT / "resources" / "fonts" / "DejaVuSans-Bold.ttf"
OUT = ROOT / "resources" / "demo_nappes"
MARKERS = ["#1f4e9c", "#c0392b", "#1e8449", "#7d3c98", "#d35400", "#222222"]

# (table, round from 1, summary): what the capitaines said
SUMMARIES = [
    ("T1", 1, "On a surtout parlé de la cour : des bancs, de l'ombre, un potager.\n"
              "Les anciens veulent pouvoir s'asseoir dehors."),
    ("T1", 2, "Le groupe a repris les bancs et ajouté le local vélos. "
              "Débat sur les arbres fruitiers : qui les entretient ?"),
    ("T3", 1, "Tout le monde veut se connaître mieux. La fête des voisins revient "
              "dans chaque groupe ; le panneau « coups de main » plaît aux familles."),
    ("T5", 1, "On ne sait pas ce que décide le conseil d'administration. "
              "Une lettre sur papier, pas seulement par courriel."),
]

# (table, round from 1, file, words written on it, seed)
PHOTOS = [
    ("T1", 1, "nappe-table1-tour1.jpg",
     ["Des bancs !", "ombre", "potager", "arbres ?", "cour"], 1),
    ("T3", 1, "nappe-table3-tour1.jpg",
     ["Fête des voisins", "juin", "coups de main", "se connaître", "repas"], 2),
]


def nappe(words: list[str], seed: int = 0, size: tuple[int, int] = (1600, 1200)) -> Image.Image:
    """A paper tablecloth photographed from above: texture, marker words, doodles."""
    rng = random.Random(seed)
    w, h = size
    paper = Image.effect_noise((w, h), 18).convert("L")
    base = Image.new("RGB", (w, h), (244, 238, 222))
    grain = Image.merge("RGB", [paper.point(lambda v, k=k: 226 - 8 * k + (v - 128) // 3)
                                for k in range(3)])
    image = Image.blend(base, grain, 0.7)
    draw = ImageDraw.Draw(image)
    for _ in range(int(w * h / 9000)):  # fibres of the paper
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        angle, length = rng.uniform(0, math.pi), rng.uniform(4, 18)
        draw.line([(x, y), (x + length * math.cos(angle), y + length * math.sin(angle))],
                  fill=(226, 219, 200), width=1)
    _coffee_ring(draw, rng, w, h)
    slots = [(col, row) for col in range(3) for row in range(3)]
    rng.shuffle(slots)  # one word per ninth of the cloth: words never overlap
    for i, word in enumerate(words):
        _marker_word(image, word, rng, slots[i % 9], w, h, MARKERS[(i + seed) % len(MARKERS)])
    for _ in range(7):
        _doodle(draw, rng, w, h)
    shade = Image.linear_gradient("L").resize((w, h)).point(lambda v: 255 - v // 7)
    image = Image.composite(image, Image.new("RGB", (w, h), (120, 112, 100)), shade)
    return image.filter(ImageFilter.GaussianBlur(0.6))


def _coffee_ring(draw: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    x, y, r = rng.uniform(0.1, 0.9) * w, rng.uniform(0.1, 0.9) * h, min(w, h) * 0.06
    for k in range(6):
        draw.ellipse([x - r - k, y - r - k, x + r + k, y + r + k], outline=(196, 160, 112))


def _marker_word(image: Image.Image, word: str, rng: random.Random, slot: tuple[int, int],
                 w: int, h: int, ink: str) -> None:
    font = ImageFont.truetype(str(FONT), int(min(w, h) * rng.uniform(0.055, 0.08)))
    box = ImageDraw.Draw(image).textbbox((0, 0), word, font=font)
    layer = Image.new("RGBA", (box[2] + 20, box[3] + 20), (0, 0, 0, 0))
    ImageDraw.Draw(layer).text((10, 10), word, font=font, fill=ink)
    layer = layer.rotate(rng.uniform(-14, 14), expand=True, resample=Image.Resampling.BICUBIC)
    cell_w, cell_h = w // 3, h // 3
    x = slot[0] * cell_w + int(rng.uniform(0, 1) * max(1, cell_w - layer.width))
    y = slot[1] * cell_h + int(rng.uniform(0, 1) * max(1, cell_h - layer.height))
    image.paste(layer, (x, y), layer)


def _doodle(draw: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int) -> None:
    ink = rng.choice(MARKERS)
    x, y, r = rng.uniform(0.05, 0.95) * w, rng.uniform(0.05, 0.95) * h, rng.uniform(20, 60)
    kind = rng.choice(["star", "circle", "arrow", "wave", "heart"])
    if kind == "circle":
        draw.ellipse([x - r, y - r, x + r, y + r], outline=ink, width=6)
    elif kind == "star":
        points = [(x + (r if k % 2 == 0 else r / 2.4) * math.cos(math.pi * k / 5 - math.pi / 2),
                   y + (r if k % 2 == 0 else r / 2.4) * math.sin(math.pi * k / 5 - math.pi / 2))
                  for k in range(11)]
        draw.line(points, fill=ink, width=6)
    elif kind == "arrow":
        end = (x + 3 * r, y + rng.uniform(-r, r))
        draw.line([(x, y), end], fill=ink, width=7)
        draw.line([end, (end[0] - 25, end[1] - 18)], fill=ink, width=7)
        draw.line([end, (end[0] - 25, end[1] + 18)], fill=ink, width=7)
    elif kind == "wave":
        draw.line([(x + k * 12, y + 14 * math.sin(k / 1.5)) for k in range(18)], fill=ink,
                  width=6)
    else:
        draw.ellipse([x - r, y - r / 2, x, y + r / 2], outline=ink, width=6)
        draw.ellipse([x, y - r / 2, x + r, y + r / 2], outline=ink, width=6)
        draw.line([(x - r, y), (x, y + r * 1.3), (x + r, y)], fill=ink, width=6)


def add_harvest(ws: Workshop) -> None:
    """The demo's summaries and its two photos of nappes (the files: :func:`draw`)."""
    ws.summaries.clear()
    ws.photos.clear()
    for table, round_, text in SUMMARIES:
        harvest.set_summary(ws, table, round_ - 1, text)
    for table, round_, name, _words, _seed in PHOTOS:
        harvest.add_photo(ws, table, round_ - 1, name, 1600, 1200)


def draw() -> list[Path]:
    OUT.mkdir(exist_ok=True)
    written = []
    for _table, _round, name, words, seed in PHOTOS:
        path = OUT / name
        nappe(words, seed).save(path, "JPEG", quality=78, optimize=True)
        written.append(path)
    return written


if __name__ == "__main__":
    from workshop.storage.store import decode, encode, workshop_to_tables

    for path in draw():
        print(f"wrote {path} ({path.stat().st_size // 1024} kB)")
    demo = ROOT / "resources" / "demo_workshop.json"
    workshop = decode(demo.read_bytes(), demo)
    add_harvest(workshop)
    demo.write_bytes(encode(workshop_to_tables(workshop)))
    print(f"wrote {demo}")
