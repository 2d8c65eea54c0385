"""Turn a file's bytes into text, or say precisely why it is not text (README, Input).

Accepted: UTF-8 with or without BOM, UTF-16 (LE or BE) with BOM. Anything else is an
error naming the first bad byte, so an editor can find it with a hex viewer.
"""

from __future__ import annotations

import codecs


class DecodeError(Exception):
    """The bytes are not text newslint reads; ``str(error)`` is a one-line reason."""


def decode(data: bytes) -> str:
    """Decoded text without BOM, newline characters untouched (positions depend on them)."""
    if data.startswith(codecs.BOM_UTF8):
        return _decode_utf8(data[len(codecs.BOM_UTF8) :], offset=len(codecs.BOM_UTF8))
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return _decode_utf16(data)
    nul = data.find(b"\x00")
    if nul != -1:
        raise DecodeError(f"binary file, not text (NUL byte at byte {nul})")
    return _decode_utf8(data, offset=0)


def _decode_utf8(data: bytes, offset: int) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DecodeError(f"not UTF-8 text (byte {error.start + offset})") from None


def _decode_utf16(data: bytes) -> str:
    encoding = "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
    try:
        return data[2:].decode(encoding)
    except UnicodeDecodeError as error:
        raise DecodeError(f"not valid UTF-16 text (byte {error.start + 2})") from None
