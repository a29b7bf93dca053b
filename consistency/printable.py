"""Article text and file names shown to a person print as they read: control characters
(ANSI escapes start with one) and the overrides that reorder text on screen would act on
the terminal instead, so they are written as escapes ("\\x1b")."""

from __future__ import annotations

import re

_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_UNPRINTABLE_OR_LAYOUT = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def literal(text: str) -> str:
    """``text`` with control characters escaped; tab and newline still lay out."""
    return _UNPRINTABLE.sub(lambda match: _escape(match.group()), text)


def one_line(text: str) -> str:
    """``text`` escaped like ``literal``, tabs and newlines too: a name or line quoted in a
    message stays on its one line."""
    return _UNPRINTABLE_OR_LAYOUT.sub(lambda match: _escape(match.group()), text)


_SHORT = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escape(character: str) -> str:
    if character in _SHORT:
        return _SHORT[character]
    code = ord(character)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
