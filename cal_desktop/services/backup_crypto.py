"""Encrypted backups (issue 12): a passphrase set by the administrator protects copies that leave the
computer (a USB stick can be lost), and removable media are recognised so that the passphrase can be
required there.

The key is derived from the passphrase with scrypt; only the derived key (with its salt) is kept in the
database, so the daily backup can encrypt without asking anyone and the passphrase itself is stored
nowhere. A file is AES-256-GCM in chunks of 1 MiB (a large database never has to fit in memory): each
chunk has its own nonce (a random prefix and the chunk's number) and authenticates the header and
whether it is the last chunk, so a changed, reordered or truncated file is refused, never restored.
"""

from __future__ import annotations

import base64
import hashlib
import os
import platform
import struct
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from cal_desktop.db.backup import private_opener
from cal_desktop.errors import CalError, ValidationError

MAGIC = b"CAL-DESKTOP-ENC1"  # 16 bytes: the start of every encrypted backup
ENCRYPTED_SUFFIX = ".enc"
CHUNK = 1024 * 1024
TAG = 16
KDF_LOG2N, KDF_R, KDF_P = 17, 8, 1  # the OWASP minimum for scrypt, as for sign-in passwords
MIN_PASSPHRASE = 10
_HEADER = struct.Struct(">16s16sBBB8s")  # magic, salt, log2 N, r, p, nonce prefix
# where removable media are mounted (Linux desktops, the usual manual mount point, macOS)
REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


class PassphraseRequired(CalError):
    """The backup is encrypted: ask for its passphrase and try again."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"Копия {path.name} зашифрована: нужен пароль резервных копий.")
        self.path = path


class WrongPassphrase(CalError):
    """The passphrase does not open this backup (or its first part was changed)."""


@dataclass(frozen=True)
class BackupKey:
    """A key derived from the administrator's passphrase, with what is needed to derive it again."""

    salt: bytes
    log2n: int
    key: bytes

    def encode(self) -> str:
        enc = base64.b64encode
        return f"scrypt${self.log2n}${enc(self.salt).decode()}${enc(self.key).decode()}"

    @staticmethod
    def decode(value: str) -> BackupKey:
        _scheme, log2n, salt, key = value.split("$")
        return BackupKey(base64.b64decode(salt), int(log2n), base64.b64decode(key))


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError.single(
            "backup_passphrase", "Пароль резервных копий", f"не короче {MIN_PASSPHRASE} символов"
        )


def derive_key(passphrase: str, salt: bytes | None = None, log2n: int = KDF_LOG2N) -> BackupKey:
    salt = salt if salt is not None else os.urandom(16)
    n = 2**log2n
    key = hashlib.scrypt(
        passphrase.encode(), salt=salt, n=n, r=KDF_R, p=KDF_P, dklen=32, maxmem=2 * 128 * n * KDF_R * KDF_P
    )
    return BackupKey(salt, log2n, key)


def is_encrypted(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + struct.pack(">I", index)


def _aad(header: bytes, last: bool) -> bytes:
    return header + (b"\1" if last else b"\0")


def encrypt_file(source: Path, target: Path, key: BackupKey) -> None:
    """Write ``source`` encrypted to ``target`` (a new file, 0600)."""
    prefix = os.urandom(8)
    header = _HEADER.pack(MAGIC, key.salt, key.log2n, KDF_R, KDF_P, prefix)
    aes = AESGCM(key.key)
    with source.open("rb") as src, open(target, "xb", opener=private_opener) as dst:
        dst.write(header)
        index = 0
        block = src.read(CHUNK)
        while True:
            following = src.read(CHUNK) if len(block) == CHUNK else b""
            last = len(block) < CHUNK  # the last chunk is always shorter than CHUNK (maybe empty)
            dst.write(aes.encrypt(_nonce(prefix, index), block, _aad(header, last)))
            if last:
                break
            index += 1
            block = following
        dst.flush()
        os.fsync(dst.fileno())


def decrypt_file(source: Path, target: Path, passphrase: str) -> None:
    """Write the plain database of an encrypted backup to ``target`` (a new file, 0600). A wrong
    passphrase or a changed or truncated file raises CalError and leaves ``target`` incomplete (the
    caller removes it)."""
    with source.open("rb") as src:
        header = src.read(_HEADER.size)
        if len(header) < _HEADER.size or not header.startswith(MAGIC):
            raise CalError(f"Файл {source.name} не является зашифрованной копией CAL Desktop.")
        _magic, salt, log2n, r, p, prefix = _HEADER.unpack(header)
        if (r, p) != (KDF_R, KDF_P) or not 10 <= log2n <= 22:
            raise CalError(f"Копия {source.name} зашифрована неизвестным способом.")
        aes = AESGCM(derive_key(passphrase, salt, log2n).key)
        with open(target, "xb", opener=private_opener) as dst:
            for index, (chunk, last) in enumerate(_chunks(src)):
                try:
                    dst.write(aes.decrypt(_nonce(prefix, index), chunk, _aad(header, last)))
                except InvalidTag:
                    if index == 0:
                        raise WrongPassphrase(
                            "Неверный пароль резервных копий (или файл копии повреждён)."
                        ) from None
                    raise CalError(f"Копия {source.name} повреждена или изменена.") from None
            dst.flush()
            os.fsync(dst.fileno())


def _chunks(src) -> Iterator[tuple[bytes, bool]]:  # type: ignore[no-untyped-def]
    while True:
        chunk = src.read(CHUNK + TAG)
        last = len(chunk) < CHUNK + TAG
        if last and len(chunk) < TAG:
            raise CalError("Копия обрезана: файл записан не полностью.")
        yield chunk, last
        if last:
            return


# ---------------------------------------------------------------------------------- removable media


def is_removable(folder: Path) -> bool:
    """Whether ``folder`` is on removable media (a USB stick, a memory card), as far as the system
    tells: the usual mount points, the kernel's «removable» flag on Linux, the drive type on Windows."""
    folder = Path(os.path.abspath(folder.expanduser()))
    existing = next((p for p in (folder, *folder.parents) if p.exists()), folder)
    resolved = existing.resolve()
    if sys.platform == "win32":
        return _windows_removable(resolved)
    # the folder as given (a stick not plugged in yet) and where its existing part really lies;
    # under WSL, /mnt/c is the Windows system disk, not a stick
    roots = [r for r in REMOVABLE_ROOTS if not (r == "/mnt/" and "microsoft" in platform.release().lower())]
    for candidate in (f"{folder}/", f"{resolved}/"):
        if any(candidate.startswith(root) and candidate != root for root in roots):
            return True
    return _linux_removable(resolved)


def _linux_removable(path: Path) -> bool:
    try:
        dev = path.stat().st_dev
        node = Path(f"/sys/dev/block/{os.major(dev)}:{os.minor(dev)}").resolve()
        for candidate in (node / "removable", node.parent / "removable"):  # a partition, then its disk
            if candidate.is_file():
                return candidate.read_text().strip() == "1"
    except (OSError, ValueError, AttributeError):
        pass
    return False


def _windows_removable(path: Path) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive_removable = 2
    root = path.anchor or str(path)
    return bool(ctypes.windll.kernel32.GetDriveTypeW(root) == drive_removable)  # type: ignore[attr-defined]
