"""Photos of the nappes: made safe and small, kept in the workshop's photo folder.

A phone photo carries where it was taken (EXIF GPS), the phone's make,
the time, sometimes the owner's name, and is 3 to 12 MB.  What is kept
(``NAME.json.photos/`` beside the workshop file, written atomically) is a
new JPEG made from the pixels only: turned upright from its EXIF
orientation, at most :data:`MAX_EDGE` pixels on its long side, without
any metadata (no EXIF, no GPS, no ICC profile, no comment).  The report
embeds a still smaller copy (:func:`report_jpeg`) so that twenty photos
stay well under 20 MB.

Pillow reads JPEG and PNG; HEIC (iPhones) only where a HEIF plugin for
Pillow (pillow-heif) is installed, otherwise a clear sentence asks for a
JPEG.  Pillow is imported here only, when a photo is handled: it is the
project's image library already (PDF thumbnails) and the store owns every
file beside the workshop, this folder included.
"""

from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

from workshop.errors import WorkshopError
from workshop.storage.atomic import clean_stale_temps, names_starting, write_atomic

SUFFIX = ".photos"
#: what the file dialog offers and what a drop accepts
EXTENSIONS = (".jpg", ".jpeg", ".png", ".heic", ".heif")
MAX_EDGE = 2000          # pixels, long side: sharp on a projector, a few hundred kB
QUALITY = 82
REPORT_EDGE = 1400       # in the PDF: 17 cm wide at about 200 dpi
REPORT_BUDGET = 650_000  # bytes per photo in the PDF: 20 photos ≈ 13 MB at most
MAX_SOURCE = 200 * 1024 * 1024


class PhotoError(WorkshopError):
    """A photo that cannot be read or kept."""

    domain = "photos"


@dataclass(frozen=True)
class Prepared:
    """A photo made safe: JPEG bytes without metadata, and its size in pixels."""

    data: bytes
    width: int
    height: int


def photo_dir(workshop_path: Path) -> Path:
    """The folder of a workshop's photos (``Atelier.json`` → ``Atelier.json.photos``)."""
    real = Path(os.path.realpath(workshop_path))
    return real.with_name(real.name + SUFFIX)


def _heif_plugin() -> bool:
    """Register a HEIF opener for Pillow when one is installed (HEIC from iPhones)."""
    try:
        from pillow_heif import register_heif_opener
    except ImportError:
        return False
    register_heif_opener()
    return True


def prepare(source: Path) -> Prepared:
    """Read ``source`` and return it upright, reduced, without any metadata."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    source = Path(source)
    heif = source.suffix.lower() in (".heic", ".heif")
    if heif and not _heif_plugin():
        raise PhotoError("heic_unsupported", name=source.name)
    try:
        if source.stat().st_size > MAX_SOURCE:
            raise PhotoError("too_big", name=source.name)
        with Image.open(source) as image:
            image.draft("RGB", (MAX_EDGE, MAX_EDGE))  # a JPEG decodes at a fraction: quick
            upright = ImageOps.exif_transpose(image)
            upright = _flat_rgb(upright)
    except FileNotFoundError:
        raise PhotoError("missing", name=source.name) from None
    except Image.DecompressionBombError:
        raise PhotoError("too_big", name=source.name) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise PhotoError("heic_unsupported" if heif else "unreadable",
                         name=source.name) from None
    upright.thumbnail((MAX_EDGE, MAX_EDGE), Image.Resampling.LANCZOS)
    return Prepared(_bare_jpeg(upright, QUALITY), upright.width, upright.height)


def _flat_rgb(image):
    """RGB pixels and nothing else: transparency on white, every tag and profile left out."""
    from PIL import Image

    if image.mode in ("RGBA", "LA", "P", "PA"):
        image = image.convert("RGBA")
        white = Image.new("RGBA", image.size, "white")
        image = Image.alpha_composite(white, image)
    image = image.convert("RGB")
    # a new image from the pixels alone: no info dict (exif, icc_profile, comments) survives
    return Image.frombytes("RGB", image.size, image.tobytes())


def _bare_jpeg(image, quality: int) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality, optimize=True, progressive=False)
    return buffer.getvalue()


_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def store(folder: Path, prepared: Prepared, table: str, round_: int | None) -> str:
    """Write ``prepared`` in ``folder`` under a new name and return that name."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stem = _UNSAFE.sub("-", table).strip("-") or "table"
    stem += f"-tour{round_ + 1}" if round_ is not None else ""
    while True:
        name = f"{stem}-{os.urandom(3).hex()}.jpg"
        if not (folder / name).exists():
            break
    write_atomic(folder / name, prepared.data)
    return name


def report_jpeg(path: Path) -> tuple[bytes, int, int] | None:
    """A copy of a stored photo for the PDF: smaller, at most :data:`REPORT_BUDGET` bytes.

    ``None`` when the file is gone (removed by an erasure, or the folder was not
    copied with the workshop): the report then says the photo is missing.
    """
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            image.draft("RGB", (REPORT_EDGE, REPORT_EDGE))
            pixels = _flat_rgb(image)
    except (FileNotFoundError, UnidentifiedImageError, OSError, ValueError):
        return None
    pixels.thumbnail((REPORT_EDGE, REPORT_EDGE), Image.Resampling.LANCZOS)
    for quality in (75, 65, 55, 45):
        data = _bare_jpeg(pixels, quality)
        if len(data) <= REPORT_BUDGET:
            break
        if quality == 55:  # still too heavy (a very busy picture): smaller then
            pixels.thumbnail((REPORT_EDGE * 3 // 4, REPORT_EDGE * 3 // 4))
    return data, pixels.width, pixels.height


def files_in(folder: Path) -> list[Path]:
    """The photos in ``folder`` (temporary files of an unfinished write left out)."""
    return [p for p in names_starting(Path(folder), "") if p.suffix == ".jpg"
            and not p.name.startswith(".")]


def clean_temps(folder: Path) -> list[Path]:
    """Remove what a write killed half-way left in the folder (writer only)."""
    removed: list[Path] = []
    for name in {p.name.split(".tmp-")[0].lstrip(".")
                 for p in names_starting(Path(folder), ".") if ".tmp-" in p.name}:
        removed += clean_stale_temps(Path(folder) / name)
    return removed


def copy_named(source: Path, target: Path, names: set[str]) -> list[str]:
    """Copy the photos ``names`` from one workshop's folder to another's (« Enregistrer
    sous… »: the new file must not lose its photos); returns the names not found."""
    missing: list[str] = []
    if Path(source).resolve() == Path(target).resolve():
        return missing
    for name in sorted(names):
        origin = Path(source) / name
        try:
            data = origin.read_bytes()
        except OSError:
            missing.append(name)
            continue
        Path(target).mkdir(parents=True, exist_ok=True)
        write_atomic(Path(target) / name, data)
    return missing


def remove_unused(folder: Path, used: set[str]) -> list[Path]:
    """Delete the photos no copy of the workshop names any more; return them."""
    removed = []
    for path in files_in(folder):
        if path.name not in used:
            try:
                path.unlink()
            except OSError:
                continue
            removed.append(path)
    return removed
