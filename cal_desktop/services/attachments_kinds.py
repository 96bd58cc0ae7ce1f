"""What a file put on a case is, judged by its bytes (never by its name alone), and its thumbnail.

Photos (JPEG, PNG, TIFF, GIF, BMP, WebP), PDF and office files are accepted. The name's extension
chooses among the office formats, but the bytes must agree with it: a renamed program or an HTML page
called «смета.xlsx» is refused. HEIC (iPhone photos) is converted to JPEG when the optional
``pillow_heif`` package is installed; otherwise it is refused with a message saying how to export a
JPEG (the package is not a dependency: it brings a large native library).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import PurePath

from cal_desktop.errors import ValidationError

MAX_BYTES = 20 * 1024 * 1024  # 20 MB: a phone photo is 2–8 MB, a scanned document a few MB
MAX_PIXELS = 80_000_000  # a larger "photo" is a decompression bomb, not a picture of a playground
THUMB_PX = 160
FIELD = "file"
LABEL = "Файл"

_ZIP = (b"PK\x03\x04",)
_OLE = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",)

# extension -> (mime type, accepted leading bytes; None: any text without NUL)
_OFFICE: dict[str, tuple[str, tuple[bytes, ...] | None]] = {
    ".docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", _ZIP),
    ".xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", _ZIP),
    ".pptx": ("application/vnd.openxmlformats-officedocument.presentationml.presentation", _ZIP),
    ".odt": ("application/vnd.oasis.opendocument.text", _ZIP),
    ".ods": ("application/vnd.oasis.opendocument.spreadsheet", _ZIP),
    ".odp": ("application/vnd.oasis.opendocument.presentation", _ZIP),
    ".doc": ("application/msword", _OLE),
    ".xls": ("application/vnd.ms-excel", _OLE),
    ".ppt": ("application/vnd.ms-powerpoint", _OLE),
    ".rtf": ("application/rtf", (b"{\\rtf",)),
    ".txt": ("text/plain", None),
}
_IMAGE_MIME = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "TIFF": "image/tiff",
    "GIF": "image/gif",
    "BMP": "image/bmp",
    "WEBP": "image/webp",
}
_HEIC_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1")
ACCEPTED = (
    "JPEG, PNG, TIFF, GIF, BMP, WebP, HEIC, PDF, "
    + ", ".join(e[1:].upper() for e in _OFFICE if e != ".txt")
    + ", TXT"
)


@dataclass(frozen=True)
class Sniffed:
    """A file as it will be stored: maybe converted (HEIC -> JPEG), with its thumbnail."""

    filename: str
    mime_type: str
    content: bytes
    thumbnail: bytes | None


def refuse(filename: str, message: str) -> ValidationError:
    return ValidationError.single(FIELD, LABEL, f"«{filename}»: {message}")


def check_size(filename: str, size: int) -> None:
    """Refused before the bytes are read (a 2 GB video dropped by mistake is never loaded)."""
    if size <= 0:
        raise refuse(filename, "пустой файл")
    if size > MAX_BYTES:
        raise refuse(
            filename,
            f"файл {size / 1024 / 1024:.1f} МБ больше допустимых {MAX_BYTES // (1024 * 1024)} МБ; "
            "уменьшите его (фото — сохраните в меньшем размере, скан — с разрешением 150–200 dpi)",
        )


def is_heic(content: bytes) -> bool:
    return content[4:8] == b"ftyp" and content[8:12] in _HEIC_BRANDS


def heic_supported() -> bool:
    try:
        import pillow_heif  # type: ignore[import-not-found]  # optional; not a dependency
    except ImportError:
        return False
    pillow_heif.register_heif_opener()
    return True


def sniff(filename: str, content: bytes) -> Sniffed:
    """Check and classify a file; raise ``ValidationError`` naming the file when it is refused."""
    check_size(filename, len(content))
    if content.startswith(b"%PDF-"):
        return Sniffed(filename, "application/pdf", content, None)
    if is_heic(content):
        return _from_heic(filename, content)
    image = _image_format(content)
    if image is not None:
        return Sniffed(filename, _IMAGE_MIME[image], content, thumbnail(filename, content))
    ext = PurePath(filename).suffix.lower()
    office = _OFFICE.get(ext)
    if office is not None:
        mime, magic = office
        if (magic is None and b"\x00" not in content[:4096]) or (magic and content.startswith(magic)):
            return Sniffed(filename, mime, content, None)
        raise refuse(
            filename, f"содержимое не похоже на файл {ext[1:].upper()} (файл повреждён или переименован)"
        )
    raise refuse(filename, f"такие файлы не прикладываются; допустимы {ACCEPTED}")


def _image_format(content: bytes) -> str | None:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(content)) as img:
            fmt = img.format
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None
    return fmt if fmt in _IMAGE_MIME else None


def _from_heic(filename: str, content: bytes) -> Sniffed:
    if not heic_supported():
        raise refuse(
            filename,
            "фото в формате HEIC (iPhone) программа не читает. Сохраните его как JPEG и приложите снова "
            "(на iPhone: «Поделиться» → «Сохранить в Файлы» в формате JPEG, или Настройки → Камера → "
            "Форматы → «Наиболее совместимый»)",
        )
    from PIL import Image

    try:
        with Image.open(io.BytesIO(content)) as img:
            _check_pixels(filename, img.size)
            out = io.BytesIO()
            img.convert("RGB").save(out, "JPEG", quality=90)
    except (OSError, ValueError) as exc:
        raise refuse(filename, "файл HEIC повреждён") from exc
    jpeg = out.getvalue()
    name = str(PurePath(filename).with_suffix(".jpg"))
    return Sniffed(name, "image/jpeg", jpeg, thumbnail(name, jpeg))


def _check_pixels(filename: str, size: tuple[int, int]) -> None:
    if size[0] * size[1] > MAX_PIXELS:
        raise refuse(filename, f"изображение {size[0]}×{size[1]} точек слишком велико")


def thumbnail(filename: str, content: bytes) -> bytes:
    """A PNG of at most 160×160 px, turned upright as the camera meant it."""
    from PIL import Image, ImageOps

    try:
        with Image.open(io.BytesIO(content)) as img:
            _check_pixels(filename, img.size)
            img.draft("RGB", (THUMB_PX * 2, THUMB_PX * 2))  # JPEG decodes at a fraction of its size
            small = ImageOps.exif_transpose(img).convert("RGB")
            small.thumbnail((THUMB_PX, THUMB_PX))
            out = io.BytesIO()
            small.save(out, "PNG", optimize=True)
    except ValidationError:
        raise
    except (OSError, ValueError, Image.DecompressionBombError, SyntaxError) as exc:
        raise refuse(filename, "изображение повреждено и не открывается") from exc
    return out.getvalue()


def is_image(mime_type: str) -> bool:
    return mime_type.startswith("image/")
