"""Text from files as they are stored: encodings, byte order marks, mojibake.

Offsets index the text as decoded, with its line endings as stored (``\\r\\n``
stays two characters), so that slicing the decoded file with a quote's
offsets gives the quote back. A UTF-8 byte order mark is not text: it is
dropped, as every editor does.

>>> from quoteattr.inputs import decode_text
>>> decode_text(b'\\x93We will win,\\x94 said Mayor Jos\\xe9 Pe\\xf1a.', encoding="cp1252")
'\u201cWe will win,\u201d said Mayor José Peña.'
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from quoteattr.errors import Errors, InputDecodeError, MissingExtraError

#: The default encoding: UTF-8, with or without a byte order mark.
DEFAULT_ENCODING = "utf-8"

#: The encoding name that asks for detection (charset-normalizer).
AUTO = "auto"


def check_encoding(name: str) -> str:
    """``name`` when Python knows the codec (or it is ``auto``).

    Raises:
        LookupError: No such codec (``E081``).
    """
    if name == AUTO:
        return name
    try:
        codecs.lookup(name)
    except LookupError:
        raise LookupError(Errors.E081.format(name=name)) from None
    return name


def decode_text(data: bytes, *, encoding: str = DEFAULT_ENCODING, source: str = "the input") -> str:
    """The text of ``data``, line endings as stored.

    Args:
        data: The bytes of a file or of standard input.
        encoding: A codec name Python knows, or ``auto`` to detect it
            (charset-normalizer). UTF-8 (the default) drops a byte order mark.
        source: What ``data`` is, for the error message (a file name).

    Returns:
        The decoded text.

    Raises:
        InputDecodeError: ``data`` is not valid in ``encoding``, or no encoding
            was detected (``E080``).
    """
    if encoding == AUTO:
        encoding = detect_encoding(data, source=source)
    codec = codecs.lookup(check_encoding(encoding)).name
    if codec == "utf-8":
        codec = "utf-8-sig"
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        bad = data[error.start : error.start + 1].hex()
        raise InputDecodeError(
            Errors.E080.format(source=source, encoding=encoding, position=error.start, byte=bad)
        ) from None


def detect_encoding(data: bytes, *, source: str = "the input") -> str:
    """The most likely encoding of ``data``, by charset-normalizer.

    Raises:
        InputDecodeError: No encoding decodes ``data`` (``E080``).
    """
    if not data:
        return DEFAULT_ENCODING
    best = from_bytes(data).best()
    if best is None:
        raise InputDecodeError(Errors.E082.format(source=source))
    return str(best.encoding)


def repair_text(text: str) -> str:
    """``text`` with mojibake and other encoding slips repaired (ftfy).

    ``â€œWe will win,â€\\x9d`` becomes ``“We will win,”``. Line endings are kept
    as they are; the repaired text may be shorter, so offsets found in it index
    it, not the text given. Needs the ``fix`` extra: ``pip install quoteattr[fix]``.

    Raises:
        MissingExtraError: ftfy is not installed (``E083``).
    """
    try:
        import ftfy
    except ImportError:
        raise MissingExtraError(Errors.E083) from None
    repaired: str = ftfy.fix_text(
        text, fix_line_breaks=False, uncurl_quotes=False, normalization="NFC"
    )
    return repaired
