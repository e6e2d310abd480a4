"""Bytes of a page in any encoding we meet; clear refusals for everything else."""

import pytest

from reader.ingest.decode import UnreadablePage, decode_page

TEXT = "本报东阿讯　东阿县高度重视“治重化积”专项工作。\n"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("utf-8-sig"), "utf-8-sig"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
    ],
)
def test_decodes(data, encoding):
    text, found = decode_page(data)
    assert text.replace("\r\n", "\n") == TEXT and found == encoding


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b"  \n\r\n ", "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (bytes(range(256)) * 4, "binary"),
        (b"\x00\x01\x02\x03" * 100, "binary"),
    ],
)
def test_refuses_with_a_reason(data, reason):
    with pytest.raises(UnreadablePage, match=reason):
        decode_page(data)
