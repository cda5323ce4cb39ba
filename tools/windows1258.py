"""Write text as Excel on a Vietnamese Windows machine saves "CSV": Windows-1258.

Windows-1258 has the Vietnamese letters with circumflex, breve and horn (â, ă, ơ, ư, đ …)
as single bytes but the five tone marks as separate combining characters (U+0300 huyền,
U+0301 sắc, U+0303 ngã, U+0309 hỏi, U+0323 nặng) after the letter. So "ố" is written as
"ô" followed by the combining acute. Used by the tests and to make the sample register of
``docs/samples/``; tiepcan reads such files with ``--encoding cp1258`` (and composes them
back, NFC).
"""

from __future__ import annotations

import unicodedata

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def to_windows_1258(text: str) -> bytes:
    """``text`` in Windows-1258, tone marks written as combining characters."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in parts if c in TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
        out += (base + tones).encode("cp1258")  # a character it cannot hold is an error
    return bytes(out)
