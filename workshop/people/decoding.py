"""From the bytes of a text list to its text, strictly and saying what was repaired.

French Excel writes "CSV (séparateur : point-virgule)" in cp1252 and
"CSV UTF-8" with a byte-order mark; Notepad's "Unicode" is UTF-16, with a
mark or not.  Charset guessers were measured turning "Hélène" into "Hélčne"
(shared/PITFALLS.md), so the order is fixed: a byte-order mark when there is
one, else UTF-16 when every other byte is zero, else UTF-8, else cp1252, else
the caller names the encoding.

Two repairs, each reported per line (``damaged``: line → code) instead of
changing the reading of the whole file:

* a file that is UTF-8 but for a few bytes (one line pasted from a cp1252
  file, a byte cut by a tool) stays UTF-8: before, one such byte sent the
  whole file to cp1252 and every "é" became "Ã©".  Each stray byte is read
  as the cp1252 character it most likely is (U+FFFD when cp1252 has none);
* control characters (NUL and the like) are taken out of the lines that
  hold a few; a file full of them is not text and is refused.
"""

from __future__ import annotations

import codecs
import io
import re
from dataclasses import dataclass, field

from workshop.people.raw import ReadError

_BOMS = (  # UTF-32 first: its little-endian mark begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls but tab, the line breaks (line feed, carriage return, and the vertical
# tab and form feed that FileMaker and old Mac exports put inside cells); and DEL
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0e, 0x20), 0x7f])
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_STRAY = re.compile("[\udc80-\udcff]")  # bytes kept by "surrogateescape"
NOT_TEXT_SHARE = 0.01  # more control bytes than this: not a text file
NOT_TEXT_MIN = 32      # ...and at least this many (a few NULs are a repair)
_UTF16_SAMPLE = 4096


@dataclass
class Decoded:
    """The text, the encoding it was read with, and the lines repaired."""

    text: str
    encoding: str
    guessed: bool = False  # fell back to cp1252 for the whole file
    damaged: dict[int, str] = field(default_factory=dict)  # line -> people.import code


def decode(raw: bytes, name: str, encoding: str | None = None) -> Decoded:
    """Strict decoding, never a guess beyond the fixed order above."""
    if encoding:
        return _clean(Decoded(_decode_as(raw, name, encoding), encoding), name)
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return _clean(Decoded(_decode_as(raw, name, codec), codec), name)
    codec = utf16_without_bom(raw)
    if codec:
        return _clean(Decoded(_decode_as(raw, name, codec), codec), name)
    _refuse_binary(raw, name)
    try:
        return _clean(Decoded(raw.decode("utf-8"), "utf-8"), name)
    except UnicodeDecodeError:
        pass
    text = raw.decode("utf-8", "surrogateescape")
    stray = len(_STRAY.findall(text))
    # characters beyond ASCII that UTF-8 did decode (stray bytes are not ASCII either)
    decoded = len(text) - len(text.encode("ascii", "ignore")) - stray
    if decoded >= stray:  # mostly UTF-8: keep it, repair and report the few lines
        return _clean(_repair(text), name)
    try:
        return _clean(Decoded(raw.decode("cp1252"), "cp1252", guessed=True), name)
    except UnicodeDecodeError:
        raise ReadError("encoding", name=name) from None


def utf16_without_bom(raw: bytes) -> str | None:
    """``utf-16-le`` / ``utf-16-be`` when zeros sit on one side of each byte pair.

    French text in UTF-16 is mostly characters below U+0100 (letters, é,
    digits, ``;``): one byte of each pair is zero.  Other files have zeros
    nowhere, or everywhere (a binary file, UTF-32).
    """
    sample = raw[:_UTF16_SAMPLE]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even, odd = sample[0:pairs * 2:2].count(0), sample[1:pairs * 2:2].count(0)
    if odd >= 0.3 * pairs and even <= 0.05 * pairs:
        return "utf-16-le"
    if even >= 0.3 * pairs and odd <= 0.05 * pairs:
        return "utf-16-be"
    return None


def _decode_as(raw: bytes, name: str, encoding: str) -> str:
    try:
        text = raw.decode(encoding)
    except LookupError:
        raise ReadError("unknown_encoding", encoding=encoding) from None
    except UnicodeDecodeError:
        raise ReadError("bad_encoding", name=name, encoding=encoding) from None
    return text.removeprefix("\ufeff")


def _refuse_binary(raw: bytes, name: str) -> None:
    controls = len(raw) - len(raw.translate(None, _CONTROL_BYTES))
    if controls >= NOT_TEXT_MIN and controls > NOT_TEXT_SHARE * len(raw):
        raise ReadError("not_text", name=name)


def _repair(text: str) -> Decoded:
    """Stray bytes of a UTF-8 text read as cp1252, line by line."""
    damaged: dict[int, str] = {}
    lines = io.StringIO(text, newline="").readlines()
    for index, line in enumerate(lines):
        if _STRAY.search(line):
            lines[index] = _STRAY.sub(_as_cp1252, line)
            damaged[index + 1] = "not_utf8"
    return Decoded("".join(lines), "utf-8", damaged=damaged)


def _as_cp1252(match: re.Match[str]) -> str:
    return bytes([ord(match.group()) - 0xDC00]).decode("cp1252", "replace")


def _clean(decoded: Decoded, name: str) -> Decoded:
    """Control characters out, their lines reported; refused when they abound."""
    text = decoded.text
    if not _CONTROL.search(text):
        return decoded
    controls = _CONTROL.subn("", text)[1]
    if controls >= NOT_TEXT_MIN and controls > NOT_TEXT_SHARE * len(text):
        raise ReadError("not_text", name=name)
    lines = io.StringIO(text, newline="").readlines()
    for index, line in enumerate(lines):
        if _CONTROL.search(line):
            lines[index] = _CONTROL.sub("", line)
            decoded.damaged.setdefault(index + 1, "control_chars")
    decoded.text = "".join(lines)
    return decoded
