"""Photos of the nappes made safe: upright, without metadata, reduced; bad files refused.

Every source is made here with Pillow the way a phone writes it: a JPEG
whose pixels are stored sideways with EXIF orientation 6, a GPS block
(position, a place named in clear) and the phone's make, model and owner.
The stored file is read back with Pillow *and* as bytes: no EXIF segment,
no GPS, no ICC profile, no comment may survive.
"""

from __future__ import annotations

import importlib.util
import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from ui.text.messages import describe
from workshop.storage import photos
from workshop.storage.photos import PhotoError, prepare
from workshop.storage.store import WorkshopStore

#: clear words hidden in the metadata: none may be found in a stored file
SECRETS = (b"SECRET-PLACE-Lyon", b"PhoneMakerX", b"Model-Z9", b"Jeanne Owner")
ORIENTATION, GPS_IFD, MAKE, MODEL, ARTIST = 0x0112, 0x8825, 0x010F, 0x0110, 0x013B


def phone_exif(orientation: int = 6) -> Image.Exif:
    """What a phone writes: the orientation, where, with what, by whom."""
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[MAKE] = SECRETS[1].decode()
    exif[MODEL] = SECRETS[2].decode()
    exif[ARTIST] = SECRETS[3].decode()
    gps = exif.get_ifd(GPS_IFD)
    gps[1] = "N"                                    # GPSLatitudeRef
    gps[2] = (45.0, 45.0, 52.5)                     # GPSLatitude
    gps[3] = "E"                                    # GPSLongitudeRef
    gps[4] = (4.0, 50.0, 32.1)                      # GPSLongitude
    gps[0x1C] = SECRETS[0].decode()                 # GPSAreaInformation
    return exif


def sideways_jpeg(path: Path, size=(400, 300), orientation: int = 6) -> Path:
    """A JPEG stored as the sensor saw it: left half red, right half blue.

    Orientation 6 says "turn 90° clockwise to show": upright, red is on top.
    """
    image = Image.new("RGB", size, (0, 0, 255))
    ImageDraw.Draw(image).rectangle([0, 0, size[0] // 2 - 1, size[1]], fill=(255, 0, 0))
    image.save(path, "JPEG", quality=95, exif=phone_exif(orientation),
               icc_profile=b"\0" * 128, comment=b"Jeanne Owner's phone")
    return path


def segments(data: bytes) -> list[tuple[int, bytes]]:
    """The JPEG's marker segments before the image data: (marker, payload)."""
    assert data[:2] == b"\xff\xd8"
    out, at = [], 2
    while at < len(data):
        assert data[at] == 0xFF, f"not a marker at {at}"
        marker = data[at + 1]
        if marker == 0xDA:  # start of scan: the compressed pixels follow
            break
        length = struct.unpack(">H", data[at + 2:at + 4])[0]
        out.append((marker, data[at + 4:at + 2 + length]))
        at += 2 + length
    return out


def assert_bare(data: bytes) -> None:
    """No EXIF, GPS, ICC, XMP or comment: only the JFIF header and the image's tables."""
    head = segments(data)
    kinds = {marker for marker, _payload in head}
    assert kinds & {0xE1, 0xE2, 0xED, 0xFE} == set(), [hex(k) for k in kinds]
    header = b"".join(payload for _m, payload in head)
    assert b"Exif" not in header and b"GPS" not in header
    for secret in SECRETS:
        assert secret not in data
    with Image.open(io.BytesIO(data)) as image:
        assert len(image.getexif()) == 0
        assert not {"exif", "icc_profile", "comment", "xmp"} & set(image.info)


@pytest.fixture
def store(tmp_path):
    store = WorkshopStore(tmp_path / "atelier.json")
    from workshop.model import Workshop

    store.save(Workshop("w", "Atelier"))
    yield store
    store.close()


def test_the_source_really_carries_what_a_phone_writes(tmp_path):
    source = sideways_jpeg(tmp_path / "IMG_0001.jpg")
    with Image.open(source) as image:
        exif = image.getexif()
        assert exif[ORIENTATION] == 6 and exif.get_ifd(GPS_IFD)[1] == "N"
        assert image.size == (400, 300)
    raw = source.read_bytes()
    assert b"Exif" in raw and SECRETS[0] in raw  # so the checks below can fail


def test_a_sideways_phone_photo_is_stored_upright_without_any_metadata(tmp_path, store):
    source = sideways_jpeg(tmp_path / "IMG_0001.jpg")
    prepared = prepare(source)
    assert (prepared.width, prepared.height) == (300, 400)  # turned: portrait now
    name = store.keep_photo(prepared, "T1", 0)
    kept = store.photo_dir / name
    assert kept.parent == tmp_path / "atelier.json.photos"
    assert name.startswith("T1-tour1-") and name.endswith(".jpg")
    data = kept.read_bytes()
    assert_bare(data)
    with Image.open(kept) as image:
        assert image.size == (300, 400) and image.mode == "RGB"
        top, bottom = image.getpixel((150, 50)), image.getpixel((150, 350))
    assert top[0] > 200 and top[2] < 60       # red on top: turned the right way (clockwise)
    assert bottom[2] > 200 and bottom[0] < 60


@pytest.mark.parametrize("orientation, size", [(1, (400, 300)), (3, (400, 300)),
                                               (8, (300, 400))])
def test_other_orientations_are_turned_too(tmp_path, orientation, size):
    prepared = prepare(sideways_jpeg(tmp_path / "x.jpg", orientation=orientation))
    assert (prepared.width, prepared.height) == size
    assert_bare(prepared.data)


def test_a_big_photo_is_reduced_to_the_longest_edge(tmp_path):
    source = tmp_path / "big.jpg"
    Image.effect_noise((4000, 3000), 40).convert("RGB").save(source, quality=90,
                                                             exif=phone_exif(1))
    prepared = prepare(source)
    assert (prepared.width, prepared.height) == (photos.MAX_EDGE, photos.MAX_EDGE * 3 // 4)
    assert len(prepared.data) < source.stat().st_size
    assert_bare(prepared.data)


def test_a_png_with_transparency_is_kept_on_white(tmp_path, store):
    source = tmp_path / "scan.png"
    image = Image.new("RGBA", (200, 100), (0, 0, 0, 0))  # transparent…
    ImageDraw.Draw(image).rectangle([0, 0, 99, 99], fill=(0, 128, 0, 255))  # …but the left
    image.save(source)
    prepared = prepare(source)
    kept = store.photo_dir / store.keep_photo(prepared, "T2", None)
    assert kept.name.startswith("T2-") and "tour" not in kept.name
    assert_bare(kept.read_bytes())
    with Image.open(kept) as back:
        assert back.format == "JPEG" and back.mode == "RGB" and back.size == (200, 100)
        green, clear = back.getpixel((50, 50)), back.getpixel((150, 50))
    assert green[1] > 100 and green[0] < 40
    assert min(clear) > 240  # transparency became white, not black


def refused(source: Path, store: WorkshopStore) -> PhotoError:
    """What adding ``source`` the way the window does gives: prepare, then keep."""
    with pytest.raises(PhotoError) as caught:
        store.keep_photo(prepare(source), "T1", 0)
    assert not store.photo_dir.exists() or photos.files_in(store.photo_dir) == []
    return caught.value


def test_a_corrupt_jpeg_is_refused_with_one_sentence_and_nothing_kept(tmp_path, store):
    whole = sideways_jpeg(tmp_path / "whole.jpg", size=(800, 600)).read_bytes()
    broken = tmp_path / "IMG_0002.jpg"
    broken.write_bytes(whole[:len(whole) // 2])  # the transfer stopped half-way
    error = refused(broken, store)
    assert error.code == "unreadable"
    assert describe(error, "fr") == \
        "« IMG_0002.jpg » n'est pas une image lisible (JPEG ou PNG) : rien n'a été ajouté."
    assert describe(error, "en") == \
        "“IMG_0002.jpg” is not a readable image (JPEG or PNG): nothing was added."


def test_a_file_that_is_not_an_image_is_refused(tmp_path, store):
    text = tmp_path / "compte-rendu.jpg"
    text.write_text("Ce n'est pas une photo.", encoding="utf-8")
    assert refused(text, store).code == "unreadable"
    empty = tmp_path / "vide.png"
    empty.write_bytes(b"")
    assert refused(empty, store).code == "unreadable"


def test_a_missing_file_is_named(tmp_path, store):
    error = refused(tmp_path / "partie.jpg", store)
    assert error.code == "missing"
    assert "partie.jpg" in describe(error, "fr")


def huge_png(width: int, height: int) -> bytes:
    """A PNG header claiming a huge picture: a decompression bomb's first bytes."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body)))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                             0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b""))


def test_a_decompression_bomb_is_refused_before_it_is_decoded(tmp_path, store):
    bomb = tmp_path / "bombe.png"
    bomb.write_bytes(huge_png(30_000, 30_000))  # 900 million pixels, 2.7 GB once decoded
    error = refused(bomb, store)
    assert error.code == "too_big"
    assert describe(error, "en").startswith("“bombe.png” is too heavy for a photo")


HEIF = importlib.util.find_spec("pillow_heif") is not None


@pytest.mark.skipif(HEIF, reason="pillow-heif is installed: HEIC is read (next test)")
def test_without_the_heif_plugin_a_heic_photo_asks_for_a_jpeg(tmp_path, store):
    heic = tmp_path / "IMG_0003.HEIC"
    heic.write_bytes(b"\0\0\0\x18ftypheic\0\0\0\0mif1heic" + b"\0" * 64)
    error = refused(heic, store)
    assert error.code == "heic_unsupported"
    assert "JPEG" in describe(error, "fr") and "IMG_0003.HEIC" in describe(error, "en")


@pytest.mark.skipif(not HEIF, reason="pillow-heif is not installed: HEIC is refused "
                                     "with a sentence (previous test)")
def test_with_the_heif_plugin_a_heic_photo_is_read(tmp_path):  # pragma: no cover - optional
    from pillow_heif import register_heif_opener

    register_heif_opener()
    heic = tmp_path / "IMG_0004.heic"
    Image.new("RGB", (300, 200), (10, 200, 10)).save(heic, exif=phone_exif(6))
    prepared = prepare(heic)
    assert (prepared.width, prepared.height) == (200, 300)
    assert_bare(prepared.data)


def test_the_report_copy_is_smaller_and_bare(tmp_path, store):
    source = tmp_path / "noise.jpg"
    Image.effect_noise((3000, 2000), 80).convert("RGB").save(source, quality=95,
                                                             exif=phone_exif(6))
    kept = store.photo_dir / store.keep_photo(prepare(source), "T1", 0)
    data, width, height = photos.report_jpeg(kept)
    assert height == photos.REPORT_EDGE and abs(width - 1400 * 2 / 3) < 1  # upright still
    assert len(data) <= photos.REPORT_BUDGET
    assert_bare(data)
    assert photos.report_jpeg(tmp_path / "gone.jpg") is None  # an erased file: None, no crash


def test_unused_photos_are_removed_and_the_named_ones_kept(tmp_path, store):
    prepared = prepare(sideways_jpeg(tmp_path / "a.jpg"))
    keep = store.keep_photo(prepared, "T1", 0)
    drop = store.keep_photo(prepared, "T1", 0)
    assert keep != drop  # two photos of one round never share a name
    removed = photos.remove_unused(store.photo_dir, {keep})
    assert [p.name for p in removed] == [drop]
    assert [p.name for p in photos.files_in(store.photo_dir)] == [keep]
