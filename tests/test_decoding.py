"""README, Input: which bytes are text, and what the error says when they are not."""

from __future__ import annotations

import codecs

import pytest

from newslint.io.decoding import DecodeError, decode


def test_utf8_with_and_without_bom() -> None:
    assert decode("Erdoğan".encode()) == "Erdoğan"
    assert decode(codecs.BOM_UTF8 + "Erdoğan".encode()) == "Erdoğan"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(encoding: str) -> None:
    bom = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
    assert decode(bom + "São Paulo 😀\r\n".encode(encoding)) == "São Paulo 😀\r\n"


def test_invalid_utf8_names_the_first_bad_byte() -> None:
    with pytest.raises(DecodeError, match=r"not UTF-8 text \(byte 4\)"):
        decode(b"abc \xff def")


def test_bad_byte_offset_counts_the_bom() -> None:
    with pytest.raises(DecodeError, match=r"byte 5"):
        decode(codecs.BOM_UTF8 + b"ab\xc3(")


def test_binary_file_is_reported_as_binary() -> None:
    with pytest.raises(DecodeError, match=r"binary file.*byte 3"):
        decode(b"PK\x03\x00\x14")
