"""The printable recovery key: 256 random bits as grouped Base32 with a checksum.

The text is 52 Base32 characters (RFC 4648 alphabet) carrying the key followed by 4
checksum characters, written in 14 groups of 4 joined by ``-``. Parsing forgives case,
spaces and dashes and the digits 0, 1 and 8 typed for O, I and B; any other typo is caught by
the checksum and raises :class:`RecoveryKeyFormatError`, never "wrong passphrase".
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sspf_desk.vault.errors import RecoveryKeyFormatError

KEY_LEN = 32
BODY_CHARS = 52
CHECK_CHARS = 4
GROUP = 4
CHECK_LABEL = b"sspf-vault/v1/recovery-check\x00"
_ALPHABET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})
_IGNORED = str.maketrans("", "", " -\t\r\n\u00a0\u2010\u2011\u2012\u2013\u2014")


def _checksum(key: bytes) -> str:
    """Return the 4 checksum characters (the first 20 bits of a SHA-256) for ``key``."""
    digest = hashlib.sha256(CHECK_LABEL + key).digest()
    return base64.b32encode(digest[:5]).decode("ascii")[:CHECK_CHARS]


@dataclass(frozen=True, repr=False)
class RecoveryKey:
    """A 32-byte recovery key and its printable text (shown once, never logged)."""

    key: bytes

    def __post_init__(self) -> None:
        """Check the key length."""
        if len(self.key) != KEY_LEN:
            raise ValueError("a recovery key has 32 bytes")

    def __repr__(self) -> str:
        """Hide the key."""
        return "RecoveryKey(<hidden>)"

    @property
    def text(self) -> str:
        """Return the grouped text, e.g. ``ABCD-EFGH-…`` (14 groups of 4)."""
        body = base64.b32encode(self.key).decode("ascii")[:BODY_CHARS]
        chars = body + _checksum(self.key)
        return "-".join(chars[i : i + GROUP] for i in range(0, len(chars), GROUP))

    @classmethod
    def generate(cls) -> RecoveryKey:
        """Return a new random recovery key."""
        return cls(os.urandom(KEY_LEN))

    @classmethod
    def parse(cls, text: str) -> RecoveryKey:
        """Parse a typed recovery key, tolerant of case, spaces and dashes.

        Raises:
            RecoveryKeyFormatError: wrong length, characters outside the alphabet, non-zero
                padding bits, or a checksum mismatch.
        """
        chars = text.translate(_IGNORED)
        if not chars.isascii():
            # Checked before upper-casing: str.upper() would turn "ß" into "SS", "ﬁ" into "FI".
            raise RecoveryKeyFormatError()
        chars = chars.upper().translate(_LOOKALIKES)
        if len(chars) != BODY_CHARS + CHECK_CHARS or not set(chars) <= _ALPHABET:
            raise RecoveryKeyFormatError()
        body, check = chars[:BODY_CHARS], chars[BODY_CHARS:]
        key = base64.b32decode(body + "====")
        if base64.b32encode(key).decode("ascii")[:BODY_CHARS] != body:
            raise RecoveryKeyFormatError()
        if not hmac.compare_digest(_checksum(key), check):
            raise RecoveryKeyFormatError()
        return cls(key)
